"""The schema, as ordered migrations recorded in ``schema_migrations``.

Each migration and its record commit together, so applying twice is a no-op and a
crash mid-migration leaves the previous version intact.
"""
from __future__ import annotations

import csv
from pathlib import Path

import duckdb
import pyarrow as pa

from db import events, rollup
from db.texts import pack

OUTLETS_CSV = Path(__file__).with_name("outlets.csv")

# Folds Arabic spelling variants and marks in SQL, so search needs no Python on the reading side.
_FOLD_MACRO = r"""
CREATE OR REPLACE MACRO fold(s) AS regexp_replace(
    translate(lower(s), 'أإآٱىیةؤئک٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', 'ااااييهويك01234567890123456789'),
    '[\x{064B}-\x{065F}\x{0670}\x{0640}\x{200C}-\x{200F}]', '', 'g')
"""

MIGRATIONS: list[tuple[int, str, str]] = [
    (1, "initial schema", """
CREATE TABLE articles (
    article_id VARCHAR PRIMARY KEY,
    published DATE,
    date_method VARCHAR,
    source VARCHAR,
    url VARCHAR,
    title VARCHAR,
    text VARCHAR NOT NULL,
    content_hash VARCHAR NOT NULL,
    origin VARCHAR,
    relevant BOOLEAN NOT NULL,
    relevance_reason VARCHAR,
    extractor_version VARCHAR,
    first_seen TIMESTAMP,
    updated_at TIMESTAMP
);
CREATE TABLE signals (
    signal_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    key VARCHAR NOT NULL,
    label VARCHAR,
    topic VARCHAR,
    value DOUBLE,
    unit VARCHAR,
    status VARCHAR,
    actor VARCHAR,
    sentence VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    extractor_version VARCHAR,
    search_text VARCHAR
);
CREATE TABLE signal_mentions (
    signal_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    char_start INTEGER NOT NULL,
    char_end INTEGER NOT NULL
);
CREATE SEQUENCE ingest_run_seq START 1;
CREATE TABLE ingest_runs (
    run_id INTEGER PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    inputs VARCHAR,
    articles_read INTEGER DEFAULT 0,
    articles_new INTEGER DEFAULT 0,
    articles_updated INTEGER DEFAULT 0,
    articles_unchanged INTEGER DEFAULT 0,
    failed INTEGER DEFAULT 0,
    signals_found INTEGER DEFAULT 0,
    status VARCHAR
);
CREATE TABLE ingest_errors (
    run_id INTEGER,
    path VARCHAR NOT NULL,
    reason VARCHAR NOT NULL,
    occurred_at TIMESTAMP NOT NULL
);
"""),
    (2, "near-duplicate articles", """
ALTER TABLE articles ADD COLUMN duplicate_of VARCHAR;
CREATE TABLE article_bands (
    article_id VARCHAR NOT NULL,
    band SMALLINT NOT NULL,
    bucket BIGINT NOT NULL
);
ALTER TABLE ingest_runs ADD COLUMN articles_reextracted INTEGER DEFAULT 0;
"""),
    (3, "outlet catalogue", """
CREATE TABLE outlets (
    source VARCHAR PRIMARY KEY,
    type VARCHAR NOT NULL,
    country VARCHAR
);
"""),
    (4, "signals carry their article's date, outlet, relevance and story", """
ALTER TABLE signals ADD COLUMN published DATE;
ALTER TABLE signals ADD COLUMN source VARCHAR;
ALTER TABLE signals ADD COLUMN relevant BOOLEAN;
ALTER TABLE signals ADD COLUMN duplicate_of VARCHAR;
UPDATE signals SET published = a.published, source = a.source, relevant = a.relevant, duplicate_of = a.duplicate_of
FROM articles a WHERE a.article_id = signals.article_id;
"""),
    (5, "signals carry how many outlets carried their story", """
ALTER TABLE signals ADD COLUMN outlets INTEGER DEFAULT 1;
UPDATE signals SET outlets = st.outlets FROM (
    SELECT a.article_id, count(DISTINCT b.source) OVER (PARTITION BY coalesce(a.duplicate_of, a.article_id)) AS outlets
    FROM articles a JOIN articles b ON coalesce(b.duplicate_of, b.article_id) = coalesce(a.duplicate_of, a.article_id)
) st WHERE st.article_id = signals.article_id;
"""),
    (6, "articles remember the input line they came from", """
ALTER TABLE articles ADD COLUMN raw_hash VARCHAR;
"""),
    (7, "article texts stored compressed", lambda con: _compress_texts(con)),
    (8, "signal counts per filterable value", lambda con: (con.execute(rollup.CREATE), rollup.rebuild(con))),
    (9, "trade figures say what they are; signals say which words made them", """
ALTER TABLE signals ADD COLUMN figure_type VARCHAR;
ALTER TABLE signals ADD COLUMN period VARCHAR;
ALTER TABLE signals ADD COLUMN speaker VARCHAR;
ALTER TABLE signals ADD COLUMN cue_start INTEGER;
ALTER TABLE signals ADD COLUMN cue_end INTEGER;
"""),
    (10, "events: the signals that report one happening, across outlets and copies (see db.events)",
     events.migrate),
]

