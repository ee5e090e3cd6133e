"""Agreements are named agreements: a catalogue agreement, or an agreement noun with the name the text
gives it («اتفاقية التعاون في مجال النقل», «مذكرة تفاهم بين البنكين المركزيين»). A bare «الاتفاق» is an
agreement only where it refers back to the one agreement the article names; agreements of other pairs,
and the nuclear deal, are not Iran–Russia agreements. The status comes from the status word nearest to the
agreement in its clause, with negation and the future taken into account.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from etl.extract import Signal
from etl.extract.article import Article
from etl.extract.clauses import main_clause
from etl.extract.lexicon import Entry, Lexicon
from etl.extract.modality import ANY_OF_IT, DISCUSSING, conditional, future_between, modality
from etl.extract.normalize import normalize
from etl.extract.sentence import Context
from etl.extract.sentences import dateline_end
from etl.extract.sides import IRAN, NISBA, RUSSIA, SCENE, THIRD, Scope, among_them
from etl.extract.terms import Terms

_QUOTED = re.compile(r"\s*([«\"“][^«»\"“”]{2,60}[»\"”])")
_QUOTE_MARKS = " «»\"“”"
_LABEL_END = re.compile(r"[،,.:؛;\"'«»()\[\]]")
# Two adjectives of origin joined by a hyphen («الاتفاقية الإيرانية-الروسية»): two words, as when a blank joins them.
_HYPHENED = re.compile(r"(ال\w+ي\w?)\s*[-–]\s*(ال\w+ي\w?)(?!\w)")
_PREPOSITIONS = tuple(normalize(w) for w in ("بين", "مع", "حول", "بشأن", "في", "على", "ضد", "عن"))  # folded, as compared
# (Not a verbal noun of the pattern تفعيل or تفاعل, nor an adjective, the name going on: «اتفاقية تسهيل التأشيرات»,
# «اتفاقية تبادل العملات», «اتفاقية تجارية», «اتفاق نهائي»; nor an adjective in the accusative after an accusative noun,
# «اتفاقا تكميليا», «اتفاقا تمهيديا»; nor the nisba of the pattern تفعيلي, «اتفاق تكميلي», «اتفاق تنفيذي».)
_VERB_LIKE = re.compile(r"^(?!ت\w\wي\w$)(?!ت\w\wي\wي$)(?!(?:تقني|تعاوني|ترانزيتي|تكنولوجي)$)(?!ت\wا\w\w$)(?!\w+(?:يه|ايي|اري|وي|يا)$)(?:[وف]?(?:س)?[يتن]\w{3,}|[وف]?(?:تم|كان|كانت|جري|بات|اصبح))$")


def agreements(ctx: Context) -> list[Signal]:
    """The agreements the sentence names between Iran and Russia, each with its status."""
    art, lex = ctx.art, ctx.art.lex
    out: list[Signal] = []
    # A sentence that names the two and no third state is about them, whichever clause names whom («وأكد بزشكيان أن نص
    # معاهدة الشراكة "بات جاهزا"، وأنه سيوقع خلال زيارة إلى موسكو»): a catalogue agreement there is theirs.
    theirs_alone = ctx.whole.both and not ctx.whole.third
    # (so is a clause that lists the members of the union Russia leads, in a sentence that names Iran and the union:
    # «وقعت إيران والدول الخمس الأعضاء في الاتحاد الاقتصادي الأوراسي، وهي روسيا وكازاخستان…، أمس اتفاقية مؤقتة…»)
    with_the_union = ctx.whole.iran and art.names_union(ctx.s, ctx.e)
    clauses = ctx.clauses
    for i, ((cs, ce), sc) in enumerate(clauses):
        # (or one whose agreement the next clause, a relative one, says the two signed: «…مذكرة لإنشاء أربع مناطق لتخفيف
        # التوتر في سوريا، التي وقعتها أمس روسيا وتركيا وإيران»)
        signers_after = i + 1 < len(clauses) and _signers_in_relative(art, *clauses[i + 1])
        ours = sc.both or sc.iran and art.names_union(cs, ce) or with_the_union and not sc.iran or signers_after
        main = main_clause(art.text, cs, ce)  # (a fronted clause's step is its own, the main clause's its own)
        # (or the group of states both always belong to, for the agreements all its members sign: «وقع رؤساء الدول
        # الخمس المطلة على بحر قزوين… اتفاقية الوضع القانوني للبحر»)
        members = not (ours or theirs_alone) and members_named(art, cs, ce)
        if not (ours or theirs_alone or members):
            continue
        named = [(en, ctx.art.hits(en.terms).within(cs, ce)) for en in lex.entries
                 if en.kind == "agreement" and (en.listed or not members)]
        named = [(en, hits[0]) for en, hits in named if hits and not _not_so(art.text, cs, hits[0][0]) and
                 not art.of_others(hits[0][1]) and not _signed_with_another(art.text, sc, hits[0][0]) and
                 not _A_FREE_ZONE.match(art.text, hits[0][0])]
        if not ours:
            if named:
                out += [ctx.signal("agreement", en.key, en.label, en.topic, cue=(a, b), status=status(ctx, *_part(cs, ce, main, a), a, b))
                        for en, (a, b) in named]
            continue
        for en, (a, b) in named:
            n = _its_noun_before(ctx, cs, a)  # («لائحة الاتفاقية المؤقتة لإقامة منطقة تجارة حرة»: the step is the noun's)
            out.append(ctx.signal("agreement", en.key, en.label, en.topic, cue=(a, b),
                                  status=status(ctx, *_part(cs, ce, main, n), n, b)))
        if named:
            continue
        refs = art.treaty_refs(cs, ce)
        # (and «الوثيقة» known by its signing, «الوثيقة التي وقّعتها إيران وروسيا في عشق آباد», not the treaty referred to)
        nouns = sorted(ctx.within(lex.agreement_nouns, cs, ce) + _counted_documents(art.text, cs, ce) +
                       [(p, q) for p, q in ctx.within(lex.document_refs, cs, ce)
                        if not any(x <= p < y for x, y in refs) and _told_by_its_signing(ctx, q) is not None])
        if any(a >= main for a, _ in nouns) and not any(m.side == THIRD for m in sc.mentions if m.start >= main):
            # a fronted clause's agreement is another matter («في الوقت الذي…،»), unless the main clause is a third
            # state's («…، وقّع بوتين والزعيم الكوري الشمالي اتفاقية دفاعية»)
            nouns = [(a, b) for a, b in nouns if a >= main]
        for a, b in nouns:
            if "عقد" in art.text[a:b] and (ctx.has(lex.arms) or _arms_deal_before(art, a) or _a_decade(art.text, a, b) or
                                          _HELD.match(art.text, b)) or \
                    _not_so(art.text, cs, a):
                continue  # an arms contract is military/arms_transfer only; a possible one is none; a decade is no contract
            if any(p <= a < q for p, q in refs):  # «المعاهدة» referring back to the two's treaty is that treaty
                out.append(ctx.signal("agreement", lex.treaty.key, lex.treaty.label, lex.treaty.topic, cue=(a, b),
                                      status=status(ctx, *_part(cs, ce, main, a), a, b)))
                continue  # (another agreement may follow: «المعاهدة… ستحل محل معاهدة عام 2001»)
            if lex.agreement_solo and _not_theirs_among_others(art, sc, cs, a, b, signers_after):
                continue
            if _AMONG_MANY.search(art.text, cs, ce):
                continue  # «وثيقة… وقعتها إيران وروسيا وعشرون دولة أخرى»: the two among many signatories, unnamed
            if _with_both(art.text, sc, b):
                continue  # «العقود والاتفاقيات التي وقعها النظام السابق مع روسيا وإيران»: a third party's with each
            after = art.text[b:ce].lstrip()
            stop = lex.agreement_not_after.find(after[:30]).spans
            if stop and stop[0][0] == 0 or _agreeing_on(after) or _failed(art, ctx.s, cs, a):
                continue
            label, qualified = _label(ctx, sc, a, b, ce)
            if qualified is None:  # another pair's agreement, or the nuclear deal
                continue
            if qualified and _DEFINITE_SINGULAR.match(art.text[a:b]) and _names_nuclear_deal(art) and \
                    not _OF_THE_TWO.search(label):
                continue  # «الاتفاق السياسي» in an article on the nuclear deal is most likely that deal
            st = status(ctx, *_part(cs, ce, main, a), a, b)
            # (Iran's with the union alone, Russia itself unnamed, or the union its other party named before it, its
            # name no purpose («الاتفاقية المؤقتة», «وتخفض الاتفاقية الرسوم», «تفاوضت إيران مع الاتحاد… على اتفاق
            # تفضيلي»): the union's free-trade one; «مذكرة تفاهم للتعاون الجمركي» keeps its own name)
            if _free_trade(art, label, b, ce) or \
                    (not sc.both or _with_the_union_before(ctx, cs, a)) and _no_purpose(label):
                ft = lex.free_trade
                out.append(ctx.signal("agreement", ft.key, ft.label, ft.topic, cue=(a, b), status=st))
                break
            if qualified and _DEFINITE.match(art.text[a:b]):
                # «الاتفاقية الجديدة», «المعاهدة الموقعة»: the one agreement the article names, or the one it told of last;
                # «الاتفاقية الحكومية» after «اتفاقية حكومية لبناء…»: the agreement first told indefinite, now definite
                ref = _the_agreement(art, art.text[a:b]) if _only_referring(label) else None
                told = _told_before(art, a, label) if ref is None else None
                ref = ref or told
                if ref is not None:
                    out.append(ctx.signal("agreement", ref.key, ref.label, ref.topic, cue=(a, b), status=st))
                    break
            # «اتفاقا لبناء محطات طاقة نووية»: the two's own (the nuclear deal has no label: _label)
            # (or the two's nuclear project named there: «وقعتا عقدا لاستكمال محطة بوشهر»)
            nuclear = bool(_NUCLEAR.search(art.text, b, min(ce, b + NUCLEAR_REACH))) or "روساتوم" in art.text[cs:ce] or \
                _names_nuclear_project(art, b, min(ce, b + NUCLEAR_REACH))
            # (or a contract or deal where the sentence, or the one before it, names their nuclear project: «وتجري الأعمال
            # بموجب العقد الذي وقعه البلدان في موسكو…» after the works on the Bushehr units were told)
            nuclear = nuclear or _NUCLEAR_CONTRACT.match(art.text, a) is not None and \
                _nuclear_project_here(art, ctx.s, ctx.e) and not _OWN_PURPOSE.search(art.text, b, ce)
            # (or the fuel of a plant's units or reactor, or spent fuel, where the article has named their nuclear project
            # before: «بروتوكولا ملحقا بشأن توريد الوقود للوحدتين الجديدتين»)
            nuclear = nuclear or _PLANT_FUEL.search(art.text, b, min(ce, b + NUCLEAR_REACH)) is not None and \
                _names_nuclear_project(art, 0, ctx.e)
            key, topic = ("nuclear_cooperation", "nuclear") if nuclear else ("other", None)
            if not qualified:
                if _signed_unnamed(art, cs, a, b, st):  # «وقعتا اتفاقا بقيمة… لبناء أربع وحدات نووية»
                    out.append(ctx.signal("agreement", key, _named(label), topic, cue=(a, b), status=st))
                    break
                told = _told_by_its_signing(ctx, b)
                if told is not None:  # «تطبيقا للاتفاق الذي وقعته طهران وموسكو في نوفمبر 2014»: known by its signing
                    ref = _the_agreement(art, art.text[a:b])  # (or the treaty the article named: «المعاهدة التي وقعها…»)
                    name = art.nt.orig[art.nt.to_orig(a):art.nt.to_orig(told)].strip(" ،,")
                    name = _CLITIC_ORIG.sub("", _LIL_ORIG.sub("ال", name))  # («للاتفاق…» shown as «الاتفاق…»)
                    out.append(ctx.signal("agreement", ref.key, ref.label, ref.topic, cue=(a, b), status=st) if ref else
                               ctx.signal("agreement", key, name, topic, cue=(a, b), status=st))
                    break
                if _names_nuclear_deal(art):  # a bare «الاتفاق» there is the nuclear deal
                    continue
                ref = _the_agreement(art, art.text[a:b])
                if ref is not None:
                    out.append(ctx.signal("agreement", ref.key, ref.label, ref.topic, cue=(a, b), status=st))
                continue
            out.append(ctx.signal("agreement", key, _named(label), topic, cue=(a, b), status=st))
            break  # one named agreement per clause
    art.agreements_told += out
    return out


def _not_theirs_among_others(art: Article, sc: Scope, cs: int, a: int, b: int, signers_after: bool) -> bool:
    """Where other states are named in the clause, whether the agreement at ``[a, b)`` fails to stand by the two as its
    parties (the de-escalation deal of Russia, Iran and Turkey is theirs; an Iran–Syria pact is not; nor the two among
    many signatories: «وقعت 195 دولة، بينها… روسيا والهند وإيران، اتفاق باريس»). ``signers_after``: the next clause, a
    relative one, says the two signed it, which settles it unless a third state is named after the noun."""
    if not (sc.third or any(m.side == SCENE and not art.named_as_place(m.start) for m in sc.mentions)):
        return False
    if signers_after and a > max((m.end for m in sc.mentions if m.side == THIRD), default=cs):
        return False
    if not (sc.near_joint(a, b) or _signed_by_the_group(art, sc, a)):
        return True
    return sc.subject_is_third(a) and not _an_adjunct(art, sc.named_last_before(a)) or \
        sc.one_with_another_before(a) or any({IRAN, RUSSIA} & g.sides and among_them(art.text, g) for g in sc.groups)


def _signed_with_another(text: str, sc: Scope, a: int) -> bool:
    """Whether one of the two «مع» or «و» a third state stands right before the agreement at ``a``, neither side named
    between («وقعت روسيا مع كوريا الشمالية معاهدة للشراكة الشاملة», «وقعت إيران مع الصين اتفاقية التعاون الشامل»,
    «وقعت موسكو وأنقرة اتفاقية للتعاون في مجال الطاقة النووية»): theirs, not the two's (the two and a third joined
    by «و», «وقعت روسيا وإيران وتركيا اتفاق خفض التصعيد», are all its parties)."""
    before = [m for m in sc.mentions if m.end <= a]
    for one, other in zip(before, before[1:]):
        if {one.side, other.side} & {IRAN, RUSSIA} and THIRD in (one.side, other.side) and \
                (_WITH_GAP if one.side != THIRD else _AND_GAP).fullmatch(text, one.end, other.start) and \
                (text[one.end:other.start].strip() == "مع" or text.startswith("و", other.start) and
                 not {IRAN, RUSSIA} <= {m.side for m in before}) and \
                a - other.end <= WITH_REACH and not any(m.start >= other.end for m in before) and \
                _SIGNING_BEFORE.search(text, max(0, one.start - SIGNING_BEFORE_REACH), one.start):
            return True
    return False


def _signed_by_the_group(art: Article, sc: Scope, a: int) -> bool:
    """Whether the agreement at ``a`` is the object of a signing verb whose subject is a group holding the two, however
    long the time and place between («وقعت روسيا وإيران وتركيا، أمس الخميس… في ختام الجولة الرابعة…، مذكرة»): no
    party is named between the group and the agreement (a city is a place, «في بغداد»; those present are no party,
    «بحضور مراقبين من الأمم المتحدة»)."""
    before = [g for g in sc.groups if g.end <= a and {IRAN, RUSSIA} <= g.sides]
    if not before or a - before[-1].end > GROUP_OBJECT_REACH:
        return False
    g = before[-1]
    return not any(g.end <= m.start < a and not _an_adjunct(art, m) for m in sc.mentions) and \
        bool(_SIGNING_BEFORE.search(art.text, max(0, g.start - SIGNING_BEFORE_REACH), g.start) or
             _SIGNING_AFTER_GROUP.match(art.text, g.end))


def _an_adjunct(art: Article, m: Mention) -> bool:
    """Whether a state named between signatories and what they signed is only where, or who looked on («في جنيف»,
    «بحضور وزير الطاقة السعودي»), not the other party."""
    return m.side not in (IRAN, RUSSIA) and (art.named_as_place(m.start) or
                                             bool(_PRESENT.search(art.text, max(0, m.start - PRESENT_REACH), m.start)))


_PRESENT = re.compile(r"(?<!\w)و?بحضور(?!\w)[^،,.؛:]*$")  # «بحضور…» up to the state named (folded)
PRESENT_REACH = 40


_SIGNS = r"(?:وقع\w*|ابرم\w*)"  # a signing verb, past, any person (folded)
_TALKS = r"(?:مفاوضات|محادثات|مباحثات|مشاورات)"  # talks, the nouns (folded)
_WHICH = r"(?:التي|الذي|اللتين|اللذين)"  # the relative pronouns (folded)
# The group named first, its signing verb right after it («وكانت كلٌّ من إيران وتركيا وروسيا قد وقّعت، في…، مذكرة»).
_SIGNING_AFTER_GROUP = re.compile(rf"\s+(?:قد\s+)?{_SIGNS}(?!\w)")


GROUP_OBJECT_REACH = 240  # characters of time, place and occasion between the signatories and what they signed


def members_named(art: Article, s: int, e: int) -> bool:
    """Whether ``[s, e)`` names a group of states both always belong to («الدول الخمس المطلة على بحر قزوين»), not as
    words of an agreement's name («اتفاقية الوضع القانوني لبحر قزوين» names no signatory)."""
    lex = art.lex
    groups = [a for en in lex.entries if en.kind == "organisation" and en.bilateral for a, _ in art.hits(en.terms).within(s, e)]
    if not groups:  # (most sentences: the agreements' names are not looked up)
        return False
    names = [sp for en in lex.entries if en.kind == "agreement" for sp in art.hits(en.terms).within(s, e)]
    return any(not any(p <= a < q for p, q in names) for a in groups)


def _told_by_its_signing(ctx: Context, b: int) -> int | None:
    """Where the relative clause right after a bare definite agreement noun ends, when it tells that the two signed it
    («الاتفاق الذي وقعته طهران وموسكو في نوفمبر 2014»): the agreement is known by its signing, the clause its name."""
    text = ctx.art.text
    m = _SIGNED_BY_WHOM.match(text, b)
    if m is None or "،" in text[b:m.end()] or "," in text[b:m.end()]:
        return None
    signers_end = next((e for s, e in ctx.whole.joint_spans if m.end() <= s <= m.end() + SUBJECT_AFTER_REACH), None)
    if signers_end is None:
        signers_end = _iran_and_the_union(ctx, m.end())
    if signers_end is None:
        return None
    when = _ITS_TIME.match(text, signers_end, ctx.e)
    return when.end() if when else signers_end


def _iran_and_the_union(ctx: Context, start: int) -> int | None:
    """Where Iran and the union Russia leads (or its states), a signing's subject within reach of ``start``, end
    («التي وقعتها إيران ودول الاتحاد الاقتصادي الأوراسي»): Iran's agreement with the union."""
    text = ctx.art.text
    iran = next((m for m in ctx.mentions if m.side == IRAN and start <= m.start <= start + SUBJECT_AFTER_REACH), None)
    joined = _AND_ITS_STATES.match(text, iran.end) if iran is not None else None
    return next((q for p, q in ctx.within(ctx.art.lex.russia_blocs, joined.end(), ctx.e) if p == joined.end()), None) \
        if joined is not None else None


_AND_ITS_STATES = re.compile(r"\s+و(?:دول\s+|الدول\s+الاعضاء\s+في\s+)?")  # (folded)


# When it was signed, right after its signatories (folded): «في نوفمبر/تشرين الثاني 2014», «عام 2001», «قبل عام»,
# «أمس», «في موسكو في نوفمبر 2014»; what is said of it after that is no part of its name.
_ITS_TIME = re.compile(r"(?:\s+في\s+(?!\d)[^\s،,.؛:\d]+)?(?:\s+(?:في|عام|منذ)(?:\s+[^\s،,.؛:\d]+){0,3}?\s+\d{4}(?!\d)|"
                       r"\s+(?:قبل\s+(?:عام|عامين|سنه|سنتين|اشهر|شهر)|امس|اليوم|العام\s+الماضي|الشهر\s+الماضي)(?!\w))")


def _names_nuclear_project(art: Article, s: int, e: int) -> bool:
    """Whether ``[s, e)`` names the two's nuclear project (the Bushehr units)."""
    return any(art.has(en.terms, s, e) for en in art.lex.entries
               if en.kind == "project" and en.topic == "nuclear" and en.bilateral)


def _nuclear_project_here(art: Article, s: int, e: int) -> bool:
    """Whether the sentence ``[s, e)`` or the one before it names the two's nuclear project: what the agreement it tells
    of is for."""
    i = bisect_right(art.sentence_starts, s) - 1
    return _names_nuclear_project(art, art.sentences[i - 1][0] if i >= 1 else s, e)


# Fuel for a plant's units or its reactor, or spent (folded; not for aircraft, thermal stations or swapped for goods).
_PLANT_FUEL = re.compile(r"(?<!\w)[وبل]?(?:ال|ل)?وقودا?\s+(?:(?:ال)?(?:نووي|مستهلك|مستنفد)|(?:الي\s+(?:ال)?|لل|ل)(?:وحد\w*|مفاعل\w*|"
                         r"محطه(?!\s+(?:ال)?(?:كهرباء|حراري))))")
_OWN_PURPOSE = re.compile(r"(?<!\w)(?:بشان|حول|في\s+مجال)(?!\w)")  # (what a contract is about, told after it: its own)
_NUCLEAR_CONTRACT = re.compile(r"[وفبل]*(?:ال)?(?:عقد|اتفاق)(?!\w)")
# The original text's clitics before the article, off a name shown («للاتفاق…», «بالاتفاقية…» shown as «الاتفاق…»): «ل»
# written onto the article drops its alef.
_LIL_ORIG = re.compile(r"^[وف]?لل(?=[^ل])")
_CLITIC_ORIG = re.compile(r"^(?:[وف]?[بلك]|[وف])(?=ال)")


def _signers_in_relative(art: Article, span: tuple[int, int], sc: Scope) -> bool:
    """Whether the clause ``span`` is a relative one whose signing verb has a group holding the two as its subject
    («، التي وقعتها أمس روسيا وتركيا وإيران»)."""
    m = _SIGNED_BY_WHOM.match(art.text, span[0])
    return m is not None and any(g.start >= m.end() and g.start - m.end() <= SUBJECT_AFTER_REACH and {IRAN, RUSSIA} <= g.sides
                                 for g in sc.groups)


# A relative clause opening with a signing verb («التي وقعتها», «الذي أبرمه», «التي وُقّعت بين»).
_SIGNED_BY_WHOM = re.compile(rf"[\s،,]*و?{_WHICH}\s+{_SIGNS}(?:\s+بين)?(?!\w)")
SUBJECT_AFTER_REACH = 30  # characters between the verb and its subject (a time: «أمس», «في أيار الماضي»)


_WITH_GAP = re.compile(r"\s+(?:مع\s+)?")  # («و» is the second name's own: «موسكو وأنقرة»)
_AND_GAP = re.compile(r"\s+")  # (a third state first, then one of the two: «وقعت أنقرة وموسكو…»)
# A signing verb a few words before the side that signed «مع» another («وقعت روسيا مع كوريا…», «قد وقعت إيران، الأربعاء،»).
_SIGNING_BEFORE = re.compile(r"(?<!\w)[وف]?(?:وقع\w*|[يت]وقع\w*|ابرم\w*|[يت]برم\w*)(?:[\s،,]+[^\s،,.؛:]+){0,3}?[\s،,]+$")
SIGNING_BEFORE_REACH = 40
WITH_REACH = 30  # characters between the third state and the agreement («مع كوريا الشمالية، الشهر الماضي، معاهدة»)


# A free-trade zone in a port, city or province is a free zone, not the free-trade agreement («إمكانية إنشاء منطقة تجارة
# حرة في ميناء أستراخان»; folded).
_A_FREE_ZONE = re.compile(r"[وبل]?منطقه\s+(?:لل)?(?:ال)?تجاره\s+(?:ال)?حره\s+(?:في\s+|ب)(?:ال)?"
                          r"(?:ميناء|مواني|مدينه|جزيره|محافظه|اقليم|مقاطعه|ولايه|منطقه)")


def _its_noun_before(ctx: Context, cs: int, a: int) -> int:
    """Where the agreement noun whose name holds the catalogue words at ``a`` begins («الاتفاقية المؤقتة لإقامة منطقة
    تجارة حرة»), a few words before and no punctuation between; else ``a``."""
    if ctx.within(ctx.art.lex.agreement_nouns, a, a + 1):
        return a  # (the catalogue words open on a noun of their own: «خارطة طريق لتنفيذ بنود المعاهدة الشاملة»)
    nouns = [p for p, _ in ctx.within(ctx.art.lex.agreement_nouns, max(cs, a - NOUN_BEFORE_REACH), a)]
    return nouns[-1] if nouns and not _LABEL_END.search(ctx.art.text, nouns[-1], a) else a


NOUN_BEFORE_REACH = 30


def _part(cs: int, ce: int, main: int, a: int) -> tuple[int, int]:
    """The part of the clause ``[cs, ce)`` that holds ``a``: the fronted clause before ``main`` (its comma left out) or
    the main clause from it; the whole clause where nothing is fronted."""
    return (cs, ce) if main == cs else (cs, main - 1) if a < main else (main, ce)


def _free_trade(art: Article, label: str, b: int, ce: int) -> bool:
    """Whether the agreement is the free-trade one with the Eurasian union: its name speaks of free trade, or the
    union is named right after it («الاتفاق التجاري المؤقت بين إيران والاتحاد الاقتصادي الأوراسي»), or referred back
    to there by a bare «الاتحاد» («الاتفاق المؤقت بين إيران والاتحاد»)."""
    words = art.lex.free_trade_words
    return bool(words.find_regex(normalize(label)).spans) or art.has(words, b, min(ce, b + FREE_TRADE_REACH)) or \
        any(b <= p < min(ce, b + FREE_TRADE_REACH) for p, _ in art.union_referred)


FREE_TRADE_REACH = 60  # characters after the noun in which the union named makes it that agreement


def _with_the_union_before(ctx: Context, cs: int, a: int) -> bool:
    """Whether the union Russia leads, or one of its bodies, is named after «مع» shortly before the agreement at ``a``
    («بدأت طهران مشاوراتها مع الهيئة الاقتصادية الأوراسية بشأن اتفاق تفضيلي»): its other party."""
    lex, text = ctx.art.lex, ctx.art.text
    s = max(cs, a - UNION_BEFORE_REACH)
    for terms in (lex.russia_blocs, lex.russia_bloc_bodies):
        for p, q in ctx.within(terms, s, a):
            with_it = _WITH_RIGHT_BEFORE.search(text, max(cs, p - WITH_WORDS_REACH), p)
            if with_it is not None and not re.search(r"[،,؛:]", text[q:a]) and \
                    _DEALING.search(text, max(cs, with_it.start() - DEALING_REACH), with_it.start()):
                return True
    return False


UNION_BEFORE_REACH = 80  # characters between the union named and the agreement (a relative clause on it: «الذي تقوده روسيا»)
_WITH_RIGHT_BEFORE = re.compile(r"(?<!\w)مع\s+(?:(?:ال)?دول\s+)?$")  # (folded)
WITH_WORDS_REACH = 12
# Talks, a signing or agreeing, the verb or its noun, before «مع» («تفاوضت إيران مع…», «بدأت طهران مشاوراتها مع…»; folded).
_DEALING = re.compile(rf"(?<!\w)[وف]?(?:[يت]?تفاوض\w*|{_TALKS}\w*|{_SIGNS}|[يت]وقع\w*|[يت]برم\w*|اتفق\w*|[يت]تفق\w*|"
                      r"[يت]?توصل\w*)(?:\s+\S+){0,2}?\s+$")
DEALING_REACH = 40


def _told_before(art: Article, a: int, label: str) -> Signal | None:
    """The agreement told of before ``a`` that the definite ``label`` refers back to: the last one named, where the
    label only points back («الاتفاقية الجديدة»); else the one whose name it repeats, definite («الاتفاقية الحكومية»
    after «اتفاقية حكومية لبناء خط…», «مذكرة التفاهم» after «مذكرة تفاهم لتوريد الغاز»)."""
    at = art.nt.to_orig(a)  # (signals carry original offsets)
    before = [sig for sig in art.agreements_told if sig.start < at and not _only_referring(sig.label)]
    if _only_referring(label):
        return before[-1] if before else None
    # (the noun and its first word after it: what runs on after those may be the clause's, not the name's)
    words = [_INDEFINITE.sub("", w) for w in normalize(label).split()[:ECHO_WORDS]]
    echoed = [sig for sig in before if len(words) == ECHO_WORDS and normalize(sig.label).split()[:ECHO_WORDS] == words]
    return echoed[-1] if echoed else None


ECHO_WORDS = 2


_INDEFINITE = re.compile(r"^[وفبكل]?(?:ال|ل(?=ل))")  # the article (and a clitic) off a word: «الحكومية» -> «حكومية»


def their_treaty(ctx: Context) -> list[Signal]:
    """The two's treaty named by its name in a sentence that names one of them or neither («ونقل البيان عن بوتين أن
    نص معاهدة الشراكة الاستراتيجية الشاملة "قد اكتمل"»), in an article about the two, the sentence naming no third
    state (Russia's treaty with Pyongyang and Iran's with Beijing go by the same names); so is the free-trade
    agreement with the union Russia leads («وأرجع ذلك إلى اتفاقية التجارة الحرة مع الاتحاد الاقتصادي الأوراسي»)."""
    art = ctx.art
    if ctx.whole.third or not art.pairs_the_two:
        return []
    out = []
    for entry, hits in ((art.lex.treaty, ctx.within(art.lex.treaty.terms)),
                        (art.lex.free_trade, [sp for sp in with_the_union(art) if ctx.s <= sp[0] < ctx.e])):
        if not hits:
            continue
        a, b = hits[0]
        (cs, ce), _ = ctx.clause_of(a)
        if not _not_so(art.text, cs, a):
            out.append(ctx.signal("agreement", entry.key, entry.label, entry.topic, cue=(a, b),
                                  status=status(ctx, cs, ce, a, b)))
    return out


PROJECT_REACH = 30  # characters after an agreement's noun in which the project it is for is named
# Between the noun and the project, only what makes it the project's own agreement: its government, funding or building
# («الحكومية لتمويل وبناء خط سكة حديد»), not a part or a service of it («لاستملاك أراضي مسار», «شراء قضبان», «الضمانات
# الخاصة بمحطة»; folded).
_PROJECT_GAP = re.compile(r"(?:\s+(?:و?[لب]?(?:ال)?(?:حكومي\w*|دولي\w*|تمويل|بناء|انشاء|تشييد|اقامه|مد|خط|سكه|حديد|"
                          r"الحديديه|السكك)))*\s*")
_WITH_AFTER = re.compile(r"[^،,.؛:]{0,60}?(?<!\w)مع(?!\w)")  # another party «مع» after it


