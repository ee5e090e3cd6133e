"""Sentence splitting with character offsets into the original text."""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

# A sentence ends at . ! ? ؟ (not inside a number such as 1.3) followed by space,
# a closing quote or the end; a line break always ends one.
_END = re.compile(r"(?<!\d)[.!?\u061f](?=[\s\"'»”)]|$)|(?<=\d)[.!?\u061f](?=\s|$)|\n+")


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


def split_sentences(text: str) -> Iterator[Sentence]:
    """Yield the sentences of ``text`` with their offsets; whitespace around them is trimmed.

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


def _trimmed(text: str, start: int, end: int) -> Iterator[Sentence]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Sentence(start, end, text[start:end])
