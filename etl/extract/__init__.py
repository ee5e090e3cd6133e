"""Cooperation signals from one article's text. Pure: text in, signals out.

The stages, each in its own module:
- who is a side, and which pair a clause is about (`sides`, over the catalogue's names and officials);
- clauses: a sentence cut where a new statement begins (`clauses`);
- cues by kind (`cues`, over cues.toml), agreements with their status (`agreements`), trade figures
  (`figures`);
- modality: denied and hypothetical statements are no signals (`modality`);
- who states it (`speaker`).

Vocabulary as in SIGNALS.md. Matching runs on the folded text (etl.extract.normalize); every signal keeps
the original sentence and its character offsets in the original text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable

from etl.extract.article import Article
from etl.extract.lexicon import Lexicon, load_lexicon
from etl.extract.normalize import normalize
from etl.extract.sentences import dateline_end, heading, list_mark
from etl.extract.sides import IRAN, NISBA, RUSSIA, SCENE, THIRD, PairTracker, groups
from etl.extract.terms import Hits

__all__ = ["Relevance", "Signal", "extract", "merge", "might_be_relevant", "relevance"]


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
    figure_type: str | None = None  # trade figures: actual, target or forecast
    period: str | None = None  # trade figures: the year or period the figure is for, as the text says
    speaker: str | None = None  # trade figures: who gives it, by name, where the text says
    cue: tuple[int, int] | None = None  # where the words that made the signal stand (original offsets)

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


def might_be_relevant(folded: str, lex: Lexicon | None = None) -> bool:
    """The prefilter: False when the folded text cannot name both Iran and Russia.

    A substring test (every name's longest word must be present for it to match); Russia first,
    since far fewer articles name it.
    """
    lex = lex or load_lexicon()
    return lex.may_name_russia(folded) and lex.may_name_iran(folded)


def relevance(text: str, lex: Lexicon | None = None) -> Relevance:
    """Article-level relevance: both countries (or their officials) are named together."""
    return _relevance(Article(text, lex or load_lexicon()))


def _relevance(art: Article) -> Relevance:
    lex = art.lex
    # (the few the prefilter lets through are asked again whether every word of some name of each side is there,
    # before their names are looked up word by word)
    if not might_be_relevant(art.text, lex) or \
            not (lex.may_name_russia.all_words(art.text) and lex.may_name_iran.all_words(art.text)):
        return Relevance(False, "does not name both Iran and Russia")
    iran, russia = art.named(IRAN), art.named(RUSSIA)
    if not (iran and russia):
        if iran or russia:
            return Relevance(False, f"names only {'Iran' if iran else 'Russia'}")
        return Relevance(False, "names neither Iran nor Russia")
    iran_in, russia_in = art.sides
    pair_in = art.in_sentences(art.hits(lex.pair))
    together = sum(1 for i, r, p in zip(iran_in, russia_in, pair_in) if (i and r) or p)
    if together:
        return Relevance(True, f"names Iran and Russia together in {together} sentence{'s' * (together > 1)}")
    # «قالت الوزيرة الإيرانية إن… سكة رشت-آستارا… . وأوضحت أن الاتفاقية الموقعة مع روسيا…»: one sentence
    # goes on from the other.
    if any((i1 and r2) or (r1 and i2) for i1, r1, i2, r2 in zip(iran_in, russia_in, iran_in[1:], russia_in[1:])):
        return Relevance(True, "names Iran and Russia in neighbouring sentences")
    from etl.extract.speaker import answered_to_the_other
    if answered_to_the_other(art):
        return Relevance(True, "names one of Iran and Russia in an interview's answer, the other its voice")
    return Relevance(False, "names Iran and Russia, never in the same or neighbouring sentences")


def extract(text: str, lex: Lexicon | None = None, published: date | None = None) -> tuple[Relevance, list[Signal]]:
    """Relevance and deduplicated signals of one article; ``published``, where known, gives the year a
    trade figure's relative period means («العام الماضي»).

    >>> rel, sigs = extract("وقال بوتين إن روسيا وإيران عضوان في منظمة شنغهاي للتعاون.")
    >>> [(s.kind, s.key) for s in sigs]
    [('organisation', 'sco')]
    """
    from etl.extract.agreements import before_its_signing, earlier_steps, follow_back, follow_on, later_steps
    from etl.extract.sentence import Context, sentence_signals  # the stages, imported once the article is in play
    from etl.extract.speaker import commentator_origin, going_on, implied_mentions
    from etl.extract.tables import table_figures

    lex = lex or load_lexicon()
    art = Article(text, lex, published)
    rel = _relevance(art)
    if not rel.relevant:
        return rel, []
    in_play = _in_play(art)
    # (the sentences after one naming an agreement are looked at too: they may tell its next step)
    # (and the tables' rows and captions: the tables' reader asks who is named there)
    # (and those before one referring back to an agreement by a bare noun: they may have named it with its step)
    played = [sent for sent, _, _ in in_play]
    regions = art.focus(sorted(set(played) | set(follow_on(art, played)) | set(follow_back(art, played)) |
                               art.table_sentences))
    present_in = dict(zip(regions.spans, art.scan.slots_by_region(regions)))
    # (the tables first: a row they read figures from is not read again as a sentence)
    found, art.rows_read = table_figures(art, lambda s, e: Context(art, s, e, art.mentions(s, e), generic_ok=False,
                                                                  present=set()))
    tracker = PairTracker()
    agreements_named: list[tuple[Signal, tuple[int, int]]] = []
    for (s, e), _, _ in in_play:
        present = present_in[(s, e)]
        # A third state where a report was filed from («الرياض -»), or a commentator comes from («الباحث
        # السعودي»), is no party to it. (Filed from Tehran, a report most often speaks for Iran's side.)
        opens = dateline_end(art.text, s, e)
        mentions = [m for m in art.mentions(s, e)
                    if not (m.side in (THIRD, SCENE) and m.start < opens) and not commentator_origin(art, m)]
        # A side the sentence speaks for without naming it («وأضاف صالحي أن بلاده وروسيا والصين…») is one of
        # the sides a later pair word may speak of.
        implied = implied_mentions(art, s, e, mentions)
        # (the groups matter only where the sentence names both: cut into groups once, for both questions)
        gs = groups(art.text, mentions) if {IRAN, RUSSIA} <= {m.side for m in mentions} else []
        generic_ok = tracker.step({m.side for m in mentions + implied
                                   if not _attribute(art, m, mentions) and not _where(art, m)},
                                  _pair_word_first(art, s, e, sorted(mentions + implied)),
                                  _pair_subject(gs), _pair_alone(gs))
        if tracker.other_pair_subject:  # «واتفق البلدان [الهند وروسيا] على… مرورا بالأراضي الإيرانية»
            continue
        # A side the sentence speaks for without naming it is a party to what it says, but names no pair.
        # «وتابع أن "الإرادة السياسية لتعميق الشراكة الاستراتيجية موجودة"»: words that go on naming no one,
        # in an article speaking of the two, speak of them.
        pair_voice = going_on(art.text, s, e) if generic_ok and not mentions else None
        if pair_voice is None and generic_ok and found and not mentions and not implied:
            # A list's item naming no one, in an article that has told something between the two, speaks of them
            # («أبرز بنود المعاهدة:» then «• تنسيق المواقف في الأمم المتحدة ومنظمة شنغهاي»).
            pair_voice = list_mark(art.text, s, e)
        if implied:
            mentions = sorted(mentions + implied)
        told = sentence_signals(Context(art, s, e, mentions, generic_ok, present, pair_voice=pair_voice,
                                        trio_ok=tracker.three))
        if any(sig.kind == "meeting" and sig.key in BILATERAL_MEETINGS for sig in told) and \
                not any({IRAN, RUSSIA, THIRD} <= g.sides for g in (groups(art.text, mentions) if implied else gs)):
            tracker.met()
        found.extend(told)
        agreements_named += [(sig, (s, e)) for sig in told if sig.kind == "agreement"]
    first_told = [(sig, sig.status) for sig, _ in agreements_named]
    later_steps(art, agreements_named)
    earlier_steps(art, agreements_named)
    before_its_signing(art, first_told)
    lead = art.sentences[0] if art.sentences else (0, 0)
    signals = _one_meeting_per_visit(merge(found), _SUMMIT.search(art.text, *lead) is not None)
    # Named together is not enough (lists of countries, both as backers of a third party): an article
    # is about their relations when it states at least one thing between them.
    if not signals:
        return Relevance(False, rel.reason + ", but states nothing between them"), []
    return Relevance(True, f"{rel.reason}; {len(signals)} signal{'s' * (len(signals) > 1)}"), signals


BILATERAL_MEETINGS = {"phone_call", "visit", "talks", "joint_commission"}  # the two alone (not a summit)


def _in_play(art: Article) -> list[tuple[tuple[int, int], bool, bool]]:
    """The sentences that name Iran or Russia; those that follow them speaking of the two by a pair word
    alone («ووقع الجانبان في الختام ثماني وثائق»: PairTracker decides whether that pair is theirs); and those
    that name a project only the two share («أنجزت بنسبة 70 بالمئة على مسار سكة حديد رشت-آستارا»), or their
    treaty, by its name in an article about the two or by «المعاهدة» after the article named it."""
    from etl.extract.agreements import named_alone
    from etl.extract.speaker import goes_on, going_on

    generic = art.in_sentences(Hits(sorted(art.hits(art.lex.generic_pair).spans + art.hits(art.lex.trio).spans)))
    projects = sorted(sp for en in art.lex.entries if en.bilateral for sp in art.hits(en.terms).spans)
    projects += [sp for sp in art.hits(art.lex.treaty_refs).spans + art.hits(art.lex.document_refs).spans
                 if art.treaty_refs(*sp)]
    projects += named_alone(art)  # («وتنص معاهدة الشراكة… النافذة منذ…», «…اتفاقية التجارة الحرة مع الاتحاد الأوراسي»)
    shared = art.in_sentences(Hits(sorted(projects)))
    out, follows = [], False
    for sent, iran, russia, pair_word, theirs in zip(art.sentences, *art.sides, generic, shared):
        # A speaker's words go on across sentences («…أما نحن فنبني تعاونا…». «وأشار إلى أن الجانبين…»).
        # (Words that go on naming no one follow it too: «وتابع أن "الإرادة السياسية…"».)
        # A dual verb opening it («وأكدا…») follows only the sentence right before; «وأضاف أن…» goes on anyway.
        # A list's heading and items follow what came before («أبرز بنود المعاهدة:» then «• تنسيق المواقف في…»).
        if follows and not (iran or russia) and (heading(art.text, *sent) or list_mark(art.text, *sent)):
            out.append((sent, iran, russia))
            continue
        speaks_on = going_on(art.text, *sent) is not None
        follows = iran or russia or (pair_word or speaks_on) and (follows or goes_on(art.text, *sent))
        if follows or theirs:
            out.append((sent, iran, russia))
    return out


# A third state's adjective on a thing («المصافي الصينية», «العقوبات الأمريكية», «سقف الأسعار الغربي») says
# whose the thing is; it names no party a later «البلدين» could stand for. On a person («نظيره التركي») it does.
ROLE_GAP = 2  # characters between a role word and the adjective that says whose it is («الرئيس التركي»)


def _attribute(art: Article, m, mentions: list) -> bool:
    """Whether a third state is named only by its adjective on a thing, not on a person (a role of the
    catalogue just before it), nor in a list of the parties' adjectives («مركز التنسيق الإيراني - الروسي - التركي»)."""
    text = art.text
    return m.side in (THIRD, SCENE) and bool(NISBA.match(text[m.start:m.end])) and \
        not any(m.start - q <= ROLE_GAP  # (both sides' role phrases open with the same role words)
                for _, q in art.hits(art.lex.iran_roles.lead).within(m.start - 20, m.start)) and \
        not any(o.side in (IRAN, RUSSIA) and (0 <= m.start - o.end <= LISTED_GAP or 0 <= o.start - m.end <= LISTED_GAP)
                for o in mentions)


def _where(art: Article, m) -> bool:
    """Whether a scene state is named only as where things happen («الوضع في سوريا»): no side of a pair."""
    return m.side == SCENE and art.named_as_place(m.start)


LISTED_GAP = 5  # characters between adjectives listed together («الإيراني - الروسي - التركي», «الروسية والتركية»)


APPOSITION_GAP = 2  # characters between a pair word and the names that spell it out («البلدان إيران وروسيا»)


def _pair_subject(gs: list) -> bool:
    """Whether the sentence (its groups ``gs``) opens on Iran and Russia as one group and no other state among them
    (its subject)."""
    return bool(gs) and gs[0].sides == {IRAN, RUSSIA}


def _pair_alone(gs: list) -> bool:
    """Whether Iran and Russia are the one group of two states the sentence (its groups ``gs``) names («فرض الغرب
    عزلة خانقة على موسكو وطهران»): the pair a later «البلدين» most likely means."""
    pairs = [g for g in gs if len(g.sides - {THIRD}) + g.thirds >= 2]  # groups of two states or more
    return len(pairs) == 1 and pairs[0].sides == {IRAN, RUSSIA}


def _pair_word_first(art: Article, s: int, e: int, mentions: list) -> bool:
    """Whether a pair word («البلدان») comes before any side the sentence names, not spelt out by them. One
    of the two who speaks it («وأضاف ولايتي أن العلاقات بين البلدين…») does not count: where the sentence
    names only that one of them, the pair word counts as first when it comes before every other state."""
    words = art.hits(art.lex.generic_pair).within(s, e)
    if not words:
        return False
    if len({m.side for m in mentions} & {IRAN, RUSSIA}) == 1:
        mentions = [m for m in mentions if m.side not in (IRAN, RUSSIA)]
    return not mentions or words[0][1] + APPOSITION_GAP < mentions[0].start


def merge(signals: Iterable[Signal]) -> list[Signal]:
    """One signal per statement: repeated mentions fold into the first, counting distinct sentences; an
    agreement merely mentioned folds into the same agreement where the article gives its status."""
    out: dict[tuple, Signal] = {}
    for sig in signals:
        first = out.get(sig.identity)
        if first is None:
            out[sig.identity] = sig
        elif sig.spans[0] not in first.spans:
            first.spans.extend(sig.spans)
    with_status = {(s.key, s.label): s for s in out.values() if s.kind == "agreement" and s.status != "mentioned"}
    for ident, sig in list(out.items()):
        known = with_status.get((sig.key, sig.label)) if sig.kind == "agreement" and sig.status == "mentioned" else None
        if known is not None:
            known.spans.extend(sp for sp in sig.spans if sp not in known.spans)
            del out[ident]
    return list(out.values())


def _told_as_a_visit(summit: Signal, visit: Signal) -> bool:
    """Whether every sentence that tells the summit tells the visit and calls it one («في أول زيارة له»)."""
    return all(sp in visit.spans for sp in summit.spans) and "زيار" in normalize(summit.sentence)


# «خلال اللقاء», «خلال لقائه مع روحاني»: the meeting the article told of before, referred back to.
# («في مستهل اللقاء», «بعد اللقاء», «في ختام المحادثات»: its start or end)
_DURING_IT = re.compile(r"(?:خلال|في|اثناء|في\s+مستهل|في\s+بدايه|في\s+ختام|في\s+نهايه|بعد|عقب)\s+"
                        r"(?:اللقاء|لقايه|لقايهما|الاجتماع|اجتماعه|اجتماعهما|المحادثات|محادثاتهما)(?!\w)")


# A summit named (folded): «القمة», «قمة شنغهاي», «بالقمة».
_SUMMIT = re.compile(r"(?<!\w)(?:[وفبل]?ال|لل)?قمه(?!\w)")


def _talks_told_of_the_summit(signals: list[Signal], summit_lead: bool = False) -> list[Signal]:
    """Talks referred back to («وقال بوتين خلال لقائه مع روحاني…») in an article that tells of the two meeting at
    a summit are that meeting: its mentions, not a second meeting; so are any talks of theirs in a report whose
    lead tells a summit («اختتمت قمة شنغهاي في سمرقند…»)."""
    summit = next((s for s in signals if s.kind == "meeting" and s.key == "summit"), None)
    if summit is None:
        return signals
    folded = [s for s in signals if s.kind == "meeting" and s.key == "talks" and
              (summit_lead or _DURING_IT.search(normalize(s.sentence)))]
    summit.spans.extend(sp for t in folded for sp in t.spans if sp not in summit.spans)
    summit.spans.sort()
    return [s for s in signals if not any(s is f for f in folded)]


def _one_meeting_per_visit(signals: list[Signal], summit_lead: bool = False) -> list[Signal]:
    """Talks held during a visit, or a session of the joint commission, are that visit or session: an article
    that reports one reports its talks as part of it, not as a second meeting (their sentences are mentions
    of it). A summit told only in the sentences that tell the visit was its occasion («التقى بوتين خامنئي في
    طهران، في أول زيارة له…، على هامش قمة منتدى الدول المصدرة للغاز»), where that sentence calls it a visit:
    the visit."""
    host = next((s for s in signals if s.kind == "meeting" and s.key in ("visit", "joint_commission")), None)
    if host is None:
        return _talks_told_of_the_summit(signals, summit_lead)
    folded = [s for s in signals if s.kind == "meeting" and
              (s.key == "talks" or s.key == "summit" and host.key == "visit" and _told_as_a_visit(s, host))]
    host.spans.extend(sp for t in folded for sp in t.spans if sp not in host.spans)
    host.spans.sort()
    return [s for s in signals if not any(s is f for f in folded)]
