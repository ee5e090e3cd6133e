"""Cooperation signals from one article's text. Pure: text in, signals out.

Vocabulary as in SIGNALS.md. Matching runs on the folded text (etl.extract.normalize); every
signal keeps the original sentence and its character offsets in the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterable

from etl.extract.lexicon import Entry, Lexicon, load_lexicon
from etl.extract.terms import Hits, Phrase, Regions, Terms, TextScan
from etl.extract.normalize import NormText, normalize
from etl.extract.numbers import find_amounts
from etl.extract.sentences import sentence_spans

_DEFAULT_TOPIC = {
    "meeting": "diplomacy", "joint_position": "regional", "military": "defense",
    "economic": "trade", "relations": "diplomacy", "friction": "regional",
    "agreement": "diplomacy", "trade_figure": "trade", "organisation": "diplomacy",
    "project": "trade",
}


@dataclass
class Signal:
    """One cooperation signal with its first evidence; ``spans`` holds every mention."""

    kind: str
    key: str
    label: str
    topic: str
    sentence: str
    start: int
    end: int
    value: float | None = None
    unit: str | None = None
    status: str | None = None
    actor: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def mentions(self) -> int:
        """How many distinct sentences state it."""
        return len(self.spans)

    @property
    def identity(self) -> tuple:
        """What makes two mentions the same statement within one article."""
        return (self.kind, self.key, self.value, self.unit, self.status, self.actor)


@dataclass
class Relevance:
    """Whether an article is about Iran–Russia relations, and why."""

    relevant: bool
    reason: str


class _Article:
    """Per-article match index: each term list is searched once, over the whole folded text for the
    words that decide where Iran and Russia are in play, and over those sentences only for the rest."""

    def __init__(self, text: str, lex: Lexicon):
        self.nt = NormText.of(text)
        self.lex = lex
        self._hits: dict[int, Hits] = {}
        self.named_agreements: list[Entry] | None = None  # the catalogue agreements the whole text names
        self._global = {id(t) for t in (lex.iran, lex.russia, lex.iran_officials, lex.russia_officials,
                                        lex.pair, lex.generic_pair, lex.not_party, lex.third_parties)}
        self.regions: Regions | None = None  # sentences in play, once known (see `focus`)
        self._slot = lex.index.slots.get  # id(Terms) -> its slot in the index

    # Worked out on first use: most articles are dismissed by the prefilter before either is needed.
    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentence_spans(self.nt.text)

    @cached_property
    def scan(self) -> TextScan:
        """Every term list, looked up word by word."""
        return TextScan(self.lex.index, self.nt.text)

    def hits(self, terms: Terms | Phrase) -> Hits:
        h = self._hits.get(id(terms))
        if h is None:
            regions = self.scan.whole if self.regions is None or id(terms) in self._global else self.regions
            if isinstance(terms, Phrase):
                h = self.scan.phrase_in(terms, regions)
            else:
                h = self.scan.find_in(terms, regions)
            self._hits[id(terms)] = h
        return h

    def focus(self, sentences: list[tuple[int, int]]) -> Regions:
        """From now on, look for the lists other than the parties' in these sentences only."""
        self.regions = self.scan.regions(sentences)
        return self.regions

    def may_match(self, terms: Terms, present: set[int]) -> bool:
        """False when ``terms`` cannot match in the sentence whose present slots are given
        (`TextScan.slots_by_region`): a cheap test before looking for its hits."""
        slot = self._slot(id(terms))
        return slot is None or slot in present

    def has(self, terms: Terms | Phrase | None, s: int, e: int) -> bool:
        return terms is not None and self.hits(terms).any(s, e)

    def _party(self, names: Terms, officials: Terms) -> Hits:
        """Where a side is named as a party (not inside «the Iranian nuclear deal» and the like)."""
        key = id(names) ^ 1
        if key not in self._hits:
            masked = self.hits(self.lex.not_party).spans
            spans = [sp for sp in self.hits(names).spans
                     if not any(a <= sp[0] < b for a, b in masked)]
            self._hits[key] = Hits(sorted(spans + self.hits(officials).spans))
        return self._hits[key]

    def in_sentences(self, hits: Hits) -> list[bool]:
        """For each sentence, whether one of ``hits`` starts in it: ``hits.any(s, e)`` for every sentence,
        in one walk over both (each is in order)."""
        sentences, n = self.sentences, len(self.sentences)
        flags = [False] * n
        i = 0
        for p, _ in hits.spans:
            while i < n and sentences[i][1] <= p:
                i += 1
            if i == n:
                break
            if sentences[i][0] <= p:
                flags[i] = True
        return flags

    @cached_property
    def sides(self) -> tuple[list[bool], list[bool]]:
        """For each sentence, whether Iran, and whether Russia, is named in it as a party."""
        lex = self.lex
        return (self.in_sentences(self._party(lex.iran, lex.iran_officials)),
                self.in_sentences(self._party(lex.russia, lex.russia_officials)))

    def participants(self, s: int, e: int) -> bool:
        """An Iranian and a Russian take part: officials, roles («نظيره الروسي»), or the two as a pair."""
        lex = self.lex
        if self.has(lex.pair, s, e):
            return True
        return (self.has(lex.iran_officials, s, e) or self.has(lex.iran_roles, s, e)) and \
            (self.has(lex.russia_officials, s, e) or self.has(lex.russia_roles, s, e))


