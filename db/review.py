"""The review queue: the filtered signals in one fixed order, walked one by one.

The order does not depend on verdicts (signals marked wrong keep their place in it even where the pages
leave them out), so after a verdict the next signal is the one that stood after the judged one, not the
first of a list that just changed under the reader.
"""
from __future__ import annotations

from dataclasses import replace

import duckdb

from db.filters import Filters

_ORDER = "s.published DESC NULLS LAST, s.article_id, s.char_start, s.kind, s.key, s.signal_id"


def _ordered(f: Filters) -> tuple[str, list]:
    where, params = replace(f, hide_rejected=False).where()
    return (f"""SELECT s.signal_id, row_number() OVER (ORDER BY {_ORDER}) AS rn
                FROM signals s LEFT JOIN outlets o ON o.source = s.source WHERE {where}""", params)


def next_unreviewed(con: duckdb.DuckDBPyConnection, f: Filters, after: str | None = None) -> str | None:
    """The id of the first signal without a verdict that stands after ``after`` in the queue (from the
    start when ``after`` is None or no longer in it); None when every one after it has a verdict."""
    ordered, params = _ordered(f)
    row = con.execute(f"""
        WITH q AS ({ordered})
        SELECT q.signal_id FROM q LEFT JOIN verdicts v ON v.signal_id = q.signal_id
        WHERE v.signal_id IS NULL AND q.rn > coalesce((SELECT rn FROM q WHERE signal_id = ?), 0)
        ORDER BY q.rn LIMIT 1""", params + [after]).fetchone()
    return row[0] if row else None


def progress(con: duckdb.DuckDBPyConnection, f: Filters) -> dict[str, int]:
    """How many signals the queue holds, and how many of them are marked right, wrong, or not yet."""
    ordered, params = _ordered(f)
    total, right, wrong = con.execute(f"""
        WITH q AS ({ordered})
        SELECT count(*), count(*) FILTER (WHERE v.verdict = 'right'), count(*) FILTER (WHERE v.verdict = 'wrong')
        FROM q LEFT JOIN verdicts v ON v.signal_id = q.signal_id""", params).fetchone()
    return {"total": total, "right": right, "wrong": wrong, "unreviewed": total - right - wrong}
