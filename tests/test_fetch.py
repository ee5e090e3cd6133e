"""Feeds and pages over HTTP, from a server on 127.0.0.1 only (hence allow_private=True): teasers completed
from their links, a link that fails keeps its summary, and an unreachable, slow or oversized response is one
clear error."""
from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from etl.read import fetch as fetch_module
from etl.read import RawArticle, ReadError, read_feed, read_paths

PARAS = {
    1: ["وقع وزيرا النقل في إيران وروسيا اتفاقا لتمويل خط السكك الحديدية بين رشت وآستارا، وهو الحلقة الناقصة في "
        "ممر الشمال والجنوب الذي يربط موانئ روسيا على بحر البلطيق بموانئ إيران على الخليج.",
        "وقال الوزير الروسي إن بلاده ستقدم قرضا حكوميا لتغطية جزء كبير من التكاليف، وإن أعمال البناء ستبدأ بعد "
        "استكمال إجراءات استملاك الأراضي على طول المسار."],
    2: ["أعلنت مصلحة الجمارك الإيرانية أن حجم البضائع العابرة من روسيا عبر الأراضي الإيرانية ارتفع خلال الأشهر "
        "الستة الأولى من العام، وأن معظم الشحنات اتجهت إلى الهند ودول الخليج.",
        "وأضافت المصلحة أن البلدين اتفقا على ربط أنظمة التخليص الجمركي إلكترونيا لتقليل زمن انتظار الشاحنات عند "
        "المنافذ الحدودية في أستارا وسرخس."],
}


def read_url(url: str, **kwargs) -> RawArticle | ReadError:
    """The one article (or error) that reading a web page's URL gives."""
    (item,) = read_paths([url], **kwargs)
    return item


def page(n: int, canonical: str | None = None) -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    body = "".join(f"<p>{p}</p>" for p in PARAS[n])
    return (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>مقال {n}</title>{link}</head>'
            f'<body><nav><a href="/">الرئيسية</a></nav><article><h1>مقال {n}</h1>{body}</article></body></html>'
            ).encode("utf-8")


LONG = "تقرير مفصل عن التعاون بين إيران وروسيا في مجال الطاقة والنقل والتجارة. " * 10


def feed(port: int) -> bytes:
    base = f"http://127.0.0.1:{port}"
    items = [
        ("item-1", "/articles/1.html", "ملخص قصير عن خط رشت آستارا."),  # relative link, resolved on the feed URL
        ("item-2", f"{base}/articles/2.html", "&lt;p&gt;ملخص قصير عن &lt;b&gt;الجمارك&lt;/b&gt;.&lt;/p&gt;"),
        ("item-3", f"{base}/articles/missing.html", "ملخص يبقى لأن الرابط لا يعمل."),
        ("item-4", f"{base}/articles/long.html", LONG),  # long enough: its link is never fetched
    ]
    xml = "".join(f"<item><title>عنوان {guid}</title><link>{link}</link><guid>{guid}</guid>"
                  f"<pubDate>Tue, 19 Mar 2024 10:00:00 +0330</pubDate><description>{summary}</description></item>"
                  for guid, link, summary in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>نشرة محلية</title>'
            f"<link>{base}/</link><description>اختبار</description>{xml}</channel></rss>").encode("utf-8")


