"""Each page rendered with AppTest through dashboard.py's navigation, asserting on what it shows."""
import json

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from db.verdicts import set_verdict
from etl.pipeline import ingest
from pages._nav import NAMES, PAGES as NAV
from tests.conftest import ROOT, SEED_ID

pytestmark = pytest.mark.slow  # renders the dashboard's pages

APP = str(ROOT / "dashboard.py")
PAGES = [f"pages/{name}.py" for name in NAMES]
# What each page is headed (its title in the navigation, where the heading says more).
HEADINGS = {p.name: p.title for p in NAV} | {"overview": "Iran–Russia cooperation signals",
                                             "explorer": "Signal explorer", "review": "Review signals"}


def open_page(monkeypatch, db, page, params=None):
    monkeypatch.setenv("MONITOR_DB", str(db))
    at = AppTest.from_file(APP, default_timeout=60)
    for k, v in (params or {}).items():  # a shared link, opened in a new session
        at.query_params[k] = v
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def metric(at, label):
    return next(m.value for m in at.metric if m.label == label)


def scalar(db, sql):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("which", ["sample", "seed", "empty"])
def test_every_page_renders(monkeypatch, tmp_path, sample_db, seed_db, page, which):
    db = {"sample": sample_db, "seed": seed_db, "empty": tmp_path / "none.duckdb"}[which]
    at = open_page(monkeypatch, db, page)
    assert [t.value for t in at.title] == [HEADINGS[page.split("/")[1].removesuffix(".py")]]


def test_overview_counts_match_the_database(monkeypatch, sample_db):
    at = open_page(monkeypatch, sample_db, "pages/overview.py", {"mentions": "1"})  # counting every signal
    n = scalar(sample_db, "SELECT count(*) FROM signals JOIN articles a USING (article_id) "
                          "WHERE a.relevant AND a.duplicate_of IS NULL")
    friction = scalar(sample_db, "SELECT count(*) FROM signals JOIN articles a USING (article_id) "
                                 "WHERE a.relevant AND a.duplicate_of IS NULL AND kind = 'friction'")
    assert metric(at, "Signals") == f"{n:,}"
    assert metric(at, "Friction") == f"{friction:,}" and friction > 0


def test_overview_counts_events_by_default_and_mentions_from_the_sidebar(monkeypatch, sample_db):
    events = scalar(sample_db, "SELECT count(DISTINCT event_id) FROM signals JOIN articles a USING (article_id) "
                               "WHERE a.relevant AND a.duplicate_of IS NULL")
    at = open_page(monkeypatch, sample_db, "pages/overview.py")
    assert metric(at, "Events") == f"{events:,}" and events < scalar(sample_db, "SELECT count(*) FROM signals")
    assert at.query_params.get("mentions") is None
    at.sidebar.toggle[0].set_value(False).run()
    assert at.query_params.get("mentions") in ("1", ["1"])
    assert metric(at, "Signals") != metric(open_page(monkeypatch, sample_db, "pages/overview.py"), "Events")


def test_overview_compares_with_the_previous_period(monkeypatch, sample_db):
    at = open_page(monkeypatch, sample_db, "pages/overview.py", {"from": "2025-01-01", "to": "2025-12-31"})
    signals = next(m for m in at.metric if m.label == "Events")
    assert signals.delta is not None


def test_sample_banner_shows_only_with_samples(monkeypatch, sample_db, seed_db):
    at = open_page(monkeypatch, sample_db, "pages/overview.py")
    assert any("Sample data" in w.value for w in at.warning)
    at = open_page(monkeypatch, seed_db, "pages/overview.py")
    assert not any("Sample data" in w.value for w in at.warning)


def test_overview_on_an_empty_database(monkeypatch, tmp_path):
    at = open_page(monkeypatch, tmp_path / "none.duckdb", "pages/overview.py")
    assert metric(at, "Events") == "0"
    assert any("empty" in i.value for i in at.info)


def test_explorer_filter_from_url_changes_the_table(monkeypatch, sample_db):
    at = open_page(monkeypatch, sample_db, "pages/explorer.py")
    all_rows = len(at.dataframe[0].value)
    at = open_page(monkeypatch, sample_db, "pages/explorer.py", {"kind": "trade_figure"})
    df = at.dataframe[0].value
    assert 0 < len(df) < all_rows
    assert set(df["kind"]) == {"trade figure"}  # the code in words
    assert at.query_params["kind"] in (["trade_figure"], "trade_figure")