def might_be_relevant(folded: str, lex: Lexicon | None = None) -> bool:
    """The prefilter: False when the folded text cannot name both Iran and Russia.

    A substring test (every name's longest word must be present for it to match); Russia first,
    since far fewer articles name it.
    """
    lex = lex or load_lexicon()
    return lex.may_name_russia(folded) and lex.may_name_iran(folded)


def relevance(text: str, lex: Lexicon | None = None) -> Relevance:
    """Article-level relevance: both countries (or their officials) are named."""
    lex = lex or load_lexicon()
    art = _Article(text, lex)
    return _relevance(art)


def _named(art: _Article, names: Terms, officials: Terms) -> bool:
    text = art.nt.text
    if not (names.may_occur(text) or officials.may_occur(text)):
        return False
    return bool(art._party(names, officials).spans)


def _relevance(art: _Article) -> Relevance:
    lex = art.lex
    if not might_be_relevant(art.nt.text, lex):
        return Relevance(False, "does not name both Iran and Russia")
    iran = _named(art, lex.iran, lex.iran_officials)
    russia = _named(art, lex.russia, lex.russia_officials)
    if not (iran and russia):
        if iran or russia:
            return Relevance(False, f"names only {'Iran' if iran else 'Russia'}")
        return Relevance(False, "names neither Iran nor Russia")
    iran_in, russia_in = art.sides
    pair_in = art.in_sentences(art.hits(lex.pair))
    together = sum(1 for i, r, p in zip(iran_in, russia_in, pair_in) if (i and r) or p)
    if not together:
        return Relevance(False, "names Iran and Russia, never in the same sentence")
    return Relevance(True, f"names Iran and Russia together in {together} sentence{'s' * (together > 1)}")


def extract(text: str, lex: Lexicon | None = None) -> tuple[Relevance, list[Signal]]:
    """Relevance and deduplicated signals of one article.

    >>> rel, sigs = extract("وقال بوتين إن روسيا وإيران عضوان في منظمة شنغهاي للتعاون.")
    >>> [(s.kind, s.key) for s in sigs]
    [('organisation', 'sco')]
    """
    lex = lex or load_lexicon()
    art = _Article(text, lex)
    rel = _relevance(art)
    if not rel.relevant:
        return rel, []
    found: list[Signal] = []
    in_play = [(sent, iran, russia) for sent, iran, russia in zip(art.sentences, *art.sides) if iran or russia]
    regions = art.focus([sent for sent, _, _ in in_play])
    for ((s_f, e_f), iran, russia), present in zip(in_play, art.scan.slots_by_region(regions)):
        found.extend(_sentence_signals(art, s_f, e_f, iran, russia, present))
    signals = merge(found)
    # Named together is not enough (lists of countries, both as backers of a third party): an article
    # is about their relations when it states at least one thing between them.
    if not signals:
        return Relevance(False, rel.reason + ", but states nothing between them"), []
    return Relevance(True, f"{rel.reason}; {len(signals)} signal{'s' * (len(signals) > 1)}"), signals


