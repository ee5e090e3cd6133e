"""Runs: the ETL's lock, the run records (ingest_runs), the write connection kept across batches, and what a
run reads of the database before and while it writes (stored ids, hashes, texts to extract again)."""
from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb

from db import events, rollup
from db.connection import asked_since, connect, db_path
from db.migrations import migrate
from db.retry import retry
from db.texts import unpack
from etl.read import RawArticle
from etl.version import EXTRACTOR_VERSION

HOLD_SECONDS = 0.5  # the writer keeps the database at least this long once it has opened it ...
LONGEST_HOLD = 5.0  # ... and this long at most, for readers that do not ask (see db.connection)
GRACE_SECONDS = 0.2  # after letting go for a reader that asked, the writer waits this long to take it back


class EtlBusy(RuntimeError):
    """Another ETL run holds the database."""


@contextmanager
def etl_lock(db: Path, wait: float = 60.0) -> Iterator[None]:
    """Hold the ETL's own lock file so two runs never interleave their batches."""
    lock_path = db.with_name(db.name + ".etl.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as fh:
        try:
            retry(lambda: fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB), lambda e: isinstance(e, BlockingIOError),
                  wait)
        except BlockingIOError:
            raise EtlBusy(f"another ETL run is using {db}; try again when it has finished") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def migrate_db(db: str | os.PathLike | None = None) -> int:
    """Bring the database up to date (under the ETL's lock); its schema version."""
    path = db_path(db)
    with etl_lock(path), connect(path) as con:
        return migrate(con)


@dataclass
class Started:
    """A run just recorded, and what it knows of the database: ``known`` maps stored article ids to (content
    hash, extractor version), ``seen_raw`` the input-line hashes of articles this extractor version stored
    to their ids."""

    run_id: int
    known: dict[str, tuple[str, str]]
    seen_raw: dict[str, str]


def start_run(path: Path, inputs: str) -> Started:
    """Migrate the database and record a new run; runs left 'running' by a killed process are marked as
    interrupted."""
    with connect(path) as con:
        migrate(con)
        con.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running'")
        run_id = con.execute("SELECT nextval('ingest_run_seq')").fetchone()[0]
        con.execute("INSERT INTO ingest_runs (run_id, started_at, inputs, status) VALUES (?, now(), ?, 'running')",
                    [run_id, inputs])
        known = {r[0]: (r[1], r[2]) for r in con.execute(
            "SELECT article_id, content_hash, extractor_version FROM articles").fetchall()}
        seen_raw = {r[0]: r[1] for r in con.execute(
            "SELECT raw_hash, article_id FROM articles WHERE raw_hash IS NOT NULL AND extractor_version = ?",
            [EXTRACTOR_VERSION]).fetchall()}
    return Started(run_id, known, seen_raw)


def finish_run(con: duckdb.DuckDBPyConnection, run_id: int, read: int, unchanged: int, failed: bool) -> None:
    """Compact the rollup, bring the events up to date with the signals, and close the run's record (its
    other counts were added batch by batch)."""
    rollup.compact(con)
    events.refresh(con)
    con.execute("""UPDATE ingest_runs SET finished_at = now(), articles_read = ?, articles_unchanged = ?,
                   status = ? WHERE run_id = ?""", [read, unchanged, "failed items" if failed else "ok", run_id])


class Writer:
    """The ETL's write connection, kept across batches until somebody asks for the file.

    DuckDB shuts readers out while a process has the file open for writing, and closing it costs a
    checkpoint (about a tenth of a second). So the writer lets go, between two chunks of input, when a
    reader has asked since it opened (and it has held the file HOLD_SECONDS), or when it has held the
    file LONGEST_HOLD: the dashboard gets in within a chunk's work, and a long ingest checkpoints rarely.
    """

    def __init__(self, path: Path, hold: float = HOLD_SECONDS, longest: float = LONGEST_HOLD):
        self.path, self.hold, self.longest = path, hold, longest
        self._con = None
        self._since = self._opened_at = self._released = 0.0
        self._asked = False

    def con(self):
        """The open connection (opened now if it was released)."""
        if self._con is None:
            if self._asked:  # give the reader that asked time to get in before taking the file back
                time.sleep(max(0.0, self._released + GRACE_SECONDS - time.monotonic()))
            self._con = connect(self.path)
            self._since, self._opened_at = time.monotonic(), time.time()
        return self._con

    def offer(self) -> None:
        """Release the file if somebody has asked for it, or if it has been held LONGEST_HOLD."""
        if self._con is None:
            return
        held = time.monotonic() - self._since
        asked = held >= self.hold and asked_since(self.path, self._opened_at)
        if asked or held >= self.longest:
            self.close()
            self._asked, self._released = asked, time.monotonic()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None


def stored_ids(db: str | os.PathLike | None) -> set[str]:
    """The ids of the articles stored, read without the ETL's lock (empty when there is no database yet)."""
    path = db_path(db)
    if not path.exists():
        return set()
    try:
        with connect(path, read_only=True) as con:
            return {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    except duckdb.CatalogException:  # a database not migrated yet
        return set()


def ids_to_reextract(con: duckdb.DuckDBPyConnection, everything: bool) -> list[str]:
    """The stored articles made by another extractor version (or all of them), in id order."""
    cond = "TRUE" if everything else "extractor_version IS DISTINCT FROM ?"
    params = [] if everything else [EXTRACTOR_VERSION]
    return [r[0] for r in con.execute(f"SELECT article_id FROM articles WHERE {cond} ORDER BY article_id",
                                      params).fetchall()]


def stored_articles(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[RawArticle]:
    """Articles as stored, for re-extraction."""
    rows = con.execute("""SELECT article_id, text_z, origin, title, source, url,
                                 strftime(published, '%Y-%m-%d'), date_method, raw_hash
                          FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))
                          ORDER BY article_id""", [ids]).fetchall()
    return [RawArticle(article_id=r[0], text=unpack(r[1]), origin=r[2], title=r[3], source=r[4], url=r[5],
                       published=r[6], date_method=None if r[7] in ("metadata", "none", "unparsed") else r[7],
                       raw_hash=r[8]) for r in rows]
