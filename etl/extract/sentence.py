"""The signals of one sentence: its clauses' parties meet the cues of each kind."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from typing import NamedTuple

from etl.extract import Signal
from etl.extract.article import Article
from etl.extract.lexicon import Entry
from etl.extract.modality import modality, verb_hedged, verb_negated
from etl.extract.clauses import clause_spans, with_subjects
from etl.extract.sides import IRAN, JOINED, RUSSIA, SCENE, THIRD, Mention, Scope, other_side, scope
from etl.extract.speaker import speaker, spoken_by_a_third, third_speaker_span, voice
from etl.extract.terms import Terms

_DEFAULT_TOPIC = {
    "meeting": "diplomacy", "joint_position": "regional", "military": "defense",
    "economic": "trade", "relations": "diplomacy", "friction": "regional",
    "agreement": "diplomacy", "trade_figure": "trade", "organisation": "diplomacy",
    "project": "trade",
}
# Characters after a visit cue in which its destination stands («زيارة إلى طهران», past the visitor's name:
# «زيارة يقوم بها الرئيس الإيراني حسن روحاني إلى موسكو»).
PLACE_REACH = 60
# Kinds whose future is a forecast («سيسرع انضمام إيران لشنغهاي»), not an announced event or a plan.
FORECAST_IS_NO_SIGNAL = {"organisation", "relations"}


@dataclass
class Context:
    """One sentence of an article: its span, the parties it names, and the term lists that may match in it.
    Its clauses and their parties are worked out when a cue first asks (most sentences have none)."""

    art: Article
    s: int
    e: int
    mentions: list[Mention]
    generic_ok: bool  # whether «البلدين» there stands for Iran and Russia (the article's pair)
    present: set[int]
    pair_voice: tuple[int, int] | None = None  # «وتابع أن…» naming no one, where the speaker speaks of the pair
    trio_ok: bool = False  # whether «الدول الثلاث» there stands for the two and the third the article named
    _actor: str | None | bool = False

    @cached_property
    def whole(self) -> Scope:
        """The parties of the whole sentence."""
        return self._scope(self.s, self.e, self.mentions)

    @cached_property
    def clauses(self) -> list[tuple[tuple[int, int], Scope]]:
        """The sentence's clauses, each with its parties."""
        generic = self.art.hits(self.art.lex.generic_pair)
        return [((cs, ce), self._scope(cs, ce, [m for m in self.mentions if cs <= m.start < ce]))
                for cs, ce in with_subjects(clause_spans(self.art.text, self.s, self.e), self.mentions, generic,
                                             self.art.text)]

    @cached_property
    def endorsement(self) -> Endorsement | None:
        """One side's thanks or praise for the other's stand in the sentence (`endorsement`), looked for once."""
        return endorsement(self)

    @cached_property
    def speaking(self) -> tuple[str | None, bool]:
        """The side (Iran or Russia) whose official speaks the sentence, and whether a third state's does."""
        return voice(self.art, self.s, self.e)[0], spoken_by_a_third(self.art, self.s, self.e)

    def _scope(self, s: int, e: int, mentions: list[Mention]) -> Scope:
        lex = self.art.lex
        generic = self.art.hits(lex.generic_pair).within(s, e)
        if self.pair_voice is not None and s <= self.pair_voice[0] < e:
            generic = [self.pair_voice] + generic
        pairs = self.art.hits(lex.pair).within(s, e) + self.art.treaty_refs(s, e)
        if self.trio_ok:  # «الدول الثلاث»: the two as one subject, and a third state with them
            # (not where the sentence names the two itself: «وقّعت روسيا وإيران وتركيا، بصفتها الدول الضامنة…»)
            named = {m.side for m in mentions}
            trio = [] if {IRAN, RUSSIA} <= named else self.art.hits(lex.trio).within(s, e)
            pairs += trio
            mentions = sorted(mentions + [Mention(p, q, THIRD) for p, q in trio])
        return scope(self.art.text, mentions, pairs, generic, self.generic_ok)

    @cached_property
    def third_speaker(self) -> tuple[int, int] | None:
        """Where a third state's speaker of the sentence is named, up to what is said (None if none speaks)."""
        return third_speaker_span(self.art, self.s, self.e) if self.speaking[1] else None

    @cached_property
    def orig(self) -> tuple[int, int]:
        """The sentence's span in the original text."""
        return self.art.nt.span(self.s, self.e)

    def signal(self, kind: str, key: str, label: str, topic: str | None, cue: tuple[int, int] | None = None,
               **kw) -> Signal:
        o_cue = self.art.nt.span(*cue) if cue else None
        o_s, o_e = self.orig
        return Signal(kind=kind, key=key, label=label, topic=topic or self.topic(kind),
                      sentence=self.art.nt.orig[o_s:o_e], start=o_s, end=o_e,
                      actor=self.actor(), spans=[(o_s, o_e)], cue=o_cue, **kw)

    def has(self, terms: Terms | None) -> bool:
        """Whether one of ``terms`` occurs in the sentence."""
        return terms is not None and self.art.may_match(terms, self.present) and \
            self.art.hits(terms).any(self.s, self.e)

    def within(self, terms: Terms, s: int | None = None, e: int | None = None) -> list[tuple[int, int]]:
        """The matches of ``terms`` that start in ``[s, e)`` (the sentence by default)."""
        if not self.art.may_match(terms, self.present):
            return []
        return self.art.hits(terms).within(self.s if s is None else s, self.e if e is None else e)

    def clause_of(self, pos: int) -> tuple[tuple[int, int], Scope]:
        for span, sc in self.clauses:
            if span[0] <= pos < span[1]:
                return span, sc
        return self.clauses[-1]

    def topic(self, kind: str) -> str:
        for name, terms in self.art.lex.topics:
            if self.has(terms):
                return name
        return _DEFAULT_TOPIC[kind]

    def actor(self) -> str | None:
        if self._actor is False:
            # Whose official speaks, where that can be told (a speaker going on, an interview's answer, a relative
            # clause after the speaker); else the side named first after the first speech verb.
            # («رئيسا البلدين», the two's heads, are both, whoever else speaks)
            named = speaker(self.art, self.s, self.e)
            self._actor = named if named == "both" else self.speaking[0] or named
        return self._actor  # type: ignore[return-value]


def sentence_signals(ctx: Context) -> list[Signal]:
    """Every signal the sentence states."""
    from etl.extract.agreements import agreements, for_their_project, members_named, their_treaty
    from etl.extract.figures import trade_figures

    art, present = ctx.art, ctx.present
    out: list[Signal] = []
    fired: set[str] = set()
    for slot, rule in art.lex.cue_rules:
        if (slot is not None and slot not in present) or rule.kind == "agreement" or \
                (rule.fallback and rule.kind in fired) or (rule.fallback == "any" and fired):
            continue
        hit = fires(ctx, rule)
        if hit is not None:
            (a, b), denied = hit
            denied = denied or bool(rule.on_denial) and _label_in_doubt(art.text, a, b)
            fired.add(rule.kind)
            key = rule.on_denial if denied else rule.key
            label = "Relationship characterised (denied)" if denied else rule.label
            if rule.kind == "meeting" and key == "talks" and _leaders_of_three(ctx, a):
                key, label = "summit", "Meeting at a summit"
            out.append(ctx.signal(rule.kind, key, label, rule.topic, cue=(a, b)))
    if "joint_position" not in fired:
        out.extend(_pair_stance_on_a_matter(ctx) or _account_taken_up(ctx) or _like_the_other(ctx) or
                   _joined_the_other(ctx) or _views_converge(ctx) or _stand_shared(ctx) or _stand_echoed(ctx) or
                   _agrees_with_the_other(ctx))
    if "organisation" not in fired and ctx.whole.both and ctx.has(art.lex.organisation_reference):
        out.extend(_organisation_referred_to(ctx))
    if "organisation" not in fired and ctx.whole.both:
        out.extend(_shielded_at_a_body(ctx))
    if ctx.whole.both:
        out.extend(agreements(ctx))
        if (ctx.s, ctx.e) not in art.rows_read:  # (a row the tables' reader read: its figures are given)
            out.extend(trade_figures(ctx))
    elif ctx.whole.iran and art.names_union(ctx.s, ctx.e) or members_named(art, ctx.s, ctx.e):
        # (or the group of states both always belong to: what all its members sign, they sign)
        out.extend(agreements(ctx))
    else:
        out.extend(their_treaty(ctx))
        out.extend(for_their_project(ctx))
        if _lent_by_one_side(ctx):
            out.extend(trade_figures(ctx, loans_only=True))
    return _talks_on_the_call(_qualified_label_wins(out))


def _talks_on_the_call(out: list[Signal]) -> list[Signal]:
    """Talks named after a phone call in the sentence are what the call was about («أجرى ظريف اتصالا هاتفيا
    بنظيره الروسي، بحثا خلاله نتائج الجولة الأخيرة من محادثات أستانا»), not a meeting of their own."""
    calls = [s.cue[0] for s in out if s.kind == "meeting" and s.key == "phone_call" and s.cue]
    if not calls:
        return out
    return [s for s in out if not (s.kind == "meeting" and s.key == "talks" and s.cue and s.cue[0] > min(calls))]


OPENS_REACH = 8  # characters before a dual verb that opens the sentence («وأكدا», «كما شددا»)


def _pair_stance_on_a_matter(ctx: Context) -> list[Signal]:
    """The two saying together («وأكد الجانبان رفضهما…», «وأكدا…») where to stand on a matter that this sentence
    or the one before names («بحث الوزيران… تفعيل آلية إعادة فرض العقوبات الأممية. وأكد الجانبان رفضهما لهذه
    الخطوة»): their position on it, the matter's key as a position rule gives it. Not what they say of their own
    ties, and not where a third state is named with them. Their stand told by a dual pronoun after the two named
    as a pair («أعلنت روسيا وإيران وقوفهما إلى جانب حكومة مادورو») is a position whatever the matter: `other`
    where no position rule names it."""
    lex, text = ctx.art.lex, ctx.art.text
    # (the pair word spelt out by the two's adjectives is theirs whatever came before: «يرى الجانبان الإيراني والروسي»)
    cues = [(a, b, False) for a, b in ctx.within(lex.pair_says) if ctx.generic_ok or _spelt_out(ctx, b)]
    cues += [(a, b, True) for a, b in ctx.within(lex.pair_stand)]
    for a, b, theirs in sorted(cues):
        (cs, ce), sc = ctx.clause_of(a)
        if theirs:
            if not _pair_before(sc, a):  # (not «عبرت المستشارة والرئيس عن قلقهما»)
                continue
        elif " " not in text[a:b] and a - ctx.s > OPENS_REACH and not _pair_right_before(sc, a) or _third_before(sc, a):
            continue  # (a dual verb alone opens the sentence: its subject is the pair the sentence before names; or
            # it follows the pair, its subject: «أن الوزيرين الروسي والإيراني شددا على أن…»; a third state named
            # after the two's words is what they speak of: «وأكد الجانبان أن "الأعمال الأمريكية…"»)
        if sc.many or ctx.within(lex.about_themselves, b, ce) or modality(text, cs, a) != "stated" or \
                _ARRANGED.match(text, a, ce):
            continue
        # (`other` where no rule names the matter: their stand, their words on a third state's doing, or a stand
        # they say they take: «شدد الطرفان على رفض تسييس ملف مكافحة الإرهاب»)
        on_a_third = any(m.side == THIRD and m.start >= b for m in sc.mentions)
        stand = bool(_A_STAND.match(text, b)) or bool(_VERDICT.search(text, b, ce))
        found = _position_on_the_matter(ctx, a, b, otherwise=(theirs or on_a_third or stand) and not _matter_refused(ctx))
        if found:
            return found
    return []


