"""A database at archive scale for measuring the dashboard: real extracted signals replicated
over years of dates, many outlets and many articles (1,000,000 signals over 200,000 articles by default).

    python -m tools.scale --out FILE [--signals N] [--articles N] [--from-db FILE]
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from db import events, rollup
from db.connection import connect
from db.migrations import migrate
from etl.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent


def build(out: str | os.PathLike, signals: int = 1_000_000, articles: int = 200_000,
          source_db: str | os.PathLike | None = None, years: int = 8) -> dict[str, int]:
    """Write a new database at ``out`` made of ``source_db``'s signals (default: seeds/ ingested)."""
    out = Path(out)
    if out.exists():
        out.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        if source_db is None:
            source_db = Path(tmp) / "seed.duckdb"
            ingest([ROOT / "seeds"], source_db, progress=False)
        with connect(out) as con:
            # One statement writes a million rows, not a batch: the ETL's small pool and single thread do not fit.
            con.execute("SET memory_limit = '2GB'")
            con.execute("RESET threads")
            migrate(con)
            con.execute(f"ATTACH '{source_db}' AS src (READ_ONLY)")
            con.execute("""CREATE TEMP TABLE ta AS SELECT row_number() OVER (ORDER BY article_id) - 1 AS n, *
                           FROM src.articles WHERE relevant""")
            con.execute("""CREATE TEMP TABLE ts AS SELECT row_number() OVER (ORDER BY signal_id) - 1 AS n, *
                           FROM src.signals""")
            con.execute("CREATE TEMP TABLE so AS SELECT row_number() OVER (ORDER BY source) - 1 AS n, source FROM outlets")
            n_a, n_s, n_o = (con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("ta", "ts", "so"))
            days = 365 * years
            per = max(1, signals // articles)
            con.execute("BEGIN TRANSACTION")
            con.execute(f"""
                INSERT INTO articles (article_id, published, date_method, source, url, title, text_z, content_hash,
                                      origin, relevant, relevance_reason, extractor_version, first_seen, updated_at)
                SELECT 'scale-' || i, DATE '2019-01-01' + CAST(hash(i) % {days} AS INTEGER), 'metadata', so.source,
                       NULL, ta.title, ta.text_z, md5('scale' || i), 'scale', TRUE, ta.relevance_reason,
                       ta.extractor_version, now(), now()
                FROM range({articles}) r(i)
                JOIN ta ON ta.n = i % {n_a}
                JOIN so ON so.n = hash(i * 7) % {n_o}""")
            con.execute(f"""
                INSERT INTO signals BY NAME
                SELECT md5('scale-signal' || j) AS signal_id, 'scale-' || (j // {per}) AS article_id, ts.kind, ts.key,
                       ts.label, ts.topic, ts.value, ts.unit, ts.status, ts.actor, ts.sentence, ts.char_start,
                       ts.char_end, ts.mentions, ts.extractor_version, ts.search_text
                FROM range({signals}) r(j) JOIN ts ON ts.n = hash(j) % {n_s}""")
            con.execute("""UPDATE signals SET published = a.published, source = a.source, relevant = a.relevant,
                           outlets = 1 FROM articles a WHERE a.article_id = signals.article_id""")
            con.execute("""INSERT INTO signal_mentions SELECT signal_id, article_id, char_start, char_end
                           FROM signals""")
            rollup.rebuild(con)
            events.rebuild(con)
            con.execute("COMMIT")
            return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "signals")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.scale",
                                 description="build a large database (real signals replicated) to measure the dashboard")
    ap.add_argument("--out", required=True, help="database file to create")
    ap.add_argument("--signals", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=200_000)
    ap.add_argument("--from-db", help="take the signals from this database (default: seeds/ ingested)")
    args = ap.parse_args(argv)
    made = build(args.out, args.signals, args.articles, args.from_db)
    print(f"wrote {args.out}: {made['articles']:,} articles, {made['signals']:,} signals")
    return 0


if __name__ == "__main__":
    sys.exit(main())
