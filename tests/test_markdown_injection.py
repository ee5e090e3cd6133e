"""Issue 14, item 6: stored and user-given strings (an article's id, URL, title and outlet; the link's
parameters) reach Markdown only escaped, through pages._ui.md_text: no page shows an outside image or a
link to an outside host made from them. Each page is rendered with AppTest; test_browser.py does the same
in chromium, where Streamlit's own Markdown renderer runs."""
import json
import re
from urllib.parse import urlsplit

import pytest

from etl.pipeline import ingest
from tests.conftest import ROOT
from tests.test_pages import PAGES, open_page

pytestmark = pytest.mark.slow  # renders every page

EVIL = "http://evil.example"
HOSTILE_ID = f"x`![x]({EVIL}/id.png)`"
HOSTILE_URL = f"http://example.org/a)![x]({EVIL}/url.png)"
HOSTILE_TITLE = f"![x]({EVIL}/title.png) [click]({EVIL}/phish)"
HOSTILE_OUTLET = f"Evil ![x]({EVIL}/outlet.png) [click]({EVIL}/phish) www.evil.example mail@evil.example <img src={EVIL}/h.png>"
HOSTILE_TEXT = f"![x]({EVIL}/q.png)"
# Every page with the hostile article in view: its id in the link, its outlet as a filter, the text filter.
PARAMS = [{}, {"id": HOSTILE_ID, "source": HOSTILE_OUTLET}, {"q": HOSTILE_TEXT, "id": HOSTILE_ID}]


def hostile_rows():
    rows = [json.loads(line) for line in (ROOT / "seeds" / "sample" / "articles.jsonl").read_text(
        encoding="utf-8").splitlines()[:3]]
    rows[0] = dict(rows[0], id=HOSTILE_ID, url=HOSTILE_URL, title=HOSTILE_TITLE, source=HOSTILE_OUTLET)
    return rows


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    src = tmp / "hostile.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in hostile_rows()), encoding="utf-8")
    db = tmp / "hostile.duckdb"
    ingest([src], db, progress=False)
    return db


def markdown_sources(at):
    """Every string of the page that Streamlit renders as Markdown."""
    out = []
    for kind in ("markdown", "caption", "title", "header", "subheader", "error", "warning", "info", "success",
                 "toast", "exception"):
        out += [e.value for e in getattr(at, kind, [])]
    out += [e.label for e in at.button] + [e.label for e in at.get("metric")]
    out += [e.proto.label for e in at.get("page_link")]
    return [s for s in out if isinstance(s, str)]


def injected(src: str) -> list[str]:
    """What in ``src`` would render as an image, a link or code made from a hostile string."""
    if "evil" not in src:
        return []
    found = [f"a link to {t}" for t in re.findall(r"\]\(<([^>]*)>\)", src) if (urlsplit(t).hostname or "").endswith("evil.example")]
    src = re.sub(r"\]\(<[^>]*>\)", "]", src)  # the page's own links (md_link), checked above
    for what, pattern in (("an image", r"(?<!\\)!(?<!\\)\["), ("a link", r"(?<!\\)\]\("), ("code", r"(?<!\\)`"),
                          ("HTML", r"(?<!\\)<img")):
        if re.search(pattern, src):
            found.append(what)
    # GFM finds autolinks in the text as read, escapes resolved: «http\:\/\/evil» is a link all the same.
    text = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", src)
    # (A word joiner or other format character after "www." or "http:" does not stop them; one before does.)
    found += [f"an autolink ({m!r})" for m in re.findall(r"https?:\W*/\W*/\W*evil|www\.\W*evil|\w@\W*evil", text)]
    return found


@pytest.mark.parametrize("params", PARAMS, ids=["plain", "id-and-outlet", "text"])
@pytest.mark.parametrize("page", PAGES)
def test_no_page_turns_a_stored_string_into_markdown(monkeypatch, hostile_db, page, params):
    at = open_page(monkeypatch, hostile_db, page, {**params, "all": "1"})
    sources = markdown_sources(at)
    assert sources
    bad = {s: injected(s) for s in sources if injected(s)}
    assert not bad, bad


def test_the_article_page_shows_the_hostile_article_escaped(monkeypatch, hostile_db):
    at = open_page(monkeypatch, hostile_db, "pages/article.py", {"id": HOSTILE_ID})
    meta = next(m.value for m in at.markdown if "**Id**" in m.value)
    assert "evil" in meta and not injected(meta)
    # The original's link goes to the stored URL's host, its ")" and "[" percent-encoded.
    (target,) = re.findall(r"\]\(<([^>]*)>\)", meta)
    assert urlsplit(target).hostname == "example.org" and ")" not in target and "[" not in target


def test_md_link_refuses_other_schemes():
    from pages._ui import md_link
    assert md_link("original", "javascript:alert(1)") == ""
    assert md_link("original", "data:text/html,<b>x</b>") == ""
    assert md_link("original", None) == ""
    assert md_link("o", "https://example.org/a b").endswith("(<https://example.org/a%20b>)")
