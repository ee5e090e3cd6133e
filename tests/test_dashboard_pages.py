"""The dashboard's pages on data with gaps, one date, missing metadata and hostile strings (issue 12 and
issue 14, item 6), through dashboard.py's navigation with AppTest."""
import json

import pytest

from etl.pipeline import ingest
from tests.conftest import ROOT
from tests.test_pages import PAGES, open_page

pytestmark = pytest.mark.slow  # renders the dashboard's pages

SAMPLE = ROOT / "seeds" / "sample" / "articles.jsonl"
IRAN_ONLY = "قال وزير الخارجية الإيراني إن طهران ستواصل تطوير علاقاتها مع دول الجوار في المنطقة."


def sample_articles(n):
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()[:n]]


@pytest.fixture(scope="module")
def gap_db(tmp_path_factory):
    """Four articles about the two in 2018-03, 2018-04, 2022-01 and 2022-02, one about Iran alone in
    2018-06: the corpus has no article from 2018-07 to 2021-12."""
    tmp = tmp_path_factory.mktemp("gap")
    rows = sample_articles(4)
    for row, day in zip(rows, ["2018-03-10", "2018-04-12", "2022-01-15", "2022-02-20"]):
        row["published"] = day
        row["source"] = row["source"].replace(" (sample)", "")  # as real outlets: samples are left out beside them
    rows.append({"id": "iran-only", "source": "Other Wire", "url": "", "published": "2018-06-05",
                 "title": "إيران وجيرانها", "text": IRAN_ONLY})
    src = tmp / "gap.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    db = tmp / "gap.duckdb"
    ingest([src], db, progress=False)
    return db


def array(v):
    """A Plotly array from a chart's spec (Plotly writes numeric arrays as typed base64), NaN as None."""
    import base64

    import numpy as np
    if isinstance(v, dict) and "bdata" in v:
        a = np.frombuffer(base64.b64decode(v["bdata"]), dtype=v["dtype"])
        if "shape" in v:
            a = a.reshape([int(n) for n in str(v["shape"]).split(",")])
        return [[None if x != x else x for x in row] for row in a.tolist()] if a.ndim == 2 else \
            [None if x != x else x for x in a.tolist()]
    return v


def charts(at):
    return {json.loads(c.proto.spec)["layout"]["title"]["text"]: json.loads(c.proto.spec)
            for c in at.get("plotly_chart")}


def by_kind(at):
    """The overview's first chart, whose title says what it counts (events, signals, or a rate of them)."""
    return next(spec for title, spec in charts(at).items() if title.endswith("per month, by kind"))


def test_topics_heatmap_has_a_column_per_month_blank_where_nothing_was_loaded(monkeypatch, gap_db):
    at = open_page(monkeypatch, gap_db, "pages/overview.py")
    heat = charts(at)["Topics over time"]
    axis = heat["layout"]["xaxis"]
    assert axis["type"] == "category"
    months = list(axis["categoryarray"])
    assert months[0] == "2018-03" and months[-1] == "2022-02" and len(months) == 48  # every month, none stretched
    cells = {}
    for trace in heat["data"]:  # one square per topic and month with articles loaded
        for m, topic, value in zip(array(trace["x"]), array(trace["y"]), array(trace["marker"]["color"])):
            cells.setdefault(m, []).append(value)
    assert "2019-05" not in cells  # no article loaded: no cell, no data
    assert cells["2018-06"] and all(v == 0 for v in cells["2018-06"])  # an article loaded, no signal: zero
    assert any(v > 0 for v in cells["2018-03"])


def test_cooperation_line_breaks_where_no_article_was_loaded(monkeypatch, gap_db):
    at = open_page(monkeypatch, gap_db, "pages/overview.py")
    line = charts(at)["Cooperation against friction"]
    coop = next(t for t in line["data"] if t["name"] == "cooperation")
    assert not coop.get("connectgaps")
    points = dict(zip((d[:7] for d in array(coop["x"])), array(coop["y"])))
    assert len(points) == 48
    assert points["2018-06"] == 0  # a month with an article loaded but nothing matching: zero
    assert points["2018-05"] is None  # between two loaded months, but no article of its own
    assert points["2019-05"] is None and points["2021-12"] is None  # no article at all: a gap, not a zero
    assert points["2018-03"] > 0 and points["2022-02"] > 0
    shapes = line["layout"].get("shapes", [])
    assert any(s.get("type") == "rect" for s in shapes), "months without articles are shaded"
    texts = [a.get("text") for a in line["layout"].get("annotations", [])]
    assert "first article 2018-03-10" in texts and "last article 2022-02-20" in texts


def test_corpus_start_and_end_are_said(monkeypatch, gap_db):
    at = open_page(monkeypatch, gap_db, "pages/overview.py")
    assert any("run from 2018-03-10 to 2022-02-20" in c.value for c in at.caption)


@pytest.mark.parametrize("period", [("2018-03-01", "2018-04-30"), ("2022-01-01", "2022-02-28")])
def test_no_change_badge_against_a_previous_period_with_no_data(monkeypatch, gap_db, period):
    at = open_page(monkeypatch, gap_db, "pages/overview.py", {"from": period[0], "to": period[1]})
    assert all(m.delta in (None, "") for m in at.metric)
    assert any("No data for the previous period" in c.value for c in at.caption)


def test_change_badge_where_the_previous_period_has_articles(monkeypatch, gap_db):
    at = open_page(monkeypatch, gap_db, "pages/overview.py", {"from": "2018-04-01", "to": "2018-04-30"})
    assert next(m for m in at.metric if m.label == "Events").delta not in (None, "")
    assert not any("No data for the previous period" in c.value for c in at.caption)


