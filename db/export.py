"""CSV tables: the columns of SIGNALS.md first, UTF-8 with BOM so Excel shows Arabic, ISO dates.

Every CSV the project writes (``etl export``, every dashboard download) goes through `to_csv_bytes` or
`signals_csv`, and both neutralise the text cells a spreadsheet would run as formulas (`neutralise_cell`).
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import duckdb
import pandas as pd

from db import queries
from db.filters import Filters

SIGNAL_COLUMNS = ["article_id", "kind", "key", "label", "topic", "value", "unit", "status", "actor",
                  "sentence", "start", "end", "mentions"]
EXTRA_SIGNAL_COLUMNS = ["figure_type", "period", "speaker", "published", "source", "source_type", "title", "outlets",
                        "duplicate_of", "verdict", "verdict_note", "signal_id", "extractor_version", "cue_start",
                        "cue_end"]
ARTICLE_COLUMNS = ["article_id", "published", "source", "url", "title", "signals"]
EXTRA_ARTICLE_COLUMNS = ["relevant", "relevance_reason", "date_method", "duplicate_of"]


# What makes a spreadsheet take a cell for a formula (OWASP, "CSV injection"): = + - @, tab, carriage return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """A text cell a spreadsheet would run as a formula, with a leading ``'`` as OWASP advises
    («=HYPERLINK(…)» becomes «'=HYPERLINK(…)»); anything else, numbers included, as it is."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _neutralise_sql(column: str) -> str:
    """`neutralise_cell` as a DuckDB expression over a VARCHAR column."""
    starts = ", ".join(f"chr({ord(c)})" for c in FORMULA_STARTS)
    return f"CASE WHEN left({column}, 1) IN ({starts}) THEN concat('''', {column}) ELSE {column} END"


def to_csv_bytes(df: pd.DataFrame) -> bytes:
    """A table as CSV bytes: UTF-8 with BOM, ISO dates, whole numbers without '.0', formula-like text
    cells neutralised (`neutralise_cell`; the numbers of ``value`` stay numbers, a minus sign and all)."""
    out = df.copy()
    for col in out.columns:
        if col == "value":
            out[col] = out[col].map(_number)
        elif pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
        elif not pd.api.types.is_numeric_dtype(out[col]) and not pd.api.types.is_bool_dtype(out[col]):
            out[col] = out[col].map(neutralise_cell)
    return out.to_csv(index=False, lineterminator="\n").encode("utf-8-sig")


def _number(v: object) -> str:
    if v is None or (isinstance(v, float) and pd.isna(v)):
        return ""
    f = float(v)  # type: ignore[arg-type]
    return str(int(f)) if f.is_integer() else repr(f)


def signals_csv(con: duckdb.DuckDBPyConnection, f: Filters, limit: int | None = None) -> bytes:
    """The signals matching ``f`` as the export's CSV, written by DuckDB (fast at a million rows), with the
    text cells a spreadsheet would run as formulas neutralised in the query (`neutralise_cell`)."""
    sql, params = queries.signals_sql(f, limit)
    names = SIGNAL_COLUMNS + EXTRA_SIGNAL_COLUMNS
    typed = con.execute(f"SELECT {', '.join(map(_csv_column, names))} FROM ({sql}) LIMIT 0", params).description
    cols = ", ".join(f"{_neutralise_sql(_quoted(c))} AS {_quoted(c)}" if c != "value" and d[1] == "VARCHAR"
                     else _csv_column(c) for c, d in zip(names, typed))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "signals.csv"
        con.execute(f"COPY (SELECT {cols} FROM ({sql})) TO '{path}' (HEADER, DELIMITER ',')", params)
        return "\ufeff".encode() + path.read_bytes()


def _csv_column(name: str) -> str:
    if name == "value":  # whole numbers without '.0', as to_csv_bytes writes them
        return ("CASE WHEN value = trunc(value) THEN CAST(CAST(value AS HUGEINT) AS VARCHAR) "
                "ELSE CAST(value AS VARCHAR) END AS value")
    return _quoted(name)


def _quoted(name: str) -> str:
    return f'"{name}"'


def export(db: str | os.PathLike | None, out_dir: str | os.PathLike,
           filters: Filters | None = None) -> tuple[Path, Path]:
    """Write signals.csv and articles.csv for the filtered rows; return their paths.

    Without filters every article's signals are written, copies of a story included (each row says
    which article it copies in ``duplicate_of``), so the export is the whole dataset.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    f = filters or Filters(originals_only=False, hide_rejected=False)
    arts = queries.read(queries.articles_table, db, f)
    sp, ap = out / "signals.csv", out / "articles.csv"
    sp.write_bytes(queries.read(signals_csv, db, f))
    ap.write_bytes(to_csv_bytes(arts[ARTICLE_COLUMNS + EXTRA_ARTICLE_COLUMNS]))
    return sp, ap