def merge(signals: Iterable[Signal]) -> list[Signal]:
    """One signal per statement: repeated mentions fold into the first, counting distinct sentences."""
    out: dict[tuple, Signal] = {}
    for sig in signals:
        first = out.get(sig.identity)
        if first is None:
            out[sig.identity] = sig
        elif sig.spans[0] not in first.spans:
            first.spans.extend(sig.spans)
    return list(out.values())


def _sentence_signals(art: _Article, s: int, e: int, iran: bool, russia: bool, present: set[int]) -> list[Signal]:
    lex = art.lex
    if not (iran or russia):
        return []
    both = iran and russia
    joint = art.has(lex.pair, s, e) or _generic_pair(art, s, e)
    o_s, o_e = art.nt.span(s, e)
    ctx = _Context(art, s, e, o_s, o_e, both, joint, _third_party(art, s, e), present)
    out: list[Signal] = []
    for entry in lex.entries:
        if entry.kind == "agreement" or not (both or joint or entry.bilateral):
            continue
        if _fires(ctx, entry):
            out.append(ctx.signal(entry.kind, entry.key, entry.label, entry.topic))
    if not (both or joint):
        return out
    out.extend(_rule_signals(ctx))
    out.extend(_agreements(ctx))
    out.extend(_trade_figures(ctx))
    return out


@dataclass
class _Context:
    art: _Article
    s: int
    e: int
    o_s: int
    o_e: int
    both: bool
    joint: bool
    third: bool
    present: set[int]  # slots of the lists that may match in the sentence
    _actor: str | None | bool = False

    def signal(self, kind: str, key: str, label: str, topic: str | None, **kw) -> Signal:
        return Signal(
            kind=kind, key=key, label=label, topic=topic or self.topic(kind),
            sentence=self.art.nt.orig[self.o_s:self.o_e], start=self.o_s, end=self.o_e,
            actor=self.actor(), spans=[(self.o_s, self.o_e)], **kw)

    def has(self, terms: Terms | None) -> bool:
        """Whether one of ``terms`` occurs in the sentence."""
        return terms is not None and self.art.may_match(terms, self.present) and \
            self.art.hits(terms).any(self.s, self.e)

    def topic(self, kind: str) -> str:
        for name, terms in self.art.lex.topics:
            if self.has(terms):
                return name
        return _DEFAULT_TOPIC[kind]

    def actor(self) -> str | None:
        if self._actor is False:
            self._actor = _speaker(self.art, self.s, self.e)
        return self._actor  # type: ignore[return-value]

    def text(self) -> str:
        return self.art.nt.text[self.s:self.e]


def _generic_pair(art: _Article, s: int, e: int) -> bool:
    """«البلدين», «الطرفان»… standing for Iran and Russia: not when a third state follows to say
    which two («الطرفان –الروسي والإسرائيلي-»)."""
    third = [a for a, _ in art.hits(art.lex.third_parties).within(s, e)]
    return any(not any(b <= t <= b + 20 for t in third) for _, b in art.hits(art.lex.generic_pair).within(s, e))


def _third_party(art: _Article, s: int, e: int) -> bool:
    """A third state is in the sentence, and not just beside an explicit Iran–Russia pair.

    «التحالف بين إيران وروسيا ... السعودية» is still about the two; «خلاف بين إيران وروسيا مع تركيا»
    and «روسيا وإيران وتركيا» are about three.
    """
    third = art.hits(art.lex.third_parties).within(s, e)
    if not third:
        return False
    pairs = art.hits(art.lex.pair).within(s, e)
    if not pairs:
        return True
    starts = [a for a, _ in third]
    return any(b <= a <= b + 8 for _, b in pairs for a in starts) or \
        any(a - 12 <= t_end <= a for a, _ in pairs for _, t_end in third)


