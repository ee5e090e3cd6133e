"""Arabic term lists compiled into patterns, and the word index that finds them fast.

Each term list is one alternation regex over folded text (`Terms.find_regex`, the reference). Extraction
instead cuts the text into words once and looks every list up word by word (`TermIndex`, `TextScan`),
which gives the very same spans many times faster.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from collections import defaultdict
from functools import cached_property
from itertools import compress
from typing import Iterable, Iterator, NamedTuple

import ahocorasick
import numpy as np

from etl.extract.normalize import normalize

_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _body(term: str) -> tuple[str, str, str]:
    """(prefix kind, body regex, tail regex) of one term, on folded text."""
    t = normalize(term.strip())
    star = t.endswith("*")
    t = t.rstrip("*")
    # (a later word may open a quotation: «آلية «الزناد»», «معاهدة "الشراكة الاستراتيجية"»; optional literals, not a
    # character class, which made each of the index's thousands of bodies eight times slower to compile. Not an earlier
    # word closing one, «"…للعلاقات" بين البلدين»: tried in session 22, it found two more true signals on the tuning
    # part and two more spurious, and made extraction 8% slower)
    body = "\\s+«?\"?“?".join(re.escape(w) for w in t.split())
    body = body.replace(r"\-", r"\s*-?\s*").replace(r"\+", r"\s*\+\s*")
    if not _ARABIC.match(t):
        kind = "latin"
    elif t.startswith("ال"):
        kind, body = "al", body[2:]
    else:
        kind = "bare"
    return kind, body, (r"\w*" if star else r"(?!\w)")


# Clitics allowed before a term: conjunction و/ف, preposition ب/ك/ل, and the article (ل + ال is لل; before
# a word that starts with ل, ل + ال + لجنة is written للجنة: one lam of the article's is dropped).
# A bare term takes the article too, and ل + ال is لل there as well («للاتفاق», «للتعاون»).
_PREFIX = {"al": r"(?:[وف]?[بك]?ال|[وف]?لل|[وف]?ل(?=ل))", "bare": r"(?:[وف]?(?:[بكل]?(?:ال)?|لل))", "latin": ""}


# An indefinite noun in the accusative takes an alef («تمرين» → «تمرينا», «حليف» → «حليفا»): a one-word term
# without the article matches with it too, unless it ends in what takes no such alef (a vowel letter, teh
# marbuta, hamza, a feminine plural).
_NO_ACCUSATIVE_ALEF = ("ا", "ه", "ى", "ء", "ي", "ات")


def _groups(terms: list[str]) -> list[tuple[str, list[str]]]:
    """The terms' bodies (tails included) by clitic kind, in the order their alternation tries them:
    kinds in order of first use, bodies longest first."""
    groups: dict[str, list[str]] = {}
    for t in terms:
        if t.strip():
            kind, body, tail = _body(t)
            groups.setdefault(kind, []).append(body + tail)
            if kind == "bare" and tail == r"(?!\w)" and re.fullmatch(r"\w{3,}", body) and \
                    not body.endswith(_NO_ACCUSATIVE_ALEF):
                groups[kind].append(body + "ا" + tail)
    return [(k, sorted(set(v), key=len, reverse=True)) for k, v in groups.items()]


def _alternation(groups: list[tuple[str, list[str]]]) -> str:
    alts = [_PREFIX[k] + "(?:" + "|".join(v) + ")" for k, v in groups]
    return r"(?<!\w)(?:" + "|".join(alts) + ")"


def terms_pattern(terms: list[str]) -> str:
    """One regex for many terms, with the word-start check and the clitics factored out for speed."""
    return _alternation(_groups(terms))


def _parts(term: str) -> list[str]:
    """Substrings every match of ``term`` contains: its words, folded, clitics and the article aside, split at
    hyphens and pluses (which a match may leave out)."""
    t = normalize(term.strip()).rstrip("*")
    words = [w[2:] if w.startswith("ال") else w for w in t.split()]
    return [p for w in words for p in re.split(r"[-+]", w) if p]


def key_substring(term: str) -> str:
    """A substring every match of ``term`` contains (its longest word, folded, clitics aside)."""
    return _key_of(_parts(term))


def _key_of(parts: list[str]) -> str:
    # Any word of a term will do, since all must occur: the longest that is not a common word (first names,
    # «مجلس», «اسلامي»), the last on a tie (a surname), so that the prefilter lets few articles through.
    rare = [p for p in parts if p not in _COMMON_WORDS] or parts
    return max(reversed(rare), key=len)


# Words too common in Arabic news to stand for a name in the prefilter (folded).
_COMMON_WORDS = {normalize(w) for w in ["محمد", "محمود", "علي", "حسن", "حسين", "إبراهيم", "أكبر", "مجلس",
                                         "إسلامي", "إسلامية", "جمهورية", "دكتور", "رئيسي", "رئيس", "سيد",
                                         "رضا", "جواد", "عباس", "قاسم", "إسماعيل", "سعيد", "ناصر", "أمير",
                                         "أعلى", "مستشار", "ثوري", "قال", "أكد",
                                         "أعلن", "أضاف", "أوضح", "وصف", "شدد", "اعتبر", "التقى", "استقبل"]}


class NameFilter:
    """Whether a text may name a side, in two steps: `__call__`, some term's key occurs (one pass, `AnyOf`); then
    `all_words`, for the texts that pass, every word of some term occurs. The second step turns away what the
    keys of names of two or more words let through («تلتقي» holds the key of «التقى رئيسي», «إسلامي» that of «حسين
    سلامي»), before the article's names are looked up word by word."""

    def __init__(self, terms: Iterable[str]):
        needs: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for t in terms:
            if t.strip():
                parts = _parts(t)
                key = _key_of(parts)
                needs[key].append(tuple(sorted(set(parts) - {key})))
        self._any = AnyOf(needs)
        # each key -> the other words each of its terms needs (a key that is a one-word term's: that alone will do)
        self._needs = dict(needs)
        self._whole = frozenset(k for k, rests in needs.items() if () in rests)

    def __call__(self, text: str) -> bool:
        return self._any(text)

    def all_words(self, text: str) -> bool:
        """Whether every word of some term occurs in ``text`` (False: no term can match it); one pass, stopping at
        the first key whose term is all there (most often the first key found, a one-word name)."""
        return any(key in self._whole or any(all(w in text for w in rest) for rest in self._needs[key])
                   for key in self._any.found(text))


