"""Rates per 1,000 articles, outlet coverage and the cooperation–friction balance, on articles written for
these tests."""
import json

import duckdb
import pandas as pd
import pytest

from db import queries, trends
from db.filters import Filters
from etl.pipeline import ingest

MEETING = "واستقبل الرئيس الروسي فلاديمير بوتين في الكرملين الرئيس الإيراني إبراهيم رئيسي وأجرى معه محادثات."
DISPUTE = "وانتقدت الخارجية الإيرانية تصريحات وزير الخارجية الروسي سيرغي لافروف بشأن الجزر الثلاث وحدثت خلافات بين طهران وموسكو."
SIGNED = "ووقع وزيرا خارجية إيران وروسيا في طهران اتفاقية التعاون في مجال النقل بين البلدين."
OTHER = "وافتتح وزير الزراعة معرضا للتمور في المدينة بمشاركة مئة شركة محلية."


def _article(i, source, published, text):
    return {"id": f"trend-{i}", "source": source, "url": f"https://example.org/{i}", "published": published,
            "title": f"خبر {i}", "text": text}


def _db(tmp_path, records):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")
    db = tmp_path / "t.duckdb"
    ingest([folder], db, progress=False)
    return db


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("trends")
    records = [_article(1, "Wire A", "2024-03-05", MEETING), _article(2, "Wire B", "2024-03-20", DISPUTE)]
    records += [_article(10 + i, "Wire A", "2024-03-10", OTHER + f" ({i})") for i in range(8)]  # 10 in March
    records += [_article(30, "Wire B", "2024-05-02", SIGNED)]
    records += [_article(40 + i, "Wire B", "2024-05-03", OTHER + f" [{i}]") for i in range(19)]  # 20 in May
    return _db(tmp, records)


def test_a_rate_divides_by_the_articles_loaded_that_month(db):
    r = queries.read(trends.rates, db, Filters(), "mentions")
    march = r[r["month"].dt.month == 3].set_index("kind")
    assert march.loc["meeting", "count"] == 1 and march.loc["meeting", "articles"] == 10
    assert march.loc["meeting", "per_1000"] == 100.0
    may = r[r["month"].dt.month == 5].set_index("kind")
    assert may.loc["agreement", "articles"] == 20 and may.loc["agreement", "per_1000"] == 50.0


def test_a_rate_counts_only_the_outlets_chosen(db):
    r = queries.read(trends.rates, db, Filters(sources=("Wire A",)), "mentions")
    assert set(r["kind"]) == {"meeting"} and r["articles"].tolist() == [9]


def test_the_balance_runs_from_friction_to_cooperation(db):
    b = queries.read(trends.balance, db, Filters(), "mentions")
    march, may = b.iloc[0], b.iloc[1]
    # March: a visit (+4) and a disagreement (−5); May: a signed agreement only.
    assert march["cooperation"] == 4 and march["friction"] == 5
    assert march["balance"] == pytest.approx((4 - 5) / 9, abs=1e-3)
    assert may["balance"] == 1.0 and may["cooperation"] == trends.WEIGHTS["agreement/signed"]


def test_a_signed_agreement_weighs_more_than_a_proposed_one():
    with duckdb.connect() as con:
        con.execute("CREATE TABLE s (kind VARCHAR, key VARCHAR, status VARCHAR)")
        con.execute("INSERT INTO s VALUES ('agreement','other','proposed'), ('agreement','other','signed'), "
                    "('agreement','other',NULL), ('friction','rivalry',NULL), ('relations','other',NULL)")
        w = [r[0] for r in con.execute(f"SELECT {trends.weight_sql()} FROM s").fetchall()]
    assert w == [2, 6, 5, -4, 0]


def test_outlet_coverage_says_where_each_archive_starts_and_stops(db):
    c = queries.read(trends.outlet_coverage, db, Filters()).set_index("source")
    assert str(c.loc["Wire A", "first"])[:10] == "2024-03-05" and str(c.loc["Wire A", "last"])[:10] == "2024-03-10"
    assert c.loc["Wire B", "months"] == 2 and c.loc["Wire B", "articles"] == 21


def test_a_unit_is_events_or_mentions(db):
    with pytest.raises(ValueError):
        queries.read(trends.rates, db, Filters(), "articles")


def test_rates_count_events_unless_mentions_are_asked_for(tmp_path):
    reports = ["واستقبل الرئيس الروسي فلاديمير بوتين في الكرملين الرئيس الإيراني إبراهيم رئيسي.",
               "وزار الرئيس الإيراني إبراهيم رئيسي موسكو حيث استقبله الرئيس الروسي فلاديمير بوتين.",
               "ووصل الرئيس الإيراني إبراهيم رئيسي إلى موسكو في زيارة رسمية يلتقي خلالها بوتين."]
    records = [_article(i, f"Wire {i}", "2024-03-05", text) for i, text in enumerate(reports)]
    db = _db(tmp_path, records + [_article(9, "Wire 9", "2024-03-06", OTHER)])
    every = Filters(originals_only=False)  # short reports of one visit may read as copies of one story
    events = queries.read(trends.rates, db, every, "events").set_index("kind")
    mentions = queries.read(trends.rates, db, every, "mentions").set_index("kind")
    assert events.loc["meeting", "count"] == 1 and mentions.loc["meeting", "count"] == 3
    assert events.loc["meeting", "per_1000"] == 250.0  # one visit in four articles
    assert queries.read(trends.balance, db, every)["count"].tolist() == [1]


def test_articles_per_outlet_and_the_article_picker_leave_out_samples_when_asked(tmp_path):
    records = [_article(1, "Wire A", "2024-03-05", MEETING), _article(2, "Demo Desk (sample)", "2024-04-05", MEETING),
               dict(_article(3, None, "2024-05-05", MEETING), source=None)]  # an unknown outlet is no sample
    db = _db(tmp_path, records)
    for fn in (queries.articles_by_outlet, queries.find_articles):
        assert "Demo Desk (sample)" in set(queries.read(fn, db, Filters())["source"])
        kept = queries.read(fn, db, Filters(include_samples=False))["source"]
        assert "Wire A" in set(kept) and "Demo Desk (sample)" not in set(kept) and len(kept) == 2


def test_the_overview_timeline_is_the_rates_balance_and_coverage_read_at_once(db):
    f = Filters(sources=("Wire B",))
    tl = queries.read(trends.timeline, db, f, "mentions")
    pd.testing.assert_frame_equal(tl.by_kind, queries.read(trends.rates, db, f, "mentions", "kind"))
    pd.testing.assert_frame_equal(tl.by_topic, queries.read(trends.rates, db, f, "mentions", "topic"))
    pd.testing.assert_frame_equal(tl.balance, queries.read(trends.balance, db, f, "mentions"))
    pd.testing.assert_frame_equal(tl.coverage, queries.read(queries.coverage, db, f))
    assert tl.by_kind["articles"].sum() > 0
