"""Readers: files, folders, archives, feeds and web pages in, raw articles (or per-item errors) out.

A reader never raises for bad input: it yields a `ReadError` naming the file (and line, item or
archive member) and the reason, and goes on with the rest.

Formats: .txt (+ manifest.csv beside it), .jsonl, .json, .csv, saved web pages (.html, .htm), RSS and
Atom feeds (.xml, .rss, .atom), and .zip or .gz archives of any of them; http(s) URLs are fetched
and read as a feed or a web page. Text is decoded by `etl.decode`; an input that gives no date has
its date looked for in the text by `etl.dates`.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import re
import zipfile
import zlib
from dataclasses import dataclass, replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator
from urllib.parse import urljoin


from etl.furniture import strip_furniture
from etl.dates import METADATA, find_date, parse_date_value
from etl.decode import decode_bytes, is_prose, looks_like_mojibake, reject_binary
from etl.fetch import FetchError, Fetched, fetch, is_url

FIELDS = ("id", "source", "url", "published", "title", "text")
MANIFEST = "manifest.csv"
TEXT_SUFFIXES = {".txt", ".jsonl", ".json", ".csv"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
ARCHIVE_SUFFIXES = {".zip", ".gz"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | ARCHIVE_SUFFIXES

MAX_BYTES = 50 * 1024 * 1024  # per file, and per member once uncompressed
# One JSON Lines line (a streamed .jsonl or .jsonl.gz is checked line by line, never read whole): read
# with a bounded readline, so a line with no end (a gzip bomb) costs this much memory at most.
MAX_LINE_BYTES = 8 * 1024 * 1024
MAX_TEXT_BYTES = 2 * 1024 * 1024  # one article's text, in UTF-8 (~1 million Arabic letters, ~300 pages)
_SKIP_CHUNK = 1024 * 1024  # the rest of an over-long line is read past in pieces of this size
MAX_ARCHIVE_DEPTH = 3  # archives inside archives, so a crafted nest cannot recurse without end
SHORT_SUMMARY = 400  # a feed item with less text than this is a teaser: its link holds the article

# Dates from a page's <meta> and <time> markup only: htmldate's wider search reads the text (our job,
# with method names) and guesses from copyright lines.
_HTML_DATE_PARAMS = {"original_date": True, "extensive_search": False}
# trafilatura's fallbacks return a bare menu («الرئيسية | أخبار») for a page without an article; an
# article has at least a sentence.
MIN_ARTICLE_WORDS = 6
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class RawArticle:
    """An article as read, before extraction."""

    article_id: str
    text: str
    origin: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    date_method: str | None = None  # how `published` was obtained; None: given in the input's metadata
    raw_hash: str | None = None  # hash of the input line it came from (JSON Lines), to skip it unread next time


@dataclass
class RawLine:
    """One JSON Lines line not parsed yet (``read_paths(lazy=True)``): parsing can then happen in a
    worker process, so `ingest --workers` spreads the reading as well as the extraction."""

    name: str
    number: int
    raw: bytes
    raw_hash: str

    def parse(self) -> list["RawArticle | ReadError"]:
        """The line's article, or why it could not be read."""
        origin = f"{self.name}:{self.number}"
        try:
            line = self.raw.decode("utf-8")  # JSON Lines is UTF-8 by definition
        except UnicodeDecodeError as exc:
            return [ReadError(origin, f"not valid UTF-8 text (byte {exc.start})")]
        items = list(_from_jsonl(self.name, line, first_line=self.number))
        for item in items:
            if isinstance(item, RawArticle):
                item.raw_hash = self.raw_hash
        return items


@dataclass
class Skipped:
    """An input line already stored as it is (see ``read_paths(skip_raw=...)``): counted, not parsed."""

    origin: str
    article_id: str | None = None  # the stored article's id, when ``skip_raw`` gives it