LATEST = MIGRATIONS[-1][0]


def _compress_texts(con: duckdb.DuckDBPyConnection, chunk: int = 2000) -> None:
    """Move ``articles.text`` to ``text_z`` (see db.texts), a chunk of articles at a time."""
    con.execute("ALTER TABLE articles ADD COLUMN text_z BLOB")
    ids = [r[0] for r in con.execute("SELECT article_id FROM articles ORDER BY 1").fetchall()]
    for i in range(0, len(ids), chunk):
        rows = con.execute("SELECT article_id, text FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
                           [ids[i:i + chunk]]).fetchall()
        packed = pa.table({"article_id": [r[0] for r in rows], "z": pa.array([pack(r[1]) for r in rows], pa.binary())})
        con.register("packed_texts", packed)
        con.execute("UPDATE articles SET text_z = p.z FROM packed_texts p WHERE p.article_id = articles.article_id")
        con.unregister("packed_texts")
    con.execute("ALTER TABLE articles DROP COLUMN text")


class SchemaOutdated(RuntimeError):
    """The database was made by an older version and has not been migrated yet."""


def check_version(con: duckdb.DuckDBPyConnection) -> None:
    """For readers (which cannot migrate): fail clearly when the schema is older than this code."""
    try:
        version = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]
    except duckdb.CatalogException:
        version = 0
    if version < LATEST:
        raise SchemaOutdated(f"the database is at schema version {version}, this code needs {LATEST}: "
                             "run `python -m etl migrate` (or any ingest) to upgrade it")


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied migration, 0 for a new database."""
    con.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)""")
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0])


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply the migrations not yet applied; return the schema version."""
    version = current_version(con)
    for number, name, sql in MIGRATIONS:
        if number <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            sql(con) if callable(sql) else con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [number, name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        version = number
    con.execute(_FOLD_MACRO)  # macros live in the catalogue; recreate so an older file gains changes
    load_outlets(con)
    return version


def load_outlets(con: duckdb.DuckDBPyConnection) -> None:
    """Refresh the outlets table from db/outlets.csv (the catalogue of outlets is data, kept in one file)."""
    with open(OUTLETS_CSV, encoding="utf-8-sig", newline="") as fh:
        rows = [(r["source"].strip(), r["type"].strip(), r["country"].strip() or None) for r in csv.DictReader(fh)]
    con.execute("BEGIN TRANSACTION")
    con.execute("DELETE FROM outlets")
    con.executemany("INSERT INTO outlets VALUES (?, ?, ?)", rows)
    con.execute("COMMIT")
