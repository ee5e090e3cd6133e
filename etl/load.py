"""The only writer: puts processed articles and their signals into DuckDB, one transaction a batch."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import duckdb
import pandas as pd

from etl.dedup import MIN_SHARED_BANDS, band_buckets
from etl.extract import Relevance, Signal
from etl.read import RawArticle, ReadError
from etl.version import EXTRACTOR_VERSION


@dataclass
class Processed:
    """An article ready to load: metadata, relevance and signals."""

    raw: RawArticle
    content_hash: str
    published: date | None
    date_method: str
    relevance: Relevance
    signals: list[Signal]


def signal_id(article_id: str, sig: Signal) -> str:
    """A stable id: the same statement in the same article keeps its id across re-extraction."""
    ident = "|".join(map(str, (article_id, *sig.identity)))
    return hashlib.sha256(ident.encode()).hexdigest()[:20]


def write_batch(con: duckdb.DuckDBPyConnection, batch: list[Processed], errors: list[ReadError],
                run_id: int, known: dict[str, tuple[str, str]]) -> tuple[int, int, int]:
    """Write one batch in one transaction; return (new, updated, re-extracted).

    ``known`` maps stored article ids to (content hash, extractor version); it is updated on success.
    """
    new = sum(1 for p in batch if p.raw.article_id not in known)
    reextracted = sum(1 for p in batch if known.get(p.raw.article_id, ("",))[0] == p.content_hash)
    updated = len(batch) - new - reextracted
    arts = pd.DataFrame([_article_row(p) for p in batch], columns=_ARTICLE_COLS)
    sig_rows, men_rows = [], []
    for p in batch:
        for s in p.signals:
            sid = signal_id(p.raw.article_id, s)
            sig_rows.append((sid, p.raw.article_id, s.kind, s.key, s.label, s.topic, s.value, s.unit,
                             s.status, s.actor, s.sentence, s.start, s.end, s.mentions, EXTRACTOR_VERSION,
                             p.published, p.raw.source, p.relevance.relevant))
            men_rows.extend((sid, p.raw.article_id, a, b) for a, b in s.spans)
    sigs = pd.DataFrame(sig_rows, columns=_SIGNAL_COLS)
    mens = pd.DataFrame(men_rows, columns=["signal_id", "article_id", "char_start", "char_end"])
    errs = pd.DataFrame([(run_id, e.path, e.reason) for e in errors], columns=["run_id", "path", "reason"])
    bands = pd.DataFrame([(p.raw.article_id, i, b) for p in batch if p.relevance.relevant
                          for i, b in enumerate(band_buckets(p.raw.text))],
                         columns=["article_id", "band", "bucket"])
    con.execute("BEGIN TRANSACTION")
    try:
        if len(arts):
            con.register("new_articles", arts)
            con.execute("DELETE FROM signals WHERE article_id IN (SELECT article_id FROM new_articles)")
            con.execute("DELETE FROM signal_mentions WHERE article_id IN (SELECT article_id FROM new_articles)")
            con.execute("DELETE FROM article_bands WHERE article_id IN (SELECT article_id FROM new_articles)")
            con.execute(f"""
                INSERT INTO articles BY NAME
                SELECT *, now() AS first_seen, now() AS updated_at FROM new_articles
                ON CONFLICT (article_id) DO UPDATE SET
                  {", ".join(f"{c} = excluded.{c}" for c in _ARTICLE_COLS if c != "article_id")},
                  updated_at = now()""")
            con.unregister("new_articles")
        if len(sigs):
            con.register("new_signals", sigs)
            con.execute("""INSERT INTO signals BY NAME
                SELECT *, fold(concat_ws(' ', sentence, label, key, kind, topic)) AS search_text
                FROM new_signals""")
            con.unregister("new_signals")
        if len(mens):
            con.register("new_mentions", mens)
            con.execute("INSERT INTO signal_mentions BY NAME SELECT * FROM new_mentions")
            con.unregister("new_mentions")
        if len(bands):
            con.register("new_bands", bands)
            con.execute("INSERT INTO article_bands BY NAME SELECT * FROM new_bands")
            con.unregister("new_bands")
        if len(arts):
            link_copies(con, [p.raw.article_id for p in batch if p.relevance.relevant])
        if len(errs):
            con.register("new_errors", errs)
            con.execute("INSERT INTO ingest_errors BY NAME SELECT *, now() AS occurred_at FROM new_errors")
            con.unregister("new_errors")
        con.execute("""UPDATE ingest_runs SET articles_new = articles_new + ?,
                       articles_updated = articles_updated + ?, articles_reextracted = articles_reextracted + ?,
                       failed = failed + ?, signals_found = signals_found + ? WHERE run_id = ?""",
                    [new, updated, reextracted, len(errors), len(sigs), run_id])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    for p in batch:
        known[p.raw.article_id] = (p.content_hash, EXTRACTOR_VERSION)
    return new, updated, reextracted


def link_copies(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Mark near-duplicates of ``article_ids``: every copy points at its story's earliest article."""
    if not article_ids:
        return
    edges = con.execute(f"""
        SELECT n.article_id, e.article_id FROM article_bands n
        JOIN article_bands e ON n.band = e.band AND n.bucket = e.bucket AND n.article_id <> e.article_id
        WHERE n.article_id IN (SELECT unnest(?::VARCHAR[]))
        GROUP BY ALL HAVING count(*) >= {MIN_SHARED_BANDS}""", [article_ids]).fetchall()
    if not edges:
        return
    # The story of each copy: its matches, what they already point at, and what points at those.
    seeds = {a for e in edges for a in e}
    rows = con.execute("""
        SELECT article_id, published, duplicate_of FROM articles
        WHERE article_id IN (SELECT unnest(?::VARCHAR[])) OR duplicate_of IN (SELECT unnest(?::VARCHAR[]))
           OR article_id IN (SELECT duplicate_of FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[])))
        """, [list(seeds), list(seeds), list(seeds)]).fetchall()
    parent = {r[0]: r[0] for r in rows}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges + [(r[0], r[2]) for r in rows if r[2]]:
        parent[find(a)] = find(b)
    published = {r[0]: r[1] for r in rows}
    clusters: dict[str, list[str]] = {}
    for x in list(parent):
        clusters.setdefault(find(x), []).append(x)
    updates = []
    for members in clusters.values():
        original = min(members, key=lambda m: (published.get(m) is None, published.get(m) or 0, m))
        updates += [(None if m == original else original, m) for m in members]
    con.executemany("UPDATE articles SET duplicate_of = ? WHERE article_id = ?", updates)
    # Signals carry their article's story and how many outlets carried it; only these stories change.
    con.execute("""
        UPDATE signals SET duplicate_of = st.duplicate_of, outlets = st.outlets FROM (
            SELECT a.article_id, a.duplicate_of,
                   (SELECT count(DISTINCT b.source) FROM articles b
                    WHERE coalesce(b.duplicate_of, b.article_id) = coalesce(a.duplicate_of, a.article_id)) AS outlets
            FROM articles a WHERE a.article_id IN (SELECT unnest(?::VARCHAR[]))) st
        WHERE st.article_id = signals.article_id""", [[m for _, m in updates]])


_ARTICLE_COLS = ["article_id", "published", "date_method", "source", "url", "title", "text",
                 "content_hash", "origin", "relevant", "relevance_reason", "extractor_version", "raw_hash"]
_SIGNAL_COLS = ["signal_id", "article_id", "kind", "key", "label", "topic", "value", "unit", "status",
                "actor", "sentence", "char_start", "char_end", "mentions", "extractor_version",
                "published", "source", "relevant"]


def _article_row(p: Processed) -> tuple:
    r = p.raw
    return (r.article_id, p.published, p.date_method, r.source, r.url, r.title, r.text, p.content_hash,
            r.origin, p.relevance.relevant, p.relevance.reason, EXTRACTOR_VERSION, r.raw_hash)
