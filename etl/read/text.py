"""Text formats: .txt (with the manifest.csv beside it), JSON Lines (streamed line by line), JSON and CSV."""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator

from etl.read import limits
from etl.read.decode import decode_bytes, is_prose
from etl.read.items import (Blob, Manifest, RawArticle, Read, ReadError, Skipped, dated, in_mb, stem_of, text_id,
                            text_too_long, why)


MANIFEST = "manifest.csv"


def parse_manifest(data: bytes, name: str) -> Manifest | ReadError:
    try:
        rows = list(csv.DictReader(io.StringIO(decode_bytes(data, name))))
        if rows and "file" not in rows[0]:
            raise ValueError("manifest has no 'file' column")
        return {r["file"]: r for r in rows}
    except (ValueError, csv.Error) as exc:
        return ReadError(name, why(exc))


def disk_manifest(folder: Path, manifests: dict[Path, Manifest | ReadError]) -> Manifest | ReadError:
    """The manifest.csv in ``folder`` (read once per run), {} when there is none."""
    if folder not in manifests:
        f = folder / MANIFEST
        if not f.exists():
            manifests[folder] = {}
        else:
            try:
                manifests[folder] = parse_manifest(f.read_bytes(), str(f))
            except OSError as exc:
                manifests[folder] = ReadError(str(f), why(exc))
    return manifests[folder]


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
        items = list(from_jsonl(self.name, line, first_line=self.number))
        for item in items:
            if isinstance(item, RawArticle):
                item.raw_hash = self.raw_hash
        return items


def from_txt(blob: Blob, text: str) -> RawArticle | ReadError:
    meta = blob.manifest()
    if isinstance(meta, ReadError):
        return ReadError(blob.name, f"its manifest is unreadable: {meta.reason}")
    base = PurePosixPath(blob.filename).name
    row = meta.get(base) or meta.get(PurePosixPath(blob.name).name) or {}
    return dated(RawArticle(
        article_id=(row.get("id") or stem_of(blob.filename)).strip(), text=text, origin=blob.name,
        title=row.get("title") or None, source=row.get("source") or None,
        url=row.get("url") or None, published=row.get("published") or None))


def from_record(rec: object, origin: str) -> RawArticle | ReadError:
    if not isinstance(rec, dict):
        return ReadError(origin, "item is not an object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadError(origin, "item has no 'text'")
    if err := text_too_long(text, origin):
        return err
    if not is_prose(text):
        return ReadError(origin, "not text")
    aid = rec.get("id")
    if aid in (None, ""):
        aid = text_id(text)
    return dated(RawArticle(
        article_id=str(aid).strip(), text=text, origin=origin,
        title=_opt(rec.get("title")), source=_opt(rec.get("source")),
        url=_opt(rec.get("url")), published=_opt(rec.get("published"))))


def _opt(v: object) -> str | None:
    return None if v in (None, "") else str(v)


def from_jsonl(name: str, text: str, first_line: int = 1) -> Read:
    # Only a newline ends a record: str.splitlines would also break at U+2028, U+0085 and the like, which
    # JSON allows unescaped inside a string.
    for n, line in enumerate(text.split("\n"), first_line):
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
        yield from_record(rec, origin)


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
        while more := fh.readline(limits.SKIP_CHUNK):
            size += len(more)
            if more.endswith(b"\n"):
                break
        yield None, size


def stream_jsonl(path: Path, skip_raw: Callable[[str], bool] | None = None, lazy: bool = False) -> Read:
    """JSON Lines on disk, plain or gzipped, read line by line: memory stays flat however large the
    file (an archive of years of news), so the size cap applies to each line (`limits.MAX_LINE_BYTES`, or
    `limits.MAX_BYTES` when smaller), not to the file; an over-long line is one error and the rest is read."""
    name = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    cap = min(limits.MAX_LINE_BYTES, limits.MAX_BYTES)
    try:
        with opener(path, "rb") as fh:
            empty = True
            for n, (raw, size) in enumerate(_bounded_lines(fh, cap), 1):
                origin = f"{name}:{n}"
                if raw is None:
                    empty = False
                    yield ReadError(origin, f"line too large ({in_mb(size)} > {in_mb(cap)}, the limit for one line)")
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
        yield ReadError(name, why(exc))


def from_json(name: str, text: str) -> Read:
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
        yield from_record(rec, f"{name}[{i}]")


def from_csv(name: str, text: str) -> Read:
    reader = csv.DictReader(io.StringIO(text))
    if "text" not in (reader.fieldnames or []):
        columns = ", ".join(reader.fieldnames or [])
        columns = columns if len(columns) <= 80 else columns[:80] + "…"
        yield ReadError(name, f"missing column 'text' (columns: {columns})")
        return
    for n, row in enumerate(reader, 2):
        yield from_record(row, f"{name}:{n}")
