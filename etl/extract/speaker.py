"""Who states a sentence: the side whose voice it reports (`actor`), and the speaker's name where given."""
from __future__ import annotations

import re

from etl.extract.article import Article
from etl.extract.clauses import DUAL_VERB
from etl.extract.sides import IRAN, NISBA, RUSSIA, SCENE, THIRD, Mention, other_side

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


# Between a commentator and the adjective that says where they come from: nothing, or one adjective of
# their field («الخبير النفطي العراقي»).
_ORIGIN_GAP = re.compile(r"\s*(?:ال\w+\s+)?")


def commentator_origin(art: Article, m: Mention) -> bool:
    """Whether a third state is named only as where a commentator comes from («الباحث السعودي في العلاقات
    الدولية»): the commentator speaks of the two, the state is no party to what is said."""
    return m.side not in (IRAN, RUSSIA) and bool(NISBA.match(art.text[m.start:m.end])) and \
        any(_ORIGIN_GAP.fullmatch(art.text, q, m.start)
            for _, q in art.hits(art.lex.commentators).within(max(0, m.start - 30), m.start))


# The verbs that report what someone said (folded), and the word that opens what was said. (Calling for, warning,
# announcing and revealing too: «ودعا إلى معالجة الملف…» goes on with the last speaker as «وأضاف» does.)
_SAYS = r"\W*(?:[وف]?(?:لكنه|لكنها|غير\s+انه|غير\s+انها|الا\s+انه|الا\s+انها)\s+)?[وف]?(?:اضاف|اضافت|اشار|اشارت|اوضح|اوضحت|تابع|تابعت|لفت|لفتت|قال|قالت|اكد|اكدت|اعتبر|اعتبرت|شدد|شددت|" \
        r"دعا|دعت|حذر|حذرت|اعلن|اعلنت|كشف|كشفت|ذكر|ذكرت|نوه|نوهت)"
_THAT_FOLLOWS = r"\s*،?\s*(?:ان|انه|انها|الي|بان)(?!\w)"
# A sentence that goes on with the last speaker's words: «وأضاف أن…», «وأشار إلى أن…».
_GOES_ON = re.compile(_SAYS + _THAT_FOLLOWS)
# Or opens on a question put to them, the answer told in the same sentence after its verb («وردا على سؤال حول…، قال
# إن…», «وسئل عما إذا…، فأجاب:…»; folded).
_ASKED = re.compile(r"\W*[وف]?(?:ردا\s+علي\s+سوال|في\s+رد\w*\s+علي\s+سوال|سيل\s+(?:عن|عما|حول|بشان)|عن\s+سوال)(?!\w)")
_ANSWERED = re.compile(r"(?<!\w)[وف]?(?:قال|اجاب|اوضح|رد|اكد|اعتبر|شدد|اشار)(?!\w)")
# A speaker named again by a name alone: «وأوضح رسولي أن…» after «قال نائب الوزير الإيراني سعيد رسولي…».
_SAYS_NAME = re.compile(_SAYS + r"\s+(?P<name>[^\W\d]{3,})(?!\w)" + _THAT_FOLLOWS)
# The same as a figure's speaker, what is said past a comma too («وقال همتي، في تصريحات…، إن…»).
# (the name a whole word: «الوزيران» is no «الوزير» before «ان»)
_SAYS_NAME_ALONE = re.compile(_SAYS + r"\s+(?P<name>(?!(?:ان|انه|انها|الي|علي|بان|في|من)(?!\w))[^\W\d]{3,})(?!\w)"
                              r"(?:" + _THAT_FOLLOWS + r"|\s*[،,])")
# What an agency quotes someone as saying: «ونقلت وكالة "تاس" عن الرئيس الروسي فلاديمير بوتين قوله…».
# Or quoting what someone said without «قوله», after the agency's verb: «ونقلت وكالة "نوفوستي" عن مساعد الرئيس
# الروسي يوري أوشاكوف أن…» (not «أعرب عن أمله أن…»: the verb of quoting comes first).
_QUOTED_FROM = re.compile(r"(?<!\w)عن\s+(?P<who>(?:[^\s،,.]+\s+){0,5}?[^\s،,.]+)\s+قول(?:ه|ها)(?!\w)")
_QUOTED_FROM_THAT = re.compile(r"(?<!\w)[وف]?نقل(?:ت)?\s+(?:[^\s،.]+\s+){0,4}?عن\s+"
                               r"(?P<who>(?:[^\s،,.]+\s+){0,5}?[^\s،,.]+)\s+(?:ان|بان)(?!\w)")
