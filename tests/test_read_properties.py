"""Property tests: no input bytes make the readers raise, and no text makes the date finder raise."""
from __future__ import annotations

import gzip
import io
import tempfile
import zipfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.read.dates import find_date, parse_date_value
from etl.read.decode import DecodeError, decode_bytes
from etl.read import RawArticle, ReadError, read_paths

SUFFIXES = [".txt", ".jsonl", ".json", ".csv", ".html", ".htm", ".xml", ".rss", ".atom", ".zip", ".gz",
            ".jsonl.gz", ".txt.gz", ".html.gz"]
METHODS = {"text", "text-hijri", "text-solar-hijri", "relative", "none"}
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Fragments that steer random input towards the parsers' interesting paths.
FRAGMENTS = ["{", "}", "[", "]", '"text"', '"id"', '"published"', ":", ",", "\n", "<rss>", "<item>", "</item>",
             "<feed>", "<entry>", "<html>", "<p>", "</p>", "<title>", "id,text,published\n", "\ufeff", "Ø§", "\x00",
             "روسيا", "إيران", "19 مارس 2024", "15 رمضان 1445", "29 اسفند 1402", "أمس", "١٩/٠٣/٢٠٢٤", "<![CDATA["]

texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=40).map("".join)


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in dict(members).items():  # one member per name
            zf.writestr(name, data)
    return buf.getvalue()


payloads = st.one_of(
    st.binary(max_size=3000),
    texts.map(lambda t: t.encode("utf-8", "surrogatepass")),
    texts.map(lambda t: t.encode("utf-16", "surrogatepass")),
    texts.map(lambda t: t.encode("cp1256", "replace")),
    st.binary(max_size=2000).map(lambda b: gzip.compress(b, mtime=0)),
    texts.map(lambda t: gzip.compress(t.encode("utf-8", "surrogatepass"), mtime=0)),
    st.lists(st.tuples(st.sampled_from(["a.txt", "d/b.jsonl", "c.csv", "manifest.csv", "e.html", "f.zip", "g.gz"]),
                       st.one_of(st.binary(max_size=500), texts.map(lambda t: t.encode("utf-8", "surrogatepass")))),
             max_size=4).map(_zip),
)


@SETTINGS
@given(suffix=st.sampled_from(SUFFIXES), data=payloads)
def test_any_bytes_with_any_supported_suffix_never_raise(suffix, data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        for out in (list(read_paths([path])), list(read_paths([tmp]))):
            assert all(isinstance(item, (RawArticle, ReadError)) for item in out)
            for item in out:
                where = item.origin if isinstance(item, RawArticle) else item.path
                assert where.startswith(str(path))  # every item and error names the file
                if isinstance(item, ReadError):
                    assert item.reason and not item.reason.startswith("unexpected error")
                else:
                    assert item.text.strip() and item.article_id


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".csv", ".html"]))
def test_decode_bytes_returns_text_or_a_decode_error(data, suffix):
    try:
        assert isinstance(decode_bytes(data, "x" + suffix), str)
    except DecodeError as exc:
        assert str(exc)


@SETTINGS
@given(text=st.one_of(texts, st.text()), reference=st.one_of(st.none(), st.dates()))
def test_find_date_never_raises(text, reference):
    found, method = find_date(text, reference)
    assert method in METHODS
    assert (found is None) == (method == "none")
    if found is not None:
        assert isinstance(found, date)
        if reference is not None:
            assert found <= reference


@SETTINGS
@given(value=st.one_of(texts, st.text(max_size=60)))
def test_parse_date_value_never_raises(value):
    assert parse_date_value(value) is None or isinstance(parse_date_value(value), date)


@SETTINGS
@given(st.text(max_size=700) | texts)
def test_letter_share_counts_as_str_methods_do(text):
    """The table lookup gives what asking each character gives (astral characters and lone surrogates included)."""
    from etl.read.decode import SHARE_SAMPLE, letter_share
    sample = text[:SHARE_SAMPLE]
    visible = len("".join(sample.split()))
    assert letter_share(text) == (sum(map(str.isalpha, sample)) / visible if visible else 1.0)
