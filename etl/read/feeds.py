"""RSS and Atom feeds, from a file or a URL, teaser items completed from their links; a URL named as input
read as a feed or a web page."""
from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Callable
from urllib.parse import urljoin

from etl.read.dates import METADATA, parse_date_value
from etl.read.decode import reject_binary
from etl.read.fetch import FetchError, Fetched, fetch, is_url
from etl.read.items import RawArticle, Read, ReadError, dated, guard, load_file, text_id, why
from etl.read.pages import from_html, strip_html, url_id


SHORT_SUMMARY = 400  # a feed item with less text than this is a teaser: its link holds the article


def read_feed(source: str | Path, fetch_full: bool = True, skip: Callable[[str], bool] | None = None,
              allow_private: bool = False) -> Read:
    """The items of an RSS or Atom feed, from a URL or a file.

    With ``fetch_full``, an item whose text is a short summary (under `SHORT_SUMMARY` characters) and
    that has a link gets the full article fetched from that link; when that fails the summary is kept.
    Items whose id ``skip`` accepts (already stored) are passed over before anything is fetched. The
    feed's URL and its links are refused on internal addresses unless ``allow_private`` (etl.read.fetch).
    """
    name = str(source)
    if is_url(source):
        got = fetch_or_error(name, allow_private)
        if isinstance(got, ReadError):
            yield got
            return
        yield from guard(name, from_feed(name, got.data, fetch_full, got.url, got.content_type, got.charset,
                                           skip, allow_private))
        return
    blob = load_file(Path(source))
    if isinstance(blob, ReadError):
        yield blob
        return
    yield from guard(name, from_feed(name, blob.data, fetch_full, skip=skip, allow_private=allow_private))


def _looks_like_feed(fetched: Fetched) -> bool:
    """Whether a response is RSS or Atom: by its media type, else by its first elements."""
    if any(t in fetched.content_type for t in ("rss", "atom", "rdf")):
        return True
    head = fetched.data[:2048].lower()
    return b"<html" not in head and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def fetch_or_error(url: str, allow_private: bool = False) -> Fetched | ReadError:
    try:
        return fetch(url, allow_private=allow_private)
    except FetchError as exc:
        return ReadError(url, f"could not fetch URL: {exc}")


def read_url_any(url: str, allow_private: bool = False) -> Read:
    """A URL named as input: a feed (teasers completed from their links) or a single web page."""
    got = fetch_or_error(url, allow_private)
    if isinstance(got, ReadError):
        yield got
    elif _looks_like_feed(got):
        yield from from_feed(url, got.data, True, got.url, got.content_type, got.charset,
                              allow_private=allow_private)
    else:
        yield from_html(url, got.data, stem=url_id(got.url), url=got.url, charset=got.charset)


def from_feed(name: str, data: bytes, fetch_full: bool, base_url: str | None = None,
               content_type: str | None = None, charset: str | None = None,
               skip: Callable[[str], bool] | None = None, allow_private: bool = False) -> Read:
    """Each item of an RSS or Atom feed, named ``name[i]``."""
    if not data.strip():
        yield ReadError(name, "empty file")
        return
    reject_binary(data)
    import feedparser  # here, not at the top, for the same reason as trafilatura

    headers = {}  # no content-location: feedparser would also "resolve" plain guids into URLs
    if content_type:
        headers["content-type"] = content_type + (f"; charset={charset}" if charset else "")
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.entries and not parsed.get("version"):
        problem = str(parsed.get("bozo_exception") or "").replace("<unknown>:", "line ")
        yield ReadError(name, "not an RSS or Atom feed" + (f" ({problem})" if problem else ""))
        return
    source = strip_html(parsed.feed.get("title") or "") or None
    for i, entry in enumerate(parsed.entries):
        origin = f"{name}[{i}]"
        if skip is not None and skip(_entry_id(entry, base_url)):
            continue
        try:
            yield _from_entry(entry, origin, source, fetch_full, base_url, allow_private)
        except Exception as exc:  # one odd item must not lose the rest of the feed
            yield ReadError(origin, why(exc))


def _entry_date(entry: dict) -> tuple[str | None, str | None]:
    """An item's date as ISO and method 'metadata', from its own string (the day as the feed wrote it),
    else from feedparser's reading of it (converted to UTC)."""
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if isinstance(value, str) and (d := parse_date_value(value)) is not None:
            return d.isoformat(), METADATA
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            try:
                return date(t.tm_year, t.tm_mon, t.tm_mday).isoformat(), METADATA
            except ValueError:
                continue
    return None, None


def _entry_id(entry: dict, base_url: str | None) -> str:
    """An item's id as `_from_entry` gives it, without reading its text (empty when it has none)."""
    link = entry.get("link") or None
    if link and base_url:
        link = urljoin(base_url, link)
    return str(entry.get("id") or link or "").strip()


def _from_entry(entry: dict, origin: str, source: str | None, fetch_full: bool,
                base_url: str | None = None, allow_private: bool = False) -> RawArticle | ReadError:
    """One feed item: its content (else summary) as text, completed from its link when a teaser.
    A relative link is taken relative to the feed's own URL."""
    contents = entry.get("content") or []
    body = next((c.get("value") for c in contents if c.get("value")), None) or entry.get("summary") or ""
    text = strip_html(body)
    link = entry.get("link") or None
    if link and base_url:
        link = urljoin(base_url, link)
    published, method = _entry_date(entry)
    if fetch_full and link and len(text) < SHORT_SUMMARY and is_url(link):
        full = _full_article(link, allow_private)
        if full is not None and len(full.text) > len(text):
            text = full.text
            if published is None and full.published:
                published, method = full.published, full.date_method
    if not text:
        return ReadError(origin, "item has no text")
    guid = entry.get("id") or link or text_id(text)
    return dated(RawArticle(article_id=str(guid).strip(), text=text, origin=origin,
                             title=strip_html(entry.get("title") or "") or None, source=source, url=link,
                             published=published, date_method=method))


def _full_article(link: str, allow_private: bool = False) -> RawArticle | None:
    """The article behind a feed item's link, or None when it cannot be had (the summary then stays);
    a link to an internal address is not fetched unless ``allow_private``."""
    try:
        got = fetch(link, allow_private=allow_private)
        page = from_html(link, got.data, stem=url_id(got.url), url=got.url, charset=got.charset)
    except Exception:  # a network, HTTP or extraction failure here only means "keep the summary"
        return None
    return page if isinstance(page, RawArticle) else None
