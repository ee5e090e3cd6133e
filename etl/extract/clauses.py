"""Clauses: a long sentence cut where a new statement begins, so that a cue is judged by the parties of
its own clause and not by every state the sentence names.

Works on folded text (etl.extract.normalize): hamza-less alef, teh marbuta as heh.
"""
from __future__ import annotations

import re

# Words that open a new statement. After a comma: a relative or a new subject («، وهو ما», «، الذي»);
# anywhere: contrast and circumstance («فيما», «بينما», «في حين», «لكن», «غير ان», «فضلا عن»).
_AFTER_COMMA = r"(?:و?(?:هو|هي|هم|الذي|التي|الذين|حيث|كما|مما|وذلك|اذ|بعد ان|قبل ان)|وقال|وقالت|واضاف|واضافت|واكد|واكدت|واشار|واشارت)"
_ANYWHERE = r"(?:فيما|بينما|في حين|لكن|لكنه|لكنها|ولكن|(?<!من\s)غير ان|الا ان|فضلا عن|علما ان|في المقابل|من جهته|من جهتها|من جانبه|من جانبها)"
_CUT = re.compile(rf"\s*[؛;]\s*|\s*[،,]\s+(?={_AFTER_COMMA}\s)|\s*[،,]?\s+(?={_ANYWHERE}\s)|\s+-\s+")


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]``, as spans of ``text``.

    >>> t = "زار لافروف طهران، فيما التقى ظريف نظيره التركي"
    >>> [t[a:b] for a, b in clause_spans(t, 0, len(t))]
    ['زار لافروف طهران', 'فيما التقى ظريف نظيره التركي']
    """
    out: list[tuple[int, int]] = []
    pos = start
    for m in _CUT.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        out.append((pos, end))
    return out or [(start, end)]
