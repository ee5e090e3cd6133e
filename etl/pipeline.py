"""Ingest: read → extract → load, in batches, with a run record and a progress bar."""
from __future__ import annotations

import fcntl
import hashlib
import json
import multiprocessing
import os
import tomllib
import time
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator

import duckdb
from tqdm import tqdm

from db import events, rollup
from db.connection import asked_since, connect, db_path
from db.migrations import migrate
from db.texts import unpack
from etl.dates import IMPLAUSIBLE, implausible_reason, plausible_publication
from etl.dedup import band_buckets
from etl.extract import extract
from etl.fetch import is_url
from etl.load import Processed, Rows, write_batch
from etl.read import RawArticle, RawLine, ReadError, Skipped, read_feed, read_paths
from etl.version import EXTRACTOR_VERSION

BATCH = 500  # relevant articles a batch holds at most ...
BATCH_ALL = BATCH * 10  # ... and articles in all: one not about Iran and Russia costs the writer only its row
CHUNK = BATCH // 4  # articles (or input lines) processed at a time; batches are whole chunks
IN_FLIGHT = 4  # chunks queued per worker
HOLD_SECONDS = 0.5  # the writer keeps the database at least this long once it has opened it ...
LONGEST_HOLD = 5.0  # ... and this long at most, for readers that do not ask (see db.connection)
GRACE_SECONDS = 0.2  # after letting go for a reader that asked, the writer waits this long to take it back


class EtlBusy(RuntimeError):
    """Another ETL run holds the database."""


@dataclass
class RunSummary:
    """What one ingest run did."""

    run_id: int
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    reextracted: int = 0
    failed: int = 0
    signals: int = 0
    errors: list[ReadError] = field(default_factory=list)
    write_seconds: float = 0.0  # spent loading into DuckDB (the part no worker can share)

    def line(self) -> str:
        """The closing line of a run."""
        again = f", re-extracted {self.reextracted}" if self.reextracted else ""
        return (f"articles read {self.read}, new {self.new}, updated {self.updated}, "
                f"unchanged {self.unchanged}{again}, failed {self.failed}; signals found {self.signals}")


