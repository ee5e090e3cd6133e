"""CSV tables: the columns of SIGNALS.md first, UTF-8 with BOM so Excel shows Arabic, ISO dates."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from db import queries
from db.filters import Filters

SIGNAL_COLUMNS = ["article_id", "kind", "key", "label", "topic", "value", "unit", "status", "actor",
                  "sentence", "start", "end", "mentions"]
EXTRA_SIGNAL_COLUMNS = ["published", "source", "source_type", "title", "outlets", "duplicate_of", "verdict",
                        "verdict_note", "signal_id", "extractor_version"]
ARTICLE_COLUMNS = ["article_id", "published", "source", "url", "title", "signals"]
EXTRA_ARTICLE_COLUMNS = ["relevant", "relevance_reason", "date_method", "duplicate_of"]


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """A table as CSV bytes: UTF-8 with BOM, ISO dates, whole numbers without '.0'."""
    out = df.copy()
    for col in out.columns:
        if col == "value":
            out[col] = out[col].map(_number)
        elif pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
    return out.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")


def _number(v: object) -> str:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return ""
    f = float(v)  # type: ignore[arg-type]
    return str(int(f)) if f.is_integer() else repr(f)


def export(db: str | os.PathLike | None, out_dir: str | os.PathLike,
           filters: Filters | None = None) -> tuple[Path, Path]:
    """Write signals.csv and articles.csv for the filtered rows; return their paths.

    Without filters every article's signals are written, copies of a story included (each row says
    which article it copies in ``duplicate_of``), so the export is the whole dataset.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    f = filters or Filters(originals_only=False, hide_rejected=False)
    sig = queries.read(queries.signals_table, db, f, None)
    arts = queries.read(queries.articles_table, db, f)
    sp, ap = out / "signals.csv", out / "articles.csv"
    sp.write_bytes(to_csv_bytes(sig[SIGNAL_COLUMNS + EXTRA_SIGNAL_COLUMNS]))
    ap.write_bytes(to_csv_bytes(arts[ARTICLE_COLUMNS + EXTRA_ARTICLE_COLUMNS]))
    return sp, ap
