"""Clauses: a long sentence cut where a new statement begins, so that a cue is judged by the parties of
its own clause and not by every state the sentence names.

Works on folded text (etl.extract.normalize): hamza-less alef, teh marbuta as heh.
"""
from __future__ import annotations

import re

# Words that open a new statement. After a comma: a relative, a new subject or a concession («، وهو ما»,
# «، الذي», «، على الرغم من قرار الولايات المتحدة»: whose state is no party to the statement before it), or an
# event at the same time that runs to the end of the sentence («، بالتزامن مع وصول بوتين إلى طهران للمشاركة في
# القمة الثلاثية…»; not an aside closed by a comma: «وقّعتا، بالتزامن مع الزيارة، مذكرة تفاهم»);
# anywhere: contrast and circumstance («فيما», «بينما», «في حين», «لكن», «غير ان», «فضلا عن»).
_AFTER_COMMA = r"(?:و?(?:هو|هي|هم|الذي|التي|الذين|حيث|كما|مما|وذلك|اذ|بعد ان|قبل ان|علي الرغم من|بالرغم من|رغم|برغم)|وقال|وقالت|واضاف|واضافت|واكد|واكدت|واشار|واشارت|واعلن|واعلنت|واوضح|واوضحت|وذكر|وذكرت)"
_ANYWHERE = r"(?:فيما|بينما|في حين|لكن|لكنه|لكنها|ولكن|(?<!من\s)غير ان|الا ان|فضلا عن|علما ان|في المقابل|من جهته|من جهتها|من جانبه|من جانبها)"
# A colon opens a list or an elaboration with its own subjects («التنافس بين موسكو وطهران على الورقة السورية:
# روسيا تريد…، وإيران تريد…»).
# The cut is found by its punctuation or its first word, then widened over the blanks around it: a
# lookahead tried at every blank took a tenth of the extractor's time.
_AT_THE_SAME_TIME = r"(?:بالتزامن مع|تزامنا مع|في الوقت الذي)[^،,.؛;:]*(?:[.؛;:]|$)"
_CUT = re.compile(rf"[؛;:]|[،,](?=\s+{_AFTER_COMMA}\s)|[،,](?=\s+{_AT_THE_SAME_TIME})|(?<![^\s،,])(?:{_ANYWHERE})(?=\s)|(?<=\s)-(?=\s)")
_BLANK_BEFORE = re.compile(r"[\s،,]*$")
SPEAKER_WORDS = 2  # words before a colon that opens a sentence: a name that speaks, not a clause


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of the sentence ``text[start:end]``, as spans of ``text``.

    >>> t = "زار لافروف طهران، فيما التقى ظريف نظيره التركي"
    >>> [t[a:b] for a, b in clause_spans(t, 0, len(t))]
    ['زار لافروف طهران', 'فيما التقى ظريف نظيره التركي']
    >>> t = "التنافس بين موسكو وطهران: روسيا تريد دوله مركزيه"
    >>> [t[a:b] for a, b in clause_spans(t, 0, len(t))]
    ['التنافس بين موسكو وطهران', 'روسيا تريد دوله مركزيه']
    >>> t = "لافروف: لا نويد التصريحات الايرانيه"
    >>> [t[a:b] for a, b in clause_spans(t, 0, len(t))]
    ['لافروف: لا نويد التصريحات الايرانيه']
    """
    out: list[tuple[int, int]] = []
    pos = start
    for m in _CUT.finditer(text, start, end):
        if m.group() in ":" and pos == start and len(text[start:m.start()].split()) <= SPEAKER_WORDS:
            continue  # «لافروف: لا نؤيد…»: who speaks, then what he says, one statement
        word = m.group()[0] not in "؛;:،,-"
        cut = m.start()
        stop = cut - len(_BLANK_BEFORE.search(text, pos, cut).group()) if word else cut
        while stop > pos and text[stop - 1].isspace():
            stop -= 1
        if stop > pos:
            out.append((pos, stop))
        nxt = cut if word else m.end()
        while nxt < end and text[nxt].isspace():
            nxt += 1
        pos = nxt
    if end > pos:
        out.append((pos, end))
    return out or [(start, end)]


# A verb in the dual (folded; masculine and feminine): its subject is the two named before (signing too: «ووقّعا…»).
DUAL_VERB = (r"(?:اكد|شدد|اتفق|اعرب|بحث|ناقش|رفض|ادان|جدد|اعتبر|اعلن|تعهد|ابدي|دعو|طالب|حذر|وقع|ابرم)"
             r"(?:ا|تا)(?!\w)")
_DUAL_CLAUSE = re.compile(rf"\W*(?:و?(?:حيث|اذ|كما)\s+)?[وف]?{DUAL_VERB}")
# A clause that says what its speakers made of the step the clause before told («…عبر آلية "سناب باك"، وهي خطوة
# وصفتها موسكو وطهران معا بأنها "باطلة قانونيا"»): the step is its matter, the two its subject.
_OF_THE_STEP = re.compile(r"\W*و?(?:هي|هو)\s+(?:خطوه|قرار|اجراء)(?!\w)")


# A clause fronted by a subordinator of contrast or of the same time ends at its first comma, and the main clause
# follows it («في الوقت الذي تسعى فيه الدول الست إلى اتفاق مع إيران، وقّعت روسيا وإيران اتفاقا…»). («فيما يتعلق ب…»,
# "as for", fronts no clause.)
_FRONTED = re.compile(r"و?(?:في الوقت الذي|بينما|في حين|فيما(?!\s+(?:يتعلق|يخص)))\s")
_COMMA = re.compile(r"[،,]")


def main_clause(text: str, start: int, end: int) -> int:
    """Where the main clause of ``text[start:end]`` begins: after the comma that closes a fronted clause of contrast
    or of the same time, else ``start``."""
    comma = _COMMA.search(text, start, end) if _FRONTED.match(text, start, end) else None
    return comma.end() if comma else start


def with_subjects(spans: list[tuple[int, int]], mentions: list, generic, text: str) -> list[tuple[int, int]]:
    """A clause that names no party continues the one before it («وسيلتقي بوتين وروحاني، إذ سيجتمعون…»):
    the two are joined, so that its cue is judged by the parties its pronouns stand for. So does one that
    opens on a verb in the dual («وبحث الجانبان…، حيث أكدا ضرورة وقف العدوان الإسرائيلي»), whatever it
    names after: its subject is in the clause before; and one that says what was made of the step the clause
    before told («…، وهي خطوة رفضتها موسكو وطهران»): its matter is there."""
    out: list[tuple[int, int]] = []
    lead = None  # a first clause naming no party joins the next
    for cs, ce in spans:
        named = (any(cs <= m.start < ce for m in mentions) or generic.any(cs, ce)) and \
            not (out and (_DUAL_CLAUSE.match(text, cs, ce) or _OF_THE_STEP.match(text, cs, ce)))
        if out and not named:
            out[-1] = (out[-1][0], ce)
        elif not out and not named:
            lead = cs if lead is None else lead
        else:
            out.append((cs if lead is None else lead, ce))
            lead = None
    if lead is not None:
        out.append((lead, spans[-1][1]))
    return out