def for_their_project(ctx: Context) -> list[Signal]:
    """An agreement to fund or build a project only Iran and Russia share, the project named right after the
    agreement's noun (`_PROJECT_GAP`), in a sentence that does not name both sides (those go through `agreements`) and
    names no third state, with no other party «مع» it («بعد أكثر من عام على توقيع اتفاقية سكة حديد رشت–آستارا»):
    theirs."""
    art = ctx.art
    nouns = ctx.within(art.lex.agreement_nouns)
    if not nouns or ctx.whole.third or not art.pairs_the_two:  # (most sentences name no agreement: asked first)
        return []
    projects = [(p, en) for en in art.lex.entries if en.kind == "project" and en.bilateral
                for p, _ in ctx.within(en.terms)]
    for a, b in nouns:
        project = next((en for p, en in projects if 0 <= p - b <= PROJECT_REACH and _PROJECT_GAP.fullmatch(art.text, b, p)), None)
        if project is None or "عقد" in art.text[a:b] or _agreeing_on(art.text[b:b + 30].lstrip()) or \
                _WITH.search(art.text, max(ctx.s, a - PROJECT_REACH), a) or _WITH_AFTER.match(art.text, b):
            continue  # (a contract for it is the project itself; «الاتفاق على ربط…», agreeing on it; one «مع» another)
        (cs, ce), sc = ctx.clause_of(a)
        if _not_so(art.text, cs, a):
            continue
        label, qualified = _label(ctx, sc, a, b, ce)
        if qualified is None:
            continue
        key, topic = ("nuclear_cooperation", "nuclear") if project.topic == "nuclear" else ("other", None)
        return [ctx.signal("agreement", key, label, topic, cue=(a, b), status=status(ctx, cs, ce, a, b))]
    return []


def with_the_union(art: Article) -> list[tuple[int, int]]:
    """Where the free-trade agreement is named with the union Russia leads in or right after it («اتفاقية التجارة الحرة
    مع الاتحاد الاقتصادي الأوراسي»): Iran's, in an article about the two, where no other state is its party."""
    return [(a, b) for a, b in art.hits(art.lex.free_trade.terms).spans
            if art.has(art.lex.russia_blocs, a, b + FREE_TRADE_REACH)]


# Their treaty by a name that opens on its noun and names the partnership (folded; not «خارطة طريق للتعاون الشامل», nor
# «اتفاقية التعاون الاستراتيجي», which others' agreements are called too).
_PARTNERSHIP_TREATY = re.compile(r"[وفبل]?(?:ال|لل)?(?:معاهد|اتفاق|وثيق)\w*\s+(?:ال)?شراك")


def named_alone(art: Article) -> list[tuple[int, int]]:
    """Where the two's own agreements are named in a way that needs neither of them named beside it, in an article
    about the two: their partnership treaty by its name, and Iran's free-trade agreement with the union."""
    if not art.pairs_the_two:
        return []
    treaty = [(a, b) for a, b in art.hits(art.lex.treaty.terms).spans if _PARTNERSHIP_TREATY.match(art.text, a)]
    return treaty + with_the_union(art)


_WITH = re.compile(r"(?<!\w)مع\s+$")


# Other states counted but not named beside the two («وعشرون دولة أخرى», «ودول أخرى»; folded).
_AMONG_MANY = re.compile(r"(?<!\w)و(?:\S+\s+){0,2}?(?:دوله|دول|بلدا|بلدان)\s+اخر(?:ي|ين|يات)?(?!\w)")


def _with_both(text: str, sc: Scope, b: int) -> bool:
    """Whether the two, as one group, follow «مع» after the agreement at ``b``: they are its other party, not its sides."""
    return any(g.start >= b and {IRAN, RUSSIA} <= g.sides and _WITH.search(text, max(b, g.start - 6), g.start)
               for g in sc.groups)


def _not_so(text: str, cs: int, a: int) -> bool:
    """Whether the agreement at ``a`` is only possible, or denied to be («لم توقعا أي معاهدة تحالف», «ليست
    معاهدة تحالف عسكري»), or any at all («أي اتفاق تجاري قد يبرم مستقبلا»); one not yet signed is told after its
    noun («الاتفاقية لم توقع بعد»), as its status."""
    denied = modality(text, cs, a) == "denied" and not _SIGNED_AS_TOLD.match(text, a, a + SIGNED_AS_TOLD_REACH)
    # (what the sentence then says of it is denied: its step is the one the aside tells, `status`)
    return conditional(text, cs, a) or denied or bool(ANY_OF_IT.search(text, max(cs, a - 6), a)) or \
        bool(_TALKS_DENIED.search(text, max(cs, a - TALKS_DENIED_REACH), a)) or \
        bool(_NONE_THERE.search(text, max(cs, a - NONE_THERE_REACH), a))


# There is none, right before it («لا يوجد اتفاق بهذا الشأن», «ليس هناك أي مذكرة»; folded).
_NONE_THERE = re.compile(r"(?<!\w)(?:لا\s+(?:يوجد|توجد)|ليس\s+(?:هناك|ثمه)|ليست\s+(?:هناك|ثمه))\s+(?:(?:اي|ايه)\s+)?$")
NONE_THERE_REACH = 25


# Its signing told by a participle set off after its name («نفى بيسكوف أن تكون معاهدة الشراكة…، الموقعة في يناير
# الماضي، تُلزم روسيا…»): what is denied is what is said of it, not the agreement, which the participle presupposes.
_SIGNED_AS_TOLD = re.compile(r"[^\s،,.؛:]+(?:\s+[^\s،,.؛:]+){0,5}?\s*[،,]\s*(?:الموقعه|الموقع|المبرمه|المبرم|"
                             rf"(?:التي|الذي)\s+(?:(?:جري|تم)\s+توقيع(?:ها|ه)|{_SIGNS}))(?!\w)[^،,.؛:]*[،,]")
SIGNED_AS_TOLD_REACH = 120


def _presupposed(ctx: Context, a: int) -> tuple[int, int] | None:
    """The aside set off after the name of an agreement in a denied clause that tells its signing (its existence
    presupposed), from the noun to the aside's closing comma; None where there is none."""
    m = _SIGNED_AS_TOLD.match(ctx.art.text, a, min(ctx.e, a + SIGNED_AS_TOLD_REACH))
    return (a, m.end()) if m else None


# Any talks on it denied, right before it («لم تدخل في أي مفاوضات مع روسيا لإبرام اتفاقية…», «لا توجد أي محادثات
# بشأن اتفاقية…»; folded).
_TALKS_DENIED = re.compile(r"(?<!\w)[وف]?(?:لم|لا|لن|ليس|ليست)\s+(?:\S+\s+){0,2}?(?:في\s+)?(?:اي|ايه)\s+"
                           rf"(?:{_TALKS}|تفاوض)(?:\s+[^\s،,.؛:]+){{0,4}}?\s+"
                           r"(?:(?:ل|بهدف\s+|من\s+اجل\s+)(?:ابرام|توقيع)|بشان|حول)\s+$")
TALKS_DENIED_REACH = 90



def _arms_deal_before(art: Article, a: int) -> bool:
    """Whether the contract at ``a`` is the arms deal the article told of just before («صفقة "إس-300"… فالعقد وُقّع
    عام 2007»): an arms system named in the two sentences before."""
    i = bisect_right(art.sentences, (a, len(art.text)))  # sentences starting at or before the contract
    since = art.sentences[i - 3][0] if i >= 3 else 0
    return art.hits(art.lex.arms).any(since, a)


FAILED_REACH = 70  # characters before the noun in which a failure governs it
# «فشل "قمة طهران"، التي جمعت رؤساء…، بالتوصل إلى اتفاق»: reaching it, failed however far back in the sentence.
_REACHING = re.compile(r"(?<!\w)[وفبل]?(?:في\s+)?التوصل\s+(?:ال[يى]\s+)?$")


def _failed(art: Article, s: int, cs: int, a: int) -> bool:
    """Whether the agreement at ``a`` (its clause from ``cs``, its sentence from ``s``) is one the parties
    failed to reach."""
    start = s if _REACHING.search(art.text, max(cs, a - 20), a) else max(cs, a - FAILED_REACH)
    failed = art.lex.failed.search(art.text, start, a)
    # (not its carrying out stalled, «تعثر تنفيذ الاتفاق…»: it was reached, and is being carried out; nor the talks
    # on it, «تعثرت المفاوضات بين طهران وموسكو بشأن اتفاقية…»: it is still being negotiated)
    return failed is not None and not _ITS_CARRYING_OUT.match(art.text, failed.end(), a) and \
        not _THE_TALKS_STALLED.match(art.text, failed.end(), a)


_ITS_CARRYING_OUT = re.compile(r"\s+(?:تنفيذ|تطبيق)\s*$")  # right between the failing word and the agreement (folded)
# the failing word's subject, talks whose topic is the agreement (folded; not talks that failed to reach one)
_THE_TALKS_STALLED = re.compile(rf"\s+(?:ال)?{_TALKS}(?:\s+[^\s،,.؛:]+){{0,6}}?\s+(?:بشان|حول)\s*$")


# «العقد» as a span of ten years («خلال العقد الأخير», «منذ مطلع العقد الماضي»), folded.
_DECADE = re.compile(r"(?<!\w)(?:خلال|طوال|منذ|مدي|في|عبر|مطلع|نهايه|بدايه|اواخر|اوايل)\s+$")
_DECADE_AFTER = re.compile(r"\s+(?:الاخير|الماضي|المقبل|الحالي|القادم|المنصرم|الاول|الثاني|الثالث)(?!\w)")


def _a_decade(text: str, a: int, b: int) -> bool:
    """Whether «العقد» at ``[a, b)`` is a decade: a word of time before it and one of which decade after."""
    return bool(_DECADE.search(text, max(0, a - 12), a)) and bool(_DECADE_AFTER.match(text, b))


# «عقدا مؤتمرا صحفيا», «عقدا لقاء ثنائيا»: held (a meeting, a conference), the verb, not a contract (folded; not «عقدا
# لقاء 200 مليون يورو», a contract in exchange for a sum)
_HELD = re.compile(r"ا?\s+(?:موتمر\w*|لقا\w*(?!\s+(?:[\d٠-٩]|مبلغ|ثمن|حصه|نسبه|قيمه|مقابل))|اجتماع\w*|جلس\w*|قم\w*|محادثات|مباحثات|جول\w*|ندو\w*|منتدي\w*|مشاورات)(?!\w)")


def _agreeing_on(after: str) -> bool:
    """Agreeing on a text («توصلا إلى اتفاق حول نص مذكرة التفاهم»: agreeing on the memorandum's text), not an agreement.
    (A definite «الاتفاق على…» as the act of agreeing was meant here too, but a second `_VERBAL_NOUN` defined further
    down had long shadowed its pattern, and bringing it back loses one right agreement on the tuning part: deleted.)"""
    return _ON_ITS_TEXT.match(after) is not None


_ON_ITS_TEXT = re.compile(r"(?:حول|علي|بشان)\s+(?:ال)?(?:نص|صيغه)(?!\w)")


_DEFINITE_SINGULAR = re.compile(r"^[وفبكل]?(?:ال|ل)(?:معاهده|اتفاقيه|اتفاق|وثيقه)$")


def _the_agreement(art: Article, noun: str) -> Entry | None:
    """The one catalogue agreement the article names, where ``noun`` is a definite singular reference to it."""
    if not _DEFINITE_SINGULAR.match(noun):
        return None
    if art.named_agreements is None:  # once per article: it may be asked in several sentences
        art.named_agreements = [en for en in art.lex.entries
                                if en.kind == "agreement" and en.terms.find_regex(art.text).spans]
    named = art.named_agreements
    if len(named) == 1:
        return named[0]
    if named:
        return None
    # None named by the catalogue's words: the one catalogue agreement told so far («وقّعت ايران والدول الأعضاء في
    # الاتحاد الأوراسي اتفاقية للتجارة الحرة الكاملة» … «وقال أوفرتشوك إن الاتفاقية "مرحلة جديدة"»)
    told = {sig.key for sig in art.agreements_told if sig.key != "other"}
    if len(told) != 1:
        return None
    key = told.pop()
    return next((en for en in art.lex.entries if en.kind == "agreement" and en.key == key), None)


# Adjectives that refer to an agreement already named rather than name one («الاتفاقية الجديدة», «المعاهدة
# الموقعة», «الاتفاقية السارية»), folded.
_POINTING = {normalize(w) for w in ["الموقعة", "المبرمة", "المذكورة", "الجديدة", "الأخيرة", "السارية", "الحالية",
                                     "النافذة", "المعنية", "نفسها", "ذاتها", "هذه", "تلك",
                                     "الموقع", "المبرم", "المذكور", "الجديد", "الأخير", "الساري", "الحالي", "النافذ",
                                     "المعني", "نفسه", "ذاته", "هذا", "ذلك", "سابقا", "مؤخرا", "آنفا"]}


# Agreements in the plural told only by their noun and adjectives («الاتفاقيات المبرمة», «مذكرات التفاهم», «الاتفاقات
# الاقتصادية»): several agreements, none named. They keep one label, so that the Agreements page shows them as one
# row, not each wording as an agreement of its own (their evidence keeps the wording).
UNNAMED = "Agreements not named in the text"
_PLURAL_NOUN = re.compile(r"^[وفبل]?(?:ال)?(?:اتفاقيات|اتفاقات|معاهدات|مذكرات|وثايق|عقود|بروتوكولات|"
                          r"اتفاقيتين|اتفاقيتان|اتفاقين|اتفاقان|معاهدتين|مذكرتين|مذكرتان|مذكرتي|مذكرتا|وثيقتين|بروتوكولين)$")  # folded


def _named(label: str) -> str:
    """``label`` as shown, or `UNNAMED` where it is a plural agreement noun with nothing after it but words with the
    article or words that point back."""
    words = normalize(label).split()
    if words and _PLURAL_NOUN.match(words[0]) and all(w.startswith("ال") or w in _POINTING for w in words[1:]):
        return UNNAMED
    return _as_named(label)


def _as_named(label: str) -> str:
    """A name told as the object of a verb, in the accusative, shown as a name («عقدا» → «عقد», «اتفاقا تجاريا جديدا»
    → «اتفاق تجاري جديد»): the noun's alef of the indefinite accusative off, and that of the adjectives right after it."""
    words = label.split()
    if not words or not _ACCUSATIVE_NOUN.fullmatch(normalize(words[0])):
        return label
    out = [_bare(words[0])[:-1]]
    for i, w in enumerate(words[1:], 1):
        b = _bare(w)
        if not (b.endswith("ا") and len(b) >= 4 and not b.startswith("ال")):
            out += words[i:]
            break
        out.append(b[:-1])
    return " ".join(out)


def _bare(word: str) -> str:
    """``word`` without its tanween (an accusative «اتفاقاً» as «اتفاقا»)."""
    return word.replace("\u064b", "")


_ACCUSATIVE_NOUN = re.compile(r"(?:اتفاقا|عقدا|بروتوكولا|برنامجا)")  # an agreement noun, indefinite accusative (folded)


_FOR_WHAT = re.compile(r"^(?:لل?[^\W\d]{3,}|بشان|حول|مجال|مجالات)$")  # «للتعاون», «لبناء», «بشأن», «في مجال» (folded)


def _no_purpose(label: str) -> bool:
    """Whether a label says nothing of what the agreement is for («الاتفاقية المؤقتة», «الاتفاقية الرسوم الجمركية»
    as the reader runs on into the verb's object; not «مذكرة تفاهم للتعاون الجمركي»)."""
    return not any(_FOR_WHAT.match(w) for w in normalize(label).split()[1:])


def _only_referring(label: str) -> bool:
    """Whether a label is the agreement noun and words that only point back to an agreement already named, or that
    name only its other side («المعاهدة مع إيران»: the one the article tells of)."""
    words = normalize(label).split()[1:]
    if len(words) == 2 and words[0] == "مع":
        return True
    return bool(words) and all(w in _POINTING for w in words)


# Words in a label that make an agreement the two's own («الاتفاقية الموقعة بين البلدين», «مع روسيا»).
_OF_THE_TWO = re.compile(r"(?<!\w)(?:بين|مع|الروسي\w*|الايراني\w*|روسيا|ايران|موسكو|طهران)(?!\w)")


def _names_nuclear_deal(art: Article) -> bool:
    """Whether the article names the nuclear deal, or tells it by what was done under it (a bare «الاتفاق» there is
    that deal; the phrases are cues.toml's [refers_to] nuclear_deal)."""
    return any(name in art.text for name in art.lex.nuclear_deal_told)


def _label(ctx: Context, sc: Scope, a: int, b: int, clause_end: int) -> tuple[str, bool | None]:
    """The agreement's name as the text gives it, and whether it is named at all (None: it is the nuclear
    deal, or an agreement with or about another party). A name is the noun followed by an adjective, a
    noun in construct, or a complement («بين البلدين», «في مجال النقل», «لبناء»), up to punctuation, a
    verb-like word, or a party named as the agreement's subject («اتفاق رؤساء إيران…», «اتفاق مع إسرائيل»)."""
    art = ctx.art
    o_a, o_b = art.nt.span(a, b)
    o_end = art.nt.to_orig(clause_end)
    label = [art.nt.orig[o_a:o_b]]
    quoted = _QUOTED.match(art.nt.orig, o_b, o_end)
    if quoted and _VERB_LIKE.match(normalize(quoted.group(1).strip(" «»\"“”").split()[0])):
        quoted = None  # words quoted after it («المعاهدة "تُرسي أساسا…"») are what is said of it, not its name
    if quoted and _DEFINITE.match(art.text[a:b]) and \
            not NISBA.match(normalize(quoted.group(1).strip(" «»\"“”").split()[0])):
        # (after the definite noun, words quoted are what is said of it: «قال إن الاتفاقية «مرحلة جديدة»»; not
        # its parties' adjectives: «الاتفاق "الروسي الإيراني- التركي"»)
        return label[0], False
    if quoted:  # a name in quotes: «اتفاق «وقف التصعيد»» (shown in the one pair of guillemets, its clitic off)
        noun = _CLITIC.sub(lambda m: "ال" if m.group().endswith("لل") else "", label[0])
        return f"{noun} «{quoted.group(1).strip(_QUOTE_MARKS)}»", True
    stops, ends = art.lex.agreement_label_stops, art.lex.agreement_label_ends
    shown: int | None = None  # where the name shown ends, if before the words that tell it
    rest = art.nt.orig[o_b:o_end]
    value = _VALUE_THEN_PURPOSE.match(rest)
    if value:  # «اتفاقا بقيمة 25 مليار دولار لبناء محطة…»: the name goes on at its purpose, past its value
        rest = rest[value.start(1):]
    words = _HYPHENED.sub(r"\1 \2", _LABEL_END.split(rest)[0]).split()[:LABEL_WORDS + BETWEEN_WORDS]
    definite = bool(_DEFINITE.match(art.text[a:b]))  # the noun has the article: what follows it may be no name
    mentions = [m for m in sc.mentions if m.start >= b]
    pos = through = b
    between_words = two_start = two_end = matter_end = 0
    for i, w in enumerate(words):
        f = normalize(w)
        at = art.text.find(f, pos)
        pos = at + len(f) if at >= 0 else pos
        if at < through:  # (the two named after «بين», not counted among the name's words)
            label.append(w)
            two_end = len(label)
            continue
        if i - between_words >= LABEL_WORDS:
            break
        party = next((m for m in mentions if at <= m.start < pos), None)
        if _OTHER_STATE.match(f) or "نووي" in f and (i == 0 or _PROGRAMME.search(" ".join(label))):
            # «اتفاق أمريكي روسي» is another pair's; «الاتفاق النووي», «الاتفاق بشأن البرنامج النووي» is the
            # nuclear deal, while «اتفاقا لبناء محطات نووية» is one of the two's own
            return " ".join(label), None
        if party is not None and party.side in (IRAN, RUSSIA) and party.start == at and NISBA.match(f) and \
                i + 1 < len(words) and NISBA.match(nxt := normalize(words[i + 1])) and \
                any(m.side in (IRAN, RUSSIA) and m.side != party.side and m.start == art.text.find(nxt, pos)
                    for m in mentions):
            # «الاتفاقية الإيرانية الروسية للتعاون في مجال الطاقة»: the two's adjectives name its parties, and the name
            # goes on after them (with nothing after, they are dropped as below)
            two_start = len(label)
            label.append(w)
            two_end = len(label)  # (the next word, inside `through`, is added as the two's too)
            through = art.text.find(nxt, pos) + len(nxt)
            continue
        if party is not None:
            if i and normalize(words[i - 1]) in ("مع", "بشان", "حول", "ضد") and party.side not in (IRAN, RUSSIA):
                return " ".join(label), None  # an agreement with another party
            if i and normalize(words[i - 1]) == "مع" and _goes_on_past(art.text, party.end):
                # «اتفاقية مع إيران لتحديث شبكات الكهرباء»: the other side named, then what it is for: the name goes on
                through = party.end
                label.append(w)
                continue
            other = _the_other_after_between(art.text, words, i, party, mentions)
            if other is None:
                if i == 1 and normalize(words[0]) == "مع" and party.side in (IRAN, RUSSIA) and \
                        not _AGREEING.match(normalize(label[0])):
                    # «المعاهدة مع إيران»: named by its other side (not «الاتفاق مع روسيا», the agreeing itself, or
                    # the deal the powers made with Iran)
                    label.append(w)
                break
            # «مذكرة تفاهم بين إيران وروسيا للتعاون في مجال الزراعة»: the two are part of the name, which goes on
            through = other.end
            between_words = len(art.text[at:through].split()) + 1  # (and «بين»)
            two_start = len(label) - 1
            label.append(w)
            two_end = len(label)
            continue
        if i and i <= 2 and normalize(words[i - 1]) == "مع":  # (further on, «مع إمكانية» is no party)
            if any(m.side in (IRAN, RUSSIA) and at <= m.start < at + WITH_REACH for m in mentions) or \
                    art.names_union(at, at + len(f) + 1):
                break  # «مذكرة تفاهم مع شركة روسية»: with one of the two's companies or bodies, or the union Russia leads
            return " ".join(label), None  # «اتفاقية مع منظمة أوبك»: with someone who is neither side
        if i < matter_end:
            label.append(w)
            continue
        this_matter = _THIS_MATTER.match(" ".join(map(normalize, words[i:i + 3])))
        if this_matter:  # «مذكرة تفاهم بهذا الشأن»: for the matter just told, by a pointing word (read on past it:
            # «…بهذا الخصوص مع واشنطن» is another party's)
            matter_end = i + len(this_matter.group().split())
            label.append(w)
            continue
        if _whole_term(stops, f) or f == _THE_SIGNING and i and normalize(words[i - 1]) not in _PREPOSITIONS and \
                not (i + 1 < len(words) and normalize(words[i + 1]) in _SIGNATURE_KINDS):
            break  # (the signing it awaits, «تنتظر خارطة الطريق… التوقيع»; not «مذكرة حول التوقيع الإلكتروني»)
        if i and (f in _YEAR_WORDS or f == _IN) and i + 1 < len(words) and _A_DATE.match(normalize(words[i + 1])):
            break  # «في مجال الطاقة عام 2019», «في أيار/مايو 2023»: when it was made, after its name
        if f == _IN and i + 1 < len(words) and _A_PLACE.match(normalize(words[i + 1])):
            break  # «الاتفاقية في مدينة أكتاو»: where it was made, not its name
        if i == 0 and f == _ON and definite:  # «بموجب الاتفاقية على مزايا»: the verb's
            break
        if i == 0 and _PURPOSE.match(f) and definite:
            break  # «بعد ساعات من توقيع الاتفاق لشرح بنوده»: what was done for, not which agreement
        if i == 0 and _JOINED.match(f) and definite:
            break  # «تنفيذ الاتفاقات وإزالة العقبات أمام التجارة»: another thing joined to it, not its name
        if i == 0 and _BY_DOING.match(f) and definite:
            break  # «وتقضي الاتفاقية بخفض الرسوم»: what it provides, the verb's complement, not which agreement
        if i and normalize(label[-1]) in _POINTING and f not in _PREPOSITIONS and f not in _POINTING and \
                not _PURPOSE.match(f):
            break  # «أن ترفع الاتفاقية السارية حجم تجارتها»: the verb's object follows the pointing word
        if i == 0 and f == _IN and len(words) > 1 and _MASDAR.match(normalize(words[1])) and definite:
            break  # «أن يسهم الاتفاق في تسريع هذا النمو»: what it does, not which agreement
        after_preposition = i and normalize(words[i - 1]) in _PREPOSITIONS  # a noun follows («على تبادل»)
        if _VERB_LIKE.match(f) and not f.startswith(("ال", "لل")) and not after_preposition:
            break
        if f in _PARTY_WORDS:
            break
        if shown is None and _whole_term(ends, f):
            shown = len(label)
        label.append(w)
    if two_end and two_end == len(label):  # nothing after the two: they name its parties, not it
        del label[two_start:]
    # «لاتفاق بخروج…» names «اتفاق بخروج…»; «للاتفاق الموقع…» is ل on «الاتفاق», whose alef the ل dropped
    label[0] = _CLITIC.sub(lambda m: "ال" if m.group().endswith("لل") else "", label[0])
    named = [w for w in label[1:] if normalize(w) not in _PREPOSITIONS]  # (told by all its words, shown or not)
    label = label[:shown]
    while len(label) > 1 and normalize(label[-1]) in _PREPOSITIONS:  # «اتفاقية خفض التوتر في»
        label.pop()
    return " ".join(label), bool(named)


# What an agreement is for, right after the other side named with «مع» («… مع إيران لتحديث…», «… مع روسيا في مجال
# النقل», «… مع طهران بشأن…»; folded).
_GOES_ON = re.compile(r"\s+(?:ل(?!ل?(?:ان|انه|انها|كن)(?!\w))[^\W\d]{3,}|في\s+مجال|في\s+مجالات|بشان|حول)(?!\w)")


_AGREEING = re.compile(r"^[وفبل]?(?:ال|لل)?اتفاق$")  # (folded)


def _goes_on_past(text: str, end: int) -> bool:
    """Whether the agreement's name goes on past the other side named at ``end`` (`_GOES_ON`)."""
    return _GOES_ON.match(text, end) is not None


def _whole_term(terms: Terms, word: str) -> bool:
    """Whether one of ``terms`` is the whole of ``word`` (folded)."""
    spans = terms.find(word).spans
    return bool(spans) and spans[0] == (0, len(word))


def _the_other_after_between(text: str, words: list[str], i: int, party: Mention, mentions: list[Mention]) -> Mention | None:
    """The other side, where word ``i`` names one of the two right after «بين» and «و» names the other next (and
    no third party after them: «بين إيران وروسيا وتركيا» names a trilateral agreement's parties)."""
    if not i or normalize(words[i - 1]) != _BETWEEN or party.side not in (IRAN, RUSSIA):
        return None
    later = [m for m in mentions if m.start >= party.end]
    end = party.end
    while later and later[0].side == party.side and not text[end:later[0].start].strip():
        end, later = later[0].end, later[1:]  # one name that two lists match («الجمهورية الإسلامية» «الإيرانية»)
    if not later or later[0].side not in (IRAN, RUSSIA) or later[0].side == party.side or \
            not _AND_ONLY.fullmatch(text, end, later[0].start + 1):  # (a mention may begin with its «و»)
        return None
    if len(later) > 1 and _LISTED_NEXT.fullmatch(text, later[0].end, later[1].start + 1):
        return None
    return later[0]


_LISTED_NEXT = re.compile(r"\s*[،,]?\s*و?|\s+\S")  # (a third named right after the two)
_BETWEEN = normalize("بين")
_YEAR_WORDS = {"عام", "سنه", "لعام", "لسنه"}  # (folded)
_THE_SIGNING = normalize("التوقيع")
_SIGNATURE_KINDS = {normalize(w) for w in ("الإلكتروني", "الرقمي")}
# What it is for, told by pointing back to the matter the text has just told («مذكرة تفاهم بهذا الشأن», «اتفاق في هذا
# المجال»; folded): its purpose, as much as «للتعاون في…» would be.
_THIS_MATTER = re.compile(r"(?:ب|في\s+|حول\s+|بشان\s+)(?:هذا|هذه)\s+(?:ال)?(?:شان|خصوص|صدد|مجال|موضوع|ملف|اطار|مساله|قضيه)(?!\w)")
_A_PLACE = re.compile(r"^(?:ال)?(?:مدينه|عاصمه|قصر|مقر|الكرملين|منتجع)$")  # a place after «في» (folded)
_A_DATE = re.compile(r"\d|\w+/\w+")  # a year or day, or a month named twice («أيار/مايو»)
_AND_ONLY = re.compile(r"\s*و|\s+\S")
BETWEEN_WORDS = 5  # «بين» and the two's names in a name («بين الجمهورية الإسلامية الإيرانية وروسيا»), words over that
LABEL_WORDS = 6  # words after the noun a name may run to («مذكرة تفاهم لربط نظامي الدفع»), short of punctuation or a verb
WITH_REACH = 30  # characters after «مع» in which the side a body belongs to is named («مع البنك المركزي الروسي»)
# A value after the noun, then what the agreement is for («بقيمة ٢٥ مليار دولار لبناء…»).
_VALUE_THEN_PURPOSE = re.compile(r"\s*(?:بقيمة|قيمته|قيمتها|بكلفة|بتكلفة|تبلغ قيمته)[^،,.؛:]{0,60}?\s(ل[^\W\d]{3,})")
_NUCLEAR = re.compile(r"نووي|مفاعل|الذري")  # folded: «نووية», «المفاعلات الصغيرة», «الطاقة الذرية»
NUCLEAR_REACH = 90  # characters after the noun in which «نووي» makes an agreement a nuclear one (or Rosatom a party)
_ON = normalize("على")
# «ل» on a verbal noun after a definite agreement: the purpose of the act that governs it, not its name (the
# name of an indefinite one may say what it is for: «اتفاقية لبناء محطة»).
_PURPOSE = re.compile(r"^ل(?!ل)[^\W\d]{3,}$")
# «و» joined to a definite noun or to one that opens on alef (a verbal noun: «وإزالة», «واستكمال»), folded; not a
# word whose own first letter is waw («وجود», «وزارة»)
_JOINED = re.compile(r"^و(?:ال|ا)[^\W\d]{2,}$")
_BY_DOING = re.compile(r"^ب(?!ين$|شان$|قيمه$|موجب$)[^\W\d]{3,}$")  # «بخفض», «بإنشاء» (folded); not «بين», «بشأن»
_IN = normalize("في")
_MASDAR = re.compile(r"^ت\w\wي\w$")  # a verbal noun of the pattern تفعيل («تسريع», «تعزيز», «تنفيذ»)
_DEFINITE = re.compile(r"^[وفبكل]?(?:ال|لل)")  # the noun has the article, with or without a clitic
_PROGRAMME = re.compile(r"برنامج|ملف")

# Documents counted («التوقيع على ١٦ وثيقة», «بتوقيع تسع وثائق», «أربع عشرة وثيقة تعاون»), folded: a bundle of
# agreements where a verb of signing governs it (`_signed_unnamed`). Not documents uncounted («تبادل وثائق التصديق»,
# «الوثيقة» that is the treaty referred to).
_NUMBER_WORD = (r"(?:\d+|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|ثمان|تسع|تسعه|عشر|عشره|"
                r"احدي|احد|اثنتي|اثني|اثنتا|اثنا|عشرين|عشرون|ثلاثين|ثلاثون|اربعين|اربعون|عده|عدد\s+من)")
_COUNTED = re.compile(rf"(?<!\w){_NUMBER_WORD}(?:\s+(?:عشر|عشره))?\s+(?P<noun>وثيقه|وثايق)(?!\w)")


