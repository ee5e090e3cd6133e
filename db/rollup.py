"""``signal_rollup``: signal counts per filterable value, so the sidebar's facet counts and filter options
need not scan every signal at archive scale (a million signals roll up into some thousands of rows).

The ETL keeps it current batch by batch: it subtracts what it is about to replace or relink and adds what
it has written (`adjust`), and folds the adjustments together at the end of a run (`compact`).
"""
from __future__ import annotations

import duckdb

COLUMNS = "kind, topic, key, actor, source, relevant, duplicate_of"  # the table's, before its count n
# The columns a facet can filter on. ``duplicate_of`` is NULL for an original and 'copy' for a copy,
# so that the dashboard's filters test it exactly as on ``signals``.
_GROUPED = """SELECT kind, topic, key, actor, source, relevant,
       CASE WHEN duplicate_of IS NULL THEN NULL ELSE 'copy' END AS duplicate_of"""

CREATE = """CREATE TABLE IF NOT EXISTS signal_rollup (kind VARCHAR, topic VARCHAR, key VARCHAR, actor VARCHAR,
    source VARCHAR, relevant BOOLEAN, duplicate_of VARCHAR, n BIGINT)"""


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Count every signal afresh."""
    con.execute("DELETE FROM signal_rollup")
    con.execute(f"INSERT INTO signal_rollup {_GROUPED}, count(*) AS n FROM signals GROUP BY ALL")


def adjust(con: duckdb.DuckDBPyConnection, article_ids: list[str], sign: int) -> None:
    """Add (``sign`` 1) or take away (-1) the signals of ``article_ids`` as they stand now."""
    if article_ids:
        con.execute(f"""INSERT INTO signal_rollup {_GROUPED}, {int(sign)} * count(*) AS n FROM signals
                        WHERE article_id IN (SELECT unnest(?::VARCHAR[])) GROUP BY ALL""", [article_ids])


def compact(con: duckdb.DuckDBPyConnection) -> None:
    """Fold the adjustments into one row per combination (those that count nothing go); a rollup that
    holds no adjustment is left as it is."""
    folded = con.execute(f"""SELECT count(*) = count(DISTINCT ({COLUMNS})) AND NOT coalesce(bool_or(n = 0), FALSE)
                             FROM signal_rollup""").fetchone()[0]
    if folded:
        return
    con.execute("BEGIN TRANSACTION")
    con.execute(f"""CREATE TEMP TABLE folded AS SELECT {COLUMNS}, sum(n)::BIGINT AS n FROM signal_rollup
                    GROUP BY ALL HAVING sum(n) <> 0""")
    con.execute("DELETE FROM signal_rollup")
    con.execute("INSERT INTO signal_rollup SELECT * FROM folded")
    con.execute("DROP TABLE folded")
    con.execute("COMMIT")
