"""The rows a batch writes: processed articles and their signals into DuckDB, one transaction a batch."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from db import rollup
from db.texts import pack
from etl.load.copies import MIN_SHARED_BANDS
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
    bands: list[int]  # near-duplicate buckets (relevant articles only)


def signal_id(article_id: str, sig: Signal) -> str:
    """A stable id: the same statement in the same article keeps its id across re-extraction."""
    ident = "|".join(map(str, (article_id, *sig.identity)))
    return hashlib.sha256(ident.encode()).hexdigest()[:20]


_S, _I, _D = pa.string(), pa.int64(), pa.date32()
_SCHEMAS = {
    "articles": pa.schema([("article_id", _S), ("published", _D), ("date_method", _S), ("source", _S),
                           ("url", _S), ("title", _S), ("text_z", pa.binary()), ("content_hash", _S), ("origin", _S),
                           ("relevant", pa.bool_()), ("relevance_reason", _S), ("extractor_version", _S),
                           ("raw_hash", _S)]),
    "signals": pa.schema([("signal_id", _S), ("article_id", _S), ("kind", _S), ("key", _S), ("label", _S),
                          ("topic", _S), ("value", pa.float64()), ("unit", _S), ("status", _S), ("actor", _S),
                          ("sentence", _S), ("char_start", _I), ("char_end", _I), ("mentions", _I),
                          ("extractor_version", _S), ("published", _D), ("source", _S), ("relevant", pa.bool_()),
                          ("figure_type", _S), ("period", _S), ("speaker", _S), ("cue_start", _I), ("cue_end", _I)]),
    "mentions": pa.schema([("signal_id", _S), ("article_id", _S), ("char_start", _I), ("char_end", _I)]),
    "bands": pa.schema([("article_id", _S), ("band", _I), ("bucket", _I)]),
}


def _table(rows: list[tuple], schema: pa.Schema) -> pa.Table:
    """Rows as an Arrow table: DuckDB reads it without copying, and it crosses processes as buffers."""
    columns = list(zip(*rows)) or [()] * len(schema)
    return pa.table([pa.array(col, f.type) for col, f in zip(columns, schema)], schema=schema)


@dataclass
class Rows:
    """Processed articles as the tables the writer loads (what a worker process sends back)."""

    articles: pa.Table
    signals: pa.Table
    mentions: pa.Table
    bands: pa.Table
    hashes: dict[str, str]  # article id -> content hash
    relevant_ids: list[str]

    @classmethod
    def of(cls, batch: list[Processed]) -> Rows:
        """The rows of ``batch`` (an article id given twice: the later one)."""
        batch = list({p.raw.article_id: p for p in batch}.values())
        sig_rows, men_rows = [], []
        for p in batch:
            for s in p.signals:
                sid = signal_id(p.raw.article_id, s)
                sig_rows.append((sid, p.raw.article_id, s.kind, s.key, s.label, s.topic, s.value, s.unit,
                                 s.status, s.actor, s.sentence, s.start, s.end, s.mentions, EXTRACTOR_VERSION,
                                 p.published, p.raw.source, p.relevance.relevant, s.figure_type, s.period,
                                 s.speaker, *(s.cue or (None, None))))
                men_rows.extend((sid, p.raw.article_id, a, b) for a, b in s.spans)
        return cls(articles=_table([_article_row(p) for p in batch], _SCHEMAS["articles"]),
                   signals=_table(sig_rows, _SCHEMAS["signals"]),
                   mentions=_table(men_rows, _SCHEMAS["mentions"]),
                   bands=_table([(p.raw.article_id, i, b) for p in batch for i, b in enumerate(p.bands)],
                                _SCHEMAS["bands"]),
                   hashes={p.raw.article_id: p.content_hash for p in batch},
                   relevant_ids=[p.raw.article_id for p in batch if p.relevance.relevant])

    @classmethod
    def concat(cls, parts: list[Rows]) -> Rows:
        """Several parts as one batch (their article ids must not overlap)."""
        if len(parts) == 1:
            return parts[0]
        return cls(*(pa.concat_tables([getattr(p, t) for p in parts])
                     for t in ("articles", "signals", "mentions", "bands")),
                   hashes={k: v for p in parts for k, v in p.hashes.items()},
                   relevant_ids=[i for p in parts for i in p.relevant_ids])

    def without(self, ids: set[str]) -> Rows | None:
        """These rows less the articles ``ids`` (with their signals, mentions and bands); None if none is left."""
        if not ids.intersection(self.hashes):
            return self
        if ids.issuperset(self.hashes):
            return None
        drop = pa.array(sorted(ids), _S)

        def kept(table: pa.Table) -> pa.Table:
            return table.filter(pc.invert(pc.is_in(table.column("article_id"), value_set=drop)))

        return Rows(kept(self.articles), kept(self.signals), kept(self.mentions), kept(self.bands),
                    hashes={i: h for i, h in self.hashes.items() if i not in ids},
                    relevant_ids=[i for i in self.relevant_ids if i not in ids])

    def __len__(self) -> int:
        return len(self.hashes)


def write_batch(con: duckdb.DuckDBPyConnection, rows: Rows | None, errors: list[ReadError],
                run_id: int, known: dict[str, tuple[str, str]]) -> tuple[int, int, int]:
    """Write one batch (``rows`` and/or ``errors``) in one transaction; return (new, updated, re-extracted).

    ``known`` maps stored article ids to (content hash, extractor version); it is updated on success.
    """
    con.execute("BEGIN TRANSACTION")
    try:
        new, updated, reextracted = _write_rows(con, rows, known) if rows is not None else (0, 0, 0)
        if errors:
            _record_errors(con, errors, run_id)
        con.execute("""UPDATE ingest_runs SET articles_new = articles_new + ?,
                       articles_updated = articles_updated + ?, articles_reextracted = articles_reextracted + ?,
                       failed = failed + ?, signals_found = signals_found + ? WHERE run_id = ?""",
                    [new, updated, reextracted, len(errors), rows.signals.num_rows if rows else 0, run_id])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    for i, h in (rows.hashes if rows else {}).items():
        known[i] = (h, EXTRACTOR_VERSION)
    return new, updated, reextracted


def _record_errors(con: duckdb.DuckDBPyConnection, errors: list[ReadError], run_id: int) -> None:
    """Record ``errors`` for the run, once each: the same error (path and reason) that an interrupted run
    recorded moves to this run rather than being recorded again by the rerun that completes its work."""
    _load(con, pa.table({"path": [e.path for e in errors], "reason": [e.reason for e in errors]}), f"""
        UPDATE ingest_errors SET run_id = {int(run_id)}, occurred_at = now() FROM {{}} b
        WHERE ingest_errors.path = b.path AND ingest_errors.reason = b.reason
          AND ingest_errors.run_id IN (SELECT run_id FROM ingest_runs WHERE status = 'interrupted')""")
    _load(con, pa.table({"path": [e.path for e in errors], "reason": [e.reason for e in errors]}), f"""
        INSERT INTO ingest_errors (run_id, path, reason, occurred_at)
        SELECT DISTINCT {int(run_id)}, b.path, b.reason, now() FROM {{}} b
        WHERE NOT EXISTS (SELECT 1 FROM ingest_errors e
                          WHERE e.run_id = {int(run_id)} AND e.path = b.path AND e.reason = b.reason)""")


def _write_rows(con: duckdb.DuckDBPyConnection, rows: Rows, known: dict[str, tuple[str, str]]) -> tuple[int, int, int]:
    """The batch's articles, signals, mentions and bands, in the open transaction; (new, updated, re-extracted)."""
    new = sum(1 for i in rows.hashes if i not in known)
    reextracted = sum(1 for i, h in rows.hashes.items() if known.get(i, ("",))[0] == h)
    updated = len(rows) - new - reextracted
    replaces = new < len(rows)
    if replaces:  # what an article had before goes; a batch of new articles has nothing to remove
        rollup.adjust(con, list(rows.hashes), -1)
        ids = pa.table({"article_id": pa.array(list(rows.hashes), _S)})
        for table in ("signals", "signal_mentions", "article_bands"):
            _load(con, ids, f"DELETE FROM {table} WHERE article_id IN (SELECT article_id FROM {{}})")
    upsert = f"""ON CONFLICT (article_id) DO UPDATE SET
        {", ".join(f"{c} = excluded.{c}" for c in _SCHEMAS["articles"].names if c != "article_id")},
        updated_at = now()""" if replaces else ""  # a plain insert is faster
    _load(con, rows.articles, f"INSERT INTO articles BY NAME SELECT *, now() AS first_seen, now() AS updated_at "
                              f"FROM {{}} {upsert}")
    _load(con, rows.signals, "INSERT INTO signals BY NAME SELECT *, "
                             "fold(concat_ws(' ', sentence, label, key, kind, topic)) AS search_text FROM {}")
    if rows.signals.num_rows:
        rollup.adjust(con, rows.signals.column("article_id").unique().to_pylist(), 1)
    _load(con, rows.mentions, "INSERT INTO signal_mentions BY NAME SELECT * FROM {}")
    _load(con, rows.bands, "INSERT INTO article_bands BY NAME SELECT * FROM {}")
    link_copies(con, rows.relevant_ids)
    return new, updated, reextracted