@dataclass
class ReadError:
    """Why one file (or one item of it) could not be read."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


Manifest = dict[str, dict[str, str]]
Read = Iterator[RawArticle | ReadError]


@dataclass(frozen=True)
class _Blob:
    """The bytes of one file, on disk or inside an archive."""

    name: str  # how origins and errors name it: "in/data.zip:inner/a.txt"
    filename: str  # its own file name, whose suffix gives the format: "inner/a.txt"
    data: bytes
    manifest: Callable[[], Manifest | ReadError]  # the manifest.csv beside it (empty when none)
    depth: int = 0  # archives it is nested in


# ---------------------------------------------------------------- entry points


def expand(paths: Iterable[str | Path]) -> Iterator[Path | str | ReadError]:
    """Files named, readable files under folders named, and URLs, in a stable order.

    Unsupported files under a folder are skipped silently; a file named explicitly is read (or refused)
    whatever its type. Nothing under a folder leads out of it: a symbolic link to a file or folder
    outside it is skipped with an error, and linked folders are not walked into.
    """
    for raw in paths:
        if is_url(raw):
            yield str(raw).strip()
            continue
        p = Path(raw)
        if p.is_dir():
            try:
                found = _walk(p)
            except OSError as exc:
                yield ReadError(str(p), _reason(exc))
                continue
            for f in found:
                if isinstance(f, ReadError):
                    yield f
                elif f.is_file() and _kind(f.name) is not None and f.name != MANIFEST:
                    yield f
        elif p.is_file():
            yield p
        elif p.exists():
            yield ReadError(str(p), "not a regular file")
        else:
            yield ReadError(str(p), "no such file or folder")


def _walk(folder: Path) -> list[Path | ReadError]:
    """The files under ``folder`` (hidden ones aside), sorted, without following links to folders; a link
    whose target lies outside ``folder`` (to a file or a folder) is an error instead."""
    root = folder.resolve()
    found: list[Path | ReadError] = []

    def failed(exc: OSError) -> None:  # a folder that cannot be listed is named, the rest is walked
        if Path(exc.filename) == folder:
            raise exc
        found.append(ReadError(str(exc.filename), _reason(exc)))

    for here, dirs, files in os.walk(folder, onerror=failed):
        base = Path(here)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in [d for d in dirs if (base / d).is_symlink()] + [f for f in files if not f.startswith(".")]:
            f = base / name
            if f.is_symlink() and not f.resolve().is_relative_to(root):
                if f.is_dir() or _kind(name) is not None:
                    found.append(ReadError(str(f), "symbolic link to outside the folder given (skipped)"))
            elif not f.is_dir():
                found.append(f)
        dirs[:] = [d for d in dirs if not (base / d).is_symlink()]  # a link inside the folder: reached directly
    return sorted(found, key=lambda f: Path(f.path) if isinstance(f, ReadError) else f)


def read_paths(paths: Iterable[str | Path], skip_raw: Callable[[str], bool] | None = None,
               lazy: bool = False, allow_private: bool = False) -> Read:
    """Every article under ``paths`` (files, folders, http(s) URLs); bad files and items come out as
    `ReadError`. A feed fetched from a URL has its teaser items completed from their links; a feed
    file is read as it is, without going online.

    With ``skip_raw``, a JSON Lines line whose hash it accepts comes out as `Skipped`, unparsed: a
    re-ingest of an archive that is already loaded costs little more than reading it. When ``skip_raw``
    returns the stored article's id (a string), the `Skipped` carries it. With ``lazy``,
    JSON Lines lines come out as `RawLine`, to be parsed by the caller (in a worker process).
    URLs (and the links of their feeds) on internal addresses are refused unless ``allow_private``.
    """
    manifests: dict[Path, Manifest | ReadError] = {}
    for item in expand(paths):
        if isinstance(item, ReadError):
            yield item
        elif isinstance(item, str):
            yield from _guard(item, _read_url_any(item, allow_private))
        else:
            yield from _guard(str(item), _read_file(item, manifests, skip_raw, lazy))


def read_feed(source: str | Path, fetch_full: bool = True, skip: Callable[[str], bool] | None = None,
              allow_private: bool = False) -> Read:
    """The items of an RSS or Atom feed, from a URL or a file.

    With ``fetch_full``, an item whose text is a short summary (under `SHORT_SUMMARY` characters) and
    that has a link gets the full article fetched from that link; when that fails the summary is kept.
    Items whose id ``skip`` accepts (already stored) are passed over before anything is fetched. The
    feed's URL and its links are refused on internal addresses unless ``allow_private`` (etl.fetch).
    """
    name = str(source)
    if is_url(source):
        got = _fetch_or_error(name, allow_private)
        if isinstance(got, ReadError):
            yield got
            return
        yield from _guard(name, _from_feed(name, got.data, fetch_full, got.url, got.content_type, got.charset,
                                           skip, allow_private))
        return
    blob = _load(Path(source))
    if isinstance(blob, ReadError):
        yield blob
        return
    yield from _guard(name, _from_feed(name, blob.data, fetch_full, skip=skip, allow_private=allow_private))


def read_url(url: str, allow_private: bool = False) -> RawArticle | ReadError:
    """The article on one web page (HTML), or why it could not be had (an internal address is refused
    unless ``allow_private``)."""
    got = _fetch_or_error(url, allow_private)
    if isinstance(got, ReadError):
        return got
    try:
        return _from_html(url, got.data, stem=_url_id(got.url), url=got.url, charset=got.charset)
    except Exception as exc:  # a reader returns errors, never raises
        return ReadError(url, _reason(exc))


# ---------------------------------------------------------------- files and archives


# What bad input makes the parsers raise; anything else is reported as unexpected (a bug to look at).
_EXPECTED_ERRORS = (OSError, ValueError, EOFError, RuntimeError, RecursionError, csv.Error, zlib.error,
                    zipfile.BadZipFile)


def _guard(name: str, items: Read) -> Read:
    """The items, and one `ReadError` naming ``name`` if reading them fails midway."""
    try:
        yield from items
    except _EXPECTED_ERRORS as exc:
        yield ReadError(name, _reason(exc))
    except Exception as exc:  # the last line of defence: whatever a parser throws is this input's error
        yield ReadError(name, f"unexpected error ({type(exc).__name__}: {exc})")


def _reason(exc: Exception) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc) or type(exc).__name__


def _mb(n: int) -> str:
    """A size in MB as people write it: 50 MB, 60.5 MB (finer for the tiny caps tests set)."""
    mb = n / 1024 / 1024
    text = f"{mb:.1f}".rstrip("0").rstrip(".")
    return (text if text != "0" else f"{mb:.2g}") + " MB"


def _too_large(size: int) -> str:
    return f"file too large ({_mb(size)} > {_mb(MAX_BYTES)})"


def _kind(filename: str) -> str | None:
    """The format suffix of a file name (.gz only when what it holds is supported), None if unsupported."""
    suffix = PurePosixPath(filename).suffix.lower()
    if suffix == ".gz":
        return suffix if _kind(PurePosixPath(filename).stem) is not None else None
    return suffix if suffix in SUFFIXES else None


def _unsupported(filename: str) -> str:
    suffix = "".join(PurePosixPath(filename).suffixes[-2:]).lower() if filename.lower().endswith(".gz") \
        else PurePosixPath(filename).suffix.lower()
    return f"unsupported file type '{suffix or filename}' (expected {', '.join(sorted(SUFFIXES - {'.gz'}))}, " \
           f"or one of them gzipped, e.g. .jsonl.gz)"


def _load(path: Path) -> _Blob | ReadError:
    """A file's bytes, refused when over `MAX_BYTES` (checked before reading) or unreadable."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return ReadError(str(path), _too_large(size))
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)  # the file may have grown since stat
    except OSError as exc:
        return ReadError(str(path), _reason(exc))
    if len(data) > MAX_BYTES:
        return ReadError(str(path), _too_large(len(data)))
    return _Blob(str(path), path.name, data, lambda: {})


