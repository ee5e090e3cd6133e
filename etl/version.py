"""The extractor's version: derived from its rules and code, so a change to either is never missed."""
from __future__ import annotations

import hashlib
from pathlib import Path

MAJOR = "2"
_HERE = Path(__file__).parent
# Everything that decides what is extracted from a text, by the name it is hashed under: the near-duplicate
# banding keeps the name it had before it moved into load/, so the move did not change the version.
_SOURCES = {name: _HERE / name for name in sorted(str(p.relative_to(_HERE)) for p in (_HERE / "extract").iterdir()
                                                  if p.suffix in (".py", ".toml"))} | {"dedup.py": _HERE / "load" / "copies.py"}


def extractor_version() -> str:
    """``MAJOR.<hash of the rule and code files>``: stored with every signal."""
    h = hashlib.sha256()
    for name, path in _SOURCES.items():
        h.update(name.encode())
        h.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return f"{MAJOR}.{h.hexdigest()[:10]}"


EXTRACTOR_VERSION = extractor_version()