# Agreeing on a thing to do is an arrangement, no stand («واتفق الوزيران على تسيير قطار حاويات أسبوعي…»), folded.
_ARRANGED = re.compile(r"[وف]?اتفق\w*(?:\s+\S+){0,4}?\s+علي\s+(?:تسيير|انشاء|اقامه|تشكيل|زياده|رفع|تعزيز|توسيع|تسهيل|"
                       r"تطوير|اطلاق|بناء|فتح|تبادل|مواصله|تسريع|ربط|تنظيم|عقد|تشغيل|تخفيض|خفض|الغاء)(?!\w)")
# A stand named right after the two's words («شدد الطرفان الروسي والإيراني على رفض…»), folded.
_A_STAND = re.compile(r"(?:\s+و?ال\w+){0,2}\s+(?:علي\s+)?(?:رفض|ادانه|دعم|تاييد|معارضه|التنديد|ضروره\s+(?:وقف|رفع|انهاء|احترام))(?!\w)")
# A verdict the two pass together on a doing («وأكد الوزيران أن مثل هذه الأفعال تمثل "انتهاكا صارخا لمبادئ القانون
# الدولي"», «أن الآلية باطلة قانونيا»): a stand, folded.
_VERDICT = re.compile(r"(?<!\w)(?:انتهاك|انتهاكا|انتهاكات|باطل|باطله|باطلا|غير\s+(?:شرعي|شرعيه|قانوني|قانونيه|مقبول|مقبوله|مبرر|مبرره)|"
                      r"مرفوض|مرفوضه|عدوانا|عدوان)(?!\w)")
SPELT_GAP = 3  # characters between a pair word and the two's adjectives that spell it out


def _spelt_out(ctx: Context, b: int) -> bool:
    """Whether the pair word ending at ``b`` is followed by the two's adjectives («الجانبان الإيراني والروسي»)."""
    (cs, ce), sc = ctx.clause_of(b - 1)
    return any(0 <= s0 - b <= SPELT_GAP for s0, _ in sc.pair_spans)


def _third_before(sc: Scope, a: int) -> bool:
    """Whether a third state is named in the clause before ``a``."""
    return any(m.side == THIRD and m.start < a for m in sc.mentions)


_FROM_PLACE = re.compile(r"(?<!\w)(?:من|الي)\s+$")


ADOPTING_REACH = 60  # characters before an account in which the verb that takes it up stands (with its subject, titled)


def _account_taken_up(ctx: Context) -> list[Signal]:
    """One side taking up the other's account («تتبنى طهران الرواية الروسية للحرب في أوكرانيا», «وتبنى باتروشيف
    الرواية الإيرانية بشأن إسقاط الطائرة»): a position both hold, on the matter this sentence or the one before
    names, else `other`."""
    art, text = ctx.art, ctx.art.text
    for side, terms in art.lex.accounts:
        for a, b in ctx.within(terms):
            (cs, ce), _ = ctx.clause_of(a)
            other = other_side(side)
            verbs = ctx.within(art.lex.adopting, max(cs, a - ADOPTING_REACH), a)
            if not verbs or not any(m.side == other for m in ctx.mentions) or modality(text, cs, a) != "stated" or \
                    not _adoption_stated(text, cs, verbs[-1][0]) or \
                    any(m.side == THIRD and verbs[-1][0] <= m.start < a for m in ctx.mentions):
                continue  # («وتتبنى أنقرة القراءة الروسية», «ولا تتبنى موسكو المقاربة الإيرانية»)
            return _position_on_the_matter(ctx, a, b, otherwise=True)
    before = _sentence_before(ctx)
    for a, b in ctx.within(art.lex.same_account):
        (cs, ce), _ = ctx.clause_of(a)
        verbs = ctx.within(art.lex.adopting, max(cs, a - ADOPTING_REACH), a)
        if not verbs or modality(text, cs, a) != "stated" or not _adoption_stated(text, cs, verbs[-1][0]):
            continue
        taker = _taker(ctx, cs, *verbs[-1], a)
        # (the reading is the other side's, told by it first in the sentence before: not a third state's that
        # named the other in passing)
        said_by = next((m.side for m in art.mentions(*before) if m.side != SCENE), None)
        if taker is None or taker - {IRAN, RUSSIA} or \
                taker != {IRAN, RUSSIA} and (said_by not in (IRAN, RUSSIA) or said_by in taker):
            continue
        return _position_on_the_matter(ctx, a, b, otherwise=True)
    return []


# Titles that may stand between an adopting verb and the side it names as its subject («وتتبنى الخارجية الإيرانية…»,
# folded), and what makes the adoption not stated: a refusal, a past habit, a demand, «أن تتبنى», a hedge.
_TITLES = re.compile(r"(?:\s+(?:ال)?(?:رييس|وزير|وزاره|خارجيه|حكومه|متحدث|باسم|جانب|سلطات|قياده|مندوب|سفير|"
                     r"دبلوماسيه|مسوولون|مسوول))*\s+")
_NOT_ADOPTED = re.compile(r"(?<!\w)[وف]?(?:[يت]?رفض\w*|كان|كانت|كانوا|[يت]طالب\w*|طالب\w*|[يت]بدو|المرجح|"
                          r"المستبعد|[وفب]?ان)(?:\s+\S+){0,2}?\s+$")
_PAIR_AFTER = re.compile(r"\s+(?:ال)?(?:عاصمتان|بلدان|جانبان|طرفان|دولتان)(?!\w)")


def _adoption_stated(text: str, cs: int, v: int) -> bool:
    """Whether the adopting verb at ``v`` is itself stated: not negated, refused, demanded, hedged or a past habit
    («ولا تتبنى طهران…», «وترفض طهران تبني…», «ومن غير المرجح أن تتبنى…», «وكانت طهران تتبنى…»)."""
    return modality(text, cs, v) == "stated" and not _NOT_ADOPTED.search(text, max(cs, v - 30), v)


def _taker(ctx: Context, cs: int, v: int, ve: int, a: int) -> set[str] | None:
    """The side(s) the adopting verb at ``[v, ve)`` names as its subject: the one named right after it (titles
    between), or the pair word there («وتتبنى العاصمتان…»), or the one or two named right before it («إن موسكو وطهران
    تنطلقان من…»); None where none is named so («ويتبنى كثير من المحللين في طهران…»: a place)."""
    text = ctx.art.text
    after = [m for m in ctx.mentions if ve <= m.start < a]
    if after and _TITLES.fullmatch(text, ve, after[0].start):
        return {after[0].side}
    if _PAIR_AFTER.match(text, ve, a):
        return {IRAN, RUSSIA}
    before = [m for m in ctx.mentions if cs <= m.end <= v]
    if before and re.fullmatch(r"[\s\"«“]*", text[before[-1].end:v]):
        joined = len(before) > 1 and re.fullmatch(r"\s+(?:و\s*)?", text[before[-2].end:before[-1].start])  # («وطهران»)
        return {before[-1].side} | ({before[-2].side} if joined else set())
    return None


def _position_on_the_matter(ctx: Context, a: int, b: int, otherwise: bool) -> list[Signal]:
    """The position the cue at ``[a, b)`` states, keyed by the matter a position rule names in this sentence or
    the ones before; with no such matter, `other` if ``otherwise``, else none."""
    return _stand(ctx, _matter(ctx, ctx.s, ctx.e) or _matter(ctx, *_sentence_before(ctx)), a, b, otherwise)


def _stand(ctx: Context, rule: Entry | None, a: int, b: int, otherwise: bool) -> list[Signal]:
    """The joint position the cue at ``[a, b)`` states on the matter ``rule`` keys; `other` where no rule names the
    matter if ``otherwise``, else none."""
    if rule is not None:
        return [ctx.signal(rule.kind, rule.key, rule.label, rule.topic, cue=(a, b))]
    return [ctx.signal("joint_position", "other", "Joint stand", "regional", cue=(a, b))] if otherwise else []


# One side, «like» the other, holds a view («أن طهران، مثل موسكو، تعتبر الخطوة الأوروبية باطلة», «أن إيران، شأنها شأن
# روسيا، تعتبر الاتهامات بلا دليل»): the stand is both's. Folded: the word of likeness right before the other side,
# then its verb of holding after the aside's comma.
_LIKE = re.compile(r"(?<!\w)(?:مثل|مثلها\s+مثل|مثله\s+مثل|شانها\s+شان|شانه\s+شان|علي\s+غرار)\s+$")
_HOLDS = re.compile(r"\s*[،,]\s*(?:[وف]?(?:هي|هو)\s+)?[تي](?:عتبر|رفض|دين|ويد|دعو|عارض|ري|طالب|دعم|تمسك|حذر)(?!\w)")
LIKE_REACH = 16  # characters before the other side in which the word of likeness stands


def _like_the_other(ctx: Context) -> list[Signal]:
    """One of the two, «like» the other named in an aside, holds a view: their joint position on the matter this
    sentence or the one before names (`other` where none is named)."""
    text, mentions = ctx.art.text, ctx.whole.mentions
    for i, m in enumerate(mentions):
        if m.side not in (IRAN, RUSSIA) or not any(p.side not in (m.side, THIRD, SCENE) for p in mentions[:i]):
            continue
        like = _LIKE.search(text, max(ctx.s, m.start - LIKE_REACH), m.start)
        if like is None or not _HOLDS.match(text, m.end) or modality(text, ctx.s, like.start()) != "stated":
            continue
        return _position_on_the_matter(ctx, like.start(), m.end, otherwise=True)
    return []


# One side joining the other in a stand («وانضمت إيران إلى روسيا في الدعوة إلى حل الأزمة عبر الحوار», «تنضم طهران إلى
# موسكو في رفض…»): the stand is both's (not joining a body or a deal: «انضمت إيران إلى منظمة شنغهاي»). Folded.
_JOINED = re.compile(r"(?<!\w)[وف]?(?:انضم|انضمت|تنضم|ينضم)\s+(?P<one>\w+)\s+الي\s+(?P<other>\w+)\s+في\s+"
                     r"(?:ال)?(?P<act>دعوه|مطالبه|رفض|ادانه|تنديد|دعم|تاييد|معارضه|ترحيب|تحذير|تاكيد)(?!\w)")


def _joined_the_other(ctx: Context) -> list[Signal]:
    """One of the two joining the other in a stand: their joint position on the matter this sentence or the one
    before names (`other` where none is). Stated, not asked."""
    text = ctx.art.text
    for m in _JOINED.finditer(text, ctx.s, ctx.e):
        sides = {mention.side for mention in ctx.whole.mentions
                 if mention.start in (m.start("one"), m.start("other"))}
        if sides == {IRAN, RUSSIA} and modality(text, ctx.s, m.start()) == "stated" and not _asked(text, m.end(), ctx.e) \
                and not ctx.within(ctx.art.lex.about_themselves, m.end(), ctx.e):
            # (backing is a stand only on a matter a position rule names: not «في دعم مشروع ممر شمال-جنوب»)
            return _position_on_the_matter(ctx, m.start(), m.end(), otherwise=m.group("act") not in ("دعم", "تاييد"))
    return []


# Views said to match, or to meet, the two right after as the verb's subject, then what on («تتطابق مواقف موسكو وطهران
# في الأزمة السودانية», «وبهذا تتفق طهران وموسكو على رفض الاعتراف بغوايدو», «وفي الملف الليبي، التقت موسكو وطهران عند
# دعم…»): a stand both hold. Folded. Views must be said to meet where the verb also tells a meeting or a rapprochement
# («التقت موسكو وطهران في فيينا», «تقاربت موسكو وطهران في السنوات الأخيرة»), and agreeing must be on a stand, not on a
# thing to do («اتفقت روسيا وإيران على توقيع اتفاقية»).
_VIEWS = r"(?:\s+(?:مواقف|وجهات\s+نظر|رويه|روي))"
_CONVERGE = re.compile(rf"(?<!\w)[وف]?(?:(?P<match>تتطابق|تطابقت|يتطابق)|(?P<agree>تتفق|اتفقت|يتفق)|"
                       rf"(?P<meet>تلتقي|التقت|تتقاطع|تقاطعت|تتقارب|تقاربت))(?P<views>{_VIEWS})?\s+$")
