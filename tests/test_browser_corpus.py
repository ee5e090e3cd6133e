"""The dashboard in a real browser on whole corpora and hostile input (split from test_browser.py so the two
run side by side): every page on the ANT corpus, hostile strings on every page, a failing page."""
import pytest

from etl.pipeline import ingest
from tests.conftest import ROOT
from tests.test_browser import (CHROMIUM, PAGES, SHOTS, browser, click_row, serve, settle,  # noqa: F401 - fixture
                                 shoot_page)

pytestmark = [pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)"),
              pytest.mark.slow]


def outside_things(page):
    """Images and links on the page that point to evil.example (the hostile strings' host)."""
    from urllib.parse import urlsplit
    imgs = [s for s in page.locator("img").evaluate_all("els => els.map(e => e.src)") if "evil" in s]
    links = [h for h in page.locator("a[href]").evaluate_all("els => els.map(e => e.href)")
             if (urlsplit(h).hostname or "").endswith("evil.example")]
    return imgs + links


def test_hostile_strings_render_as_text_on_every_page(tmp_path_factory, browser):
    """Issue 14, item 6, in Streamlit's own renderer: the hostile article on every page, its id in the link,
    its outlet as a filter; the Explorer's panel open on it."""
    from urllib.parse import urlencode
    from tests.test_markdown_injection import HOSTILE_ID, HOSTILE_OUTLET, HOSTILE_TEXT, hostile_rows
    import json
    tmp = tmp_path_factory.mktemp("hostile-browser")
    src = tmp / "hostile.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in hostile_rows()), encoding="utf-8")
    db = tmp / "monitor.duckdb"
    ingest([src], db, progress=False)
    for url in serve(db):
        page = browser.new_page(viewport={"width": 1400, "height": 1200})
        # Every hostile string in the URL at once, so each page shows them in its filters and captions in one
        # load (the rows are the Explorer's, opened below; tests/test_markdown_injection.py takes each in turn).
        params = {"all": "1", "id": HOSTILE_ID, "source": HOSTILE_OUTLET, "q": HOSTILE_TEXT}
        for name in PAGES:
            page.goto(f"{url}/{name}?{urlencode(params)}")
            settle(page)
            assert page.locator("[data-testid='stException']").count() == 0, name
            assert outside_things(page) == [], name
        page.goto(f"{url}/explorer?{urlencode(params)}")
        settle(page)
        assert HOSTILE_TEXT in page.locator("body").inner_text().replace("\u2060", "")  # echoed, as text
        page.goto(f"{url}/article?{urlencode({'id': HOSTILE_ID, 'all': '1'})}")
        settle(page)
        # Shown, as text (with an invisible word joiner before ":", "." and "@").
        assert "![x](http://evil.example/outlet.png)" in page.locator("body").inner_text().replace("\u2060", "")
        original = page.get_by_role("link", name="original")
        assert original.count() == 1 and original.get_attribute("href").startswith("http://example.org/a%29")
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "article-hostile.png"), full_page=True)
        page.goto(f"{url}/explorer?all=1")
        settle(page)
        click_row(page, 0)
        assert outside_things(page) == []


def test_a_failing_page_shows_no_traceback(tmp_path, browser):
    """Issue 14, item 10: a reader sees a short message, never the traceback or the server's paths."""
    db = tmp_path / "monitor.duckdb"
    db.write_bytes(b"this is not a database" * 1000)
    for url in serve(db):
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{url}/overview")
        settle(page)
        body = page.locator("body").inner_text()
        assert "Traceback" not in body and str(ROOT) not in body and ".py" not in body
        assert page.get_by_role("button", name="Deploy").count() == 0  # the developer toolbar is hidden


ANT = ROOT.parent / "shared" / "corpus" / "ant"


@pytest.fixture(scope="module")
def ant_server(tmp_path_factory):
    """The dashboard on the whole ANT corpus (2018, five outlets) and the seeds, as an analyst loads it."""
    if not ANT.exists():
        pytest.skip("../shared is not beside this checkout")
    db = tmp_path_factory.mktemp("ant") / "monitor.duckdb"
    ingest([ROOT / "seeds", ANT], db, progress=False, workers=2)
    for url in serve(db):
        yield url, db


@pytest.mark.parametrize("name", PAGES)
def test_screenshot_of_each_page_on_the_ant_corpus(ant_server, browser, name):
    page = shoot_page(browser, ant_server[0], name, f"ant-{name}")
    # Real articles are loaded: the samples are left out, and no banner says otherwise.
    assert page.get_by_text("Sample data.").count() == 0
    if name == "overview":
        span = page.get_by_text("The loaded articles run from", exact=False).inner_text()
        assert " to 2024-03-19" in span  # the seed article is the newest: the 2022–2026 samples are left out
