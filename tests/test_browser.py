"""The dashboard in a real browser (headless Debian chromium driven by Playwright).

`make test` installs chromium; where it is absent (a machine without root) this module is skipped.
Screenshots of every page land in test-output/screenshots/.
"""
import csv
import io
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from etl.pipeline import ingest
from pages._nav import NAMES as PAGES
from tests.conftest import ROOT
from tests.test_pages import HEADINGS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)"),
              pytest.mark.slow]
SHOTS = ROOT / "test-output" / "screenshots"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db):
    """Streamlit serving the dashboard on ``db``: yields its URL, stops it afterwards."""
    port = free_port()
    env = {**os.environ, "MONITOR_DB": str(db)}
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
                             "--server.address", "127.0.0.1", "--server.headless", "true"],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        raise RuntimeError("streamlit did not start")
    try:
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "monitor.duckdb"
    ingest([ROOT / "seeds"], db, progress=False)
    for url in serve(db):
        yield url, db


class SharedContext:
    """Pages opened in one browser context, so the dashboard's scripts are fetched and compiled once per
    module (a fresh context per page cost ~0.7 s of every page load). Each page is still its own Streamlit
    session."""

    def __init__(self, browser):
        self._context = browser.new_context(accept_downloads=True)

    def new_page(self, viewport: dict | None = None, accept_downloads: bool = True):
        page = self._context.new_page()
        if viewport:
            page.set_viewport_size(viewport)
        return page


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield SharedContext(b)
        b.close()


def settle(page):
    """Wait until the script has run and the browser has drawn what it sent: the frontend keeps skeletons
    (``stSkeleton``) for seconds after the script stops while it draws the charts."""
    idle = "[data-testid='stApp'][data-test-script-state='notRunning']"
    page.wait_for_selector(idle, timeout=60_000)
    page.wait_for_timeout(300)
    page.wait_for_selector(idle, timeout=60_000)
    page.wait_for_selector("[data-testid='stSkeleton']", state="detached", timeout=60_000)


def test_shared_url_filters_survive_navigation_and_download(server, browser):
    url, db = server
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.goto(f"{url}/explorer?kind=trade_figure")
    settle(page)
    assert page.get_by_text("kind is trade figure").count() > 0  # the caption says what the table holds, in words
    page.get_by_test_id("stSidebarNavItems").get_by_role("link", name="Overview").click()
    settle(page)
    assert "kind=trade_figure" in page.url
    page.get_by_test_id("stSidebarNavItems").get_by_role("link", name="Explorer").click()
    settle(page)
    assert "kind=trade_figure" in page.url
    with page.expect_download() as info:
        page.get_by_role("button", name="Download these signals (CSV)").click()
    data = open(info.value.path(), "rb").read()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows and {r["kind"] for r in rows} == {"trade_figure"}
    assert list(rows[0])[:5] == ["article_id", "kind", "key", "label", "topic"]
    import duckdb
    with duckdb.connect(str(db), read_only=True) as con:
        n = con.execute("""SELECT count(*) FROM signals JOIN articles a USING (article_id)
                           WHERE kind = 'trade_figure' AND a.relevant AND a.duplicate_of IS NULL""").fetchone()[0]
    assert len(rows) == n


