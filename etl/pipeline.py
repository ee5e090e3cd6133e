"""The run: read (etl.read) → extract (etl.extract) → load (etl.load), chunk by chunk, in one process or
several, batches written in order, with a progress bar. Every write goes through etl.load."""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import time
import tomllib
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator

from tqdm import tqdm

from db.connection import db_path
from etl.extract import extract
from etl.load import (Processed, Rows, Started, Writer, etl_lock, finish_run, ids_to_reextract, start_run,
                      stored_articles, stored_ids, write_batch)
from etl.load.copies import band_buckets
from etl.read import RawArticle, RawLine, ReadError, Skipped, read_feed, read_paths
from etl.read.dates import IMPLAUSIBLE, implausible_reason, plausible_publication
from etl.read.fetch import is_url
from etl.version import EXTRACTOR_VERSION

BATCH = 500  # relevant articles a batch holds at most ...
BATCH_ALL = BATCH * 10  # ... and articles in all: one not about Iran and Russia costs the writer only its row
CHUNK = BATCH // 4  # articles (or input lines) processed at a time; batches are whole chunks
IN_FLIGHT = 4  # chunks queued per worker


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


HASH_SCHEME = "2:"  # the prefix of content hashes from session 15 on; older ones are the JSON form's bare SHA-256


def content_hash(raw: RawArticle) -> str:
    """Hash of everything stored about an article: a change anywhere makes it 'updated'. Each field's UTF-8
    bytes, each after its length (an absent field after a marker of its own), so no two articles share the
    input; hashed as they are rather than as JSON, which cost twice as much on every article read. Raises
    UnicodeEncodeError where a field holds an unpaired surrogate (a JSON «\\ud800»), which cannot be stored."""
    h = hashlib.sha256()
    for part in (raw.text, raw.title, raw.source, raw.url, raw.published):
        if part is None:
            h.update(b"\xff" * 8)  # (no length has that form)
        else:
            data = part.encode("utf-8")  # (an unpaired surrogate raises: no text holds one, see _work)
            h.update(len(data).to_bytes(8, "little"))
            h.update(data)
    return HASH_SCHEME + h.hexdigest()