def _read_file(path: Path, manifests: dict[Path, Manifest | ReadError],
               skip_raw: Callable[[str], bool] | None = None, lazy: bool = False) -> Read:
    """One file named or found on disk, with the manifest.csv of its folder for .txt files."""
    if _kind(path.name) is None:
        yield ReadError(str(path), _unsupported(path.name))
        return
    if path.name.lower().endswith((".jsonl", ".jsonl.gz")):
        yield from _stream_jsonl(path, skip_raw, lazy)
        return
    blob = _load(path)
    if isinstance(blob, ReadError):
        yield blob
        return
    yield from _read_blob(replace(blob, manifest=lambda: _disk_manifest(path.parent, manifests)))


def _read_blob(blob: _Blob) -> Read:
    """The articles in one file's bytes, by its format."""
    kind = _kind(blob.filename)
    if kind == ".zip":
        yield from _from_zip(blob)
        return
    if kind == ".gz":
        yield from _from_gzip(blob)
        return
    if not blob.data.strip():
        yield ReadError(blob.name, "empty file")
        return
    if kind in HTML_SUFFIXES:
        yield _from_html(blob.name, blob.data, stem=_stem(blob.filename))
        return
    if kind in FEED_SUFFIXES:
        yield from _from_feed(blob.name, blob.data, fetch_full=False)
        return
    text = decode_bytes(blob.data, blob.filename)
    if not text.strip():  # a BOM and spaces, say
        yield ReadError(blob.name, "empty file")
    elif kind == ".txt":
        yield _from_txt(blob, text)
    elif kind == ".jsonl":
        yield from _from_jsonl(blob.name, text)
    elif kind == ".json":
        yield from _from_json(blob.name, text)
    else:
        yield from _from_csv(blob.name, text)


