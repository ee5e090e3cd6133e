"""Events instead of mentions: one happening reported by many outlets (and in syndicated copies) is one event.

The articles here are written for these tests: a meeting of the Iranian and Russian foreign ministers carried
by five outlets, another meeting two days later in other words, and a third a month later.
"""
import json
from datetime import date

import duckdb
import pytest

from db import events, queries, trends
from db.filters import Filters
from etl import pipeline
from etl.pipeline import ingest, reextract
from tests.conftest import SHARED, cooperation_vs_friction, monthly, needs_shared

MEETING = ("التقى وزير الخارجية الإيراني عباس عراقجي نظيره الروسي سيرغي لافروف في جنيف يوم الثلاثاء، "
           "وبحث الوزيران سبل تعزيز التعاون بين البلدين في مجالات الطاقة والنقل. "
           "وقال لافروف في مؤتمر صحفي مشترك عقب المحادثات إن العلاقات بين روسيا وإيران تشهد تطورا ملحوظا، "
           "فيما أكد عراقجي أن طهران وموسكو تتفقان على مواصلة التنسيق في القضايا الإقليمية.")
DATELINES = ["موسكو (رويترز) - ", "طهران (أ ف ب) - ", "موسكو - ", "(وكالات) - ", "موسكو (خاص) - "]
OUTLETS = ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E"]
# The same meeting two days later, in other words (not a copy: another story of the same event).
FOLLOW_UP = ("أجرى وزير الخارجية الروسي سيرغي لافروف محادثات في جنيف مع نظيره الإيراني عباس عراقجي تناولت الوضع "
             "في جنوب القوقاز ومشروع ممر الشمال والجنوب، وقال الجانبان إن المباحثات كانت بناءة.")
# Another meeting, a month later.
NEXT_MONTH = "عقد وزيرا خارجية إيران وروسيا جولة جديدة من المحادثات في العاصمة الروسية ركزت على التعاون النووي السلمي."


def _copies() -> list[dict]:
    """Five outlets carrying one story over three days."""
    days = ["2024-03-05", "2024-03-05", "2024-03-06", "2024-03-07", "2024-03-07"]
    return [{"id": f"copy-{i}", "source": OUTLETS[i], "published": days[i], "title": "عراقجي ولافروف",
             "text": DATELINES[i] + MEETING} for i in range(5)]


def _write(path, records) -> str:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    return str(path)


def _q(db, sql, params=()):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql, list(params)).fetchall()


def _events(db) -> list[tuple]:
    return _q(db, """SELECT event_id, kind, key, group_key, label, status, value, unit, parties, published,
                            last_reported, sources, stories, reports, signals, mentions, signal_id
                     FROM events ORDER BY ALL""")


def _membership(db) -> list[tuple]:
    return _q(db, "SELECT signal_id, event_id FROM signals ORDER BY ALL")


def _meetings(db):
    return _q(db, """SELECT published, sources, stories, reports, signals FROM events
                     WHERE kind = 'meeting' ORDER BY published""")