_ON_WHAT = re.compile(r"\s*[،,]?\s*(?:علي|في|حول|بشان|ازاء|تجاه|عند)(?!\w)")
_AT_ONE = re.compile(r"\s*[،,]?\s*(?:علي|عند)(?!\w)")  # meeting «at» or «on» a view, not «in» a place
_ON_A_STAND = re.compile(r"\s*[،,]?\s*علي\s+(?:ان|رفض|ادانه|دعم|تاييد|معارضه|التنديد|ضروره)(?!\w)")
CONVERGE_REACH = 30  # characters before the first of the two in which the verb of converging ends
# Or said right after them to take one stand or hold one view («تتبنيان موقفا واحدا يرفض…», «على موقف واحد من…»,
# «تتبنيان رؤية مشتركة لنظام صحي عالمي أكثر عدلا»). Folded.
# (Unless said not to be so, or doubted, right before: «وليس صحيحا أن…», «ولا يبدو أن…», «من المستبعد أن…».)
_SAID_NOT_SO = re.compile(r"(?<!\w)[وف]?(?:ليس\s+صحيحا|غير\s+صحيح|لا\s+يبدو|من\s+المستبعد|لطالما\s+قيل|يقال)(?!\w)")
NOT_SO_REACH = 30  # characters before the two in which that stands
_AGREED_AFTER = re.compile(r"\s*[«\"“]?\s*(?:(?:[تي]تبني(?:ان)?|[تي]قف(?:ان)?|[تي]تخذ(?:ان)?)\s+(?:ال)?(?:موقفا?|رويه)\s+"
                           r"(?:ال)?(?:واحد|موحد|مشترك)[اه]?|علي\s+موقف\s+(?:واحد|موحد))(?!\w)")


# The two as a pair word in the nominative, the subject of a verb of converging («وتلتقي العاصمتان مع ذلك عند هدف…»), in an
# article about the two; an aside may stand between it and what on (folded).
_PAIR_SUBJECT = re.compile(r"(?:البلدان|الجانبان|الطرفان|الدولتان|العاصمتان)(?:\s+(?:مع\s+ذلك|رغم\s+ذلك|مع\s+هذا|ايضا|كذلك))?")


def _views_converge(ctx: Context) -> list[Signal]:
    """The two as the subject of a verb of matching or meeting views, then what on, or said right after them to
    take one stand: their joint position on the matter named after them (`other` where none is).
    Not in a question."""
    text = ctx.art.text
    spans = [(g.start, g.end) for g in ctx.whole.groups if g.sides == {IRAN, RUSSIA}]
    if ctx.generic_ok:
        spans += [(p, m.end()) for p, _ in ctx.within(ctx.art.lex.generic_pair)
                  if (m := _PAIR_SUBJECT.match(text, p)) is not None]
    for start, end in sorted(spans):
        if _asked(text, end, ctx.e):
            continue
        agreed = _AGREED_AFTER.match(text, end)
        if agreed is not None and modality(text, ctx.s, start) == "stated" and \
                not _SAID_NOT_SO.search(text, max(ctx.s, start - NOT_SO_REACH), start):
            rule = _matter(ctx, agreed.end(), ctx.e)
            said = agreed.end() - len(agreed.group().lstrip())  # (the words that say it, not the two's names)
            return _stand(ctx, rule, said, agreed.end(), otherwise=rule is None and not _matter_refused(ctx))
        verb = _CONVERGE.search(text, max(ctx.s, start - CONVERGE_REACH), start)
        if verb is None or modality(text, ctx.s, verb.start()) != "stated":
            continue
        views = bool(verb.group("views"))
        if verb.group("match") and _ON_WHAT.match(text, end) or \
                verb.group("agree") and (_ON_A_STAND.match(text, end) or views and _ON_WHAT.match(text, end)) or \
                verb.group("meet") and (_AT_ONE.match(text, end) or views and _ON_WHAT.match(text, end)):
            rule = _matter(ctx, end, ctx.e)
            return _stand(ctx, rule, verb.start(), end, otherwise=rule is None and not _matter_refused(ctx))
    return []


# Sharing a concern, a view or a stand («تتقاسمان القلق من…», «يتشارك الجانبان المخاوف», «تتقاسمان رؤية واحدة لعالم
# متعدد الأقطاب», «وطهران تشاطرنا هذا الموقف»), or a stand shared with the other («موقف نتشاركه مع الأصدقاء الروس»):
# a stand both hold. Folded. (Not borders, a gas field or a market shared: no concern, view or stand after the verb.)
_SHARE = r"[وف]?[تين]?(?:تقاسم|تشارك|شاطر)(?:ان|ون|نا|ه|ها)?"
_STAND_NOUN = r"(?:ال)?(?:قلق|مخاوف|هواجس|موقف|مواقف|رويه|روي|راي|اراء|وجهه\s+نظر|وجهات\s+نظر)(?:ه|ها|هما|نا)?"
_SHARING = re.compile(rf"(?<!\w)(?P<verb>{_SHARE})\s+(?:\S+\s+){{0,2}}?{_STAND_NOUN}(?!\w)|"
                      rf"(?<!\w)(?:ال)?(?:موقف|رويه|راي|قلق)(?:ه|ها)?\s+{_SHARE}\s+مع(?!\w)")
SHARER_REACH = 30  # characters between the verb and the side or sides that share (its subject, its object)


