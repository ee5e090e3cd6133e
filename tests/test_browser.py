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
from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (make test installs it)")
SHOTS = ROOT / "test-output" / "screenshots"
PAGES = ["overview", "agreements", "trade", "organisations", "explorer", "article", "sources", "add"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "monitor.duckdb"
    ingest([ROOT / "seeds"], db, progress=False)
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
    yield url, db
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


def settle(page):
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=60_000)
    page.wait_for_timeout(500)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=60_000)


def test_shared_url_filters_survive_navigation_and_download(server, browser):
    url, db = server
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page.goto(f"{url}/explorer?kind=trade_figure")
    settle(page)
    assert page.get_by_text("kind is trade_figure").count() > 0  # the caption says what the table holds
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


@pytest.mark.parametrize("name", PAGES)
def test_screenshot_of_each_page(server, browser, name):
    url, _ = server
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{url}/{name}")
    settle(page)
    assert page.locator("[data-testid='stException']").count() == 0
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    assert (SHOTS / f"{name}.png").stat().st_size > 10_000