class AnyOf:
    """Whether any of several substrings occurs in a text, in one pass over it (Aho–Corasick):
    the relevance prefilter asks this of every article, for some fifty names at once."""

    def __init__(self, keys: Iterable[str]):
        self._auto = ahocorasick.Automaton()
        for k in set(keys):
            self._auto.add_word(k, k)
        self._empty = len(self._auto) == 0
        if not self._empty:
            self._auto.make_automaton()

    def __call__(self, text: str) -> bool:
        if self._empty:
            return False
        for _ in self._auto.iter(text):
            return True
        return False

    def found(self, text: str) -> Iterator[str]:
        """Each occurrence of a key in ``text``, in order of where it ends."""
        if not self._empty:
            yield from (key for _, key in self._auto.iter(text))


@dataclass
class Terms:
    """A list of terms compiled into one pattern; finds their spans in folded text.

    ``find``/``find_in`` look the terms up token by token (`TermIndex`); ``find_regex``/``find_in_regex``
    scan with the alternation regex, the reference that the token lookup reproduces span for span.
    """

    terms: list[str]
    keys: tuple[str, ...] = field(init=False)
    groups: list[tuple[str, list[str]]] = field(init=False, repr=False, compare=False)
    # Set by the index that holds the list (see `TermIndex`).
    index: "TermIndex | None" = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.groups = _groups(self.terms)  # computed once: the regex and the index share its order
        self.keys = tuple(sorted({key_substring(t) for t in self.terms if t.strip()}))

    @cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """The alternation regex (None for an empty list), compiled when first needed: the token index
        answers most lookups without it, and compiling all ~560 took 0.2 s of every ingest's start."""
        return re.compile(_alternation(self.groups)) if self.groups else None

    def may_occur(self, text: str) -> bool:
        """A cheap test: False means no term can match ``text`` (plain `in` beats `AnyOf` for a few keys
        on a sentence, where extraction asks it)."""
        return any(k in text for k in self.keys)

    def find(self, text: str) -> "Hits":
        """All non-overlapping matches in ``text``."""
        if not self.groups or not self.may_occur(text):  # the substring test is far cheaper
            return Hits([])
        return TextScan(self.index or TermIndex([self]), text).find(self)

    def find_in(self, text: str, regions: list[tuple[int, int]]) -> "Hits":
        """Matches inside the given spans of ``text`` (words before a span still count as context)."""
        if not self.groups or not regions or not self.may_occur(text):
            return Hits([])
        return TextScan(self.index or TermIndex([self]), text).find_in(self, regions)

    def find_regex(self, text: str) -> "Hits":
        """``find`` by the alternation regex (the reference implementation)."""
        if self.pattern is None or not self.may_occur(text):
            return Hits([])
        return Hits([m.span() for m in self.pattern.finditer(text)])

    def find_in_regex(self, text: str, regions: list[tuple[int, int]]) -> "Hits":
        """``find_in`` by the alternation regex (the reference implementation)."""
        if self.pattern is None or not regions or not self.may_occur(text):
            return Hits([])
        return Hits([m.span() for s, e in regions for m in self.pattern.finditer(text, s, e)])