# Whom a figure is given on the word of, named after it or before: «…، وفق ما أعلنه رئيس الشركة الروسية إيغور
# سيتشين», «بحسب تصريحات سابقة للسفير الإيراني في موسكو كاظم جلالي».
_ACCORDING_TO = re.compile(r"(?<!\w)(?:ب?حسب|وفق|وفقا\s+ل|طبقا\s+ل)\s*(?:ما\s+(?:اعلنه|اعلنته|قاله|قالته|ذكره|ذكرته|اكده|اكدته|"
                           r"كشفه|كشفته|صرح\s+به|صرحت\s+به|افاد\s+به|افادت\s+به|نقلته\s+(?:\S+\s+){1,3}?عن)\s+|"
                           r"تصريحات\s+(?:(?!ل)\S+\s+)?)(?P<who>[^،,.؛:\n]{3,80})")
# A speaker named before the verb of a past statement: «وكان الرئيس حسن روحاني قد أعلن… أن…».
_HAD_SAID = re.compile(r"\W*[وف]?كان(?:ت)?\s+(?P<who>[^،,.؛:\n]{3,80}?)\s+قد\s+(?:اعلن|اعلنت|قال|قالت|اكد|اكدت|صرح|صرحت|"
                       r"توقع|توقعت|كشف|كشفت|ذكر|ذكرت|اوضح|اوضحت|اشار|اشارت)(?!\w)")
# A speaker before a colon, as briefs and live pages give him (after the time): «١٥:٥٠ - بوتين في المؤتمر الصحفي:».
_HEADED = re.compile(r"\W*(?:\d{1,2}[:.]\d{2}\s*-\s*)?(?P<who>[^:،,.؛\n]{3,60}?)\s*:")
LOOK_BACK = 3  # sentences back in which the speaker of «وأضاف أن…» is looked for


def _before(art: Article, s: int, n: int = LOOK_BACK) -> list[tuple[int, int]]:
    """The ``n`` sentences before ``s`` in which an earlier speaker is looked for, nearest first."""
    return list(reversed([(a, b) for a, b in art.sentences if b <= s][-n:]))


def goes_on(text: str, s: int, e: int) -> bool:
    """Whether the sentence ``[s, e)`` goes on with the last speaker's words («وأضاف أن…», or an interview's
    answer)."""
    return _GOES_ON.match(text, s, e) is not None or _ASKED.match(text, s, e) is not None or \
        answer_span(text, s, e) is not None