def _asked(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a question (a stand asked about is no stand)."""
    return "?" in text[s:e] or "؟" in text[s:e]


def _sharers(ctx: Context, m: re.Match) -> bool:
    """Whether the two are among those who share at the match ``m`` of `_SHARING`: both right before the verb or
    between it and the noun (its subject, its object, «مع» the other), or a pair word there; in «موقف نتشاركه مع…»,
    the side after «مع» with the other named before (the one who speaks)."""
    if m.group("verb") is None:  # «موقف نتشاركه مع الأصدقاء الروس»
        partner = next((x for x in ctx.mentions if m.end() <= x.start < m.end() + SHARER_REACH), None)
        if partner is None or partner.side not in (IRAN, RUSSIA):
            return False
        other = other_side(partner.side)
        return any(x.side == other and x.start < m.start() for x in ctx.mentions)
    # its subject right before it, and who stands between the verb and the noun (a subject after the verb, an object);
    # others may share it with the two (SIGNALS.md: «ان ايران وروسيا والصين تتشارك رؤية…» is the two's position)
    if any(m.start() <= p < m.end() for p, _ in ctx.whole.joint_spans):  # «يتشارك الجانبان المخاوف»
        return True
    return {IRAN, RUSSIA} <= {x.side for x in ctx.mentions if m.start() - SHARER_REACH <= x.start < m.end()}


def _stand_shared(ctx: Context) -> list[Signal]:
    """A concern, a view or a stand the sentence says the two share (one side may share it «with» the other, or
    speak of it as «we»): their joint position on the matter named there or just before (`other` where none is).
    Not in a question, not hedged or denied, not a third state's concern about them."""
    text = ctx.art.text
    if _asked(text, ctx.s, ctx.e):
        return []
    for m in _SHARING.finditer(text, ctx.s, ctx.e):
        if modality(text, ctx.s, m.start()) != "stated" or not _sharers(ctx, m):
            continue
        return _position_on_the_matter(ctx, m.start(), m.end(), otherwise=not _matter_refused(ctx))
    return []


# A stand one side takes, then said to be the other's too, the other named right after the verb, which carries the
# stand as its object («حمّل آشتياني توسع الحلف مسؤولية الحرب، وهو الموقف الذي يردده المسؤولون الروس أيضا», «وهو موقف
# تشاركه فيه موسكو», «وهو ما تقوله طهران أيضا»; not «وهو ما تقول طهران إنه كذب», nor «ما» as the verb's subject: «وهو
# ما يدعم روسيا»). Folded.
def _that_stand(nouns: str) -> str:
    """The aside that takes up the stand just told, after a comma: «، وهو موقف (الذي)…», «، وهذا ما…» (folded)."""
    return rf"[،,]\s*(?:و(?:هو|هي)|وهذا)\s+(?:ال)?(?:{nouns})\s+(?:(?:الذي|التي)\s+)?"


_ECHOED = re.compile(_that_stand("موقف|راي|رويه|طرح|ما") +
                     r"[تي](?:ردد|تبنا|شارك|شاطر|وي?د|قول|تقاسم|دعم)(?:ه|ها)(?:\s+في(?:ه|ها))?\s+")
# (or the other side's saying so, told in between: «وهو موقف أكد نظيره الروسي سيرغي لافروف أن موسكو تشاطره»)
_ECHOED_SAID = re.compile(_that_stand("موقف|راي|رويه|طرح") +
                          r"[وف]?(?:قال|اكد|اعلن|اوضح)\w*\s+(?P<who>(?:(?!(?:لا|ليس|لم|لن|غير)(?!\w))[^،,.؛:]){0,60}?)"
                          r"(?<!\w)(?:ان|انه|انها)\s+(?P<side>[^\s،,.؛:]+)\s+"
                          r"[تي](?:ردد|تبنا|شارك|شاطر|وي?د|تقاسم|دعم)(?:ه|ها)(?!\w)")
ECHO_REACH = 25  # characters after the verb in which the other side is named
_REPORTED = re.compile(r"[^،,.؛:]{0,30}?(?<!\w)(?:ان|انه|انها|عنه|عنها)(?!\w)")  # «تقوله طهران إنه…»: what is said of it


def _stand_echoed(ctx: Context) -> list[Signal]:
    """One side's stand said to be the other's too (`_ECHOED`): their joint position on the matter named there or
    just before (`other` where none is). The first stand must be the other side's: the first party the sentence
    names. Not in a question."""
    text = ctx.art.text
    if _asked(text, ctx.s, ctx.e):
        return []
    for said, m in [*((False, m) for m in _ECHOED.finditer(text, ctx.s, ctx.e)),
                    *((True, m) for m in _ECHOED_SAID.finditer(text, ctx.s, ctx.e))]:
        at = m.start("side") if said else m.end()
        after = next((x for x in ctx.mentions if at <= x.start < at + ECHO_REACH), None)
        if after is None or after.side not in (IRAN, RUSSIA) or modality(text, ctx.s, m.start()) != "stated" or \
                _REPORTED.match(text, after.end):
            continue
        if said and not any(x.side == after.side for x in ctx.mentions if m.start("who") <= x.start < m.end("who")):
            continue  # («وهو موقف قال مسؤول أمريكي إن موسكو تشاطره»: said by another than that side's own)
        other = other_side(after.side)
        first = next((x for x in ctx.mentions if x.side in (IRAN, RUSSIA, THIRD)), None)
        if first is not None and first.side == other and first.start < m.start():
            return _position_on_the_matter(ctx, m.start(), m.end(), otherwise=not _matter_refused(ctx))
    return []


# One side agreeing «with» the other that something is so («إن بلاده تتفق مع موسكو على أن الاتفاق… لا يجوز لطرف واحد
# إلغاؤه»): a view both hold. Folded: the verb, «مع», then the other side, then the view («على أن», «في أن», «في الرأي»).
_AGREES_WITH = re.compile(r"(?<!\w)[وف]?[تي]تفق(?:ان)?\s+مع\s+")
# (a view, not an arrangement: «على أن تسدد…», «على أن تتولى شركة روسية…», a verb right after «أن», is what they agreed to do)
_THAT_VIEW = re.compile(r"\s*(?:[^\s،,.؛:]+\s+){0,3}?(?:علي|في)\s+(?:ان(?!\s+[تي]\w)|الراي)(?!\w)")


def _agrees_with_the_other(ctx: Context) -> list[Signal]:
    """One of the two agreeing with the other that something is so (`_AGREES_WITH`): their joint position on the
    matter named there or just before (`other` where none is). The subject, one side, named (or spoken for) before
    the verb; not in a question, nor hedged or denied."""
    text = ctx.art.text
    if _asked(text, ctx.s, ctx.e):
        return []
    for m in _AGREES_WITH.finditer(text, ctx.s, ctx.e):
        partner = next((x for x in ctx.mentions if x.start == m.end()), None)
        if partner is None or partner.side not in (IRAN, RUSSIA) or not _THAT_VIEW.match(text, partner.end) or \
                modality(text, ctx.s, m.start()) != "stated":
            continue
        # its subject the other side, the party named nearest before the verb («إن بلاده تتفق مع موسكو»; not «قال الرئيس
        # التركي في طهران إن أنقرة تتفق مع موسكو»)
        subject = next((x for x in reversed(ctx.mentions) if x.start < m.start()), None)
        if subject is not None and subject.side == other_side(partner.side) and m.start() - subject.start <= SHARER_REACH \
                and not _PEOPLE_OR_ADJECTIVE.match(text[subject.start:subject.end]):
            return _position_on_the_matter(ctx, m.start(), partner.end, otherwise=not _matter_refused(ctx))
    return []


def _matter_refused(ctx: Context) -> bool:
    """Whether the sentence names a matter a position rule knows and that rule did not take it («دعمهما لأمن
    منطقة الخليج، في حين انتقدت دول مجلس التعاون…»: the Gulf states are parties): no `other` in its place."""
    return any(rule.kind == "joint_position" and ctx.has(rule.terms) for _, rule in ctx.art.lex.cue_rules)


def _sentence_before(ctx: Context) -> tuple[int, int]:
    """The span of the sentence right before this one (empty at the article's start)."""
    before = [(s, e) for s, e in ctx.art.sentences if e <= ctx.s]
    return before[-1] if before else (ctx.s, ctx.s)


def _matter(ctx: Context, s: int, e: int) -> Entry | None:
    """The first position rule whose matter ``text[s:e]`` names, as that rule reads its terms (not inside a
    name, not with its exceptions, referring back where it must)."""
    art = ctx.art
    for _, rule in art.lex.cue_rules:
        if rule.kind != "joint_position" or rule.needs not in ("joint", "stance") or rule.fallback or \
                (rule.unless is not None and (art.has(rule.unless, s, e) or ctx.has(rule.unless))):
            continue
        if rule.refers_to is not None and not art.told_before(rule.refers_to, s):
            continue
        for p, q in art.hits(rule.terms).within(s, e):
            # (a state named as whence or whither is not the matter: «نقل مقاتلين من سوريا»)
            # (nor one whose very next word makes it another's: «تقوض النظام الدولي» is an order, not Syria's regime)
            if _other_form(art.text, p, q, rule.not_forms) or _FROM_PLACE.search(art.text, max(s, p - 5), p) or \
                    rule.not_of is not None and art.hits(rule.not_of).within(q, q + 2) or \
                    rule.inside is not None and \
                    any(_right_before(art.text, q0, p) for _, q0 in art.hits(rule.inside).within(max(s, p - INSIDE_REACH), p)):
                continue
            return rule
    return None


# A label the writer holds at a distance: called so by others («ما يسمى التحالف», «التحالف المزعوم»), its limits
# told («حدود "التحالف"»), or asked of («أي تحالف هذا»). (Quotation marks alone mostly quote a speaker's own word.)
_DOUBT_BEFORE = re.compile(r"(?<!\w)(?:حدود|ما\s+يسمي|ما\s+يوصف\s+ب|ما\s+يطلق\s+عليه|[وف]?اي)\s*[«\"“]?\s*$")
_DOUBT_AFTER = re.compile(r"^\s*[»\"”]?\s*(?:المزعوم\w*|هذا|هذه)(?!\w)|"
                          # what it rests on, against what it does not («شريكان بالضرورة لا بالاختيار», «تقوم على
                          # الحاجة لا على الثقة»; not «لا بديل عنها», no alternative)
                          r"^[^،,.؛:]{0,50}?(?<!\w)لا\s+(?!بد(?:يل)?(?!\w))(?:ب|علي\s+)\w+")
_LABEL_WORD = re.compile(r"تحالف|حليف|حلفا|شريك|شراك|محور")  # folded
DOUBT_REACH = 60  # characters after a label in which what qualifies it stands


def _label_in_doubt(text: str, a: int, b: int) -> bool:
    """Whether the label at ``text[a:b]`` is held at a distance rather than given (SIGNALS.md: a qualified label
    is `relations/other`)."""
    return bool(_LABEL_WORD.search(text, a, b)) and \
        (bool(_DOUBT_BEFORE.search(text, max(0, a - 16), a)) or bool(_DOUBT_AFTER.match(text[b:b + DOUBT_REACH])))


def _qualified_label_wins(out: list[Signal]) -> list[Signal]:
    """A sentence that qualifies or denies the label («شريك يعرف حدود مصالحه، وليست حليفا يعتمد عليه») says
    what the relationship is not: `relations/other`, not also a partnership (SIGNALS.md)."""
    if not any(s.kind == "relations" and s.key == "other" for s in out):
        return out
    return [s for s in out if not (s.kind == "relations" and s.key == "partnership")]


def _lent_by_one_side(ctx: Context) -> bool:
    """Whether the sentence speaks of a loan by one side alone in an article about the two, naming no third
    state («وتنص الاتفاقية على منح الجانب الروسي قرضا حكوميا بقيمة 1,3 مليار يورو»): a loan has a
    borrower, and here it is the other side."""
    w = ctx.whole
    return (w.iran or w.russia) and not w.third and not w.many and ctx.generic_ok and ctx.has(ctx.art.lex.loan)


# Russia shielding Iran from a resolution at the Security Council or the IAEA's board («فشل مشروع قرار أمريكي
# لتمديد حظر الأسلحة على إيران… فيما عارضته روسيا والصين», «وقفت روسيا والصين مع طهران ضد مشروع القرار»): the two
# at that body, as the gold keys a veto. Folded.
_RESOLUTION = re.compile(r"(?<!\w)(?:ال)?قرار(?:ا|ات)?(?!\w)")
_SHIELDING = re.compile(r"(?<!\w)[وف]?(?:عارض|عارضت|عارضته|عارضتاه|عارضتا|اعتراض|[يت]عترض|اعترض|اعترضت|"
                        r"صوت\w*(?:\s+\S+){0,4}?\s+ضد\w*|(?:وقف|وقفت|وقفتا)(?:\s+\S+){0,5}?\s+(?:الي\s+جانب|مع)\s+(?:ايران|طهران))(?!\w)")
_FOR_IT = re.compile(r"(?<!\w)(?:لصالح|لمصلحه|مويده|ايدته|يويده|تويده)(?!\w)")
_BODIES = (("un", re.compile(r"مجلس\s+الامن|الامم\s+المتحده")),
           ("iaea", re.compile(r"مجلس\s+(?:ال)?محافظي|الوكاله\s+الدوليه\s+للطاقه\s+الذريه|وكاله\s+الطاقه\s+الذريه")))
SHIELD_REACH = 40  # characters between Russia and the word of shielding
_CLAUSE_BREAK = re.compile(r"[،,؛;]")
ON_IRAN_REACH = 90  # characters after «قرار» in which Iran is named as what it is about


def _shielded_at_a_body(ctx: Context) -> list[Signal]:
    """Russia opposing, at the UN or the IAEA, a resolution on Iran: `organisation/un` or `iaea`, the body named in
    the sentence or last before it in the article. Not Russia voting for one (friction)."""
    text, s, e = ctx.art.text, ctx.s, ctx.e
    russia = [m for m in ctx.whole.mentions if m.side == RUSSIA]
    # (the rare word of shielding first: this is asked of every sentence that names the two)
    shield = next((sh for sh in _SHIELDING.finditer(text, s, e)
                   if any(sh.start() - SHIELD_REACH <= m.start <= sh.end() + SHIELD_REACH for m in russia)), None)
    resolutions = list(_RESOLUTION.finditer(text, s, e)) if shield is not None else []
    if not resolutions or modality(text, s, shield.start()) != "stated":
        return []
    on_iran = any(any(m.side == IRAN and r.end() <= m.start <= r.end() + ON_IRAN_REACH for m in ctx.whole.mentions)
                  for r in resolutions)
    if not (on_iran or "ايران" in shield.group() or "طهران" in shield.group()):
        return []
    if any(any(f.start() - SHIELD_REACH <= m.start <= f.end() + SHIELD_REACH and
               not _CLAUSE_BREAK.search(text, min(m.end, f.end()), max(m.start, f.start())) for m in russia)
           for f in _FOR_IT.finditer(text, s, e)):
        return []  # (Russia voting for it; others backing it is no matter: «أيدته دولتان فقط… فيما عارضته روسيا»)
    found = [(m.start(), key) for key, body in _BODIES for m in body.finditer(text, s, e)] or \
        [(max((m.start() for m in body.finditer(text, 0, s)), default=-1), key) for key, body in _BODIES]
    at, key = max(found)
    if at < 0:
        return []
    en = next(en for en in ctx.art.lex.entries if en.kind == "organisation" and en.key == key)
    return [ctx.signal(en.kind, en.key, en.label, en.topic, cue=shield.span())]


def _organisation_referred_to(ctx: Context) -> list[Signal]:
    """The organisation a bare «المنظمة» refers back to, where the article names one only, judged as if named."""
    en = ctx.art.named_organisation
    if en is None:
        return []
    hit = fires(ctx, replace(en, terms=ctx.art.lex.organisation_reference))
    if hit is None or hit[1]:
        return []
    return [ctx.signal(en.kind, en.key, en.label, en.topic, cue=hit[0])]


_HEADS = re.compile(r"(?<!\w)(?:[وف]?(?:ب|ل)?(?:ال)?(?:رييس|رييسين|رووساء|روساء|زعماء|قاده|زعيم))(?!\w)")


_BETWEEN = re.compile(r"(?<!\w)بين(?!\w)")
BETWEEN_REACH = 50  # characters after a cue in which «بين» names its two sides
def _stands_before(word: re.Pattern, text: str, pos: int, floor: int = 0, reach: int = 6) -> bool:
    """Whether ``word`` stands in the few characters before ``pos``: «بين» the two, «إلى» a place."""
    return bool(word.search(text, max(floor, pos - reach), pos))


BETWEEN_GAP = 3  # characters between «بين» the two and the cue it is the sides of («تدور بين البلدين منافسة»)


def _between_the_two(ctx: Context, sc: Scope, a: int) -> bool:
    """Whether «بين» the two stands just before the cue («تدور بين البلدين منافسة صامتة على السوق الصينية»):
    what it is over may then be a third power's (a market, a sphere of influence)."""
    return any(_stands_before(_BETWEEN, ctx.art.text, s) and e <= a and a - e <= BETWEEN_GAP for s, e in sc.joint_spans)


def _between_pair(ctx: Context, sc: Scope) -> bool:
    """Whether the clause names the two as the sides of something with «بين» («العلاقة بين روسيا وإيران»)."""
    return any(_stands_before(_BETWEEN, ctx.art.text, s) for s, _ in sc.pair_spans)


_BETWEEN_THEM = re.compile(r"\s*(?:بينهما|بينهم)(?!\w)")


DUAL_SUBJECT_GAP = 25  # characters between the pair and the dual verb it is the subject of («الوزيرين… شددا»)


def _pair_right_before(sc: Scope, a: int) -> bool:
    """Whether the two, as a pair, end just before the cue: the subject of the dual verb at ``a``."""
    return any(0 <= a - e <= DUAL_SUBJECT_GAP for _, e in sc.pair_spans)


def _pair_before(sc: Scope, a: int) -> bool:
    """Whether the two stand as a pair before the cue («العلاقة بين موسكو وطهران "ليست شراكة… بل زواج مصلحة"
    يمليه العداء المشترك للغرب»): what the cue concerns is their relationship, whoever is named after it."""
    return any(e <= a for _, e in sc.pair_spans)


def _between_others(ctx: Context, sc: Scope, b: int, ce: int) -> bool:
    """Whether the cue names its two sides («خلافات بين الروس والغربيين») and they are not Iran and Russia; or
    says «بينهما» of the states named last before it, and they are others («دعا الكرملين والخارجية الإيرانية باكو
    ويريفان إلى… حل الخلافات بينهما»)."""
    if _BETWEEN_THEM.match(ctx.art.text, b):
        before = [g for g in sc.groups if g.end <= b]
        return bool(before) and not ({IRAN, RUSSIA} & before[-1].sides)
    group = _named_by_between(ctx, sc, b, ce)
    return group is not None and not {IRAN, RUSSIA} <= group.sides


def _between_one_side_and_another(ctx: Context, sc: Scope, b: int, ce: int) -> bool:
    """Whether «بين» right after the cue names one of the two and someone else as its sides («الاجتماع الوزاري
    بين روسيا ودول مجلس التعاون الخليجي»), the group right after «بين» («بين البلدين في طهران»: Tehran is where)."""
    group = _named_by_between(ctx, sc, b, ce, gap=1)
    return group is not None and len(group.sides & {IRAN, RUSSIA}) == 1


def _between_us(ctx: Context, sc: Scope, b: int, ce: int) -> bool:
    """Whether the cue names the two as its sides by «بين» right after it («ساحة منافسة غير معلنة بين موسكو وطهران»):
    a third state before it is where it happens, not who does it."""
    group = _named_by_between(ctx, sc, b, ce)
    return group is not None and {IRAN, RUSSIA} <= group.sides


BETWEEN_GROUP_GAP = 12  # characters between «بين» and the group it names


def _named_by_between(ctx: Context, sc: Scope, b: int, ce: int, gap: int = BETWEEN_GROUP_GAP):
    """The group «بين» names right after the cue ending at ``b`` (its sides), at most ``gap`` characters after it,
    or None."""
    m = _BETWEEN.search(ctx.art.text, b, min(ce, b + BETWEEN_REACH))
    if m is None:
        return None
    group = next((g for g in sc.groups if g.start >= m.end()), None)
    return group if group is not None and group.start - m.end() <= gap else None


def _leaders_of_three(ctx: Context, a: int) -> bool:
    """Heads of state of the two and a third power meeting: a summit («لقاء بين الرئيس الروسي بوتين والرئيس
    التركي أردوغان والإيراني روحاني»), not talks."""
    (cs, ce), sc = ctx.clause_of(a)
    if _HEADS_OF_THREE.search(ctx.art.text, cs, ce):
        return True
    return any({IRAN, RUSSIA, THIRD} <= g.sides for g in sc.groups) and bool(_HEADS.search(ctx.art.text, cs, ce))


# The three heads of a trilateral format named as three («قادة الدول الثلاث», «الرؤساء الثلاثة»).
_HEADS_OF_THREE = re.compile(r"(?<!\w)(?:(?:قاده|روساء|رووساء|زعماء)\s+(?:هذه\s+)?الدول\s+الثلاث|(?:الروساء|الرووساء|القاده|الزعماء)\s+الثلاثه)(?!\w)")


# Some time, none told, or a claim (folded): «في أقرب فرصة», «في وقت لاحق», «زعمت».
_SOMETIME = re.compile(r"(?<!\w)(?:اقرب\s+(?:فرصه|وقت|موعد)|وقت\s+لاحق|[وف]?زعم\w*)(?!\w)")
# A visit to come whose time is not told («خلال زيارة رسمية مقبلة لبزشكيان», «في انتظار تحديد موعد زيارة», «زيارة
# مرتقبة لم يحدد موعدها»): not yet announced with a date (SIGNALS.md), unless a time follows («مرتقبة الشهر المقبل»).
_UNDATED_VISIT = re.compile(r"(?<!\w)(?:تحديد\s+موعد\s+زياره|زياره(?:\s+\S+){0,2}?\s+(?:مقبله|مرتقبه|قادمه|منتظره)"
                            r"(?!\s+(?:في|خلال|الشهر|الاسبوع|يوم|غدا|مطلع|منتصف|اواخر|اوايل|نهايه|بعد))|"
                            r"لم\s+يحدد\s+موعدها)(?!\w)")


STANCE_GAP = 40  # characters before the two in which a verb of stance, and a dual head noun, stand («أكد وزيرا خارجية»)


def _stance_before_pair(ctx: Context, sc: Scope, before: int | None = None, with_others: bool = False) -> bool:
    """Whether a verb of stance stands right before the two as one subject («دعت إيران وروسيا حركة طالبان إلى…»,
    «أكد وزيرا خارجية إيران وروسيا ضرورة…»): the stand is theirs, whatever words of stance follow (``before``: the
    two stand before this point; ``with_others``: the two with other states as one subject, «أكدت إيران وروسيا
    والصين في رسالة مشتركة… أن…», count too)."""
    return any(_stance_verb_before(ctx, s0) for s0, e0 in (sc.joint_spans if with_others else sc.pair_spans)
               if before is None or e0 <= before)


def _stance_verb_before(ctx: Context, start: int) -> bool:
    """Whether a verb of stance ends right before ``start`` (a dual head noun may stand between: «أكد وزيرا خارجية»)."""
    lead = ctx.art.text[max(ctx.s, start - STANCE_GAP):start]
    head = ctx.art.lex.dual_head.search(lead)
    return bool(ctx.art.lex.stance_before_pair.search(lead[:head.start()] if head else lead))


def _stance_of_several(ctx: Context, sc: Scope, a: int) -> bool:
    """Whether the two, listed with other states («الصين وروسيا وإيران»), are the subject of a verb of stance right
    before them, the last such list before ``a``: not a third state that acts on the list («انتقدت الولايات المتحدة
    روسيا وإيران والصين», no «و» or comma between it and the rest)."""
    g = max((g for g in sc.groups if {IRAN, RUSSIA} <= g.sides and g.end <= a), key=lambda g: g.start, default=None)
    if g is None:
        return False
    text = ctx.art.text
    ms = [m for m in sc.mentions if g.start <= m.start < g.end]
    # (the conjunction is written on the next name: «والصين»)
    if any(m1.side != m2.side and not JOINED.search(text[m1.end:m2.start + 1]) for m1, m2 in zip(ms, ms[1:])):
        return False
    return _stance_verb_before(ctx, g.start)


# An action noun whose doer the third state is («إعلان الولايات المتحدة», «محاولة واشنطن», «تفعيل الترويكا الأوروبية»,
# the state's adjective on the noun after it), folded.
_ACTION_OF = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:اعلان|محاول\w*|مسعي|مساعي|مسعاه|قرار|خطو[ةه]|تحرك|دعو[ةه]|طلب|مشروع|اجراء\w*|اصرار|تهديد\w*|تفعيل|لجوء)(?:\s+ال\w+)?\s+$")


