"""Requests to internal addresses (issue 14, item 4) and fetches that never end (item 5).

No test touches the network: the servers are on 127.0.0.1, started here. A public host is simulated by
resolving "news.example" to a public address and dialling the local server in its place.
"""
from __future__ import annotations

import fcntl
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import duckdb
import pytest

from etl.read import fetch as fetch_module
from etl.__main__ import main
from etl.read.fetch import FetchError, fetch, refusal
from etl.pipeline import ingest, update
from tests.test_fetch import read_url
from etl.read import RawArticle, ReadError, read_feed, read_paths
from tests.test_fetch import page

PUBLIC = "93.184.216.34"  # what "news.example" resolves to in these tests (never dialled)


class Server:
    """A web server on 127.0.0.1 recording the paths asked for; ``routes`` maps a path to a handler."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.routes: dict[str, object] = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                server.requests.append(self.path)
                route = server.routes.get(self.path)
                try:
                    if callable(route):
                        route(self)
                    elif route is None:
                        self.send_error(404)
                    else:
                        status, headers, body = route
                        self.send_response(status)
                        for k, v in headers.items():
                            self.send_header(k, v)
                        self.send_header("Content-Length", str(len(body)))
                        self.end_headers()
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


@pytest.fixture
def server():
    s = Server()
    s.routes["/a.html"] = (200, {"Content-Type": "text/html; charset=utf-8"}, page(1))
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


@pytest.fixture
def public(server, monkeypatch):
    """"news.example" resolves to a public address, and dialling it reaches the local server."""
    real_resolve, real_dial = fetch_module._resolve, fetch_module._dial
    monkeypatch.setattr(fetch_module, "_resolve",
                        lambda host, port, wait: [PUBLIC] if host == "news.example" else real_resolve(host, port, wait))
    monkeypatch.setattr(fetch_module, "_dial",
                        lambda addresses, port, t: real_dial(["127.0.0.1"] if addresses == [PUBLIC] else addresses,
                                                             server.port if addresses == [PUBLIC] else port, t))
    return f"http://news.example:{server.port}"


# ---------------------------------------------------------------- item 4: internal addresses


@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"), ("fc00::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"), ("fe80::1%2", "link-local"),
    ("224.0.0.1", "multicast"), ("ff02::1", "multicast"), ("0.0.0.0", "unspecified"), ("::", "unspecified"),
    ("240.0.0.1", "reserved"), ("100.64.0.1", "non-public"),
])
def test_internal_addresses_are_refused(address, kind):
    assert refusal(address) == kind


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_are_not(address):
    assert refusal(address) is None


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://x", "javascript:alert(1)"])
def test_only_http_and_https(url):
    with pytest.raises(FetchError, match="only http:// and https://"):
        fetch(url, allow_private=True)


def test_loopback_url_refused_without_allow_private_and_fetched_with_it(server):
    url = f"{server.base}/a.html"
    [err] = read_paths([url])
    assert err == ReadError(url, f"could not fetch URL: refused: 127.0.0.1 is at 127.0.0.1 (loopback); internal "
                                 f"addresses are fetched only with --allow-private")
    assert isinstance(read_url(url), ReadError)
    assert server.requests == []  # refused before connecting
    [art] = read_paths([url], allow_private=True)
    assert isinstance(art, RawArticle) and server.requests == ["/a.html"]


def test_a_name_is_judged_by_what_it_resolves_to(server):
    [err] = read_paths([f"http://localhost:{server.port}/a.html"])
    assert "refused: localhost is at " in err.reason and "(loopback)" in err.reason
    assert server.requests == []


def test_every_redirect_is_checked_again(server, public):
    server.routes["/to-internal"] = (302, {"Location": f"{server.base}/a.html"}, b"")
    server.routes["/to-localhost"] = (301, {"Location": f"http://localhost:{server.port}/a.html"}, b"")
    server.routes["/to-file"] = (302, {"Location": "file:///etc/passwd"}, b"")
    server.routes["/to-public"] = (307, {"Location": "/a.html"}, b"")
    server.routes["/loop"] = (302, {"Location": "/loop"}, b"")
    for path in ("/to-internal", "/to-localhost"):
        with pytest.raises(FetchError, match=r"refused: .* \(loopback\)"):
            fetch(f"{public}{path}")
    with pytest.raises(FetchError, match="redirected to 'file:///etc/passwd': only http:// and https://"):
        fetch(f"{public}/to-file")
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(f"{public}/loop")
    assert "/a.html" not in server.requests  # the internal target was never asked
    got = fetch(f"{public}/to-public")  # a redirect that stays public is followed
    assert got.url == f"{public}/a.html" and got.data == page(1)
    # With allow_private the same internal redirect is followed.
    assert fetch(f"{public}/to-internal", allow_private=True).url == f"{server.base}/a.html"


def feed_with_link(link: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>'
            f"<item><title>x</title><link>{link}</link><guid>item-1</guid><description>ملخص قصير.</description>"
            "</item></channel></rss>")


def test_feed_item_links_to_internal_addresses_are_not_fetched(server, tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text(feed_with_link(f"{server.base}/a.html"), encoding="utf-8")
    [item] = read_feed(feed)
    assert item.text == "ملخص قصير." and server.requests == []  # the summary stays
    [item] = read_feed(feed, allow_private=True)
    assert item.text.startswith("مقال 1") and server.requests == ["/a.html"]


def test_feed_on_a_public_host_whose_item_links_to_an_internal_address(server, public):
    server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"},
                                  feed_with_link(f"http://127.0.0.1:{server.port}/a.html").encode())
    [item] = read_paths([f"{public}/feed.xml"])
    assert item.text == "ملخص قصير." and server.requests == ["/feed.xml"]


@pytest.mark.slow
def test_cli_ingest_and_update_refuse_internal_addresses_unless_allow_private(server, tmp_path, capsys):
    url = f"{server.base}/a.html"
    db = tmp_path / "m.duckdb"
    assert main(["ingest", url, "--db", str(db), "--quiet"]) == 1
    assert "refused: 127.0.0.1 is at 127.0.0.1 (loopback)" in capsys.readouterr().err
    assert main(["ingest", url, "--db", str(db), "--quiet", "--allow-private"]) == 0
    server.routes["/feed.xml"] = (200, {"Content-Type": "application/rss+xml"},
                                  feed_with_link(f"{server.base}/a.html").encode())
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feed]]\nurl = "{server.base}/feed.xml"\n', encoding="utf-8")
    server.requests.clear()
    assert main(["update", "--feeds", str(feeds), "--db", str(db), "--quiet"]) == 1
    assert "refused" in capsys.readouterr().err and server.requests == []
    assert main(["update", "--feeds", str(feeds), "--db", str(db), "--quiet", "--allow-private"]) == 0
    assert server.requests == ["/feed.xml", "/a.html"]


# ---------------------------------------------------------------- item 5: deadlines, and no lock while fetching


def trickle(headers_first: bool):
    """A handler that sends a byte every 0.05 s for 6 s: each read succeeds, the whole never ends in time."""
    def handle(h: BaseHTTPRequestHandler) -> None:
        body = page(1)[:120]
        if headers_first:
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", str(len(body)))
            h.end_headers()
            h.wfile.flush()
            data = body
        else:  # the status line and headers themselves, a byte at a time
            data = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Slow: " + b"a" * 200 + b"\r\n\r\n"
        for byte in data:
            h.wfile.write(bytes([byte]))
            h.wfile.flush()
            time.sleep(0.05)
    return handle


@pytest.mark.parametrize("headers_first", [True, False], ids=["slow-body", "slow-headers"])
@pytest.mark.slow
def test_every_fetch_has_a_total_deadline(server, monkeypatch, headers_first):
    monkeypatch.setattr(fetch_module, "TOTAL_TIMEOUT", 1.0)
    server.routes["/slow"] = trickle(headers_first)
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"took longer than 1 s in all"):
        fetch(f"{server.base}/slow", allow_private=True)
    assert time.monotonic() - started < 2.5  # the per-read timeout (10 s) never fired: each byte came in time


@pytest.mark.slow
def test_a_redirect_chain_shares_one_deadline(server, monkeypatch):
    monkeypatch.setattr(fetch_module, "TOTAL_TIMEOUT", 1.0)

    def slow_redirect(h: BaseHTTPRequestHandler) -> None:
        time.sleep(0.3)
        h.send_response(302)
        h.send_header("Location", "/hop")
        h.send_header("Content-Length", "0")
        h.end_headers()
    server.routes["/hop"] = slow_redirect
    with pytest.raises(FetchError, match="took longer than 1 s in all"):
        fetch(f"{server.base}/hop", allow_private=True)
    assert len(server.requests) <= 5


def lock_taken(db) -> bool:
    """Whether an ETL run holds the database's lock right now."""
    with open(db.with_name(db.name + ".etl.lock"), "a") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fh, fcntl.LOCK_UN)
        return False