@dataclass
class Phrase:
    """Spans of a ready-made regex (for patterns built from two term lists) that opens with ``lead``'s terms."""

    pattern: re.Pattern[str]
    lead: Terms | None = None  # a match can start only where one of these terms can

    def find(self, text: str) -> "Hits":
        """All non-overlapping matches in ``text``."""
        return Hits([m.span() for m in self.pattern.finditer(text)])

    def find_in(self, text: str, regions: list[tuple[int, int]]) -> "Hits":
        """Matches inside the given sorted spans of ``text``."""
        return Hits([m.span() for s, e in regions for m in self.pattern.finditer(text, s, e)])


def role_phrase(roles: list[str], demonyms: list[str], others: list[str] = ()) -> Phrase:
    """An official's role followed within three words by a demonym: «وزير الخارجية الروسي»; not past another's
    demonym («وزير الدفاع الإيراني الجانبَ الروسي» is Iran's minister)."""
    between = rf"(?!{terms_pattern(list(others))})\S+" if others else r"\S+"
    role, demonym = terms_pattern(roles), terms_pattern(demonyms)
    # (or past it, where the demonym is joined to it by «و»: «الرؤساء الإيراني والروسي والتركي» are all presidents)
    return Phrase(re.compile(rf"{role}(?:\s+{between}){{0,3}}?\s+{demonym}|{role}(?:\s+\S+){{0,3}}?\s+(?=و){demonym}"),
                  lead=Terms(roles))


# --- The token index -----------------------------------------------------------------------------
# Every match of a term list's regex starts at the start of a word (a maximal run of \w), since the
# pattern opens with (?<!\w) and every clitic and term begins with a word character. So the text is cut
# into words once, each distinct word is looked up once (and remembered), and only words that can begin
# a term are looked at again. Among the terms that can begin at a word, the one the regex would take is
# the first in the regex's own order: kind group, then clitic split (in backtracking order), then body.

class LazyPattern:
    """A body's regex, compiled when first matched: most bodies never begin a word of the texts read, and compiling
    the index's thousands at once cost a third of a second of every start."""

    __slots__ = ("source", "match")

    def __init__(self, source: str):
        self.source = source
        # (the compiled pattern's own method once compiled: no Python call between the scan and the regex)
        self.match = self._compile_and_match

    def _compile_and_match(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        self.match = re.compile(self.source).match
        return self.match(text, pos, endpos)


# A step: the offset after the clitics, and the body's regex to match there (None: the word alone
# decides, and the match ends where the word does).
Step = tuple[int, "LazyPattern | None"]


class Plan(NamedTuple):
    """What a word can begin: for each list (slot), the steps to try in order."""

    by_slot: tuple[tuple[int, tuple[Step, ...]], ...]
    slots: frozenset[int]


_WORD = re.compile(r"\w+")
_HEAD = re.compile(r"\w*")


def _word_chars() -> np.ndarray:
    """Which Basic Multilingual Plane characters ``\\w`` matches, as a lookup table (taken from ``re``)."""
    table = np.zeros(0x10000, dtype=bool)
    every = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000)
    for m in re.finditer(r"\w", every):
        table[ord(m.group())] = True
    return table


