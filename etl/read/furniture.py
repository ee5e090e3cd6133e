"""Page furniture inside an article's text: related-story teasers and link lists that a page marks as such
(«للمزيد: …», «اقرأ أيضاً: …», «مواضيع ذات صلة» and the headlines under it). They are not part of the
article, and one teaser embedded in many pages must not make signals in each: they are dropped at read time.
"""
from __future__ import annotations

import re

# A line that opens with one of these is a pointer to another story.
_MARKER = re.compile(
    r"^[\s\-–•*▪►»«>|]*(?:للمزيد|لمزيد من المعلومات|اقرأ|إقرأ|اقرا|إقرا|شاهد|شاهدوا|طالع|تابع أيضا|تابع أيضاً|"
    r"المزيد|اضغط هنا|انقر هنا|Read more|Read also|See also|Related)"
    r"(?:\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد|كذلك))?\s*[:：\-–]",
    re.IGNORECASE)
# A heading over a list of other stories' headlines.
_LIST_HEADING = re.compile(
    r"^[\s\-–•*]*(?:مواضيع|أخبار|اخبار|روابط|مقالات|قصص|موضوعات)\s+(?:ذات\s+صلة|متعلقة|قد\s+تهمك|مقترحة)\s*[:：]?\s*$|"
    r"^[\s\-–•*]*(?:ذات صلة|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضاً|إقرأ أيضا|قد يهمك أيضا|قد يهمك)\s*[:：]?\s*$")
# Where a marker or a heading could begin a line: searched over the whole text before looking line by line. At the
# text's start, or right after a newline, past blanks and bullets on that line only (a blank line is tried at its own
# newline): the newline lets the search skip to each line, and neither a case-blind (?m)^ tried at every character
# (a thirtieth of a whole ingest) nor a class crossing newlines (quadratic on a run of blank lines) is paid.
_OPENING = (r"(?:[^\S\n]|[\-–•*▪►»«>|])*(?:للمزيد|لمزيد|اقرأ|إقرأ|اقرا|إقرا|شاهد|طالع|تابع|المزيد|اضغط|انقر|"
            r"(?i:Read|See|Related)|مواضيع|أخبار|اخبار|روابط|مقالات|قصص|موضوعات|ذات صلة|قد يهمك)")
_AT_START, _AFTER_NEWLINE = re.compile(_OPENING), re.compile("\n" + _OPENING)
_SENTENCE_END = re.compile(r"[.!؟?»\"”)]\s*$")
HEADLINE_WORDS = 16  # a line of a headline list is short and has no full stop


def strip_furniture(text: str) -> tuple[str, int]:
    """``text`` without teaser lines and headline lists, and how many lines were dropped.

    >>> strip_furniture("قال بوتين إن التعاون مستمر.\\nللمزيد: أهم بنود الاتفاق النووي\\nوأضاف أنه راض.")
    ('قال بوتين إن التعاون مستمر.\\nوأضاف أنه راض.', 1)
    """
    if not (_AT_START.match(text) or _AFTER_NEWLINE.search(text)):  # the usual case, decided in one scan
        return text, 0
    kept: list[str] = []
    dropped = 0
    in_list = False
    for line in text.split("\n"):
        stripped = line.strip()
        if in_list:
            if not stripped:
                continue
            if len(stripped.split()) <= HEADLINE_WORDS and not _SENTENCE_END.search(stripped):
                dropped += 1
                continue
            in_list = False
        if _MARKER.match(line):
            dropped += 1
            continue
        if _LIST_HEADING.match(line):
            dropped += 1
            in_list = True
            continue
        kept.append(line)
    return ("\n".join(kept), dropped) if dropped else (text, 0)
