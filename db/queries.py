"""Every query the pages and the export run. Each takes an open connection and returns a DataFrame
or plain values; callers open short-lived read-only connections (db.connection.connect)."""
from __future__ import annotations

import os
from datetime import date
from typing import Callable, TypeVar

import duckdb
import pandas as pd

from db.connection import connect, db_path
from db.filters import Filters

T = TypeVar("T")

_SIGNAL_SELECT = """
SELECT s.article_id, s.kind, s.key, s.label, s.topic, s.value, s.unit, s.status, s.actor,
       s.sentence, s.char_start AS start, s.char_end AS "end", s.mentions,
       a.published, a.source, a.title, s.signal_id, s.extractor_version, a.duplicate_of
FROM signals s JOIN articles a USING (article_id)
"""


def read(fn: Callable[..., T], db: str | os.PathLike | None, *args, **kwargs) -> T:
    """Run ``fn(con, ...)`` on a read-only connection that is closed straight after.

    A database not yet created reads as empty rather than failing.
    """
    if not db_path(db).exists():
        with duckdb.connect(":memory:") as con:
            from db.migrations import migrate
            migrate(con)
            return fn(con, *args, **kwargs)
    with connect(db, read_only=True, wait=10) as con:
        return fn(con, *args, **kwargs)


def signals_table(con: duckdb.DuckDBPyConnection, f: Filters, limit: int | None = 5000) -> pd.DataFrame:
    """Signals matching ``f``, newest first, with their article's date, source and title."""
    where, params = f.where()
    sql = f"{_SIGNAL_SELECT} WHERE {where} ORDER BY a.published DESC NULLS LAST, s.article_id, s.char_start, s.kind, s.key"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return con.execute(sql, params).df()


def count_signals(con: duckdb.DuckDBPyConnection, f: Filters) -> int:
    """How many signals match ``f``."""
    where, params = f.where()
    return int(con.execute(f"SELECT count(*) FROM signals s JOIN articles a USING (article_id) WHERE {where}",
                           params).fetchone()[0])


