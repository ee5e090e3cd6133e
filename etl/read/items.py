"""What the readers yield (an article, a skipped line, an error naming its input), and what they share:
the formats by file suffix, a file's bytes within the size cap, errors in words, and the finishing of an
article (text cap, furniture, date)."""
from __future__ import annotations

import csv
import hashlib
import zipfile
import zlib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator

from etl.read import limits
from etl.read.dates import METADATA, find_date, parse_date_value
from etl.read.furniture import strip_furniture


TEXT_SUFFIXES = {".txt", ".jsonl", ".json", ".csv"}


HTML_SUFFIXES = {".html", ".htm"}


FEED_SUFFIXES = {".xml", ".rss", ".atom"}


ARCHIVE_SUFFIXES = {".zip", ".gz"}


SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | ARCHIVE_SUFFIXES


def shown_place(name: str) -> str:
    """A file name or place as text: the bytes of a name that is not UTF-8 (which Python hands over as lone
    surrogates) shown escaped, «bad\\xff.txt», so that it can be stored and printed."""
    if name.isascii():
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


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

    def __post_init__(self) -> None:
        self.origin = shown_place(self.origin)


@dataclass
class Skipped:
    """An input line already stored as it is (see ``read_paths(skip_raw=...)``): counted, not parsed."""

    origin: str
    article_id: str | None = None  # the stored article's id, when ``skip_raw`` gives it

    def __post_init__(self) -> None:
        self.origin = shown_place(self.origin)


@dataclass
class ReadError:
    """Why one file (or one item of it) could not be read."""

    path: str
    reason: str

    def __post_init__(self) -> None:
        self.path, self.reason = shown_place(self.path), shown_place(self.reason)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


Manifest = dict[str, dict[str, str]]


Read = Iterator[RawArticle | ReadError]


@dataclass(frozen=True)
class Blob:
    """The bytes of one file, on disk or inside an archive."""

    name: str  # how origins and errors name it: "in/data.zip:inner/a.txt"
    filename: str  # its own file name, whose suffix gives the format: "inner/a.txt"
    data: bytes
    manifest: Callable[[], Manifest | ReadError]  # the manifest.csv beside it (empty when none)
    depth: int = 0  # archives it is nested in


# What bad input makes the parsers raise; anything else is reported as unexpected (a bug to look at).
_EXPECTED_ERRORS = (OSError, ValueError, EOFError, RuntimeError, RecursionError, csv.Error, zlib.error,
                    zipfile.BadZipFile)


def guard(name: str, items: Read) -> Read:
    """The items, and one `ReadError` naming ``name`` if reading them fails midway."""
    try:
        yield from items
    except _EXPECTED_ERRORS as exc:
        yield ReadError(name, why(exc))
    except Exception as exc:  # the last line of defence: whatever a parser throws is this input's error
        yield ReadError(name, f"unexpected error ({type(exc).__name__}: {exc})")


def why(exc: Exception) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc) or type(exc).__name__


def in_mb(n: int) -> str:
    """A size in MB as people write it: 50 MB, 60.5 MB (finer for the tiny caps tests set)."""
    mb = n / 1024 / 1024
    text = f"{mb:.1f}".rstrip("0").rstrip(".")
    return (text if text != "0" else f"{mb:.2g}") + " MB"


def too_large(size: int) -> str:
    return f"file too large ({in_mb(size)} > {in_mb(limits.MAX_BYTES)})"


def load_file(path: Path) -> Blob | ReadError:
    """A file's bytes, refused when over `limits.MAX_BYTES` (checked before reading) or unreadable."""
    try:
        size = path.stat().st_size
        if size > limits.MAX_BYTES:
            return ReadError(str(path), too_large(size))
        with path.open("rb") as fh:
            data = fh.read(limits.MAX_BYTES + 1)  # the file may have grown since stat
    except OSError as exc:
        return ReadError(str(path), why(exc))
    if len(data) > limits.MAX_BYTES:
        return ReadError(str(path), too_large(len(data)))
    return Blob(str(path), path.name, data, lambda: {})


def format_of(filename: str) -> str | None:
    """The format suffix of a file name (.gz only when what it holds is supported), None if unsupported."""
    suffix = PurePosixPath(filename).suffix.lower()
    if suffix == ".gz":
        return suffix if format_of(PurePosixPath(filename).stem) is not None else None
    return suffix if suffix in SUFFIXES else None


def stem_of(filename: str) -> str:
    """The file's name without folders and extension (and without .gz): "inner/a.txt.gz" → "a"."""
    name = PurePosixPath(shown_place(filename)).name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return PurePosixPath(name).stem


def _is_iso(value: str) -> bool:
    try:
        date.fromisoformat(value.strip()[:10])
        return True
    except ValueError:
        return False


def dated(article: RawArticle) -> RawArticle | ReadError:
    """The article with its date as ISO: metadata normalised, else the date its text gives; teaser lines
    and headline lists dropped from its text (etl.read.furniture). An article over `limits.MAX_TEXT_BYTES` is refused.

    An ISO date from the input is kept as given. A metadata date in another form is normalised (method
    'metadata'). Without one, `find_date` looks in the text (method 'text', 'text-hijri', ...). A
    metadata value nobody can parse and a text without a date leave the value as given, so the load
    step records it as 'unparsed' rather than losing it.
    """
    if err := text_too_long(article.text, article.origin):
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


def text_too_long(text: str, origin: str) -> ReadError | None:
    """The error for an article whose text is over `limits.MAX_TEXT_BYTES` (it would take minutes to extract and
    to draw), None when it is within the cap."""
    if len(text) <= limits.MAX_TEXT_BYTES // 4:  # four bytes a character at most: no need to count
        return None
    size = len(text.encode("utf-8", "surrogatepass"))
    if size <= limits.MAX_TEXT_BYTES:
        return None
    return ReadError(origin, f"article text too long ({in_mb(size)} > {in_mb(limits.MAX_TEXT_BYTES)}, the limit for one "
                             f"article)")


def text_id(text: str) -> str:
    return "h" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