def _json_hash(raw: RawArticle) -> str:
    """The content hash of the databases written before `HASH_SCHEME`."""
    blob = json.dumps([raw.text, raw.title, raw.source, raw.url, raw.published], ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


def digest_as_stored(raw: RawArticle, stored: str | None) -> str:
    """The article's content hash in the scheme of the hash stored for its id (the current one if none): an
    older database's articles stay unchanged, or re-extracted, rather than all 'updated' once."""
    return content_hash(raw) if stored is None or stored.startswith(HASH_SCHEME) else _json_hash(raw)


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
    rel, signals = extract(raw.text, published=published)
    bands = band_buckets(raw.text) if rel.relevant else []
    return Processed(raw, digest or content_hash(raw), published, method, rel, signals, bands)


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


_SURROGATE = re.compile("[\ud800-\udfff]")


def _not_text(raw: RawArticle) -> ReadError:
    """The error for an article a field of which holds an unpaired surrogate (JSON can escape one: «\\ud800»)."""
    for name in ("text", "title", "source", "url", "published", "article_id"):
        value = getattr(raw, name)
        if isinstance(value, str) and (m := _SURROGATE.search(value)):
            return ReadError(raw.origin, f"its {name} holds an unpaired surrogate (U+{ord(m.group()):04X} at character "
                                         f"{m.start()}), which is not text: not loaded")
    return ReadError(raw.origin, "not text: not loaded")


def _duplicate(article_id: str, origin: str, first: str) -> ReadError:
    """The error for an article whose id the run has already read (the first one is kept)."""
    return ReadError(origin, f"duplicate id {article_id!r}: also at {first}, which is kept")


@dataclass
class Again:
    """A stored article to extract again (`reextract`): its stored content hash is kept, since only the
    extraction changes, and it is extracted whatever the hash and version stored."""

    raw: RawArticle
    content_hash: str


Item = RawArticle | RawLine | Skipped | Again  # what the run's source hands to the workers (or a ReadError)
_known_in_worker: dict[str, tuple[str, str]] = {}  # a worker process's copy of the stored ids (set once)


def _articles(item: Item) -> list[RawArticle | Skipped | ReadError]:
    """What one item holds: a JSON Lines line's article (or error) once parsed, a stored article, or itself."""
    if isinstance(item, RawLine):
        return item.parse()
    return [item.raw] if isinstance(item, Again) else [item]


def _work(items: list[Item], known: dict[str, tuple[str, str]] | None = None) -> Done:
    """Parse (JSON Lines lines), compare with what is stored, and extract what is new or changed. An id
    given twice in the chunk is read once (the first; the others are errors naming both places).

    It runs in a worker process with ``--workers``: the rows go back as Arrow tables, which cross
    processes as buffers, so the writer does little more than load them.
    """
    known = _known_in_worker if known is None else known
    processed, errors, unchanged, seen = [], [], 0, {}
    for item in items:
        for art in _articles(item):
            if isinstance(art, ReadError):
                errors.append(art)
                continue
            fresh = not isinstance(item, Again) and not isinstance(art, Skipped)
            stored = digest = None
            if fresh:
                stored = known.get(art.article_id)
                try:  # (the hash reads every field as UTF-8, which an unpaired surrogate is not: no cost for the rest)
                    digest = digest_as_stored(art, stored and stored[0])
                except UnicodeEncodeError:
                    pass
                if digest is None or _SURROGATE.search(art.article_id):
                    errors.append(_not_text(art))
                    continue
            if art.article_id is not None:
                if art.article_id in seen:
                    errors.append(_duplicate(art.article_id, art.origin, seen[art.article_id]))
                    continue
                seen[art.article_id] = art.origin
            if isinstance(item, Again):
                processed.append(process(art, item.content_hash))
            elif not fresh or stored == (digest, EXTRACTOR_VERSION):
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

    def source(run: Started, writer: Writer) -> Iterator[Item | ReadError]:
        files: list = []
        for p in paths + [None]:  # files and folders read in runs between the URLs, in the order given
            if p is None or is_url(p):
                if files:
                    yield from read_paths(files, skip_raw=run.seen_raw.get, lazy=True)
                    files = []
                if p is not None:
                    yield from fetched[str(p).strip()]
            else:
                files.append(p)

    return _run(source, " ".join(map(str, paths)), db, progress, workers)


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
    stored = stored_ids(db)
    items: list[RawArticle | ReadError] = []
    for feed in feeds:
        for item in read_feed(feed["url"], fetch_full=True, skip=stored.__contains__, allow_private=allow_private):
            if isinstance(item, RawArticle) and feed.get("source"):
                item.source = feed["source"]
            items.append(item)
    return _run(lambda run, writer: items, f"update {feeds_file}", db, progress, workers)


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


Source = Callable[[Started, Writer], Iterable[Item | ReadError]]


def _run(source: Source, inputs: str, db: str | os.PathLike | None, progress: bool, workers: int,
         desc: str = "ingest") -> RunSummary:
    """One ETL run (ingest, update or reextract) over what ``source(run, writer)`` yields, given what the run
    knows of the database when it starts (`etl.load.Started`) and the writer's connection (to read stored
    articles through).

    An id the run has already read is an error naming both places, and the first one is kept: the
    summary counts what is stored."""
    path = db_path(db)
    with etl_lock(path):
        run = start_run(path, inputs)
        run_id, known = run.run_id, run.known
        summary = RunSummary(run_id)
        writer = Writer(path)
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

        bar = tqdm(unit=" articles", disable=not progress, desc=desc)

        def failed(err: ReadError) -> None:
            summary.failed += 1
            batch.errors.append(err)
            bar.write(f"error: {err}")

        def to_work() -> Iterator[Item]:
            for item in source(run, writer):
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
            finish_run(writer.con(), run_id, summary.read, summary.unchanged, bool(summary.failed))
        finally:
            writer.close()
            bar.close()
        return summary


def reextract(db: str | os.PathLike | None = None, everything: bool = False, progress: bool = True) -> RunSummary:
    """Re-run extraction over stored articles made by another extractor version (or all of them), through
    the same run as an ingest: the stored texts are read in chunks through the writer's connection."""

    def source(run: Started, writer: Writer) -> Iterator[Again]:
        ids = ids_to_reextract(writer.con(), everything)
        for i in range(0, len(ids), CHUNK):
            for raw in stored_articles(writer.con(), ids[i:i + CHUNK]):
                yield Again(raw, run.known[raw.article_id][0])

    return _run(source, "reextract", db, progress, workers=1, desc="re-extract")