def _counted_documents(text: str, cs: int, ce: int) -> list[tuple[int, int]]:
    """The spans of documents the clause ``[cs, ce)`` counts."""
    return [m.span("noun") for m in _COUNTED.finditer(text, cs, ce)]

# A signing verb just before an indefinite noun: «وقعا اتفاقا», «أبرمت الشركتان اتفاقية»: an agreement the
# text says was made, though it gives no name.
# (or exchanged at the ceremony, «جرى تبادل مذكرة تفاهم بين…»; not «التبادل», the trade)
_SIGNING = re.compile(r"(?<!\w)[وف]?(?:وقع\w*|ابرم\w*|ب?(?:ال)?توقيع|ب?(?:ال)?ابرام|تبادل)(?!\w)")  # «بتوقيع إحدى عشرة وثيقة»
SIGNING_REACH = 90  # characters between the verb and the noun (the signatories, two companies' names, stand between)


def _signed_unnamed(art: Article, cs: int, a: int, b: int, st: str) -> bool:
    """Whether the unnamed indefinite agreement at ``[a, b)`` is the object of a signing verb, signed (or being
    carried out since), or of
    a proposal to sign one («اقترحت طهران على موسكو اتفاقا يعفي…», «دعا إلى إبرام اتفاقية مع البنك…»)."""
    text = art.text
    if _DEFINITE.match(text[a:b]):
        return False
    if st == "proposed":  # (the call governing it: no comma between)
        call = art.lex.call.search(text, max(cs, a - SIGNING_REACH), a)
        return call is not None and not re.search(r"[،,]", text[call.end():a])
    if st not in ("signed", "implementing"):
        return False
    if _SIGNING.search(text, max(cs, a - SIGNING_REACH), a):
        return True
    # (farther, past the signatories and the occasion, as long as no comma cuts them off: «وقد وقعت غازبروم والشركة
    # الوطنية الإيرانية للنفط خلال زيارة الرئيس فلاديمير بوتين إلى طهران في يوليو/تموز مذكرة تفاهم»)
    far = [m for m in _SIGNING.finditer(text, max(cs, a - SIGNING_FAR_REACH), a)]
    if not far or _ITS_OWN_OBJECT.search(text, far[-1].end(), a) or art.lex.call.search(text, far[-1].end(), a):
        return False  # («ووقع الوزيران… بيانا مشتركا يدعو إلى التوصل إلى اتفاق»: the verb's object is the statement)
    # (a source set off by commas is no cut: «وقّعت شركة غازبروم والشركة الوطنية…، بحسب ما أوردت وكالة شانا…، مذكرة»)
    return not re.search(r"[،,؛:]", _SOURCE_ASIDE.sub(" ", text[far[-1].end():a]))


SIGNING_FAR_REACH = 180
# A document the signing verb already has as its object (folded, accusative indefinite).
# (a statement: agreements joined by «و» are all the verb's objects, «وقعا اتفاقية النقل ومذكرة تفاهم»)
_ITS_OWN_OBJECT = re.compile(r"(?<!\w)(?:بيانا|اعلانا|بلاغا)(?!\w)")
_SOURCE_ASIDE = re.compile(r"[،,]\s*(?:و?(?:بحسب|حسب|وفق|وفقا\s+ل|طبقا\s+ل|نقلا\s+عن)|كما\s+(?:افادت|ذكرت|اوردت))[^،,.؛:]*[،,]")


# A preposition or conjunction written onto the noun: «لاتفاق», «والاتفاقية», «للاتفاق» (ل + الاتفاق).
# (and «و» or «ف» on a noun that opens on a consonant: «ومعاهدات قديمة»; not the «و» of «وثيقة» itself)
_DOCUMENT_STEMS = r"(?:مذكر|معاهد|وثيق|وثائق|بروتوكول|عقد|عقود|خارط|خريط|برنامج)"
_CLITIC = re.compile(rf"^(?:[وف]?[بلك](?=ا)|[وف](?=ا)|[وف]?لل(?=ا)|[وف]?[بلك]?(?={_DOCUMENT_STEMS}))")


# An adjective of a third state in an agreement's name makes it that state's («اتفاق أمريكي روسي», «اتفاقية تركية»).
_OTHER_STATE = re.compile(r"^(?:ال)?(?:امريكي|اميركي|تركي|اسراييلي|سعودي|صيني|اوروبي|فرنسي|بريطاني|الماني|"
                          r"اماراتي|قطري|مصري|هندي|باكستاني|افغاني|اذربيجاني|ارميني|اوكراني)[ةه]?$")


# Words after «اتفاق» that name who agreed, not what («اتفاق رؤساء إيران وروسيا»), folded as they are compared.
_PARTY_WORDS = {normalize(w) for w in ["رؤساء", "وزراء", "زعماء", "قادة", "الجانبين", "البلدين", "الطرفين", "الدول",
                                        "الزعماء", "الرؤساء", "القادة"]}


STATUS_REACH = 120  # characters between an agreement and a status word that can govern it
# A word that is an agency's name where it stands, after «وكالة» (folded); in a dateline, `dateline_end` tells.
_AGENCY_NAME = re.compile(r"(?<!\w)[وبل]?(?:ال)?وكاله(?:\s+(?:انباء|الانباء))?\s*[«\"“]?\s*$")
AGENCY_REACH = 20


def status(ctx: Context, cs: int, ce: int, a: int, b: int) -> str:
    """The status of the agreement at ``[a, b)``: what a relative clause right after it says of it
    («المعاهدة التي دخلت حيز التنفيذ»), else the status word nearest to it in its clause (before it on a tie:
    the verb that governs it), words negated or in the future giving the status they imply. Where the
    clause has none, the verb may follow a relative clause that cut it short («اتفاقية التجارة الحرة…، الذي
    يضم روسيا…، ستدخل حيز التنفيذ بعد استكمال المصادقة»)."""
    if modality(ctx.art.text, cs, a) == "denied" and (aside := _presupposed(ctx, a)) is not None:
        # «نفى أن تكون معاهدة الشراكة، الموقعة في يناير، قد دخلت حيز التنفيذ»: not in force; signed, as the aside says
        told = _status_in(ctx, aside[0], aside[1], a, b)
        return told if told != "mentioned" else "signed"
    st = _status(ctx, cs, ce, a, b)
    if st == "in_force" and _HOPED_ENTRY.search(ctx.art.text, max(cs, a - HOPED_REACH), a):
        return "signed"  # «يعوّل على دخول الاتفاقية… حيز التنفيذ», «أمله في دخول…»: its entry hoped for, to come
    if st in _ASKED_STEPS and _ASKED.match(ctx.art.text, cs):
        # «هل توقع روسيا وإيران اتفاقية…؟», «هل تصادق…؟»: the step asked, not told; one its name presumes after it
        # («هل يصادق البرلمان على المعاهدة الموقعة مع روسيا؟») is
        return _status_in(ctx, b, ce, a, b)
    return st


def _status(ctx: Context, cs: int, ce: int, a: int, b: int) -> str:
    # The agreement as the subject, a relative clause set off by commas after it: that clause is an aside, and
    # the verb after it is what the sentence says of the agreement («اتفاقية التجارة…، والتي وقعت عام 2018،
    # دخلت حيز التنفيذ في أكتوبر 2019»). (With a status before the noun, that verb governs it.)
    aside = _ASIDE.search(ctx.art.text, b, min(ctx.e, b + ASIDE_REACH))
    if aside is not None and _status_in(ctx, cs, a, a, b) == "mentioned":
        after = _status_in(ctx, aside.end(), ctx.e, a, b, reach=ctx.e - b)
        if after == "negotiating" and _unsigned_text_done(ctx, aside.end(), a, b):
            return "drafted"  # «…، التي يقول الجانبان إن معظم بنودها اكتمل، لم توقع بعد»: its text done in the aside
        if after != "mentioned":
            return after
    st = _status_in(ctx, cs, ce, a, b)
    if st == "mentioned" and ce < ctx.e:
        st = _status_in(ctx, cs, ctx.e, a, b, reach=ctx.e - b)  # past the relative clause, however long
    if st in ("mentioned", "signed", "in_force") and \
            (begun := _BEGUN_AFTER.search(ctx.art.text, b, ctx.e) or _DONE_UNDER_IT_AFTER.search(ctx.art.text, b, ctx.e)) \
            is not None and not ctx.within(ctx.art.lex.agreement_nouns, b, begun.start()):
        # (or in force, then something done under it: «بدأ العمل باتفاقية الملاحة…، وانطلقت أمس بموجبها أولى الرحلات»)
        return "implementing"
    if st not in ("mentioned", "in_force"):
        # A later step told by a verb joined to the clause's own, its subject the agreement still («وقّعت روسيا
        # وإيران والهند اتفاقية إنشائه في سبتمبر ٢٠٠٠، ودخلت حيز التنفيذ عام ٢٠٠٢»): where it stands now.
        then = _THEN_STEP.search(ctx.art.text, b, ctx.e)
        if then is not None and not ctx.within(ctx.art.lex.agreement_nouns, b, then.start()) and \
                not _UNDONE_AFTER.search(ctx.art.text, then.end(), ctx.e) and \
                not _OTHER_ENTERS.search(ctx.art.text, then.end(), ctx.e):
            later = _status_in(ctx, then.end(), ctx.e, a, b, reach=ctx.e - b)
            if later != "mentioned":
                st = _strongest(ctx.art.lex, [st, later])
    if st == "mentioned":
        # The verb before the subject's aside governs the agreement after it («وقعت إيران والدول الأعضاء في الاتحاد
        # الأوراسي، الذي تقوده روسيا، الخميس… اتفاقية مؤقتة للتجارة الحرة»): the words before the aside say it.
        text = ctx.art.text
        aside = _ASIDE_BEFORE.search(text, ctx.s, a)
        if aside is not None:
            head = max(ctx.s, text.rfind("،", ctx.s, aside.start()) + 1, text.rfind(",", ctx.s, aside.start()) + 1)
            st = _status_in(ctx, head, aside.start(), a, b)
    if st == "mentioned" and _text_ready(ctx, b):
        return "drafted"  # «معاهدة الشراكة، التي أنجز الطرفان نصها ويُفترض أن توقع قريبا»: its text done, not signed
    if st in ("mentioned", "signed") and _IN_PRINCIPLE.search(ctx.art.text, cs, ce) and \
            not _SIGNED_PAST.search(ctx.art.text, cs, ce):
        return "negotiating"  # «توصلتا إلى اتفاق مبدئي على…», «اتفقتا من حيث المبدأ على…»: its terms still to settle
    if st == "mentioned" and _signed_among(ctx, a):
        return "signed"
    if st == "mentioned" and _set_up_announced(ctx, a):
        # «أعلنت روسيا وتركيا وإيران، في بيان مشترك…، إنشاء آلية ثلاثية لمراقبة…»: set up by their statement
        return "signed"
    if st == "negotiating" and _NOT_SIGNED_YET.search(ctx.art.text, cs, ce) and \
            any(_SIGNED_BY_IT.search(ctx.art.text, max(b, p2 - 12), p2)
                for said, terms in ctx.art.lex.not_yet if said == "drafted" for p2, _ in ctx.within(terms, b, ctx.e)):
        # «ولم يوقّع الرئيسان المعاهدة في قازان…، وقال الكرملين إنها ستوقع خلال زيارة…»: not signed yet, its signing
        # set for an occasion: the text is ready (not still being negotiated)
        return "drafted"
    if st == "drafted" and _STILL_IN_TALKS.search(ctx.art.text, b, ce):
        return "negotiating"  # «مسودة وثيقة للتعاون… لا تزال قيد التفاوض»: a draft, still being negotiated
    if st == "negotiating" and _unsigned_text_done(ctx, ctx.s, a, b):
        # «لم توقع بعد، لكن نصها بات شبه جاهز», «…وإن معظم بنودها اكتمل», «ورغم الانتهاء من إعداد نصها…، لم توقع
        # الاتفاقية»: not signed, its text done: drafted
        return "drafted"
    if st == "signed" and _SINCE_SIGNING.search(ctx.art.text, max(ctx.s, a - SINCE_REACH), a) and \
            _under_way_now(ctx.art.text, ctx.s, ctx.e) and not _NOT_BEGUN.search(ctx.art.text, ctx.s, ctx.e):
        # «بدأت الآليات أعمال تمهيد المسار… بعد نحو ثلاث سنوات على توقيع الاتفاقية الحكومية لتمويل المشروع»: the time
        # since its signing told with the work going on, it is being carried out
        return "implementing"
    if st == "signed" and _set_up_at_work(ctx, a, b) and not _NOT_BEGUN.search(ctx.art.text, ctx.s, ctx.e):
        # «وقّعنا… اتفاقاً يسمح للمصارف…، وعدد من المصارف يستخدم هذه القناة الآن», «الخط، الذي وقّع البلدان اتفاقية
        # تمويله…، دخل مرحلة استملاك الأراضي»: signed, and what it set up told at work after it
        return "implementing"
    return st


# A yes-or-no question opening the clause whose own verb is a step, or that heads toward one («هل توقع روسيا وإيران…»,
# «هل تتجه… نحو إبرام…»; not one it presumes, «هل يعني توقيع…», «هل تصمد المعاهدة التي وقعتها…»), and the steps it
# asks rather than presumes (the talks it asks the end of are going on: «هل تنجح… في إنهاء مفاوضات اتفاقية…؟»); folded.
_ASKED = re.compile(r"\s*[«\"]?\s*[وف]?هل\s+(?:س|سوف\s+)?(?:[يت]?(?:وقع|برم|صادق|دخل|نفذ|طبق|سري)\w*|ابرم\w*|"
                    r"(?:[^\s،,.؛:؟]+\s+){1,5}?(?:نحو|الي|من|وشك)\s+(?:ال)?(?:توقيع|ابرام|مصادقه|تصديق|تنفيذ))(?!\w)")
_ASKED_STEPS = {"implementing", "in_force", "ratified", "signed", "drafted"}  # (a rule's subset, not the vocabulary)
# A step's verbal noun (folded), and the words after it, past the agreement it governs, that tell it to come
# («مرتقب», «من المقرر», «سيجري»), with the step reached before it.
_VERBAL_NOUN = re.compile(r"[وبل]?(?:ال)?(?:توقيع|مصادقه|تصديق|تنفيذ|تطبيق|دخول)(?:ها|ه)?")
_COMES_LATER = re.compile(r"[^،,.؛:؟!]{0,90}?(?<!\w)(?:مرتقب|مرتقبه|متوقع|متوقعه|منتظر|منتظره|مقرر|مقرره|مزمع|مزمعه|"
                          r"س[يت](?:جري|تم|كون)|سوف\s+[يت](?:جري|تم|كون))(?!\w)")
_NOT_YET_AFTER = re.compile(r"[^،,.؛:؟!]{0,90}?(?<!\w)(?:لم|لما)\s+(?:[يت]بدا|[يت]تم|[يت]جر|[يت]كتمل)(?!\w)")
_STEPS_TO_COME = {"signed": "drafted", "ratified": "signed", "in_force": "signed", "implementing": "signed"}
# Agreed in principle (folded): an agreement not yet concluded («اتفاق مبدئي», «من حيث المبدأ», «مبدئيا»).
_IN_PRINCIPLE = re.compile(r"(?<!\w)(?:مبديي|مبدييا|مبدييه|المبديي|المبدييه|من\s+حيث\s+المبدا)(?!\w)")
# Still under negotiation, after the agreement (folded).
_STILL_IN_TALKS = re.compile(r"(?<!\w)(?:لا\s+(?:تزال|يزال)|ما\s+(?:زالت|زال))\s+(?:قيد|موضع|محل)\s+(?:ال)?تفاوض(?!\w)")


# What the agreement set up, told at work after it: the at-work word's object a back-reference («يستخدم هذه القناة»,
# «تسير الأعمال فيها»), or the agreement inside a relative clause on the at-work verb's subject («الخط، الذي وقّع
# البلدان اتفاقية تمويله…، دخل مرحلة…»); folded.
_BACK_TO_IT = re.compile(r"(?:\s+\S+){0,3}?\s+(?:(?:هذه|هذا|تلك|ذلك)\s+(?!(?:ال)?(?:اتفاق|معاهد|مذكر))\S+|فيها|فيه|بموجبها|بموجبه)(?!\w)")
_NOT_NOW_MORE = re.compile(r"(?<!\w)(?:دون\s+ان|علي\s+ان|[وفب]?ان)\s+$")
_RELATIVE_HEAD = re.compile(r"[،,]\s*(?:الذي|التي)\s")


def _step_before(st: str, text: str, q: int, b: int, ce: int) -> str | None:
    """The step an agreement reached when the verbal noun of step ``st`` before it (ending at ``q``; the agreement ends
    at ``b``) is told, past the agreement, not yet taken («تنفيذ الاتفاقية… لم يبدأ بعد», «المصادقة عليها لم تتم»; its
    signing not yet done: still negotiated) or to come («التوقيع النهائي على الاتفاقية… مرتقب في أيار», «وإن التوقيع
    عليها سيجري خلال زيارة…»: the step before it); None where it is told neither."""
    if (later := _NOT_YET_AFTER.match(text, q, ce)) is not None and later.end() > b:
        return "negotiating" if st == "signed" else "signed"
    if (later := _COMES_LATER.match(text, q, ce)) is not None and later.end() > b:
        return _STEPS_TO_COME[st]
    return None


def _bill_step(ctx: Context, cs: int, where: int, at: int) -> tuple[str, int] | None:
    """What was done to a bill of the agreement (or of its ratification) that ends right before ``at``, and where it
    is told: approved by a committee, passed on to the house, so signed (told at ``where``: «أقرّت لجنة الأمن القومي…
    لائحة المصادقة»); voted down, its ratification refused, signed; passed by a house, named between the verb and the
    bill or right before the verb («مرّر مجلس الدوما مشروع قانون التصديق…», «أعلن مجلس صيانة الدستور موافقته على…»),
    ratified; else None."""
    text = ctx.art.text
    if _COMMITTEE.search(text, max(cs, at - PARLIAMENT_REACH), at):
        return "signed", where
    passed = _HOUSE_PASSED.search(text, max(ctx.s, at - HOUSE_REACH), at)  # (an aside may have cut the clause)
    if passed is None:
        return None
    if _AGAINST.search(passed.group(0)):
        return "signed", where  # «صوّت النواب ضد مشروع قانون المصادقة»: its ratification refused
    # (the house between the verb and the bill, or right before the verb: «أعلن مجلس صيانة الدستور موافقته على…»)
    house = _HOUSE.search(passed.group(0)) or _HOUSE.search(text, max(ctx.s, passed.start() - HOUSE_BEFORE), passed.start())
    return ("ratified", passed.start()) if house else None


def _ratified_before(ctx: Context, cs: int, at: int) -> bool:
    """Whether a ratifying word stands in ``[cs, at)``: it tells what was done to the bill after it («صادق مجلس الشورى…
    في جلسته… على لائحة…»)."""
    return any(ctx.within(terms, cs, at) for st, terms in ctx.art.lex.statuses if st == "ratified")


def _set_up_at_work(ctx: Context, a: int, b: int) -> bool:
    """Whether what the agreement at ``[a, b)`` set up is told at work after it in its sentence: stated, not to come
    («على أن تستخدم…», «دون أن يستخدم…»), no other agreement or third state between («…، تستخدم كازاخستان
    موانئها»), and pointing back to it (`_BACK_TO_IT`) or said of the noun its relative clause hangs on."""
    text = ctx.art.text
    for m in _UNDER_WAY_NOW.finditer(text, b, ctx.e):
        if _NOT_NOW.search(text, max(b, m.start() - NOT_NOW_REACH), m.start()) or \
                _NOT_NOW_MORE.search(text, max(b, m.start() - 12), m.start()) or modality(text, ctx.s, m.start()) != "stated":
            continue
        if ctx.within(ctx.art.lex.agreement_nouns, b, m.start()) or \
                any(mm.side == THIRD and b <= mm.start < m.end() + THIRD_AFTER_REACH for mm in ctx.mentions):
            continue
        if _BACK_TO_IT.match(text, m.end()) or (_RELATIVE_HEAD.search(text, ctx.s, a) and _COMMA.search(text, b, m.start())):
            return True
    return False


THIRD_AFTER_REACH = 40  # characters past the at-work word in which a third state named may be its subject


def _set_up_announced(ctx: Context, a: int) -> bool:
    """Whether the agreement at ``a`` is told set up by the parties' announcement right before it
    (`_ANNOUNCED_SETTING_UP`), nothing between or before that makes it no act done."""
    text = ctx.art.text
    up = _ANNOUNCED_SETTING_UP.search(text, ctx.s, a)
    if up is None or "؟" in text[ctx.s:ctx.e]:
        return False
    between = up.group("between")
    return not any(rx.search(between) for rx in (_NOT_THE_ACT, _ONLY_BACKED, _GOVERNED, _ANOTHER_CLAUSE)) and \
        not _HELD_OFF.search(text, ctx.s, up.start())


def _unsigned_text_done(ctx: Context, s: int, a: int, b: int) -> bool:
    """Whether the sentence from ``s`` says the agreement at ``[a, b)`` is not signed yet, and its text is done,
    told after it (`_text_ready`) or, by its pronoun, before it («ورغم الانتهاء من إعداد نصها…، لم توقع»)."""
    return bool(_NOT_SIGNED_YET.search(ctx.art.text, s, ctx.e)) and \
        (_text_ready(ctx, b) or _TEXT_DONE_BEFORE.search(ctx.art.text, ctx.s, a) is not None)


def _text_ready(ctx: Context, b: int) -> bool:
    """Whether the agreement ending at ``b`` has its own text told done after it (`_TEXT_READY`), stated, not
    negated or doubted, and no other agreement named between."""
    text = ctx.art.text
    ready = _TEXT_READY.search(text, b, ctx.e) or _PREPARED.match(text, b, ctx.e)
    return ready is not None and not _NOT_READY.search(ready.group(0)) and \
        modality(text, ctx.s, ready.start()) == "stated" and \
        not _DOUBTED_BEFORE.search(text, max(b, ready.start() - DOUBTED_REACH), ready.start()) and \
        not ctx.within(ctx.art.lex.agreement_nouns, b, ready.start())


DOUBTED_REACH = 25


# Its setting up or reaching it announced, right before it, the announcing verb's (or noun's) subject the parties
# («أعلنت روسيا وإيران وتركيا… إنشاء آلية…», «أعلنت فيه الدول الثلاث إنشاء…», «بإعلان الدول الضامنة… التوصل إلى
# اتفاق»; folded), not a clause, a call or a question between («أعلنت أن البلدين يدرسان إنشاء…», «إلى»), nor an intent,
# a refusal or a delay right before it («أعلنتا عزمهما إنشاء…», «رفضها إنشاء», «تأجيل إنشاء»), nor an announcement
# awaited, put off or hoped for («دون إعلان…», «يترقب المراقبون إعلان…»).
_ANNOUNCED_SETTING_UP = re.compile(r"(?<!\w)[وف]?(?:اعلنت|اعلنوا|اعلنتا|اعلنا|باعلان)(?!\w)(?P<between>[^.؛:؟]*?)"
                                   r"(?<!\S)(?:انشاء|تشكيل|تاسيس|التوصل\s+الي)\s+$")
_GOVERNED = re.compile(r"(?:\S+(?:ها|هما|هم)|قرب|عدم|تعذر|استحاله|صعوبه|احتمال|امكان|تاجيل|ارجاء|تعليق|الغاء|وقف|رفض|معارضه|نفي|بمبدا|مبدا|بامكانيه)\s+$")
_ANOTHER_CLAUSE = re.compile(r"[،,]\s*(?:و|ف(?!ي(?!\w)))")  # «، وأمل…»: another clause (not «، في بيان»)
_HELD_OFF = re.compile(r"(?<!\w)(?:دون|عدم|انتظار|تنتظر|ينتظر|يترقب|تترقب|ترقب|ارجات|ارجا|اجلت|اجل|تامل|يامل|تاملان|نفي)(?!\w)")
_NOT_THE_ACT = re.compile(r"(?<!\w)(?:[وفب]?ان|الي|لا|لم|لن|س[يت]\w+|[يت]\w+(?:ان|ون))(?!\w)")
# Backing, readiness or a wish just before it («أعلنت… دعمها إنشاء…», «استعدادها», «رغبتهما المشتركة في التوصل»; folded).
_ONLY_BACKED = re.compile(r"(?<!\w)(?:دعم|دعوه|دعوت|اقتراح|مقترح|رغبت|رغبه|امل|ضروره|امكانيه|استعداد)\w*(?:\s+\S+){0,2}?\s+$")
# The instruments of ratification, right before its word («وثائق التصديق», «مذكرات المصادقة»; folded), and their
# exchange still to come before them («سيتم تبادل…», «بانتظار تبادل…», «لم يتم تبادل…»).
_INSTRUMENTS_BEFORE = re.compile(r"(?<!\w)(?:وثايق|مذكرات|صكوك|ادوات|اخطارات|الاخطارات|الوثايق|المذكرات)\s+$")
INSTRUMENTS_REACH = 12
_EXCHANGE_TO_COME = re.compile(r"(?<!\w)(?:[وف]?س[يت]\w+|سوف|[وف]?بانتظار|انتظار|[وف]?لم|ان\s+[يت](?:تم|جري)|[وف]?قبل)(?!\w)"
                               r"[^،,.؛:]*$")
_PROCEDURES_AFTER = re.compile(r"\s+(?:ال)?اجراءات(?!\w)")  # procedures right after «اكتملت» (its ratification's)
_VOTED = re.compile(r"[وف]?صوت")  # a vote's verb, «و» or «ف» written on (folded)
_AGAINST_IT = re.compile(r"(?:\s+\S+){0,3}?\s+ضد(?!\w)")  # a vote against, right after the voters (folded)
# Its signing put off, the verb after it and its object («توقيعها أُرجئ», «توقيع المعاهدة تأجل»; folded).
_PUT_OFF_AFTER = re.compile(r"\w*(?:\s+[^\s،,.؛:]+){0,6}?\s+(?<!من\s)(?:ارجي|اجل|تاجل|ارجات|اجلت|تاجلت)(?!\w)")
# Drawing near, its subject between, then «من» right before the signing's noun (folded).
_NEAR_SIGNING = re.compile(r"(?<!\w)[وف]?(?:[يت]قترب\w*|اقترب\w*)(?:\s+[^\s،,.؛:]+){0,4}?\s+من\s+$")
# A signing's ceremony prepared, right before the signing's noun (folded).
_CEREMONY_PREPARED = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:تحضير|استعداد|اعداد|[يت]ستعد|[يت]حضر)\w*(?:\s+[^\s،,.؛:]+){0,3}?\s+"
                                r"ل(?:ل|ال)?(?:مراسم|مراسيم|حفل)\s+$")
# Put off, right before the signing's noun, its ceremony between («أُرجئت مراسم التوقيع»; folded).
_PUT_OFF = r"(?:ارجي|اجل|تاجل)"  # put off, the verb after the step's noun (folded)
_PUT_OFF_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:{_PUT_OFF}\w*|ارجات|تاجيل|ارجاء)(?:\s+(?:ال)?(?:مراسم|مراسيم|حفل))?\s+$")
CEREMONY_REACH = 25
_PUTTING_OFF = r"(?:ارجي|اجل|تاجل|تاجيل|ارجاء)"  # the same, or its noun, before it
_PUT_OFF_RIGHT_AFTER = re.compile(rf"\w*(?:ها|ه)\s+{_PUT_OFF}(?!\w)")  # «توقيعها أُرجئ» (the pronoun's)
_PUT_OFF_RIGHT_BEFORE = re.compile(rf"(?<!\w)[وف]?(?:{_PUTTING_OFF}|يرجا|يوجل)\s+$")  # «فأُرجئ توقيعها»
PUT_OFF_REACH = 10
_SIGNED_AFTER = re.compile(r"(?<!\w)(?:[وف]|ثم\s+)?(?:وقع|وقعت|وقعا|وقعتا|وقعوا|يوقع|توقع)(?:ها|ه|اها|اه|وها)?(?!\w)")  # (folded)
# The agreement itself, by a pronoun, the subject of the signing to come («وقال الكرملين إنها ستوقع…»; folded).
_SIGNED_BY_IT = re.compile(r"(?<!\w)[وف]?(?:ان|بان)(?:ها|ه)\s*$")
# Its text, articles or draft told done or ready, after it (a pronoun for it or none: «نصها بات شبه جاهز», «معظم بنودها
# اكتمل», «اكتمل نصها»; folded).
_READY = r"(?:جاهز|جاهزه|جاهزا|اكتمل|اكتملت|مكتمل|مكتمله|انجز|انجزت|منجز|منجزه|نهايي|نهاييه)(?!\w)"
# Its text told done before it in the sentence, by its pronoun («رغم الانتهاء من إعداد نصها»; folded).
_ITS_TEXT = r"(?:نص|بنود|مواد|مسودت)(?:ها|ه)(?!\w)"  # its text, articles or draft, by its pronoun (folded)
_TEXT_DONE_BEFORE = re.compile(rf"(?<!\w)(?:(?:ال)?انتهاء\s+من|اكتمال|انجاز|اتمام|بعد)\s+(?:اعداد|صياغه|كتابه)\s+{_ITS_TEXT}")
_TEXT_READY = re.compile(r"(?<!\w)(?:نص|بنود|مواد|مسودت)(?:ها|ه)(?:\s+\S+){0,2}?\s+(?:شبه\s+)?" + _READY + "|"
                         r"(?<!\w)[وف]?(?:اكتمل|اكتملت|انجز|انجزت)(?:\s+[^\s،,.؛:]+){0,2}?\s+(?:نص|بنود|مواد|مسودت)(?:ها|ه)(?!\w)|"
                         # its text's completion told, done or near («اقتراب إنجاز نصها»)
                         rf"(?<!\w)(?:اكتمال|انجاز|اتمام)\s+{_ITS_TEXT}|"
                         # a draft prepared («الجانبين أعدّا مسودة تنتظر المصادقة»)
                         r"(?<!\w)[وف]?(?:اعد|اعدا|اعدت|اعدتا|اعدوا)\s+(?:ال)?مسود\w*")
# Or the agreement itself told prepared, right after its name («مذكرة تفاهم… أُعدت لكنها لم توقع بعد»; folded).
_PREPARED = re.compile(r"(?:\s+[^\s،,.؛:]+){0,9}?\s+(?:قد\s+)?(?:اعدت|اعد|جهزت|جهز|(?:تم|جري)\s+(?:اعداد|تجهيز)(?:ها|ه))(?!\w)")
_NOT_READY = re.compile(r"(?<!\w)(?:غير|ليس|ليست|لم|لن|لا|ما|يكون|تكون|يكن|تكن|يصبح|تصبح|س[يت]\w+)(?!\w)")
_DOUBTED_BEFORE = re.compile(r"(?<!\w)(?:[وف]?(?:نفي|نفت|ينفي|تنفي)\s+ان|متي|هل|اذا|[وف]?(?:يكون|تكون|يكن|تكن|يصبح|تصبح|س[يت]\w+))\s+(?:\S+\s+){0,2}$")
# «لم يوقع», «لم يتم توقيعها», or its signing put off, «توقيعها أُرجئ», «أُرجئ توقيعها» (folded)
_NOT_SIGNED_YET = re.compile(r"(?<!\w)[وف]?لم\s+(?:[يت]وقع\w*|يتم\s+(?:ال)?توقيع)|"
                             rf"(?<!\w)توقيع(?:ها|ه)\s+{_PUT_OFF}(?!\w)|"
                             rf"(?<!\w)[وف]?{_PUTTING_OFF}\s+توقيع(?:ها|ه)(?!\w)")
