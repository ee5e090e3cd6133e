"""Sentence splitting with character offsets into the original text."""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

# A sentence ends at . ! ? ؟ (not inside a number such as 1.3) followed by space,
# a closing quote or the end; a line break always ends one.
# (Not after a list's number opening a line: «1. توقيع مذكرة…» is one item.)
_END = re.compile(r"(?<!\d)[.!?\u061f](?=[\s\"'»”)]|$)|(?<=\d)(?<!^\d)(?<!^\d\d)(?<!\n\d)(?<!\n\d\d)[.!?\u061f](?=\s|$)|\n+")
_MARK = re.compile(r"[.!?\u061f\n]")  # where _END can match: a quick scan, the rest checked by hand
_CLOSING = "\"'»”)"


# A dateline opens a sentence with where it was filed, one place or two, and the agency: «طهران (إرنا) -»,
# «موسكو، طهران -». (Not «موسكو وطهران -», a headline on the pair.)
# «طهران (ارنا) - », «موسكو، طهران - », and the Iraqi press's «بغداد/ المدى: »
_DATELINE = re.compile(r"[^\W\d]+(?:\s*[،,]\s*[^\W\d]+)?\s*(?:(?:\([^()\n]{1,40}\)\s*)?[-–—]\s|/\s*[^\W\d]+\s*:\s)")
DATELINE_REACH = 70  # characters from a sentence's start in which its dateline ends


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the dateline that opens the sentence ``[start, end)`` ends (``start`` if it has none): the
    place a report was filed from is no party to what it reports.

    >>> t = "طهران (ارنا) - اعلن وزير الخارجيه الروسي"
    >>> t[dateline_end(t, 0, len(t)):]
    'اعلن وزير الخارجيه الروسي'
    >>> t = "بغداد/ المدى: استدعت الخارجيه"
    >>> t[dateline_end(t, 0, len(t)):]
    'استدعت الخارجيه'
    >>> t = "موسكو وطهران - شراكه"
    >>> dateline_end(t, 0, len(t))
    0
    """
    m = _DATELINE.match(text, start, min(end, start + DATELINE_REACH))
    return m.end() if m else start


# A list's item opens a line with its mark: a bullet, a dash, a number («1.», «(2)»), a letter in brackets
# («(أ)»), an ordinal («أولا:»), or a year, as timelines give it («2001: توقيع…», «۱۴۰۱ (۲۰۲۲):»). Folded.
_LIST_MARK = re.compile(r"(?:[•▪●◦◆*]|[-–—](?!\d)|\(?\d{1,2}\s*[.)\-–]|\([^\W\d]\)|"
                        r"(?:اولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)\s*[:\-–]|"
                        r"\d{4}(?:\s*\(\d{4}\))?\s*[:\-–])")
# A list's heading: a short line ending on a colon or a question mark («أبرز بنود المعاهدة:», «ماذا تضمنت الزيارة؟»).
_HEADING = re.compile(r"[^\n.]{2,60}[:؟?]")


def list_mark(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the mark that opens the sentence ``[start, end)`` as a list's item, if it is one.

    >>> t = "• تنسيق المواقف في الامم المتحده"
    >>> list_mark(t, 0, len(t))
    (0, 1)
    >>> t = "2001: توقيع معاهده اسس العلاقات"
    >>> list_mark(t, 0, len(t))
    (0, 5)
    >>> list_mark("قال بوتين", 0, 9) is None
    True
    """
    m = _LIST_MARK.match(text, start, end)
    return m.span() if m and (start == 0 or text[start - 1] == "\n") else None


def heading(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``[start, end)`` is a list's heading: a short line of its own ending on a colon or a
    question mark."""
    return (start == 0 or text[start - 1] == "\n") and (end == len(text) or text[end] == "\n") and \
        _HEADING.fullmatch(text, start, end) is not None


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


def split_sentences(text: str) -> Iterator[Sentence]:
    """Yield the sentences of ``text`` with their offsets; whitespace around them is trimmed.

    The reference for `sentence_spans`, which extraction uses.

    >>> [s.text for s in split_sentences("قال بوتين. وأكد رئيسي!")]
    ['قال بوتين.', 'وأكد رئيسي!']
    """
    pos = 0
    for m in _END.finditer(text):
        end = m.end() if m.group() != "\n" * len(m.group()) else m.start()
        # Keep a closing quote that follows the full stop inside the sentence.
        while end < len(text) and text[end] in "\"'»”)":
            end += 1
        yield from _trimmed(text, pos, end)
        pos = max(end, m.end())
    yield from _trimmed(text, pos, len(text))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every sentence ``split_sentences`` yields, found several times faster:
    the regex engine scans for the few characters that can end a sentence, and the lookarounds of
    ``_END`` are checked by hand at each."""
    out: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    for m in _MARK.finditer(text):
        i = m.start()
        if text[i] == "\n":
            if i > 0 and text[i - 1] == "\n":  # inside a run of line breaks, taken whole at its first
                continue
            end = after = i  # the sentence ends before the run; the next starts after it
            while after < n and text[after] == "\n":
                after += 1
        else:
            # _END: followed by a space or the end, or (where no digit stands before it) by a quote
            nxt = text[i + 1] if i + 1 < n else ""
            if not (nxt == "" or nxt.isspace() or (nxt in _CLOSING and not (i > 0 and text[i - 1].isdecimal()))):
                continue
            if _list_number_before(text, i):
                continue
            end = after = i + 1
        while end < n and text[end] in _CLOSING:  # a closing quote after the full stop belongs to it
            end += 1
        _trim(text, pos, end, out)
        pos = max(end, after)
    _trim(text, pos, n, out)
    return out


def _list_number_before(text: str, i: int) -> bool:
    """Whether one or two digits, and nothing else, stand between the line's start and ``i``."""
    j = i
    while j > 0 and i - j < 3 and text[j - 1].isdecimal():
        j -= 1
    return 0 < i - j <= 2 and (j == 0 or text[j - 1] == "\n")


def _trim(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def _trimmed(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Sentence(start, end, text[start:end])
