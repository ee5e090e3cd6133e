"""Loads the catalogue and cue files and compiles their Arabic terms into patterns."""
from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from etl.normalize import normalize

HERE = Path(__file__).parent
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def _body(term: str) -> tuple[str, str, str]:
    """(prefix kind, body regex, tail regex) of one term, on folded text."""
    t = normalize(term.strip())
    star = t.endswith("*")
    t = t.rstrip("*")
    body = r"\s+".join(re.escape(w) for w in t.split())
    body = body.replace(r"\-", r"\s*-?\s*").replace(r"\+", r"\s*\+\s*")
    if not _ARABIC.match(t):
        kind = "latin"
    elif t.startswith("ال"):
        kind, body = "al", body[2:]
    else:
        kind = "bare"
    return kind, body, (r"\w*" if star else r"(?!\w)")


# Clitics allowed before a term: conjunction و/ف, preposition ب/ك/ل, and the article (ل + ال is لل).
_PREFIX = {"al": r"(?:[وف]?[بك]?ال|[وف]?لل)", "bare": r"(?:[وف]?[بكل]?(?:ال)?)", "latin": ""}


def term_pattern(term: str) -> str:
    """Regex source for one catalogue term, on folded text.

    Clitics (و ف ب ك ل, and ال) may stand before an Arabic term; ``*`` lets the last word run on;
    a hyphen matches a hyphen, a dash, or nothing.
    """
    kind, body, tail = _body(term)
    return rf"(?<!\w){_PREFIX[kind]}{body}{tail}"


def terms_pattern(terms: list[str]) -> str:
    """One regex for many terms, with the word-start check and the clitics factored out for speed."""
    groups: dict[str, list[str]] = {}
    for t in terms:
        if t.strip():
            kind, body, tail = _body(t)
            groups.setdefault(kind, []).append(body + tail)
    alts = [_PREFIX[k] + "(?:" + "|".join(sorted(set(v), key=len, reverse=True)) + ")"
            for k, v in groups.items()]
    return r"(?<!\w)(?:" + "|".join(alts) + ")"


def key_substring(term: str) -> str:
    """A substring every match of ``term`` contains (its longest word, folded, clitics aside)."""
    t = normalize(term.strip()).rstrip("*")
    words = [w[2:] if w.startswith("ال") else w for w in t.split()]
    return max((p for w in words for p in re.split(r"[-+]", w)), key=len)


@dataclass
class Terms:
    """A list of terms compiled into one pattern; finds their spans in folded text."""

    terms: list[str]
    pattern: re.Pattern[str] | None = field(init=False)
    keys: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.pattern = re.compile(terms_pattern(self.terms)) if any(t.strip() for t in self.terms) else None
        self.keys = tuple(sorted({key_substring(t) for t in self.terms if t.strip()}))

    def may_occur(self, text: str) -> bool:
        """A cheap test: False means no term can match ``text``."""
        return any(k in text for k in self.keys)

    def find(self, text: str) -> "Hits":
        """All non-overlapping matches in ``text``."""
        if self.pattern is None or not self.may_occur(text):  # the substring test is far cheaper
            return Hits([])
        return Hits([m.span() for m in self.pattern.finditer(text)])

    def find_in(self, text: str, regions: list[tuple[int, int]]) -> "Hits":
        """Matches inside the given sorted spans of ``text`` (words before a span still count as context)."""
        if self.pattern is None or not regions or not self.may_occur(text):
            return Hits([])
        return Hits([m.span() for s, e in regions for m in self.pattern.finditer(text, s, e)])


@dataclass
class Phrase:
    """Spans of a ready-made regex (for patterns built from two term lists)."""

    pattern: re.Pattern[str]

    def find(self, text: str) -> "Hits":
        """All non-overlapping matches in ``text``."""
        return Hits([m.span() for m in self.pattern.finditer(text)])

    def find_in(self, text: str, regions: list[tuple[int, int]]) -> "Hits":
        """Matches inside the given sorted spans of ``text``."""
        return Hits([m.span() for s, e in regions for m in self.pattern.finditer(text, s, e)])


