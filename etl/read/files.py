"""Files and folders: what to read under the paths given, and each file's bytes to the reader of its format."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator

from etl.read.archives import from_gzip, from_zip
from etl.read.decode import decode_bytes
from etl.read.feeds import from_feed, read_url_any
from etl.read.fetch import is_url
from etl.read.items import (FEED_SUFFIXES, HTML_SUFFIXES, SUFFIXES, Blob, Manifest, Read, ReadError, format_of,
                            guard, load_file, stem_of, why)
from etl.read.pages import from_html
from etl.read.text import MANIFEST, disk_manifest, from_csv, from_json, from_jsonl, from_txt, stream_jsonl


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
                yield ReadError(str(p), why(exc))
                continue
            for f in found:
                if isinstance(f, ReadError):
                    yield f
                elif f.is_file() and format_of(f.name) is not None and f.name != MANIFEST:
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
        found.append(ReadError(str(exc.filename), why(exc)))

    for here, dirs, files in os.walk(folder, onerror=failed):
        base = Path(here)
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in [d for d in dirs if (base / d).is_symlink()] + [f for f in files if not f.startswith(".")]:
            f = base / name
            if f.is_symlink() and not f.resolve().is_relative_to(root):
                if f.is_dir() or format_of(name) is not None:
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
            yield from guard(item, read_url_any(item, allow_private))
        else:
            yield from guard(str(item), _read_file(item, manifests, skip_raw, lazy))


def _unsupported(filename: str) -> str:
    suffix = "".join(PurePosixPath(filename).suffixes[-2:]).lower() if filename.lower().endswith(".gz") \
        else PurePosixPath(filename).suffix.lower()
    return f"unsupported file type '{suffix or filename}' (expected {', '.join(sorted(SUFFIXES - {'.gz'}))}, " \
           f"or one of them gzipped, e.g. .jsonl.gz)"


def _read_file(path: Path, manifests: dict[Path, Manifest | ReadError],
               skip_raw: Callable[[str], bool] | None = None, lazy: bool = False) -> Read:
    """One file named or found on disk, with the manifest.csv of its folder for .txt files."""
    if format_of(path.name) is None:
        yield ReadError(str(path), _unsupported(path.name))
        return
    if path.name.lower().endswith((".jsonl", ".jsonl.gz")):
        yield from stream_jsonl(path, skip_raw, lazy)
        return
    blob = load_file(path)
    if isinstance(blob, ReadError):
        yield blob
        return
    yield from read_blob(replace(blob, manifest=lambda: disk_manifest(path.parent, manifests)))


def read_blob(blob: Blob) -> Read:
    """The articles in one file's bytes, by its format."""
    kind = format_of(blob.filename)
    if kind == ".zip":
        yield from from_zip(blob, read_blob)
        return
    if kind == ".gz":
        yield from from_gzip(blob, read_blob)
        return
    if not blob.data.strip():
        yield ReadError(blob.name, "empty file")
        return
    if kind in HTML_SUFFIXES:
        yield from_html(blob.name, blob.data, stem=stem_of(blob.filename))
        return
    if kind in FEED_SUFFIXES:
        yield from from_feed(blob.name, blob.data, fetch_full=False)
        return
    text = decode_bytes(blob.data, blob.filename)
    if not text.strip():  # a BOM and spaces, say
        yield ReadError(blob.name, "empty file")
    elif kind == ".txt":
        yield from_txt(blob, text)
    elif kind == ".jsonl":
        yield from from_jsonl(blob.name, text)
    elif kind == ".json":
        yield from from_json(blob.name, text)
    else:
        yield from from_csv(blob.name, text)