# The time since its signing, right before the agreement («بعد عام على توقيع», «منذ توقيع»; folded).
_SINCE_SIGNING = re.compile(r"(?<!\w)[وف]?(?:بعد|منذ)\s+(?:\S+\s+){0,4}?(?:علي\s+)?(?:ال)?توقيع\s+$")
SINCE_REACH = 40
# Work under way in the same sentence, and work not begun (folded).
_UNDER_WAY_NOW = re.compile(r"(?<!\w)[وف]?(?:(?:بدات|بدا|بدء)\s+(?:\S+\s+){0,2}?(?:ال)?(?:اعمال|عمليات|العمل)|(?:ال)?استملاك|انجزت|انجز|"
                            r"مرحله\s+(?:ال)?(?:تنفيذ|استملاك|البناء|الانشاء)|ما\s+تحقق|[يت]سير|[يت]ستخدم(?:ان|ون)?)(?!\w)")
# Words before it that say the work is to come, stopped, awaited, expected or not done («وسيبدأ استملاك…», «وتوقف
# استملاك…», «ينتظر سكان المنطقة بدء أعمال…», «لم يستخدم…»), folded.
_NOT_NOW = re.compile(r"(?<!\w)[وف]?(?:س[يت]\w+|سوف|لم|لن|لا|[يت]نتظر\w*|انتظار|[يت]توقع\w*|توقف\w*|[يت]امل\w*)"
                      r"(?:\s+\S+){0,2}?\s+$")
NOT_NOW_REACH = 30


def _under_way_now(text: str, s: int, e: int) -> bool:
    """Whether ``[s, e)`` tells work on the agreement going on now: a word of it (`_UNDER_WAY_NOW`) with no word
    before it that makes it to come, stopped, awaited or not done."""
    return any(not _NOT_NOW.search(text, max(s, m.start() - NOT_NOW_REACH), m.start())
               for m in _UNDER_WAY_NOW.finditer(text, s, e))


_NOT_BEGUN = re.compile(r"(?<!\w)(?:(?:من\s+)?دون\s+ان\s+[تي]بدا|لم\s+[تي]بدا|لم\s+[تي]بد|لا\s+تزال\s+\S+\s+محصوره|"
                        r"[يت](?:عرقل|وخر|عيق)\s+(?:\S+\s+)?(?:انطلاق|بدء))(?!\w)")


# A sentence that opens on «among them» («ومن أبرزها اتفاق…», «من بينها مذكرة…») or on what the documents included
# («وشملت الوثائق مذكرة…»): its agreement is one of those the sentence before told signed («وقع خلالها الجانبان حزمة من الوثائق…»; folded).
_AMONG_THEM = re.compile(r"[\s\-–•*]*[وف]?(?:(?:من\s+)?(?:ابرز|اهم|بين|ضمن)ها|"
                         # or named as the foremost of them («وأبرز هذه الوثائق مذكرة…», «ومن أهم الاتفاقيات…»)
                         r"(?:من\s+)?(?:ابرز|اهم)\s+(?:هذه\s+)?(?:ال)?(?:وثايق|اتفاقيات|اتفاقات|مذكرات)(?!\w)|"
                         # or the documents as what they included («وشملت الوثائق مذكرة…، واتفاقا…»)
                         r"(?P<docs>(?:شملت|تضمنت|ضمت)\s+(?:هذه\s+)?(?:ال)?(?:وثايق|اتفاقيات|اتفاقات|مذكرات|حزمه)"
                         r"(?:\s+(?:ال)?(?:موقعه|جديده))?(?!\w)(?!\s+(?:التي|الذي|ال(?!اتفاق|معاهد|مذكر|بروتوكول)\w+))))(?!\w)")
# The documents the sentence before tells signed, the signing verb's object (not «ووقعت انفجارات»; folded).
_SIGNED_DOCS = re.compile(r"(?:\s+\S+){0,8}?\s+(?:\S+\s+)?(?:[0-9٠-٩]+\s+)?\S*(?:وثايق|وثيقه|اتفاقيات|اتفاقات|مذكرات|مذكرتي|حزمه|عقود|اتفاقيه|مذكره|معاهده)(?!\w)")
# A clause break before the agreement, in which another thing is told of it («، ولم تشمل…», «، فيما استبعدت…»; folded).
_OTHER_CLAUSE = re.compile(r"[،,]\s*(?:[وف]?(?:لم|لا|لن|قال\w*|اضاف\w*)|فيما|بينما|في\s+حين|لكن|غير\s+ان)(?!\w)")
_SIGNED_VERBS = r"وقع|وقعت|وقعا|وقعتا|وقعوا"  # signed, the past (folded)
_SIGNED_PAST = re.compile(rf"(?<!\w)[وف]?(?:{_SIGNED_VERBS}|ابرم|ابرمت|ابرما|ابرموا)(?!\w)|"
                          r"(?<!\w)(?:تم|جري)\s+(?:\S+\s+){0,4}?(?:توقيع|ابرام)(?!\w)")  # («جرى عبر الاتصال المرئي توقيع»)


def _signed_among(ctx: Context, a: int) -> bool:
    """Whether the agreement at ``a`` is named after «among them» at its sentence's start, and the sentence before
    tells documents signed."""
    text = ctx.art.text
    m = _AMONG_THEM.match(text, ctx.s)
    if m is None or m.end() > a:
        return False
    i = bisect_right(ctx.art.sentence_starts, ctx.s) - 1
    if i < 1:
        return False
    ps, pe = ctx.art.sentences[i - 1]
    if m.group("docs"):
        if _OTHER_CLAUSE.search(text, m.end(), a):
            return False
        return any(_SIGNED_DOCS.match(text, sp.end(), pe) for sp in _SIGNED_PAST.finditer(text, ps, pe))
    return _SIGNED_PAST.search(text, ps, pe) is not None


# A verb of a later step joined after a comma («، ودخلت حيز التنفيذ…», «، وصادق عليها البرلمانان…»), or with no comma
# where the agreement is still what it speaks of: its entry into force, or ratifying it by a pronoun («وقعت روسيا
# وإيران الاتفاقية في يناير وصادق عليها البرلمانان في مايو», «ثم دخلت حيز التنفيذ»; folded).
_LATER_VERB = r"(?:دخلت|دخل|صادق|صادقت|صادقا|صادقوا|صودق|صدق|صدقت)"
# Another thing entering into force, its subject after the verb («ودخل حيز التنفيذ… قرار رفع الرسوم», «القيود الأمريكية»).
_OTHER_ENTERS = re.compile(r"(?<!\w)(?:ال)?(?:قرار|قانون|عقوبات|قيود|حظر|رسوم|حزمه|تعديل|تعديلات|نظام)(?!\w)")
# The later step undone or only in principle after it («قبل أن يرفضها مجلس الشورى», «وصادق عليها الرئيسان مبدئيا»; folded).
_UNDONE_AFTER = re.compile(r"(?<!\w)(?:[يت]?رفض\w*|رفضه\w*|مبدييا)(?!\w)")
_THEN_STEP = re.compile(rf"[،,]\s*(?=(?:و|ثم\s+){_LATER_VERB}(?!\w))|"
                        r"\s+(?=(?:و|ثم\s+)(?:(?:دخلت|دخل)\s+حيز|(?:صادق|صادقت|صادقا|صادقوا|صودق|صدق|صدقت)\s+عليه))|"
                        # signed after, the verb in the feminine with no object of its own, its place or time next
                        # («تم الاتفاق على جميع بنود المعاهدة، ووُقّعت في الكرملين»)
                        r"[،,]\s*(?=(?:و|ثم\s+)(?:وقعت|ابرمت)(?:\s+(?:في|يوم|عام|خلال|بحضور|امس|اليوم|لاحقا|بعد)(?!\w)|\s*[.،,]))|"
                        # its instruments exchanged then («…موافقة البرلمان، ثم تبادل البلدان وثائق التصديق عليها»; not after
                        # «و»: with it, the unread probe read one passage worse)
                        r"[،,]\s*(?=ثم\s+(?:تبادل|تبادلت|تبادلا|تبادلتا|جري\s+تبادل|تم\s+تبادل)(?!\w))|"
                        # its work extended or renewed after («…لمدة عشر سنوات، ومُدد العمل بها تلقائيا»)
                        r"[،,]\s*(?=(?:و|ثم\s+)(?:مدد|مددت|جدد|جددت)(?:\s+العمل\s+ب(?:ها|ه)|\s+تلقاييا)(?!\w))")


# Its carrying out begun, told of it after a comma, joined or not, a pronoun standing for it («وقّعا اتفاقاً لربط
# النظامين، بدأ تنفيذه في العام نفسه», «، وبدأ العمل بها الشهر الماضي»; not «وسيبدأ», «ولم يبدأ»; folded).
_BEGUN_AFTER = re.compile(r"[،,]\s*و?(?:بدا|بدي)\s+(?:(?:تنفيذ|تطبيق)(?:ه|ها)|العمل\s+(?:به|بها|بموجبه|بموجبها))(?!\w)")


# An aside on the subject, set off by commas, between the verb and the agreement's noun («، وهي روسيا و…،»); no comma
# after it but one time or place set off («…، وهي روسيا و…، أمس الخميس في أستانا، اتفاقا…»).
_ASIDE_BEFORE = re.compile(r"[،,]\s*و?(?:التي|الذي|هي|هو|هما)(?!\w)[^،,.؛:]*[،,](?:[^،,.؛:]{1,40}[،,])?[^،,.؛:]*$")


# (or an adjective set off so: «معاهدة الشراكة…، السارية منذ أكتوبر ٢٠٢٥، يجري تنفيذها…»)
_ASIDE = re.compile(r"[،,]\s*و?(?:التي|الذي|(?:الموقع|المبرم|الساري|النافذ|المعمول|المصادق)\w*)(?!\w)[^،,.؛:]*[،,]")
ASIDE_REACH = 100  # characters after the noun (its name, its parties) in which the aside opens


_RELATIVE = re.compile(rf"(?<!\w){_WHICH}(?!\w)")
NAME_REACH = 40  # characters after the noun in which its relative clause opens
RELATIVE_REACH = 60  # or farther, past the parties of its name («اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي
# الأوراسي، التي…»): the gap is «بين» or «مع» and the parties, up to a comma
_PARTIES_GAP = re.compile(r"[^،,.؛:]*?(?<!\w)(?:بين|مع)\s[^،,.؛:]*[،,]?\s*")
RELATIVE_SPAN = 30  # characters after the relative pronoun in which its verb stands

def _draft_in_talks(text: str, p: int, q: int, a: int, b: int, cs: int, ce: int) -> bool:
    """Whether the draft negotiated or exchanged at ``[p, q)`` is the agreement's at ``[a, b)`` (right before its
    name) and still in talks: not told ended, done before another step, to come or not begun («أنهى… التفاوض على
    مسودة…», «بعد أن تبادلا مسودة البروتوكول الملحق بها», «وسيبدأ البلدان التفاوض على مسودة…»)."""
    between = text[q:a].strip()
    return q <= a and (not between or bool(_NAMES_ONE.match(between))) and \
        not _TALKS_ENDED_BEFORE.search(text, max(cs, p - TALKS_ENDED_REACH), p) and not _TALKS_ENDED_AFTER.match(text, b, ce)


TALKS_ENDED_REACH = 40
# The talks on a draft told ended, done before another step, to come or not begun, before or after them (folded).
_TALKS_ENDED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:انهي\w*|انهت|اختتم\w*|انتهي|انتهت|فرغ\w*|اكمل\w*|استكمل\w*|بعد|عقب|اثر|قبل|"
                                 r"[يت]ستغرق|س[يت]\w+|سوف|لم|لن)(?!\w)(?:\s+\S+){0,3}?\s+(?:من\s+)?$")
_TALKS_ENDED_AFTER = re.compile(r"(?:\s+\S+){0,8}?\s+(?:[وف]?لم\s+[يت]بد|انتهي|انتهت|اكتمل|اكتملت)")


def _waited_for(lex: Lexicon, text: str, cs: int, p: int) -> bool:
    """Whether a word of waiting governs the step's word at ``p`` («تنتظر الاتفاقية مصادقة البرلمانين»): not across a
    relative clause, whose verb is its own («العقد لا يحتاج إلى مصادقة…، لكنه يستند… إلى معاهدة الشراكة التي صادق
    عليها البرلمانان»)."""
    waiting = [m for m in lex.waiting.finditer(text, max(cs, p - CALL_REACH), p)]
    return bool(waiting) and not _RELATIVE.search(text, waiting[-1].end(), p)


# Talks told as over, or as the time of what was done («في ختام المفاوضات», «عقب المحادثات», «اختُتمت مفاوضات…»; folded;
# not «بعد انتهاء المفاوضات», which may be to come).
_TALKS_OVER = re.compile(r"(?<!\w)[وف]?(?:في\s+(?:ختام|نهايه|اعقاب)|عقب|اثر|اختتمت|اختتم|انتهت|انتهي|"
                         r"(?:سنوات|اشهر|عامين|عقدين|جولات)\s+من)\s+$")  # (after years of talks: «بعد سنوات من محادثات…»)
_NOT_TAKEN = re.compile(r"(?<!\w)[وف]?(?:لم|لن)(?!\w)")  # (a step not taken at the talks' end: «لم توقع… في ختام المحادثات»)
TALKS_OVER_REACH = 16
# An approval sought, right before its noun (folded).
_SOUGHT = re.compile(r"(?<!\w)(?:لل?حصول\s+علي|الحصول\s+علي|لنيل|نيل|طلب\w*|[يت]طلب\w*|لطلب)\s+$")
SOUGHT_REACH = 20


def _talks_over(text: str, cs: int, p: int) -> bool:
    """Whether the talks' word at ``p`` is told as over, or as the time of what was done, in its clause's past."""
    return bool(_TALKS_OVER.search(text, max(cs, p - TALKS_OVER_REACH), p)) and not future_between(text, cs, p) and \
        not _NOT_TAKEN.search(text, cs, p)


_ENTERED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:دخل|دخلت)\s+$")  # the verb of entering right before its subject (folded)
ENTERED_REACH = 10
# A purpose right after an agreement's name, whose verbal noun the next word completes («آلية ثلاثية لمراقبة | تطبيق…»).
_FOR_DOING = re.compile(r"\s+ل\w+\s+")
_ENDS_FOR = re.compile(r"(?<!\w)ل\w+$")  # (or the name itself ends on it: the catalogue's «آلية ثلاثية لمراقبة»)


