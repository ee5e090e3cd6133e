"""Archives: the members of a .zip and the file inside a .gz, each read by its own format (``read_blob``),
nested at most `limits.MAX_ARCHIVE_DEPTH` deep, with no member leading out of the archive."""
from __future__ import annotations

import gzip
import io
import re
import zipfile
import zlib
from pathlib import PurePosixPath
from typing import Callable

from etl.read import limits
from etl.read.items import Blob, Manifest, Read, ReadError, format_of, guard, in_mb, too_large, why
from etl.read.text import MANIFEST, parse_manifest

ReadBlob = Callable[[Blob], Read]  # the reader of one file's bytes, by its format


def _nested(blob: Blob, what: str) -> ReadError | None:
    if blob.depth >= limits.MAX_ARCHIVE_DEPTH:
        return ReadError(blob.name, f"{what} nested too deeply (more than {limits.MAX_ARCHIVE_DEPTH} levels)")
    return None


def from_gzip(blob: Blob, read_blob: ReadBlob) -> Read:
    """A gzipped single file (``x.jsonl.gz``), read as the file it holds; errors name the .gz file."""
    if err := _nested(blob, "archive"):
        yield err
        return
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(blob.data)) as gz:
            data = gz.read(limits.MAX_BYTES + 1)
    except gzip.BadGzipFile:
        yield ReadError(blob.name, "not a valid gzip file")
        return
    except EOFError:
        yield ReadError(blob.name, "not a valid gzip file (truncated)")
        return
    except (OSError, zlib.error) as exc:
        yield ReadError(blob.name, f"not a valid gzip file ({exc})")
        return
    if len(data) > limits.MAX_BYTES:
        yield ReadError(blob.name, f"file too large once uncompressed (over {in_mb(limits.MAX_BYTES)})")
        return
    inner = PurePosixPath(blob.filename)
    yield from read_blob(Blob(blob.name, str(inner.with_name(inner.stem)), data, blob.manifest, blob.depth + 1))


def from_zip(blob: Blob, read_blob: ReadBlob) -> Read:
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
        manifest = lambda f=folder: zip_manifest(zf, blob.name, f, manifests)  # noqa: E731 - bound per member
        yield from guard(name, _read_member(zf, info, name, manifest, blob.depth, read_blob))


def _unsafe_member(filename: str) -> bool:
    """Whether a member's path leads out of the archive's folder ("zip slip"): absolute, a drive letter,
    or a '..' part (with either slash)."""
    name = filename.replace("\\", "/")
    return name.startswith("/") or bool(re.match(r"[A-Za-z]:", name)) or ".." in name.split("/")


def _readable_member(filename: str) -> bool:
    parts = PurePosixPath(filename).parts
    return (format_of(filename) is not None and parts[-1] != MANIFEST
            and not any(p.startswith(".") or p == "__MACOSX" for p in parts))


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str,
                 manifest: Callable[[], Manifest | ReadError], depth: int, read_blob: ReadBlob) -> Read:
    if info.file_size > limits.MAX_BYTES:
        yield ReadError(name, too_large(info.file_size))
        return
    with zf.open(info) as fh:
        data = fh.read(limits.MAX_BYTES + 1)  # the size in the directory may lie
    if len(data) > limits.MAX_BYTES:
        yield ReadError(name, too_large(len(data)))
        return
    yield from read_blob(Blob(name, info.filename, data, manifest, depth + 1))


def zip_manifest(zf: zipfile.ZipFile, archive: str, folder: str,
                  manifests: dict[str, Manifest | ReadError]) -> Manifest | ReadError:
    """The manifest.csv member in ``folder`` of the archive, {} when there is none."""
    if folder not in manifests:
        member = MANIFEST if folder == "." else f"{folder}/{MANIFEST}"
        try:
            manifests[folder] = parse_manifest(zf.read(member), f"{archive}:{member}")
        except KeyError:
            manifests[folder] = {}
        except (OSError, EOFError, RuntimeError, ValueError, zlib.error, zipfile.BadZipFile) as exc:
            manifests[folder] = ReadError(f"{archive}:{member}", why(exc))
    return manifests[folder]
