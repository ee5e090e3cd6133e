"""Near-duplicate articles (the same story from several outlets) by MinHash over word shingles.

Each article gets BANDS bucket numbers; two articles that share at least MIN_SHARED_BANDS buckets
are copies of one story: a Jaccard similarity of their word pairs of about 0.4 or more. Copies and
rewrites of one story measure 0.5 to 0.9; different articles on the same event, under 0.1.
"""
from __future__ import annotations

import hashlib
import re

import numpy as np

from etl.extract.normalize import normalize

BANDS, ROWS = 32, 2
MIN_SHARED_BANDS = 4
SHINGLE = 2
_WORD = re.compile(r"\w+")
_rng = np.random.default_rng(20240319)  # fixed: bucket numbers are stored and compared across runs
_A = _rng.integers(1, 2**63, BANDS * ROWS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, BANDS * ROWS, dtype=np.uint64)


def _shingle_hashes(text: str) -> np.ndarray:
    words = _WORD.findall(normalize(text))
    grams = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    return np.array([int.from_bytes(hashlib.blake2b(g.encode(), digest_size=8).digest(), "little")
                     for g in grams], dtype=np.uint64)


def band_buckets(text: str) -> list[int]:
    """The article's LSH bucket per band (signed 64-bit, for storage)."""
    x = _shingle_hashes(text)
    if x.size == 0:
        return []
    with np.errstate(over="ignore"):  # multiply-shift hashing wraps modulo 2**64 by design
        sig = ((x[None, :] * _A[:, None] + _B[:, None]) >> np.uint64(32)).min(axis=1)
    out = []
    for b in range(BANDS):
        digest = hashlib.blake2b(sig[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out