def _fires(ctx: _Context, rule: Entry) -> bool:
    """Whether a catalogue entry or cue rule holds in the sentence."""
    art, s, e = ctx.art, ctx.s, ctx.e
    if not art.may_match(rule.terms, ctx.present):  # the usual case, and the cheapest test
        return False
    if rule.needs == "joint" and not ctx.joint:
        return False
    if rule.needs == "participants" and not art.participants(s, e):
        return False
    if rule.solo and ctx.third:
        return False
    if rule.strict and art.has(art.lex.third_parties, s, e):
        return False
    terms = art.hits(rule.terms).within(s, e)
    if not terms:
        return False
    if rule.solo and not _near_pair(art, s, e, terms):
        return False
    if rule.with_ is not None and not ctx.has(rule.with_):
        return False
    return rule.unless is None or not ctx.has(rule.unless)


def _near_pair(art: _Article, s: int, e: int, spans: list[tuple[int, int]], reach: int = 60) -> bool:
    """Where a third state is named beside an explicit pair, the cue must stand near the pair."""
    if not art.has(art.lex.third_parties, s, e):
        return True
    pairs = art.hits(art.lex.pair).within(s, e)
    return any(abs(a - pb) <= reach or abs(pa - b) <= reach for a, b in spans for pa, pb in pairs)


def _rule_signals(ctx: _Context) -> list[Signal]:
    out: list[Signal] = []
    fired: set[str] = set()
    for rule in ctx.art.lex.rules:
        if rule.fallback and rule.kind in fired:
            continue
        if _fires(ctx, rule):
            fired.add(rule.kind)
            out.append(ctx.signal(rule.kind, rule.key, rule.label, rule.topic))
    return out


def _agreements(ctx: _Context) -> list[Signal]:
    art, s, e, lex = ctx.art, ctx.s, ctx.e, ctx.art.lex
    out: list[Signal] = []
    named = [en for en in lex.entries if en.kind == "agreement" and ctx.has(en.terms)]
    for en in named:
        out.append(ctx.signal("agreement", en.key, en.label, en.topic, status=_status(ctx)))
    if named or (lex.agreement_solo and ctx.third) or not ctx.joint:
        return out
    folded = art.nt.text
    for a, b in art.hits(lex.agreement_nouns).within(s, e):
        if lex.agreement_solo and not _near_pair(art, s, e, [(a, b)]):
            continue
        after = folded[b:e].lstrip()
        not_after = lex.agreement_not_after.find(after[:30]).spans
        if not_after and not_after[0][0] == 0:
            continue
        named_before = _the_agreement(art, folded[a:b])
        if named_before is not None:  # «المعاهدة» in an article about one named agreement is that one
            out.append(ctx.signal("agreement", named_before.key, named_before.label, named_before.topic,
                                  status=_status(ctx)))
            break
        out.append(ctx.signal("agreement", "other", _agreement_label(art, a, b, ctx.o_e), None, status=_status(ctx)))
        break  # one generic agreement per sentence
    return out


_DEFINITE_SINGULAR = re.compile(r"^[وفبكل]?(?:ال|ل)(?:معاهده|اتفاقيه|اتفاق)$")


def _the_agreement(art: _Article, noun: str) -> Entry | None:
    """The one catalogue agreement an article names, when ``noun`` is a definite singular reference to it."""
    if not _DEFINITE_SINGULAR.match(noun):
        return None
    if art.named_agreements is None:  # once per article: it may be asked in several sentences
        art.named_agreements = [en for en in art.lex.entries
                                if en.kind == "agreement" and en.terms.find_regex(art.nt.text).spans]
    named = art.named_agreements
    return named[0] if len(named) == 1 else None