def _status_in(ctx: Context, cs: int, ce: int, a: int, b: int, reach: int = STATUS_REACH) -> str:
    lex = ctx.art.lex
    cancelled: list[tuple[int, int]] = []
    cands: list[tuple[int, int, str, int]] = []
    text = ctx.art.text
    # (not inside an official's name: the minister «فرزانه صادق» has not ratified anything; a name the catalogue gives
    # with its verb, «بحث روحاني», keeps the verb that opens it)
    names = ctx.within(lex.iran_officials, cs, ce) + ctx.within(lex.russia_officials, cs, ce)
    found = [(st, _past_the_time(text, p, q), q) for st, terms in lex.statuses for p, q in ctx.within(terms, cs, ce)
             if not any(x < p < y for x, y in names)]
    for st, terms in lex.not_yet:
        for p, q in ctx.within(terms, cs, ce):
            if any(x <= p and q <= y and y - x > q - p for _, x, y in found):
                continue  # inside a step's longer words («الذكرى الثالثة لتوقيع…»: not «لتوقيع», to come)
            if st == "negotiating" and "مسود" in text[p:q] and not _draft_in_talks(text, p, q, a, b, cs, ce):
                continue
            if st == "drafted" and text.startswith("موعد", p) and _NOT_SET.search(text, max(cs, p - CALL_REACH), p):
                st = "negotiating"  # «لم يحدد الطرفان حتى الآن موعدا لتوقيعها»: no date set, still being worked out
            if st == "drafted" and _LAW_OF_IT.match(text, q, ce):
                st = "ratified"  # «بانتظار توقيع الرئيس على قانون المصادقة»: the houses passed it, the law awaits his hand
            cancelled.append((p, q))
            said = st
            if not st and _FUTURE_ENTRY.match(text, p, q) and _only_a_date_awaited(text, q, ce) and \
                    not _signing_to_come(ctx):
                # a date set for its entry into force («ستدخل حيز التنفيذ منتصف مايو»), or its ratification or the
                # parties' own procedures all it waits for («بعد مصادقة البرلمانين», «بعد استكمال الإجراءات الداخلية»):
                # signed (not so after talks still to end, «بعد انتهاء المفاوضات», nor where its signing is still to
                # come, «التوقيع النهائي مرتقب في أيار، على أن تدخل الاتفاقية حيز التنفيذ بعد مصادقة البرلمانات»)
                said = "signed"
            if said:
                cands.append((_distance(p, q, a, b), 0 if q <= a else 1, said, p))
    under = None
    if (bill := _BILL_BEFORE.search(text, max(cs, a - BILL_REACH), a)) is not None:
        # «أنهت اللجنة دراسة لائحة الاتفاقية… وأحالتها إلى الهيئة العامة»: the bill of the agreement before a house, so
        # it is signed; passed by the house («صادق مجلس الشورى على لائحة الاتفاقية»), ratified
        if (told := _bill_step(ctx, cs, bill.start(), a)) is not None:
            cands.append((0, 0, *told))
        elif not _ratified_before(ctx, cs, bill.start()):
            cands.append((_distance(bill.start(), bill.end(), a, b), 0, "signed", bill.start()))
    elif _DRAFT_OF.search(text, max(cs, a - 12), a) and not _WORKING_ON_IT.search(text, max(cs, a - ON_IT_REACH), a):
        cands.append((0, 0, "drafted", a))  # «أقرت الحكومة مشروع "معاهدة…"»: the draft is what was approved
    elif (under := _UNDER.search(text, max(cs, a - UNDER_REACH), a)) is not None:
        own = _own_stretch(text, cs, under.start())
        if future_between(text, own, under.start()) or _DISCUSSED.search(text, own, under.start()) or \
                _NOT_BEGUN_BEFORE.search(text, own, under.start()) or \
                _OBLIGED.search(text, b, min(ctx.e, b + OBLIGED_REACH)):
            # Nothing done under it yet, only to come or talked of («سيمول الجانب الروسي المشروع… بموجب الاتفاقية
            # الموقعة بين البلدين عام ٢٠٢٣», «بحث… سبل تطوير التعاون بموجب اتفاقية…»), or only what it binds them to
            # («فبموجب المعاهدة، يلتزم الطرفان بعدم…»: its terms): the words after its name say its step.
            under = None
        else:
            # «تبنى الوحدة في إطار اتفاقية…»: what is done under it (a verb before the noun: more than the relative
            # clause after it tells, «تُجرى المناورات في إطار اتفاقية التعاون العسكري التي وقّعها الوزيران»)
            cands.append((0, 0, "implementing", under.start()))
    if under is None and _done_as_it_says(text, ctx.s, ctx.e, a, b):
        cands.append((0, 0, "implementing", a))
    on_it = _WORKING_ON_IT.search(text, max(cs, a - ON_IT_REACH), a) or \
        _TALKS_ON_IT.search(text, max(cs, a - ON_IT_REACH), a) or _AIMED_TALKS.search(text, max(cs, a - ON_IT_REACH), a)
    if on_it is not None and not any(x <= on_it.start() < y for x, y in cancelled) and \
            not _talks_over(text, cs, on_it.start()):
        # «تعمل وزارتا الخارجية… على اتفاقية…», «المشاورات مع الجانب الروسي بشأن اتفاقية…»: worked on or talked of, the
        # words between the verb or noun and its preposition its subject or other party
        to_begin = _TALKS_TO_BEGIN.search(text, max(cs, on_it.start() - CALL_REACH), on_it.start()) is not None
        cands.append((0, 0, "proposed" if to_begin else "negotiating", on_it.start()))  # (talks yet to begin: proposed)
    if (agreed := _ARTICLES_AGREED.search(text, max(cs, a - ON_IT_REACH), a)) is not None:
        # «اتفق الجانبان على ١٨ مادة من أصل ٢٠ في اتفاقية…», «على جميع مواد اتفاقية… باستثناء ملحق»: its articles
        # agreed, a text, not yet signed (not agreed, «لم تتفقا على جميع بنود…»: still negotiated)
        negated = _NOT_AGREED.search(text, max(cs, agreed.start() - 6), agreed.start())
        cands.append((0, 0, "negotiating" if negated else "drafted", agreed.start()))
    if _ENTERING_BEFORE.search(text, max(cs, a - ENTERING_REACH), a) and _ITS_YEAR_AFTER.match(text, b, ce):
        cands.append((0, 0, "in_force", a))  # «مع دخول اتفاقية التجارة الحرة… عامها الثاني»: in force a year now
    if (work := _WORK_ON_ITS_TEXT.search(text, b, ctx.e)) is not None and \
            not ctx.within(lex.agreement_nouns, b, work.start()):
        cands.append((_distance(work.start(), work.end(), a, b), 1, "negotiating", work.start()))
        # («…الاتفاقية الجديدة، مشيرا إلى أن العمل على نصها "مستمر ولم ينته بعد"»: its text still being worked on)
    if (complete := _TEXT_COMPLETE.search(text, b, ce)) is not None and \
            not ctx.within(lex.agreement_nouns, b, complete.start()):
        # («…الاتفاق الحكومي مع إيران… ما زال نصه غير مكتمل», «…والنص مكتمل»): its text (not) complete
        cands.append((_distance(complete.start(), complete.end(), a, b), 1,
                      "negotiating" if complete.group("not") else "drafted", complete.start()))
    if _NO_CONFLICT.search(text, b, ctx.e) and _GUARDIANS.search(text, ctx.s, a):
        # «أن مجلس صيانة الدستور درس قانون المعاهدة… ولم يجد فيه ما يتعارض مع الشريعة»: the council's approval
        cands.append((0, 0, "ratified", a))
    if (renewed := _RENEWED_FOR.match(text, b, min(ctx.e, b + RENEWED_FOR_REACH))) is not None:
        # «معاهدة أسس العلاقات… "جُدّدت لخمس سنوات أخرى"»: renewed for a term, told after its name, so in force
        cands.append((_distance(renewed.end() - 1, renewed.end(), a, b), 1, "in_force", renewed.end() - 1))
    if _VOTE_PUT_OFF.search(text, max(cs, a - VOTE_PUT_OFF_REACH), a):
        cands.append((0, 0, "signed", a))  # «أرجأ مجلس الشورى التصويت على اتفاقية…»: its vote to come, so signed
    if _NEEDED_SIGNING.search(text, max(cs, a - NEEDED_REACH), a):
        cands.append((0, 0, "proposed", a))  # «شدد على ضرورة أن تبرم موسكو وطهران اتفاقية…»: called for
    if (_RENEWING.search(text, max(cs, a - RENEWING_REACH), a) or _RENEWAL.search(text, max(cs, a - 16), a)) and \
            not text.startswith(("ب", "ل"), a) and not _INSTEAD_OF.search(text, max(cs, a - INSTEAD_REACH), a):
        # «جدّدت إيران وروسيا لخمس سنوات أخرى اتفاقية التعاون…», «تم تجديد اتفاقية…»: the agreement itself the verb's
        # object, renewed, so in force (not a call or a stand renewed, «جددت طهران دعوتها إلى…», «جدد التزامه
        # بالاتفاقية»); a renewal called for is proposed («دعا إلى تجديد الاتفاقية»)
        called = lex.call.search(text, max(cs, a - CALL_REACH), a) is not None
        cands.append((0, 0, "proposed" if called else "in_force", a))
    if _BECAME.search(text, max(cs, a - BECAME_REACH), a) and _BINDING_AFTER.match(text, b, ce):
        cands.append((0, 0, "in_force", a))  # «باتت المعاهدة ملزمة للطرفين», «صارت الاتفاقية… نافذة»: it took effect
    if _SENT_ON.search(text, max(cs, a - ON_IT_REACH), a) and _TO_PARLIAMENT.match(text, b, ce):
        # «أحال مجلس الوزراء الاتفاقية إلى البرلمان»: sent to a parliament, its ratification awaited (not «أحالت
        # الخارجية الأسئلة حول الاتفاقية إلى وزارة الدفاع»)
        cands.append((0, 0, "signed", a))
    house = _HOUSE_FOR.search(text, max(cs, a - ON_IT_REACH), a)
    committee = _A_COMMITTEE_NEXT.match(text, house.start() + len(house.group(0).split()[0])) if house else None
    if committee is not None and not _HOUSE_THEN.search(text, committee.end(), house.end()):
        # «ووافقت لجنة الأمن القومي في البرلمان على الاتفاقية»: a committee's approval, the house's vote to come
        cands.append((0, 0, "signed", house.start()))
        house = None
    if house is not None and (not _HOUSE.search(house.group(0)) or _AGAINST.search(house.group(0)) or
                              _ANOTHER_ACT.search(house.group(0))):
        house = None
    if (voted := _VOTED_FOR.search(text, max(cs, a - ON_IT_REACH), a) or house) is not None:
        cands.append((0, 0, "ratified", voted.start()))
    sped_up = False
    awaited: set[int] = set()
    # (what its text provides for is its terms: «…، تنص على دخولها حيز التنفيذ بعد…», «وتنص الاتفاقية على…»)
    provides = _PROVIDES.search(text, b, ce)
    terms_from = provides.end() if provides else len(text)
    if _PROVIDES_BEFORE.search(text, max(cs, a - PROVIDES_REACH), a) and (on := _ON_WORD.search(text, b, ce)) is not None:
        terms_from = min(terms_from, on.start())
    for st, p, q in found:
        if any(x <= p < y or p <= x < q for x, y in cancelled) or a <= p < b:
            continue
        if p >= terms_from:
            continue  # «اتفاقية… تنص على دخولها حيز التنفيذ بعد ثلاثين يوما من تبادل وثائق التصديق»: its terms
        if st == "ratified" and text.startswith("موافقه", p) and _SOUGHT.search(text, max(cs, p - SOUGHT_REACH), p):
            continue  # «تسعى الحكومة للحصول على موافقة مجلس الشورى على الاتفاقية»: an approval sought, no step
        if st == "negotiating" and _talks_over(text, cs, p):
            continue  # «وقّع الجانبان، في نهاية المفاوضات…، مذكرة», «اختُتمت مفاوضات الاتفاقية بتوقيعها»: talks over, a time
        if st == "signed" and _AGREED.match(text, p, q) and _AGREED_TO_DO.match(text, q, ce):
            continue  # «واتفقا على مواصلة الاتصالات بين الفرق الفنية»: agreed to go on talking, nothing signed
        if st == "ratified" and _A_COMMITTEE_NEXT.match(text, q):
            # «ووافقت لجنة الأمن القومي في البرلمان على الاتفاقية»: a committee's approval, the house's vote to come
            cands.append((_distance(p, q, a, b), 0 if q <= a else 1, "signed", p))
            continue
        if st == "signed" and _SIGNING_NOUN.match(text, p) and (_ABOUT_TO.search(text, max(cs, p - CALL_REACH), p) or
                                                                 _AUTHORISED.search(text, max(cs, p - CALL_REACH), p + 1)):
            # «أوشكت إيران وروسيا على إبرام اتفاقية…», «فوضت الحكومة الوزير بتوقيع…»: about to sign it, or someone
            # empowered to, its text ready
            cands.append((_distance(p, q, a, b), 0 if q <= a else 1, "drafted", p))
            continue
        if st in ("ratified", "in_force") and _RATIFYING_NOUN.match(text, p) and \
                _AWAITING.search(text, max(cs, p - AWAITING_REACH), p):
            # «تنتظر اتفاقية…، الموقعة بين طهران وموسكو، مصادقة مجلس الشورى», «تنتظر فقط تبادل وثائق التصديق»: the
            # step awaited is the next one; the agreement stands at the step before it
            exchange = st == "in_force" or _INSTRUMENTS_BEFORE.search(text, max(cs, p - INSTRUMENTS_REACH), p)
            # (the instruments of ratification awaited, «تنتظر تبادل وثائق التصديق»: it is ratified)
            cands.append((_distance(p, q, a, b), 0 if q <= a else 1, "ratified" if exchange else "signed", p))
            continue
        if any(x <= p and q <= y and y - x > q - p for other, x, y in found if other != st):
            continue  # inside a longer step's words («دخلت حيز التنفيذ الاتفاقية»: not «التنفيذ», implementing)
        if text.startswith("تصديق", p) and p < a and _ON not in text[q:a].split():
            continue  # «رفض الكرملين تصديق الأنباء عن اتفاقية…»: believing, not ratifying (that is «تصديق… على…»)
        if st == "ratified" and (bill := _BILL_BEFORE.search(text, max(cs, p - BILL_REACH), p)) is not None:
            # «أحال بوتين إلى الدوما مشروع قانون المصادقة على الاتفاقية», «ناقش المجلس لائحة المصادقة»: a bill of its
            # ratification, pending, so the agreement is signed; what is done to the bill, if a step of its own
            # («صادق المجلس على لائحة المصادقة»), tells more
            if (told := _bill_step(ctx, cs, p, p)) is not None:
                cands.append((0, 0, *told))
            elif not _ratified_before(ctx, cs, bill.start()):
                cands.append((_distance(p, q, a, b), 0 if q <= a else 1, "signed", p))
            continue
        if st == "drafted" and _PROCEDURES_AFTER.match(text, q):
            continue  # «اكتملت الإجراءات القانونية بشأنها»: its ratification completed, no text completed
        if st == "in_force" and p > b and (bring := _BRINGING_INTO.search(text, max(cs, a - 8), a)) is not None and \
                _AIMING.search(text, max(cs, bring.start() - CALL_REACH), bring.start()):
            cands.append((_distance(p, q, a, b), 1, "signed", p))  # «رغبة الطرفين في إدخال المعاهدة حيز التنفيذ»: to do
            continue
        if st == "in_force" and _RENEWED_OF_ITSELF.match(text, p) and _ITS_TERM_BEFORE.search(text, max(cs, p - CALL_REACH), p):
            continue  # «لمدة عشرين عاما، تُمدَّد تلقائيا لفترات…»: what it provides, its term, not a step
        if st == "implementing" and text.startswith("المنبثق", p) and a - q > 3:
            continue  # «اللجنة المنبثقة عن اجتماع الوزيرين»: set up under something else, not the agreement after it
        if p >= b and st == "implementing" and (text.startswith("ل", p) or _FOR_DOING.fullmatch(text, b, p) or
                                                text[b:p].isspace() and _ENDS_FOR.search(text, a, b)):
            continue  # «اتفاقية لتنفيذ مشروع…», «آلية ثلاثية لمراقبة تطبيق وقف إطلاق النار»: what it is for, not that it
            # is being implemented
        if p < dateline_end(text, ctx.s, ctx.e) or _AGENCY_NAME.search(text, max(cs, p - AGENCY_REACH), p):
            continue  # «آستارا (مهر) -», «وكالة مهر»: the Mehr agency, not «مهر» (sealed)
        if st in _ONLY_CALLED_FOR and (lex.need.search(text, max(cs, p - NEED_REACH), p) or
                                       st == "implementing" and lex.intend.search(text, max(cs, p - NEED_REACH), p)):
            # «ضرورة الإسراع في تنفيذ الاتفاقيات الموقعة», «عازمة على تنفيذ ما ورد في المعاهدة»: asked for or meant
            # (though its carrying out asked to go faster, this agreement's own, is under way: below)
            sped_up = sped_up or st == "implementing" and 0 <= a - q <= SPED_UP_GAP and \
                _FASTER.search(text, max(cs, p - NEED_REACH), p) is not None
            continue
        if st in _STEPS_TO_COME and p < a and _VERBAL_NOUN.fullmatch(text, p, q) and \
                (before := _step_before(st, text, q, b, ce)) is not None:
            cands.append((_distance(p, q, a, b), 0, before, p))
            continue
        if st == "signed" and _PRESENT_STEP.match(text, p, q) and p < a and _SOON.match(text, q, a) and \
                not _OTHER_DOCUMENT.search(text, q, a):
            # «يوقع البلدان الأسبوع المقبل اتفاقية…»: the present with a time to come is a signing set, the text ready
            cands.append((_distance(p, q, a, b), 0 if q <= a else 1, "drafted", p))
            continue
        if st == "drafted" and text.startswith(("النص", "نص"), p) and _SIGNED_ON.search(text, max(cs, p - CALL_REACH), p):
            continue  # «ووقع الوزيران على النص المتفق عليه لمذكرة…»: the verb's step, signed
        if st == "negotiating" and _DEBATING.match(text, p) and \
                (_PARLIAMENT_BEFORE.search(text, max(cs, p - PARLIAMENT_REACH), p) or
                 q < a and _PARLIAMENT_NEXT.match(text, q)):
            # «أرجأ مجلس الدوما مناقشة المعاهدة», «ناقش البرلمان الإيراني الاتفاقية», «يدرس البرلمان حاليا لائحة
            # المصادقة على الاتفاقية»: a parliament's debate or study is its ratification pending, so it is signed
            cands.append((_distance(p, q, a, b), 0 if q <= a else 1, "signed", p))
            continue
        if st == "proposed" and p < a and _TO_CARRY_IT_OUT.match(text, q, a):
            continue  # «دعا إلى تسريع تنفيذ اتفاقية…»: a call to carry out one already made, not to make one
        if st == "proposed" and p < a and text.startswith("المقترح", p):
            continue  # «الحزمة المقترحة للقمة… اتفاقية»: the participle is another noun's; after the name it is its own
        if st == "proposed" and _A_QUESTION.match(text, q, ce):
            continue  # «طرح الصراع الأخير سؤالا: ماذا قدمت المعاهدة؟»: a question put, not the agreement
        if _planned_at(lex, text, cs, p, q):
            # «ستدخل حيز التنفيذ بعد مصادقة البرلمانات»: ratifying is to come; «التي يُنتظر أن تدخل حيز التنفيذ
            # قريبا»: its entry into force to come, so it is signed
            if st == "in_force" and _ENTRY_WORDS.match(text, p, q):
                cands.append((_distance(p, q, a, b), 0 if q <= a else 1, "signed", p))
            continue
        if _to_come(text, cs, p):
            continue  # «يُنتظر أن تُطبق بعد…», «كي تنفذ»: the present after «أن» is a step to come, not one going on
        if st == "in_force" and _EFFECT_VERB.match(text, p, q) and \
                (_ITS_TERM.match(text, q, ce) or not (b <= p and not _WAS.search(text, cs, p) or 0 <= a - q <= 2 or
                                                       _ITS_PROVISIONS.fullmatch(text, q, a))):
            # «وتسري الوثيقة لمدة عشرين عاما», «التي تسري على جميع الشحنات»: its terms, not its step; «وسرت
            # مخاوف…», «ويسري منذ أمس الحظر…»: another subject; «وكانت الاتفاقية تسري حتى…»: its past
            continue
        if st == "drafted" and (_TEXT_WORD.match(text, p) and _NOT_COMPLETE_NEXT.match(text, max(q, b)) or
                                text.startswith(_TEXT_ADJECTIVES, p) and _NOT_BEFORE.search(text, max(cs, p - 6), p) or
                                _drafting_under_way(text, ctx.s, p)):
            # its text not yet complete, or not so («نص الاتفاقية الجديدة… لم يكتمل حتى الآن», «غير جاهز»), or its
            # wording still being worked on («وتواصل اللجان… صياغة بنود المعاهدة»): still worked out
            cands.append((_distance(p, q, a, b), 0 if q <= a else 1, "negotiating", p))
            continue
        if _INSTEAD_OF.search(text, max(cs, p - INSTEAD_REACH), p):
            continue  # «بدلا من الاكتفاء بتمديد معاهدة أسس العلاقات»: a course set aside for another, not taken
        if st == "in_force" and _its_term(text, cs, p) == "term":
            continue  # «وتبلغ مدة سريان الاتفاقية عشرين عاما»: how long it holds, a term (not «تمديد مدة سريانها»)
        said = st
        if st == "in_force" and (_TO_ENTER.search(text, max(ctx.s, p - CALL_REACH), p) or
                                 # («ستبدأ التوريد بموجب الاتفاقية الموقعة… فور دخولها حيز التنفيذ»: once it enters)
                                 _ONCE_IT_ENTERS.search(text, max(cs, p - 12), p) and future_between(text, cs, p) or
                                 _WILL_BECOME.search(text, max(cs, p - CALL_REACH), p) or
                                 (_ENTERS.search(text, max(cs, p - CALL_REACH), p) or _TAKES_EFFECT.match(text, p, q))
                                 and _TIME_TO_COME.match(text, q, ce)):
            # «وستدخل المعاهدة حيز التنفيذ بعد انتهاء المفاوضات»: to come, no step yet, and what it waits for is to
            # come too (nor is «التنفيذ» inside it implementing). A date set for it, or only ratification or the
            # parties' procedures awaited («ستدخل المعاهدة حيز التنفيذ الشهر المقبل»): signed, as `not_yet` says of
            # the same words written together.
            cancelled.append((p, ce))
            if not _only_a_date_awaited(text, q, ce) or _signing_to_come(ctx):
                continue
            said = "signed"
        if st == "ratified" and _VOTED.match(text, p) and _AGAINST_IT.match(text, q, ce):
            continue  # «وصوتت الدوما ضد الاتفاقية»: voted down
        if st == "ratified" and _INSTRUMENTS_BEFORE.search(text, max(cs, p - INSTRUMENTS_REACH), p) and \
                not _EXCHANGE_TO_COME.search(text, max(cs, p - CALL_REACH), p):
            # «تبادلت إيران وروسيا وثائق التصديق على المعاهدة», «جرى تبادل مذكرات التصديق»: the instruments
            # exchanged, it is in force (their exchange still to come: ratified, as the word says)
            said = "in_force"
        elif st == "signed" and text.startswith("توقيع", p) and (put := _PUT_OFF_AFTER.match(text, q, ce)) and \
                q <= a and b <= put.end():
            said = "drafted"  # «توقيع المعاهدة… أُرجئ إلى زيارة رسمية»: its signing put off, the agreement between
        elif st == "signed" and text.startswith(("توقيع", "التوقيع"), p) and q <= a and \
                _PUT_OFF_BEFORE.search(text, max(cs, p - CEREMONY_REACH), p):
            said = "drafted"  # «أُرجئت مراسم التوقيع على اتفاقية…», «تأجيل توقيع الاتفاقية»: put off, the text ready
        elif st == "signed" and text.startswith(("توقيع", "التوقيع", "ابرام"), p) and q <= a and \
                (_NEAR_SIGNING.search(text, max(cs, p - CALL_REACH), p) or
                 _CEREMONY_PREPARED.search(text, max(cs, p - CALL_REACH), p)):
            # (or its ceremony prepared, «ويجري التحضير حاليا لمراسم توقيع الاتفاقية»)
            said = "drafted"  # «وتقترب طهران وموسكو من توقيع اتفاقية…»: near its signing, a text ready
        elif st == "in_force" and (_PREPARING.search(text, max(cs, p - PREPARING_REACH), p) or
                                   b <= p and p - b <= PREPARING_REACH and not _COMMA.search(text, b, p) and
                                   _PREPARING_ITS.search(text, max(cs, a - PREPARING_REACH), a)):
            said = "signed"  # «التحضيرات لدخول الاتفاقية حيز التنفيذ في ٢٧ أكتوبر»: its entry prepared for, to come
            cancelled.append((p, ce))
        elif st == "implementing" and text.startswith("العمل", p) and _SUSPENDED.search(text, max(cs, p - CALL_REACH), p):
            said = "signed"  # «علقت روسيا العمل بالاتفاقية»: its work suspended, the last step it reached is signing
        elif st == "implementing" and text.startswith("العمل", p) and _RENEWED.search(text, max(cs, p - CALL_REACH), p):
            said = "in_force"  # «اتفقا على تمديد العمل بمعاهدة أسس العلاقات…»: its work extended, so it is in force
        elif st == "implementing" and text.startswith("العمل", p) and _WORK_BEGINS.search(text, max(cs, p - CALL_REACH), p):
            # «يبدأ اعتبارا من اليوم الأحد العمل بالاتفاقية المؤقتة»: it has taken effect («تنتظر الشركات بدء العمل…»: to come)
            said = "signed" if _waited_for(lex, text, cs, p) else "in_force"
        elif st == "implementing" and text.startswith(("العمل", "تنفيذ", "تطبيق"), p) and \
                _WORK_TO_BEGIN.search(text, max(cs, p - CALL_REACH), p) and not _A_PHASE.search(text, q, a):
            # (not a later phase of it, «وسيبدأ تنفيذ المرحلة الثانية من اتفاقية…»: it is being carried out)
            said = "signed"  # «ومن المقرر أن يبدأ العمل بالبروتوكول الموقع…», «ولم يبدأ حتى الآن العمل به», «لم يبدأ حتى
            # الآن تنفيذ اتفاقية…»: not yet
        elif st == "in_force" and _NOT_ENTERED.search(text, max(cs, p - CALL_REACH), p):
            said = "signed"  # «لم يدخل اتفاق الإعفاء… حيز التنفيذ بعد»: the verb negated past the subject
        elif st == "in_force" and p > b and _BEFORE_ITS_ENTRY.search(text, max(cs, a - ENTRY_BEFORE_REACH), a):
            said = "signed"  # «قبل خمسة أسابيع من دخول اتفاقية التجارة الحرة… حيز التنفيذ»: its entry still to come
        elif st == "signed" and p > b and text.startswith(("التوقيع", "توقيع"), p) and \
                (wait := _AWAITS_LAST.search(text, max(cs, a - CALL_REACH), a)) and \
                not _RELATIVE.search(text, wait.end(), a):
            said = "drafted"  # «تنتظر خارطة الطريق… التوقيع»: its signing awaited, the agreement the waiting's subject
        elif st == "drafted" and text.startswith("مسود", p) and \
                (hand := _TO_HAND_OVER.search(text, max(cs, p - HAND_OVER_REACH), p)) is not None and \
                not _ON_A_DRAFT_THERE.search(hand.group()) and not _REVISED.match(text, q):
            said = "proposed"  # «ستسلّم الجانب الروسي خلال الأسابيع المقبلة مسودة…»: a draft still to be handed over
        elif st == "negotiating" and p < a and _TALKS_TO_BEGIN.search(text, max(cs, p - CALL_REACH), p):
            said = "proposed"  # «سيبدآن مفاوضات لإقامة منطقة تجارة حرة»: talks yet to begin, the agreement planned
        elif st == "ratified" and (_CABINET_AFTER.match(text, q) or _CABINET_ACT.search(text, max(cs, p - CALL_REACH), p)):
            # «ووافقت الحكومة الإيرانية… على الاتفاقية», «أقرّت الحكومة الروسية مشروع قانون المصادقة عليها»: a
            # government's approval sends it to parliament; it is signed, its ratification to come
            said = "signed"
        elif st in ("ratified", "in_force") and (_waited_for(lex, text, cs, p) or
                                                 _HELD_UP.search(text, max(cs, p - HELD_UP_REACH), p) or
                                                 lex.intend.search(text, max(cs, p - NEED_REACH), p) or
                                                 _REFUSED.search(text, max(cs, p - CALL_REACH), p) or
                                                 st == "ratified" and _governs(lex.call, text, cs, p)):
            # «وتنتظر الاتفاقية مصادقة البرلمانين», «يُنتظر أن تدخل… حيز التنفيذ», «رفض البرلمان المصادقة عليها»,
            # «أوصت اللجنة بالمصادقة على المعاهدة»: not yet
            said = "signed"
            awaited.add(p)  # (a later step awaited: signed, whatever calls for it)
            cancelled.append((p, q))  # (nor is «التنفيذ» inside it implementing; «يعتزم الدوما المصادقة»: meant)
        cands.append((_distance(p, q, a, b), 0 if q <= a else 1, said, p))
    # A word after the agreement governs it only nearby; the verb before it may stand past a long subject.
    cands = [c for c in cands if c[1] == 0 or c[0] <= reach]
    # A word after another agreement named after this one is that one's («اتفاقية تجارة حرة كاملة تحل محل
    # الاتفاق المؤقت الساري منذ 2019»).
    later = [p for p, _ in ctx.within(lex.agreement_nouns, b, ce)]
    cands = [c for c in cands if c[1] == 0 or not any(p <= c[3] for p in later)]
    if sped_up and all(c[2] in ("signed", "mentioned") for c in cands) and not _SIGNING_TO_COME.search(text, b, ce):
        # «داعيا إلى تسريع تنفيذ الاتفاقات الموقعة»: being carried out (the seed's «مساعيهما المشتركة لتنفيذ الاتفاقيات
        # المبرمة»); a step told after it is what it has reached («التي دخلت حيز التنفيذ»), and one not yet signed
        # («فور التوقيع عليها») is not being carried out
        return "implementing"
    if not cands:
        return "mentioned"
    if under is not None and any(c[2] == "in_force" and c[1] == 1 and c[0] <= IN_FORCE_AFTER_UNDER and
                                 _said_of_it(text, a, b, c[3]) for c in cands):
        # «بموجب اتفاقية السفر الجماعي المعمول بها منذ عام ٢٠١٧», «في إطار اتفاقية… التي أُبرمت… وباتت نافذة»: what is
        # done under it is done because it is in force, which the words after its name say of it.
        return "in_force"
    carried = _CARRIED_OUT.search(text, max(cs, a - CARRIED_REACH), a)
    if carried is not None and any(c[2] == "implementing" and carried.start() <= c[3] < a for c in cands) and \
            not _governs(_TALKED_OF, text, cs, carried.start()) and \
            not _FUTURE_VERB_BEFORE.search(text, max(cs, carried.start() - FUTURE_VERB_REACH), carried.start()):
        # (not to come: «ستسرّع تنفيذ المعاهدة… التي دخلت حيز التنفيذ» tells it in force, its carrying out ahead)
        # «خارطة طريق لتنفيذ بنود المعاهدة، التي دخلت حيز التنفيذ…»: what is being done with it now; its entry
        # into force, told after it, is its past.
        return "implementing"
    _, _, st, p = min(cands)
    rel = _RELATIVE.search(text, b, min(ce, b + RELATIVE_REACH))
    if rel is not None and rel.start() - b > NAME_REACH and not _PARTIES_GAP.fullmatch(text, b, rel.start()):
        rel = None  # far off, past another noun («…وشبكة الطرق السريعة التي يجري تنفيذها»): that noun's clause
    if rel is not None and _NAMES_ONE.search(text, b, rel.start()):
        rel = None  # the relative clause of another agreement («مسودة وثيقة… على غرار الوثيقة التي وقعتها مع الصين»)
    if rel is not None and not _agrees_in_gender(text[a:b], rel.group()) and not _HEAD_BEFORE.search(text, max(cs, a - 12), a):
        rel = None  # the pronoun of another noun («اتفاقية… مع الاتحاد الأوراسي الذي تقوده موسكو»: the union's)
    said = [c[2] for c in cands if rel is not None and (rel.end() <= c[3] <= rel.end() + RELATIVE_SPAN or
                                                         _joined_in_clause(text, rel.end(), c[3]))]
    if said and _ENTERED_BEFORE.search(text, max(cs, a - ENTERED_REACH), a) and \
            any(c[2] == "in_force" and c[3] > b and text.startswith("حيز", c[3]) for c in cands):
        return "in_force"  # «دخل الاتفاق الذي وقّعته إيران وروسيا في مارس… حيز التنفيذ أمس»: the verb, split by its subject
    if said and any(c[2] == "implementing" and c[3] > rel.end() + RELATIVE_SPAN and _APPLIED_NOW.match(text, c[3]) and
                    not _STRETCH_OPENS.search(text, rel.end(), c[3]) and
                    not _NEGATED_BEFORE.search(text, max(cs, c[3] - NEGATED_REACH), c[3]) for c in cands):
        # «المعاهدة التي دخلت حيز التنفيذ الخريف الماضي تُطبَّق الآن بندا بندا»: its own verb, now (not another
        # subject's in a stretch of its own, after «أن» or a comma, «إلى أن العقوبات تُطبَّق الآن», nor negated, «لا
        # تُطبَّق حتى الآن»)
        return "implementing"
    if said:  # what the relative clause says, unless the verb that governs the agreement says more
        # («صادق الدوما على المعاهدة التي وقعها الرئيسان»: ratified; not «مشروع» on the noun itself, which the
        # clause tells the step of: «مشروع المعاهدة التي يجري التفاوض عليها» is being negotiated)
        # (a word before it whose preposition the noun carries, «بدأ العمل باتفاقية النقل التي وقعتها…», governs it too)
        # (not its carrying out so told, which a call may want: «طالب تجار بالعمل باتفاقية… التي وقعتها…»)
        before = [c for c in cands if (c[1] == 0 or c[3] < a and text.startswith(("ب", "ل"), a) and c[2] != "implementing")
                  and c[3] != a]
        return _strongest(lex, said + ([min(before)[2]] if before else []))
    if st == "implementing" and _STARTS_LATER.search(text, b, ce):
        return "signed"  # «العمل بالاتفاقية الموقعة… سيبدأ الشهر المقبل»: signed, its work yet to begin
    if st in ("signed", "drafted", "negotiating") and p < a and lex.call.search(text, max(cs, p - CALL_REACH), p) and \
            not _BILL_BEFORE.search(text, max(cs, a - BILL_REACH), a) and \
            not _ONGOING.match(text, p) and p not in awaited and \
            not _A_QUESTION.match(text, b, ce):  # («ويطرح توقيع المعاهدة تساؤلات»: questions put, no proposal)
        return "proposed"  # «ودعا الوزير إلى إبرام اتفاقية…», «اقترحت… البدء بصياغة اتفاقية…»: a call proposes
    if st == "in_force" and p < a and _EXTENDING.match(text, p) and _governs(lex.call, text, cs, p):
        return "proposed"  # «اقترح ظريف… تمديد معاهدة أسس العلاقات…»: an extension proposed, not made
    if st == "signed" and p < a and not _BILL_BEFORE.search(text, max(cs, p - BILL_REACH), p) and \
            (_governs(lex.intend, text, cs, p) or
             _HOPED.search(text, max(cs, p - HOPED_REACH), p) and _A_SIGNING.match(text, p)):
        # «وتعتزم روسيا وإيران توقيع اتفاقية…»: meant to be signed, still being worked out (not a bill of its
        # ratification studied: «يدرس البرلمان لائحة المصادقة على…» is a house at work on a signed agreement)
        return "negotiating"
    if st == "signed" and _ATTRIBUTIVE.match(text, p):
        # «المعاهدة الموقعة عام 2001 لا تزال سارية»: the participle tells its past; what the clause goes on to
        # say of it now, or the verb before that governs it («صادق البرلمان على الاتفاقية الموقعة»), if more,
        # is its status.
        return _strongest(lex, [st] + [c[2] for c in cands if c[3] > p or c[1] == 0])
    return st


def _joined_in_clause(text: str, start: int, p: int) -> bool:
    """Whether the step word at ``p`` is a verb joined by «و» or «ثم» to the relative clause opened at ``start``
    («التي صادق عليها الدوما ومجلس الشورى ودخلت حيز التنفيذ»), with no punctuation between."""
    return start + RELATIVE_SPAN < p <= start + JOINED_SPAN and not _CLAUSE_END.search(text, start, p) and \
        (_AFTER_THEN.match(text, p) is not None or text.startswith("و", p) and not _OWN_WAW.match(text, p))


# Its own verb of being applied, in the present, then «now» (folded): «تُطبَّق الآن», «يجري تطبيقها حاليا»; not a verbal
# noun another verb governs («تتضمن تنفيذ مشاريع… يجري الآن بحثها»), nor «حتى الآن» (until now).
_APPLIED_NOW = re.compile(r"(?:[يت]طبق|[يت]نفذ|[يت]جري\s+(?:تطبيق|تنفيذ)|[يت]عمل\s+ب)\w*(?:\s+\S+)?\s+(?:الان|حاليا)(?!\w)")
# Negated, or no longer so («لا تطبق», «لم تعد تطبق», «لم يعد يجري تطبيقها»), folded.
_NEGATED_BEFORE = re.compile(r"(?<!\w)(?:لا|لم|لن|ليست|ليس|ما)\s+(?:(?:[يت]عد|عاد\w*|[يت]زال)\s+)?$")
NEGATED_REACH = 16
JOINED_SPAN = 90  # characters after the relative pronoun in which a verb joined to its own may stand
_CLAUSE_END = re.compile(r"[،,.؛:؟!]")
_AFTER_THEN = re.compile(r"(?<=\sثم\s)")  # (or the word found opens on its «و»)
_OWN_WAW = re.compile(r"وقع|وافق")  # a step's verb whose own first letter is «و» (folded; «ووقعت» is joined)


_HEAD_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:نص|مشروع)\s*[«\"“']?\s*$")  # «نص اتفاقية… الذي»: the text's pronoun
_FEMININE = re.compile(r"^[وفبل]?(?:ال|لل)?(?:اتفاقيه|معاهده|مذكره|وثيقه|خارطه|خريطه)(?!\w)")
_MASCULINE = re.compile(r"^[وفبل]?(?:ال|لل)?(?:اتفاق|عقد|بروتوكول|ميثاق|اعلان)(?!\w)")


# A preposition that opens another noun's phrase after the agreement's name («في إطار اتفاقية النقل وفق الأسعار
# المعمول بها»: the prices are in force); «بين» and «مع» open its parties (folded).
# (or another noun joined to it, «والقوانين الجمركية السارية», or the state despite which, «رغم العقوبات النافذة»; the
# parties' names joined by «و» are the agreement's: «بين إيران وروسيا المعمول بها»)
_OTHER_PHRASE = re.compile(r"(?<!\w)(?:وفق|وفقا|حسب|بحسب|مثل|ضمن|عبر|علي|من|في|الي|عن|لدي|رغم|برغم|بشان|[بل]ال\w+|لل\w+|"
                           r"و(?!(?:ايران|روسيا|طهران|موسكو|الاتحاد|الدول)(?!\w))\w+)(?!\w)")
# A step undone or a past state («جرى تعليق العمل به رغم أنه كان نافذا», «أوقفت موسكو العمل به»): not in force now.
_PAST = r"كان|كانت"  # (folded) a past state, here and in `_WAS`
_UNDONE = re.compile(rf"(?<!\w)(?:{_PAST}|تعليق|علق\w*|اوقف\w*|وقف|الغ\w*|انسح\w*|جمد\w*|تجميد)(?!\w)")
_OPENS_RELATIVE = re.compile(r"(?<!\w)[\s»\"”'،,]*(?:التي|الذي|و?هي|و?هو)(?!\w)")


def _done_as_it_says(text: str, s: int, e: int, a: int, b: int) -> bool:
    """Whether the sentence opens on «according to» the agreement at ``[a, b)`` and, past the comma that ends that
    phrase, tells a deed done («ووفق الاتفاقية…، تسلّمت الشركة ثلاث طائرات»): carried out under it (not its terms
    in the present, «ووفقا للاتفاقية، تلتزم روسيا…», nor what is to come)."""
    opening = _ACCORDING_OPENING.match(text, s)
    if opening is None or opening.end() not in (a, a - 1):  # (the noun found with its «ل» or past it)
        return False
    comma = _COMMA.search(text, b, e)
    return comma is not None and _DONE_NEXT.match(text, comma.end()) is not None


# The sentence's opening: «according to», the agreement right after (folded).
_ACCORDING_OPENING = re.compile(r"\s*[«\"]?\s*[وف]?(?:وفق\s+|(?:وفقا|طبقا)\s+(?=ل)|بحسب\s+|حسب\s+)")


def _past_the_time(text: str, p: int, q: int) -> int:
    """Where step words found at ``p`` begin, past a «الجاري» that is a time's adjective («في العام الجاري تنفيذ
    اتفاقية…»: the current year, then the verbal noun; not «الجاري تنفيذها», being carried out)."""
    m = _CURRENT.match(text, p, q)
    return m.end() if m is not None and _A_TIME_BEFORE.search(text, max(0, p - 12), p) else p


_CURRENT = re.compile(r"(?:ال)?جاري\s+")  # (folded)
_A_TIME_BEFORE = re.compile(r"(?<!\w)(?:ال)?(?:عام|سنه|شهر|اسبوع|فصل|ربع|موسم|يوم)\s+$")


def _said_of_it(text: str, a: int, b: int, p: int) -> bool:
    """Whether the status word at ``p``, after the agreement's name ``[a, b)``, is said of the agreement: an
    adjective on its name (past its parties), or a word of a relative clause or an aside that opens right after
    it («التي أُبرمت… وباتت نافذة», «، وهو بروتوكول ما زال ساريا»)."""
    if _UNDONE.search(text, b, p):
        return False
    # (the relative clause opens after the rest of its name: «اتفاقية التعاون العسكري التي أُبرمت… وباتت نافذة»)
    rel = _OPENS_RELATIVE.search(text, b, p)
    if rel is not None and _OTHER_PHRASE.search(text, b, rel.start()) is None:
        return rel.group().strip(" »\"”'،,") not in ("الذي", "هو", "وهو") or _agrees_in_gender(text[a:b], "الذي")
    return _OTHER_PHRASE.search(text, b, p) is None


def _agrees_in_gender(noun: str, pronoun: str) -> bool:
    """Whether a relative pronoun can stand for the agreement named ``noun`` (folded): «التي» for a feminine
    singular («الاتفاقية التي»), «الذي» for a masculine («الاتفاق الذي»); a plural or another noun, either."""
    if _FEMININE.match(noun):
        return pronoun != "الذي"
    if _MASCULINE.match(noun):
        return pronoun != "التي"
    return True


def _governs(words: re.Pattern[str], text: str, cs: int, p: int) -> bool:
    """Whether an intent stands before the status word at ``p`` in its own stretch of the clause (no comma between:
    «تسعيان إلى رفع التبادل…»، مشيرا إلى أن الجانبين وقعا ١٤ وثيقة» signed them). (A call may stand past its
    caller's titles between commas: «اقترح وزير الطاقة الروسي، الرئيس المشارك للجنة…، توقيع…».)"""
    m = None
    for m in words.finditer(text, max(cs, p - CALL_REACH), p):
        pass
    return m is not None and not _COMMA.search(text, m.end(), p)


def _strongest(lex, statuses: list[str]) -> str:
    """The strongest of ``statuses`` (the order of ``[agreement.status]``: in force first)."""
    order = [name for name, _ in lex.statuses]
    return min(statuses, key=order.index)


# «مشروع» right before the name, past a quotation mark («مشروع "معاهدة الشراكة…"»), is its draft; a bill
# («مشروع قانون الاتفاقية») is what a government sends to parliament once it is signed.
_DRAFT_OF = re.compile(r"(?<!\w)[وبل]?مشروع\s*[«\"“']?\s*$")
# Done under an agreement or in its framework, the words right before its noun («بموجب اتفاقية», «في إطار
# اتفاقية»); after it they say what the agreement itself falls under («اتفاق… في إطار برنامج النفط مقابل السلع»).
_UNDER = re.compile(r"(?<!\w)[وف]?(?:بموجب|في\s+اطار|"  # («وفي إطار», «وبموجب»: the conjunction written on)
                    # carried out or going ahead according to it («المشروع «يُنفَّذ وفق الاتفاق الحكومي»»); not
                    # what is to happen according to it («على أن ترتفع الكميات… وفق الاتفاق»: its terms)
                    r"(?:[يت]نفذ|[يت]جري|[يت]سير|[يت]مضي|نفذت|نفذ|انطلقت|انطلق|بدات|بدا|جرت|جري)\s+(?:وفق|وفقا\s+ل|طبقا\s+ل)|"
                    # in keeping with its provisions («عملاً بأحكام اتفاقية…»)
                    r"عملا\s+ب(?:احكام|بنود|مقتضي))(?:\s+(?:هذه|هذا|تلك|ذلك))?\s*$")  # («بموجب هذه الاتفاقية»)
# Working on it, or talks on it, a few words between the verb or noun and the preposition right before the agreement
# (folded).
# A few words between two parts of a pattern, none of them punctuation that ends a clause (folded; used with a count).
_GAP = r"(?:\s+[^\s،,.؛:]+)"
_ASIDE_GAP = r"(?:\s*[،,](?:\s+[^\s،,.؛:]+){1,8}\s*[،,])?"  # an aside set off by commas («، في تصويت مفاجئ،»)
_WORKING_ON_IT = re.compile(rf"(?<!\w)[وف]?[يتن]عمل(?:ان|ون)?{_GAP}{{1,8}}?\s+علي\s+(?:(?:اعداد\s+|صياغه\s+)?(?:مسوده|مشروع)\s+)?$")
# Its articles or clauses agreed, right before it, the count or «all» or «most» between (folded).
# («تم التوافق… على معظم مواد…», «على ٤٥ مادة من أصل ٤٧ مادة في…»; settled, with no «على»: «حُسمت كل فقرات…»)
_ARTICLES_AGREED = re.compile(rf"(?<!\w)[وف]?(?:(?:اتفق\w*|[يت]تفق\w*|(?:ال)?توافق\w*|(?:تم|جري)\s+الاتفاق){_GAP}{{0,6}}?\s+"
                              r"(?:علي|حول)|حسم\w*|(?:تم|جري)\s+حسم)\s+"
                              r"(?:جميع\s+|كل\s+|معظم\s+|اغلب\s+|غالبيه\s+|\d+\s+)?(?:ال)?(?:بنود|مواد|ماده|بندا|فقرات)"
                              rf"{_GAP}{{0,5}}?\s+(?:في\s+|من\s+)?$")
_NOT_AGREED = re.compile(r"(?<!\w)[وف]?(?:لم|لا|لن)\s+$")
_BRINGING_INTO = re.compile(r"(?<!\w)[وبل]?(?:ال)?ادخال\s+$")  # bringing it into force (folded)
# A wish, an aim or an intent right before it («رغبة الطرفين في إدخال…»): the act still to do (not «أسهم إدخال
# الاتفاقية حيز التنفيذ في مايو الماضي في…», done; folded).
_AIMING = re.compile(r"(?<!\w)[وف]?(?:رغب\w*|سعي\w*|[يت]سع(?:ي|يان|ون)|بهدف|اجل|[يت]امل\w*|امل\w*|عزم\w*|[يت]عتزم\w*|نيه)"
                     r"(?:\s+[^\s،,.؛:]+){0,3}?\s+(?:في\s+|الي\s+)?$")
