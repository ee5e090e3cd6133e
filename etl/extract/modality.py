"""Modality: whether a cue is stated, denied or only hypothetical.

Hypothetical and denied statements are not signals («قد يلتقي», «لن تزود», «في حال وقعت»). Looked for in
the words just before the cue, inside its clause, on folded text.
"""
from __future__ import annotations

import re

# Negation of what follows («لم يوقع», «لن تزود», «ليست حليفا», «لا تعد طهران حليفا», «عدم»).
_DENIED = re.compile(r"(?<!\w)(?:لم|لن|ليس|ليست|ليسوا|لا(?!\s+(?:سيما|يزال|تزال|يزالون|بد))|عدم|دون|بدون|نفى|نفت|ينفي|تنفي)(?!\w)")
# Hedges and conditions («قد» before a verb, «ربما», «من المحتمل», «في حال», «اذا», «لو»).
_HYPOTHETICAL = re.compile(
    r"(?<!\w)(?:قد\s+[يتن]\w+|ربما|من\s+المحتمل|من\s+الممكن|يحتمل|يمكن\s+ان|يمكن|يمكنها|يمكنه|في\s+حال|حال|اذا|لو|"
    r"امكانيه|احتمال|يشاع|شائعات|تكهنات|يتوقع\s+ان|من\s+المتوقع\s+ان)(?!\w)")
WINDOW = 40  # characters before the cue in which a negation or hedge governs it


def modality(text: str, clause_start: int, cue_start: int) -> str:
    """``stated``, ``denied`` or ``hypothetical`` for the cue at ``cue_start`` in ``text``.

    >>> modality("لن تزود روسيا ايران بالصواريخ", 0, 4)
    'denied'
    >>> modality("قد يلتقي بوتين روحاني", 0, 3)
    'hypothetical'
    """
    before = text[max(clause_start, cue_start - WINDOW):cue_start + 12]
    if _HYPOTHETICAL.search(before):
        return "hypothetical"
    if _DENIED.search(text, max(clause_start, cue_start - 16), cue_start + 1):
        return "denied"
    return "stated"