def test_explorer_text_filter_matches_folded_arabic(monkeypatch, sample_db):
    # «اتفاقيه» (heh for teh marbuta) still finds «اتفاقية».
    at = open_page(monkeypatch, sample_db, "pages/explorer.py", {"q": "اتفاقيه"})
    df = at.dataframe[0].value
    assert len(df) > 0 and all("اتفاقي" in s for s in df["sentence"])


def test_explorer_sidebar_widget_narrows_the_table_and_shows_facet_counts(monkeypatch, sample_db):
    at = open_page(monkeypatch, sample_db, "pages/explorer.py")
    before = len(at.dataframe[0].value)
    topic = next(m for m in at.sidebar.multiselect if m.label == "Topic")
    n_trade = scalar(sample_db, "SELECT count(*) FROM signals JOIN articles a USING (article_id) "
                                "WHERE a.relevant AND a.duplicate_of IS NULL AND topic = 'trade'")
    assert f"trade ({n_trade:,})" in topic.options
    topic.select("trade").run()
    assert not at.exception
    df = at.dataframe[0].value
    assert 0 < len(df) < before and set(df["topic"]) == {"trade"}


def test_explorer_download_is_the_filtered_rows(monkeypatch, sample_db):
    at = open_page(monkeypatch, sample_db, "pages/explorer.py", {"kind": "friction"})
    shown = len(at.dataframe[0].value)
    from db.filters import Filters
    from pages._ui import signals_csv
    data = signals_csv(Filters(kinds=("friction",)))
    assert data.startswith(b"\xef\xbb\xbf")
    assert len(data.decode("utf-8-sig").strip().splitlines()) == shown + 1


def test_rejected_signal_is_hidden_and_survives_reingest(monkeypatch, tmp_path):
    db = tmp_path / "v.duckdb"
    ingest([ROOT / "seeds" / "000_5ca05d674973007d.txt"], db, progress=False)
    sid = scalar(db, "SELECT signal_id FROM signals WHERE kind = 'trade_figure'")
    set_verdict(sid, "wrong", "a growth figure, not a volume", db=db)
    ingest([ROOT / "seeds" / "000_5ca05d674973007d.txt"], db, progress=False)
    at = open_page(monkeypatch, db, "pages/explorer.py", {"kind": "trade_figure"})
    assert not at.dataframe  # hidden by default
    at = open_page(monkeypatch, db, "pages/explorer.py", {"kind": "trade_figure", "rejected": "1"})
    assert list(at.dataframe[0].value["verdict"]) == ["wrong"]


def test_agreements_page_lists_each_agreement_with_its_steps(monkeypatch, seed_db):
    at = open_page(monkeypatch, seed_db, "pages/agreements.py")
    table = at.dataframe[0].value
    row = table[table["agreement"] == "Comprehensive strategic partnership treaty"].iloc[0]  # a name, not a code
    assert row["drafted"] == "2024-03-19" and row["furthest step"] == "drafted"
    steps = ["mentioned", "proposed", "negotiating", "drafted", "signed", "ratified", "in force", "implementing"]
    assert [c for c in table.columns if c in steps] == steps  # in the order of the steps


def test_trade_page_table_matches_the_database(monkeypatch, sample_db):
    at = open_page(monkeypatch, sample_db, "pages/trade.py")
    n = scalar(sample_db, "SELECT count(*) FROM signals JOIN articles a USING (article_id) "
                          "WHERE kind = 'trade_figure' AND a.relevant AND a.duplicate_of IS NULL")
    assert len(at.dataframe[0].value) == n > 0