@contextmanager
def etl_lock(db: Path, wait: float = 60.0) -> Iterator[None]:
    """Hold the ETL's own lock file so two runs never interleave their batches."""
    lock_path = db.with_name(db.name + ".etl.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as fh:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise EtlBusy(f"another ETL run is using {db}; try again when it has finished")
                time.sleep(0.2)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def content_hash(raw: RawArticle) -> str:
    """Hash of everything stored about an article: a change anywhere makes it 'updated'."""
    blob = json.dumps([raw.text, raw.title, raw.source, raw.url, raw.published], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def parse_published(value: str | None, method: str | None = None) -> tuple[date | None, str]:
    """The publication date as a date, and how it was obtained (``method``, else 'metadata').

    A date before 1900 or after tomorrow is none: the article is stored undated, and its method says
    why ('implausible (9999-12-31: ...)'), as 'none' and 'unparsed' do for the other undated ones.
    """
    if not value:  # an article stored as implausible keeps its reason when it is re-extracted
        return None, method if method and method.startswith(IMPLAUSIBLE) else "none"
    try:
        day = date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None, "unparsed"
    if not plausible_publication(day):
        return None, implausible_reason(day)
    return day, method or "metadata"


def process(raw: RawArticle, digest: str | None = None) -> Processed:
    """Extract one article (pure apart from the lexicon cache); ``digest`` is its content hash if known."""
    published, method = parse_published(raw.published, raw.date_method)
    rel, signals = extract(raw.text)
    bands = band_buckets(raw.text) if rel.relevant else []
    return Processed(raw, digest or content_hash(raw), published, method, rel, signals, bands)


def _start_run(con, inputs: str) -> int:
    """Record a new run; runs left 'running' by a killed process are marked as interrupted."""
    con.execute("UPDATE ingest_runs SET status = 'interrupted' WHERE status = 'running'")
    run_id = con.execute("SELECT nextval('ingest_run_seq')").fetchone()[0]
    con.execute("INSERT INTO ingest_runs (run_id, started_at, inputs, status) VALUES (?, now(), ?, 'running')",
                [run_id, inputs])
    return run_id


class _Writer:
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


@dataclass
class Done:
    """What a chunk of input became: the rows to load, the items that failed, and counts."""

    rows: Rows | None  # None when nothing is to be loaded (building empty Arrow tables imports pandas)
    errors: list[ReadError]
    read: int  # articles read, including those already stored as they are
    unchanged: int
    seen: list[tuple[str, str]] = field(default_factory=list)  # (id, origin) of each article read, in order

    def drop_duplicates(self, first_seen: dict[str, str]) -> list[ReadError]:
        """Leave out the articles whose id an earlier chunk of the run gave (``first_seen``: id -> where,
        updated here): the first is kept. Returns one error for each, naming both places."""
        dups, ids = [], set()
        for aid, origin in self.seen:  # ids are unique within a chunk (see _work)
            if aid in first_seen:
                dups.append(_duplicate(aid, origin, first_seen[aid]))
                ids.add(aid)
            else:
                first_seen[aid] = origin
        if ids:
            loaded = ids.intersection(self.rows.hashes) if self.rows is not None else set()
            if self.rows is not None:
                self.rows = self.rows.without(ids)
            self.read -= len(ids)
            self.unchanged -= len(ids) - len(loaded)
        return dups


def _duplicate(article_id: str, origin: str, first: str) -> ReadError:
    """The error for an article whose id the run has already read (the first one is kept)."""
    return ReadError(origin, f"duplicate id {article_id!r}: also at {first}, which is kept")


_known_in_worker: dict[str, tuple[str, str]] = {}  # a worker process's copy of the stored ids (set once)


def _work(items: list[RawArticle | RawLine | Skipped], known: dict[str, tuple[str, str]] | None = None) -> Done:
    """Parse (JSON Lines lines), compare with what is stored, and extract what is new or changed. An id
    given twice in the chunk is read once (the first; the others are errors naming both places).

    It runs in a worker process with ``--workers``: the rows go back as Arrow tables, which cross
    processes as buffers, so the writer does little more than load them.
    """
    known = _known_in_worker if known is None else known
    processed, errors, unchanged, seen = [], [], 0, {}
    for item in items:
        for art in item.parse() if isinstance(item, RawLine) else [item]:
            if isinstance(art, ReadError):
                errors.append(art)
                continue
            if art.article_id is not None:
                if art.article_id in seen:
                    errors.append(_duplicate(art.article_id, art.origin, seen[art.article_id]))
                    continue
                seen[art.article_id] = art.origin
            if isinstance(art, Skipped) or known.get(art.article_id) == ((digest := content_hash(art)),
                                                                          EXTRACTOR_VERSION):
                unchanged += 1
            else:
                processed.append(process(art, digest))
    return Done(Rows.of(processed) if processed else None, errors, len(processed) + unchanged, unchanged,
                list(seen.items()))


def _init_worker(known: dict[str, tuple[str, str]]) -> None:
    # The main process reads and writes, which nobody else can do: when it wants a core, it has it.
    os.nice(10)
    _known_in_worker.update(known)


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _load_before_fork() -> None:
    """Load here, once, what each process would otherwise load for itself: the lexicon, and pandas, which
    pyarrow imports to build its first array (0.3 s). The forked processes inherit both."""
    extract("")
    Rows.of([])


def _processed(items: Iterable[RawArticle | RawLine], known: dict[str, tuple[str, str]],
               workers: int) -> Iterator[Done]:
    """Parsing and extraction, in ``workers`` processes: this one and ``workers - 1`` others (order kept).

    This process also reads and writes, which only it can do. It hands chunks to the others until each
    has a few queued, and takes the next chunk itself when they have enough: it works instead of
    waiting, and what it does itself crosses no process boundary. (With a pool of ``workers`` beside it,
    on as many cores, it waited for the pool and shared the cores with it: 1.3-1.5x on 2 cores.)
    Reading never runs far ahead of writing, so memory stays flat however large the input.
    """
    if workers <= 1:
        yield from (_work(chunk, known) for chunk in _chunks(items, CHUNK))
        return
    snapshot = dict(known)  # what the others were given: a chunk's outcome must not depend on who took it
    helpers = workers - 1
    _load_before_fork()
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(helpers, initializer=_init_worker, initargs=(snapshot,)) as pool:
        pending: deque = deque()  # AsyncResults, or _DoneHere for chunks done here, in input order
        for chunk in _chunks(items, CHUNK):
            if sum(not p.ready() for p in pending) < IN_FLIGHT * helpers:
                pending.append(pool.apply_async(_work, (chunk,)))
            else:
                pending.append(_DoneHere(_work(chunk, snapshot)))
            while pending and (pending[0].ready() or len(pending) > 2 * IN_FLIGHT * workers):
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


@dataclass
class _DoneHere:
    """A chunk this process did itself, with the face of the AsyncResult the others' chunks have."""

    done: Done

    def ready(self) -> bool:
        return True

    def get(self) -> Done:
        return self.done


def ingest(paths: Iterable[str | os.PathLike], db: str | os.PathLike | None = None,
           progress: bool = True, workers: int = 1, allow_private: bool = False) -> RunSummary:
    """Ingest files, folders and URLs into the database; bad items are recorded, the rest loaded.

    Articles are loaded in batches (BATCH relevant ones, or BATCH_ALL in all), one transaction each: a run
    killed midway leaves the batches before it, and running again completes the work without duplicating
    anything. URLs are fetched before the run takes the ETL's lock (a slow server holds up nobody else's
    ingest), and refused on internal addresses unless ``allow_private``.
    """
    paths = list(paths)
    fetched = {url: list(read_paths([url], allow_private=allow_private))
               for url in dict.fromkeys(str(p).strip() for p in paths if is_url(p))}

    def source(known: dict, seen_raw: dict) -> Iterator[RawArticle | RawLine | ReadError | Skipped]:
        files: list = []
        for p in paths + [None]:  # files and folders read in runs between the URLs, in the order given
            if p is None or is_url(p):
                if files:
                    yield from read_paths(files, skip_raw=seen_raw.get, lazy=True)
                    files = []
                if p is not None:
                    yield from fetched[str(p).strip()]
            else:
                files.append(p)

    return _run(source, " ".join(map(str, paths)), db, progress, workers)


def _stored_ids(db: str | os.PathLike | None) -> set[str]:
    """The ids of the articles stored, read without the ETL's lock (empty when there is no database yet)."""
    path = db_path(db)
    if not path.exists():
        return set()
    try:
        with connect(path, read_only=True) as con:
            return {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    except duckdb.CatalogException:  # a database not migrated yet
        return set()


def load_feeds(path: str | os.PathLike) -> list[dict]:
    """The feeds to follow, from a TOML file of ``[[feed]]`` tables with ``url`` (and optional ``source``)."""
    p = Path(path)
    try:
        feeds = tomllib.loads(p.read_text(encoding="utf-8")).get("feed", [])
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValueError(f"{p}: {exc}") from exc
    bad = [f for f in feeds if not isinstance(f, dict) or not str(f.get("url", "")).startswith(("http://", "https://"))]
    if bad:
        raise ValueError(f"{p}: every [[feed]] needs an http(s) url (not {bad[0]!r})")
    return feeds


def update(feeds_file: str | os.PathLike, db: str | os.PathLike | None = None, progress: bool = True,
           workers: int = 1, allow_private: bool = False) -> RunSummary:
    """Fetch what is new in each followed feed (items already stored are not fetched again) and load it.
    Everything is fetched before the run takes the ETL's lock; internal addresses are refused unless
    ``allow_private``."""
    feeds = load_feeds(feeds_file)
    stored = _stored_ids(db)
    items: list[RawArticle | ReadError] = []
    for feed in feeds:
        for item in read_feed(feed["url"], fetch_full=True, skip=stored.__contains__, allow_private=allow_private):
            if isinstance(item, RawArticle) and feed.get("source"):
                item.source = feed["source"]
            items.append(item)
    return _run(lambda known, seen_raw: items, f"update {feeds_file}", db, progress, workers)


@dataclass
class _Batch:
    """What the next transaction writes: rows of whole chunks, and the items that failed."""

    parts: list[Rows] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    relevant: int = 0
    errors: list[ReadError] = field(default_factory=list)

    def add(self, rows: Rows) -> None:
        self.parts.append(rows)
        self.ids.update(rows.hashes)
        self.relevant += len(rows.relevant_ids)

    def holds_any(self, rows: Rows) -> bool:
        """Whether an article of ``rows`` is already in the batch."""
        return not self.ids.isdisjoint(rows.hashes)

    def full(self) -> bool:
        return self.relevant >= BATCH or len(self.ids) >= BATCH_ALL

    def empty(self) -> bool:
        return not self.parts and not self.errors

    def rows(self) -> Rows | None:
        return Rows.concat(self.parts) if self.parts else None


def _run(source: Callable[[dict, dict], Iterable[RawArticle | ReadError | Skipped]], inputs: str,
         db: str | os.PathLike | None, progress: bool, workers: int) -> RunSummary:
    """One ETL run over what ``source(known, seen_raw)`` yields: ``known`` maps stored ids to (hash,
    version), ``seen_raw`` the input-line hashes of articles stored by this extractor version to their ids.

    An id the run has already read is an error naming both places, and the first one is kept: the
    summary counts what is stored."""
    path = db_path(db)
    with etl_lock(path):
        with connect(path) as con:
            migrate(con)
            run_id = _start_run(con, inputs)
            known = {r[0]: (r[1], r[2]) for r in con.execute(
                "SELECT article_id, content_hash, extractor_version FROM articles").fetchall()}
            seen_raw = {r[0]: r[1] for r in con.execute(
                "SELECT raw_hash, article_id FROM articles WHERE raw_hash IS NOT NULL AND extractor_version = ?",
                [EXTRACTOR_VERSION]).fetchall()}
        summary = RunSummary(run_id)
        writer = _Writer(path)
        batch = _Batch()

        def flush() -> None:
            nonlocal batch
            if batch.empty():
                return
            rows = batch.rows()
            started = time.perf_counter()
            new, updated, again = write_batch(writer.con(), rows, batch.errors, run_id, known)
            summary.write_seconds += time.perf_counter() - started
            summary.new += new
            summary.updated += updated
            summary.reextracted += again
            summary.signals += rows.signals.num_rows if rows else 0
            summary.errors.extend(batch.errors)
            batch = _Batch()

        bar = tqdm(unit=" articles", disable=not progress, desc="ingest")

        def failed(err: ReadError) -> None:
            summary.failed += 1
            batch.errors.append(err)
            bar.write(f"error: {err}")

        def to_work() -> Iterator[RawArticle | RawLine | Skipped]:
            for item in source(known, seen_raw):
                bar.update(1)
                if isinstance(item, ReadError):
                    failed(item)
                else:  # a Skipped line too: counted where its id is checked against the rest of the run
                    yield item

        first_seen: dict[str, str] = {}  # id -> where the run read it first
        try:
            for done in _processed(to_work(), known, workers):
                for err in done.errors + done.drop_duplicates(first_seen):
                    failed(err)
                summary.read += done.read
                summary.unchanged += done.unchanged
                if done.rows is not None:
                    if batch.holds_any(done.rows):
                        flush()  # the same id again: the later one is written after the earlier
                    batch.add(done.rows)
                if batch.full():
                    flush()
                writer.offer()  # between chunks, not only batches: a batch can be seconds of work
            flush()
            rollup.compact(writer.con())
            events.refresh(writer.con())
            writer.con().execute("""UPDATE ingest_runs SET finished_at = now(), articles_read = ?,
                                    articles_unchanged = ?, status = ? WHERE run_id = ?""",
                                 [summary.read, summary.unchanged, "failed items" if summary.failed else "ok",
                                  run_id])
        finally:
            writer.close()
            bar.close()
        return summary


def stored_articles(db: Path, ids: list[str]) -> Iterator[RawArticle]:
    """Articles as stored, for re-extraction."""
    with connect(db, read_only=True) as con:
        rows = con.execute("""SELECT article_id, text_z, origin, title, source, url,
                                     strftime(published, '%Y-%m-%d'), date_method, raw_hash
                              FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))""", [ids]).fetchall()
    for r in rows:
        method = None if r[7] in ("metadata", "none", "unparsed") else r[7]
        yield RawArticle(article_id=r[0], text=unpack(r[1]), origin=r[2], title=r[3], source=r[4], url=r[5],
                         published=r[6], date_method=method, raw_hash=r[8])


def reextract(db: str | os.PathLike | None = None, everything: bool = False, progress: bool = True) -> RunSummary:
    """Re-run extraction over stored articles made by another extractor version (or all of them)."""
    path = db_path(db)
    with etl_lock(path):
        with connect(path) as con:
            migrate(con)
            run_id = _start_run(con, "reextract")
            cond = "TRUE" if everything else "extractor_version IS DISTINCT FROM ?"
            params = [] if everything else [EXTRACTOR_VERSION]
            ids = [r[0] for r in con.execute(f"SELECT article_id FROM articles WHERE {cond} ORDER BY article_id",
                                             params).fetchall()]
            known = {r[0]: (r[1], r[2]) for r in con.execute(
                "SELECT article_id, content_hash, extractor_version FROM articles").fetchall()}
        summary = RunSummary(run_id)
        with tqdm(total=len(ids), unit=" articles", disable=not progress, desc="re-extract") as bar:
            for i in range(0, len(ids), BATCH):
                batch = [process(raw) for raw in stored_articles(path, ids[i:i + BATCH])]
                for p in batch:  # the stored hash is kept: only the extraction changes
                    p.content_hash = known[p.raw.article_id][0]
                with connect(path) as con:
                    _, _, again = write_batch(con, Rows.of(batch), [], run_id, known)
                summary.read += len(batch)
                summary.reextracted += again
                summary.signals += sum(len(p.signals) for p in batch)
                bar.update(len(batch))
        with connect(path) as con:
            rollup.compact(con)
            events.refresh(con)
            con.execute("UPDATE ingest_runs SET finished_at = now(), articles_read = ?, status = 'ok' WHERE run_id = ?",
                        [summary.read, run_id])
        return summary