def _load(con: duckdb.DuckDBPyConnection, table: pa.Table, sql: str) -> None:
    """Run ``sql`` with ``{}`` standing for ``table`` (nothing to do when it is empty)."""
    if table.num_rows:
        con.register("batch_rows", table)
        try:
            con.execute(sql.format("batch_rows"))
        finally:
            con.unregister("batch_rows")


def link_copies(con: duckdb.DuckDBPyConnection, article_ids: list[str]) -> None:
    """Mark near-duplicates of ``article_ids``: every copy points at its story's earliest article.

    Near-linear in the number of copies: a new article is compared with the stored *stories* (their first
    articles) through the band buckets, and with the batch's other new articles through a dictionary of
    buckets, never with every stored copy (a story syndicated in thousands of copies made the old
    pairwise join quadratic: 10,000 copies took 110 s).
    """
    if not article_ids:
        return
    ids = pa.table({"article_id": pa.array(article_ids, _S)})
    con.register("new_ids", ids)
    try:
        edges = con.execute(f"""
            SELECT n.article_id, e.article_id FROM article_bands n
            JOIN article_bands e ON n.band = e.band AND n.bucket = e.bucket
            JOIN articles r ON r.article_id = e.article_id AND r.duplicate_of IS NULL
            WHERE n.article_id IN (SELECT article_id FROM new_ids)
              AND e.article_id NOT IN (SELECT article_id FROM new_ids)
            GROUP BY ALL HAVING count(*) >= {MIN_SHARED_BANDS}""").fetchall()
        bands = con.execute("""
            SELECT b.article_id, b.band, b.bucket, a.published FROM article_bands b JOIN articles a USING (article_id)
            WHERE b.article_id IN (SELECT article_id FROM new_ids)""").fetchall()
    finally:
        con.unregister("new_ids")
    edges += _edges_within(bands)
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
    current = {r[0]: r[2] for r in rows}
    clusters: dict[str, list[str]] = {}
    for x in list(parent):
        clusters.setdefault(find(x), []).append(x)
    updates, members = [], []
    for group in clusters.values():
        original = min(group, key=lambda m: (published.get(m) is None, published.get(m) or 0, m))
        members += group
        updates += [(m, None if m == original else original) for m in group
                     if current.get(m) != (None if m == original else original)]
    # Signals carry their article's story and how many outlets carried it; only these stories change.
    rollup.adjust(con, members, -1)
    if updates:
        _load(con, pa.table({"article_id": pa.array([u[0] for u in updates], _S),
                             "duplicate_of": pa.array([u[1] for u in updates], _S)}),
              "UPDATE articles SET duplicate_of = u.duplicate_of FROM {} u WHERE u.article_id = articles.article_id")
    con.execute("""
        WITH story AS (SELECT article_id, coalesce(duplicate_of, article_id) AS story, source FROM articles
                       WHERE coalesce(duplicate_of, article_id) IN (
                           SELECT coalesce(duplicate_of, article_id) FROM articles
                           WHERE article_id IN (SELECT unnest(?::VARCHAR[])))),
             outlets AS (SELECT story, count(DISTINCT source) AS n FROM story GROUP BY story)
        UPDATE signals SET duplicate_of = a.duplicate_of, outlets = o.n
        FROM articles a, outlets o
        WHERE a.article_id = signals.article_id AND o.story = coalesce(a.duplicate_of, a.article_id)
          AND signals.article_id IN (SELECT article_id FROM story)""", [members])
    rollup.adjust(con, members, 1)


def _edges_within(bands: list[tuple]) -> list[tuple[str, str]]:
    """Copies among the batch's new articles: each is matched, in order of date, against the first article
    of the batch seen in each of its buckets (a dictionary lookup per bucket, not a pairwise join)."""
    by_article: dict[str, list[tuple[int, int]]] = {}
    when: dict[str, object] = {}
    for aid, band, bucket, published in bands:
        by_article.setdefault(aid, []).append((band, bucket))
        when[aid] = published
    first_in: dict[tuple[int, int], str] = {}
    edges = []
    for aid in sorted(by_article, key=lambda a: (when[a] is None, when[a] or 0, a)):
        shared: dict[str, int] = {}
        for key in by_article[aid]:
            other = first_in.setdefault(key, aid)
            if other != aid:
                shared[other] = shared.get(other, 0) + 1
        edges += [(aid, other) for other, n in shared.items() if n >= MIN_SHARED_BANDS]
    return edges


def _article_row(p: Processed) -> tuple:
    r = p.raw
    return (r.article_id, p.published, p.date_method, r.source, r.url, r.title, pack(r.text), p.content_hash,
            r.origin, p.relevance.relevant, p.relevance.reason, EXTRACTOR_VERSION, r.raw_hash)