def test_sources_page_counts(monkeypatch, sample_db):
    at = open_page(monkeypatch, sample_db, "pages/sources.py")
    assert metric(at, "Articles") == str(scalar(sample_db, "SELECT count(*) FROM articles"))
    assert metric(at, "Copies of a story") == str(scalar(
        sample_db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"))


def test_article_page_highlights_evidence(monkeypatch, seed_db):
    at = open_page(monkeypatch, seed_db, "pages/article.py", {"id": SEED_ID})
    body = [m.value for m in at.markdown if 'dir="rtl"' in m.value]
    assert any("<mark>" in b and "77٪" in b for b in body)
    n = scalar(seed_db, "SELECT count(*) FROM signals")
    assert at.dataframe[0].value.shape[0] == n


def test_article_page_links_copies(monkeypatch, sample_db):
    copy = scalar(sample_db, "SELECT article_id FROM articles WHERE duplicate_of IS NOT NULL ORDER BY 1")
    at = open_page(monkeypatch, sample_db, "pages/article.py", {"id": copy})
    assert any("copy" in c.value for c in at.caption)


def test_article_text_is_escaped(monkeypatch, tmp_path):
    import json
    db = tmp_path / "x.duckdb"
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "title": "<b>عنوان</b>", "published": "2024-01-01",
                               "text": "قال بوتين إن روسيا وإيران <script>alert(1)</script> شريكان."},
                              ensure_ascii=False), encoding="utf-8")
    ingest([src], db, progress=False)
    at = open_page(monkeypatch, db, "pages/article.py", {"id": "x"})
    html = " ".join(m.value for m in at.markdown)
    assert "<script>" not in html and "&lt;script&gt;" in html and "<b>" not in html


def test_overview_charts_match_separate_queries(sample_db):
    from db import queries, trends
    from db.filters import Filters
    from tests.conftest import cooperation_vs_friction, monthly
    for f in (Filters(), Filters(count_events=False)):
        by_kind = queries.read(trends.rates, sample_db, f, None, "kind")
        by_topic = queries.read(trends.rates, sample_db, f, None, "topic")
        kind = queries.read(monthly, sample_db, f, "kind")
        topic = queries.read(monthly, sample_db, f, "topic")
        cf = queries.read(cooperation_vs_friction, sample_db, f)
        assert by_kind["count"].sum() == kind["signals"].sum() and by_topic["count"].sum() == topic["signals"].sum()
        friction = by_kind[by_kind["kind"] == "friction"]["count"].sum()
        assert friction == cf["friction"].sum() and by_kind["count"].sum() - friction == cf["cooperation"].sum()


def test_outdated_database_gets_a_clear_message(monkeypatch, tmp_path):
    import subprocess
    import sys
    from db import migrations
    db = tmp_path / "old.duckdb"
    with monkeypatch.context() as m, duckdb.connect(str(db)) as con:  # a database made before the last migration
        m.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:-1])
        migrations.migrate(con)
    at = open_page(monkeypatch, db, "pages/overview.py")
    assert any("etl migrate" in e.value for e in at.error)
    subprocess.run([sys.executable, "-m", "etl", "migrate", "--db", str(db)], cwd=ROOT, check=True)
    at = open_page(monkeypatch, db, "pages/overview.py")
    assert not at.error and metric(at, "Events") == "0"


def test_trade_page_tells_targets_from_actual_figures(monkeypatch, tmp_path):
    src = tmp_path / "claims.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "t1", "source": "Sample Agency (sample)", "published": "2025-03-01",
         "text": "وقال نوفاك إن حجم التبادل التجاري بين روسيا وإيران بلغ 4 مليارات دولار في عام 2024."},
        {"id": "t2", "source": "Sample Agency (sample)", "published": "2025-03-02",
         "text": "وتسعى روسيا وإيران إلى رفع حجم التجارة بينهما إلى 10 مليارات دولار بحلول 2030."},
        # A period given relative to the article's date is shown with the year it means.
        {"id": "t3", "source": "Sample Agency (sample)", "published": "2025-03-03",
         "text": "وقال السفير الروسي إن التبادل التجاري بين روسيا وإيران نما بنسبة 16 في المئة العام الماضي."},
    ]) + "\n", encoding="utf-8")
    db = tmp_path / "claims.duckdb"
    ingest([src], db, progress=False)
    at = open_page(monkeypatch, db, "pages/trade.py")
    table = at.dataframe[0].value
    rows = {(t, f): (p, s) for f, t, p, s in zip(table["figure"], table["figure_type"], table["period"], table["speaker"])}
    assert {t for t, _ in rows} == {"actual", "target"}
    assert rows[("actual", "$4bn")] == ("2024", "نوفاك") and rows[("target", "$10bn")][0] == "2030"
    assert rows[("actual", "16%")][0] == "2024 (العام الماضي)"