_RENEWED_OF_ITSELF = re.compile(r"[وف]?(?:[يت]مدد|[يت]تجدد|[يت]جدد)\s+تلقاييا")  # the present: what it provides (folded)
# Its term told right before («لمدة عشرين عاما، », «مدة المعاهدة عشرون عاما، »; folded).
_ITS_TERM_BEFORE = re.compile(r"(?<!\w)ل?مده(?:\s+\S+){1,3}?\s+(?:عاما|سنه|سنوات|اعوام)\s*[،,]?\s*(?:و\s*)?$")
_ITS_PROVISIONS = re.compile(r"\s+(?:احكام|بنود|مفعول)\s+")  # «سرت أحكام البروتوكول»: its provisions took effect
# Entering, right before the agreement, and its year (or month) after its name: its time in force counted (folded).
_ENTERING_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:مع\s+)?(?:دخول|دخلت|دخل|تدخل|يدخل|اكملت|اكمل|تكمل|يكمل|اتمت|اتم)\s+$")
ENTERING_REACH = 14
_ITS_YEAR_AFTER = re.compile(r"[^،,.؛:]{0,90}?(?<!\w)(?:عام|سنت|شهر)(?:ها|ه)\s+(?:ال)?(?:ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|اول)")
# Work on its text told going on, by its pronoun (folded).
_WORK_ON_ITS_TEXT = re.compile(r"(?<!\w)العمل\s+علي\s+(?:نص|مسودت|صياغت)(?:ها|ه)\s*[«\"“]?\s*(?:مستمر|جار|جاري|متواصل|يتواصل|يستمر)(?!\w)")
# The Guardian Council finding nothing against the constitution or the sharia in it: its approval (folded).
_GUARDIAN_COUNCIL = r"صيانه\s+الدستور"  # the Guardian Council, «مجلس صيانة الدستور» (folded)
_GUARDIANS = re.compile(rf"{_GUARDIAN_COUNCIL}|المجلس\s+الدستوري")
_NO_CONFLICT = re.compile(r"(?<!\w)[وف]?(?:لم|لا)\s+[يت]جد\w*\s+(?:فيه|فيها)?\s*(?:اي\s+)?(?:ما\s+)?(?:[يت]تعارض|[يت]خالف|تعارض|مخالف)")
# Once it enters into force, right before the in-force words (folded): to come where a verb to come governs.
_ONCE_IT_ENTERS = re.compile(r"(?<!\w)(?:فور|بمجرد|حالما|حال)\s+دخول(?:ها|ه)\s+$")
# Renewed for a term, the passive or the verb after its name (folded).
_RENEWED_FOR = re.compile(r"[^.،,؛:]*?(?<!\w)(?:قد\s+)?(?:جددت|جدد|تجددت|تجدد)\s+ل(?=\d|ست|خمس|عشر|ثلاث|اربع|سبع|ثمان|تسع|"
                          r"عام|سن|فتره|مده)")
RENEWED_FOR_REACH = 90
# A vote put off, the house between, right before the agreement (folded).
_VOTE_PUT_OFF = re.compile(rf"(?<!\w)[وف]?(?:{_PUTTING_OFF}\w*|ارجا\w*|يرجا|يوجل)(?:\s+[^\s،,.؛:]+){{0,5}}?\s+(?:ال)?تصويت"
                           r"(?:\s+[^\s،,.؛:]+){0,4}?\s+(?:علي|لصالح)\s+$")  # («أُرجئ التصويت في مجلس الشورى على…»)
VOTE_PUT_OFF_REACH = 70
# A signing said to be needed, by a verb after «أن», its subject between (folded).
_NEEDED_SIGNING = re.compile(r"(?<!\w)[وب]?(?:ال)?(?:ضروره|اهميه|ضروري)\s+ان\s+[يت](?:برم|وقع|عقد)\w*(?:\s+[^\s،,.؛:]+){0,4}?\s+$|"
                             # (or its verbal noun: «شدد على ضرورة توقيع اتفاقية…»)
                             r"(?<!\w)[وب]?(?:ال)?(?:ضروره|اهميه)\s+(?:ال)?(?:توقيع|ابرام)\s+(?:علي\s+)?$")
NEEDED_REACH = 60
# Renewing, its object the agreement after the subject or a term (not a call, a stand or an emphasis between, which
# would be what is renewed: «دعوتها», «التزامهما», «التأكيد على»; folded).
_RENEWED_ELSE = r"(?:(?:ال)?(?:تاكيد|دعو|دعم|التزام|رفض|تمسك|مطالب|ترحيب|تاييد|موقف|حرص|استعداد|ادان)\w*|علي|الي|في|عن)(?!\w)"
# Not begun, before what is to be done under it («لم تبدأ بعد أعمال بناء المحطة بموجب الاتفاقية»; folded).
_NOT_BEGUN_BEFORE = re.compile(r"(?<!\w)[وف]?(?:لم|لن)\s+(?:[يت]بدا|[يت]شرع|[يت]نطلق)(?!\w)")
_RENEWAL = re.compile(r"(?<!\w)[وبل]?(?:ال)?تجديد\s+$")  # its renewal, the noun right before it («تم تجديد اتفاقية…»)
_RENEWING = re.compile(rf"(?<!\w)[وف]?(?:جدد|جددت|جددا|جددتا|[يت]جدد|[يت]جددان)(?:\s+(?!{_RENEWED_ELSE})[^\s،,.؛:]+){{0,5}}?\s+$")
RENEWING_REACH = 50
# A verb of becoming right before the agreement, and an adjective of force after its name, in the same clause (folded).
_BECAME = re.compile(r"(?<!\w)[وف]?(?:قد\s+)?(?:باتت|بات|صارت|صار|اصبحت|اصبح)\s+$")
BECAME_REACH = 14
_BINDING_AFTER = re.compile(r"[^.،,؛:]{0,90}?(?<!\w)(?<!غير\s)(?:ملزم|نافذ|ساري)[ها]?(?!\w)")  # (not «غير ملزمة»)
# («المشاورات بين الخبراء بشأن إبرام اتفاقية…»: on concluding it)
# («المحادثات بين الوفدين بهدف التوصل إلى اتفاقية…»: aimed at reaching it)
_TALKS_ON_IT = re.compile(rf"(?<!\w)[وف]?(?:ال)?(?:مشاورات|مفاوضات|محادثات|مباحثات|حوار){_GAP}{{0,8}}?\s+"
                          r"(?:(?:بشان|حول)\s*(?:(?:ابرام|توقيع|عقد)\s+)?|"
                          r"(?:بهدف|بغيه|سعيا\s+الي|من\s+اجل|لل?|(?:استهدفت|تستهدف|هدفت|تهدف)\s+(?:الي\s+)?)\s*(?:ال)?توصل\s+(?:الي|ل)\s*|"
                          # (or at signing it: «تجري إيران وروسيا محادثات تهدف إلى توقيع مذكرة…», «تجري مفاوضات مع روسيا
                          # لإبرام اتفاقية…»)
                          r"(?:بهدف|من\s+اجل|(?:استهدفت|تستهدف|هدفت|تهدف)\s+(?:الي\s+)?)\s*(?:ال)?(?:توقيع|ابرام)\s+|"
                          r"ل(?:توقيع|ابرام)\s+)$|"
                          # (the verb: «تتفاوض مع روسيا لإبرام اتفاقية…»)
                          rf"(?<!\w)[وف]?(?:[يتن]تفاوض\w*|تفاوض(?:ت|ا|تا|وا)?){_GAP}{{0,6}}?\s+(?:ل|بهدف\s+|من\s+اجل\s+)(?:توقيع|ابرام)\s+$|"
                          # (or the talks' noun in construct with it, indefinite: «محادثات اتفاقية النقل مستمرة»; not «في ختام
                          # المباحثات مذكرة…», the definite talks and what was signed at their end)
                          r"(?<!\w)[وفبل]?(?:مشاورات|محادثات|مباحثات)\s+$")
# Talks said to aim at it, the verb before them («وتهدف المحادثات بين إيران وروسيا إلى التوصل إلى اتفاقية…», «تهدف
# المباحثات الجارية… إلى إبرام اتفاقية…»; folded).
_AIMED_TALKS = re.compile(rf"(?<!\w)[وف]?(?:[يت]هدف|هدفت|[يت]رمي|رمت|[يت]سعي|سعت)\s+(?:ال)?(?:مشاورات|مفاوضات|محادثات|مباحثات|"
                          rf"حوار){_GAP}{{0,8}}?\s+(?:الي|ل)\s*(?:(?:ال)?توصل\s+(?:الي|ل)\s*|(?:ال)?(?:ابرام|توقيع)\s+)$")
ON_IT_REACH = 90
_AGAINST = re.compile(r"(?<!\w)ضد(?!\w)")
# Another act the house agreed to, between it and the agreement («وافق النواب على تأجيل التصويت على…», «على مناقشة…»).
_ANOTHER_ACT = re.compile(r"(?<!\w)(?:ب|ل|وال|ال)?(?:تاجيل|ارجاء|مناقشه|استجواب|تصويت|دراسه|بحث|احاله)(?!\w)")
# Hope voiced or a wish shown right before the signing word, only «في», «أن» or being able between («أعرب عن أمله في أن
# يتمكن البلدان من إبرام…», «أبدى الجانبان رغبتهما في توقيع…»; not «أمله في أن يعطي توقيع المعاهدة أمس دفعة»; folded).
_HOPED = re.compile(rf"(?<!\w)(?:امل|رغبت|رغبه)(?:ه|ها|هما|هم|نا)?\s+(?:في\s+)?(?:ان\s+(?:[يت]تمكن\w*{_GAP}{{0,2}}?\s+من\s+|[يت]تم\s+)?)?$")
HOPED_REACH = 70
# Its entry into force (its verbal noun right before it) hoped, counted on, looked forward to or awaited (folded).
_HOPED_ENTRY = re.compile(r"(?<!\w)[وف]?(?:[يتن]عول\w*|عول\w*|[يتن]امل\w*|امل\w*|[يتن]تطلع\w*|تطلع\w*|[يتن]نتظر\w*|"
                          r"انتظار|بانتظار|[يتن]ترقب\w*|ترقب)(?:\s+[^\s،,.؛:]+){0,4}?\s+(?:علي\s+|في\s+|الي\s+)?(?:بدء\s+)?(?:دخول|سريان)\s+$")
_A_SIGNING = re.compile(r"(?:ان\s+)?[وف]?(?:[يتن]?وقع|[يت]برم|ابرام|توقيع|التوقيع)")  # (not «أن يصادق»: its ratification hoped)
# A text agreed or joint, signed on («ووقع الوزيران على النص المتفق عليه لمذكرة…»: signed), or a date for the signing
# not yet set («لم يحدد الطرفان حتى الآن موعدا لتوقيع…»: still talked about); folded.
_SIGNED_ON = re.compile(rf"(?<!\w)[وف]?(?:{_SIGNED_VERBS}|مهر\w*){_GAP}{{0,5}}?\s+(?:علي\s+)?$")
_NOT_SET = re.compile(rf"(?<!\w)[وف]?(?:لم|لا)\s+(?:[يت]?حدد\w*|[يت]تحدد|[يت]علن|يعلن){_GAP}{{0,4}}?\s+$")
# A parliament or one of its houses, named (folded; «ال» before it where it takes one).
_PARLIAMENT = r"(?:برلمان|دوما|مجلس\s+(?:الشوري|الدوما|النواب|الاتحاد))"
# Deputies or a house for it, the verb before it («أيّد ٣٩١ نائباً في مجلس الدوما الاتفاقية», «وافق النواب الإيرانيون
# على الاتفاقية»; folded); the words between must name the house or its members.
_HOUSE_FOR = re.compile(rf"(?<!\w)[وف]?(?:صوت|ايد|وافق)\w*{_GAP}{{1,7}}?\s+(?:لصالح\s+|علي\s+)?$")
_HOUSE = re.compile(rf"نايب|نواب|النواب|الهييه\s+العامه|{_GUARDIAN_COUNCIL}|(?:ال)?{_PARLIAMENT}")
# A house passing the bill, the verb before it and the house between («مرّر مجلس الدوما بالإجماع مشروع قانون…»; folded).
# (or its approval told by the noun: «أعلن مجلس صيانة الدستور موافقته على لائحة…»)
_HOUSE_PASSED = re.compile(rf"(?<!\w)[وف]?(?:مرر|اقر|اجاز|تبني|صادق|وافق|صوت|موافق)\w*{_GAP}{{0,12}}?{_ASIDE_GAP}\s+(?:لصالح\s+|علي\s+)?"
                           r"(?:ال)?(?:مشروع\s+(?:ال)?قانون|لايحه)")
HOUSE_REACH = 140  # characters before the bill in which the house's verb stands, the house and its votes between
HOUSE_BEFORE = 30  # or characters before that verb in which the house is named
_COMMITTEE = re.compile(r"(?<!\w)(?:ال)?لجن(?:ه|تا|تان)(?!\w)")  # a house's committee: the bill passed on, not passed (folded)
# A bill, right before the agreement's noun or its ratification's («لائحة الاتفاقية», «مشروع قانون المصادقة»; folded):
# not a law passed.
_BILL_BEFORE = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:مشروع\s+(?:ال)?قانون|لايحه)\s+(?:ال)?(?:اتحادي\s+|فيدرالي\s+)?$")
BILL_REACH = 25
# A vote for it, the voters and where between («صوّت 214 نائباً في مجلس الدوما لصالح الاتفاقية»; folded).
_VOTED_FOR = re.compile(rf"(?<!\w)[وف]?صوت(?:ت|وا|ا|تا)?{_GAP}{{0,8}}?\s+(?:ب?(?:ال)?اجماع\s+)?لصالح\s*$")
# A signing set or awaited right before its word, not only forecast («ومن المنتظر أن يوقعها…», «المقرر توقيعها»; not
# «متوقعا توقيعها خلال الأشهر المقبلة», said while talks go on; folded).
_SET_FOR = re.compile(r"(?<!\w)(?<!غير\s)[وف]?(?:من\s+)?(?<!غير\s)(?:المقرر|المنتظر|المرتقب|المزمع|[يت]رتقب|[يت]نتظر|تقرر)(?:\s+ان)?\s+$")
_POSSIBILITY = re.compile(r"(?:ال)?امكان")  # the possibility of a step (folded)
_INITIALLED = re.compile(r"(?<!\w)بالاحرف\s+الاولي(?!\w)")  # initialled, not signed (folded)
_CONCLUDING = re.compile(r"[وبل]?(?:ال)?ابرام")  # concluding one, the word a proposal takes (folded)
# A document of another kind between the signing verb and the agreement: the verb's object («يوقع الرئيس غدا مرسوما…»).
_OTHER_DOCUMENT = re.compile(r"(?<!\w)(?:ال)?(?:مرسوم|قانون|قرار|امر|بيان|عقد)\w*(?!\w)")
# A time to come soon after a verb («الأسبوع المقبل», «غدا», «قريبا»), within a few words (folded).
_SOON = re.compile(rf"{_GAP}{{0,3}}?\s+(?:غدا|قريبا|(?:الاسبوع|الشهر|العام)\s+(?:المقبل|القادم))(?!\w)")
# A government, not a parliament, as the approving verb's subject: right after the status word, or after an approving
# verb before it in its clause (folded).
_CABINET = r"(?:ال)?(?:حكومه|مجلس\s+الوزراء|هييه\s+الوزراء|هييه\s+الحكومه)(?!\w)"
_CABINET_AFTER = re.compile(rf"\s+{_CABINET}")
_CABINET_ACT = re.compile(rf"(?<!\w)[وف]?(?:وافق|وافقت|اقر|اقرت|صادق|صادقت|اعتمد|اعتمدت)\s+{_CABINET}[^.؛:]*$|"
                          # (or the cabinet first: «أن مجلس الوزراء صادق على مذكرة التفاهم… وقرر إحالتها إلى البرلمان»)
                          rf"(?<!\w){_CABINET}(?:\s+(?:الايرانيه|الروسيه))?\s+(?:قد\s+)?$")  # (not joined to a house, «البرلمان والحكومة صادقا»)
# Talks already going on after the talks' word («بتسريع المفاوضات الجارية مع روسيا حول…»: a call to speed them is no
# proposal; folded).
_ONGOING = re.compile(r"\S+\s+(?:الجاريه|الجاري|المستمره|القايمه|الحاليه)(?!\w)")
# Sending the agreement on («أحال مجلس الوزراء…», its subject between), and a parliament as where it goes, a few words
# after it («… مع روسيا إلى مجلس الشورى»; folded).
_SENT_ON = re.compile(rf"(?<!\w)[وف]?(?:احال|احالت|احالا|احالوا){_GAP}{{0,4}}?\s+$")
_TO_PARLIAMENT = re.compile(rf"[^،,.؛:]{{0,60}}?(?<!\w)(?:الي|لل)\s*(?:ال)?{_PARLIAMENT}")
# A parliament or its members as the subject before a word of discussing («ناقش مجلس الدوما…», «أرجأ البرلمان مناقشة»;
# folded).
_PARLIAMENT_BEFORE = re.compile(rf"(?<!\w)(?:ال)?{_PARLIAMENT}\w*{_GAP}{{0,3}}?\s+$")
_DEBATING = re.compile(r"[وف]?(?:ل?مناقشه|[يت]?ناقش\w*|ل?بحث\w*|[يت]بحث\w*|ل?دراسه|[يت]درس\w*)(?!\w)")  # (not «المفاوضات»: talks)
# the house, or a committee of it, right after its verb («يدرس البرلمان…», «تدرس لجنة الأمن القومي في البرلمان…»)
_PARLIAMENT_NEXT = re.compile(rf"\s+(?:(?:ال)?لجن\w*(?:\s+\S+){{0,3}}?\s+(?:في|ب)\s*)?(?:ال)?{_PARLIAMENT}(?!\w)")
PARLIAMENT_REACH = 60
# What an agreement binds its parties to, told after its name: its terms, nothing done under it (folded).
_OBLIGED = re.compile(r"(?<!\w)(?:[يت]لتزم\w*|[يت]تعهد\w*|يحق|يتعين|يجب|لا\s+يجوز|يحظر|تحظر)(?!\w)")
OBLIGED_REACH = 120
# Refusing, its subject between it and the step refused («رفض البرلمان الإيراني المصادقة على…»; folded).
_REFUSED = re.compile(rf"(?<!\w)[وف]?(?:رفض|رفضت|رفضا|رفضتا|رفضوا|[يت]رفض\w*){_GAP}{{0,4}}?{_ASIDE_GAP}\s+$")
# Held up, right before the step's word («اتهامات بتعطيل المصادقة على المعاهدة»; folded).
_HELD_UP = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:تعطيل|عرقله|تاخير|تاخر|ابطاء|تجميد)\s+$")
HELD_UP_REACH = 14
# Suspending, stopping or freezing, its subject between it and what it stops («علقت روسيا العمل بالاتفاقية»; folded).
_SUSPENDED = re.compile(rf"(?<!\w)[وف]?(?:علق\w*|تعليق|اوقف\w*|ايقاف|وقف|جمد\w*|تجميد){_GAP}{{0,3}}?\s+$")
def _drafting_under_way(text: str, start: int, p: int) -> bool:
    """Whether the wording at ``p`` («صياغة», «صياغتها», or the text after «صياغة») is told as still being worked on: a
    verb of going on, working or negotiating a few words before it, its subject between («تواصل اللجان… صياغة», «يعكف
    فريقان من الخبراء على صياغتها», «يتفاوضان على صياغتها النهائية»); not agreed on («اتفقا على صياغتها»), nor done
    («أنهى الخبراء العمل على صياغة…»: the noun «العمل» is no verb of going on)."""
    if not text.startswith(("صياغ", "الصياغ"), p):
        wording = _WORDING_BEFORE.search(text, max(start, p - 12), p)  # («يعملون على صياغة نص معاهدة…»: the text's)
        if wording is None:
            return False
        p = wording.start()
    # (a source set off by commas between is no cut: «تواصل فرق العمل، وفق مصدر في الوزارة، صياغة بنود…»)
    return _STILL_DRAFTING.search(_SOURCE_ASIDE.sub(" ", text[max(start, p - STILL_DRAFTING_REACH):p])) is not None


_STILL_DRAFTING = re.compile(r"(?<!\w)[وف]?(?:[يت]واصل\w*|مواصله|[يت]عكف\w*|[يت]عمل\w*|[يت]تفاوض\w*|"
                             r"بصدد|جار|جاري|[يت]جري|قيد|ما\s+[زد]ال\w*|لا\s+[يت]زال\w*)"
                             r"(?:\s+[^\s،,.؛:]+){0,4}?\s+(?:علي\s+)?$")
STILL_DRAFTING_REACH = 150  # (a source aside between is taken out before the words are counted)
_WORDING_BEFORE = re.compile(r"(?<!\w)(?:ال)?صياغه\s+$")  # (folded)
_TEXT_WORD = re.compile(r"(?:ال)?(?:نص|مسوده|مسودت|صياغه|صياغت)(?:ها|ه)?(?!\w)")  # its text, draft or wording (folded)
# Not yet complete, after it and its parties or purpose, the clause ending there (folded): «نص الاتفاقية الجديدة بين
# روسيا وإيران… لم يكتمل حتى الآن», «لم يُستكمل بعد»; not another noun's completion («…لإنشاء خط لم يكتمل بناؤه»).
_NOT_COMPLETE_NEXT = re.compile(r"(?:\s+(?!(?:التي|الذي|ان|رغم|برغم|لكن|بينما)(?!\w))[^\s،,.؛:]+){0,8}?\s*[«\"]?\s*(?:لم\s+(?:[يت]كتمل|[يت]ستكمل|[يت]نجز)\w*)"
                                r"(?=\s*(?:بعد|حتي|[«\".،,؛:]|$))")
# «غير» before an adjective of its text («غير مكتمل», «غير جاهز»): not so (not before a noun: «لم تقدم… غير مسودة»
# is nothing but a draft).
_NOT_BEFORE = re.compile(r"(?<!\w)غير\s+$")
_TEXT_ADJECTIVES = ("جاهز", "نهايي")  # (folded) the drafted cues that are adjectives («مكتمل»: `_TEXT_COMPLETE`)
# What is set aside for another course, a few words before the agreement, no comma between (folded); not «بدلا من
# ذلك», the course taken instead.
_INSTEAD_OF = re.compile(r"(?<!\w)[وف]?(?:بدلا\s+من|عوضا\s+عن|بدل)(?!\s+(?:ذلك|هذا)(?!\w))(?:\s+[^\s،,]+){0,2}\s+$")
INSTEAD_REACH = 40
# Its work extended or renewed, right before «العمل» (folded; «تمديد», «جُدّد», «يُمدَّد»).
_RENEWED = re.compile(r"(?<!\w)[وف]?(?:ب?تمديد|ب?تجديد|مدد\w*|جدد\w*|[يت]مدد\w*|[يت]جدد\w*)\s+$")
_A_PHASE = re.compile(r"(?<!\w)(?:ال)?(?:مرحله|المرحله|الشق|الجزء|المراحل)(?!\w)")  # a phase of it (folded)
UNDER_REACH = 16  # characters before the agreement in which «بموجب», «في إطار», «وعملاً بأحكام» stand
_WILL_ENTER = r"[وف]?(?:س[يت]دخل|سوف\s+[يت]دخل)(?!\w)"  # «ستدخل» (folded)
# «ستدخل المعاهدة حيز التنفيذ…», a relative clause set off by commas allowed inside its subject («سوف تدخل اتفاقية التجارة
# الحرة…، الذي تتزعمه روسيا، حيز التنفيذ»)
_TO_ENTER = re.compile(rf"(?<!\w){_WILL_ENTER}[^،,.؛:]*(?:[،,]\s*(?:الذي|التي)(?!\w)[^،,.؛:]*[،,][^،,.؛:]*)?$")
# The present with a time to come after it is the future too («الاتفاقية… تدخل حيز التنفيذ بعد مصادقة البرلمانين»,
# «ويبدأ سريان الاتفاقية مطلع الشهر المقبل», «المذكرة تدخل حيز التنفيذ اعتبارا من منتصف ليل الجمعة»); not negated
# («لم يدخل… بعد» is `_NOT_ENTERED`).
_ENTERS = re.compile(r"(?<!\w)(?<!لم\s)(?<!لن\s)[وف]?(?:[يت]دخل|[يت]بدا)(?!\w)[^،,.؛:]*$")
# (From today is now: «تدخل حيز التنفيذ اعتبارا من اليوم الخميس» is in force.)
_TIME_TO_COME = re.compile(r"[^،,.؛:]{0,80}?(?<!\w)(?:بعد|فور|المقبل|المقبله|القادم|القادمه|منتصف\s+(?:ليل|الليل)|"
                           r"(?:اعتبارا|ابتداء|بدءا)(?!\s+من\s+(?:اليوم|الان)(?!\w)))(?!\w)(?!\s*$)")
# What is put forward is a question («طرح… سؤالا», «تطرح تساؤلات», «علامات استفهام»), within a few words (folded).
_A_QUESTION = re.compile(r"(?:\s+\S+){0,6}?\s+(?:سوالا|سوالين|اسيله|تساولا|تساولات|علامات\s+استفهام|علامه\s+استفهام)(?!\w)")
_PRESENT_EFFECT = r"[يت]سري"  # the present of «سرى» (folded)
_TAKES_EFFECT = re.compile(rf"[وف]?{_PRESENT_EFFECT}(?!\w)")  # as the step's own word («تسري اعتبارا من…»)
_EFFECT_VERB = re.compile(rf"[وف]?(?:{_PRESENT_EFFECT}|سرت|سري)(?!\w)")  # «تسري», «سرت», «سرى», the verb alone
_WAS = re.compile(rf"(?<!\w)[وف]?(?:{_PAST})(?!\w)")
# How long it runs or what it applies to, right after that verb or past its subject (folded).
_ITS_TERM = re.compile(r"(?:\s+(?!منذ|اعتبارا|ابتداء)\S+)?\s+(?:لمده|لفتره|علي|ل(?:\d|ست|خمس|عشر|ثلاث|اربع|سبع|ثمان|تسع|سن|عام|اعوام|شهر|اشهر)|"
                       # a count of years right after («وتسري عشرين عاماً قابلة للتمديد»)
                       r"(?:\d+|ست|خمس|عشر|ثلاث|اربع|سبع|ثمان|تسع)\w*\s+(?:عاما|عام|سنوات|سنه|اعوام)(?!\w))")
# The length of its validity, right before the word («مدة سريانها», «فترة صلاحية الاتفاقية»), folded.
_TERM_OF = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:مده|فتره)\s+$")
TERM_OF_REACH = 8


def _its_term(text: str, start: int, p: int) -> str | None:
    """"term" where the word at ``p`` is the length of its validity («مدة سريانها»), "extended" where that length is
    what was extended or renewed («وتم تمديد مدة سريانها»), else None."""
    term = _TERM_OF.search(text, max(start, p - TERM_OF_REACH), p)
    if term is None:
        return None
    return "extended" if _RENEWED.search(text, max(start, term.start() - TERM_OF_REACH - 8), term.start()) else "term"


_FUTURE_ENTRY = re.compile(_WILL_ENTER)
# To become (in force, binding), the agreement between («ستصبح الاتفاقية… ملزمة قانونيا بعد مصادقة البرلمان»; folded).
_WILL_BECOME = re.compile(r"(?<!\w)[وف]?(?:س[يت]صبح|سوف\s+[يت]صبح|س[يت]كون)(?!\w)[^،,.؛:]*$")  # «ستدخل حيز التنفيذ»
# Its entry into force prepared for, the verbal noun right after («التحضيرات لدخول الاتفاقية…», «تمهيدا لدخولها»; folded).
_PREPARING_FOR = r"(?<!\w)[وف]?(?:ال)?(?:تحضير\w*|استعداد\w*|تمهيد\w*)\s+(?:ل|الي\s+)?(?:دخول|سريان|بدء)\w*"
_PREPARING = re.compile(_PREPARING_FOR + r"(?:\s+\S+){0,8}?\s*$")
PREPARING_REACH = 90  # characters before the in-force word in which its preparing stands
# (or before the agreement's name, however long, the in-force word right after it: «التحضيرات لدخول اتفاقية التجارة
# الحرة المؤقتة بين إيران والاتحاد الاقتصادي الأوراسي حيز التنفيذ». A time before its entry, «قبل عامين من دخول…»,
# says nothing of whether it has come.)
_PREPARING_ITS = re.compile(_PREPARING_FOR + r"\s*$")
# What entry into force waits for, right after its words («بعد مصادقة…», «فور استكمال…», «إلا بعد…», «عند…»).
_UPON = re.compile(r"[^،,.؛:]{0,60}?(?<!\w)(?:بعد|فور|حين|عند|لدي|اثر|الا|حالما|متي|بمجرد|عقب)(?!\w)")
# Handing over or presenting, the verb in the future or prepared for, its subject and object between, right before a
# draft («ستقدم طهران مسودة…», «ستسلّم الجانب الروسي خلال الأسابيع المقبلة مسودة…», «تستعد لتقديم مسودة»; folded).
_TO_HAND_OVER = re.compile(r"(?<!\w)[وف]?(?:(?:س|سوف\s+)[يتن](?:قدم|سلم|عرض|طرح|رسل|حيل)\w*|[يت]ستعد\w*\s+ل(?:تقديم|تسليم|عرض|"
                          r"طرح|ارسال|احاله))(?:\s+[^\s،,.؛:]+){0,6}?\s+$")
HAND_OVER_REACH = 70
# Between the verb and the draft: what is sent is on a draft already there, or of it, or another verb follows
# («سترسل ملاحظاتها على مسودة…», «ستقدمان النسخة النهائية من مسودة…», «سيقدم تقريره ويناقش مسودة…»; folded).
_ON_A_DRAFT_THERE = re.compile(r"(?<!\w)(?:علي|من|ثم|ملاحظات\w*|تعديلات\w*|[وف][يت]\w{3,})(?!\w)")
_REVISED = re.compile(r"\w*\s+(?:ال)?(?:معدله|منقحه|نهاييه|جديده)(?!\w)")  # a draft revised, final or new, after it (folded)
# A time before its entry into force, right before the agreement («قبل خمسة أسابيع من دخول…», «قبيل دخول…»; folded).
_BEFORE_ITS_ENTRY = re.compile(r"(?<!\w)(?:قبل\s+(?:\S+\s+){0,3}?من|قبيل|عشيه)\s+(?:ال)?دخول\s+$")
ENTRY_BEFORE_REACH = 50
# Waiting, the verb or its noun, the last before the agreement (folded).
_AWAITS_LAST = re.compile(r"(?<!\w)[وف]?(?:[يت]نتظر\w*|بانتظار|انتظار)(?!\w)(?!.*(?<!\w)[وف]?(?:[يت]نتظر|بانتظار|انتظار))")
# Talks to begin, right before their word, no comma between («سيبدآن خلال أشهر مفاوضات»; folded).
_TALKS_TO_BEGIN = re.compile(r"(?<!\w)(?:[وف]?س[يت]بد(?:ا|ان|ون|وا)|سوف\s+[يت]بد(?:ا|ان|ون|وا)|[وف]?س[يت]نطلق|"
                             # agreed or decided to start them («اتفقت روسيا وإيران على بدء مفاوضات بشأن…»)
                             # (an aside between commas, «، في ختام محادثات…،»; or charging others to start them: «على
                             # تكليف وزارتي الخارجية ببدء مفاوضات», «كلّف الرئيسان الوزارتين ببدء…»)
                             r"[وف]?(?:اتفق|اتفقت|اتفقا|اتفقتا|اتفقوا|قرر|قررت|قررا|قررتا)(?:\s+[^\s،,.؛:]+){0,6}?"
                             rf"{_ASIDE_GAP}\s+"
                             r"(?:علي\s+)?(?:تكليف(?:\s+[^\s،,.؛:]+){1,6}?\s+ب)?(?:بدء|اطلاق)|"
                             r"[وف]?(?:كلف|كلفا|كلفت|كلفتا)(?:\s+[^\s،,.؛:]+){1,6}?\s+ب(?:بدء|اطلاق)|"
                             # ready or willing to enter them («مستعدة للدخول في مفاوضات حول…»)
                             r"[وف]?(?:مستعد\w*|جاهز\w*|استعداد\w*)\s+(?:لل|ل|الي\s+(?:ال)?)?(?:دخول|بدء|اطلاق))(?!\w)"
                             # (not «الجولة الخامسة من المفاوضات»: under way; but «أولى جولات المفاوضات» is their start)
                             r"(?:(?!(?<!اولي\s)(?<!اول\s)جول(?!\w*\s+(?:الاولي|الاول)(?!\w))|مرحل|استيناف)[^،,.؛:])*$")