_COUNTERFACTUAL_OPENS = re.compile(r"(?<!\w)[وف]?(?:لو\s+لم|لولا)\s+$")  # «لو لم» right before the cue (folded)


def _thirds_doing(ctx: Context, sc: Scope, a: int) -> bool:
    """Whether the third state named last before the cue at ``a`` is the doer of an action noun right before it
    («رفضت روسيا وإيران إعلان الولايات المتحدة إعادة فرض العقوبات»): what the two take a stand on is its doing;
    it is not the subject of the stand."""
    before = [m for m in sc.mentions if m.end <= a]
    return bool(before) and before[-1].side == THIRD and \
        _ACTION_OF.search(ctx.art.text, max(ctx.s, before[-1].start - ACTION_REACH), before[-1].start) is not None


ACTION_REACH = 24  # characters before the third state in which the action noun (and the noun it qualifies) stand


# The cue's own sides named right after it by the pair word or a dual pronoun («التخلي عن الدولار في المبادلات بين
# البلدين», «في تبادلاتهما التجارية»): theirs, whoever else the sentence names. Folded.
_OF_THE_PAIR = re.compile(r"(?:\s+\S+){0,3}?\s+(?:بين\s+(?:البلدين|الجانبين|الطرفين)|\w+هما)(?!\w)")
PAIR_AFTER_REACH = 40  # characters after the cue in which the pair word or the dual pronoun stands


def _between_the_pair_after(ctx: Context, b: int, ce: int) -> bool:
    """Whether the cue ending at ``b`` is the pair's by «بين البلدين» or a dual pronoun right after it, in a sentence
    whose pair is Iran and Russia."""
    return ctx.generic_ok and ctx.whole.both and _OF_THE_PAIR.match(ctx.art.text, b, min(ce, b + PAIR_AFTER_REACH)) is not None


def _right_before(text: str, q: int, a: int) -> bool:
    """Whether a word ending at ``q`` stands right before the cue at ``a``: a space, or an opening quotation mark
    («معاهدة «الشراكة الاستراتيجية»»), between them."""
    return a - q <= 1 or a - q <= 3 and not text[q:a].strip(" «\"“")


def _other_form(text: str, a: int, b: int, forms: frozenset[str]) -> bool:
    """Whether the cue at ``[a, b)`` is one of ``forms``, which may run on into the next word («خلافا ل…»: unlike)."""
    return text[a:b] in forms or any(" " in f and text.startswith(f, a) for f in forms)


