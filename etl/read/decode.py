"""Bytes to text for Arabic news files: UTF-8 (with or without BOM), UTF-16/32 (with BOM), and the
legacy Arabic code pages Windows-1256 and ISO-8859-6 (told apart by charset-normalizer).

Refused, with the reason in a `DecodeError`: binary files (NUL bytes), text that went through a wrong
decode and was saved again (mojibake such as «Ø§Ù„»), and text that decodes but is mostly not letters.
"""
from __future__ import annotations

import codecs
import re

import numpy as np

from charset_normalizer import from_bytes

# Legacy code pages tried when the bytes are not UTF-8; only Arabic ones, since an Arabic monitor's
# non-UTF-8 file is almost always one of these, and a wider guess turns garbage into "text".
LEGACY = ("cp1256", "iso8859_6")

# BOMs, longest first: the UTF-32-LE BOM begins with the UTF-16-LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# Formats that are markup or structure rather than prose (a CSV of ids and dates has few letters): the
# letters test is left to the readers, on each article's text.
NOT_PROSE_SUFFIXES = {".html", ".htm", ".xml", ".rss", ".atom", ".json", ".jsonl", ".csv"}

# Share of letters among the visible characters below which a text is "not text".
MIN_LETTERS = 0.5

# UTF-8 Arabic read as cp1252/Latin-1 («Ø§Ù„») or as cp1256 («ط§ظ„») and saved again: a lead byte
# D8–DB shown as Ø Ù Ú Û (or ط ظ ع غ), then a continuation byte 80–BF shown as Latin-1/cp1252/cp1256.
_CONT_1252 = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# (Arabic punctuation and invisible joiners are left out of the cp1256 set: «ع»» or «فقط،» is real text.)
_CONT_1256 = "€پ‚ƒ„…†‡ˆ‰ٹ‹Œچژڈگ‘’“”•–—ک™ڑ›œں¢£¤¥¦§¨©ھ¬®¯°±²³´µ¶·¸¹¼½¾"
_MOJIBAKE = re.compile(f"[ØÙÚÛ][{_CONT_1252}]|[طظعغ][{re.escape(_CONT_1256)}]")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
MOJIBAKE_SHARE = 0.2  # of the letters; a stray «Ø» in real text never comes near it


class DecodeError(ValueError):
    """Bytes that are not usable text; the message is the reason."""


def decode_bytes(raw: bytes, path: str) -> str:
    """The text of ``raw``, read from ``path`` (whose suffix says whether the whole must be prose).

    Raises `DecodeError` with a short reason when the bytes are binary, in no supported encoding,
    mojibake, or mostly not letters.
    """
    text = _decode(raw)
    if "\x00" in text:  # UTF-16/32 with NUL characters inside is binary too
        raise DecodeError("binary file (contains NUL bytes)")
    if looks_like_mojibake(text):
        raise DecodeError("looks like mis-decoded text (mojibake)")
    if _suffix(path) not in NOT_PROSE_SUFFIXES and not is_prose(text):
        raise DecodeError("not text")
    return text


def reject_binary(raw: bytes) -> None:
    """Raise `DecodeError` for NUL bytes that no UTF-16/32 BOM explains (formats decoded elsewhere)."""
    if b"\x00" in raw and not any(raw.startswith(bom) for bom, _ in _BOMS):
        raise DecodeError("binary file (contains NUL bytes)")


def _decode(raw: bytes) -> str:
    """Decode by BOM, else UTF-8, else a legacy Arabic code page; NUL bytes mean binary."""
    for bom, codec in _BOMS:  # before the NUL test: UTF-16 text is full of NUL bytes
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {codec.upper()} text (byte {exc.start})") from None
    if b"\x00" in raw:
        raise DecodeError("binary file (contains NUL bytes)")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    legacy = _legacy(raw)
    if legacy is None:
        raise DecodeError(f"not valid UTF-8 text (byte {utf8_error}), nor Arabic Windows-1256 or ISO-8859-6")
    return legacy


def _legacy(raw: bytes) -> str | None:
    """Text in Windows-1256 or ISO-8859-6, as charset-normalizer judges, when it reads as Arabic."""
    best = from_bytes(raw, cp_isolation=list(LEGACY)).best()
    if best is None:
        return None
    text = str(best)
    letters = sum(ch.isalpha() for ch in text)
    # Latin-1 French «café» is valid cp1256 too; only a text mostly in Arabic letters is taken.
    if not letters or len(_ARABIC_LETTER.findall(text)) < letters / 2:
        return None
    return text


def looks_like_mojibake(text: str) -> bool:
    """Whether the text is UTF-8 Arabic that was decoded with a Western or Arabic code page and re-saved."""
    hits = len(_MOJIBAKE.findall(text))
    if hits < 3:
        return False
    letters = len(_NOT_LETTER.sub("", text))
    return 2 * hits >= MOJIBAKE_SHARE * max(letters, 1)


def is_prose(text: str) -> bool:
    """Whether the text is mostly letters (digits, punctuation and symbols alone are "not text")."""
    return letter_share(text) >= MIN_LETTERS


_NOT_LETTER = re.compile(r"[\W\d_]+")  # what str.isalpha() refuses
SHARE_SAMPLE = 500  # characters: enough to tell prose from a table of numbers, and cheap on every record


def _plane_table(test) -> np.ndarray:
    """``test`` of every Basic Multilingual Plane character, as a lookup table."""
    return np.array([test(chr(c)) for c in range(0x10000)], dtype=bool)


_IS_ALPHA = _plane_table(str.isalpha)
_IS_SPACE = _plane_table(str.isspace)


def letter_share(text: str) -> float:
    """Letters among the non-space characters of the text's beginning (1.0 for an all-space text)."""
    sample = text[:SHARE_SAMPLE]
    # Looked up in tables rather than asked of each character: it runs on every record read, and a call per
    # character cost a twentieth of a whole ingest.
    try:
        codes = np.frombuffer(sample.encode("utf-32-le"), dtype=np.uint32)
    except UnicodeEncodeError:  # a lone surrogate
        codes = None
    if codes is not None and (codes.size == 0 or codes.max() < 0x10000):
        visible = codes.size - int(np.count_nonzero(_IS_SPACE[codes]))
        letters = int(np.count_nonzero(_IS_ALPHA[codes]))
    else:
        visible, letters = len("".join(sample.split())), sum(map(str.isalpha, sample))
    return letters / visible if visible else 1.0


def _suffix(path: str) -> str:
    """The format suffix of ``path``, looking through a trailing .gz (``a.jsonl.gz`` → ``.jsonl``)."""
    name = path.rsplit("/", 1)[-1].lower()
    if name.endswith(".gz"):
        name = name[:-3]
    dot = name.rfind(".")
    return name[dot:] if dot > 0 else ""