def test_explorer_panel_shows_the_title_and_marks_the_cue(monkeypatch, sample_db):
    from db import queries
    from db.filters import Filters
    at = open_page(monkeypatch, sample_db, "pages/explorer.py")
    rows = queries.read(queries.signals_table, sample_db, Filters(kinds=("organisation",)), None)
    sig = rows[rows["title"].notna() & rows["cue_start"].notna()].iloc[0]
    at.session_state["explorer_focus"] = {"filters": at.session_state["filters"], "signal_id": sig["signal_id"],
                                          "position": 0, "kept": True}
    at.run()
    shown = " ".join(m.value for m in at.markdown)
    cue = sig["sentence"][int(sig["cue_start"]) - int(sig["start"]):int(sig["cue_end"]) - int(sig["start"])]
    assert cue and f"<mark>{cue}</mark>" in shown  # the words that made the signal, inside its sentence
    assert sig["title"] in shown


def test_review_walks_the_queue_and_keeps_its_place(monkeypatch, tmp_path, sample_db):
    import shutil

    from db import queries, review
    from db.filters import Filters
    db = tmp_path / "review.duckdb"
    shutil.copy(sample_db, db)
    f = Filters(kinds=("friction",))
    order, params = review._ordered(f)
    ids = [r[0] for r in queries.read(lambda con: con.execute(order + " ORDER BY rn", params).fetchall(), db)]
    assert len(ids) >= 2
    at = open_page(monkeypatch, db, "pages/review.py", {"kind": "friction"})

    def shown():
        import html
        import re
        return html.unescape(re.sub("<[^>]+>", "", next(m.value for m in at.markdown if 'class="ar "' in m.value)))

    first = queries.read(queries.signal, db, ids[0])
    assert first["sentence"][:20] in shown()
    next(b for b in at.button if b.label == "Wrong").click().run()  # marked wrong: left out of the pages
    assert not at.exception
    assert queries.read(queries.signal, db, ids[1])["sentence"][:20] in shown()  # the next, not the first again
    for _ in ids[1:]:
        next(b for b in at.button if b.label == "Right").click().run()
        assert not at.exception
    assert any("Nothing left to review" in s.value or "Every signal" in s.value for s in at.success)
    done = queries.read(review.progress, db, f)
    assert done["wrong"] == 1 and done["right"] == len(ids) - 1 and done["unreviewed"] == 0


def test_samples_are_shown_on_a_first_run_and_left_out_once_real_articles_are_loaded(monkeypatch, tmp_path, sample_db):
    import shutil

    from etl.pipeline import ingest
    from tests.conftest import FIXTURES
    samples = scalar(sample_db, "SELECT count(*) FROM articles WHERE source LIKE '%(sample)' AND relevant "
                                "AND duplicate_of IS NULL")
    at = open_page(monkeypatch, sample_db, "pages/overview.py")  # seeds/ only: the samples are the demonstration
    assert any(f"{samples:,} of the articles the filters let through" in w.value for w in at.warning)
    db = tmp_path / "real.duckdb"
    shutil.copy(sample_db, db)
    ingest([FIXTURES], db, progress=False)  # articles from elsewhere than seeds/
    at = open_page(monkeypatch, db, "pages/overview.py")
    assert not any("Sample data" in w.value for w in at.warning)
    real = scalar(db, "SELECT count(DISTINCT article_id) FROM signals WHERE source NOT LIKE '%(sample)' AND relevant "
                      "AND duplicate_of IS NULL")
    assert metric(at, "Articles") == f"{real:,}"  # the samples' articles are not counted
    at = open_page(monkeypatch, db, "pages/overview.py", {"samples": "1", "from": "2025-01-01", "to": "2025-12-31"})
    shown = scalar(db, "SELECT count(*) FROM articles WHERE source LIKE '%(sample)' AND relevant AND duplicate_of IS "
                       "NULL AND published BETWEEN '2025-01-01' AND '2025-12-31'")
    assert 0 < shown < samples  # the banner counts the samples the filters let through, not all of them
    assert any(f"{shown:,} of the articles the filters let through" in w.value for w in at.warning)