_IS_WORD = _word_chars()


def _words(text: str) -> tuple[list[bytes], np.ndarray | list[int], np.ndarray | list[int]]:
    """The words of ``text`` (what ``\\w+`` finds) in UTF-8, and where each starts and ends.

    Bytes, since splitting and hashing them is cheaper than str (every word is looked up).
    """
    if len(text) >= 64:
        try:
            codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
        except UnicodeEncodeError:  # a lone surrogate
            codes = None
        if codes is not None and codes.max() < 0x10000:
            word = np.concatenate(([False], _IS_WORD[codes], [False]))
            edges = np.flatnonzero(word[1:] != word[:-1])  # alternately where words start and end
            # Everything but word characters becomes a space, so bytes.split() gives the words
            # (no word character has an ASCII space byte in UTF-8).
            spaced = np.where(word[1:-1], codes, np.uint32(32)).tobytes().decode("utf-32-le")
            return spaced.encode("utf-8").split(), edges[0::2], edges[1::2]
    found = list(_WORD.finditer(text))
    return ([m.group().encode("utf-8", "surrogatepass") for m in found],
            [m.start() for m in found], [m.end() for m in found])


def _bare_offsets(word: str) -> list[int]:
    """Lengths of the clitics ``[وف]?(?:[بكل]?(?:ال)?|لل)`` can take from ``word``, in the regex's order."""
    out: list[int] = []
    for a in ((1, 0) if word[:1] in ("و", "ف") else (0,)):
        for b in ((1, 0) if word[a:a + 1] in ("ب", "ك", "ل") else (0,)):
            for c in ((2, 0) if word[a + b:a + b + 2] == "ال" else (0,)):
                if a + b + c not in out:
                    out.append(a + b + c)
        if word[a:a + 2] == "لل" and a + 2 not in out:
            out.append(a + 2)
    return out


def _al_offsets(word: str) -> list[int]:
    """Lengths of the clitics ``(?:[وف]?[بك]?ال|[وف]?لل|[وف]?ل(?=ل))`` can take from ``word``, in the regex's
    order."""
    out: list[int] = []
    conj = (1, 0) if word[:1] in ("و", "ف") else (0,)
    for a in conj:
        for b in ((1, 0) if word[a:a + 1] in ("ب", "ك") else (0,)):
            if word[a + b:a + b + 2] == "ال" and a + b + 2 not in out:
                out.append(a + b + 2)
    for a in conj:
        if word[a:a + 2] == "لل" and a + 2 not in out:
            out.append(a + 2)
    for a in conj:
        if word[a:a + 2] == "لل" and a + 1 not in out:
            out.append(a + 1)
    return out


_OFFSETS = {"bare": _bare_offsets, "al": _al_offsets, "latin": lambda word: [0]}
MAX_CLITICS = 4  # the longest clitics any of them takes off a word («وبال», «فكال»)
# Every letter of every clitic _PREFIX allows (its patterns' letters, the syntax taken out).
_CLITIC_LETTERS = frozenset(re.sub(r"\(\?[:=!]|[()?|\[\]]", "", "".join(_PREFIX.values())))


@dataclass(frozen=True)
class _Alt:
    """One body of one list, as the index keeps it under the body's first word (its head)."""

    slot: int
    group: int  # place of its kind group in the list's alternation
    rank: int  # place of the body in its group
    verify: LazyPattern | None  # None: a one-word body, decided by the word itself


class _Plans(dict):
    """Word (UTF-8) -> plan, or None where no term can begin; worked out on first sight of a word."""

    def __init__(self, index: "TermIndex"):
        super().__init__()
        self.index = index

    def __missing__(self, word: bytes) -> Plan | None:
        plan = self[word] = self.index.plan(word.decode("utf-8", "surrogatepass"))
        return plan