def _agreement_label(art: _Article, a: int, b: int, o_end: int) -> str:
    """The agreement's name as the text gives it: the noun («مذكرة تفاهم») and the adjectives and
    complements after it («حكومية», «لبناء»), stopping at a verb-like word or punctuation."""
    o_a, o_b = art.nt.span(a, b)
    label = [art.nt.orig[o_a:o_b]]
    for w in re.split(r"[،,.:؛\"'«»()]", art.nt.orig[o_b:o_end])[0].split()[:3]:
        f = normalize(w)
        definite = f.startswith(("ال", "لل", "وال"))
        nisba = len(f) >= 4 and f.endswith(("يه", "ي")) and not f.startswith(("ي", "ت", "ن", "ا"))
        purpose = len(f) >= 4 and f.startswith(("لت", "لب", "لا", "لل"))  # «لبناء», «لتطوير»
        if not (definite or nisba or purpose):
            break
        label.append(w)
    return " ".join(label)


def _status(ctx: _Context) -> str:
    """The agreement status the sentence states (looked up only once an agreement is found)."""
    for status, terms in ctx.art.lex.not_yet:
        if ctx.has(terms):
            return status
    for status, terms in ctx.art.lex.statuses:
        if ctx.has(terms):
            return status
    return "mentioned"


def _trade_figures(ctx: _Context) -> list[Signal]:
    art, s, e, lex = ctx.art, ctx.s, ctx.e, ctx.art.lex
    if lex.trade_solo and ctx.third:
        return []
    if not ctx.has(lex.trade_cues) and not ctx.has(lex.investment) and not ctx.has(lex.loan):
        return []
    text = art.nt.text
    out: list[Signal] = []
    for amt in find_amounts(text[s:e]):
        if not amt.unit or (amt.unit == "percent" and amt.value > 1000):
            continue
        a, b = s + amt.start, s + amt.end
        if lex.not_trade.find(text[b:b + 15]).spans or lex.not_trade.find(text[max(s, a - 12):a]).spans:
            continue
        key = _figure_key(ctx, amt.unit, text[max(s, a - GROWTH_REACH):a])
        label = {"trade_growth": "Trade growth", "trade_volume": "Trade volume",
                 "investment": "Investment", "loan": "Loan"}.get(key, "Economic figure")
        out.append(ctx.signal("trade_figure", key, label, "finance" if key in ("loan", "investment") else "trade",
                              value=amt.value, unit=amt.unit))
    return out


GROWTH_REACH = 50  # characters before a percentage in which «نمو», «ارتفع»… make it a growth rate


def _figure_key(ctx: _Context, unit: str, before: str) -> str:
    """What a figure measures; a percentage is growth only when a growth word stands just before it
    («نمو التجارة بنسبة 77٪»), not a share elsewhere in the sentence («95٪ من التسويات»)."""
    lex = ctx.art.lex
    if ctx.has(lex.loan):
        return "loan"
    if ctx.has(lex.investment) and not ctx.has(lex.trade_cues):
        return "investment"
    if not ctx.has(lex.trade_cues):
        return "other"
    if unit == "percent":
        return "trade_growth" if lex.growth.find_regex(before).spans else "other"
    return "trade_volume"


def _speaker(art: _Article, s: int, e: int) -> str | None:
    """The side whose voice the sentence reports, from the first speech verb and what follows it."""
    lex = art.lex
    if art.nt.text[s:e].find("رييسا البلدين") >= 0:
        return "both"
    verbs = art.hits(lex.speech).within(s, e)
    if not verbs:
        return None
    v_end = verbs[0][1]
    window_end = min(e, v_end + 60)
    cands = []
    for side, terms in (("iran", lex.iran), ("iran", lex.iran_officials),
                        ("russia", lex.russia), ("russia", lex.russia_officials),
                        ("other", lex.speech_other)):
        spans = art.hits(terms).within(v_end, window_end)
        if spans:
            cands.append((spans[0][0], side))
    if not cands:
        return None
    return min(cands)[1]
