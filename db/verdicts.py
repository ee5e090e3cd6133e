"""Analysts' verdicts on signals, kept in a database file of their own beside the ETL's.

The dashboard writes here (briefly, one verdict at a time) and never to the ETL's database, so
neither blocks the other; verdicts are keyed by signal_id, which stays the same across re-ingest
and re-extraction for the same statement.
"""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from db.connection import DatabaseBusy, connect, db_path, locked
from db.retry import retry

VERDICTS = ("right", "wrong")
ATTACH_WAIT = 5.0  # seconds a reader waits for a verdict being written (one row: milliseconds)


class VerdictsBusy(DatabaseBusy):
    """The verdicts file stayed locked by a writer for the whole wait."""


_SCHEMA = """CREATE TABLE IF NOT EXISTS verdicts (
    signal_id VARCHAR PRIMARY KEY, verdict VARCHAR NOT NULL, note VARCHAR, decided_at TIMESTAMP NOT NULL)"""


def verdicts_path(db: str | os.PathLike | None = None) -> Path:
    """``db/monitor.verdicts.duckdb`` beside ``db/monitor.duckdb``."""
    p = db_path(db)
    return p.with_name(p.stem + ".verdicts.duckdb")


def set_verdict(signal_id: str, verdict: str | None, note: str = "", db: str | os.PathLike | None = None) -> None:
    """Record that a signal is right or wrong (``None`` withdraws the verdict)."""
    if verdict is not None and verdict not in VERDICTS:
        raise ValueError(f"verdict must be one of {VERDICTS}")
    with connect(verdicts_path(db), wait=10) as con:
        con.execute(_SCHEMA)
        if verdict is None:
            con.execute("DELETE FROM verdicts WHERE signal_id = ?", [signal_id])
        else:
            con.execute("""INSERT INTO verdicts VALUES (?, ?, ?, now())
                           ON CONFLICT (signal_id) DO UPDATE SET verdict = excluded.verdict,
                           note = excluded.note, decided_at = excluded.decided_at""",
                        [signal_id, verdict, note.strip() or None])


def attach(con: duckdb.DuckDBPyConnection, db: str | os.PathLike | None = None) -> None:
    """Make a ``verdicts`` table visible on ``con`` (read-only), empty when none was recorded yet, and
    the macro ``rejected(signal_id)``: whether an analyst marked that signal wrong."""
    _attach_table(con, verdicts_path(db))
    # Leaving out the signals marked wrong costs a pass over every signal id (15 ms at a million
    # signals, in each of a page's queries) even when none is: with none, the macro is a constant.
    anything = con.execute("SELECT count(*) FROM verdicts WHERE verdict = 'wrong'").fetchone()[0]
    body = "sid IN (SELECT signal_id FROM verdicts WHERE verdict = 'wrong')" if anything else "FALSE"
    con.execute(f"CREATE OR REPLACE TEMP MACRO rejected(sid) AS {body}")


def _attach_table(con: duckdb.DuckDBPyConnection, p: Path) -> None:
    """``verdicts`` on ``con``: the file's table, or an empty one when there is no file or no table yet.
    A file held by a writer for the whole `ATTACH_WAIT` is `VerdictsBusy`, never an empty table: the pages
    would otherwise show signals marked wrong as if nobody had judged them."""
    if p.exists():
        try:
            retry(lambda: con.execute(f"ATTACH '{p}' AS verdict_db (READ_ONLY)"), locked, ATTACH_WAIT)
            con.execute("CREATE OR REPLACE TEMP VIEW verdicts AS SELECT * FROM verdict_db.verdicts")
            return
        except duckdb.CatalogException:  # the file exists but holds no table yet
            pass
        except duckdb.IOException as exc:
            if locked(exc):
                raise VerdictsBusy(f"the analysts' verdicts ({p.name}) stayed locked by a writer: {exc}") from exc
            raise
    con.execute("""CREATE OR REPLACE TEMP TABLE verdicts (signal_id VARCHAR, verdict VARCHAR, note VARCHAR,
                   decided_at TIMESTAMP)""")