def test_a_chart_with_one_date_spans_months_not_milliseconds(monkeypatch, seed_db):
    import pandas as pd
    at = open_page(monkeypatch, seed_db, "pages/overview.py")
    for spec in (by_kind(at), charts(at)["Cooperation against friction"]):
        lo, hi = map(pd.Timestamp, spec["layout"]["xaxis"]["range"])
        assert hi - lo >= pd.Timedelta(days=40), spec["layout"]["title"]
    at = open_page(monkeypatch, seed_db, "pages/agreements.py")
    lo, hi = map(pd.Timestamp, next(iter(charts(at).values()))["layout"]["xaxis"]["range"])
    assert hi - lo >= pd.Timedelta(days=40)


def test_legends_and_labels_in_words(monkeypatch, sample_db):
    at = open_page(monkeypatch, sample_db, "pages/overview.py")
    names = {t["name"] for t in by_kind(at)["data"]}
    assert "joint position" in names and "trade figure" in names and "joint_position" not in names
    heat = charts(at)["Topics over time"]
    assert "science and technology" in heat["data"][0]["y"] or "science_tech" not in heat["data"][0]["y"]
    kind = next(m for m in at.sidebar.multiselect if m.label == "Kind")
    assert any(o.startswith("joint position (") for o in kind.options)
    outlet_type = next(m for m in at.sidebar.multiselect if m.label == "Outlet type")
    assert not any("_" in o for o in outlet_type.options)
    at = open_page(monkeypatch, sample_db, "pages/explorer.py")
    assert "joint position" in set(at.dataframe[0].value["kind"])


@pytest.fixture(scope="module")
def bare_db(tmp_path_factory):
    """The sample corpus and an uploaded article with no outlet, date or title."""
    tmp = tmp_path_factory.mktemp("bare")
    row = dict(sample_articles(1)[0], id="uploaded-1", source=None, published=None, title=None, url=None)
    src = tmp / "up.jsonl"
    src.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
    db = tmp / "bare.duckdb"
    ingest([ROOT / "seeds", src], db, progress=False)
    return db


def test_article_picker_reads_without_nan(monkeypatch, bare_db):
    at = open_page(monkeypatch, bare_db, "pages/article.py", {"id": "uploaded-1", "all": "1"})
    pick = at.selectbox[0]
    assert pick.value == "uploaded-1"
    label = pick.format_func("uploaded-1")
    assert "nan" not in label and label == "undated · unknown outlet · uploaded-1"
    assert not any("nan" in o for o in pick.options)


def test_article_search_switches_the_article(monkeypatch, sample_db):
    at = open_page(monkeypatch, sample_db, "pages/article.py", {"id": "sample-001"})
    assert at.selectbox[0].value == "sample-001"
    at.text_input[0].input("sample-010").run()
    assert not at.exception
    assert at.selectbox[0].value == "sample-010"
    assert at.query_params["id"] in ("sample-010", ["sample-010"])
    assert any("**Id** sample\\-010" in m.value for m in at.markdown)  # the page shows that article


def test_article_and_explorer_csvs_have_the_same_columns(monkeypatch, sample_db):
    import io

    import pandas as pd

    import pages._ui as ui
    from db.filters import Filters
    tables = {}
    monkeypatch.setattr(ui, "download", lambda table, name, *a, **k: tables.setdefault(name, table))
    open_page(monkeypatch, sample_db, "pages/article.py", {"id": "sample-001"})
    article_csv = ui.to_csv_bytes(tables["signals-sample-001"])
    explorer_csv = ui.signals_csv(Filters())
    header = lambda data: list(pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", nrows=0).columns)  # noqa: E731
    assert header(article_csv) == header(explorer_csv)


@pytest.mark.parametrize("page,params", [("pages/agreements.py", {}), ("pages/trade.py", {}),
                                         ("pages/explorer.py", {}), ("pages/article.py", {"id": "sample-004"})])
def test_no_literal_none_in_the_actor_column(monkeypatch, sample_db, page, params):
    at = open_page(monkeypatch, sample_db, page, params)
    tables = [d.value for d in at.dataframe if "actor" in d.value.columns]
    assert tables
    for df in tables:
        assert df["actor"].notna().all()
        assert not any(v is None or v == "None" for v in df["actor"])


def test_sources_page_shows_the_period_each_outlet_covers(monkeypatch, gap_db):
    at = open_page(monkeypatch, gap_db, "pages/sources.py")
    spans = charts(at)["The period each outlet covers"]
    outlets = {y for trace in spans["data"] for y in array(trace["y"])}
    assert "Other Wire" in outlets and len(outlets) >= 2


def test_no_change_badge_against_a_previous_period_with_far_fewer_articles(monkeypatch, tmp_path):
    """A corpus that starts midway: the period before holds one article against four now."""
    rows = sample_articles(5)
    for row, day in zip(rows, ["2019-12-20", "2020-01-05", "2020-01-10", "2020-01-15", "2020-01-20"]):
        row["published"] = day
        row["source"] = row["source"].replace(" (sample)", "")
    src = tmp_path / "midway.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    db = tmp_path / "midway.duckdb"
    ingest([src], db, progress=False)
    at = open_page(monkeypatch, db, "pages/overview.py", {"from": "2020-01-01", "to": "2020-01-31"})
    assert all(m.delta in (None, "") for m in at.metric)
    assert any("too few to compare with" in c.value for c in at.caption)
