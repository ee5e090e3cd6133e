"""Dashboard filters: each turns widget values into a parameterised SQL clause and a caption."""
from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from datetime import date, timedelta

import pandas as pd

# The words a reader sees for the vocabulary's codes where a plain "_" → " " would not do.
READABLE = {"iranian_state": "Iranian state", "russian_state": "Russian state", "gulf": "Gulf",
            "western_arabic": "Western (Arabic service)", "other": "other", "science_tech": "science and technology",
            "trade_figure": "trade figure", "joint_position": "joint position", "in_force": "in force"}


def fmt_date(v: object) -> str:
    """A date for display: ISO, or 'undated'."""
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return "undated"
    return pd.Timestamp(v).date().isoformat()


def readable(code: object) -> str:
    """A vocabulary code (kind, topic, status, outlet type, key) in words: ``joint_position`` → "joint position"."""
    if code is None or code != code:  # None or NaN
        return ""
    s = str(code)
    return READABLE.get(s, s.replace("_", " "))


# English words an analyst types for what the Arabic sentences say (the labels are English already).
ENGLISH_TERMS = {"oil": "نفط", "gas": "غاز", "trade": "تجار", "railway": "سكه حديد", "rail": "سكه", "bank": "بنك",
                 "banks": "بنوك", "nuclear": "نوو", "sanctions": "عقوبات", "agreement": "اتفا", "treaty": "معاهده",
                 "weapons": "اسلحه", "arms": "اسلحه", "drones": "مسيرات", "drone": "مسير", "wheat": "قمح",
                 "electricity": "كهرباء", "energy": "طاقه", "investment": "استثمار", "exercise": "مناور",
                 "corridor": "ممر", "summit": "قمه", "visit": "زياره", "talks": "محادثات", "dollar": "دولار",
                 "rouble": "روبل", "ruble": "روبل", "rial": "ريال", "port": "ميناء", "satellite": "قمر",
                 "transport": "نقل", "payments": "مدفوعات", "currency": "عمل", "war": "حرب", "syria": "سوري",
                 "gaza": "غزه", "ukraine": "اوكراني", "caspian": "قزوين"}
# The article and the clitics before it: «النفط», «والنفط», «بالنفط» and «للنفط» (ل + ال) are one word.
_ARTICLE = r"(?:[وف]?[بكل]?ال|[وف]?لل)"
_DIACRITICS = re.compile("[\u064B-\u065F\u0670\u0640\u200C-\u200F]")
_HAS_ARTICLE = re.compile(r"(?:^|\s)(?:[وف]?[بكل]?ال|[وف]?لل)\S")


def _text_clause(column: str, text: str) -> tuple[str, list]:
    """Free text over a folded column: the folded phrase; a word with the article also with its clitics
    («النفط» finds «للنفط» and «بالنفط»); an English word also as its Arabic («oil» finds «النفط»);
    spaces and "_" alike, so "joint position" finds the code ``joint_position``."""
    text = text.strip()
    alts = [f"contains({column}, fold(?))"]
    params: list = [text]
    if " " in text:
        alts.append(f"contains({column}, fold(?))")
        params.append(text.replace(" ", "_"))
    arabic = ENGLISH_TERMS.get(text.lower())
    if arabic:
        alts.append(f"contains({column}, ?)")
        params.append(arabic)
    if _HAS_ARTICLE.search(_DIACRITICS.sub("", text)):
        # Folded in SQL (db.migrations' fold macro), regex characters escaped, then each word's article
        # (with any clitic before it) made to match any form of it.
        escaped = r"regexp_replace(fold(?), '([.^$*+?()\[\]{}|\\])', '\\\1', 'g')"
        pattern = f"regexp_replace({escaped}, '(^|\\s){_ARTICLE}(\\S)', '\\1{_ARTICLE}\\2', 'g')"
        alts.append(f"regexp_matches({column}, {pattern})")
        params.append(text)
    return "(" + " OR ".join(alts) + ")", params