def fires(ctx: Context, rule: Entry) -> tuple[tuple[int, int], bool] | None:
    """Where a catalogue entry or cue rule holds in the sentence, and whether it is denied; None if nowhere."""
    if not ctx.art.may_match(rule.terms, ctx.present):  # the usual case, and the cheapest test
        return None
    if not (rule.bilateral or ctx.whole.both or rule.needs in ("russia", "iran")):
        return None
    if rule.with_ is not None and not ctx.has(rule.with_) and \
            not (rule.with_stance and _stance_before_pair(ctx, ctx.whole, with_others=True)):
        return None
    if rule.alone and _third_at_the_table(ctx):
        return None
    if rule.unless is not None and ctx.has(rule.unless):
        return None
    if rule.refers_to is not None and not ctx.art.told_before(rule.refers_to, ctx.s):
        return None  # a bare «الاتفاق» is the nuclear deal only where the article named that deal before
    if rule.kind == "meeting" and rule.key == "visit" and _UNDATED_VISIT.search(ctx.art.text, ctx.s, ctx.e):
        return None  # a visit to come whose time the sentence does not tell: not yet announced
    # A rule that takes denials reads on through the clause: «شراكة وليست تحالفا» qualifies the partnership.
    stated = None
    for a, b in ctx.within(rule.terms):
        if _other_form(ctx.art.text, a, b, rule.not_forms):
            continue
        if rule.kind == "relations" and _a_part_not_the_whole(ctx.art.text, a, b):
            continue
        (cs, ce), sc = ctx.clause_of(a)
        if not sc.both and ctx.whole.both and (not ctx.whole.third or not sc.mentions and rule.needs == "stance" and
                                               _stance_of_several(ctx, ctx.whole, a)):
            # A sentence that names the two and no third power is about them, whichever clause names whom; so is a
            # clause naming no one after a verb of stance with the two as its subject («دعت الصين وروسيا وإيران،
            # في بيان مشترك، إلى إنهاء العقوبات الأحادية»).
            (cs, ce), sc = (ctx.s, ctx.e), ctx.whole
        if rule.with_ is not None and not ctx.within(rule.with_, cs, ce) and \
                not (rule.with_stance and _stance_before_pair(ctx, sc, with_others=True)):
            continue
        if not _parties_ok(ctx, rule, sc, cs, ce, a, b):
            continue
        # (a third state's doing that the two take a stand on is the matter: «رفضت طهران وموسكو لجوء الترويكا
        # الأوروبية إلى تفعيل آلية سناب باك»)
        if rule.solo and sc.third and not _third_only_speaks(ctx, sc, a) and \
                not ((_with_a_third(sc, a, b) and not sc.many or _with_the_other_and_a_third(ctx, sc, a, b))
                     if rule.trilateral else
                     sc.near_pair(a, b) and not sc.subject_is_third(a) or rule.flanked and _flanked_by_its_verb(ctx, rule, sc, cs, a, b)) and \
                not (rule.with_stance and _stance_before_pair(ctx, sc, before=a, with_others=rule.trilateral)) and \
                not _between_the_pair_after(ctx, b, ce):
            continue
        if rule.inside is not None and any(_right_before(ctx.art.text, q, a) for _, q in ctx.within(rule.inside, max(cs, a - INSIDE_REACH), a)):
            continue  # «معاهدة الشراكة الاستراتيجية»: the cue is part of a name (its head the word before)
        if rule.not_of is not None and _of_another(ctx, sc, rule.not_of, a, b, ce):
            continue
        if rule.apart and _together(ctx, sc, a, b):
            continue
        mod = modality(ctx.art.text, cs, a)
        if mod == "stated" and rule.with_ is not None and _verb_negated(ctx, rule.with_, cs, a):
            mod = "denied"  # «لن تزود روسيا إيران بمنظومة إس-400»: the verb that makes it a transfer is negated
        elif mod == "stated" and rule.with_ is not None and _with_hedged(ctx, rule.with_, cs, ce, sought=rule.kind == "military"):
            mod = "hypothetical"  # «…مقاتلات سو-35، مضيفا أن طهران قد تتسلمها»: the verb that makes it one only may be
        if mod == "hypothetical" and rule.counterfactual and _COUNTERFACTUAL_OPENS.search(ctx.art.text, max(cs, a - 12), a):
            mod = "stated"  # «لو لم تبادر روسيا لكان الطرف الآخر أشعل الحرب»: the view is the counterfactual itself
        if mod == "hypothetical" or (mod == "denied" and not rule.on_denial) or \
                (mod == "future" and rule.kind in FORECAST_IS_NO_SIGNAL):
            continue
        if mod == "future" and rule.kind == "meeting" and _SOMETIME.search(ctx.art.text, ctx.s, ctx.e):
            continue  # a meeting to come at no time told («ستوقع خلال زيارة إلى موسكو "في أقرب فرصة"»), or only
            # claimed to come («زعمت صحيفة أن الوثيقة ستوقع خلال زيارة مرتقبة»): none yet
        if not rule.on_denial or mod == "denied" and (stated is None or _one_statement(ctx.art.text, stated[1], a)):
            return (a, b), mod == "denied"
        stated = stated or ((a, b), b)
    return (stated[0], False) if stated else None


# «ليستا حليفتين، بل شريكتان»: a comma before «بل» goes on with the same statement; another comma ends it
# («شريك استراتيجي موثوق، مؤكدا أن بلاده لا تسعى إلى تحالفات ضد أي طرف» is a second statement).
_STATEMENT_ENDS = re.compile(r"[،,؛;:](?!\s*بل(?!\w))")


# Cooperation or consultation in one field or on one matter, not in all of them («تطوير التعاون في نقل الغاز»,
# «مواصلة التشاور المنتظم بشأن استقرار السوق»; not «… في مختلف المجالات», nor a time, a framework or the issues at
# large: «في المرحلة المقبلة», «في إطار المعاهدة», «في القضايا الإقليمية والدولية»).
_NOT_ONE_FIELD = ("كل", "جميع", "شتي", "مختلف", "كافه", "عده", "عدد", "المجالات", "مجالات", "المجالين", "الميادين", "ميادين",
                  "القطاعات", "الاصعده", "الاتجاهات", "ساير", "مواجهه", "وجه", "ظل", "المرحله", "الفتره", "السنوات",
                  "الاعوام", "المستقبل", "هذه", "هذا", "عالم", "ظروف", "الظروف", "مقدمته", "مقدمتها", "العلاقات", "الشوون",
                  "القضايا", "الملفات", "المحافل",
                  r"اطار\s+(?:المعاهده|الشراكه|العلاقات|الاتفاقيه|معاهده|الوثيقه)")  # (folded) all fields, a time, the whole
_IN_ONE_FIELD = re.compile(rf"\s+(?:المنتظم\s+|الدايم\s+|الوثيق\s+)?(?:[وب]?في|بمجال|بشان|حول)\s+(?!(?:{'|'.join(_NOT_ONE_FIELD)})(?!\w))")


# «الشراكة داخل «أوبك+»»: the partnership of a body's members (a body named after «داخل»; folded)
_INSIDE_A_BODY = re.compile(r"\s+داخل\s+[«\"“]?\s*(?:[اأ]وبك|بريكس|البريكس|شنغهاي|منظم\w*|الاتحاد|اتحاد|مجموع\w*|التحالف|"
                            r"تحالف|المنتدي|منتدي|مجلس|الامم)")


def _a_part_not_the_whole(text: str, a: int, b: int) -> bool:
    """Whether the cooperation cue at ``[a, b)`` is cooperation in one field, or a partnership inside a body (no label
    of the whole relationship)."""
    return ("تعاون" in text[a:b] or "تشاور" in text[a:b]) and _IN_ONE_FIELD.match(text, b) is not None or \
        "شراك" in text[a:b] and _INSIDE_A_BODY.match(text, b) is not None


def _one_statement(text: str, p: int, q: int) -> bool:
    """Whether ``text[p:q]`` lies inside one statement (no comma between, other than one before «بل»)."""
    lo, hi = min(p, q), max(p, q)
    return _STATEMENT_ENDS.search(text, lo, hi) is None


# Where what was discussed or said begins («تناولت مصير الاتفاق في ظل التصعيد بين طهران وواشنطن», «أن…»): a
# state named there is the topic, not at the table.
_TOPIC = re.compile(r"(?<!\w)(?:[وف]?ان|تناول\w*|[لو]?بحث\w*|لمناقشه|ناقش\w*|حول|بشان|بخصوص)(?!\w)")


def _third_only_speaks(ctx: Context, sc: Scope, a: int) -> bool:
    """Whether the third states of the clause are only who says what the cue tells («وقالت واشنطن إن إيران زودت
    روسيا بصواريخ»): each named with the speech verb, before the «أن» that opens what is said, the cue after it."""
    span = ctx.third_speaker
    return span is not None and span[1] <= a and \
        all(span[0] <= m.start < span[1] for m in sc.mentions if m.side == THIRD)


def _verb_negated(ctx: Context, terms: Terms, cs: int, a: int) -> bool:
    """Whether the nearest of ``terms`` before the cue in its clause is a verb negated right before it."""
    before = [p for p, _ in ctx.within(terms, cs, a)]
    return bool(before) and verb_negated(ctx.art.text, cs, before[-1])


def _with_hedged(ctx: Context, terms: Terms, cs: int, ce: int, sought: bool = False) -> bool:
    """Whether every one of ``terms`` in the clause is a verb that «قد» or «ربما» right before it hedges, or (with
    ``sought``: a deed, as a transfer of arms is) that is only sought, meant or imagined («تسعى إلى شراء», «عزم طهران
    بيع», «استعداد إيران لتزويد», «سيناريو حصول»)."""
    hits = ctx.within(terms, cs, ce)
    text = ctx.art.text
    return bool(hits) and all(verb_hedged(text, cs, p) or sought and _SOUGHT.search(text, max(cs, p - SOUGHT_REACH), p)
                              for p, _ in hits)


# What follows only imagined («سيناريو حصول», «احتمال حصول»), hedged seeking («قد تسعى إلى شراء»), or intent that others
# report («تقارير أمريكية عن عزم طهران بيع», «معلومات عن استعداد إيران لتزويد»): not a deed. (A side's own stated
# intent to buy is a contract in preparation, as the gold reads it: «وتنوي إيران شراء 250 طائرة مقاتلة من روسيا».) Folded.
_SOUGHT = re.compile(r"(?<!\w)(?:سيناريو\w*|احتمال\w*|قد\s+[يت]سع\w*|عن\s+(?:عزم|استعداد|نيه|رغبه|سعي)\w*)"
                     r"(?:\s+\S+){0,2}?\s+(?:الي\s+|في\s+|ل)?$")
SOUGHT_REACH = 40  # characters before the verb in which the seeking stands


def _third_at_the_table(ctx: Context) -> bool:
    """Whether a third state is named in the sentence before what it says was discussed or said."""
    if not ctx.whole.third:
        return False
    text = ctx.art.text
    m = _TOPIC.search(text, ctx.s, ctx.e)
    end = m.start() if m else ctx.e
    return any(x.side == THIRD and x.start < end for x in ctx.whole.mentions)


INSIDE_REACH = 12  # characters before a cue in which a name's head makes it part of the name
NOT_OF_REACH = 25  # characters after a cue, up to punctuation, in which «لـ/of» names whom it concerns


_POSSESSED = re.compile(r"\w{3,}(?:ها|هما|هم)$")


# A sentence opening on a clause of time or circumstance («منذ فرض سقف الأسعار الغربي على النفط الروسي، وجدت
# إيران نفسها…») has its subject after that clause's comma.
_FRONTED = re.compile(r"[وف]?(?:منذ|بعد|قبل|رغم|برغم|عندما|حين|حينما|اثر|عقب|خلال|وسط|في\s+ظل|مع)(?!\w)")
FRONTED_REACH = 120  # characters within which the fronted clause ends at a comma


def _first_comma(text: str, start: int, end: int) -> int:
    """Where the first comma (Arabic or Latin) in ``[start, end)`` stands, or -1."""
    return min((p for p in (text.find("،", start, end), text.find(",", start, end)) if p >= 0), default=-1)


def _main_clause_start(ctx: Context) -> int:
    """Where the sentence's main clause starts: past a fronted clause of time or circumstance, if any."""
    m = _FRONTED.match(ctx.art.text, ctx.s)
    if m is None:
        return ctx.s
    comma = _first_comma(ctx.art.text, m.end(), ctx.s + FRONTED_REACH)
    return comma + 1 if 0 <= comma < ctx.e else ctx.s


def _of_another(ctx: Context, sc: Scope, terms: Terms, a: int, b: int, ce: int) -> bool:
    """Whether the cue belongs to another party: the party named next to it, after it up to punctuation
    («حليفا للأسد») or else before it («يعتمد الأسد على الدول الحليفة»), is one of ``terms``, not Iran or
    Russia («روسيا، حليف إيران في الحرب السورية» is Iran's ally)."""
    text = ctx.art.text
    end = min(ce, b + NOT_OF_REACH)
    comma = _first_comma(text, b, end)
    end = comma if comma >= 0 else end
    hits = ctx.art.hits(terms)
    if _DEFINITE_CUE.match(text, a, b) and not _OF_AFTER.match(text, b):
        # A noun with the article is in construct with nothing («الحليفين على النفوذ في دمشق» are not Damascus's
        # allies, «حليفي دمشق» are): whose it is follows with «لـ» («الحليفين لدمشق»), else stands before it.
        end = b
    elif hits.within(b, b + 2):  # the very next word («جولة المفاوضات المقبلة بين طهران…» is a round, not a tour)
        return True
    # «حليفتها موسكو»: with a possessive suffix the name after the cue is the ally itself, and whose ally
    # it is was named before.
    nxt = None if _POSSESSED.search(text, a, b) else sc.object_after(b, end)
    if nxt is not None:
        return nxt.side not in (IRAN, RUSSIA) and bool(hits.within(nxt.start, nxt.end + 1))
    if hits.within(b, end):
        return True
    before = [m for m in sc.mentions if max(ctx.s, a - 2 * NOT_OF_REACH) <= m.start and m.end <= a]
    return bool(before) and before[-1].side not in (IRAN, RUSSIA) and \
        bool(hits.within(before[-1].start, before[-1].end + 1))