def _stem(filename: str) -> str:
    """The file's name without folders and extension (and without .gz): "inner/a.txt.gz" → "a"."""
    name = PurePosixPath(filename).name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return PurePosixPath(name).stem


def _nested(blob: _Blob, what: str) -> ReadError | None:
    if blob.depth >= MAX_ARCHIVE_DEPTH:
        return ReadError(blob.name, f"{what} nested too deeply (more than {MAX_ARCHIVE_DEPTH} levels)")
    return None


def _from_gzip(blob: _Blob) -> Read:
    """A gzipped single file (``x.jsonl.gz``), read as the file it holds; errors name the .gz file."""
    if err := _nested(blob, "archive"):
        yield err
        return
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(blob.data)) as gz:
            data = gz.read(MAX_BYTES + 1)
    except gzip.BadGzipFile:
        yield ReadError(blob.name, "not a valid gzip file")
        return
    except EOFError:
        yield ReadError(blob.name, "not a valid gzip file (truncated)")
        return
    except (OSError, zlib.error) as exc:
        yield ReadError(blob.name, f"not a valid gzip file ({exc})")
        return
    if len(data) > MAX_BYTES:
        yield ReadError(blob.name, f"file too large once uncompressed (over {_mb(MAX_BYTES)})")
        return
    inner = PurePosixPath(blob.filename)
    yield from _read_blob(_Blob(blob.name, str(inner.with_name(inner.stem)), data, blob.manifest, blob.depth + 1))