@dataclass(frozen=True)
class Filters:
    """What the reader has chosen; empty means 'all'."""

    date_from: date | None = None
    date_to: date | None = None
    kinds: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    source_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    text: str = ""
    relevant_only: bool = True
    originals_only: bool = True  # count each story once: leave out near-duplicate copies
    hide_rejected: bool = True  # leave out signals an analyst marked wrong
    count_events: bool = True  # charts count events (db.events), else every signal (mention); filters nothing
    include_samples: bool = True  # the project's own sample articles (outlets named "… (sample)")

    def where(self, table: str = "signals") -> tuple[str, list]:
        """SQL condition with its parameters, over ``signals s`` (which carry their article's date, outlet,
        relevance and story) or ``articles a``, each joined to ``outlets o`` (see db.queries.FROM)."""
        alias_s = alias_a = "s" if table == "signals" else "a"
        clauses: list[str] = []
        params: list = []
        if self.date_from:
            clauses.append(f"{alias_a}.published >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append(f"{alias_a}.published <= ?")
            params.append(self.date_to)
        for column, values, alias in (("kind", self.kinds, alias_s), ("topic", self.topics, alias_s),
                                      ("key", self.keys, alias_s), ("source", self.sources, alias_a),
                                      ("actor", self.actors, alias_s), ("type", self.source_types, "o")):
            if values:
                missing = "other" if column == "type" else ""  # an outlet not in the catalogue is 'other'
                clauses.append(f"coalesce({alias}.{column}, '{missing}') IN ({', '.join('?' * len(values))})")
                params.extend(values)
        if self.text.strip():
            clause, text_params = _text_clause(f"{alias_s}.search_text", self.text)
            clauses.append(clause)
            params.extend(text_params)
        if self.relevant_only:
            clauses.append(f"{alias_a}.relevant")
        if self.originals_only:
            clauses.append(f"{alias_a}.duplicate_of IS NULL")
        if not self.include_samples:
            clauses.append(f"coalesce({alias_a}.source, '') NOT LIKE '%(sample)'")  # an unknown outlet is no sample
        if self.hide_rejected and table == "signals":
            clauses.append("NOT rejected(s.signal_id)")  # a macro of the connection (db.verdicts.attach)
        return (" AND ".join(clauses) or "TRUE"), params

    def caption(self) -> str:
        """A plain-English summary of the filters, for the page to show above its table."""
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"dated {self.date_from or '…'} to {self.date_to or '…'}")
        for name, values in (("kind", self.kinds), ("topic", self.topics), ("key", self.keys),
                             ("source", self.sources), ("outlet type", self.source_types), ("actor", self.actors)):
            if values:
                words = values if name in ("source", "actor") else [readable(v) for v in values]
                parts.append(f"{name} is {' or '.join(words)}")
        if self.text.strip():
            parts.append(f"text contains “{self.text.strip()}”")
        if not self.relevant_only:
            parts.append("including articles not about Iran–Russia relations")
        if not self.originals_only:
            parts.append("counting copies of a story")
        if not self.hide_rejected:
            parts.append("including signals marked wrong")
        ways = []  # how they are counted, beside which signals
        if not self.count_events:
            ways.append("counting mentions, not events")
        if not self.include_samples:
            ways.append("leaving out the project's sample articles")
        return "; ".join((parts or ["all signals"]) + ways)

    def narrowed(self, month: date | None = None, **values: str | tuple[str, ...]) -> "Filters":
        """These filters narrowed to one month (within the dates chosen) and one value of each field given
        (``kinds="meeting"``, ``topics="energy"``): what a click on a chart's bar, cell or point stands for.

        >>> Filters(date_from=date(2024, 3, 10)).narrowed(date(2024, 3, 1), kinds="meeting").date_to
        datetime.date(2024, 3, 31)
        """
        change: dict = {field: value if isinstance(value, tuple) else (value,) for field, value in values.items()}
        if month is not None:
            first = month.replace(day=1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            change["date_from"] = max(first, self.date_from) if self.date_from else first
            change["date_to"] = min(last, self.date_to) if self.date_to else last
        return replace(self, **change)

    def without(self, field: str) -> "Filters":
        """The same filters with one of them cleared (for facet counts)."""
        return replace(self, **{field: next(f.default for f in fields(self) if f.name == field)})

    def is_default(self) -> bool:
        """Whether nothing is chosen."""
        return all(getattr(self, f.name) == f.default for f in fields(self))
