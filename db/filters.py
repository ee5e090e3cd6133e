"""Dashboard filters: each turns widget values into a parameterised SQL clause and a caption."""
from __future__ import annotations

from dataclasses import dataclass, fields
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
    actors: tuple[str, ...] = ()
    text: str = ""
    relevant_only: bool = True
    originals_only: bool = True  # count each story once: leave out near-duplicate copies

    def where(self, alias_s: str = "s", alias_a: str = "a") -> tuple[str, list]:
        """SQL condition over signals ``s`` joined to articles ``a``, with its parameters."""
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
                                      ("actor", self.actors, alias_s)):
            if values:
                clauses.append(f"coalesce({alias}.{column}, '') IN ({', '.join('?' * len(values))})")
                params.extend(values)
        if self.text.strip():
            clauses.append(f"contains({alias_s}.search_text, fold(?))")
            params.append(self.text.strip())
        if self.relevant_only:
            clauses.append(f"{alias_a}.relevant")
        if self.originals_only:
            clauses.append(f"{alias_a}.duplicate_of IS NULL")
        return (" AND ".join(clauses) or "TRUE"), params

    def caption(self) -> str:
        """A plain-English summary of the filters, for the page to show above its table."""
        parts = []
        if self.date_from or self.date_to:
            parts.append(f"dated {self.date_from or '…'} to {self.date_to or '…'}")
        for name, values in (("kind", self.kinds), ("topic", self.topics), ("key", self.keys),
                             ("source", self.sources), ("actor", self.actors)):
            if values:
                parts.append(f"{name} is {' or '.join(values)}")
        if self.text.strip():
            parts.append(f"text contains “{self.text.strip()}”")
        if not self.relevant_only:
            parts.append("including articles not about Iran–Russia relations")
        if not self.originals_only:
            parts.append("counting copies of a story")
        return "; ".join(parts) if parts else "all signals"

    def is_default(self) -> bool:
        """Whether nothing is chosen."""
        return all(getattr(self, f.name) == f.default for f in fields(self))