def shoot_page(browser, url: str, name: str, shot: str):
    """Open page ``name``, check it drew its heading without an exception, save ``shot``.png; the page."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{url}/{name}")
    settle(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{shot}.png"), full_page=True)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.get_by_role("heading", name=HEADINGS[name]).count() == 1
    assert (SHOTS / f"{shot}.png").stat().st_size > 10_000
    return page


@pytest.mark.parametrize("name", PAGES)
def test_screenshot_of_each_page(server, browser, name):
    shoot_page(browser, server[0], name, name)


@pytest.fixture(scope="module")
def review_server(tmp_path_factory):
    """A server of its own: the review test marks signals wrong."""
    db = tmp_path_factory.mktemp("review") / "monitor.duckdb"
    ingest([ROOT / "seeds"], db, progress=False)
    for url in serve(db):
        yield url, db


def click_row(page, i):
    """Select row ``i`` (from 0) of the page's first table by its selection box (the grid is a canvas), and
    wait until the signal panel shows another signal: a click that lands while a rerun redraws the grid is
    lost, so it is tried again (three times at most) rather than judging the signal shown before; a grid
    that a rerun is redrawing has no box for a moment (it once failed CI so), so the click waits for it."""
    before = shown_signal(page)
    grid = page.get_by_test_id("stDataFrame").first
    for _ in range(3):
        grid.wait_for(state="visible", timeout=15_000)
        box = grid.bounding_box()
        if box is None:  # detached between the wait and the measure, by a rerun redrawing it: try again
            settle(page)
            continue
        page.mouse.click(box["x"] + 18, box["y"] + 35 + 35 * i + 17)
        settle(page)
        if shown_signal(page) not in (None, before):
            return
    raise AssertionError(f"clicking row {i} did not select another signal")


def mark_wrong(page):
    page.get_by_test_id("stRadio").get_by_text("Wrong", exact=True).click()
    page.get_by_role("button", name="Save").click()
    settle(page)


def shown_signal(page):
    """What tells the panel's signal from another (its heading and its sentence), or None without a panel."""
    if not page.get_by_test_id("stHeading").filter(has_text="·").count():
        return None
    return panel_heading(page), page.locator(".ar").last.inner_text()


def panel_heading(page):
    return page.get_by_test_id("stHeading").filter(has_text="·").last.inner_text()


