"""One article's match index: its folded text, its sentences, and every term list looked up once."""
from __future__ import annotations

from bisect import bisect_right

import re
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING

from etl.extract.lexicon import Lexicon
from etl.extract.normalize import NormText
from etl.extract.sentences import sentence_spans
from etl.extract.sides import IRAN, RUSSIA, SCENE, THIRD, Mention
from etl.extract.terms import Hits, Phrase, Regions, Terms, TextScan, only

if TYPE_CHECKING:
    from etl.extract.tables import Table


_QUOTES = "«»\"“”"


def _quoted(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` stands alone between quotation marks."""
    return a > 0 and b < len(text) and text[a - 1] in _QUOTES and text[b] in _QUOTES


# «الاتحاد» alone, no adjective after it (folded): the union the article named before, where it names no other.
_BARE_UNION = re.compile(r"(?<!\w)[وبل]?(?:ال|لل)اتحاد(?!\w)(?!\s+ال)")


# «في أوكرانيا», «عبر أذربيجان», «عبر أراضي أذربيجان», «مرورا بالأراضي التركمانية»: where, or the way through.
# A time told by a third state's act, right before its name (folded): «بعد ساعات من خطاب ترامب», «عقب قرار واشنطن».
_WHEN = re.compile(r"(?<!\w)(?:بعد|قبل|عقب|منذ)\s+(?:(?:ساعات|ساعه|ايام|يوم|يومين|اسابيع|اسبوع|اسبوعين|اشهر|شهر|اعوام|عام)\s+"
                   r"(?:قليله\s+)?(?:من|علي)\s+)?(?:خطاب|قرار|اعلان|تصريحات|انسحاب)\s*(?:الرييس\s+|الاداره\s+)?$")
WHEN_REACH = 45
# Against it, a few words before a third state (folded): «في مواجهة ما تسميه الأحادية الأمريكية», «ضد الغرب»; not
# with it or its partner named between («مناورات ضد القرصنة مع الصين», «ضد الإرهاب والصين»), nor «بوجه» («بوجه خاص»).
_AGAINST = re.compile(r"(?<!\w)(?:ضد|[لب]?مواجهه|في\s+وجه)(?:\s+(?!مع(?!\w)|بين(?!\w)|الي(?!\w)|و)\S+){0,3}?\s+$")
AGAINST_REACH = 40
# A minister, ministry or committee of a field, right before «النفط الإيراني» (folded): the side's own office.
_MINISTRY = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:وزير|وزيرا|وزيري|وزاره|وزارتا|وزارتي|لجنه)\s*$")  # (or two ministers: «وزيرا النفط…»)
# A treaty's parties told right after its name («… بين روسيا وكوريا الشمالية», «… مع بيونغ يانغ»).
_BETWEEN = re.compile(r"\s*(?:[«\"“]\s*)?(?:بين|مع)\s+")
_PAIR_ADJECTIVE = re.compile(r"\s*[-–]?\s*(?:و\s*)?(?:ال)?(?:روسي|ايراني)(?:ه|ين|ان)?(?!\w)")  # (folded)
_TREATY_WORD = re.compile(r"معاهد(?:ه|ات)(?!\w)")  # (folded: «معاهدة», «المعاهدة», «معاهدات»; not «معاهدتها», its own)
_STRATEGIC = re.compile(r"\s+(?:ال)?(?:استراتيجي|شراكه)")  # «معاهدة استراتيجية», «معاهدة الشراكة»: the two's own
# (a few words of its own between, no preposition opening another phrase: not «معاهدة الشراكة في ظل الصراع الدائر مع
# إسرائيل»; folded)
_BETWEEN_PAST_WORDS = re.compile(r"(?:\s+(?!(?:في|ظل|علي|الي|عن|من|حول|بشان|رغم|ضد|بعد|قبل|منذ)(?!\w))[^\s،,.؛:«»]+){1,4}?"
                                 r"\s+(?:بين|مع)\s+")
_PUNCT = re.compile(r"[،,.؛:]")
_AND = re.compile(r"\s*و")  # (a mention may begin with its «و»)
OTHERS_REACH = 40  # characters after «بين» in which a third state makes the treaty another pair's
# (the state's title between, on the way through: «عبر أراضي جمهورية أذربيجان»; not «في جمهورية أذربيجان», where a
# minister speaking there may be signing with it)
_IN = re.compile(r"(?<!\w)(?:[وف]?في|(?:عبر|عبر\s+(?:ال)?اراضي|مرورا\s+ب(?:اراضي)?|مرورا\s+بالاراضي)(?:\s+(?:ال)?جمهوريه)?)"
                 r"\s*$")
PLACE_WORDS_REACH = 28  # characters before a state's name in which «في», «عبر أراضي» make it a place
# «قادما من طهران», «عائدا من موسكو»: where one comes from, not where one goes.
_FROM = re.compile(r"(?<!\w)(?<!كل\s)من\s*$")  # (not «لكل من بكين وموسكو», each of)


# A person introduced by an office, a side's adjective and a name of two words («السفير الإيراني لدى روسيا
# كاظم جلالي», «نائب وزير الخارجية الروسي ميخائيل بوغدانوف»; folded): the surname alone names that side's official
# from there on (SIGNALS.md: a named official of either).
_INTRODUCED = re.compile(
    r"ال(?P<side>ايراني|روسي)(?:ه)?(?!\w)(?:\s+(?:لدي|في)\s+(?:ال)?\w+)?"
    r"\s+(?P<name>(?!ال)[^\W\d]{2,}\s+(?!ال)[^\W\d]{4,})(?!\w)(?P<after>\s*[،,.:؛«\"(]|\s+\S+)")
# Bodies that are no state's office, between the office and the adjective (a chamber, firm, paper, team, institute;
# a union: «سفير سوريا لدى الاتحاد الروسي»), folded.
_BODY_WORDS = (r"غرفه|شركه|شركات|صحيفه|جريده|مجله|وكاله|قناه|منتخب|نادي|فريق|مركز|معهد|جامعه|مجموعه|اتحاد|بنك|مصرف|"
               r"موسسه|جمعيه|رابطه|نقابه|تحرير|لدي|سفاره")
# The office before the side's adjective, a few words of its field between («نائب وزير الطاقة», «المتحدث باسم
# الخارجية»), folded.
_OFFICE_BEFORE = re.compile(
    r"(?<!\w)[وبل]?(?:ال)?(?:سفير|وزير|نايب|مساعد|رييس|متحدث|مستشار|مبعوث|مندوب|ممثل|قايد|مدير|محافظ)(?:ه|ا)?(?!\w)"
    r"(?:\s+(?!ال(?:ايراني|روسي)ه?(?!\w)|(?:[وبل]?(?:ال)?(?:" + _BODY_WORDS + r"))(?!\w))\S+){0,4}?\s+$")
OFFICE_REACH = 60  # characters before the side's adjective in which the office stands
# Words that follow an office but are no name («قال», «إن», «خلال»…; folded).
_NOT_A_NAME = {"قال", "ان", "انه", "انها", "في", "علي", "من", "عن", "الي", "مع", "خلال", "امس", "اليوم", "يوم", "اثناء",
               "لدي", "بعد", "قبل", "عقب", "حيث", "كما", "وقال", "واكد", "اكد", "اعلن", "اشار", "اوضح", "صرح", "كشف",
               "ذكر", "لوكاله", "لقناه", "لصحيفه", "بان", "الذي", "التي", "هذا", "هذه", "ذلك", "تلك", "عبر", "بين",
               "نحو", "حول", "بشان", "منذ", "امام", "دون", "غير", "كل", "جميع", "بعض", "اي", "ما", "لا", "لم", "لن",
               "قد", "هو", "هي", "وهو", "وهي", "سابقا", "السابق", "الحالي", "يقول", "تقول", "يري", "تري",
               "لشوون", "شوون", "بشوون"}
# Given names that are also surnames and words, never taken as an introduced official's surname («نوري», «حسن»).
_COMMON_NAMES = {"نوري", "حسن", "حسين", "علي", "محمد", "احمد", "سعيد", "كريم", "امين", "رضا", "جعفر", "عباس", "صادق",
                 "كاظم", "ناصر", "هادي", "مهدي", "موسي", "عيسي", "يوسف", "ابراهيم", "اسماعيل", "جواد", "حميد", "مجيد",
                 "رحيم", "عادل", "جمال", "كمال", "فريد", "سليم", "منصور", "نصر", "شريف", "رشيد", "عزيز", "بشير", "خليل",
                 "جليل", "سلمان", "سليمان", "داود", "زكي", "فاضل", "باقر", "قاسم", "هاشم", "حيدر", "طاهر", "امير", "حداد"}


class Article:
    """Per-article match index: the lists that decide where Iran and Russia are in play are searched over
    the whole folded text, the rest over those sentences only (see `focus`)."""

    def __init__(self, text: str, lex: Lexicon, published: date | None = None):
        self.nt = NormText.of(text)
        self.lex = lex
        self.published = published  # the article's date, where known (what «العام الماضي» means)
        self._hits: dict[int, Hits] = {}
        self.regions: Regions | None = None
        self._slot = lex.index.slots.get  # id(Terms) -> its slot in the index
        self.named_agreements: list | None = None  # the catalogue agreements the whole text names
        self.agreements_told: list = []  # the agreement signals found so far, in text order (what a reference points to)
        self.rows_read: set[tuple[int, int]] = set()  # the table rows whose figures the tables' reader gave

    @cached_property
    def named_organisation(self):
        """The one catalogue organisation the whole text names, or None (none, or several)."""
        named = [en for en in self.lex.entries if en.kind == "organisation" and self._names(en)]
        # (an organisation's first entry: the others with its key are narrower readings, such as Iran joining it)
        return named[0] if len({en.key for en in named}) == 1 else None

    def _names(self, en) -> bool:
        """Whether some sentence names the entry and none of its `unless` words (Astana the city, not the talks)."""
        spans = en.terms.find_regex(self.text).spans
        if not spans or en.unless is None:
            return bool(spans)
        return any(not en.unless.find_regex(self.text[s:e]).spans
                   for s, e in {self.sentences[bisect_right(self.sentence_starts, p) - 1] for p, _ in spans})

    @property
    def text(self) -> str:
        """The folded text, which every offset here points into."""
        return self.nt.text

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return sentence_spans(self.nt.text)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts, to find by bisection the sentence an offset falls in."""
        return [s for s, _ in self.sentences]

    @cached_property
    def tables(self) -> list[Table]:
        """The tables, charts and fact boxes flattened into the text (`etl.extract.tables.tables`)."""
        from etl.extract.tables import tables
        return tables(self)

    @cached_property
    def table_sentences(self) -> set[tuple[int, int]]:
        """The tables' rows and the sentences above them that say whose figures they are: where the sides must
        be looked for once the article is focused."""
        above = {(s, e) for _, (cs, ce) in self.tables for s, e in self.sentences if cs <= s and e <= ce}
        return above | {(row.s, row.e) for rows, _ in self.tables for row in rows}

    @cached_property
    def scan(self) -> TextScan:
        """Every term list, looked up word by word."""
        return TextScan(self.lex.index, self.nt.text)

    def hits(self, terms: Terms | Phrase) -> Hits:
        h = self._hits.get(id(terms))
        if h is None:
            if "scan" not in self.__dict__ and id(terms) in self.lex.name_lists:
                # (a list that decides where the sides are named, before the article is known to be relevant:
                # its own small index answers, as the full scan would; these lists are looked for in the whole text)
                h = self._name_hits(terms)
            else:
                regions = self.scan.whole if self.regions is None or id(terms) in self.lex.global_lists else self.regions
                h = self.scan.phrase_in(terms, regions) if isinstance(terms, Phrase) else self.scan.find_in(terms, regions)
            if terms is self.lex.iran_officials or terms is self.lex.russia_officials:
                h = self._with_surnames(h, self.lex.iran_surnames if terms is self.lex.iran_officials
                                        else self.lex.russia_surnames)
                h = self._with_introduced(h, IRAN if terms is self.lex.iran_officials else RUSSIA)
            self._hits[id(terms)] = h
        return h

    def _with_surnames(self, full: Hits, surnames: Terms) -> Hits:
        """Officials' hits, with a bare surname that stands after the same official was named in full
        («الرئيس الإيراني حسن روحاني… أول زيارة يقوم بها روحاني»): the news names a person in full first."""
        if not full.spans:
            return full
        text = self.text
        later = [(p, q) for p, q in self.hits(surnames).spans
                 if not any(a <= p < b for a, b in full.spans) and
                 any(b <= p and text[p:q] in text[a:b] for a, b in full.spans)]
        return Hits(sorted(full.spans + later)) if later else full

    def _with_introduced(self, hits: Hits, side: str) -> Hits:
        """Officials' hits, with the surname of a person the article introduced as that side's by title and name
        («السفير الإيراني لدى روسيا كاظم جلالي… وأقر جلالي بأن…»): each later use of the surname alone."""
        later = [(p, q) for p, q in self.introduced.get(side, []) if not hits.any(p, q)]
        return Hits(sorted(hits.spans + later)) if later else hits

    @cached_property
    def introduced(self) -> dict[str, list[tuple[int, int]]]:
        """Side -> where the surname of a person introduced as its official stands alone after the introduction."""
        text, out = self.text, {}
        for m in _INTRODUCED.finditer(text):
            if not _OFFICE_BEFORE.search(text, max(0, m.start() - OFFICE_REACH), m.start()):
                continue
            words = m.group("name").split()
            after = m.group("after").strip()
            # (the name must end there: punctuation or a word that is no name after it, not a third name
            # «حسين أمير عبد اللهيان»; and not one the catalogue knows, whose surnames it gives itself)
            if any(w in _NOT_A_NAME for w in words) or not (after in "،,.:؛«\"(" or after in _NOT_A_NAME) or \
                    self._known_official(m.start("name"), m.end("name")):
                continue
            surname = words[-1]
            if surname in _COMMON_NAMES:
                continue
            side = IRAN if m.group("side") == "ايراني" else RUSSIA
            spans = [(x.start(1), x.end(1)) for x in re.finditer(rf"(?<!\w)[وف]?({re.escape(surname)})(?!\w)", text)
                     if x.start() >= m.end()]
            out.setdefault(side, []).extend(spans)
        return out

    def _known_official(self, a: int, b: int) -> bool:
        """Whether the catalogue names an official at ``[a, b)``."""
        piece = self.text[a:b]
        return bool(self.lex.iran_officials.find_regex(piece).spans or self.lex.russia_officials.find_regex(piece).spans)

    def focus(self, sentences: list[tuple[int, int]]) -> Regions:
        """From now on, look for the lists other than the parties' in these sentences only.

        What was looked for in the whole text is known by now (the sides, the pair words, the projects only the
        two share: `_in_play`), and what is looked for from now on is looked for in these sentences (or, for
        the other states, used only there): the full scan need cut only their words into terms."""
        if "scan" not in self.__dict__:
            self.__dict__["scan"] = TextScan(self.lex.index, only(self.nt.text, sentences))
        self.regions = self.scan.regions(sentences)
        return self.regions

    def may_match(self, terms: Terms, present: set[int]) -> bool:
        """False when ``terms`` cannot match in a sentence whose present slots are given."""
        slot = self._slot(id(terms))
        return slot is None or slot in present

    @cached_property
    def union_referred(self) -> list[tuple[int, int]]:
        """Where a bare «الاتحاد» refers back to the Eurasian union, or one of its bodies, named before it, in an
        article that names no other union («اتفاقية التجارة الحرة المؤقتة بين إيران والاتحاد ستدخل حيز التنفيذ»)."""
        text, lex = self.text, self.lex
        bare = [m.span() for m in _BARE_UNION.finditer(text)]
        if not bare:  # (most articles: no scan of the whole text for the union's names)
            return []
        # (the whole text, not only the sentences in play: the union may be named where neither side is)
        named = lex.russia_blocs.find_regex(text).spans + lex.russia_bloc_bodies.find_regex(text).spans
        if not named or lex.other_unions.find_regex(text).spans:
            return []
        first = min(p for p, _ in named)
        return [(p, q) for p, q in bare if p > first]

    def names_union(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` names the Eurasian union Russia leads, by name or by a bare «الاتحاد» referring to it."""
        return self.has(self.lex.russia_blocs, s, e) or any(s <= p < e for p, _ in self.union_referred)

    def has(self, terms: Terms | Phrase | None, s: int, e: int) -> bool:
        return terms is not None and self.hits(terms).any(s, e)

    def told_before(self, terms: Terms, s: int) -> bool:
        """Whether one of ``terms`` occurs anywhere before ``s`` (a sentence's start): what a bare word refers back
        to may have been named in a sentence not in play, which the scan after `focus` no longer sees («ناقش
        الأوروبيون الاتفاق النووي…»). The whole text is looked through once per list."""
        key = hash(("told", id(terms)))
        if key not in self._hits:
            self._hits[key] = terms.find_regex(self.text)
        spans = self._hits[key].spans
        return bool(spans) and spans[0][1] <= s

    def party(self, side: str) -> Hits:
        """Where a side is named as a party: its names (not inside «the Iranian nuclear deal» and the like)
        and its officials; for the third side, the other states."""
        key = hash(("party", side))
        if key not in self._hits:
            lex = self.lex
            if side in (THIRD, SCENE):  # («وكالة الأنباء الفرنسية» names no party)
                self._hits[key] = Hits(self._unmasked(lex.third_parties if side == THIRD else lex.scene_states))
            else:
                names, officials = (lex.iran, lex.iran_officials) if side == IRAN else (lex.russia, lex.russia_officials)
                self._hits[key] = Hits(sorted(self._unmasked(names) + self.hits(officials).spans))
        return self._hits[key]

    def treaty_refs(self, s: int, e: int) -> list[tuple[int, int]]:
        """Where a bare «المعاهدة» in ``[s, e)`` refers back to the two's treaty, which the article named before or,
        in an article dated from the treaty's signing on, need not have named (unless it told of another treaty)."""
        refs = self.hits(self.lex.treaty_refs).within(s, e)
        docs = self.hits(self.lex.document_refs).within(s, e)
        if not (refs or docs):
            return []
        treaty = self.hits(self.lex.treaty.terms)
        named = treaty.within(0, s)
        if not named:  # dated from its signing on, «المعاهدة» is that treaty, unless the article told of another
            dated = self.published is not None and self.published >= self.lex.treaty_signed
            if not dated or any(p < s for p in self._other_treaties):
                return []
            return [(a, b) for a, b in refs if not self.of_others(b)]
        if self.of_others(named[-1][1]):
            return []
        if docs:  # «الوثيقة»: the treaty only where no other document was named since it was
            others = [p for p, _ in self.hits(self.lex.documents).within(named[-1][1], e)
                      if not any(a <= p < b for a, b in treaty.spans)]
            docs = [(a, b) for a, b in docs if not any(p < a for p in others)]
        return sorted(refs + docs)

    @cached_property
    def _other_treaties(self) -> list[int]:
        """Where treaties other than a bare «المعاهدة» or the two's own are told («معاهدة السلام بين أرمينيا
        وأذربيجان»): a bare one after such a treaty is most likely that one. (Once per article: every clause asks.)"""
        bare = self.hits(self.lex.treaty_refs).spans
        return [m.start() for m in _TREATY_WORD.finditer(self.text)
                if not any(a <= m.start() < b for a, b in bare) and not _STRATEGIC.match(self.text, m.end())]

    def of_others(self, b: int) -> bool:
        """Whether the agreement named up to ``b`` is another pair's: «بين» or «مع» and a third state right after it
        («معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وكوريا الشمالية»), a few words of its term between or not
        («اتفاقية التعاون الشامل لمدة 25 عاما بين الصين وإيران»)."""
        m = _BETWEEN.match(self.text, b) or _BETWEEN_PAST_WORDS.match(self.text, b)
        if m is None:
            return False
        stop = _PUNCT.search(self.text, m.end(), m.end() + OTHERS_REACH)  # (the parties end with their phrase)
        end = stop.start() if stop is not None else m.end() + OTHERS_REACH
        named = self.mentions(m.end(), end)[:2]
        # (the first named, or the second joined to it by «و»: «بين روسيا وكوريا الشمالية», not «مع روسيا في ظل
        # الصراع الدائر مع إسرائيل»)
        return bool(named) and (named[0].side == THIRD or len(named) == 2 and named[1].side == THIRD and
                                _AND.fullmatch(self.text, named[0].end, named[1].start + 1) is not None)

    def named_as_place(self, start: int) -> bool:
        """Whether the state named at ``start`` is named as where things happen or the way through («في سوريا»,
        «عبر أذربيجان»)."""
        return bool(_IN.search(self.text, max(0, start - PLACE_WORDS_REACH), start))

    def _unmasked(self, terms: Terms) -> list[tuple[int, int]]:
        """Where ``terms`` occur, but not inside a phrase that names no party («الاتفاق النووي الإيراني»)."""
        # (not where a ministry or minister holds the phrase: «وزير النفط الإيراني» is Iran's minister of oil)
        # (nor where the other's adjective follows: «الاتفاق الإيراني الروسي» names the two as its parties)
        masked = [(a, b) for a, b in self.hits(self.lex.not_party).spans
                  if not _MINISTRY.search(self.text, max(0, a - 12), a) and not _PAIR_ADJECTIVE.match(self.text, b)] + [
            (a, b) for a, b in self.hits(self.lex.newspapers).spans if _quoted(self.text, a, b)]
        return [sp for sp in self.hits(terms).spans if not any(a <= sp[0] < b for a, b in masked)]

    @cached_property
    def _names_scan(self) -> TextScan:
        return TextScan(self.lex.names_index, self.nt.text)

    def _name_hits(self, terms: Terms) -> Hits:
        """``terms`` (a list that tells whether a side is named) found by the names' own index."""
        return self._names_scan.find(self.lex.name_lists[id(terms)])

    def named(self, side: str) -> bool:
        """Whether the article names the side at all (a cheap substring test first)."""
        lex = self.lex
        names, officials = (lex.iran, lex.iran_officials) if side == IRAN else (lex.russia, lex.russia_officials)
        if not (names.may_occur(self.text) or officials.may_occur(self.text)):
            return False
        return bool(self.party(side).spans)

    def mentions(self, s: int, e: int) -> list[Mention]:
        """Every side named in ``[s, e)``, in text order; where two lists match the same words, the longer
        match wins (a third-state phrase inside a party's name is not a third state)."""
        found = [Mention(a, b, side) for side in (IRAN, RUSSIA, THIRD, SCENE) for a, b in self.party(side).within(s, e)]
        found.sort(key=lambda m: (m.start, -m.end))
        out: list[Mention] = []
        for m in found:
            if out and m.start < out[-1].end:
                prev = out[-1]
                if {prev.side, m.side} == {IRAN, RUSSIA} and prev.start < m.start:
                    # One side's name phrase holding the other's («روحاني وبوتين»): both are named.
                    out[-1] = Mention(prev.start, len(self.text[:m.start].rstrip()), prev.side)
                    out.append(m)
                elif {prev.side, m.side} == {IRAN, RUSSIA} and m.end < prev.end:
                    # ... or opening on it («بوتين ورئيسي»): the other's name first, then this one's past «و».
                    rest = self.text[m.end:prev.end]
                    out[-1] = m
                    out.append(Mention(prev.end - len(rest.lstrip(" و")), prev.end, prev.side))
                continue
            if m.side == THIRD and (self.named_as_place(m.start) or _WHEN.search(self.text, max(0, m.start - WHEN_REACH), m.start) or
                                    _AGAINST.search(self.text, max(0, m.start - AGAINST_REACH), m.start)):
                # «قبل بدء الحرب في أوكرانيا», «قمة في أنقرة», «الغاز الروسي عبر أذربيجان»: a state named as
                # where things happen or the way through is the scene, not a third party to them; so is one whose
                # act dates what is told («بعد ساعات من خطاب ترامب، وأكد الجانبان…»); so is the one they stand
                # against («تصف طهران روسيا بأنها "شريك استراتيجي" في مواجهة الأحادية الأمريكية»).
                m = Mention(m.start, m.end, SCENE)
            out.append(m)
        return out

    def in_sentences(self, hits: Hits) -> list[bool]:
        """For each sentence, whether one of ``hits`` starts in it."""
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
        return self.in_sentences(self.party(IRAN)), self.in_sentences(self.party(RUSSIA))

    @cached_property
    def pairs_the_two(self) -> bool:
        """Whether some sentence names Iran and Russia both: the article is about the two."""
        return any(i and r for i, r in zip(*self.sides))

    def participants(self, s: int, e: int) -> tuple[bool, bool]:
        """Whether an Iranian, and whether a Russian, takes part in ``[s, e)``: an official or a role
        («نظيره الروسي», «الوزير الإيراني»)."""
        lex = self.lex
        return (self.has(lex.iran_officials, s, e) or self.has(lex.iran_roles, s, e),
                self.has(lex.russia_officials, s, e) or self.has(lex.russia_roles, s, e))

    def places(self, s: int, e: int) -> tuple[bool, bool]:
        """Whether Iran, and whether Russia, is named in ``[s, e)`` by its name (a country or capital to
        visit), not as where one comes from («وصل المعلم مسقط قادما من طهران»)."""
        lex = self.lex
        return tuple(any(not _FROM.search(self.text, max(0, p - 4), p) for p, _ in self.hits(places).within(s, e))
                     for places in (lex.iran_places, lex.russia_places))  # type: ignore[return-value]
