"""The extractor's version: derived from its rules and code, so a change to either is never missed."""
from __future__ import annotations

import hashlib
from pathlib import Path

MAJOR = "2"
_HERE = Path(__file__).parent
# Everything that decides what is extracted from a text.
_SOURCES = sorted(str(p.relative_to(_HERE)) for p in (_HERE / "extract").iterdir()
                  if p.suffix in (".py", ".toml")) + ["dedup.py"]


def extractor_version() -> str:
    """``MAJOR.<hash of the rule and code files>``: stored with every signal."""
    h = hashlib.sha256()
    for name in _SOURCES:
        h.update(name.encode())
        h.update((_HERE / name).read_bytes().replace(b"\r\n", b"\n"))
    return f"{MAJOR}.{h.hexdigest()[:10]}"


EXTRACTOR_VERSION = extractor_version()