def _from_zip(blob: _Blob) -> Read:
    """Each supported member of a zip archive; errors name the archive and the member."""
    if err := _nested(blob, "archive"):
        yield err
        return
    try:
        zf = zipfile.ZipFile(io.BytesIO(blob.data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        yield ReadError(blob.name, f"not a valid zip archive ({exc})")
        return
    unsafe = sorted(i.filename for i in infos if _unsafe_member(i.filename))
    for filename in unsafe:
        yield ReadError(f"{blob.name}:{filename}", "unsafe path in the archive (absolute or with '..'); skipped")
    members = sorted((i for i in infos if not i.is_dir() and _readable_member(i.filename)
                      and not _unsafe_member(i.filename)), key=lambda i: i.filename)
    if not members:
        if not unsafe:
            yield ReadError(blob.name, "no supported files in the archive")
        return
    manifests: dict[str, Manifest | ReadError] = {}
    for info in members:
        name = f"{blob.name}:{info.filename}"
        folder = str(PurePosixPath(info.filename).parent)
        manifest = lambda f=folder: _zip_manifest(zf, blob.name, f, manifests)  # noqa: E731 - bound per member
        yield from _guard(name, _read_member(zf, info, name, manifest, blob.depth))


def _unsafe_member(filename: str) -> bool:
    """Whether a member's path leads out of the archive's folder ("zip slip"): absolute, a drive letter,
    or a '..' part (with either slash)."""
    name = filename.replace("\\", "/")
    return name.startswith("/") or bool(re.match(r"[A-Za-z]:", name)) or ".." in name.split("/")


def _readable_member(filename: str) -> bool:
    parts = PurePosixPath(filename).parts
    return (_kind(filename) is not None and parts[-1] != MANIFEST
            and not any(p.startswith(".") or p == "__MACOSX" for p in parts))


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str,
                 manifest: Callable[[], Manifest | ReadError], depth: int) -> Read:
    if info.file_size > MAX_BYTES:
        yield ReadError(name, _too_large(info.file_size))
        return
    with zf.open(info) as fh:
        data = fh.read(MAX_BYTES + 1)  # the size in the directory may lie
    if len(data) > MAX_BYTES:
        yield ReadError(name, _too_large(len(data)))
        return
    yield from _read_blob(_Blob(name, info.filename, data, manifest, depth + 1))


# ---------------------------------------------------------------- manifests and dates


def _parse_manifest(data: bytes, name: str) -> Manifest | ReadError:
    try:
        rows = list(csv.DictReader(io.StringIO(decode_bytes(data, name))))
        if rows and "file" not in rows[0]:
            raise ValueError("manifest has no 'file' column")
        return {r["file"]: r for r in rows}
    except (ValueError, csv.Error) as exc:
        return ReadError(name, _reason(exc))


def _disk_manifest(folder: Path, manifests: dict[Path, Manifest | ReadError]) -> Manifest | ReadError:
    """The manifest.csv in ``folder`` (read once per run), {} when there is none."""
    if folder not in manifests:
        f = folder / MANIFEST
        if not f.exists():
            manifests[folder] = {}
        else:
            try:
                manifests[folder] = _parse_manifest(f.read_bytes(), str(f))
            except OSError as exc:
                manifests[folder] = ReadError(str(f), _reason(exc))
    return manifests[folder]


def _zip_manifest(zf: zipfile.ZipFile, archive: str, folder: str,
                  manifests: dict[str, Manifest | ReadError]) -> Manifest | ReadError:
    """The manifest.csv member in ``folder`` of the archive, {} when there is none."""
    if folder not in manifests:
        member = MANIFEST if folder == "." else f"{folder}/{MANIFEST}"
        try:
            manifests[folder] = _parse_manifest(zf.read(member), f"{archive}:{member}")
        except KeyError:
            manifests[folder] = {}
        except (OSError, EOFError, RuntimeError, ValueError, zlib.error, zipfile.BadZipFile) as exc:
            manifests[folder] = ReadError(f"{archive}:{member}", _reason(exc))
    return manifests[folder]


def _is_iso(value: str) -> bool:
    try:
        date.fromisoformat(value.strip()[:10])
        return True
    except ValueError:
        return False


def _dated(article: RawArticle) -> RawArticle | ReadError:
    """The article with its date as ISO: metadata normalised, else the date its text gives; teaser lines
    and headline lists dropped from its text (etl.furniture). An article over `MAX_TEXT_BYTES` is refused.

    An ISO date from the input is kept as given. A metadata date in another form is normalised (method
    'metadata'). Without one, `find_date` looks in the text (method 'text', 'text-hijri', ...). A
    metadata value nobody can parse and a text without a date leave the value as given, so the load
    step records it as 'unparsed' rather than losing it.
    """
    if err := _text_too_long(article.text, article.origin):
        return err
    text, dropped = strip_furniture(article.text)
    if dropped and text.strip():
        article = replace(article, text=text)
    given = article.published
    if given and _is_iso(given):
        return article
    if given and (d := parse_date_value(given)) is not None:
        return replace(article, published=d.isoformat(), date_method=METADATA)
    found, method = find_date(article.text)
    if found is not None:
        return replace(article, published=found.isoformat(), date_method=method)
    return article


# ---------------------------------------------------------------- text formats


def _from_txt(blob: _Blob, text: str) -> RawArticle | ReadError:
    meta = blob.manifest()
    if isinstance(meta, ReadError):
        return ReadError(blob.name, f"its manifest is unreadable: {meta.reason}")
    base = PurePosixPath(blob.filename).name
    row = meta.get(base) or meta.get(PurePosixPath(blob.name).name) or {}
    return _dated(RawArticle(
        article_id=(row.get("id") or _stem(blob.filename)).strip(), text=text, origin=blob.name,
        title=row.get("title") or None, source=row.get("source") or None,
        url=row.get("url") or None, published=row.get("published") or None))


def _from_record(rec: object, origin: str) -> RawArticle | ReadError:
    if not isinstance(rec, dict):
        return ReadError(origin, "item is not an object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadError(origin, "item has no 'text'")
    if err := _text_too_long(text, origin):
        return err
    if not is_prose(text):
        return ReadError(origin, "not text")
    aid = rec.get("id")
    if aid in (None, ""):
        aid = _text_id(text)
    return _dated(RawArticle(
        article_id=str(aid).strip(), text=text, origin=origin,
        title=_opt(rec.get("title")), source=_opt(rec.get("source")),
        url=_opt(rec.get("url")), published=_opt(rec.get("published"))))


def _text_too_long(text: str, origin: str) -> ReadError | None:
    """The error for an article whose text is over `MAX_TEXT_BYTES` (it would take minutes to extract and
    to draw), None when it is within the cap."""
    if len(text) <= MAX_TEXT_BYTES // 4:  # four bytes a character at most: no need to count
        return None
    size = len(text.encode("utf-8", "surrogatepass"))
    if size <= MAX_TEXT_BYTES:
        return None
    return ReadError(origin, f"article text too long ({_mb(size)} > {_mb(MAX_TEXT_BYTES)}, the limit for one "
                             f"article)")


def _text_id(text: str) -> str:
    return "h" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _opt(v: object) -> str | None:
    return None if v in (None, "") else str(v)


def _from_jsonl(name: str, text: str, first_line: int = 1) -> Read:
    for n, line in enumerate(text.splitlines(), first_line):
        if not line.strip():
            continue
        origin = f"{name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(origin, f"invalid JSON ({exc.msg})")
            continue
        except RecursionError:
            yield ReadError(origin, "invalid JSON (nested too deeply)")
            continue
        yield _from_record(rec, origin)


def raw_hash(line: bytes) -> str:
    """The hash of one input line, as stored with the article it gave."""
    return hashlib.blake2b(line.strip(), digest_size=16).hexdigest()


def _bounded_lines(fh, cap: int) -> Iterator[tuple[bytes | None, int]]:
    """Each line of a binary file as (bytes, size), read with a bounded readline: a line over ``cap``
    bytes (its newline aside) comes out as (None, its size), read past in pieces and never held whole,
    so a line with no end (a gzip bomb) costs ``cap`` bytes of memory, not its size."""
    while raw := fh.readline(cap + 1):
        if len(raw) <= cap or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        del raw
        while more := fh.readline(_SKIP_CHUNK):
            size += len(more)
            if more.endswith(b"\n"):
                break
        yield None, size


def _stream_jsonl(path: Path, skip_raw: Callable[[str], bool] | None = None, lazy: bool = False) -> Read:
    """JSON Lines on disk, plain or gzipped, read line by line: memory stays flat however large the
    file (an archive of years of news), so the size cap applies to each line (`MAX_LINE_BYTES`, or
    `MAX_BYTES` when smaller), not to the file; an over-long line is one error and the rest is read."""
    name = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    cap = min(MAX_LINE_BYTES, MAX_BYTES)
    try:
        with opener(path, "rb") as fh:
            empty = True
            for n, (raw, size) in enumerate(_bounded_lines(fh, cap), 1):
                origin = f"{name}:{n}"
                if raw is None:
                    empty = False
                    yield ReadError(origin, f"line too large ({_mb(size)} > {_mb(cap)}, the limit for one line)")
                    continue
                if n == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if not raw.strip():
                    continue
                empty = False
                h = raw_hash(raw)
                if skip_raw is not None and (stored := skip_raw(h)):
                    yield Skipped(origin, stored if isinstance(stored, str) else None)
                    continue
                line = RawLine(name, n, raw, h)
                if lazy:
                    yield line
                else:
                    yield from line.parse()
            if empty:
                yield ReadError(name, "empty file")
    except gzip.BadGzipFile:
        yield ReadError(name, "not a valid gzip file")
    except EOFError:
        yield ReadError(name, "not a valid gzip file (truncated)")
    except zlib.error as exc:
        yield ReadError(name, f"not a valid gzip file ({exc})")
    except OSError as exc:
        yield ReadError(name, _reason(exc))


def _from_json(name: str, text: str) -> Read:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadError(name, f"invalid JSON ({exc.msg}, line {exc.lineno})")
        return
    items = data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else None
    if not isinstance(items, list):
        yield ReadError(name, "expected an article object or a list of them")
        return
    for i, rec in enumerate(items):
        yield _from_record(rec, f"{name}[{i}]")


def _from_csv(name: str, text: str) -> Read:
    reader = csv.DictReader(io.StringIO(text))
    if "text" not in (reader.fieldnames or []):
        columns = ", ".join(reader.fieldnames or [])
        columns = columns if len(columns) <= 80 else columns[:80] + "…"
        yield ReadError(name, f"missing column 'text' (columns: {columns})")
        return
    for n, row in enumerate(reader, 2):
        yield _from_record(row, f"{name}:{n}")


# ---------------------------------------------------------------- web pages


def _url_id(url: str) -> str:
    return "u" + hashlib.sha256(url.strip().encode("utf-8", "surrogatepass")).hexdigest()[:16]


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def _html_text(data: bytes, name: str, charset: str | None) -> str:
    """A page's text: the charset the server or the page declares when it fits, else `decode_bytes`."""
    declared = charset or (m.group(1).decode("ascii", "ignore") if (m := _META_CHARSET.search(data[:4096])) else None)
    if declared:
        try:
            text = data.decode(declared)
            if "\x00" not in text and not looks_like_mojibake(text):
                return text
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    return decode_bytes(data, name)


def _from_html(name: str, data: bytes, stem: str, url: str | None = None,
               charset: str | None = None) -> RawArticle | ReadError:
    """A saved or fetched web page: main text, title, date, canonical URL and site name.

    The article id is a hash of the page's canonical URL (its <link rel="canonical"> or og:url, else the
    URL it was fetched from), so the same article saved twice or saved and fetched gets one id; a saved
    page that names no URL takes its file name (without extension), like a .txt file.
    """
    if not data.strip():
        return ReadError(name, "empty file")
    import trafilatura  # here, not at the top: it costs ~30 MB that a run without web pages never needs

    html = _html_text(data, name, charset)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      date_extraction_params=dict(_HTML_DATE_PARAMS))
    text = (doc.text or "").strip() if doc is not None else ""
    if len(_WORD.findall(text)) < MIN_ARTICLE_WORDS:
        return ReadError(name, "no article text found")
    page_url = doc.url or url
    return _dated(RawArticle(
        article_id=_url_id(page_url) if page_url else stem, text=text, origin=name,
        title=doc.title or None, source=doc.sitename or None, url=page_url, published=doc.date or None))


# ---------------------------------------------------------------- feeds and URLs


_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "tr", "table", "blockquote", "section", "article",
               "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption"}


