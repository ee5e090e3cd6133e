"""Web pages (saved or fetched HTML): the article's text, title, date and canonical URL, by trafilatura."""
from __future__ import annotations

import hashlib
import re

from etl.read.decode import decode_bytes, looks_like_mojibake
from etl.read.items import RawArticle, ReadError, dated


# Dates from a page's <meta> and <time> markup only: htmldate's wider search reads the text (our job,
# with method names) and guesses from copyright lines.
_HTML_DATE_PARAMS = {"original_date": True, "extensive_search": False}


# trafilatura's fallbacks return a bare menu («الرئيسية | أخبار») for a page without an article; an
# article has at least a sentence.
MIN_ARTICLE_WORDS = 6


_WORD = re.compile(r"[^\W\d_]{2,}")


def url_id(url: str) -> str:
    return "u" + hashlib.sha256(url.strip().encode("utf-8", "surrogatepass")).hexdigest()[:16]


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def _html_text(data: bytes, name: str, charset: str | None) -> str:
    """A page's text: the charset the server or the page declares when it fits, else `decode_bytes`."""
    declared = charset or (m.group(1).decode("ascii", "ignore") if (m := _META_CHARSET.search(data[:4096])) else None)
    if declared:
        try:
            text = data.decode(declared)
            if "\x00" not in text and not looks_like_mojibake(text):
                return text
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    return decode_bytes(data, name)


def from_html(name: str, data: bytes, stem: str, url: str | None = None,
               charset: str | None = None) -> RawArticle | ReadError:
    """A saved or fetched web page: main text, title, date, canonical URL and site name.

    The article id is a hash of the page's canonical URL (its <link rel="canonical"> or og:url, else the
    URL it was fetched from), so the same article saved twice or saved and fetched gets one id; a saved
    page that names no URL takes its file name (without extension), like a .txt file.
    """
    if not data.strip():
        return ReadError(name, "empty file")
    import trafilatura  # here, not at the top: it costs ~30 MB that a run without web pages never needs

    html = _html_text(data, name, charset)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      date_extraction_params=dict(_HTML_DATE_PARAMS))
    text = (doc.text or "").strip() if doc is not None else ""
    if len(_WORD.findall(text)) < MIN_ARTICLE_WORDS:
        return ReadError(name, "no article text found")
    page_url = doc.url or url
    return dated(RawArticle(
        article_id=url_id(page_url) if page_url else stem, text=text, origin=name,
        title=doc.title or None, source=doc.sitename or None, url=page_url, published=doc.date or None))


_BLOCK_TAGS = ("p", "br", "div", "li", "ul", "ol", "tr", "table", "blockquote", "section", "article",
               "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # no text, and libxml2 refuses them


def strip_html(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed item's content or summary), one paragraph a line: block
    elements break lines, scripts and styles are dropped, entities resolved (by lxml's HTML parser).

    >>> print(strip_html("<p>روسيا &amp; إيران</p><script>x()</script><p>a<br>b</p>"))
    روسيا & إيران
    a
    b
    """
    if "<" in fragment or "&" in fragment:
        from lxml import etree, html  # here, not at the top: a run without feeds never needs it

        try:
            root = html.fragment_fromstring(_CONTROL.sub("", fragment), create_parent="div")
        except etree.ParserError:  # nothing but comments or white space
            return ""
        for el in root.xpath("//script | //style"):
            el.drop_tree()  # its text goes, what follows it stays
        for el in root.iter(*_BLOCK_TAGS):
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
        fragment = root.text_content()
    lines = (re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in fragment.split("\n"))
    return "\n".join(line for line in lines if line)