_DEFINITE_CUE = re.compile(r"(?:[وفبك]?ال|لل)\w+(?:ين|ان|ون)(?!\w)")  # a dual or plural with the article («الحليفين»)
_OF_AFTER = re.compile(r"(?:\s+ال\w+){0,2}\s+(?:ل|الي\s)")  # its adjectives, then «لـ» or «إلى» («الرئيسيين للأسد»)


FLANK_REACH = 60  # characters between a cue and the side named on either hand of it


def _flanked(sc: Scope, a: int, b: int) -> bool:
    """Whether one side is named last before the cue and the other first after it («أن روسيا تسلمت شحنات من
    صواريخ فتح-360 من إيران»): the two are its parties, whoever else the clause names (who says so)."""
    before = [m for m in sc.mentions if m.end <= a]
    after = [m for m in sc.mentions if m.start >= b]
    return bool(before and after) and {before[-1].side, after[0].side} == {IRAN, RUSSIA} and \
        a - before[-1].end <= FLANK_REACH and after[0].start - b <= FLANK_REACH


def _flanked_by_its_verb(ctx: Context, rule: Entry, sc: Scope, cs: int, a: int, b: int) -> bool:
    """Whether the two flank the cue, or the verb before it that makes it theirs («متهمة طهران بتزويد روسيا بطائرات
    مسيرة»: the giver before the verb, the receiver after it, the thing given after both)."""
    return _flanked(sc, a, b) or rule.with_ is not None and any(_flanked(sc, p, q) for p, q in ctx.within(rule.with_, cs, a))


def _with_a_third(sc: Scope, a: int, b: int) -> bool:
    """Whether the cue stands near the two as one subject, a third state among them or not, and the group
    named last before it holds them («القوات البحرية الإيرانية والروسية والصينية مناورات مشتركة»)."""
    before = [g for g in sc.groups if g.end <= a]
    return sc.near_joint(a, b) and (not before or THIRD not in before[-1].sides or
                                    {IRAN, RUSSIA} <= before[-1].sides)


_WITH_AFTER = re.compile(r"(?:\s+\S+){0,2}?\s+مع\s+")  # «مناورات مشتركة مع روسيا والصين»
WITH_GROUP_GAP = 3  # characters between «مع» and the group it names (a clitic, a space)


def _with_the_other_and_a_third(ctx: Context, sc: Scope, a: int, b: int) -> bool:
    """Whether the cue is held «with» the other side and a third state («أعلن قائد البحرية الإيرانية أن مناورات
    مشتركة مع روسيا والصين ستنطلق…»), one side named before it in the clause or speaking the sentence."""
    m = _WITH_AFTER.match(ctx.art.text, b)
    g = m and next((g for g in sc.groups if 0 <= g.start - m.end() <= WITH_GROUP_GAP), None)
    if not g or THIRD not in g.sides or len(g.sides & {IRAN, RUSSIA}) != 1:
        return False
    other = ({IRAN, RUSSIA} - g.sides).pop()
    return any(x.side == other and x.start < a for x in sc.mentions) or ctx.speaking[0] == other


def _together(ctx: Context, sc: Scope, a: int, b: int) -> bool:
    """Whether the two stand on one side of the cue: one of them is named only inside a group holding
    both («انتقد بوتين… في معرض توبيخه لروسيا وإيران»), neither «بين» them nor the cue reciprocal
    («تتنافس روسيا وإيران», «التنافس الروسي الإيراني», «خلافات بين روسيا وإيران»)."""
    pair = [(g.start, g.end) for g in sc.groups if {IRAN, RUSSIA} <= g.sides]
    if not pair or _RECIPROCAL.match(ctx.art.text[a:b]) or _DUAL_VERB.match(ctx.art.text[a:b]):
        return False
    if any(_stands_before(_BETWEEN, ctx.art.text, s, reach=8) for s, _ in pair):
        return False
    alone = {m.side for m in sc.mentions if m.side in (IRAN, RUSSIA) and not any(s <= m.start < e for s, e in pair)}
    return alone != {IRAN, RUSSIA}


# Words that name what two do to each other: with both as their subject, it is between them.
_RECIPROCAL = re.compile(r"^[وفبل]?(?:ال)?(?:[يتم]?تنافس|منافس|خلاف|اختلاف|تباين|تضارب|تعارض|صراع|[يت]?تزاحم|[يت]?تسابق|سباق)")


_DUAL_VERB = re.compile(r"^[وف]?[تي]\w{3,}ان$")


def _dual_of_pair(ctx: Context, sc: Scope, a: int, b: int) -> bool:
    """Whether the cue is a dual verb whose subject is the two named together before it, whatever third
    party stands between («تبيع روسيا وإيران نفطهما للصين وتتنافسان على المشترين»)."""
    return bool(_DUAL_VERB.match(ctx.art.text[a:b])) and any(e <= a for _, e in sc.pair_spans)


def _with_them(ctx: Context, s: int, cs: int) -> bool:
    """Whether the group starting at ``s`` is what «مع» introduces («ناقش الأمر مع روحاني وبوتين»)."""
    return "مع" in ctx.art.text[max(cs, s - 14):s].split()


def _met_by_another(ctx: Context, sc: Scope, cs: int, b: int) -> bool:
    """Whether a third party meets the two together: after the cue, Iran and Russia stand as one group
    «مع» introduces, and neither is named before that group in the clause (its subject is someone else:
    «ناقش ماكرون الأمر مع الرئيس الإيراني والرئيس الروسي», «حوار حول سوريا مع روسيا وإيران»)."""
    for s, _ in sc.joint_spans:
        if s >= b and _with_them(ctx, s, cs) and \
                not any(m.side in (IRAN, RUSSIA) and m.end <= s for m in sc.mentions):
            return True
    return False


def _counterpart_third(ctx: Context, sc: Scope, a: int, b: int) -> bool:
    """Whether «مع نظيره» is followed by the counterpart's nationality, and it is a third state's alone («بعد
    محادثاته مع نظيره العراقي»), or a scene state's: the meeting is with that state, whoever else the sentence names."""
    if "نظير" not in ctx.art.text[a:b]:
        return False
    m = next((m for m in sc.mentions if b <= m.start <= b + 2), None)
    if m is None or m.side not in (THIRD, SCENE):
        return False
    group = next((g for g in sc.groups if g.start <= m.start < g.end), None)
    return group is None or not ({IRAN, RUSSIA} & group.sides)


_TO = re.compile(r"(?<!\w)(?:الي|نحو)\s*$")


_HOSTS = re.compile(r"^[وف]?(?:[تي]ستضيف|استضاف\w*|ستستضيف|سيستضيف)$")


def _hosts_the_other(ctx: Context, sc: Scope, a: int, b: int) -> bool:
    """Whether one side hosts the other's officials: the host named just before the verb or as its subject
    right after it, the guests officials of the other side named after that («وتستضيف إيران مسؤولين من سوريا
    وروسيا»), not an event one side's body takes part in («المهرجان… والملحقية الثقافية في السفارة الإيرانية»)."""
    before = [m for m in sc.mentions if m.end <= a]
    after = [m for m in sc.mentions if m.start >= b]
    subject = sc.subject_after(b)
    if subject is not None and subject.side in (IRAN, RUSSIA):
        host, rest = subject.side, after[1:]
    elif before and before[-1].side in (IRAN, RUSSIA):
        host, rest = before[-1].side, after
    else:
        return False
    officials = ctx.art.lex.iran_officials if host == RUSSIA else ctx.art.lex.russia_officials
    return any(m.side in (IRAN, RUSSIA) and m.side != host and
               (_GUEST.search(ctx.art.text, max(0, m.start - GUEST_REACH), m.start) or ctx.art.has(officials, m.start, m.end))
               for m in rest)


# Who is hosted: officials or a delegation of the other side («مسؤولين من سوريا وروسيا», «وفدا روسيا»).
_GUEST = re.compile(r"(?:مسوول\w*|مبعوث\w*|وفد\w*|وزير\w*|رييس\w*|نظير\w*|ممثل\w*)\s+(?:من\s+)?(?:\S+\s+){0,2}و?$")
GUEST_REACH = 30  # characters before the guest side in which «مسؤولين من…» stands


_RECEIVES = re.compile(r"^[وف]?(?:استقبل\w*|[يت]ستقبل\w*)$")


def _receives_a_third(ctx: Context, sc: Scope, a: int, b: int) -> bool:
    """Whether one of the two receives a third state's official, named right after the host («استقبل بوتين
    الرئيس التركي رجب طيب أردوغان في سوتشي»): a visit of that state, whoever else the sentence names."""
    if not _RECEIVES.match(ctx.art.text[a:b]):
        return False
    host = sc.subject_after(b)
    if host is None or host.side not in (IRAN, RUSSIA):
        return False
    guest = next((m for m in sc.mentions if m.start >= host.end and m.side != host.side), None)
    return guest is not None and guest.side in (THIRD, SCENE) and guest.start - host.end <= GUEST_AFTER_HOST


GUEST_AFTER_HOST = 40  # characters after the host in which the guest is named


def _received_by_a_third(ctx: Context, sc: Scope, a: int, b: int) -> bool:
    """Whether a third state's leader is the host who receives («واستقبل الرئيس التركي نظيره الروسي ونظيره
    الإيراني في أنقرة»): a visit to a third country, not between the two."""
    host = sc.subject_after(b) if _RECEIVES.match(ctx.art.text[a:b]) else None
    return host is not None and host.side == THIRD


def _to_a_third_place(ctx: Context, sc: Scope, b: int, ce: int) -> bool:
    """Whether the visit's destination, named right after the cue, is a third state's («زيارة الرئيس الروسي
    إلى دمشق», «ووصل المعلم مسقط»), not Iran's or Russia's: whoever else the sentence names, that visit is
    not between them."""
    end = min(ce, b + PLACE_REACH)
    text = ctx.art.text
    # The destination: named right after the cue («زار دمشق») or after «إلى» («زيارة بوتين إلى دمشق»).
    dest = next((m for m in sc.mentions if b <= m.start < end and
                 (m.start - b <= 2 or _stands_before(_TO, text, m.start, floor=b, reach=5))), None)
    return dest is not None and dest.side in (THIRD, SCENE)


# One side thanking, praising or welcoming the other's stand (folded): «شكر روحاني موسكو على موقفها», «أشاد
# ظريف بموقف موسكو», «نشكر الأصدقاء الروس على مواقفهم», «مثمنا وقوف موسكو إلى جانب بلاده», «شكره لموقف روسيا».
_ENDORSING = re.compile(r"(?<!\w)[وف]?(?:شكر\w*|[يتن]شكر\w*|الشكر|ا?شاد\w*|[يتن]شيد\w*|ثمن\w*|[يتن]ثمن\w*|مثمن\w*|"
                        r"رحب\w*|[يتن]رحب\w*|مرحب\w*)(?!\w)(?:\s+\S+){0,7}?\s+(?:علي\s+|[بل])?"
                        r"(?:ال)?(?P<stand>موقف|مواقف|وقوف)(?P<own>\w*)(?!\w)")
# (or the stand told first, then praised by the other named after the verb: «رفضت روسيا والصين…، وهو موقف أشادت به
# طهران»)
_ENDORSED_AFTER = re.compile(_that_stand("موقف|مواقف") +
                             r"(?P<verb>(?:ا?شاد|رحب|ثمن)\w*)\s+(?:به|بها)(?!\w)")
