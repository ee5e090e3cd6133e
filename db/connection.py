"""Where the database lives and how to open it without fighting over its lock.

DuckDB lets one process write or many read, never both. The dashboard opens short
read-only connections; the ETL keeps its write connection across batches and lets
go as soon as somebody is waiting: an opener kept out by the lock says so by
touching ``<db>.wanted``, and the ETL, seeing it, closes between two chunks of its work.
Each side retries briefly while the other holds the file (db.retry).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, TypeVar

import duckdb

from db.retry import retry

T = TypeVar("T")
DEFAULT_DB = Path(__file__).resolve().parent / "monitor.duckdb"


class DatabaseBusy(RuntimeError):
    """The database file stayed locked by another process for the whole wait."""


def db_path(path: str | os.PathLike | None = None) -> Path:
    """The database file: ``path``, else ``$MONITOR_DB``, else ``db/monitor.duckdb``."""
    return Path(path or os.environ.get("MONITOR_DB") or DEFAULT_DB)


def wanted_path(path: str | os.PathLike | None = None) -> Path:
    """The file an opener kept out by the lock touches to ask the writer for the database."""
    p = db_path(path)
    return p.with_name(p.name + ".wanted")


def ask_for(path: str | os.PathLike | None = None) -> None:
    """Tell the process holding the database that somebody is waiting for it."""
    try:
        wanted_path(path).touch()
    except OSError:
        pass  # a read-only folder: the writer still lets go at its longest hold


def asked_since(path: str | os.PathLike | None, since: float) -> bool:
    """Whether somebody has asked for the database since ``since`` (a ``time.time()``)."""
    try:
        return wanted_path(path).stat().st_mtime >= since
    except OSError:
        return False


def connect(path: str | os.PathLike | None = None, *, read_only: bool = False,
            wait: float = 30.0) -> duckdb.DuckDBPyConnection:
    """Open the database, retrying while another process holds its lock (up to ``wait`` seconds)."""
    p = db_path(path)
    if not read_only:
        p.parent.mkdir(parents=True, exist_ok=True)

    def attempt() -> duckdb.DuckDBPyConnection:
        con = duckdb.connect(str(p), read_only=read_only)
        con.execute("SET enable_progress_bar = false")  # it would print into the ETL's and dashboard's output
        if not read_only:
            # The writer loads batches of a few hundred articles: a small buffer pool keeps the ETL's
            # memory flat however large the archive grows (DuckDB spills to disk if ever needed).
            # With 256 MB its cache grew with the database: 285/360/468 MB peak for 16k/32k/63k
            # articles; with 64 MB, 308 MB for 32k and 312 MB for 63k, at the same speed.
            con.execute("SET memory_limit = '64MB'")
            # It checkpoints when it lets go of the file (at most every LONGEST_HOLD seconds) rather
            # than every 16 MB of log: each checkpoint rewrites the last row group, texts and all.
            con.execute("SET checkpoint_threshold = '1GB'")
            # One thread: with --workers every core is already extracting; a second thread for
            # batches this small only adds hand-offs.
            con.execute("SET threads = 1")
        return con

    return while_locked(attempt, p, wait)


def while_locked(attempt: Callable[[], T], path: Path, wait: float) -> T:
    """``attempt()``, retried (db.retry) while another process holds the lock of the database at ``path``,
    asking it to let go, for up to ``wait`` seconds; then `DatabaseBusy`."""
    try:
        return retry(attempt, locked, wait, on_retry=lambda: ask_for(path))
    except duckdb.IOException as exc:
        if locked(exc):
            raise DatabaseBusy(f"{path} is locked by another process: {exc}") from exc
        raise


def locked(exc: BaseException) -> bool:
    """Whether ``exc`` is DuckDB refusing a file another process holds (worth waiting for)."""
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()
