"""Looking after the database file: check it reads whole, and copy it consistently while it is in use.

`check` reads every row of every table and decompresses every stored text, so damage anywhere in the file
is found, not only where the pages happen to look; `backup` writes a consistent copy through a read
connection (the dashboard may stay open; an ETL run is waited for as any reader waits for it).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from db.connection import connect, db_path, while_locked
from db.texts import unpack

CHUNK = 5_000  # rows read at a time: memory stays flat however large the file


@dataclass
class CheckReport:
    """What `check` found: rows read per table, and each problem in one line."""

    path: Path
    rows: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        out = [f"{self.path}: " + ", ".join(f"{t} {n:,}" for t, n in self.rows.items())]
        out += [f"damaged: {p}" for p in self.problems]
        out.append("ok: every row read, every text decompressed" if self.ok else
                   f"{len(self.problems)} problem(s): restore a backup (`python -m etl backup` makes one) or "
                   "ingest the inputs again into a new database")
        return out


def unreadable(exc: BaseException, path: str | os.PathLike | None = None) -> str:
    """One line for a database that cannot be opened or read, instead of a traceback."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return (f"the database {db_path(path)} cannot be read ({first}); "
            "`python -m etl check` says what is damaged")


def check(path: str | os.PathLike | None = None) -> CheckReport:
    """Read the whole database; never raises for damage, reports it."""
    report = CheckReport(db_path(path))
    if not report.path.exists():
        report.problems.append(f"{report.path} does not exist")
        return report
    try:
        con = connect(path, read_only=True)
    except duckdb.Error as exc:
        report.problems.append(f"the file does not open: {str(exc).splitlines()[0]}")
        return report
    try:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' ORDER BY 1").fetchall()]
        for table in tables:
            report.rows[table] = _read_table(con, table, report.problems)
    except duckdb.Error as exc:
        report.problems.append(f"the catalogue does not read: {str(exc).splitlines()[0]}")
    finally:
        con.close()
    return report


def _read_table(con: duckdb.DuckDBPyConnection, table: str, problems: list[str]) -> int:
    """Every row of ``table`` (and every text, for articles), chunk by chunk; a bad chunk is reported and skipped."""
    try:
        total = con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    except duckdb.Error as exc:
        problems.append(f"{table}: cannot be counted: {str(exc).splitlines()[0]}")
        return 0
    texts = table == "articles" and "text_z" in {
        r[0] for r in con.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'")
        .fetchall()}
    read = 0
    for offset in range(0, total, CHUNK):
        try:
            if texts:
                rows = con.execute(f"SELECT article_id, text_z FROM articles ORDER BY rowid LIMIT {CHUNK} OFFSET {offset}"
                                   ).fetchall()
                for aid, blob in rows:
                    try:
                        unpack(blob)
                    except Exception as exc:  # zstandard and UnicodeDecodeError alike: the text is damaged
                        problems.append(f"articles: the text of {aid!r} does not decompress ({exc})")
            else:
                rows = con.execute(f'SELECT * FROM "{table}" LIMIT {CHUNK} OFFSET {offset}').fetchall()
            read += len(rows)
        except duckdb.Error as exc:
            problems.append(f"{table}: rows {offset:,}–{min(total, offset + CHUNK):,} do not read: "
                            f"{str(exc).splitlines()[0]}")
    return read


def backup(path: str | os.PathLike | None, out: str | os.PathLike) -> Path:
    """Copy the database (and its verdicts file, if any) to ``out``, consistently, without stopping readers."""
    target = Path(out)
    if target.exists():
        raise FileExistsError(f"{target} exists: choose a new file for the backup")
    target.parent.mkdir(parents=True, exist_ok=True)
    src = db_path(path)
    con = duckdb.connect()  # in memory: the source attached read-only beside the new file
    try:
        _attach_read_only(con, src)
        con.execute(f"ATTACH '{_quoted(target)}' AS backup_db")
        con.execute("COPY FROM DATABASE source_db TO backup_db")
        con.execute("DETACH backup_db")
    finally:
        con.close()
    verdicts = src.with_name(src.stem + ".verdicts.duckdb")
    if verdicts.exists():
        backup(verdicts, target.with_name(target.stem + ".verdicts.duckdb"))
    return target


def _attach_read_only(con: duckdb.DuckDBPyConnection, src: Path, wait: float = 60.0) -> None:
    """Attach ``src`` as ``source_db``, asking an ETL run that holds it to let go, as readers do."""
    while_locked(lambda: con.execute(f"ATTACH '{_quoted(src)}' AS source_db (READ_ONLY)"), src, wait)


def _quoted(p: Path) -> str:
    return str(p).replace("'", "''")