class TermIndex:
    """Term lists indexed by the first word of each term (clitics aside), for `TextScan`."""

    MAX_WORDS = 200_000  # remembered plans; forgotten all at once past this

    def __init__(self, lists: Iterable[Terms] = ()):
        self.lists: list[Terms] = []
        self.slots: dict[int, int] = {}  # id(Terms) -> slot
        self.regex_only: set[int] = set()  # slots holding a body the index cannot take
        # kind -> head -> bodies: the word after the clitics must be the head / must begin with it.
        self._whole: dict[str, dict[str, list[_Alt]]] = {k: {} for k in _PREFIX}
        self._begins: dict[str, dict[str, list[_Alt]]] = {k: {} for k in _PREFIX}
        self._begin_lengths: dict[str, list[int]] = {k: [] for k in _PREFIX}  # shortest first
        # every prefix of the heads a word may begin with: past the first that is none, no longer head can match
        self._begin_prefixes: dict[str, set[str]] = {k: set() for k in _PREFIX}
        # Every head of every kind, as the word after the clitics must be it or begin with it: a word where no
        # offset the clitic letters allow leaves one can begin no term (most words, even for the whole index).
        self._whole_heads: set[str] = set()
        self._begin_heads: set[str] = set()
        self._any_begin_lengths: list[int] = []  # of the begin heads of every kind, shortest first
        self._plans = _Plans(self)
        self._alternations: dict[str, LazyPattern] = {}  # one compiled alternation for the words that share it
        for terms in lists:
            self.add(terms)

    def add(self, terms: Terms) -> int:
        """Index one list (once); returns its slot."""
        if id(terms) in self.slots:
            return self.slots[id(terms)]
        slot = len(self.lists)
        self.lists.append(terms)  # keeps it alive, so its id stays its own
        self.slots[id(terms)] = slot
        for g, (kind, bodies) in enumerate(terms.groups):
            for r, body in enumerate(bodies):
                head = _HEAD.match(body).group()
                rest = body[len(head):]
                if not head:
                    self.regex_only.add(slot)
                    continue
                if rest == r"(?!\w)":  # one word: the word after the clitics is the head
                    whole, verify = True, None
                elif rest == r"\w*":  # one word with *: the word after the clitics begins with the head
                    whole, verify = False, None
                else:  # more words, a hyphen or a plus: check the body's regex after the clitics
                    # Whitespace or a plus after the head ends the word; a hyphen may be left out.
                    whole, verify = rest.startswith((r"\s+", r"\s*\+")), LazyPattern(body)
                table = (self._whole if whole else self._begins)[kind]
                table.setdefault(head, []).append(_Alt(slot, g, r, verify))
                if whole:
                    self._whole_heads.add(head)
                else:
                    self._begin_heads.add(head)
                    self._any_begin_lengths = sorted({*self._any_begin_lengths, len(head)})
                    self._begin_lengths[kind] = sorted({*self._begin_lengths[kind], len(head)})
                    self._begin_prefixes[kind].update(head[:n] for n in range(1, len(head) + 1))
        self._plans.clear()
        terms.index = self
        return slot

    def plan(self, word: str) -> Plan | None:
        """For each list, the bodies that can start at ``word``, in the regex's order of trying them,
        up to the first that the word alone decides."""
        if self._cannot_begin(word):
            return None
        found: dict[int, list[tuple[tuple[int, int, int], int, LazyPattern | None]]] = {}
        for kind, offsets in _OFFSETS.items():
            whole, begins, lengths = self._whole[kind], self._begins[kind], self._begin_lengths[kind]
            prefixes = self._begin_prefixes[kind]
            for order, k in enumerate(offsets(word)):
                rest = word[k:]
                alts = list(whole.get(rest, ()))
                for n in lengths:
                    if n > len(rest) or rest[:n] not in prefixes:
                        break
                    alts.extend(begins.get(rest[:n], ()))
                for alt in alts:
                    found.setdefault(alt.slot, []).append(((alt.group, order, alt.rank), k, alt.verify))
        plan = []
        for slot, cands in found.items():
            cands.sort(key=lambda c: c[0])
            steps: list[Step] = []
            for _, k, verify in cands:
                steps.append((k, verify))
                if verify is None:
                    break
            plan.append((slot, self._merged(steps)))
        plan.sort(key=lambda p: p[0])  # (by slot: one plan however the heads were indexed)
        return Plan(tuple(plan), frozenset(found)) if plan else None

    def _merged(self, steps: list[Step]) -> tuple[Step, ...]:
        """The steps with each run of bodies tried at the same offset as one alternation: the regex tries them in
        the same order and stops at the same first match, with one call instead of one per body."""
        out: list[Step] = []
        run: list[LazyPattern] = []
        for i, (k, verify) in enumerate(steps):
            if verify is not None:
                run.append(verify)
            if verify is None or i + 1 == len(steps) or steps[i + 1][0] != k or steps[i + 1][1] is None:
                if run:
                    out.append((k, run[0] if len(run) == 1 else self._alternation(run)))
                    run = []
                if verify is None:
                    out.append((k, None))
        return tuple(out)

    def _alternation(self, bodies: list[LazyPattern]) -> LazyPattern:
        source = "(?:" + "|".join(b.source for b in bodies) + ")"
        alt = self._alternations.get(source)
        if alt is None:
            alt = self._alternations[source] = LazyPattern(source)
        return alt

    def _cannot_begin(self, word: str) -> bool:
        """Whether no head is the word, or begins it, at any offset that clitic letters alone can leave (at most
        four: «وبال»); a quick necessary test, since most words seen are no term's start."""
        whole, begins, lengths = self._whole_heads, self._begin_heads, self._any_begin_lengths
        for k in range(min(MAX_CLITICS, len(word)) + 1):  # (no generator per offset: this runs for every new word)
            if k and word[k - 1] not in _CLITIC_LETTERS:
                break
            rest = word[k:]
            if rest in whole:
                return False
            for n in lengths:
                if n > len(rest):
                    break
                if rest[:n] in begins:
                    return False
        return True

    def plans(self, words: list[bytes]) -> list[Plan | None]:
        """The plan of every word."""
        if len(self._plans) > self.MAX_WORDS:
            self._plans.clear()
        return list(map(self._plans.__getitem__, words))


