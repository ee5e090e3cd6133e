"""Dashboard filters: each turns widget values into a parameterised SQL clause and a caption."""
from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date


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
            clauses.append(f"contains({alias_s}.search_text, fold(?))")
            params.append(self.text.strip())
        if self.relevant_only:
            clauses.append(f"{alias_a}.relevant")
        if self.originals_only:
            clauses.append(f"{alias_a}.duplicate_of IS NULL")
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
                parts.append(f"{name} is {' or '.join(values)}")
        if self.text.strip():
            parts.append(f"text contains “{self.text.strip()}”")
        if not self.relevant_only:
            parts.append("including articles not about Iran–Russia relations")
        if not self.originals_only:
            parts.append("counting copies of a story")
        if not self.hide_rejected:
            parts.append("including signals marked wrong")
        return "; ".join(parts) if parts else "all signals"

    def without(self, field: str) -> "Filters":
        """The same filters with one of them cleared (for facet counts)."""
        return replace(self, **{field: next(f.default for f in fields(self) if f.name == field)})

    def is_default(self) -> bool:
        """Whether nothing is chosen."""
        return all(getattr(self, f.name) == f.default for f in fields(self))