_UPON_RATIFYING = re.compile(_UPON.pattern + r"\s+(?:[وف]?(?:مصادق|المصادق|التصديق|تصديق)\w*|"
                             r"(?:استكمال\s+)?(?:ال)?اجراءات\s+(?:ال)?(?:قانوني|داخلي|دستوري|تصديق|مصادق)\w*)(?!\w)"
                             r"(?!\s+(?:ل|من\s+اجل\s+)?(?:ال)?توقيع)")  # (not the procedures for signing it)
_NOT_ENTERED = re.compile(r"(?<!\w)[وف]?(?:لم|لن)\s+[يت](?:دخل|صبح|كون)(?!\w)[^،,.؛:]*$")  # («لن تصبح المعاهدة نافذة إلا…»)  # «لن تدخل الاتفاقية حيز التنفيذ قبل…»
# Its work begun, the verb a few words before «العمل بـ», a time between commas or not («بدأ، اعتباراً من مطلع آب، العمل
# بالبروتوكول»; folded): the past, or the present with today or since
# («يبدأ اعتبارا من اليوم الأحد العمل بالاتفاقية»); not after «أن» or a word of waiting («من المقرر أن يبدأ العمل
# بها…», «تنتظر بدء العمل بها»), nor «سيبدأ» (`_STARTS_LATER`).
# (the verbal noun, «أعلنت الجمارك بدء العمل بالمذكرة», not after a time, a delay or waiting: «منذ بدء…», «تأجيل بدء…»)
_BEGINNING = r"(?<!منذ\s)(?<!قبل\s)(?<!بعد\s)(?<!موعد\s)(?<!تاجيل\s)(?<!ارجاء\s)(?<!انتظار\s)(?<!ينتظر\s)(?<!تنتظر\s)" \
    r"(?<!لحين\s)بدء"
_WORK_BEGINS = re.compile(r"(?<!\w)(?<!ان\s)(?:و?(?:بدا|بدات|" + _BEGINNING + r")(?!\w)(?:[^،,.؛:]{0,15}[،,][^،,.؛:]{1,40}[،,])?[^،,.؛:]{0,40}|"
                          # its work extended («مددت إيران وروسيا العمل باتفاقية…»): in force, as «تمديد العمل ب»
                          r"[وف]?(?:مدد|مددت|مددا|مددتا|مددوا|جري\s+تمديد|تم\s+تمديد|جدد|جددت|جددا|جددتا|جري\s+تجديد|تم\s+تجديد)(?!\w)"
                          r"(?:\s+(?!(?:ال)?(?:مهله|مفاوضات|محادثات)(?!\w)|(?:ل)?بدء(?!\w))\S+){0,3}\s+|"
                          r"و?(?:يبدا|تبدا|يسري|تسري)(?!\w)[^،,.؛:]{0,30}?(?<!\w)(?:اليوم|منذ)(?!\w)[^،,.؛:]{0,25})$")
# Its work to begin, or not begun, the verb a few words before «العمل بـ» (folded).
_WORK_TO_BEGIN = re.compile(r"(?<!\w)[وف]?(?:(?:ان|لم|لن|سوف|متي)\s+[يت](?:بدا|شرع)|س[يت]بدا)(?!\w)(?:[\s،,]+[^\s،,.؛:]+){0,6}[\s،,]+$")
# «سيبدأ» (folded), to begin; «لم يبدأ بعد», not begun («العمل بموجب اتفاقية… لم يبدأ بعد، رغم مرور أشهر على توقيعها»)
_STARTS_LATER = re.compile(r"(?<!\w)(?:س[يت]بدا|سيتم\s+البدء|سيبدء|(?:لم|لن)\s+[يت]بدا)(?!\w)")
# Carrying it out, right before the agreement's noun: «تنفيذ المعاهدة», «لتنفيذ بنود الاتفاقية», «تنفيذ البنود
# الاقتصادية من المعاهدة».
_CARRIED_OUT = re.compile(r"(?<!\w)[وبل]?تنفيذ(?:\s+(?:بنود|البنود(?:\s+\w+){1,2}\s+(?:من|في)))?\s*$")
CARRIED_REACH = 40  # characters before the noun in which that stands
IN_FORCE_AFTER_UNDER = 90  # characters after an agreement done under in which its being in force is told
# A verb of discussing, not the noun or adjective («مركز بحثي»; folded), in the stretch of the clause before «بموجب».
_DISCUSSED = re.compile(rf"(?<!\w)[وف]?(?:[يت]?(?:{DISCUSSING})(?:ا|ت|تا|وا|ان)?)(?!\w)")
# Where the stretch of a clause that governs a word starts: after its last comma, or after the «أن» that opens what
# a speaker said («وقال المسؤول الذي سيزور موسكو إن الشحنات تنقل حاليا بموجب…»: the visit is not what is done under it).
_STRETCH_OPENS = re.compile(r"[،,]|(?<!\w)(?:ان|بان|انه|انها)(?!\w)")


def _own_stretch(text: str, cs: int, p: int) -> int:
    """The start of the stretch of the clause ``[cs, p)`` that governs the word at ``p`` (a comma right before the word
    sets it off from the verb before, which still governs it: «ستنطلق خلال الأشهر المقبلة، بموجب الاتفاقية…»)."""
    starts = [m.end() for m in _STRETCH_OPENS.finditer(text, cs, p) if text[m.end():p].strip()]
    return starts[-1] if starts else cs


# A verb in the future right before (folded): «ستسرّع تنفيذ…»; not a noun or adverb on «س» («سياق», «سنويا»), nor one
# that goes on with what is under way («ستواصل تنفيذ…»).
_FUTURE_VERB_BEFORE = re.compile(r"(?<!\w)[وف]?(?:(?!س[يت](?:واصل|ستمر|تابع))س[يتن](?!ا|نو|نه)\w{2,}|سوف\s+\S+)\s+$")
FUTURE_VERB_REACH = 20
# Carrying it out talked of, not done («بحثا كذلك تنفيذ المعاهدة التي دخلت حيز التنفيذ»: in force, its
# implementation discussed).
_TALKED_OF = re.compile(rf"(?<!\w)[وف]?(?:{DISCUSSING})\w*(?!\w)")
_EXTENDING = re.compile(r"[وبل]?(?:ال)?تمديد")  # the verbal noun of extending (an extension in force once made)
_ATTRIBUTIVE = re.compile(r"ال(?:موقع|مبرم)")  # «الموقعة», «المبرمة»: signed, as an attribute

NEED_REACH = 25  # characters before a status word in which a need or call for it (lex.need) governs it
# Going faster, right before carrying it out («الإسراع في تنفيذ», «تسريع تنفيذ»; folded), and that carrying out right
# before this agreement's noun («تنفيذ الاتفاقيات», «تنفيذ بنود الاتفاقية»); its signing still to come.
_FASTER = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:اسراع|تسريع)(?:\s+في)?\s+$")
SPED_UP_GAP = 12  # characters between «تنفيذ» and the agreement's noun
_SIGNING_TO_COME = re.compile(r"(?<!\w)(?:فور|بعد|عند|حال)\s+(?:ال)?توقيع")
_ONLY_CALLED_FOR = ("implementing", "in_force", "ratified")
CALL_REACH = 160  # characters before a signing word in which a call to sign stands (with who calls, and on whom)


_ENTRY_WORDS = re.compile(r"(?:[وف]?[يت]دخل\s+)?(?:حيز|دخول|سريان)")  # entry into force itself, not «نافذة» (folded)
# Its text providing for something (folded): what follows is its terms, not a step it has reached.
_PROVIDES = re.compile(r"(?<!\w)[وف]?(?:[يت]نص|نصت|نص)\s+علي(?!\w)")
# The law ratifying it, a few words after a signing's word (folded): «(بانتظار توقيع) الرئيس فلاديمير بوتين على قانون المصادقة».
_LAW_OF_IT = re.compile(r"(?:\s+[^\s،,.؛:]+){0,4}?\s+(?:علي\s+)?(?:ال)?قانون\s+(?:الاتحادي\s+)?(?:الخاص\s+ب|بشان\s+)?"
                        r"(?:ال)?(?:مصادقه|تصديق)(?!\w)")
# A signing's verbal noun, and being about to, its subject between, right before it (folded): «أوشكت إيران وروسيا على
# إبرام…» (not «قارب»: «ما يقارب عامين على توقيعها», «تقارب سياسي»).
_SIGNING_NOUN = re.compile(r"[وبل]?(?:ال)?(?:ابرام|توقيع)(?!\w)")
_ABOUT_TO = re.compile(r"(?<!\w)[وف]?(?:اوشك\w*|[يت]وشك\w*)(?:\s+[^\s،,.؛:]+){0,8}?\s+علي\s+$")
# What a call is for, right after it and before the agreement (folded): carrying out or keeping one already made.
_TO_CARRY_IT_OUT = re.compile(r"\s*(?:(?:ال)?(?:تسريع|الاسراع\s+في|دفع)\s+)?(?:ال)?(?:تنفيذ|تطبيق|تفعيل|الالتزام\s+ب|احترام)")
# The house's own vote told after the committee's («ووافقت اللجنة المختصة ثم صوت مجلس الدوما…»; folded).
_HOUSE_THEN = re.compile(r"(?<!\w)(?:ثم|[وف](?:صوت|صادق|اقر|وافق))\w*(?!\w)")
# A committee, the subject right after the verb (folded): «(وافقت) لجنة الأمن القومي…», «(أقرت) اللجنة البرلمانية…».
_A_COMMITTEE_NEXT = re.compile(r"\s+(?:ال)?لجنه(?!\w)")
# Empowering someone to sign, who between, right before the signing word (folded): «فوضت الحكومة الإيرانية وزير الطاقة
# بتوقيع…», «خوّل مجلس الوزراء… بإبرام…».
_AUTHORISED = re.compile(r"(?<!\w)[وف]?(?:فوض\w*|[يت]فوض\w*|خول\w*|[يت]خول\w*)(?:\s+[^\s،,.؛:]+){0,6}?\s+(?=ب)")
# Ratifying, or its instruments exchanged, told as a noun (folded), and awaiting before it in the clause.
_RATIFYING_NOUN = re.compile(r"(?:ال)?(?:مصادقه|تصديق|تبادل\s+(?:وثايق|صكوك|مذكرات)\s+(?:ال)?(?:تصديق|مصادقه))(?!\w)")
_AWAITING = re.compile(r"(?<!\w)[وف]?(?:[يت]نتظر|تنتظران|ينتظران|بانتظار|انتظار)(?!\w)(?:\s+فقط)?[^.؛:]*$")
AWAITING_REACH = 120
_PROVIDES_BEFORE = re.compile(r"(?<!\w)[وف]?(?:[يت]نص|نصت)\s+$")
PROVIDES_REACH = 8
_ON_WORD = re.compile(rf"(?<!\w){_ON}(?!\w)")
# Agreeing (folded), then what was agreed to do that is no signing: going on, meeting, studying, speeding up
# («واتفقا على مواصلة الاتصالات», «اتفق الجانبان على عقد الجولة المقبلة»).
_AGREED = re.compile(r"[وف]?اتفق\w*")
_AGREED_TO_DO = re.compile(r"(?:\s+\S+){0,3}?\s+علي\s+(?:مواصله|متابعه|استمرار|عقد|بحث|دراسه|تبادل|اجراء|تكثيف|"
                           r"تعزيز|تطوير|توسيع|تنسيق|ابقاء|تسريع|تشكيل|استيناف)(?!\w)")
# A step's word that is a verb in the present («تنفذ», «يطبقان», «يصادق»), and the particles that make it a step
# to come or one wished for («أن», «لن», «كي», «حتى»; folded).
_PRESENT_STEP = re.compile(r"[وف]?(?!ت\w\wي\w(?:ها|ه|هما)?(?!\w))[يتن]\w{3,}(?!\w)")  # (not a verbal noun, «تنفيذها»)
_SUBJUNCTIVE_BEFORE = re.compile(r"(?<!\w)[وف]?(?:ان|لن|كي|لكي|حتي)\s+$")


def _to_come(text: str, start: int, p: int) -> bool:
    """Whether the step's word at ``p`` is a present verb after «أن», «لن», «كي» or «حتى» (from ``start`` on): a step to
    come or wished for, not one going on («يُنتظر أن تُطبق», «وأتمنى أن يوقعها»)."""
    return _PRESENT_STEP.match(text, p) is not None and _SUBJUNCTIVE_BEFORE.search(text, max(start, p - 8), p) is not None


def _signing_to_come(ctx: Context) -> bool:
    """Whether the sentence tells a signing still to come («التوقيع النهائي مرتقب في أيار»): an entry into force after
    ratification told beside it tells no signing done."""
    return any(ctx.within(terms, ctx.s, ctx.e) for told, terms in ctx.art.lex.not_yet if told == "drafted")


def _only_a_date_awaited(text: str, q: int, ce: int) -> bool:
    """Whether what an entry into force to come waits for, told after its words at ``q``, is only a date, a time
    after another step, or ratification and the parties' procedures («منتصف مايو», «بعد ستين يوما من آخر إخطار», «بعد
    مصادقة البرلمانين»): then the agreement is signed; not after talks still to end («بعد انتهاء المفاوضات»)."""
    return not _UPON.match(text, q, ce) or _UPON_RATIFYING.match(text, q, ce) is not None or \
        _AFTER_A_TIME.match(text, q, ce) is not None


# A span of time after which it comes («بعد ستين يوماً من…», «بعد ثلاثة أشهر من توقيعها»; folded).
_AFTER_A_TIME = re.compile(r"[^،,.؛:]{0,20}?(?<!\w)بعد\s+(?:[^\s،,.؛:]+\s+){0,2}?(?:يوما|يوم|ايام|اسبوع\w*|شهر|شهرا|اشهر|"
                           r"عام|عاما|اعوام|سنه|سنوات)(?!\w)")


def _planned_at(lex, text: str, cs: int, p: int, q: int) -> bool:
    """Whether the status word at ``[p, q)`` is part of a step planned or at a time to come («بعد مصادقة»)."""
    m = lex.planned.search(text, max(cs, p - 12), q)
    return m is not None and m.start() <= p < m.end() or \
        _ONCE_IT_COMES.search(text, max(cs, p - ONCE_REACH), p) is not None


# A step told after «بعد أن» and a verb in the present, what the other step waits for («ستدخل حيز التنفيذ بعد أن تستكمل
# الدول الأطراف إجراءات المصادقة عليها»): to come (not the past: «دخلت حيز التنفيذ بعد أن صادق البرلمانان», «بعد أن تم
# توقيع…», «بعد أن تسلمت»). Folded.
_ONCE_IT_COMES = re.compile(r"(?<!\w)(?:بعد|حين|عند|فور|حتي|لدي)\s+ان\s+(?!تم(?:ت)?(?!\w))[تي]\w+(?<!ت)(?:\s+[^\s،,.؛:]+){0,5}\s+$")
ONCE_REACH = 70  # characters before the status word in which that stands


def _distance(p: int, q: int, a: int, b: int) -> int:
    return a - q if q <= a else max(0, p - b)


# A definite agreement noun referring back («الاتفاقية», «المعاهدة», «المذكرة», «الوثيقة»), with a clitic before it
# (folded). (Not «الاتفاق»: in a later sentence it is most often the nuclear deal, named or not.)
_BACK_REF = re.compile(r"(?<!\w)(?:[وفبل]|ان)?(?:ال|لل)(?:اتفاقيه|معاهده|مذكره|وثيقه|بروتوكول)(?!\w)")
FOLLOW_ON = 2  # sentences after the one naming an agreement in which a step of it may be told


_NAMES_ONE = re.compile(r"اتفاق|معاهد|مذكره|مذكرات|بروتوكول|وثيقه|خريطه\s+الطريق|خارطه\s+الطريق")  # (folded) where an agreement may be named