def test_marking_signals_wrong_keeps_the_reviewers_place(review_server, browser):
    """With "Leave out signals marked wrong" on, a verdict on the last row shows no traceback, and one on a
    middle row keeps that signal in the panel (marked wrong) instead of moving to the next one unsaid."""
    url, db = review_server
    import duckdb

    from db.filters import Filters
    with duckdb.connect(str(db), read_only=True) as con:  # the kind and key with the fewest signals, three at least
        kind, key, n = con.execute("""SELECT kind, key, count(*) AS n FROM signals JOIN articles a USING (article_id)
                                      WHERE a.relevant AND a.duplicate_of IS NULL GROUP BY kind, key HAVING n >= 3
                                      ORDER BY n, kind, key LIMIT 1""").fetchone()
    assert n <= 12, "the table fits in its frame, so every row can be clicked"
    caption = Filters(kinds=(kind,), keys=(key,)).caption()
    page = browser.new_page(viewport={"width": 1400, "height": 1400})
    page.goto(f"{url}/explorer?kind={kind}&key={key}")
    settle(page)
    for row in (n - 1, 1):  # the last row, then a middle one
        click_row(page, row)
        sentence = page.locator(".ar").last.inner_text()
        heading = panel_heading(page)
        mark_wrong(page)
        assert page.locator("[data-testid='stException']").count() == 0
        assert page.get_by_text("IndexError").count() == 0
        # The panel still shows the signal just judged, says it is marked wrong and left out of the table.
        assert page.locator(".ar").last.inner_text() == sentence
        assert panel_heading(page) == heading
        assert page.get_by_text("marked wrong", exact=False).count() > 0
        # The filters stay (a changed count beside a filter's value once cleared it on the next click).
        assert f"kind={kind}" in page.url and f"key={key}" in page.url and \
            page.get_by_text(f"signals: {caption}").count() == 1
        radio = page.get_by_test_id("stRadio").locator("input[type=radio]:checked")
        assert radio.count() == 1 and "Wrong" in page.get_by_test_id("stRadio").locator(
            "label:has(input:checked)").inner_text()
    # The count is redrawn by the rerun after the verdict: wait for it rather than race it.
    page.get_by_text(f"{n - 2} signals: {caption}").wait_for(timeout=15_000)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "explorer-after-verdicts.png"), full_page=True)
    with duckdb.connect(str(db.with_name("monitor.verdicts.duckdb")), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM verdicts WHERE verdict = 'wrong'").fetchone()[0] == 2


@pytest.mark.parametrize("path", ["/overview?kind=friction", "/?kind=friction"])
def test_overview_opens_by_its_url_and_from_the_root(server, browser, path):
    url, _ = server
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(url + path)
    settle(page)
    assert page.get_by_text("Page not found").count() == 0
    assert page.get_by_role("heading", name="Iran–Russia cooperation signals").count() == 1
    assert page.url.split("?")[0].endswith("/overview") and "kind=friction" in page.url
    assert page.get_by_text("kind is friction").count() > 0
    nav = page.get_by_test_id("stSidebarNavItems")
    assert nav.get_by_role("link", name="Home").count() == 0  # the root's redirect is not a page to pick


def test_streamlit_config_hides_errors_and_developer_items():
    import tomllib
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["client"]["showErrorDetails"] == "none" and config["client"]["toolbarMode"] == "viewer"


UPLOADED = ("وقال وزير الخارجية الإيراني خلال لقائه نظيره الروسي في طهران إن البلدين وقعا مذكرة تفاهم للتعاون في "
            "مجال النقل، وإن العمل على ممر شمال-جنوب سيتسارع خلال العام المقبل.")


def test_an_upload_takes_its_outlet_title_and_date_and_links_to_the_article(review_server, browser, tmp_path):
    url, db = review_server
    src = tmp_path / "tehran-visit.txt"
    src.write_text(UPLOADED, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 1400})
    page.goto(f"{url}/add")
    settle(page)
    page.locator("input[type=file]").set_input_files(str(src))
    settle(page)
    page.get_by_role("textbox", name="Outlet").fill("Test Desk")
    page.get_by_role("textbox", name="Title").fill("زيارة إلى طهران")
    page.get_by_role("spinbutton", name="year, Date published").click()
    page.keyboard.type("20250304")  # year, month, day: each field passes on to the next when full
    page.keyboard.press("Tab")
    settle(page)
    page.get_by_role("button", name="Ingest").click()
    page.get_by_text("The new articles").wait_for(timeout=120_000)
    settle(page)
    link = page.get_by_role("link", name="زيارة إلى طهران", exact=False)
    assert link.count() == 1 and "2025-03-04" in link.inner_text() and "Test Desk" in link.inner_text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "add-after-upload.png"), full_page=True)
    link.click()
    settle(page)
    assert "/article" in page.url and "id=tehran-visit" in page.url
    import duckdb
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("SELECT source, title, strftime(published, '%Y-%m-%d') FROM articles "
                          "WHERE article_id = 'tehran-visit'").fetchone()
    assert row == ("Test Desk", "زيارة إلى طهران", "2025-03-04")


def test_a_click_on_a_bar_opens_exactly_its_signals(server, browser):
    url, _ = server
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{url}/overview")
    settle(page)
    bar = page.locator(".js-plotly-plot").first.locator("g.point path").first
    bar.scroll_into_view_if_needed()
    box = bar.bounding_box()  # the chart's drag layer lies over its bars: click where the bar is
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("location.pathname.endsWith('/explorer')", timeout=30_000)
    settle(page)
    assert "kind=" in page.url and "from=" in page.url and "to=" in page.url
    assert page.get_by_role("heading", name="Signal explorer").count() == 1
    assert page.locator("[data-testid='stException']").count() == 0


def test_review_from_the_keyboard(review_server, browser):
    url, db = review_server
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{url}/review?kind=agreement")
    settle(page)
    def reviewed():
        return page.get_by_test_id("stProgress").inner_text()

    before = reviewed()
    page.locator("body").press("n")  # wrong
    settle(page)
    assert reviewed() != before and page.locator("[data-testid='stException']").count() == 0
    page.locator("body").press("y")  # right
    settle(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "review.png"), full_page=True)
    import duckdb
    with duckdb.connect(str(db.with_name("monitor.verdicts.duckdb")), read_only=True) as con:
        verdicts = dict(con.execute("SELECT verdict, count(*) FROM verdicts GROUP BY ALL").fetchall())
    assert verdicts.get("right", 0) >= 1 and verdicts.get("wrong", 0) >= 1