class Site:
    """A tiny web site on 127.0.0.1 in a thread, recording the paths asked for."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server API
                site.requests.append(self.path)
                status, ctype, body = site.route(self.path)
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout and size-cap tests)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def route(self, path: str) -> tuple[int, str, bytes]:
        if path == "/feed.xml":
            return 200, "application/rss+xml; charset=utf-8", feed(self.port)
        if path == "/feed-as-text":  # a server that mislabels its feed: told by its first elements
            return 200, "text/plain", feed(self.port)
        if path == "/articles/1.html":
            return 200, "text/html; charset=utf-8", page(1)
        if path == "/articles/2.html":
            return 200, "text/html; charset=utf-8", page(2, canonical="https://news.example.org/customs")
        if path == "/articles/long.html":
            return 200, "text/html; charset=utf-8", page(1)
        if path == "/menu.html":
            return 200, "text/html", b"<html><body><nav><a href='/'>home</a></nav></body></html>"
        if path == "/slow":
            time.sleep(1.5)
            return 200, "text/html", page(1)
        return 404, "text/plain", b"not found"


@pytest.fixture(scope="module")
def site():
    s = Site()
    s.thread.start()
    yield s
    s.server.shutdown()
    s.server.server_close()


@pytest.fixture
def requests_seen(site):
    site.requests.clear()
    return site.requests


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_feed_url_gives_full_articles_for_teasers(site, requests_seen):
    got = list(read_paths([f"{site.base}/feed.xml"], allow_private=True))
    assert not [e for e in got if isinstance(e, ReadError)]
    arts = {a.article_id: a for a in got}
    assert list(arts) == ["item-1", "item-2", "item-3", "item-4"]
    assert arts["item-1"].text == "مقال 1\n" + "\n".join(PARAS[1])
    assert arts["item-1"].url == f"{site.base}/articles/1.html"
    assert arts["item-2"].text == "مقال 2\n" + "\n".join(PARAS[2])
    assert all(a.source == "نشرة محلية" and a.published == "2024-03-19" for a in arts.values())
    assert arts["item-1"].origin == f"{site.base}/feed.xml[0]"


def test_a_link_that_fails_keeps_the_summary_without_an_error(site, requests_seen):
    arts = {a.article_id: a for a in read_feed(f"{site.base}/feed.xml", allow_private=True)}
    assert arts["item-3"].text == "ملخص يبقى لأن الرابط لا يعمل."
    assert "/articles/missing.html" in requests_seen


def test_long_items_are_not_fetched_and_fetch_full_off_fetches_nothing(site, requests_seen):
    arts = {a.article_id: a for a in read_feed(f"{site.base}/feed.xml", allow_private=True)}
    assert arts["item-4"].text == LONG.strip()
    assert "/articles/long.html" not in requests_seen
    requests_seen.clear()
    arts = {a.article_id: a for a in read_feed(f"{site.base}/feed.xml", fetch_full=False, allow_private=True)}
    assert requests_seen == ["/feed.xml"]
    assert arts["item-2"].text == "ملخص قصير عن الجمارك."


def test_feed_told_by_content_when_the_media_type_is_wrong(site):
    got = list(read_paths([f"{site.base}/feed-as-text"], allow_private=True))
    assert [a.article_id for a in got] == ["item-1", "item-2", "item-3", "item-4"]


def test_page_url(site):
    art = read_url(f"{site.base}/articles/2.html", allow_private=True)
    assert isinstance(art, RawArticle)
    assert art.url == "https://news.example.org/customs"  # the canonical URL, not the one fetched
    assert art.title == "مقال 2" and art.text.endswith(PARAS[2][1])
    [same] = read_paths([f"{site.base}/articles/2.html"], allow_private=True)
    assert same.article_id == art.article_id


def test_page_without_an_article(site):
    err = read_url(f"{site.base}/menu.html", allow_private=True)
    assert err == ReadError(f"{site.base}/menu.html", "no article text found")


def test_http_error_is_one_clear_error(site):
    [err] = read_paths([f"{site.base}/nothing-here"], allow_private=True)
    assert err == ReadError(f"{site.base}/nothing-here", "could not fetch URL: HTTP 404 Not Found")


def test_unreachable_url_is_one_clear_error_and_the_rest_is_read(site, tmp_path):
    url = f"http://127.0.0.1:{closed_port()}/feed.xml"
    (tmp_path / "a.txt").write_text("قال بوتين إن روسيا وإيران شريكان.", encoding="utf-8")
    got = list(read_paths([url, tmp_path], allow_private=True))
    assert len(got) == 2
    err, art = got
    assert isinstance(err, ReadError) and err.path == url
    assert err.reason.startswith("could not fetch URL: ") and "refused" in err.reason.lower()
    assert isinstance(art, RawArticle) and art.article_id == "a"
    [also] = read_feed(url, allow_private=True)
    assert also.path == url and also.reason == err.reason


def test_timeout_and_size_cap(site, monkeypatch):
    monkeypatch.setattr(fetch_module, "TIMEOUT", 0.3)
    err = read_url(f"{site.base}/slow", allow_private=True)
    assert err == ReadError(f"{site.base}/slow", "could not fetch URL: timed out after 0.3 s")
    monkeypatch.setattr(fetch_module, "TIMEOUT", 10.0)
    monkeypatch.setattr(fetch_module, "MAX_FETCH_BYTES", 100)
    err = read_url(f"{site.base}/articles/1.html", allow_private=True)
    assert isinstance(err, ReadError) and err.reason.startswith("could not fetch URL: response too large")
