"""Shared fixtures: a real database built once from seeds/, and the path to ../shared when present."""
from __future__ import annotations

from pathlib import Path

import pytest

from etl.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_ID = "000_5ca05d674973007d"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles.jsonl"  # the project's own test articles

needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(),
                                  reason="../shared is not beside this checkout")


def table_counts(con) -> dict[str, int]:
    """Row counts of every table (for checks that a re-run changed nothing)."""
    names = ["articles", "signals", "signal_mentions", "ingest_errors", "article_bands", "events"]
    return {t: int(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in names}


# Counts per month made apart from the pages' own queries, for tests that check those against them.
def monthly(con, f, column="kind", unit=None):
    """Events (or signals) per month and value of ``column``; undated articles left out."""
    from db.queries import _column, chart_rows
    scope, params = chart_rows(f, unit)
    return con.execute(f"""SELECT date_trunc('month', s.published) AS month, {_column(column)} AS {column},
                                  count(*) AS signals
                           FROM {scope} AND s.published IS NOT NULL GROUP BY ALL ORDER BY ALL""", params).df()


def cooperation_vs_friction(con, f, unit=None):
    """Per month: cooperation events (every kind but friction) and friction events (or signals)."""
    from db.queries import chart_rows
    scope, params = chart_rows(f, unit)
    return con.execute(f"""
        SELECT date_trunc('month', s.published) AS month,
               count(*) FILTER (WHERE s.kind <> 'friction') AS cooperation,
               count(*) FILTER (WHERE s.kind = 'friction') AS friction
        FROM {scope} AND s.published IS NOT NULL GROUP BY ALL ORDER BY month""", params).df()


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the seed article only."""
    db = tmp_path_factory.mktemp("seed") / "seed.duckdb"
    ingest([ROOT / "seeds" / "000_5ca05d674973007d.txt"], db, progress=False)
    return db


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the seed and the project's own test articles."""
    db = tmp_path_factory.mktemp("fixtures") / "fixtures.duckdb"
    ingest([ROOT / "seeds" / "000_5ca05d674973007d.txt", FIXTURES], db, progress=False)
    return db


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The first-run database: seeds/ (the seed article and the sample corpus)."""
    db = tmp_path_factory.mktemp("sample") / "sample.duckdb"
    ingest([ROOT / "seeds"], db, progress=False)
    return db


def pytest_collection_modifyitems(items):
    """The slow tests first, in file order: under `make test` (two workers, one file at a time, files in
    this order) the long files start at once and the quick ones fill the end, rather than a long file with
    few tests being handed out last."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