class _TextOnly(HTMLParser):
    """Collects the text of an HTML fragment: block elements become line breaks, scripts are dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_html(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content or summary), one paragraph a line."""
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _looks_like_feed(fetched: Fetched) -> bool:
    """Whether a response is RSS or Atom: by its media type, else by its first elements."""
    if any(t in fetched.content_type for t in ("rss", "atom", "rdf")):
        return True
    head = fetched.data[:2048].lower()
    return b"<html" not in head and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _fetch_or_error(url: str, allow_private: bool = False) -> Fetched | ReadError:
    try:
        return fetch(url, allow_private=allow_private)
    except FetchError as exc:
        return ReadError(url, f"could not fetch URL: {exc}")


def _read_url_any(url: str, allow_private: bool = False) -> Read:
    """A URL named as input: a feed (teasers completed from their links) or a single web page."""
    got = _fetch_or_error(url, allow_private)
    if isinstance(got, ReadError):
        yield got
    elif _looks_like_feed(got):
        yield from _from_feed(url, got.data, True, got.url, got.content_type, got.charset,
                              allow_private=allow_private)
    else:
        yield _from_html(url, got.data, stem=_url_id(got.url), url=got.url, charset=got.charset)


def _from_feed(name: str, data: bytes, fetch_full: bool, base_url: str | None = None,
               content_type: str | None = None, charset: str | None = None,
               skip: Callable[[str], bool] | None = None, allow_private: bool = False) -> Read:
    """Each item of an RSS or Atom feed, named ``name[i]``."""
    if not data.strip():
        yield ReadError(name, "empty file")
        return
    reject_binary(data)
    import feedparser  # here, not at the top, for the same reason as trafilatura

    headers = {}  # no content-location: feedparser would also "resolve" plain guids into URLs
    if content_type:
        headers["content-type"] = content_type + (f"; charset={charset}" if charset else "")
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.entries and not parsed.get("version"):
        problem = str(parsed.get("bozo_exception") or "").replace("<unknown>:", "line ")
        yield ReadError(name, "not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
        return
    source = strip_html(parsed.feed.get("title") or "") or None
    for i, entry in enumerate(parsed.entries):
        origin = f"{name}[{i}]"
        if skip is not None and skip(_entry_id(entry, base_url)):
            continue
        try:
            yield _from_entry(entry, origin, source, fetch_full, base_url, allow_private)
        except Exception as exc:  # one odd item must not lose the rest of the feed
            yield ReadError(origin, _reason(exc))


def _entry_date(entry: dict) -> tuple[str | None, str | None]:
    """An item's date as ISO and method 'metadata', from its own string (the day as the feed wrote it),
    else from feedparser's reading of it (converted to UTC)."""
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if isinstance(value, str) and (d := parse_date_value(value)) is not None:
            return d.isoformat(), METADATA
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday).isoformat(), METADATA
            except ValueError:
                continue
    return None, None