@pytest.mark.slow
def test_urls_and_feeds_are_fetched_before_the_lock_is_taken(server, tmp_path):
    db = tmp_path / "m.duckdb"
    ingest([tmp_path / "nothing.txt"], db, progress=False)  # the database and its lock file exist
    held = []

    def article(h: BaseHTTPRequestHandler) -> None:
        held.append(lock_taken(db))
        body = page(1)
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def feed(h: BaseHTTPRequestHandler) -> None:
        held.append(lock_taken(db))
        body = feed_with_link(f"{server.base}/b.html").encode()
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    server.routes["/a.html"] = article
    server.routes["/b.html"] = article
    server.routes["/feed.xml"] = feed
    summary = ingest([f"{server.base}/a.html", f"{server.base}/feed.xml"], db, progress=False, allow_private=True)
    assert (summary.new, summary.failed) == (2, 0)
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feed]]\nurl = "{server.base}/feed.xml"\n', encoding="utf-8")
    with duckdb.connect(str(db)) as con:
        con.execute("DELETE FROM articles WHERE article_id = 'item-1'")
    assert update(feeds, db, progress=False, allow_private=True).new == 1
    assert len(held) == 5 and not any(held)  # a.html, feed.xml, b.html; then feed.xml, b.html


def test_urls_and_files_in_one_ingest(server, tmp_path):
    (tmp_path / "one.txt").write_text("قال بوتين إن روسيا وإيران شريكان.", encoding="utf-8")
    (tmp_path / "two.txt").write_text("قال رئيسي إن إيران وروسيا شريكان.", encoding="utf-8")
    db = tmp_path / "m.duckdb"
    summary = ingest([tmp_path / "one.txt", f"{server.base}/a.html", tmp_path / "two.txt"], db, progress=False,
                     allow_private=True)
    assert (summary.read, summary.new, summary.failed) == (3, 3, 0)


def test_make_run_serves_the_dashboard_on_this_machine_only():
    from tests.conftest import ROOT
    run = (ROOT / "Makefile").read_text(encoding="utf-8").split("\nrun:", 1)[1].split("\n\n", 1)[0]
    assert "streamlit run dashboard.py" in run and "--server.address 127.0.0.1" in run
