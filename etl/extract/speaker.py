"""Who states a sentence: the side whose voice it reports (`actor`), and the speaker's name where given."""
from __future__ import annotations

from etl.extract.article import Article

SPEAKER_REACH = 60  # characters after the speech verb in which its subject stands


def speaker(art: Article, s: int, e: int) -> str | None:
    """``iran``, ``russia``, ``both``, ``other`` or None: the side named first after the first speech verb."""
    lex = art.lex
    if art.text.find("رييسا البلدين", s, e) >= 0:
        return "both"
    verbs = art.hits(lex.speech).within(s, e)
    if not verbs:
        return None
    v_end = verbs[0][1]
    window_end = min(e, v_end + SPEAKER_REACH)
    cands = []
    for side, terms in (("iran", lex.iran), ("iran", lex.iran_officials),
                        ("russia", lex.russia), ("russia", lex.russia_officials),
                        ("other", lex.speech_other)):
        spans = art.hits(terms).within(v_end, window_end)
        if spans:
            cands.append((spans[0][0], side))
    return min(cands)[1] if cands else None


def speaker_name(art: Article, s: int, e: int) -> str | None:
    """The official who speaks in the sentence, as the text writes the name («نوفاك», «فلاديمير بوتين»), else
    by role («السفير الروسي»)."""
    lex = art.lex
    found = sorted(art.hits(lex.iran_officials).within(s, e) + art.hits(lex.russia_officials).within(s, e))
    if not found:  # an official named by role: «السفير الروسي», «وزير الخارجية الإيراني»
        found = sorted(art.hits(lex.iran_roles).within(s, e) + art.hits(lex.russia_roles).within(s, e))
    if not found:
        return None
    a, b = art.nt.span(*found[0])
    return art.nt.orig[a:b].strip(" «»\"'") or None