def role_phrase(roles: list[str], demonyms: list[str]) -> Phrase:
    """An official's role followed within three words by a demonym: «وزير الخارجية الروسي»."""
    return Phrase(re.compile(rf"{terms_pattern(roles)}(?:\s+\S+){{0,3}}?\s+{terms_pattern(demonyms)}"))


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


@dataclass
class Entry:
    """A named thing (organisation, project, agreement) or a cue rule for one (kind, key)."""

    kind: str
    key: str
    label: str
    topic: str | None
    terms: Terms
    with_: Terms | None = None
    unless: Terms | None = None
    needs: str = "play"  # play | joint | both | participants
    fallback: bool = False
    bilateral: bool = False
    solo: bool = False


@dataclass
class Lexicon:
    """Everything the extractor knows, compiled."""

    iran: Terms
    russia: Terms
    iran_officials: Terms
    russia_officials: Terms
    pair: Terms
    generic_pair: Terms
    not_party: Terms
    iran_roles: Phrase
    russia_roles: Phrase
    third_parties: Terms
    entries: list[Entry]
    rules: list[Entry]
    agreement_nouns: Terms
    agreement_not_after: Terms
    agreement_solo: bool
    statuses: list[tuple[str, Terms]]
    not_yet: list[tuple[str, Terms]]
    trade_solo: bool
    trade_cues: Terms
    growth: Terms
    investment: Terms
    loan: Terms
    not_trade: Terms
    speech: Terms
    speech_other: Terms
    topics: list[tuple[str, Terms]]


def _entry(d: dict) -> Entry:
    return Entry(
        kind=d["kind"], key=d["key"], label=d["label"], topic=d.get("topic"),
        terms=Terms(d["terms"]),
        with_=Terms(d["with"]) if "with" in d else None,
        unless=Terms(d["unless"]) if "unless" in d else None,
        needs=d.get("needs", "play"), fallback=d.get("fallback", False),
        bilateral=d.get("bilateral", False), solo=d.get("solo", False),
    )


@cache
def load_lexicon(catalogue: Path = HERE / "catalogue.toml", cues: Path = HERE / "cues.toml") -> Lexicon:
    """Read and compile the two data files (once per process)."""
    cat = tomllib.loads(catalogue.read_text(encoding="utf-8"))
    cue = tomllib.loads(cues.read_text(encoding="utf-8"))
    agr = cue["agreement"]
    return Lexicon(
        iran=Terms(cat["parties"]["iran"]["names"]),
        russia=Terms(cat["parties"]["russia"]["names"]),
        iran_officials=Terms(cat["parties"]["iran"]["officials"]),
        russia_officials=Terms(cat["parties"]["russia"]["officials"]),
        pair=Terms(cat["pair"]["explicit"]),
        generic_pair=Terms(cat["pair"]["generic"]),
        not_party=Terms(cat["not_party"]["terms"]),
        iran_roles=role_phrase(cat["roles"]["terms"], cat["roles"]["iran"]),
        russia_roles=role_phrase(cat["roles"]["terms"], cat["roles"]["russia"]),
        third_parties=Terms(cat["third_parties"]["terms"]),
        entries=[_entry(e) for e in cat["entry"]],
        rules=[_entry(r) for r in cue["rule"]],
        agreement_nouns=Terms(agr["nouns"]),
        agreement_not_after=Terms(agr["unless_followed_by"]),
        agreement_solo=agr.get("solo", False),
        statuses=[(k, Terms(v)) for k, v in agr["status"].items()],
        not_yet=[(k, Terms(v)) for k, v in agr["not_yet"].items()],
        trade_solo=cue["trade"].get("solo", False),
        trade_cues=Terms(cue["trade"]["cues"]),
        growth=Terms(cue["trade"]["growth"]),
        investment=Terms(cue["trade"]["investment"]),
        loan=Terms(cue["trade"]["loan"]),
        not_trade=Terms(cue["trade"]["not_trade"]),
        speech=Terms(cue["speech"]["verbs"]),
        speech_other=Terms(cue["speech"]["other"]),
        topics=[(k, Terms(v)) for k, v in cue["topics"].items()],
    )