def only(text: str, spans: list[tuple[int, int]], fill: str = "\x00") -> str:
    """``text`` with everything outside ``spans`` (in order, apart) replaced by ``fill``, which no term matches
    and which is no word character: offsets are kept, and a scan of the result finds in ``spans`` what a scan
    of ``text`` finds there, as long as each span begins and ends between words."""
    out, last = [], 0
    for s, e in spans:
        out += [fill * (s - last), text[s:e]]
        last = e
    out.append(fill * (len(text) - last))
    return "".join(out)


class Regions(NamedTuple):
    """Spans of a text to look in, checked once against it."""

    spans: list[tuple[int, int]]
    plain: bool  # in order, apart, and each ending between words (as sentences do)


class TextScan:
    """One folded text, cut into words once: the spans of any indexed list, exactly as its regex finds them."""

    def __init__(self, index: TermIndex, text: str):
        self.index = index
        self.text = text
        self.whole = Regions([(0, len(text))], True)
        words, starts, ends = _words(text)
        plans = index.plans(words)
        hit = list(compress(range(len(plans)), plans))
        # (start, end, plan) of the words where a term can begin, in text order
        self._hits: list[tuple[int, int, Plan]] = list(zip(_take(starts, hit), _take(ends, hit),
                                                            compress(plans, plans)))
        # slot -> (start, end, steps) of the words where one of its terms can begin, in text order
        self._cands: dict[int, list[tuple[int, int, tuple[Step, ...]]]] = defaultdict(list)
        cands = self._cands
        for p, q, plan in self._hits:
            for slot, steps in plan.by_slot:
                cands[slot].append((p, q, steps))

    def regions(self, spans: list[tuple[int, int]]) -> Regions:
        """``spans`` checked once, to be looked in for many lists."""
        text = self.text
        ordered = all(s <= e for s, e in spans) and all(e <= s2 for (_, e), (s2, _) in zip(spans, spans[1:]))
        # A region that ends inside a word changes what the regex finds there: left to the regex.
        plain = ordered and not any(0 < e < len(text) and _is_word(text[e - 1]) and _is_word(text[e])
                                    for _, e in spans)
        return Regions(spans, plain)

    def find(self, terms: Terms) -> Hits:
        """Same spans as ``terms.pattern.finditer(text)``."""
        return self.find_in(terms, self.whole)

    def find_in(self, terms: Terms, regions: Regions | list[tuple[int, int]]) -> Hits:
        """Same spans as ``terms.pattern.finditer(text, s, e)`` for each region in turn."""
        return Hits(self._find(terms, terms, None, self._checked(regions)))

    def phrase_in(self, phrase: Phrase, regions: Regions | list[tuple[int, int]] | None = None) -> Hits:
        """Same spans as ``phrase.find_in`` (``phrase.find`` without regions): the phrase is tried only
        where its lead terms can begin."""
        regions = self.whole if regions is None else self._checked(regions)
        return Hits(self._find(phrase.lead, phrase, phrase.pattern, regions))

    def slots_by_region(self, regions: Regions | list[tuple[int, int]]) -> list[set[int]]:
        """For each region, the slots of the lists that may match inside it (a word there can begin one
        of their terms): a list whose slot is missing has no match in that region."""
        regions = self._checked(regions)
        spans, n = regions.spans, len(regions.spans)
        if not regions.plain:  # regions the index cannot reason about
            return [set(range(len(self.index.lists))) for _ in spans]
        out: list[set[int]] = [set(self.index.regex_only) for _ in spans]
        r = 0
        for p, q, plan in self._hits:  # words and regions both in order: walk them together
            while r < n and spans[r][1] <= p:
                r += 1
            if r == n:
                break
            if spans[r][0] <= p and q <= spans[r][1]:
                out[r] |= plan.slots
        return out

    def _checked(self, regions: Regions | list[tuple[int, int]]) -> Regions:
        return regions if isinstance(regions, Regions) else self.regions(regions)

    def _find(self, lead: Terms | None, source: Terms | Phrase, whole: re.Pattern[str] | None,
              regions: Regions) -> list[tuple[int, int]]:
        """``source.pattern.finditer`` over each region. A match starts only at a word where ``lead`` can
        begin: there ``whole`` (when given) is matched as is, else the word's steps decide."""
        spans = regions.spans
        if not spans:
            return []
        slot = self.index.slots.get(id(lead))
        if slot is None or slot in self.index.regex_only or not regions.plain:
            # The regex itself: for lists the index does not hold, and for regions that cut words or overlap.
            pattern = source.pattern
            return [m.span() for s, e in spans for m in pattern.finditer(self.text, s, e)] if pattern else []
        cands = self._cands.get(slot)  # (a defaultdict, but asking must not add to it)
        if not cands:
            return []
        text = self.text
        out: list[tuple[int, int]] = []
        r, n = 0, len(spans)
        s, e = spans[0]
        last = s
        for p, q, steps in cands:  # words and regions both in order: walk them together
            if p >= e:  # on to the region that can hold p; finditer starts afresh in each
                r += 1
                while r < n and spans[r][1] <= p:
                    r += 1
                if r == n:
                    break
                s, e = spans[r]
                last = s
            if p < last or q > e:  # before the region or inside the previous match; or not inside the region
                continue
            if whole is not None:
                m = whole.match(text, p, e)
                end = m.end() if m else None
            elif steps[0][1] is None:  # the usual case: the word alone decides
                end = q
            else:
                end = self._end(p, q, steps, e)
            if end is not None:
                out.append((p, end))
                last = end
        return out

    def _end(self, p: int, q: int, steps: tuple[Step, ...], e: int) -> int | None:
        """End of the match starting at word ``[p, q)`` in a region ending at ``e``, or None."""
        for k, verify in steps:
            if verify is None:
                return q
            m = verify.match(self.text, p + k, e)
            if m:
                return m.end()
        return None


def _take(values: np.ndarray | list[int], at: list[int]) -> list[int]:
    return values[at].tolist() if isinstance(values, np.ndarray) else [values[i] for i in at]


def _is_word(ch: str) -> bool:
    return _WORD.match(ch) is not None


@dataclass
class Hits:
    """Sorted match spans, queried by range (a sentence)."""

    spans: list[tuple[int, int]]

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that start inside ``[start, end)``."""
        i = bisect_left(self.spans, (start, -1))
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            out.append(self.spans[i])
            i += 1
        return out

    def any(self, start: int, end: int) -> bool:
        """Whether a span starts inside ``[start, end)``."""
        i = bisect_left(self.spans, (start, -1))
        return i < len(self.spans) and self.spans[i][0] < end

    def __bool__(self) -> bool:
        return bool(self.spans)
