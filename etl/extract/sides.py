"""Who is a side, and which pair a clause is about.

A *mention* is a place where a state is named as a party: Iran or Russia (their names, capitals, people,
state bodies, companies and officials, as catalogue.toml lists them) or a third state. Mentions joined only
by «و», commas and titles form a *group* («روسيا وتركيا وإيران», «الرئيس التركي أردوغان والروسي بوتين
والإيراني روحاني», «حلفاؤه الروس والإيرانيون»): a group holding both Iran and Russia makes them joint
subjects of what the clause says. «البلدين», «الجانبين»… stand for Iran and Russia only where the pair the
article last spoke of is Iran and Russia.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

IRAN, RUSSIA, THIRD = "iran", "russia", "third"
SUBJECT_REACH = 16  # characters after a verb or verbal noun within which its subject stands (Arabic is VSO)
SCENE = "scene"  # a state that is mostly the scene of what the two do (Syria): a party in pairs, not a rival subject


def other_side(side: str) -> str:
    """The other of the two: Russia for Iran, Iran for Russia."""
    return RUSSIA if side == IRAN else IRAN


class Mention(NamedTuple):
    start: int
    end: int
    side: str


class Group(NamedTuple):
    start: int
    end: int
    sides: frozenset[str]
    thirds: int  # how many third states it lists


# What may stand between two mentions of one group (folded text): conjunctions, «كل من», and titles.
_LINK_WORD = re.compile(
    r"(?:[وف]?(?:ب|ل)?(?:ال)?(?:رييس\w*|وزير\w*|وزراء|نظير\w*|قوات|جيش\w*|جيوش|قاده|زعماء|قياده|قيادات|خارجيه|سلطات|"
    r"حكوم\w*|نظام|جانب\w*|طرف\w*|دولت\w*|دول|ميليشيات|مليشيات|حرس|مستشار\w*|خبراء|فصايل|مقاتل\w*|عسكري\w*|بحري\w*)|و|او|ثم|كذلك|وكذلك|كل|من|مع|ايضا|جانب|بدعم|مدعوم\w*|المدعوم\w*)")
_GAP_PUNCT = re.compile(r"[\s،,\-/()\"«»]+")


# A state's adjective («التركي», «الإيرانية»): on a thing it says whose the thing is, on a person where they come from.
NISBA = re.compile(r"^ال\w+(?:ي|يه)$")
_ADJECTIVE = re.compile(r"^(?:ال)?\w+(?:ي|يه)$")  # with or without the article («قمة روسية إيرانية تركية»)

def _linked(gap: str, same_side: bool, second: str = "", listing: bool = False) -> bool:
    """Whether ``gap`` joins two mentions into one group: a few names between two mentions of one side
    («الروسي فلاديمير بوتين»), only links and titles between two sides. Iran and Russia side by side
    (``second``: the latter's words) are one group where the second is an adjective («الروسية الإيرانية») or
    joined by «و» («روسيا وإيران»), not where it is a name: «اتهم الرئيس الإيراني روسيا» has it for its object.
    ``listing``: the two sides are one list only where something joins them, not a title alone."""
    if len(gap) > 60:  # more than three words: the cheap answer first, most gaps are long
        return False
    words = [w for w in _GAP_PUNCT.split(gap) if w]
    if len(words) > 3:
        return False
    if same_side:
        return True
    if not gap.strip() and second and not second.startswith("و") and not _ADJECTIVE.match(second):
        return False
    if listing and words and not _JOINS.search(gap):
        return False  # «وزير الدفاع الإيراني الجانبَ الروسي»: a title alone between two sides begins the object
    return all(_LINK_WORD.fullmatch(w) for w in words)


# What joins two sides into one list: a conjunction (also written on a title: «ونظيره»), a comma, «كل من», or
# backing («المدعومة روسيا»).
_JOINS = re.compile(r"[،,/\-]|(?:^|\s)(?:و|او|ثم|مع|كل|بدعم|مدعوم|المدعوم)")


def groups(text: str, mentions: list[Mention]) -> list[Group]:
    """The mentions of a span, sorted, joined into groups."""
    out: list[Group] = []
    cur: list[Mention] = []
    thirds = 0
    for m in mentions:
        gap = text[cur[-1].end:m.start] if cur else ""
        ours = {cur[-1].side, m.side} == {IRAN, RUSSIA} if cur else False
        if cur and not _linked(gap, cur[-1].side == m.side, text[m.start:m.end] if ours else "", listing=True):
            out.append(_group(cur, thirds))
            cur, thirds = [], 0
        # One third state per run of its mentions joined by names alone («التركي رجب طيب أردوغان»); «و»
        # or a comma starts another («بريطانيا والصين وفرنسا»).
        if m.side == THIRD and not (cur and cur[-1].side == THIRD and not JOINED.search(gap + text[m.start:m.start + 1])):
            thirds += 1
        cur.append(m)
    if cur:
        out.append(_group(cur, thirds))
    return out


JOINED = re.compile(r"[،,]|(?:^|\s)و")  # a comma or «و» between two listed names (on the second)


def _group(ms: list[Mention], thirds: int) -> Group:
    return Group(ms[0].start, ms[-1].end, frozenset(m.side for m in ms), thirds)


@dataclass
class Scope:
    """The parties of one clause."""

    iran: bool
    russia: bool
    third: bool
    joint: bool  # Iran and Russia as joint subjects: one group, an explicit pair, or «البلدين» standing for them
    many: bool  # Russia (or Iran) listed among two or more other states: one of many
    joint_spans: list[tuple[int, int]]  # where the joint subjects stand
    pair_spans: list[tuple[int, int]]  # where the two stand as a pair with no third power among them
    mentions: list[Mention]
    text: str = ""  # the folded text the offsets point into
    groups: list[Group] = field(default_factory=list)

    @property
    def both(self) -> bool:
        return (self.iran and self.russia) or self.joint

    def near_joint(self, a: int, b: int, reach: int = 80) -> bool:
        """Whether the cue ``[a, b)`` stands near the two as one subject, a third power among them or not
        (a trilateral agreement is theirs too)."""
        return any(abs(a - e) <= reach or abs(s - b) <= reach for s, e in self.joint_spans)

    def near_pair(self, a: int, b: int, reach: int = 80) -> bool:
        """Whether the cue ``[a, b)`` stands near the two as a pair (no third power among them)."""
        return any(abs(a - e) <= reach or abs(s - b) <= reach for s, e in self.pair_spans)

    def one_with_another_before(self, a: int) -> bool:
        """Whether the group named last before ``a`` is one of the two with another state, not the other
        («وقعت إيران والعراق… مذكرة تفاهم»: their subject, so the cue is theirs)."""
        before = [g for g in self.groups if g.end <= a]
        return bool(before) and len({IRAN, RUSSIA} & before[-1].sides) == 1 and \
            bool({THIRD, SCENE} & before[-1].sides)

    def first_side(self) -> str | None:
        """The side named first in the clause (its subject, most often)."""
        return self.mentions[0].side if self.mentions else None

    def first_group_pure(self) -> bool:
        """Whether the group the clause names first holds no third power (Russia alone, not «بوتين وأردوغان»)."""
        return bool(self.groups) and THIRD not in self.groups[0].sides

    def object_after(self, b: int, end: int | None = None) -> Mention | None:
        """The party a cue ending at ``b`` concerns: the first named after it, passing over Iran or Russia
        named right after a verb or noun as its subject («انتقد الرئيس الروسي انسحاب الولايات المتحدة»,
        «حماية الروس للأسد»)."""
        after = [m for m in self.mentions if m.start >= b and (end is None or m.start < end)]
        if len(after) > 1 and after[0].side in (IRAN, RUSSIA) and after[0].start - b <= SUBJECT_REACH and \
                _linked(gap := self.text[b:after[0].start], False):  # only titles between: «انتقد الرئيس الروسي»
            # Right after a noun, a name is its subject only where the object follows with «لـ» («حماية الروس
            # للأسد»); else it is whom the noun concerns («حليف إيران في الحرب السورية»).
            word = self.text.rfind(" ", 0, after[1].start) + 1
            if "مع" in _GAP_PUNCT.split(gap):  # «تعاونها مع طهران…»: with whom, so what it concerns
                return after[0]
            if gap.strip() or (self.text.startswith("ل", word) and after[1].start - after[0].end <= 3):
                return after[1]
        return after[0] if after else None

    def subject_after(self, b: int) -> Mention | None:
        """The party named right after a verb ending at ``b``, its subject (Arabic is VSO), if any."""
        after = next((m for m in self.mentions if m.start >= b), None)
        return after if after is not None and after.start - b <= SUBJECT_REACH else None

    def object_is_third(self, b: int) -> bool:
        """Whether the party a cue concerns is a third power: not where the two, or a word for them, come
        first («العلاقات بين البلدين… رغم الضغوط الأمريكية»)."""
        m = self.object_after(b)
        # (what the two do in spite of is not what they do it to: «ستواصلان تعاونهما… رغم الضغوط الغربية»)
        return m is not None and m.side == THIRD and not any(b <= s < m.start for s, _ in self.joint_spans) and \
            _DESPITE.search(self.text, b, m.start) is None

    def subject_is_third(self, a: int) -> bool:
        """Whether the side named last before ``a`` in the clause is a third power (whose statement or
        act the cue then most likely is: «ترامب انتقد بوتين»); not the last of a group that holds the two
        («وقعت روسيا وإيران وتركيا… مذكرة»: the three are the subject)."""
        last = self.named_last_before(a)
        if last is None or last.side != THIRD:
            return False
        return not any(g.start <= last.start < g.end and {IRAN, RUSSIA} <= g.sides for g in self.groups)

    def named_last_before(self, a: int) -> Mention | None:
        """The side the clause names last before ``a``, if any."""
        return next((m for m in reversed(self.mentions) if m.end <= a), None)


_DESPITE = re.compile(r"(?<!\w)(?:[وف]?ب?رغم|علي\s+الرغم|بالرغم)(?!\w)")
_AMONG_THEM = re.compile(r"(?<!\w)(?:من\s+بينها|بينها|ومنها|منها|من\s+بينهم|بينهم|ومنهم)\s*$")


def among_them(text: str, g: Group) -> bool:
    """Whether a group with a third state in it is named as some of a larger set («ومنها روسيا والصين»)."""
    return bool(g.thirds) and bool(_AMONG_THEM.search(text, max(0, g.start - 12), g.start))


def scope(text: str, mentions: list[Mention], pairs: list[tuple[int, int]], generic: list[tuple[int, int]],
          generic_is_pair: bool) -> Scope:
    """The parties of a clause from its mentions, explicit pair terms and generic pair words."""
    gs = groups(text, mentions)
    named_pairs = list(pairs) + (list(generic) if generic_is_pair else [])
    alongside = _alongside(text, mentions)
    joint = [(g.start, g.end) for g in gs if {IRAN, RUSSIA} <= g.sides] + named_pairs + alongside
    pure = [(g.start, g.end) for g in gs if {IRAN, RUSSIA} <= g.sides and THIRD not in g.sides] + \
        (list(generic) if generic_is_pair else []) + alongside
    sides = {m.side for m in mentions}
    # (or named as some of a larger set: «الدول الخمس عشرة الأعضاء ومنها روسيا والصين», «بينها… روسيا… وإيران»)
    many = any({IRAN, RUSSIA} & g.sides and (g.thirds >= 2 or among_them(text, g)) for g in gs)
    return Scope(IRAN in sides or bool(joint), RUSSIA in sides or bool(joint), THIRD in sides, bool(joint),
                 many, joint, pure, mentions, text, gs)


# «روسيا أحد أبرز حلفاء النظام السوري إلى جانب إيران», «موسكو، على غرار طهران، تدعم…»: the second side is
# added to what the first is said to be or do.
# Not a bare «مثل» («أطراف أخرى مثل إيران وتركيا» lists examples).
# «التي تشترك مع روسيا», «بالاشتراك مع موسكو»: joined in the same act.
_ALONGSIDE = re.compile(r"(?:الي\s+جانب|بجانب|جنبا\s+الي\s+جنب\s+مع|علي\s+غرار|مثلها\s+مثل|شانها\s+شان|"
                        r"شانه\s+شان|[تي]شترك\s+مع|بالاشتراك\s+مع|"
                        # standing with the other («موسكو التي تقف مع طهران في خندق واحد»)
                        r"[تي]قف\s+مع|وقفت\s+مع|وقف\s+مع|الوقوف\s+مع|[تي]قف\s+الي\s+جانب)\s+$")
# «تدخلت روسيا…، كما دعمت إيران الأسد أيضا»: the second does likewise («كما» + verb, and «أيضا» or «كذلك» after).
_LIKEWISE = re.compile(r"(?<!\w)كما\s+\w+\s+$")
_TOO = re.compile(r"(?<!\w)(?:ايضا|كذلك|بدورها|بدوره)(?!\w)")
LIKEWISE_REACH = 40  # characters after the second side in which «أيضا» must stand


def _alongside(text: str, mentions: list[Mention]) -> list[tuple[int, int]]:
    """Spans where one side is set beside the other named earlier in the clause, no third state between."""
    out = []
    for i, m in enumerate(mentions):
        if m.side not in (IRAN, RUSSIA):
            continue
        if not (_ALONGSIDE.search(text, max(0, m.start - 24), m.start) or
                _LIKEWISE.search(text, max(0, m.start - 24), m.start) and
                _TOO.search(text, m.end, m.end + LIKEWISE_REACH)):
            continue
        for prev in reversed(mentions[:i]):
            if prev.side == THIRD:
                break
            if prev.side in (IRAN, RUSSIA) and prev.side != m.side:
                out.append((prev.start, m.end))
                break
    return out


class PairTracker:
    """Which pair of states the article is speaking of, sentence by sentence: the last sentence that names
    two sides sets it. «البلدين» in a sentence stands for Iran and Russia only once the article has named the
    two together, while that pair is theirs, and where the sentence names no third state."""

    def __init__(self) -> None:
        self.current: frozenset[str] | None = None
        self._pairs: list[frozenset[str]] = []
        self.other_pair_subject = False
        self.three = False  # whether the article is speaking of the two and one third state (a trilateral format)
        self._alone: str | None = None  # the one side the sentence before named alone, if it named just one
        self._two_alone = False  # whether that sentence and the one before it named one of the two each

    def step(self, sides: set[str], pair_word_first: bool = False, pair_subject: bool = False,
             pair_alone: bool = False) -> bool:
        """Take the next sentence's sides; whether its generic pair words stand for Iran and Russia. A pair
        word before any side the sentence names («واتفق البلدان على… ممر… مرورا بالأراضي الإيرانية») speaks
        of the pair before it, not of the sides named after it."""
        before = self.current
        # The one side a sentence names, speaking of a pair, is no side of the pair before it: its pair word is the
        # last pair that side was of («…على غرار المعاهدة الموقعة مع كوريا الشمالية. وشدد بزشكيان على أن البلدين…»).
        # (Only one of the two: every third state is the same THIRD here.)
        if pair_word_first and before is not None and len(sides) == 1 and sides <= {IRAN, RUSSIA} and not sides <= before:
            before = next((p for p in reversed(self._pairs) if sides <= p), before)
        # The sentence's subject is a pair word for another pair: it is about them, whoever it names after.
        # (After a sentence naming the two and a third, a dual may well be theirs: «وبحث الوزيران…».)
        self.other_pair_subject = pair_word_first and before is not None and not {IRAN, RUSSIA} <= before
        if len(sides) >= 2:
            # The scene of what the two do (Syria) is not one of the pair a later «البلدين» speaks of; nor a
            # third state named after the two as the sentence's subject («فإيران وروسيا تملكان… ولا يملك
            # أي منتج بخلافهما وقطر…»).
            # The two named with a third, where the article was already speaking of the two, leave the pair
            # theirs («…قمة ثلاثية مع رئيسي والرئيس التركي. …التبادل التجاري بين البلدين»).
            ours = frozenset({IRAN, RUSSIA})
            # (``pair_alone``: the two are the only two states the sentence names together, «فرض الغرب عزلة خانقة
            # على موسكو وطهران»: a later «البلدين» is theirs, not the West and one of them.)
            self.current = ours if pair_subject or pair_alone or (ours <= sides and before == ours) else \
                frozenset(sides - {SCENE} if ours <= sides else sides)
            self._pairs.append(self.current)
        elif len(sides) == 1 and self.current is not None and not sides <= self.current:
            # One side named alone that is not of the current pair brings back the last pair it was of
            # («…بين إيران وروسيا. …الحرب الإسرائيلية على إيران. وقال أوفرتشوك… ويعول الطرفان…»).
            self.current = next((p for p in reversed(self._pairs) if sides <= p), self.current)
        # (one of the two with the scene of the talks, «وقال لافروف… للأزمة السورية», still speaks of the three)
        # (the two named with one third state, whatever pair a later «البلدين» is kept for: «اجتمع بوتين ونظيراه
        # الإيراني روحاني والتركي أردوغان… . وأكد الرؤساء الثلاثة…»)
        self.three = {IRAN, RUSSIA, THIRD} == sides - {SCENE} or \
            self.current is not None and {IRAN, RUSSIA} <= self.current and THIRD in self.current and \
            len(self.current - {SCENE}) == 3 or \
            self.three and len(sides - {SCENE}) == 1 and sides - {SCENE} <= {IRAN, RUSSIA}
        # One of the two named alone right after the other named alone: a dual in the next sentence, naming no one,
        # speaks of those two, whatever gathering they were named at («…قال لافروف… . وقال عبد اللهيان… . وعقد
        # الوزيران لقاء ثنائيا»).
        two_alone = self._two_alone
        self._two_alone = len(sides) == 1 and self._alone is not None and {self._alone} | sides == {IRAN, RUSSIA}
        self._alone = next(iter(sides)) if len(sides) == 1 else None
        if not sides and two_alone:
            return True
        if pair_word_first:  # «فالطرفان متنافسان على زبائن آسيا؛ إذ انتزعت روسيا من المملكة…»: the pair before
            return before == frozenset({IRAN, RUSSIA})
        if THIRD in sides or SCENE in sides and len(sides) == 2:
            return False  # in this sentence itself a pair word may be the third state's and one of them
        return self.current == frozenset({IRAN, RUSSIA})

    def met(self) -> None:
        """The sentence just taken tells a meeting of the two: whatever other states it names are what they
        discussed («بحث عراقجي ونظيره الروسي قرار فرنسا وبريطانيا وألمانيا…»), and a later «الجانبان» is theirs."""
        self.current = frozenset({IRAN, RUSSIA})
        self._pairs.append(self.current)
        self.three = False