def going_on(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of the words that go on with the last speaker's («وأضاف أن»), of a dual verb whose two subjects the
    sentence before named («وأكدا كذلك رفضهما…»), or of the verb of an answer to a question put to the speaker
    («وسئل عما إذا…، فأجاب:…»), if the sentence opens so."""
    m = _GOES_ON.match(text, s, e) or _DUAL_OPENS.match(text, s, e)
    if m:
        return m.span()
    asked = _ASKED.match(text, s, e)
    if asked:
        said = _ANSWERED.search(text, asked.end(), e)
        return said.span() if said else asked.span()
    return answer_span(text, s, e)


# A sentence opening on a verb in the dual, its subject the two named before (folded; masculine and feminine).
_DUAL_OPENS = re.compile(rf"\W*[وف]?(?:كما\s+)?{DUAL_VERB}")


def speaker_name(art: Article, s: int, e: int, at: int | None = None) -> str | None:
    """The official who states what the sentence ``[s, e)`` reports at ``at`` (a figure), as the text writes the
    name («نوفاك», «فلاديمير بوتين»): the subject of the verb of saying nearest before it («فيما أشار بوتين إلى
    أن التبادل…»). Named only by role («وأوضح المسؤول الروسي»), by a surname alone («وأوضح لطيفي أن»), or going on
    with an earlier speaker's words («وأضاف أن…»), it is the speaker of the nearest sentence before that names
    one (else the role, or the surname). A sentence with no verb of saying has no speaker: an official it names
    signs, visits or decides («خلال زيارة بوتين إلى طهران»)."""
    lex = art.lex
    quoted = _QUOTED_FROM.search(art.text, s, e)
    if quoted is not None and (at is None or quoted.start() < at):
        return _quoted_name(art, *quoted.span("who"))
    headed = _HEADED.match(art.text, s, e)
    if headed is not None and art.hits(lex.speaking).any(*headed.span("who")):
        headed = None  # (before a colon, «وقال رئيسي في كلمته:» is a verb of saying's, found below)
    for told in (_ACCORDING_TO.search(art.text, s, e), _HAD_SAID.match(art.text, s, e), headed):
        if told is not None and (name := _official_named(art, *told.span("who"))) is not None:
            return name
    quoted = _QUOTED_FROM_THAT.search(art.text, s, e)
    if quoted is not None and (at is None or quoted.start() < at):
        # (only a name: «عن مسؤول في منظمة تنمية التجارة أن…» gives none, and the search goes on)
        name = _quoted_name(art, *quoted.span("who"), name_only=True)
        if name is not None:
            return name
    verbs = art.hits(lex.speaking).within(s, e)
    if not verbs:
        return None
    verb = ([v for v in verbs if at is None or v[0] < at] or verbs)[-1]  # the nearest before the figure
    v_end = verb[1]
    that = _THAT.search(art.text, v_end, min(e, v_end + SPEAKER_REACH))
    end = that.start() if that else min(e, v_end + SPEAKER_REACH)
    # (a name the catalogue gives with its verb, «قال رئيسي», is the name after the verb)
    names = _named(art, lex.iran_officials, lex.russia_officials, verb[0], end)
    if names:
        a, b = names[0]
        return _as_written(art, (max(a, v_end), b))
    roles = _named(art, lex.iran_roles, lex.russia_roles, v_end, end)
    alone = _SAYS_NAME_ALONE.match(art.text, max(s, verb[0] - 1), e)  # (from the «و» written on the verb)
    if not roles and alone is None and not _GOES_ON.match(art.text, s, e):
        return None
    for a, b in _before(art, s):
        earlier = speaker_name(art, a, b) if not _GOES_ON.match(art.text, a, b) else None
        if earlier:
            return earlier
    if alone is not None:
        return _as_written(art, alone.span("name"))
    if not roles:
        return None
    name_end = _name_end(art, roles[0][1], e)
    return _as_written(art, (roles[0][0], name_end if name_end is not None else roles[0][1]))


def _official_named(art: Article, a: int, b: int) -> str | None:
    """An official of either side in ``[a, b)``, or a name right after a role there, as written; else None."""
    names = _named(art, art.lex.iran_officials, art.lex.russia_officials, a, b)
    if names:
        return _as_written(art, names[0])
    roles = _named(art, art.lex.iran_roles, art.lex.russia_roles, a, b)
    end = _name_end(art, roles[0][1], b) if roles else None
    return _as_written(art, (roles[0][0], end)) if end is not None else None


def _quoted_name(art: Article, a: int, b: int, name_only: bool = False) -> str | None:
    """The name of whom an agency quotes (``[a, b)``, between «عن» and «قوله»): an official, the name after a
    role («السفير الإيراني لدى موسكو كاظم جلالي»), or the words themselves («جاغاريان»); with ``name_only``,
    None where they are a role alone («المتحدث باسم الجمارك الإيرانية»)."""
    names = _named(art, art.lex.iran_officials, art.lex.russia_officials, a, b)
    if names:
        return _as_written(art, names[0])
    words = art.text[a:b].split()
    own = [w for w in words if not w.startswith("ال") or w == "الله"]
    tail = []
    for w in reversed(words):  # the name is the words after the last one with the article
        if w.startswith("ال") and w != "الله" or w in ("لدي", "في"):
            break
        tail.insert(0, w)
    if name_only and not (tail and own):
        return None
    span = (b - len(" ".join(tail)), b) if tail and own else (a, b)
    return _as_written(art, span)


# A name after a role («المتحدث باسم الجمارك الإيرانية روح الله لطيفي أن…»), past the role's adjectives: up to
# four words before the speech's «أن»/«إن», a comma or a colon, none of them a particle or a word with the
# article (but «الله» of «روح الله», «عبد الله»).
_NAME_AFTER = re.compile(r"(?:\s+ال\w+(?:ي|يه))*(?:\s+لدي\s+\w+(?:\s+ال\w+)?)?\s+((?:(?!(?:ان|بان|انه|انها|في|من|علي|الي|عن|خلال|امس|اليوم|قد|لقد|ايضا)(?!\w))"
                         r"(?!ال(?!له(?!\w)))[^\W\d]{2,}\s*){1,4}?)(?=\s(?:ان|بان|انه|انها)(?!\w)|\s?[،,:])")


def _name_end(art: Article, b: int, e: int) -> int | None:
    """Where the person's name right after a role ends, where the text gives one before what is said."""
    m = _NAME_AFTER.match(art.text, b, e)
    return None if m is None else m.start(1) + len(m.group(1).rstrip())


def _named(art: Article, iranian, russian, s: int, e: int) -> list[tuple[int, int]]:
    """Where either side's officials (or roles) are named in ``[s, e)``, in text order."""
    return sorted(art.hits(iranian).within(s, e) + art.hits(russian).within(s, e))


def _as_written(art: Article, span: tuple[int, int]) -> str | None:
    a, b = art.nt.span(*span)
    return art.nt.orig[a:b].strip(" «»\"'") or None


# The speaker's own country, named by a possessive: «قال عراقجي إن بلاده…», «بلادنا» (folded).
# (and «نحن» as the speaker's own side: «نحن وروسيا نرى أن الحسم العسكري وحده لن ينهي الأزمة»)
_OWN_COUNTRY = re.compile(r"(?<!\w)[وف]?(?:ل|ب)?(?:بلاده|بلادها|بلادنا|بلدنا|بلده|بلدها|بلادي|بلدي|نحن)(?!\w)")


def voice(art: Article, s: int, e: int) -> tuple[str | None, tuple[int, int] | None]:
    """The side whose official speaks in ``[s, e)``, and where the sentence goes on with an earlier
    speaker's words («وأوضحت أن…»), the span of that verb (its implied subject is the speaker); an interview's
    answer («ج: نحن وشركاؤنا الإيرانيون…») is the interviewee's, and the span is its mark."""
    answer = answer_span(art.text, s, e)
    if answer is not None:
        return _interviewee(art, s), answer
    turn = _named_turn(art, s, e)
    if turn is not None:
        return turn
    m = _GOES_ON.match(art.text, s, e)
    if m is None:  # the speaker is named in the sentence («قال عراقجي إن…»), if anywhere
        own = _subject_of_speech(art, s, e)
        return (own, None) if own is not None else _named_again(art, s, e)
    for i, (a, b) in enumerate(_before(art, s)):
        if _GOES_ON.match(art.text, a, b):  # it goes on too: what follows its verb is content, not a speaker
            continue
        if art.hits(art.lex.speech).any(a, b):  # the nearest sentence that reports speech says whose it is
            return _subject_of_speech(art, a, b), (m.start(), m.end())
        # A sentence right before that tells what one side's official did, its subject right after its verb, is
        # whom «وقال إن…» goes on with («وعقد رئيسي محادثات مع بوتين… . وقال إن علاقات بلاده مع روسيا…»).
        if i == 0 and (side := _opening_subject(art, a, b)) is not None:
            return side, (m.start(), m.end())
    return None, None


# An interview's turns as a transcript gives them (folded): «س:», «سؤال:» ask; «ج:», «جواب:», «الجواب:» answer.
_ANSWER = re.compile(r"[^\w\n]*(?:ج|جواب|الجواب)\s*[:：]")
_QUESTION = re.compile(r"[^\w\n]*(?:س|سوال|السوال)\s*[:：]")
# Or a question set off by a mark («■ متى تعود الرحلات؟») and its answer on the next line after a dash («– لا أستطيع…»).
_MARKED_QUESTION = re.compile(r"[ \t]*[■●▪◼]")
_DASHED = re.compile(r"[ \t]*[-–—]\s*")
INTERVIEW_LOOK_BACK = 40  # sentences back, turns aside, in which the interviewee is named (the lead, before the turns)
# The lead's verbs for an interview given, with the outlet that gave it («حاورت «إرنا» معاون وزير الاقتصاد الإيراني»,
# «أجرت حوارا مع…»), folded; not the noun («في حوار مع موقع إخباري»: the outlet follows it).
_INTERVIEWED = re.compile(r"(?<!\w)[وف]?(?:حاور|حاورت|حاورنا|التقت|التقينا|(?:اجرت|اجري|اجرينا)\s+(?:حوارا|مقابله)\s+مع)"
                          r"(?!\w)(?:\s*[«\"“][^»\"”]{1,30}[»\"”])?")
# A turn headed by who speaks it («غونغ شياو شنغ: بأسف…», «لافروف: نحن…»): a few words before a colon, at a line's start.
_TURN = re.compile(r"[ \t]*(?P<who>[^:،,.؛؟\n]{2,40}?)\s*:")


def _line_start(text: str, s: int) -> int:
    return text.rfind("\n", 0, s) + 1


def answer_span(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Where the sentence ``[s, e)`` is an interview's answer: the span of the answer's mark where the sentence opens
    its turn («ج: …», «– …» under a marked question), else the sentence's first character where it goes on in an
    answer's turn (the turn runs to the end of its line)."""
    line = _line_start(text, s)
    m = _ANSWER.match(text, line, e) or _dashed_answer(text, line, e)
    if m is None:
        return None
    return m.span() if line == s or m.end() > s else (s, min(e, s + 1))


def _dashed_answer(text: str, line: int, e: int) -> re.Match | None:
    """A dash opening a line whose line before is a marked question or ends on a question mark."""
    m = _DASHED.match(text, line, e)
    if m is None or line == 0:
        return None
    before = _line_start(text, line - 1)
    asked = _MARKED_QUESTION.match(text, before, line) or text[before:line].rstrip().endswith("؟")
    return m if asked else None


def _in_a_turn(text: str, s: int, e: int) -> bool:
    """Whether the sentence belongs to an interview's question or answer."""
    line = _line_start(text, s)
    return bool(_QUESTION.match(text, line, e) or _MARKED_QUESTION.match(text, line, e)) or \
        answer_span(text, s, e) is not None


def _named_turn(art: Article, s: int, e: int) -> tuple[str, tuple[int, int]] | None:
    """The side of one of the two whose official heads the turn the sentence belongs to («لافروف: …»), and the span of
    that name where the sentence opens the turn, else of the sentence's first character."""
    line = _line_start(art.text, s)
    m = _TURN.match(art.text, line, e)
    # (a dialogue heads more than one turn by the same speaker; a dateline, «موسكو - المسيرة نت:», heads one line)
    if m is None or art.text.count("\n" + m.group("who").strip() + ":") + art.text.startswith(m.group("who").strip()) < 2:
        return None
    named = art.mentions(m.start("who"), m.end("who"))
    if len(named) != 1 or named[0].side not in (IRAN, RUSSIA):
        return None
    return named[0].side, ((named[0].start, named[0].end) if line == s else (s, min(e, s + 1)))


def _interviewee(art: Article, s: int) -> str | None:
    """The side of the one who answers an interview's questions: the subject of the nearest sentence before the
    turns that reports speech («قال نائب وزير الخارجية الروسي… في مقابلة…»), else of one that names one side alone."""
    lead = [(a, b) for a, b in _before(art, s, INTERVIEW_LOOK_BACK) if not _in_a_turn(art.text, a, b)]
    for a, b in lead:
        if art.hits(art.lex.speech).any(a, b) and (side := _subject_of_speech(art, a, b)) is not None:
            return side
    for a, b in lead:
        # (who was interviewed, named right after the lead's verb for it: «حاورت «إرنا» معاون وزير الاقتصاد الإيراني»)
        asked = _INTERVIEWED.search(art.text, a, b)
        named = [m for m in art.mentions(asked.end(), b) if m.side != SCENE] if asked else []
        if named and named[0].side in (IRAN, RUSSIA) and named[0].start - asked.end() <= SPEAKER_TITLE_REACH:
            return named[0].side
    for a, b in lead:
        sides = {m.side for m in art.mentions(a, b)} & {IRAN, RUSSIA}
        if len(sides) == 1:
            return next(iter(sides))
    return None


def answered_to_the_other(art: Article) -> bool:
    """Whether an interview's answer names the side other than the interviewee's («قال ريابكوف… في مقابلة… .
    س: … . ج: نحن وشركاؤنا الإيرانيون…»): the two are then named together, by the answer's voice."""
    for (a, b), iran, russia in zip(art.sentences, *art.sides):
        if iran != russia and answer_span(art.text, a, b) is not None:
            side = _interviewee(art, a)
            if side is not None and side != (IRAN if iran else RUSSIA):
                return True
    return False


_OPENING_VERB = re.compile(r"\W*[وف]?\w{3,}\s+")


def _opening_subject(art: Article, s: int, e: int) -> str | None:
    """Iran or Russia where the sentence opens on a verb whose subject, named within a title's reach after it, is
    one side's alone (not «وكانت روسيا وإيران…», the two together)."""
    verb = _OPENING_VERB.match(art.text, s, e)
    if verb is None:
        return None
    named = art.mentions(verb.end(), min(e, verb.end() + SPEAKER_TITLE_REACH))
    if not named or named[0].side not in (IRAN, RUSSIA):
        return None
    first = named[0]
    if any(o.side not in (first.side, SCENE) for o in art.mentions(first.end, min(e, first.end + 15))):
        return None
    return first.side


def _named_again(art: Article, s: int, e: int) -> tuple[str | None, tuple[int, int] | None]:
    """The side of a speaker the sentence names by a name alone that an earlier sentence gave with his
    side («…الإيراني سعيد رسولي»), and where that name stands."""
    m = _SAYS_NAME.match(art.text, s, e)
    if m is None:
        return None, None
    name = m.group("name")
    for a, b in _before(art, s):
        given = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", art.text[a:b])
        if given:
            side = _side_given(art, a + given.start()) or _subject_of_speech(art, a, b)
            return (side, m.span("name")) if side is not None else (None, None)
    return None, None


TITLE_REACH = 30  # characters before a name in which its side is given («نظيره الإيراني علي أكبر صالحي»)


def _side_given(art: Article, at: int) -> str | None:
    """Iran or Russia where the name at ``at`` is one of its officials or comes right after its title."""
    near = [m for m in art.mentions(max(0, at - TITLE_REACH), at + 1) if m.start <= at]
    return near[-1].side if near and near[-1].side in (IRAN, RUSSIA) else None


_THAT = re.compile(r"(?<!\w)(?:ان|انه|انها|بان|الي|علي)(?!\w)")  # what is said begins (folded «أن», «إن»)


def _subject_of_speech(art: Article, s: int, e: int) -> str | None:
    """Iran or Russia where the first party named after the first speech verb, before what is said
    begins, is one of them; None where it is a third state («وأكد الرئيس الفرنسي على ضرورة تنفيذ إيران…»)
    or no party stands there."""
    side = _speaking_party(art, s, e)
    return side if side in (IRAN, RUSSIA) else None


def spoken_by_a_third(art: Article, s: int, e: int) -> bool:
    """Whether the sentence reports what a third state's official says («قال وزير الخارجية الفرنسي إن…»)."""
    return _speaking_party(art, s, e, reach=SPEAKER_TITLE_REACH) == THIRD


# Characters after a speech verb in which its subject is named with its title («قال وزير الخارجية الفرنسي»); the
# subject of other verbs stands nearer (sides.SUBJECT_REACH).
SPEAKER_TITLE_REACH = 30


def third_speaker_span(art: Article, s: int, e: int) -> tuple[int, int] | None:
    """Where a third state's speaker is named, from the first speech verb to where what is said begins
    («وقالت واشنطن إن…»), if a third state speaks the sentence."""
    verbs = art.hits(art.lex.speech).within(s, e)
    if not verbs or not spoken_by_a_third(art, s, e):
        return None
    that = _THAT.search(art.text, verbs[0][1], min(e, verbs[0][1] + SPEAKER_REACH))
    return (verbs[0][0], that.start()) if that else None


_RELATIVE_SPEAKER = re.compile(r"[،,]?\s*(?:الذي|التي)\s*$")
RELATIVE_GAP = 8  # characters before a speech verb in which the relative pronoun stands


def _speaking_party(art: Article, s: int, e: int, reach: int = 0) -> str | None:
    """The side of the first party named after the first speech verb, before what is said begins (within
    ``reach`` characters of the verb, where given)."""
    verbs = art.hits(art.lex.speech).within(s, e)
    if not verbs:
        return None
    # The verb of a relative clause right after its speaker («التقى بوتين… علي خامنئي، الذي رأى أنه…»): that speaker.
    rel = _RELATIVE_SPEAKER.search(art.text, max(s, verbs[0][0] - RELATIVE_GAP), verbs[0][0])
    if rel is not None:
        before = [m for m in art.mentions(s, rel.start()) if rel.start() - m.end <= 2]
        if before:
            return before[-1].side
    v_end = verbs[0][1]
    reach = reach or SPEAKER_REACH
    that = _THAT.search(art.text, v_end, min(e, v_end + reach))
    end = that.start() if that else min(e, v_end + reach)
    first = next((m for m in art.mentions(v_end, end)), None)
    return first.side if first is not None else None


# «My country» or «our country» joined by «و» to one of the two («وقفت بلادي وروسيا معاً», «بين بلادي وإيران»).
_MINE = re.compile(r"(?<!\w)[وف]?(?:بين\s+)?(?:بلادي|بلدي|بلادنا|بلدنا)(?!\w)")
_JOINED = re.compile(r"\s+و")


def _mine_beside_the_other(art: Article, s: int, e: int, named: list[Mention]) -> list[Mention]:
    """Where no speaker can be told, the writer's country joined to one of the two is the other: an official's signed
    article names his own side as «بلادي» beside the other's name («وقفت بلادي وروسيا معاً»: Iran's minister)."""
    out = []
    for m in _MINE.finditer(art.text, s, e):
        after = next((x for x in named if x.start >= m.end()), None)
        before = next((x for x in reversed(named) if x.end <= m.start()), None)
        if after is not None and after.side in (IRAN, RUSSIA) and _JOINED.fullmatch(art.text, m.end(), after.start + 1):
            other = after.side
        elif before is not None and before.side in (IRAN, RUSSIA) and \
                _JOINED.fullmatch(art.text, before.end, m.start() + (1 if art.text.startswith("و", m.start()) else 0)):
            other = before.side
        else:
            continue
        out.append(Mention(m.start(), m.end(), other_side(other)))
    return out


def implied_mentions(art: Article, s: int, e: int, named: list[Mention]) -> list[Mention]:
    """Where the sentence names a side without naming it: the speaker's own country («إن بلاده زودت
    روسيا…»), and the speaker of words it goes on with («وأوضحت أن الاتفاقية الموقعة مع روسيا…», the
    Iranian minister of the sentence before)."""
    side, verb = voice(art, s, e)
    if side is None:
        return _mine_beside_the_other(art, s, e, named)
    out = [Mention(m.start(), m.end(), side) for m in _OWN_COUNTRY.finditer(art.text, s, e)]
    if verb is not None and not any(m.side == side and not _WHERE_TO.search(art.text, max(0, m.start - WHERE_TO_REACH),
                                                                            m.start) for m in named):
        out.append(Mention(verb[0], verb[1], side))
    return out


# Where one goes, right before a state's name («زيارة مرتقبة لوزير التنوير الروسي إلى طهران», «قبل أن يزور الوزير
# الروسي طهران»; folded): the speaker's country named as a visit's destination is not the speaker's side named as a party.
_WHERE_TO = re.compile(r"(?<!\w)(?:الي|[يت]زور|زار|زارت)(?:\s+(?:ال)?(?:وزير|رييس|وفد|مسوول)\w*(?:\s+ال\w+)?)?\s*$")
WHERE_TO_REACH = 30