def test_five_copies_across_outlets_are_one_event(tmp_path):
    db = tmp_path / "m.duckdb"
    ingest([_write(tmp_path / "a.jsonl", _copies())], db, progress=False)
    assert _q(db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")[0][0] == 4  # linked as copies
    # One event, five outlets, five articles (two signals each: the talks stated twice by different sides), one story.
    assert _meetings(db) == [(date(2024, 3, 5), 5, 1, 5, 10)]
    # Every meeting signal, copies included, points at it; its representative is the earliest original.
    assert _q(db, "SELECT count(DISTINCT event_id), count(*) FROM signals WHERE kind = 'meeting'") == [(1, 10)]
    rep = _q(db, """SELECT s.article_id FROM events e JOIN signals s USING (signal_id) WHERE e.kind = 'meeting'""")
    assert rep == [("copy-0",)]
    assert _q(db, "SELECT DISTINCT parties FROM events") == [("iran-russia",)]


def test_meetings_a_month_apart_are_two_events_and_days_apart_one(tmp_path):
    db = tmp_path / "m.duckdb"
    records = _copies() + [
        {"id": "follow-up", "source": "Outlet F", "published": "2024-03-07", "text": FOLLOW_UP},
        {"id": "next-month", "source": "Outlet A", "published": "2024-04-09", "text": NEXT_MONTH}]
    ingest([_write(tmp_path / "a.jsonl", records)], db, progress=False)
    assert _meetings(db) == [(date(2024, 3, 5), 6, 2, 6, 11), (date(2024, 4, 9), 1, 1, 1, 1)]


def test_windows_anchor_on_the_first_report_and_do_not_chain():
    # Reports every two days: with a 3-day window, days 0 and 2 are one event, 4 and 6 the next (a chain
    # of neighbours would make one event of all four).
    g, st, undated = [1, 1, 1, 1], [1, 2, 3, 4], [False] * 4
    assert events._firsts(g, st, [0, 2, 4, 6], [3] * 4, undated) == [0, 0, 2, 2]
    # A trade figure's 30 days; another group always opens a new event.
    assert events._firsts([1, 1, 2], [1, 2, 3], [0, 29, 29], [30, 30, 30], [False] * 3) == [0, 0, 2]
    # Undated signals: one event per story.
    assert events._firsts([1, 1, 1, 1], [1, 5, 5, 6], [0, 0, 0, 0], [3] * 4, [False, True, True, True]) == [0, 1, 1, 3]
    assert events.WINDOW_DAYS["meeting"] == 3 and events.WINDOW_DAYS["agreement"] == 7
    assert events.WINDOW_DAYS["trade_figure"] == 30


def test_the_same_input_again_changes_nothing(tmp_path):
    db = tmp_path / "m.duckdb"
    path = _write(tmp_path / "a.jsonl", _copies() + [
        {"id": "next-month", "source": "Outlet A", "published": "2024-04-09", "text": NEXT_MONTH}])
    ingest([path], db, progress=False)
    before = _events(db), _membership(db), _q(db, "SELECT * FROM event_groups ORDER BY ALL")
    assert ingest([path], db, progress=False).unchanged == 6
    assert (_events(db), _membership(db), _q(db, "SELECT * FROM event_groups ORDER BY ALL")) == before
    with duckdb.connect(str(db)) as con:
        assert events.refresh(con) == 0  # nothing to rebuild


def test_ingest_order_does_not_change_the_events(tmp_path):
    records = _copies() + [
        {"id": "follow-up", "source": "Outlet F", "published": "2024-03-07", "text": FOLLOW_UP},
        {"id": "next-month", "source": "Outlet A", "published": "2024-04-09", "text": NEXT_MONTH}]
    forward, backward = tmp_path / "f.duckdb", tmp_path / "b.duckdb"
    ingest([_write(tmp_path / "f.jsonl", records)], forward, progress=False)
    for i, r in enumerate(reversed(records)):  # one run per article, newest first
        ingest([_write(tmp_path / f"b{i}.jsonl", [r])], backward, progress=False)
    assert _events(forward) == _events(backward)
    assert _membership(forward) == _membership(backward)
    assert len(_meetings(forward)) == 2


def test_reextraction_keeps_events_current(tmp_path, monkeypatch):
    db = tmp_path / "m.duckdb"
    ingest([_write(tmp_path / "a.jsonl", _copies())], db, progress=False)
    assert _meetings(db) == [(date(2024, 3, 5), 5, 1, 5, 10)]
    real = pipeline.extract

    def without_outlet_c(text, **kw):  # an extractor that no longer sees the meeting in Outlet C's copy
        rel, sigs = real(text, **kw)
        return rel, [s for s in sigs if not (text.startswith(DATELINES[2]) and s.kind == "meeting")]

    monkeypatch.setattr(pipeline, "extract", without_outlet_c)
    reextract(db, everything=True, progress=False)
    assert _meetings(db) == [(date(2024, 3, 5), 4, 1, 4, 8)]
    monkeypatch.setattr(pipeline, "extract", real)
    reextract(db, everything=True, progress=False)
    assert _meetings(db) == [(date(2024, 3, 5), 5, 1, 5, 10)]
    assert _q(db, "SELECT count(*) FROM signals WHERE event_id IS NULL")[0][0] == 0


@pytest.fixture(scope="module")
def story_db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("events")
    db = tmp / "m.duckdb"
    records = _copies() + [{"id": "next-month", "source": "Outlet A", "published": "2024-04-09", "text": NEXT_MONTH}]
    ingest([_write(tmp / "a.jsonl", records)], db, progress=False)
    return db


def _meeting_months(db, f, unit=None):
    df = queries.read(trends.rates, db, f, unit, "kind")
    return df[df["kind"] == "meeting"].set_index("month")["count"].to_dict()


def test_charts_count_events_by_default_and_mentions_on_request(story_db):
    everything = Filters(originals_only=False)
    march, april = (pd_month(2024, 3), pd_month(2024, 4))
    assert _meeting_months(story_db, everything) == {march: 1, april: 1}
    assert _meeting_months(story_db, everything, unit="mentions") == {march: 10, april: 1}
    assert _meeting_months(story_db, Filters(), unit="mentions") == {march: 2, april: 1}  # copies left out
    # Without ``unit`` a chart counts what the reader chose in the filters (the sidebar's toggle).
    mentions = Filters(originals_only=False, count_events=False)
    assert _meeting_months(story_db, mentions) == {march: 10, april: 1}
    assert "counting mentions" in mentions.caption() and "mentions" not in everything.caption()
    head = queries.read(queries.headline, story_db, everything)["now"]
    assert head["signals"] == 2 + 1 and head["articles"] == 6  # two meetings and one relations event
    # Mentions: each of the five copies states the talks twice and the relationship twice (the ministers'
    # talks «سبل تعزيز التعاون», Lavrov's «العلاقات… تشهد تطورا»); the April meeting once.
    assert queries.read(queries.headline, story_db, everything, unit="mentions")["now"]["signals"] == 5 * 4 + 1
    cf = queries.read(cooperation_vs_friction, story_db, everything)
    assert cf["cooperation"].tolist() == [2, 1]
    cf = queries.read(cooperation_vs_friction, story_db, everything, "mentions")
    assert cf["cooperation"].tolist() == [5 * 4, 1]
    by_key = queries.read(monthly, story_db, everything, "key")
    assert by_key[by_key["key"] == "talks"]["signals"].tolist() == [1, 1]
    with pytest.raises(ValueError):
        queries.read(monthly, story_db, everything, "kind", "articles")


def test_filters_apply_to_events(story_db):
    march = pd_month(2024, 3)
    # An event is counted when any of its signals matches: Outlet C carried a copy of the March meeting.
    assert _meeting_months(story_db, Filters(sources=("Outlet C",), originals_only=False)) == {march: 1}
    assert _meeting_months(story_db, Filters(sources=("Outlet C",))) == {}  # its article is a copy
    assert _meeting_months(story_db, Filters(sources=("Nobody",), originals_only=False)) == {}
    april = Filters(date_from=date(2024, 4, 1), originals_only=False)
    assert _meeting_months(story_db, april) == {pd_month(2024, 4): 1}
    assert _meeting_months(story_db, Filters(kinds=("relations",), originals_only=False)) == {}
    # Dated by its earliest matching signal: from 6 March on, the March meeting is still one event in March.
    assert _meeting_months(story_db, Filters(date_from=date(2024, 3, 6), originals_only=False)) == {
        march: 1, pd_month(2024, 4): 1}
    rel = queries.read(trends.rates, story_db, Filters(kinds=("relations",), originals_only=False))
    assert rel["count"].tolist() == [1]


def pd_month(year: int, month: int):
    import pandas as pd
    return pd.Timestamp(year, month, 1)


@needs_shared
def test_events_on_the_shared_dev_set_are_consistent_and_stable(tmp_path):
    """On real articles: every signal is in one event, an event's counts nest (outlets <= articles <=
    signals), no event outlasts its window (copies aside), and loading again changes nothing."""
    db = tmp_path / "dev.duckdb"
    corpus = SHARED / "corpus" / "dev" / "articles.jsonl"
    ingest([corpus], db, progress=False)
    assert _q(db, "SELECT count(*) FROM signals WHERE event_id IS NULL")[0][0] == 0
    assert _q(db, "SELECT sum(signals) = (SELECT count(*) FROM signals) FROM events")[0][0]
    assert _q(db, "SELECT count(*) FROM events WHERE NOT (sources <= reports AND stories <= reports "
                  "AND reports <= signals)")[0][0] == 0
    n_events, n_signals = _q(db, "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM signals)")[0]
    assert 0 < n_events < n_signals
    for kind, days in events.WINDOW_DAYS.items():  # originals only: a copy is placed at its story's date
        assert _q(db, """SELECT coalesce(max(s.published - e.published), 0) FROM signals s
                         JOIN events e USING (event_id) WHERE e.kind = ? AND s.duplicate_of IS NULL""",
                  [kind])[0][0] <= days
    before = _events(db), _membership(db)
    ingest([corpus], db, progress=False)
    assert (_events(db), _membership(db)) == before


def test_migrating_an_older_database_builds_its_events(story_db, tmp_path):
    old = tmp_path / "old.duckdb"
    old.write_bytes(story_db.read_bytes())
    with duckdb.connect(str(old)) as con:  # the database as version 9 left it
        con.execute("DROP TABLE events")
        con.execute("DROP TABLE event_groups")
        con.execute("ALTER TABLE signals DROP COLUMN event_id")
        con.execute("DELETE FROM schema_migrations WHERE version = 10")
    from db.connection import connect
    from db.migrations import LATEST, migrate
    with connect(old) as con:
        assert migrate(con) == LATEST
    assert _events(old) == _events(story_db) and _membership(old) == _membership(story_db)
