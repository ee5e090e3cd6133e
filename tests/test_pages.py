"""Each page rendered with AppTest through dashboard.py's navigation, asserting on what it shows."""
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT, SEED_ID

APP = str(ROOT / "dashboard.py")


def open_page(monkeypatch, db, page, params=None):
    monkeypatch.setenv("MONITOR_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metric(at, label):
    return next(m.value for m in at.metric if m.label == label)


def test_overview_counts_match_the_database(monkeypatch, fixture_db):
    import duckdb
    at = open_page(monkeypatch, fixture_db, "pages/overview.py")
    with duckdb.connect(str(fixture_db), read_only=True) as con:
        n = con.execute("SELECT count(*) FROM signals JOIN articles USING (article_id) WHERE relevant").fetchone()[0]
    assert metric(at, "Signals") == f"{n:,}"
    assert int(metric(at, "Trade figures")) >= 3


def test_overview_on_an_empty_database(monkeypatch, tmp_path):
    at = open_page(monkeypatch, tmp_path / "none.duckdb", "pages/overview.py")
    assert metric(at, "Signals") == "0"
    assert any("empty" in i.value for i in at.info)


def test_explorer_filter_changes_the_table(monkeypatch, fixture_db):
    at = open_page(monkeypatch, fixture_db, "pages/explorer.py")
    all_rows = len(at.dataframe[0].value)
    at = open_page(monkeypatch, fixture_db, "pages/explorer.py", {"kind": "trade_figure"})
    df = at.dataframe[0].value
    assert 0 < len(df) < all_rows
    assert set(df["kind"]) == {"trade_figure"}
    assert at.query_params["kind"] == ["trade_figure"] or at.query_params["kind"] == "trade_figure"


def test_explorer_text_filter_matches_folded_arabic(monkeypatch, fixture_db):
    # «اتفاقيه» without teh marbuta and with an alef-less hamza still finds «اتفاقية».
    at = open_page(monkeypatch, fixture_db, "pages/explorer.py", {"q": "اتفاقيه"})
    df = at.dataframe[0].value
    assert len(df) > 0 and all("اتفاقي" in s for s in df["sentence"])


def test_explorer_sidebar_widget_narrows_the_table(monkeypatch, fixture_db):
    at = open_page(monkeypatch, fixture_db, "pages/explorer.py")
    before = len(at.dataframe[0].value)
    topic = next(m for m in at.sidebar.multiselect if m.label == "Topic")
    topic.select("trade").run()
    assert not at.exception
    df = at.dataframe[0].value
    assert 0 < len(df) < before and set(df["topic"]) == {"trade"}


def test_explorer_download_is_the_filtered_rows(monkeypatch, fixture_db):
    at = open_page(monkeypatch, fixture_db, "pages/explorer.py", {"kind": "friction"})
    shown = len(at.dataframe[0].value)
    from db.filters import Filters
    from pages._ui import signals_csv
    monkeypatch.setenv("MONITOR_DB", str(fixture_db))
    data = signals_csv(Filters(kinds=("friction",)))
    assert data.startswith(b"\xef\xbb\xbf")
    assert len(data.decode("utf-8-sig").strip().splitlines()) == shown + 1


def test_article_page_highlights_evidence(monkeypatch, seed_db):
    at = open_page(monkeypatch, seed_db, "pages/article.py", {"id": SEED_ID})
    body = [m.value for m in at.markdown if 'dir="rtl"' in m.value]
    assert any("<mark>" in b and "77٪" in b for b in body)
    assert at.dataframe[0].value.shape[0] == 16 or at.dataframe[0].value.shape[0] > 10


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/explorer.py", "pages/article.py"])
def test_pages_render_on_empty_database(monkeypatch, tmp_path, page):
    open_page(monkeypatch, tmp_path / "empty.duckdb", page)