def articles_table(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Articles that have a signal matching ``f`` (or, with no signal filter, all articles in range)."""
    where, params = f.where()
    signal_filters = f.kinds or f.topics or f.keys or f.actors or f.text.strip()
    join = "JOIN" if signal_filters else "LEFT JOIN"
    art_where, art_params = Filters(date_from=f.date_from, date_to=f.date_to, sources=f.sources,
                                    relevant_only=f.relevant_only, originals_only=f.originals_only).where()
    cond = where if signal_filters else art_where
    cond_params = params if signal_filters else art_params
    sql = f"""
        SELECT a.article_id, a.published, a.source, a.url, a.title, count(s.signal_id) AS signals,
               a.relevant, a.relevance_reason, a.date_method, a.duplicate_of
        FROM articles a {join} signals s ON s.article_id = a.article_id
        WHERE {cond}
        GROUP BY ALL ORDER BY a.published DESC NULLS LAST, a.article_id"""
    return con.execute(sql, cond_params).df()


def overview_counts(con: duckdb.DuckDBPyConnection, f: Filters) -> dict[str, int]:
    """Headline numbers for the filtered signals."""
    where, params = f.where()
    row = con.execute(f"""
        SELECT count(*) AS signals, count(DISTINCT s.article_id) AS articles,
               count(DISTINCT a.source) AS sources,
               count(*) FILTER (WHERE s.kind = 'friction') AS friction,
               count(*) FILTER (WHERE s.kind = 'agreement') AS agreements,
               count(*) FILTER (WHERE s.kind = 'trade_figure') AS trade_figures
        FROM signals s JOIN articles a USING (article_id) WHERE {where}""", params).fetchone()
    keys = ["signals", "articles", "sources", "friction", "agreements", "trade_figures"]
    out = dict(zip(keys, map(int, row)))
    out["articles_total"] = int(con.execute("SELECT count(*) FROM articles").fetchone()[0])
    return out


def signals_by_month(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Signals per month and kind (undated articles are left out)."""
    where, params = f.where()
    return con.execute(f"""
        SELECT date_trunc('month', a.published) AS month, s.kind, count(*) AS signals
        FROM signals s JOIN articles a USING (article_id)
        WHERE {where} AND a.published IS NOT NULL
        GROUP BY ALL ORDER BY month, kind""", params).df()


def signals_by(con: duckdb.DuckDBPyConnection, f: Filters, column: str) -> pd.DataFrame:
    """Signal counts per value of one signal column (kind, topic, key, actor)."""
    if column not in {"kind", "topic", "key", "actor", "status", "unit"}:
        raise ValueError(f"not a groupable column: {column}")
    where, params = f.where()
    return con.execute(f"""
        SELECT coalesce(s.{column}, '') AS {column}, count(*) AS signals
        FROM signals s JOIN articles a USING (article_id) WHERE {where}
        GROUP BY ALL ORDER BY signals DESC, {column}""", params).df()


def filter_options(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """The values each filter can take, from the data."""
    out = {}
    for col in ("kind", "topic", "key", "actor"):
        out[col] = [r[0] for r in con.execute(
            f"SELECT DISTINCT {col} FROM signals WHERE {col} IS NOT NULL ORDER BY 1").fetchall()]
    out["source"] = [r[0] for r in con.execute(
        "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY 1").fetchall()]
    return out


def date_bounds(con: duckdb.DuckDBPyConnection) -> tuple[date | None, date | None]:
    """The earliest and latest publication dates."""
    lo, hi = con.execute("SELECT min(published), max(published) FROM articles").fetchone()
    return lo, hi


def article(con: duckdb.DuckDBPyConnection, article_id: str) -> dict | None:
    """One article's stored row, or None."""
    df = con.execute("SELECT * FROM articles WHERE article_id = ?", [article_id]).df()
    return None if df.empty else df.iloc[0].to_dict()


def article_signals(con: duckdb.DuckDBPyConnection, article_id: str) -> pd.DataFrame:
    """An article's signals in reading order."""
    return con.execute(f"{_SIGNAL_SELECT} WHERE s.article_id = ? ORDER BY s.char_start, s.kind, s.key",
                       [article_id]).df()


def article_mentions(con: duckdb.DuckDBPyConnection, article_id: str) -> pd.DataFrame:
    """Every evidence span in an article, with the signal it supports."""
    return con.execute("""
        SELECT m.char_start, m.char_end, s.kind, s.key, s.label
        FROM signal_mentions m JOIN signals s USING (signal_id)
        WHERE m.article_id = ? ORDER BY m.char_start""", [article_id]).df()


def article_ids(con: duckdb.DuckDBPyConnection, relevant_only: bool = True) -> pd.DataFrame:
    """Articles to pick from: id, date, source, title."""
    return con.execute(f"""
        SELECT article_id, published, source, title FROM articles
        {"WHERE relevant" if relevant_only else ""} ORDER BY published DESC NULLS LAST, article_id""").df()


def article_copies(con: duckdb.DuckDBPyConnection, article_id: str) -> pd.DataFrame:
    """The other articles of the same story: its original and every copy of that original."""
    return con.execute("""
        WITH me AS (SELECT coalesce(duplicate_of, article_id) AS root FROM articles WHERE article_id = ?)
        SELECT a.article_id, a.published, a.source, a.title, a.duplicate_of IS NULL AS original
        FROM articles a, me WHERE (a.article_id = me.root OR a.duplicate_of = me.root) AND a.article_id <> ?
        ORDER BY a.published NULLS LAST, a.article_id""", [article_id, article_id]).df()


def last_runs(con: duckdb.DuckDBPyConnection, n: int = 10) -> pd.DataFrame:
    """The latest ingest runs."""
    return con.execute("SELECT * FROM ingest_runs ORDER BY run_id DESC LIMIT ?", [n]).df()


def ingest_errors(con: duckdb.DuckDBPyConnection, n: int = 500) -> pd.DataFrame:
    """The latest ingest errors."""
    return con.execute("SELECT * FROM ingest_errors ORDER BY occurred_at DESC LIMIT ?", [n]).df()


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Row counts of every table (for checks that a re-run changed nothing)."""
    names = ["articles", "signals", "signal_mentions", "ingest_errors"]
    return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in names}
