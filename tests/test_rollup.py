"""The signal rollup behind the sidebar's counts agrees with counting the signals themselves, through
new articles, changed articles, copies of a story, re-extraction and verdicts."""
import json

import pytest

from db import queries
from db.filters import Filters
from db.verdicts import set_verdict
from etl.pipeline import ingest, reextract
from tests.conftest import FIXTURES, ROOT
from tests.test_versions_and_copies import STORY

pytestmark = pytest.mark.slow  # ingests and re-extracts the sample corpus

FILTERS = [Filters(), Filters(relevant_only=False), Filters(originals_only=False), Filters(hide_rejected=False),
           Filters(kinds=("trade_figure", "agreement")), Filters(source_types=("iranian_state",)),
           Filters(kinds=("meeting",), actors=("russia",), relevant_only=False, originals_only=False)]


def assert_rollup_agrees(db):
    for f in FILTERS:
        from_rollup = queries.read(queries.facets, db, f)
        counted = queries.read(queries._facets, db, f, queries.FROM, "count(*)")
        assert from_rollup == counted, f
        assert queries.read(queries.count_signals, db, f) == queries.read(queries._count, db, f), f
    zero, rows, groups = queries.read(lambda con: con.execute("""
        SELECT count(*) FILTER (WHERE n = 0), count(*),
               count(DISTINCT (kind, topic, key, actor, source, relevant, duplicate_of)) FROM signal_rollup""").fetchone(), db)
    assert zero == 0 and rows == groups  # folded at the end of each run: one row per combination


def write(path, records):
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    return path


def test_rollup_counts_what_the_signals_count(tmp_path):
    db = tmp_path / "r.duckdb"
    ingest([ROOT / "seeds", FIXTURES], db, progress=False)
    assert_rollup_agrees(db)

    wrong = queries.read(queries.signals_table, db, Filters(), 3)["signal_id"].tolist()
    for sid in wrong:
        set_verdict(sid, "wrong", db=db)
    assert_rollup_agrees(db)
    assert sum(queries.read(queries.facets, db, Filters())["kinds"].values()) == \
        queries.read(queries.count_signals, db, Filters())

    # an article changed, a new one, and a copy of a story from another outlet
    story = {"id": "story", "source": "Outlet A", "published": "2024-05-01", "text": STORY}
    copy = {"id": "story-copy", "source": "Outlet B", "published": "2024-05-02", "text": "موسكو - " + STORY}
    ingest([write(tmp_path / "a.jsonl", [story, copy])], db, progress=False)
    assert_rollup_agrees(db)
    changed = dict(story, text=STORY.replace("خمسة مليارات دولار", "ستة مليارات دولار"))
    ingest([write(tmp_path / "b.jsonl", [changed])], db, progress=False)
    assert_rollup_agrees(db)

    reextract(db, everything=True, progress=False)
    assert_rollup_agrees(db)