def follow_on(art: Article, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences after those of ``sentences`` that may name an agreement, in which its next step may be told."""
    out = []
    for s, e in sentences:
        if _NAMES_ONE.search(art.text, s, e):
            i = bisect_right(art.sentence_starts, s)
            out += art.sentences[i:i + FOLLOW_ON]
    return out


def follow_back(art: Article, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences before those of ``sentences`` that refer back to an agreement by a bare noun, in which it may
    have been named with its step (`earlier_steps`)."""
    out = []
    for s, e in sentences:
        if _SCANNED_BACK.search(art.text, s, e):
            i = bisect_right(art.sentence_starts, s) - 1
            out += [(ps, pe) for ps, pe in art.sentences[max(0, i - BACK_REACH):i] if _NAMES_ONE.search(art.text, ps, pe)]
    return out


def later_steps(art: Article, named: list[tuple[Signal, tuple[int, int]]]) -> None:
    """An agreement's later step told in a following sentence that refers back to it («وقعت روسيا وإيران
    مذكرة تفاهم… . وأعلن الوزير أن الوثيقة دخلت حيز التنفيذ»), or in a nearby sentence before or after that names it
    again in full with one side only (`_step_renamed`): the agreement's status becomes that step where
    it is further on (``named``: each agreement signal with the folded span of the sentence that named it;
    only a sentence naming one agreement is followed, and only until a sentence names another)."""
    order = [name for name, _ in art.lex.statuses] + ["mentioned"]  # strongest first
    per_sentence: dict[tuple[int, int], list[Signal]] = {}
    for sig, span in named:
        per_sentence.setdefault(span, []).append(sig)
    for span, sigs, head in ((span, group, head) for span, told in per_sentence.items()
                             for group, head in _followed(art, told)):
        i = bisect_right(art.sentence_starts, span[0]) - 1
        for s, e in art.sentences[max(0, i - FOLLOW_ON):i]:  # (the lead may tell the newest step, naming one side)
            if any(sig.key == sigs[0].key for sig in per_sentence.get((s, e), ())):
                continue  # (a sentence that named it with both sides tells its own step already)
            step = _step_renamed(art, s, e, sigs[0].label)
            for sig in sigs if step else ():  # (not over its carrying out, told here: a step of its own)
                if sig.status != "implementing" and order.index(step) < order.index(sig.status or "mentioned"):
                    sig.status = step
                    sig.spans.append(art.nt.span(s, e))
        # (a pronoun in the next sentence may be another agreement's named after it in this one: «…، فيما وقعت إيران
        # وتركيا اتفاقية مماثلة. وأعلنت الخارجية التركية أنها دخلت حيز التنفيذ»)
        several = len([1 for p, q in art.hits(art.lex.agreement_nouns).within(*span)
                       if not _PLURAL_NOUN.match(art.text[p:q])]) > 1  # (not «من أنشط الاتفاقيات»: a class)
        tail = _tail(art, *span)  # the same sentence past the comma after the agreement («…، وهي الاتفاقية التي
        for k, (s, e) in enumerate(([tail] if tail else []) + art.sentences[i + 1:i + 1 + FOLLOW_ON]):  # يجري تطبيقها»)
            step = _step_renamed(art, s, e, sigs[0].label) if k or tail is None else None
            renamed = step is not None
            if step is None and (head is None or _head_noun(_BACK_REF.search(art.text, s, e)) == head):
                step = _step_referred(art, s, e, pronoun=head is None and (k == 0 or k == 1 and tail is not None) and
                                      not (several and (k or tail is None)))
            if step is None:
                continue
            if step == "":  # another agreement named there: what follows speaks of that one
                break
            if step == "mentioned":
                continue  # («وبحسب الاتفاقية، تقدم روسيا قرضا…»: its terms, no step; the next may tell one)
            if k == 0 and tail is not None and \
                    all(order.index(step) >= order.index(sig.status or "mentioned") for sig in sigs):
                continue  # (the naming sentence's own step again, «…، التي وقعها الرئيسان…»: the next may tell a later)
            for sig in sigs:
                # (being carried out says more than in force, which the list ranks first: «لتنفيذ معاهدة…، منذ
                # دخولها حيز التنفيذ» stays implementing)
                if order.index(step) < order.index(sig.status or "mentioned") and \
                        not (sig.status == "implementing" and step == "in_force"):
                    sig.status = step
                    sig.spans.append(art.nt.span(s, e))
            if renamed:
                continue  # (named again in full, it is still what the next sentence speaks of)
            break


def _followed(art: Article, told: list[Signal]) -> list[tuple[list[Signal], str | None]]:
    """The agreements of one sentence whose later steps the next sentences may tell, each with the head noun a bare
    noun there must repeat to refer to it: none for the one agreement of its sentence; for several, each whose noun
    no other shares («قدمت مقترحات لوثيقة تعاون… تحل محل معاهدة أسس العلاقات. … سلّم مسودة أولية للوثيقة»: the
    document, not the treaty)."""
    if len({(sig.key, sig.label) for sig in told}) == 1:
        return [(told, None)]
    by_noun: dict[str, list[Signal]] = {}
    for sig in told:
        noun = _AGREEMENT_NOUN.search(normalize(art.nt.orig[slice(*sig.cue)])) if sig.cue else None
        if noun is not None:
            by_noun.setdefault(noun.group(), []).append(sig)
    return [(sigs, noun) for noun, sigs in by_noun.items() if len({(sig.key, sig.label) for sig in sigs}) == 1]


_AGREEMENT_NOUN = re.compile(r"اتفاقيه|معاهده|مذكره|وثيقه|بروتوكول")  # (folded) the nouns a bare reference repeats


def _head_noun(m: re.Match | None) -> str | None:
    """The agreement noun a match on folded text holds, without its clitics and article («للوثيقه» → «وثيقه»)."""
    noun = _AGREEMENT_NOUN.search(m.group()) if m is not None else None
    return noun.group() if noun else None


def _step_renamed(art: Article, s: int, e: int, label: str) -> str | None:
    """The step a later sentence tells of an agreement it names again by its full name, though it names only one
    of the two («وقعت روسيا وإيران اتفاقية الوضع القانوني لبحر قزوين… . ووقع بوتين قانون المصادقة على اتفاقية
    الوضع القانوني لبحر قزوين»); None where it does not name it so (a name of a few words only: «مذكرة تفاهم» could
    be another)."""
    entry = next((en for en in art.lex.entries if en.kind == "agreement" and en.label == label), None)
    if entry is not None:  # (a catalogue agreement: named by its terms)
        hits = art.hits(entry.terms).within(s, e)
        at, end = hits[0] if hits else (-1, -1)
    else:
        name = normalize(label)
        if len(name.split()) < RENAMED_WORDS:
            return None
        at = art.text.find(name, s, e)
        end = at + len(name)
    if at < 0 or any(not (at <= p < end) for p, _ in art.hits(art.lex.agreement_nouns).within(s, e)):
        return None  # (not named there, or another agreement named beside it)
    ctx = _context_of(art, s, e)
    (cs, ce), sc = ctx.clause_of(at)
    if sc.third or ctx.whole.third or _not_so(art.text, cs, at):
        return None  # (a third state anywhere in it)
    topic = _ANOTHER_TOPIC.match(art.text, s, e)
    if topic is not None and not any(m.start <= topic.start(1) < m.end and m.side in (IRAN, RUSSIA) for m in ctx.mentions):
        return None  # «أما باكو فقد وقعت اتفاقية الربط… مع موسكو»: another's, set apart by «أما»
    # (its step read from its noun, the name's first word, as for an agreement named where the two are)
    step = status(ctx, cs, ce, at, art.text.find(" ", at, end) if " " in art.text[at:end] else end)
    return None if step == "mentioned" else step


_ANOTHER_TOPIC = re.compile(r"\s*[«\"]?\s*[وف]?اما\s+(\S+)")  # a sentence opening on «أما X» (folded)
RENAMED_WORDS = 3  # words a name must run to before a sentence that repeats it is taken to name the same agreement


def earlier_steps(art: Article, named: list[tuple[Signal, tuple[int, int]]]) -> None:
    """An agreement referred back to by a bare definite noun in a sentence that tells no step of it («وتحظر
    الاتفاقية وجود قوات…» after «وقّع قادة الدول الخمس… اتفاقية الوضع القانوني للبحر»): its status is the step
    told where the same noun named it last, within `BACK_REACH` sentences before (that sentence may name no side:
    the step is the agreement's, whoever took it), following a chain of bare references back. (Where the article
    tells its step as the two's, the mention folds into that: `merge`.)"""
    told = {(sig.key, sig.label) for sig, _ in named if sig.status != "mentioned"}
    for sig, (s, e) in named:
        if sig.status != "mentioned" or sig.cue is None or (sig.key, sig.label) in told:
            continue
        cue = next(((a, b) for a, b in art.hits(art.lex.agreement_nouns).within(s, e)
                    if art.nt.span(a, b) == sig.cue), None)
        i = bisect_right(art.sentence_starts, s) - 1
        while cue is not None and _bare_reference(art, *cue, e):
            noun = _noun_of(art.text[cue[0]:cue[1]])
            cue = None
            for j in range(i - 1, max(-1, i - 1 - BACK_REACH), -1):
                ps, pe = art.sentences[j]
                same = [(a, b) for a, b in art.hits(art.lex.agreement_nouns).within(ps, pe)
                        if _noun_of(art.text[a:b]) == noun]
                if not same:
                    continue
                a, b = same[-1]
                step = _step_where_named(art, ps, pe, a, b)
                if step is None:
                    break
                if step != "mentioned":
                    sig.status = step
                    sig.spans.append(art.nt.span(ps, pe))
                else:  # a bare reference there too: the chain goes on from it
                    cue, i, e = (a, b), j, pe
                break


_SIGNED_STEPS = {"signed", "ratified", "in_force", "implementing"}  # the steps a signed agreement may be at


# The 2001 treaty, which the catalogue's terms for the two's treaty also take («معاهدة العلاقات المتبادلة…»): its year
# or its name (folded).
_THE_2001_TREATY = re.compile(r"2001|٢٠٠١|۲۰۰۱|العلاقات المتبادله|اسس العلاقات")


def before_its_signing(art: Article, told: list[tuple[Signal, str | None]]) -> None:
    """The two's treaty in an article dated before the day it was signed (the catalogue's ``treaty_signed``) was not
    signed yet, whatever a ratification to come or «فور توقيعها» seemed to tell: its step is the latest one before
    signing that the article's sentences told of it (``told``: each agreement signal with the step its own sentence
    told, before later sentences raised it), or else its negotiation."""
    if art.published is None or art.published >= art.lex.treaty_signed:
        return
    theirs = [(sig, first) for sig, first in told
              if sig.key == art.lex.treaty.key and not _THE_2001_TREATY.search(normalize(sig.sentence))]
    before = [first for _, first in theirs if first not in _SIGNED_STEPS and first not in (None, "mentioned")]
    order = [name for name, _ in art.lex.statuses]  # strongest first
    step = min(before, key=order.index) if before else "negotiating"
    for sig, _ in theirs:
        if sig.status in _SIGNED_STEPS:
            sig.status = step


def _context_of(art: Article, s: int, e: int) -> Context:
    """A sentence read on its own, outside the pass over the sentences in play (its sides and its slots)."""
    return Context(art, s, e, art.mentions(s, e), False, art.scan.slots_by_region(art.scan.regions([(s, e)]))[0])


def _noun_of(word: str) -> str:
    """The agreement noun of a folded word, its clitic and article off («والمذكره», «لمذكره» -> «مذكره»; unlike
    `_INDEFINITE`, a bare «ل» on the noun counts as a clitic)."""
    return word[_CLITICS.match(word).end():]


_CLITICS = re.compile(r"[وفبل]?(?:ال|ل(?=ل))?")


def _step_where_named(art: Article, ps: int, pe: int, a: int, b: int) -> str | None:
    """The step the sentence ``[ps, pe)`` tells of the agreement it names at ``[a, b)``; None where that step is
    not the agreement's taken step: another party's, denied, failed, hypothetical, planned, needed, promised,
    refused or put off («إذا وقعت الدول الخمس الاتفاقية», «ويرفض البرلمان الأذربيجاني التصديق على الاتفاقية»), or
    the noun another thing's («المذكرة الداخلية»)."""
    ctx = _context_of(art, ps, pe)
    (cs, ce), sc = ctx.clause_of(a)
    step = status(ctx, cs, ce, a, b)
    if step == "mentioned":
        return step
    text, lex = art.text, art.lex
    stop = lex.agreement_not_after.find(text[b:ce].lstrip()[:30]).spans
    if sc.third and not sc.both or _not_so(text, cs, a) or _failed(art, ps, cs, a) or \
            modality(text, ps, a) != "stated" or lex.planned.search(text, ps, a) or \
            lex.need.search(text, max(ps, a - NEED_REACH), a) or _governs(lex.intend, text, ps, a) or \
            lex.waiting.search(text, ps, a) or _ONLY_PROMISED.search(text, ps, a) or stop and stop[0][0] == 0:
        return None
    return step


# A bare definite agreement noun, a clitic on it (folded).
_REFERRING_NOUN = r"(?:معاهده|اتفاقيه|مذكره|وثيقه)"
_REFERS_BACK = re.compile(rf"[وفبل]?(?:ال|ل){_REFERRING_NOUN}(?!\w)")
_ONLY_PROMISED = re.compile(r"(?<!\w)[وف]?(?:تعهد\w*|اجل\w*|ارجا\w*|تاجيل|ارجاء|يرفض\w*|ترفض\w*|رفض\w*|يجب|ينبغي|يطالب\w*|تطالب\w*|قبل)(?!\w)")
# (the sentences before a bare «الاتفاق» are scanned too, though it takes no step from them: what it refers back to,
# most often the nuclear deal, may be named there)
_SCANNED_BACK = re.compile(rf"[وفبل]?(?:ال|ل)(?:{_REFERRING_NOUN}|اتفاق)(?!\w)")
BACK_REACH = 4  # sentences before in which the agreement a bare noun refers back to was named


def _bare_reference(art: Article, a: int, b: int, e: int) -> bool:
    """Whether the noun at ``[a, b)`` refers back: a bare definite singular, no adjective of its own after it
    («الاتفاقية النووية» names one)."""
    if _REFERS_BACK.fullmatch(art.text, a, b) is None:
        return False
    after = art.text[b:e].replace("«", " ").replace('"', " ").split()  # («للاتفاق "الروسي الإيراني"»)
    # (an adjective agrees with the noun: after a feminine one, a definite word not feminine is the verb's object,
    # «وتمنع المعاهدة الصيد الجائر»)
    return not (after and _its_adjective(art.text[a:b], after[0]))


def _its_adjective(noun: str, word: str) -> bool:
    """Whether ``word``, right after an agreement's noun, may be an adjective of its own («الاتفاقية النووية»): a
    definite word that does not point back and agrees with it (after a feminine noun, a definite word not feminine is
    the verb's object or a time, «وتمنع المعاهدة الصيد الجائر», «وبدأ تطبيق الوثيقة الشهر الماضي»)."""
    return word.startswith("ال") and word not in _REFERRING and (word.endswith("ه") or not noun.endswith("ه"))


def _step_referred(art: Article, s: int, e: int, pronoun: bool = False) -> str | None:
    """The step a sentence tells of an agreement it refers back to by a bare definite noun (or, with
    ``pronoun``, by a pronoun on the step: «وقد وقّعها محافظا البنكين», «صادق عليها»): None where it refers to
    none, "" where it names an agreement of its own (or another pair's, or the nuclear deal)."""
    m = _BACK_REF.search(art.text, s, e)
    # (a pronoun's step before a noun referring back is the pronoun's: «فقد صادق عليها مجلس الشورى…، لكن تبادل
    # وثائق التصديق، الذي لا تسري المعاهدة إلا بعده، لم يتم»)
    said = _pronoun_step(art, s, m.start() if m else e) if pronoun else None
    if said is not None and m is not None and (said[0] - s > OPENING_REACH or said[1] == "implementing"):
        said = None  # (past the sentence's opening, another noun before may be the pronoun's: «أما خطة الموازنة فقد
        # صادق عليها البرلمان، بينما ما زالت الاتفاقية…»)
    if said is None and m is None:
        return None
    if said is not None:
        p, step = said
        after = art.text.find(" ", p, e)
        # (a possibility discussed, «بحث الوفدان إمكانية إبرامها», is talks on it, not a hedge on them)
        hedged = modality(art.text, s, p) != "stated" and not (step == "negotiating" and _POSSIBILITY.match(art.text, p))
        if hedged or art.lex.planned.search(art.text, s, p) or \
                art.lex.need.search(art.text, max(s, p - NEED_REACH), p) or _governs(art.lex.intend, art.text, s, p) or \
                _TO_COME.match(art.text, after) or _VISIT_TO_COME.match(art.text, after) or \
                _TO_COME_BEFORE.search(art.text, max(s, p - TO_COME_REACH), p) or \
                _EXPECTED_BEFORE.search(art.text, max(s, p - EXPECTED_REACH), p) or \
                _to_come(art.text, s, p):
            # («لم يوقعها بعد», «ومن المقرر أن يصادق عليها», «ضرورة تنفيذها», «وأن توقيعها سيجري خلال…», «يعتزمان
            # توقيعها», «توقيعها خلال زيارة يقوم بها إلى موسكو», «وأتمنى أن يوقعها الرئيسان»); its signing set or
            # expected («ومن المنتظر أن يوقعها الوزيران خلال المنتدى») is a text ready
            return "drafted" if step == "signed" and _SET_FOR.search(art.text, max(s, p - NEED_REACH), p) else ""
        if step == "signed" and (_PUT_OFF_RIGHT_AFTER.match(art.text, p, e) or
                                 _PUT_OFF_RIGHT_BEFORE.search(art.text, max(s, p - PUT_OFF_REACH), p)) and \
                not _SIGNED_AFTER.search(art.text, max(after, p), e):
            return "drafted"  # «غير أن توقيعها أُرجئ إلى زيارة رسمية», «فأُرجئ توقيعها»: its signing put off (and not
            # signed after: «فأُرجئ توقيعها مرارا، ثم وقعها الرئيسان»)
        if step == "signed" and (_INITIALLED.search(art.text, p, e) or
                                 _SET_FOR.search(art.text, max(s, p - NEED_REACH), p) or
                                 _CEREMONY_PREPARED.search(art.text, max(s, p - CALL_REACH), p)):
            return "drafted"  # «وُقّع نصها بالأحرف الأولى», «وتقرر توقيعها في العاشر من الشهر», «التحضير لمراسم توقيعها»
        if step == "signed" and _CONCLUDING.match(art.text, p) and art.lex.call.search(art.text, max(s, p - CALL_REACH), p):
            return "proposed"  # «وقد اقترح الوزير على نظيره إبرامها», «عرضت موسكو إبرامها»: offered, not concluded
        return step
    a, b = m.start(), m.end()
    if _REPLACES.search(art.text, max(s, a - 12), a):
        return ""  # «تحل محل الوثيقة المعمول بها»: the one it replaces, another agreement
    if any(not (a <= p < b) for p, _ in art.hits(art.lex.agreement_nouns).within(s, e)):
        return ""  # two agreements there («ستحل محل الاتفاقية المؤقتة السارية»): which step is whose is unclear
    ctx = _context_of(art, s, e)
    (cs, ce), sc = ctx.clause_of(a)
    if sc.third or _not_so(art.text, cs, a) or art.lex.planned.search(art.text, cs, a):
        return ""
    after = art.text[b:ce].split()
    if after and after[0].startswith("ال") and after[0] not in _REFERRING and \
            not any(art.hits(t).any(b, b + len(after[0]) + 2) for _, t in art.lex.statuses):
        return ""  # «الاتفاقية النووية»: an agreement named by its own adjective
    step = status(ctx, cs, ce, a, b)
    # (carrying out told of a noun referring back is most often talk of it, «ضرورة تنفيذ المعاهدة», unless told
    # as under way: «وهي الاتفاقية التي يجري تطبيقها حاليا»)
    # (nor is what is done under it: «وبموجب المذكرة، تدرّب رواد فضاء إيرانيون…»)
    return None if step == "implementing" and not _UNDER_WAY.search(art.text, cs, ce) and \
        not (_OVER_PAST_TIME.match(art.text, b) and not _NOT_DONE.search(art.text, cs, ce)) and \
        not (_UNDER.search(art.text, max(cs, a - UNDER_REACH), a) and _DONE_NEXT.match(art.text, b)) and \
        not _DONE_UNDER.search(art.text, max(cs, a - DONE_UNDER_REACH), a) else step


OPENING_REACH = 12  # characters from a sentence's start in which its opening words stand («فقد», «وقد», «كما»)
# the step's word (and its «عليها»), then a verb to come or not done («وإن التوقيع عليها سيجري خلال زيارة…»)
_TO_COME = re.compile(r"(?:\s+(?:عليها|عليه|بها|به))?\s+(?:س[يتن]\w+|سوف|لم|لن)(?!\w)")
# A verb to come or not done right before the step's word («وسيبدأ تنفيذها العام المقبل», «ولم يبدأ تطبيقها»).
_TO_COME_BEFORE = re.compile(r"(?<!\w)[وف]?(?:س[يتن]\w+|سوف\s+\w+|لم\s+\w+|لن\s+\w+)\s+$")
TO_COME_REACH = 20
# Its step only expected or deemed likely, right before the step's word («توقعات سابقة رجحت توقيعها خلال القمة»,
# «من المتوقع توقيعها»; folded; not «توقع», which is also "signs").
_EXPECTED_BEFORE = re.compile(r"(?<!\w)(?<!كما\s)(?<!مثلما\s)[وف]?(?:رجح|رجحت|رجحوا|يرجح|ترجح|يتوقع|تتوقع|يتوقعون)"
                              r"(?:\s+[^\s،,.]+){0,2}\s+$")
EXPECTED_REACH = 30
# The step's word, then the visit it is to be taken in, told in the present: a visit to come («توقيعها خلال زيارة
# رسمية يقوم بها إلى موسكو», «خلال زيارة يجريها»).
_VISIT_TO_COME = re.compile(r"\s+(?:خلال|اثناء|في)\s+زياره(?:\s+\w+){0,2}?\s+(?:[يت]قوم|[يت]جري\w*|س[يت]\w+|مرتقبه|مقبله|مرتقب)(?!\w)")
_REPLACES = re.compile(r"(?<!\w)محل\s+$")
# What was done (folded): the past of the verbs the news tells work under an agreement by.
_DONE_VERBS = r"(?:جرت|جري|تم|تمت|بدات|بدا|انطلقت|انطلق|وصلت|وصل|نفذت|نفذ|اقيمت|اقيم|افتتح|افتتحت|سلمت|تسلمت)"
# What was done, then «بموجب» right before the noun referring back («وقد انطلقت بموجب المذكرة مرحلة…»; folded).
_DONE_UNDER = re.compile(rf"(?<!\w)[وف]?(?:قد\s+)?{_DONE_VERBS}(?:\s+[^\s،,.؛:]+){{0,2}}?\s+(?:بموجب|وفقا\s+ل|في\s+اطار)\s*$")
DONE_UNDER_REACH = 50
# Done under it, told after its name past a comma («…، وانطلقت أمس بموجبها أولى الرحلات»).
_DONE_UNDER_IT_AFTER = re.compile(rf"[،,]\s*[وف]?{_DONE_VERBS}(?:\s+[^\s،,.؛:]+){{0,2}}?\s+(?:بموجبها|بموجبه|في\s+اطارها|في\s+اطاره)(?!\w)")
# Carried out now (folded), or begun («دخلت مرحلة التنفيذ», «بدأ تنفيذها»; not the noun, «ضرورة بدء تنفيذ…», a call), or
# its progress reviewed («واستعرضت مجموعة العمل التقدم في تطبيق الوثيقة»).
_UNDER_WAY = re.compile(r"(?<!\w)(?:[يت]جري|قيد|حاليا|جار|جاري|[وف]?(?:دخلت|دخل)\s+مرحله|[وف]?(?:بدا|بدات)|"
                        r"(?:ال)?تقدم\s+(?:المحرز\s+)?في|ما\s+(?:انجز|تحقق|نفذ))(?!\w)")


# Not done, stopped, put off or called for, in its clause (folded): «عدم تنفيذ…», «توقف», «ظل معطلا», «طالب… بتنفيذ».
_NOT_DONE = re.compile(r"(?<!\w)[وفب]?(?:عدم|توقف|تعثر|تاجل|تاخر|تعطل|معطل|متوقف|جمد|مجمد|طالب|دعا|ضروره)\w*(?!\w)")
# Carried out over a time gone by, right after the noun («إن تنفيذ المذكرة خلال الأشهر الأربعة الماضية أدى إلى…»),
# folded.
_OVER_PAST_TIME = re.compile(r"\s+(?:خلال|طوال|طيله|منذ|علي\s+مدي)\s+(?:\S+\s+){0,3}?(?:الماضيه|الماضي|المنصرم|المنصرمه)(?!\w)")


def _tail(art: Article, s: int, e: int) -> tuple[int, int] | None:
    """The part of a sentence past the first comma after its first agreement noun, where a clause set off by the
    comma may tell the agreement's step; None where there is none."""
    nouns = art.hits(art.lex.agreement_nouns).within(s, e)
    if not nouns:
        return None
    c = _COMMA.search(art.text, nouns[0][1], e)
    return (c.end(), e) if c else None


_COMMA = re.compile(r"[،,]")


# Adjectives that refer back rather than name («الاتفاقية الموقعة», «المعاهدة الجديدة», «الوثيقة المذكورة»), folded.
_REFERRING = {normalize(w) for w in ["الموقعة", "المبرمة", "المذكورة", "الجديدة", "الأخيرة", "الثنائية", "الحكومية",
                                      "الشاملة", "المشتركة", "الإطارية", "المقترحة", "المرتقبة",
                                      "التي", "الذي"]}  # (and a relative clause on it: «وهي الاتفاقية التي يجري تطبيقها»)


# A pronoun on a step's word («وقّعها», «تنفيذها»), or on the preposition after it («صادق عليها»), folded.
_WITH_PRONOUN = re.compile(r"(?<!\w)(\w{3,}?)ها(?!\w)")
# A feminine relative pronoun right before a verb with «ها»: that pronoun is most likely the relative clause's own head
# («المحطة التي تنفذها روساتوم»); after «الذي» it is another noun («مجلس الدوما، الذي ناقشها»).
_RELATIVE_BEFORE = re.compile(r"(?<!\w)(?:التي|اللتين|اللتان)\s+$")
# Without, or with no progress in it («من دون الإعلان عن تقدم ملموس في تنفيذها»): not taken.
_WITHOUT = re.compile(r"(?<!\w)(?:دون|بدون|عدم)(?!\w)[^،,.؛:]*$")
WITHOUT_REACH = 45
# The date of the step not yet set, or being set or awaited, right before its word («ولم يُحدَّد بعد موعد توقيعها»,
# «وحدد الرئيسان موعد المصادقة عليها»): the step to come, not taken (not its day come, «وفي موعد توقيعها أمس»; folded).
_DATE_OF = re.compile(r"(?<!\w)(?:[وف]?لم\s+\S+(?:\s+بعد)?|[وف]?(?:حدد\w*|[يت]حدد\w*|س[يت]حدد\w*|تحديد|لتحديد|[يت]علن|"
                      r"س[يت]علن|اعلان|[يت]نتظر|انتظار|بانتظار))(?:\s+\S+){0,2}?\s+(?:ال)?(?:موعد|مواعيد|تاريخ)\s+$")
DATE_OF_REACH = 30
_ON_IT = re.compile(r"(?:\s+ال\w+يه)?\s+(?:عليها|بها|فيها)(?!\w)")  # (an adjective between: «المصادقة البرلمانية عليها»)


def _pronoun_step(art: Article, s: int, e: int) -> tuple[int, str] | None:
    """Where ``[s, e)`` tells a step of an agreement by a pronoun (and which step), the sentence naming no
    agreement of its own: the first such word."""
    text, lex = art.text, art.lex
    if art.hits(lex.agreement_nouns).any(s, e):
        return None
    found = []
    for m in _WITH_PRONOUN.finditer(text, s, e):
        word = m.group(1)
        if word.startswith(("ل", "ول", "فل")) or _not_taken_before(text, s, m.start()):
            continue  # a step to come or not taken («موعدا لتوقيعها»)
        if _RELATIVE_BEFORE.search(text, max(s, m.start() - 8), m.start()):
            continue  # «محطة بوشهر التي تنفذها روساتوم»: the pronoun is the relative clause's head, no agreement here
        if (term := _its_term(text, s, m.start())) is not None:
            # «ومدة سريانها عشرون عاما»: how long it holds, no step; extended («وتم تمديد مدة سريانها»), in force
            if term == "extended":
                found.append((m.start(), "in_force"))
            continue
        stems = [word, word[1:]] if word[0] in "وف" else [word]  # («وقعها» is no «و» + «قعها»)
        stems += [w[:-1] + "ه" for w in stems if w.endswith("ت")]  # the feminine ending before a pronoun («مسودتها»)
        for stem in stems:
            st = next((st for st, terms in lex.statuses if terms.find(stem).spans == [(0, len(stem))]), None)
            if st == "drafted" and _drafting_under_way(text, s, m.start()):
                st = "negotiating"  # «وإن فريقين من الخبراء يعكفان على صياغتها»: its wording still being worked on
            if st is not None:
                found.append((m.start(), st))
                break
    for st, terms in lex.statuses:
        found += [(p, "signed" if st == "ratified" and _BILL_BEFORE.search(text, max(s, p - BILL_REACH), p) else st)
                  for p, q in art.hits(terms).within(s, e)
                  if _ON_IT.match(text, q) and not _not_taken_before(text, s, p) and
                  not text.startswith("لل", p)]
        # (the bill of its ratification, «أحال مجلس الوزراء لائحة المصادقة عليها إلى البرلمان»: signed, its vote to come)
        # (not «للمصادقة عليها»: sent for ratifying, the step to come)
    for step, rx in _PRONOUN_PHRASES:
        for m in rx.finditer(text, s, e):
            if _not_taken_before(text, s, m.start()) or step == "ratified" and not _HOUSE.search(text, s, m.end()) or \
                    _FUTURE_NEXT.match(text, m.end()):
                continue  # (talks on it that «ستُستكمل», to come, tell no step reached)
            if step != "negotiating" and _YET_TO_DO.search(text, max(s, m.start() - CALL_REACH), m.start()):
                continue  # «على أن تتولى…»: to be done, no step yet
            if step == "negotiating" and (_TALKS_TO_BEGIN.search(text, max(s, m.start() - CALL_REACH), m.start()) or
                                          _YET_TO_DO.search(text, max(s, m.start() - CALL_REACH), m.start()) or
                                          _BEGIN_BEFORE.search(text, max(s, m.start() - CALL_REACH), m.start())):
                step = "proposed"  # «على أن تبدأ المباحثات بشأنها في وقت لاحق»: talks yet to begin
            found.append((m.start(), step))
    found += [(m.start(), "in_force") for m in _THAT_IT_ENTERED.finditer(text, s, e)]
    if (subject := _IT_AS_SUBJECT.search(text, s, e)) is not None and subject.start() - s <= SUBJECT_OPENING_REACH:
        # its text the subject of a step told right after («وقال إن نصها بات شبه جاهز»)
        at, reach = subject.end(), min(e, subject.end() + SUBJECT_REACH)
        # (what its text is: finished, ready or still negotiated; not what is to be done with it, «على أن يُرفع النص…
        # لتوقيعه»)
        told = [(st, terms) for st, terms in lex.statuses if st in ("drafted", "negotiating")] + \
            [(st, terms) for st, terms in lex.not_yet if st == "drafted"]
        found += [(p, st) for st, terms in told for p, _ in art.hits(terms).within(at, reach)
                  if not _not_taken_before(text, s, p)]
        if (complete := _COMPLETE.match(text, at)) is not None:  # («النص مكتمل», «نصها غير مكتمل»)
            found.append((at, "negotiating" if complete.group("not") else "drafted"))
    under = _UNDER_IT.match(text, s, e)
    if under is not None and _DONE_NEXT.match(text, under.end()):
        # «وبموجبها، باتت الشحنات تُفحص مرة واحدة», «ففي إطارها، افتُتح…»: done under it (not what it provides, told
        # in the present: «وبموجبها تقدم روسيا قرضا…», its terms)
        found.append((under.start(), "implementing"))
    # (what it provides for is its terms; what its entry into force waits or waited for is not the step told: «على أن
    # تدخل حيز التنفيذ بعد استكمال إجراءات المصادقة عليها», «ودخلت حيز التنفيذ بعد المصادقة عليها»)
    found = [(p, st) for p, st in found if not _PROVIDES.search(text, s, p) and
             not (_AWAITED_AFTER.search(text, max(s, p - AWAITED_REACH), p) and _ENTRY_VERB.search(text, s, p))]
    if not found and (opening := _SUBJECTLESS_OPENING.match(text, s, e)) is not None:
        # The sentence opens on the step, its subject the agreement just told of («وقد دخلت حيز التنفيذ مطلع العام»,
        # «ودخلت حيز التنفيذ…», «وهي نافذة منذ مطلع الشهر»): a verb, or an adjective that ends its clause or goes on
        # to its time («وهي نافذة روسيا على الخليج» is a window); not a verbal noun of another thing («والتنفيذ بدأ»).
        at, word = opening.end(), opening.start("word")
        found += [(p, st) for st, terms in lex.statuses if st in _SUBJECTLESS_STEPS
                  for p, q in art.hits(terms).within(word, at + 1) if not text.startswith("ال", p)
                  and (_PREDICATE_END.match(text, q) if opening.group("predicate") else _ENTERED.match(text, p))]
    return min(found) if found else None


# What is done under it, told by the word right after it: a verb in the past («افتُتح», «سلّم»), or one that says a
# step came about («تم», «جرى», «باتت», «أصبح»); not the present of its terms («تقدم روسيا قرضا», «يلتزم»), nor a noun
# with the article (folded).
# (The past of «تفعّل» is told by its ending, «تسلّمت», «تدرّبوا»; what was pledged or laid down is its terms,
# «تعهّدت روسيا…», «نصّت على…».)
_DONE_NEXT = re.compile(r"[\s،,]*(?:قد\s+)?(?![وف]?(?:تعهد|التزم|اتفق|قرر|نص)\w*(?!\w))(?:تم|جري|جرت|بات|باتت|اصبح|اصبحت|صار|صارت|ا(?!ل)\w{3,}|[^\sيتنا\d]\w\w|[^\sيتنا\d]\w\wت|"
                        r"ت\w{2,}(?:ت|وا))(?!\w)")
# A step told of the agreement by its pronoun in words no status list holds (folded): talks on it («وتجري حولها
# محادثات», «المشاورات بشأنها»), it renewed («وتم تجديدها»), a house for it («وكان مجلس الاتحاد قد وافق عليها»: with
# the house named before), initialled («وقّعا عليها بالأحرف الأولى»).
_PRONOUN_PHRASES = (
    # (its text finished: «الانتهاء من صياغة نصها النهائي»; initialled; still being drafted: «العمل على صياغة بنودها»)
    ("drafted", re.compile(r"(?<!\w)[وف]?(?:ال)?(?:انتهاء|انتهي\w*|اكتمل\w*|اكتمال|انجاز|انجز\w*|استكمال|استكمل\w*)\s+"
                           r"(?:من\s+)?(?:ال)?صياغه\s+(?:نص|بنود|مواد)(?:ها|ه)(?!\w)")),
    ("drafted", re.compile(r"(?<!\w)(?:نص|مسودت)(?:ها|ه)\s+بالاحرف\s+الاولي(?!\w)")),  # «وُقّع نصها بالأحرف الأولى»
    ("negotiating", re.compile(r"(?<!\w)[وف]?(?:ال)?صياغه\s+(?:نص|بنود|مواد)(?:ها|ه)(?!\w)")),
    # (talks on it, an adjective or two between, «المفاوضات الجارية حولها», «مواصلة التفاوض عليها»; talks on its text,
    # «المشاورات حول نصها»; the possibility of concluding it studied, «لدراسة إمكانية إبرامها»)
    ("negotiating", re.compile(r"(?<!\w)(?:ال)?(?:مفاوضات|محادثات|مشاورات|مباحثات|تفاوض|نقاشات|مناقشات)(?:\s+ال\w+){0,2}\s+"
                               r"(?:(?:حول|بشان)(?:ها|ه)|علي(?:ها|ه)|(?:حول|بشان|علي)\s+(?:نص|بنود|مسود[هت])(?:ها|ه))(?!\w)|"
                               r"(?<!\w)[وف]?(?:حول|بشان)(?:ها|ه)\s+(?:ال)?(?:مفاوضات|محادثات|مشاورات|مباحثات)(?!\w)|"
                               r"(?<!\w)(?:ال)?امكان(?:يه)?\s+(?:ابرام|توقيع)(?:ها|ه)(?!\w)")),
    # signed, its signers between the verb and the pronoun («كما وقّع الوزيران عليها»)
    ("signed", re.compile(r"(?<!\w)[وف]?(?:وقع|وقعت|وقعا|وقعتا|وقعوا)(?:\s+[^\s،,.؛:]+){1,3}?\s+عليها(?!\w)")),
    # done under it, a verb of what was done, or goes on, before it («كما جرت بموجبها أول عملية», «وقد بدأت شركة
    # روسية بموجبها حفر…», «الأعمال المنفذة بموجبها»)
    ("implementing", re.compile(rf"(?<!\w)[وف]?(?:قد\s+)?(?:{_DONE_VERBS}|تواصل|يتواصل|تستمر|يستمر|المنفذه|المنجزه|"
                                r"المنفذ|المنجز)(?:\s+[^\s،,.؛:]+){0,3}?\s+(?:بموجب|وفقا\s+ل|في\s+اطار)(?:ها|ه)(?!\w)")),
    # in force since («منذ دخولها حيز التنفيذ»), its work extended («وقد مُدّد العمل بها»)
    ("in_force", re.compile(r"(?<!\w)منذ\s+دخول(?:ها|ه)\s+حيز(?!\w)|"
                            r"(?<!\w)[وف]?(?:ال)?(?:مدد|جدد|تمديد|تجديد)\w*\s+العمل\s+ب(?:ها|ه)(?!\w)")),
    # its law or bill passed by a house («وقد صادق مجلس صيانة الدستور على قانونها»: the house checked below)
    ("ratified", re.compile(r"(?<!\w)[وف]?(?:صادق|صادقت|اقر|اقرت|وافق|وافقت)(?:\s+[^\s،,.؛:]+){1,4}?\s+(?:علي\s+)?"
                            r"(?:قانون|لايحه)(?:ها|ه)(?!\w)")),
    # its carrying out followed or reviewed («اللجنة المشتركة المكلفة بمتابعة تنفيذها»)
    ("implementing", re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:متابعه|مراجعه|تقييم)\s+(?:سير\s+)?(?:تنفيذ|تطبيق)(?:ها|ه)(?!\w)")),
    ("in_force", re.compile(r"(?<!\w)[وف]?(?:تجديد|بتجديد)(?:ها|ه)(?!\w)")),
    # (the house after the verb, before the pronoun: «وقد صوّت مجلس الدوما لصالحها»)
    ("ratified", re.compile(r"(?<!\w)[وف]?(?:وافق|وافقت|وافقوا|صوت|صوتت|صوتوا)(?:\s+[^\s،,.؛:]+){0,4}?\s+"
                            r"(?:عليها|عليه|لصالحها|لصالحه)(?!\w)")),
    ("drafted", re.compile(r"(?<!\w)[وف]?(?:وقع|وقعت|وقعا|وقعتا|وقعوا)\s+عليها\s+بالاحرف\s+الاولي(?!\w)")))
# «أن» and the present right before the phrase, its subject between: a step yet to be taken (folded).
_YET_TO_DO = re.compile(r"(?<!\w)(?:علي\s+)?ان\s+[يت]\w+(?:\s+[^\s،,.؛:]+){0,4}?\s+$")
# Said to have entered into force, its pronoun the subject («وأعلنت الخارجية أنها دخلت حيز التنفيذ…»; folded).
_THAT_IT_ENTERED = re.compile(r"(?<!\w)[وب]?انها\s+(?:قد\s+)?(?:دخلت\s+حيز|(?:(?:باتت|اصبحت|صارت)\s+)?(?:نافذه|ساريه|ملزمه))(?!\w)")
_FUTURE_NEXT = re.compile(r"\s*[«\"]?\s*[وف]?(?:س[يتن]\w+|سوف)(?!\w)")  # a verb to come right after (folded)
_BEGIN_BEFORE = re.compile(r"(?<!\w)(?:ان|لم|لن)\s+[يت]بدا(?!\w)\s*$")  # «أن تبدأ المباحثات», «لم تبدأ…» (folded)
# A sentence's opening on what is done under it, by its pronoun («وبموجبها،», «ففي إطارها»; folded).
_UNDER_IT = re.compile(r"\s*[وف]{0,2}(?:بموجب|في\s+اطار(?:\s+العمل\s+ب)?|علي\s+اساس|(?:وفقا|طبقا)\s+ل)(?:ها|ه)(?!\w)")
# The agreement's text or draft, by its pronoun or as «النص», the subject of a predicate right after, near the
# sentence's opening («وقال إن نصها شبه منجز», «ج: النص مكتمل»; not «إنها», which may be the talks: «مفاوضات حول
# اتفاقية…، يقول مسؤولون إنها في مراحلها الأخيرة»; nor a text named further in, «وعن مشروع القرار…، قال إن النص…»),
# folded.
_IT_AS_SUBJECT = re.compile(r"(?<!\w)(?:[وف]?(?:نص|مسودت)(?:ها|ه)|[وف]?(?:النص|المسوده)(?:\s+النهايي|\s+النهاييه)?)"
                            r"(?:\s+(?:قد|باتت|بات|اصبحت|اصبح|صارت|صار|لا\s+[يت]زال|ما\s+[زد]ال))?\s+")
SUBJECT_OPENING_REACH = 30  # characters from the sentence's start to the subject («وأوضح الوزير أن نصها…»)
SUBJECT_REACH = 8  # characters from the subject to its predicate's first word
_COMPLETE_WORDS = r"(?P<not>غير\s+)?(?:مكتمل|منجز)\w*(?!\w)"  # its text (not) complete, the predicate (folded)
_COMPLETE = re.compile(_COMPLETE_WORDS)
# Its text (not) complete, after its name (folded): «ما زال نصه غير مكتمل».
_TEXT_COMPLETE = re.compile(r"(?<!\w)[وف]?(?:ال)?(?:نص|مسود[هت]|صياغ[هت])(?:ها|ه)?\s+(?:(?:ما\s+[زد]ال|لا\s+[يت]زال|بات|باتت)\s+)?"
                            + _COMPLETE_WORDS)
# A sentence's opening before a step whose subject is left unsaid: «و» or «ف», then «قد» or a pronoun (folded).
# (or a verb of becoming, its adjective the predicate: «وقد أصبحت نافذة منذ…»)
_SUBJECTLESS_OPENING = re.compile(r"\s*[«\"]?\s*(?P<word>)[وف]?(?:قد\s+|لقد\s+)?"
                                  r"(?P<predicate>هي\s+|هو\s+|(?:اصبحت|اصبح|باتت|بات|صارت|صار)\s+)?")
_ENTERED = re.compile(r"[وف]?(?:دخلت|دخل)\s+حيز")  # (not «وتسري الوثيقة لمدة عشرين عاما»: its term)
_PREDICATE_END = re.compile(r"\s*(?:$|[.،,؛:]|(?:المفعول|منذ|اعتبارا|ابتداء|حاليا|الان|فعلا|بالفعل|حتي|رسميا|للطرفين|للجانبين|"
                            r"للبلدين)(?!\w))")
# (entry into force only: it takes no object, so its unsaid subject is the agreement; «ووقعت…», «وصادق…» at an opening
# most often have a subject and an object of their own after them: «وصادق البرلمان أمس على الميزانية»)
_SUBJECTLESS_STEPS = ("in_force",)


def _not_taken_before(text: str, s: int, p: int) -> bool:
    """Whether the words before a step's word at ``p`` say it is not taken or only dated («من دون المصادقة عليها»,
    «ولم يُحدَّد بعد موعد توقيعها»)."""
    return bool(_WITHOUT.search(text, max(s, p - WITHOUT_REACH), p) or _DATE_OF.search(text, max(s, p - DATE_OF_REACH), p) or
                _PAVING.search(text, max(s, p - PAVING_REACH), p))


# After, upon or on completing, right before a step's word (folded); an entry into force before it, to come or done.
_AWAITED_AFTER = re.compile(r"(?<!\w)(?:بعد|عقب|فور|لدي)\s+(?:(?:استكمال|اكتمال|انتهاء|اتمام)\s+)?(?:(?:ال)?اجراءات\s+)?$")
AWAITED_REACH = 40
_ENTRY_VERB = re.compile(r"(?<!\w)[وف]?(?:(?:علي\s+)?ان\s+|س|سوف\s+)?(?:[يت]دخل|دخلت|دخل|[يت]صبح|اصبحت|اصبح|[يت]سري|سرت|"
                         r"سري)(?!\w)")
# The way paved for a step, right before its word («وهو ما يمهد الطريق أمام تطبيقها», «تمهيدا لتنفيذها»): to come (folded).
_PAVING = re.compile(r"(?<!\w)(?:[يت]مهد|مهد|مهدت|تمهيدا|[يت]فتح|فتح|فتحت)(?:\s+(?:الطريق|السبيل|الباب))?\s+(?:امام\s+|ل)?$")
PAVING_REACH = 24