def _entry_id(entry: dict, base_url: str | None) -> str:
    """An item's id as `_from_entry` gives it, without reading its text (empty when it has none)."""
    link = entry.get("link") or None
    if link and base_url:
        link = urljoin(base_url, link)
    return str(entry.get("id") or link or "").strip()


def _from_entry(entry: dict, origin: str, source: str | None, fetch_full: bool,
                base_url: str | None = None, allow_private: bool = False) -> RawArticle | ReadError:
    """One feed item: its content (else summary) as text, completed from its link when a teaser.
    A relative link is taken relative to the feed's own URL."""
    contents = entry.get("content") or []
    body = next((c.get("value") for c in contents if c.get("value")), None) or entry.get("summary") or ""
    text = strip_html(body)
    link = entry.get("link") or None
    if link and base_url:
        link = urljoin(base_url, link)
    published, method = _entry_date(entry)
    if fetch_full and link and len(text) < SHORT_SUMMARY and is_url(link):
        full = _full_article(link, allow_private)
        if full is not None and len(full.text) > len(text):
            text = full.text
            if published is None and full.published:
                published, method = full.published, full.date_method
    if not text:
        return ReadError(origin, "item has no text")
    guid = entry.get("id") or link or _text_id(text)
    return _dated(RawArticle(article_id=str(guid).strip(), text=text, origin=origin,
                             title=strip_html(entry.get("title") or "") or None, source=source, url=link,
                             published=published, date_method=method))


def _full_article(link: str, allow_private: bool = False) -> RawArticle | None:
    """The article behind a feed item's link, or None when it cannot be had (the summary then stays);
    a link to an internal address is not fetched unless ``allow_private``."""
    try:
        got = fetch(link, allow_private=allow_private)
        page = _from_html(link, got.data, stem=_url_id(got.url), url=got.url, charset=got.charset)
    except Exception:  # a network, HTTP or extraction failure here only means "keep the summary"
        return None
    return page if isinstance(page, RawArticle) else None