_WE = re.compile(r"[وف]?ن\w+")  # «نشكر», «نثمن»: the speaker endorses
_PEOPLE_OR_ADJECTIVE = re.compile(r"^(?:ال)?\w+(?:ي|يه|يون|يين)$")  # «الإيرانية», «إيرانيون», «الروس» aside (folded)
ENDORSER_REACH = 25  # characters between who endorses, named before the verb, and the verb
HOLDER_REACH = 25  # characters after the stand's noun in which whose stand it is is named («بموقف موسكو»)


class Endorsement(NamedTuple):
    """One side's thanks, praise or welcome for the other's stand in a sentence (`Context.endorsement`)."""

    verb: int  # where the verb of thanking or praising begins
    stand: int  # where the stand's noun begins
    told_end: int  # where the statement the stand is told in ends
    own: bool  # «على موقفها»: the stand named by a pronoun, whose matter may be told before the thanks

    def covers(self, a: int) -> bool:
        """Whether the matter at ``a`` is the stand's: told in its words, or before the thanks a pronoun points back to."""
        return self.stand <= a < self.told_end or self.own and a < self.verb


def endorsement(ctx: Context) -> Endorsement | None:
    """One side thanking, praising or welcoming the other's stand in the sentence: the stand is then both sides'
    (SIGNALS.md: Russia backing Iran's position is a joint position). The stand is the other side's («بموقف
    موسكو», or «شكر… موسكو على موقفها»), not a third's («أشادت صحيفة الخليج الإماراتية بموقف روسيا»)."""
    if not ctx.whole.both:
        return None
    text = ctx.art.text
    after = _ENDORSED_AFTER.search(text, ctx.s, ctx.e)
    if after is not None and modality(text, ctx.s, after.start()) == "stated":
        # who praises, named right after «به»; whose stand it is, the first party the sentence names
        who = next((x for x in ctx.mentions if after.end() <= x.start <= after.end() + ENDORSER_REACH), None)
        if who is not None and _PEOPLE_OR_ADJECTIVE.match(text[who.start:who.end]):
            who = None  # («أشاد به معارضون إيرانيون في المنفى»: an adjective or a people names no state that praises)
        holder = next((x for x in ctx.mentions if x.start < after.start() and x.side in (IRAN, RUSSIA, THIRD)), None)
        if who is not None and holder is not None and {who.side, holder.side} == {IRAN, RUSSIA}:
            return Endorsement(after.start("verb"), after.start(), after.start(), True)
    m = _ENDORSING.search(text, ctx.s, ctx.e)
    if m is None or modality(text, ctx.s, m.start()) != "stated":
        return None
    verb = m.group().split()[0]
    verb_end, stand, own = m.start() + len(verb), m.start("stand"), bool(m.group("own"))
    between = [x for x in ctx.mentions if verb_end <= x.start < stand]
    if own:  # «على موقفها»: the one thanked holds it
        holder = between[-1] if between else None
        between = between[:-1]
    else:  # «بموقف موسكو», «الموقف الروسي»: named right after the noun
        holder = next((x for x in ctx.mentions if m.end() <= x.start <= m.end() + HOLDER_REACH), None)
    near = [x for x in ctx.mentions if x.end <= m.start() and (_WE.fullmatch(verb) or m.start() - x.end <= ENDORSER_REACH and
                                                               not _STATEMENT_ENDS.search(text, x.end, m.start()))]
    # who endorses: the side named just before the verb in its clause («الرياض أشادت بموقف روسيا»), or the speaker
    # of «نشكر»; else the one named between the verb and the stand («وأشاد ظريف بموقف موسكو»)
    who = near[-1] if near else between[0] if between else None
    if who is None or holder is None or {who.side, holder.side} != {IRAN, RUSSIA}:
        return None
    told = _STATEMENT_ENDS.search(text, m.end(), ctx.e)
    return Endorsement(m.start(), stand, told.start() if told else ctx.e, own)


def _parties_ok(ctx: Context, rule: Entry, sc: Scope, cs: int, ce: int, a: int, b: int) -> bool:
    needs = rule.needs
    if rule.bilateral:
        return True
    if rule.kind == "joint_position" and needs in ("stance", "sides", "russia", "iran") and \
            ctx.endorsement is not None and ctx.endorsement.covers(a):
        return True
    if needs == "joint":
        return sc.joint
    if needs in ("russia", "iran"):  # that side itself states or does it (not one of many, not with a third power)
        side = RUSSIA if needs == "russia" else IRAN
        # First named, or the one who speaks («خلال اتصال مع الرئيس الروسي، قال الرئيس الإيراني إن…»).
        speaker_side, third_speaks = ctx.speaking
        return (sc.russia if side == RUSSIA else sc.iran) and not sc.many and sc.first_group_pure() and \
            (sc.first_side() == side and not third_speaks or speaker_side == side)
    if needs in ("sides", "stance"):
        # "sides": the two are the sides of it: both in the clause, the sentence's subject one of them, and
        # what it concerns not a third power. "stance": a position they take on something else, which may
        # well be a third power's doing («ضد العقوبات الأحادية الغربية»).
        # The subject: the sentence's first side, or a pair word before any («وأضاف أن البلدين يرفضان…»).
        main = _main_clause_start(ctx)
        named = [m for m in ctx.whole.mentions if m.start >= main] or ctx.whole.mentions
        first = named[0].start if named else len(ctx.art.text)
        # (a pair word at the first side's very place is «الدول الثلاث», the two with the third they include)
        subject_ours = bool(named) and named[0].side in (IRAN, RUSSIA) or any(s0 <= first for s0, _ in sc.joint_spans) or \
            _between_pair(ctx, sc)  # «أثبت سقوط نظام الأسد أن العلاقة بين روسيا وإيران…»: they are its sides
        # The two with others as the subject of a verb of stance («رفضت روسيا وإيران والصين العقوبات الأحادية», «دعت
        # الصين وروسيا وإيران… إلى إنهاء…»): each takes that stand, the others beside them (SIGNALS.md: a third state
        # named does not block a signal whose two parties are Iran and Russia).
        if needs == "stance" and (not sc.subject_is_third(a) or _thirds_doing(ctx, sc, a)) and _stance_of_several(ctx, sc, a):
            return True
        return sc.both and not sc.many and subject_ours and \
            not (sc.subject_is_third(a) and not _dual_of_pair(ctx, sc, a, b) and not _between_us(ctx, sc, b, ce) and
                 not (needs == "stance" and _thirds_doing(ctx, sc, a))) and \
            (needs == "stance" or _between_the_two(ctx, sc, a) or
             rule.kind == "relations" and _between_pair(ctx, sc) and _pair_before(sc, a) or
             not sc.object_is_third(b) and not _between_others(ctx, sc, b, ce)) \
            and not any({IRAN, RUSSIA} <= g.sides and THIRD in g.sides for g in sc.groups)
    if needs == "destination":  # «إلى» the other side's place right after the cue, one side's party in the clause
        lex, end = ctx.art.lex, min(ce, b + PLACE_REACH)
        to = [p for p, _ in ctx.art.hits(lex.iran_places).within(b, end) + ctx.art.hits(lex.russia_places).within(b, end)
              if _stands_before(_TO, ctx.art.text, p, floor=b, reach=5)]
        if not to or sc.many:
            return False
        iran_at = bool(ctx.art.hits(lex.iran_places).within(to[0], to[0] + 1))
        return (iran_at and sc.russia) or (not iran_at and sc.iran)
    if needs == "officials":  # an Iranian and a Russian official named in the clause, not one of many
        lex = ctx.art.lex
        return ctx.art.has(lex.iran_officials, cs, ce) and ctx.art.has(lex.russia_officials, cs, ce) and not sc.many
    if needs in ("participants", "call", "visit"):
        if sc.many or (needs == "call" and sc.subject_is_third(a)) or _met_by_another(ctx, sc, cs, b) or \
                _counterpart_third(ctx, sc, a, b) or _between_one_side_and_another(ctx, sc, b, ce):
            # (the meeting's own sides named after it, and not the two: «الاجتماع الوزاري… بين روسيا ودول مجلس
            # التعاون الخليجي», though an Iranian official protests to a Russian one in the same sentence)
            return False
        if needs == "visit" and (_to_a_third_place(ctx, sc, b, ce) or _received_by_a_third(ctx, sc, a, b) or
                                 _receives_a_third(ctx, sc, a, b)):
            return False
        if _HOSTS.match(ctx.art.text[a:b]) and _hosts_the_other(ctx, sc, a, b):
            return True
        if rule.key == "joint_commission" and ctx.art.has(ctx.art.lex.pair, a, b):
            return True  # «اللجنة الحكومية الروسية-الإيرانية المشتركة»: the commission's name says whose it is
        # Who takes part is often named in a clause of its own («قمة في أنقرة، حيث كان بوتين ونظيره الإيراني»).
        iran_p, russia_p = ctx.art.participants(ctx.s, ctx.e)
        if iran_p and russia_p:
            return True
        iran_p, russia_p = ctx.art.participants(cs, ce)
        if rule.key == "joint_commission" and not sc.third:
            # The two's commission met in one's capital, the other's minister there: both take part («وقال
            # الوزير الروسي، في ختام اجتماعات اللجنة المشتركة التي استضافتها طهران، إن…»).
            iran_at, russia_at = ctx.art.places(cs, ce)
            if (iran_p and russia_at) or (russia_p and iran_at):
                return True
        if needs == "visit":  # a person of one side goes to the other's country or capital
            if sc.subject_is_third(a):
                return False
            iran_at, russia_at = ctx.art.places(b, min(ce, b + PLACE_REACH))
            return (iran_p and russia_at) or (russia_p and iran_at)
        # The two as one subject take part, unless a third power meets «with» them («محادثات مع روسيا وإيران»)
        # The two as one subject take part: the clause's first group, or a group right after the cue
        # («محادثات بين روسيا وإيران»); not a group a third power meets «with» («المباحثات مع ممثلي روسيا وإيران»).
        # (or «بين» them past what the meeting is for: «الدورة الجديدة للجنة الحكومية المشتركة للتعاون التجاري
        # والاقتصادي بين إيران وروسيا»)
        # (the two's people in the dual, before any side named, are that first group: «وعقد الوزيران لقاء ثنائيا»)
        first = sc.mentions[0].start if sc.mentions else -1
        if not sc.mentions and sc.joint_spans and _THEIR_PEOPLE.match(ctx.art.text, *sc.joint_spans[0]):
            first = sc.joint_spans[0][0]
        return any((s == first or 0 <= s - b <= 30 or
                    0 <= s - b <= BETWEEN_REACH and _stands_before(_BETWEEN, ctx.art.text, s, floor=b)) and
                   not (_with_them(ctx, s, cs) and not any(m.side in (IRAN, RUSSIA) and m.end <= s for m in sc.mentions))
                   for s, _ in sc.joint_spans)
    return sc.both and (not sc.many or rule.listed) and not _one_side_only_the_matter(ctx.art.text, sc)


# The two's leaders, ministers, envoys or delegations in the dual (folded): «الوزيران», «الرئيسين», «الوفدان».
_THEIR_PEOPLE = re.compile(r"(?:ال)?(?:وزير|رييس|زعيم|مبعوث|مندوب|سفير|وفد)(?:ان|ين)(?!\w)")


# A state named right after «بشأن», «حول»… is what is talked of, not a party («التقرير الأخير للوكالة الدولية
# للطاقة الذرية بشأن إيران»).
_ABOUT = re.compile(r"(?<!\w)(?:بشان|حول|تجاه|ازاء|بخصوص)\s+$")


def _one_side_only_the_matter(text: str, sc: Scope) -> bool:
    """Whether one of the two is named in the clause only as the matter, never as a party."""
    if sc.joint:
        return False
    named = {m.side for m in sc.mentions if m.side in (IRAN, RUSSIA) and not _ABOUT.search(text, max(0, m.start - 10), m.start)}
    return named != {IRAN, RUSSIA}
