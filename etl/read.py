"""Readers: files and folders in, raw articles (or per-item errors) out.

A reader never raises for bad input: it yields a `ReadError` naming the file (and
line) and the reason, and goes on with the rest.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

FIELDS = ("id", "source", "url", "published", "title", "text")
MANIFEST = "manifest.csv"
SUFFIXES = {".txt", ".jsonl", ".json", ".csv"}


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


@dataclass
class ReadError:
    """Why one file (or one item of it) could not be read."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def expand(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Files named, and the readable files under folders named, in a stable order."""
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and f.name != MANIFEST \
                        and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    yield f
        elif p.is_file():
            yield p
        elif p.exists():
            yield ReadError(str(p), "not a regular file")
        else:
            yield ReadError(str(p), "no such file or folder")


def read_paths(paths: Iterable[str | Path]) -> Iterator[RawArticle | ReadError]:
    """Every article under ``paths``; bad files and items come out as `ReadError`."""
    manifests: dict[Path, dict[str, dict[str, str]] | ReadError] = {}
    for item in expand(paths):
        if isinstance(item, ReadError):
            yield item
            continue
        try:
            yield from _read_file(item, manifests)
        except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:
            yield ReadError(str(item), _reason(exc))


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"not valid UTF-8 text (byte {exc.start})"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return str(exc) or type(exc).__name__


def _read_file(path: Path, manifests: dict) -> Iterator[RawArticle | ReadError]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield ReadError(str(path), f"unsupported file type '{suffix or path.name}' (expected .txt, .jsonl, .json or .csv)")
        return
    raw = path.read_bytes()
    if not raw.strip():
        yield ReadError(str(path), "empty file")
        return
    if b"\x00" in raw:
        yield ReadError(str(path), "binary file (contains NUL bytes)")
        return
    text = raw.decode("utf-8-sig")
    if suffix == ".txt":
        yield _from_txt(path, text, manifests)
    elif suffix == ".jsonl":
        yield from _from_jsonl(path, text)
    elif suffix == ".json":
        yield from _from_json(path, text)
    else:
        yield from _from_csv(path, text)


def _manifest(folder: Path, manifests: dict) -> dict[str, dict[str, str]] | ReadError:
    if folder not in manifests:
        f = folder / MANIFEST
        if not f.exists():
            manifests[folder] = {}
        else:
            try:
                rows = list(csv.DictReader(io.StringIO(f.read_text(encoding="utf-8-sig"))))
                if rows and "file" not in rows[0]:
                    raise ValueError("manifest has no 'file' column")
                manifests[folder] = {r["file"]: r for r in rows}
            except (OSError, UnicodeDecodeError, ValueError, csv.Error) as exc:
                manifests[folder] = ReadError(str(f), _reason(exc))
    return manifests[folder]


def _from_txt(path: Path, text: str, manifests: dict) -> RawArticle | ReadError:
    meta = _manifest(path.parent, manifests)
    if isinstance(meta, ReadError):
        return ReadError(str(path), f"its manifest is unreadable: {meta.reason}")
    row = meta.get(path.name, {})
    return RawArticle(
        article_id=(row.get("id") or path.stem).strip(), text=text, origin=str(path),
        title=row.get("title") or None, source=row.get("source") or None,
        url=row.get("url") or None, published=row.get("published") or None)


def _from_record(rec: object, origin: str) -> RawArticle | ReadError:
    if not isinstance(rec, dict):
        return ReadError(origin, "item is not an object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        return ReadError(origin, "item has no 'text'")
    aid = rec.get("id")
    if aid in (None, ""):
        aid = "h" + hashlib.sha256(text.encode()).hexdigest()[:16]
    return RawArticle(
        article_id=str(aid).strip(), text=text, origin=origin,
        title=_opt(rec.get("title")), source=_opt(rec.get("source")),
        url=_opt(rec.get("url")), published=_opt(rec.get("published")))


def _opt(v: object) -> str | None:
    return None if v in (None, "") else str(v)


def _from_jsonl(path: Path, text: str) -> Iterator[RawArticle | ReadError]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        origin = f"{path}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(origin, f"invalid JSON ({exc.msg})")
            continue
        yield _from_record(rec, origin)


def _from_json(path: Path, text: str) -> Iterator[RawArticle | ReadError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadError(str(path), f"invalid JSON ({exc.msg}, line {exc.lineno})")
        return
    items = data if isinstance(data, list) else data.get("articles", [data]) if isinstance(data, dict) else None
    if items is None:
        yield ReadError(str(path), "expected an article object or a list of them")
        return
    for i, rec in enumerate(items):
        yield _from_record(rec, f"{path}[{i}]")


def _from_csv(path: Path, text: str) -> Iterator[RawArticle | ReadError]:
    reader = csv.DictReader(io.StringIO(text))
    if "text" not in (reader.fieldnames or []):
        yield ReadError(str(path), f"missing column 'text' (columns: {', '.join(reader.fieldnames or [])})")
        return
    for n, row in enumerate(reader, 2):
        yield _from_record(row, f"{path}:{n}")
