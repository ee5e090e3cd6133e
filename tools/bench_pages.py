"""Render time of every dashboard page on a database, with a cold query cache, and of a CSV download.

    python -m tools.bench_pages --db FILE [--repeat 3] [--json]

Used by `python -m tools.bench --dashboard`.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from pages._nav import NAMES as PAGES, PAGES as NAV

ROOT = Path(__file__).resolve().parent.parent
# Filters an analyst sets (URL parameters): the signal_rollup cannot answer dates or text, so these count
# the signals themselves. Timed on the pages that have the sidebar filters.
FILTERED = {"dates": {"from": "2025-01-01", "to": "2025-06-30"}, "text": {"q": "روسيا"},
            "kind and outlet type": {"kind": "trade_figure", "type": "gulf"},
            "dates and text": {"from": "2024-01-01", "to": "2025-12-31", "q": "اتفاقية"},
            "copies and all articles": {"copies": "1", "all": "1"}}
FILTERED_PAGES = [p.name for p in NAV if p.filters]


def time_page(db: Path, page: str, repeat: int, params: dict[str, str] | None = None) -> float:
    """Median seconds for one page's script run (navigation run excluded), cache cleared before each,
    with ``params`` in the URL."""
    from streamlit.testing.v1 import AppTest

    from pages._ui import _cached

    os.environ["MONITOR_DB"] = str(db)
    times = []
    for _ in range(repeat):
        _cached.clear()
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
        for k, v in (params or {}).items():
            at.query_params[k] = v
        at.run()
        at.switch_page(f"pages/{page}.py")
        _cached.clear()
        t = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - t)
        if at.exception:
            raise RuntimeError(f"{page}: {at.exception[0].value}")
    return statistics.median(times)


def time_csv(db: Path, rows: int = 100_000, repeat: int = 3) -> float:
    """Median seconds to query ``rows`` filtered signals and encode them as the download's CSV."""
    from db import export, queries
    from db.filters import Filters

    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        data = queries.read(export.signals_csv, db, Filters(originals_only=False), rows)
        times.append(time.perf_counter() - t)
        assert data.startswith("\ufeff".encode())
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--filtered", action="store_true", help="also each page with the FILTERED filters set")
    ap.add_argument("--views", help="only these FILTERED views (comma-separated names; default all)")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    db = Path(args.db)
    out = {p: time_page(db, p, args.repeat) for p in PAGES}
    out["csv_100k"] = time_csv(db, repeat=args.repeat)
    if args.filtered:
        views = args.views.split(",") if args.views else list(FILTERED)
        out["filtered"] = {f"{p} ({name})": time_page(db, p, args.repeat, FILTERED[name])
                           for p in FILTERED_PAGES for name in views}
    print(json.dumps(out) if args.json else "\n".join(f"{k:14} {v:6.2f} s" for k, v in out.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
