"""Every input format and encoding read into the expected fields, and every bad input named once.

The corpus is tests/fixtures/inputs/ (written by its make_inputs.py): good/ holds one file per format
and encoding, bad/ one file per kind of bad input. Cases that need the file system at test time (a
file over the size cap, a file that cannot be opened) are made in tmp_path.
"""
import hashlib
import os
import pathlib
import shutil

import pytest

from etl.read import limits
from etl.read import RawArticle, ReadError, read_feed, read_paths

INPUTS = pathlib.Path(__file__).resolve().parent / "fixtures" / "inputs"
GOOD, BAD = INPUTS / "good", INPUTS / "bad"


def by_origin(items):
    """Articles and errors keyed by their origin, relative to tests/fixtures/inputs/."""
    out = {}
    for item in items:
        key = item.origin if isinstance(item, RawArticle) else item.path
        out[key.replace(str(INPUTS) + "/", "")] = item
    return out


@pytest.fixture(scope="module")
def good():
    return by_origin(read_paths([GOOD]))


# origin → (article_id, published, date_method, source, url, title, start of text)
EXPECTED = {
    "good/enc-utf8.txt": ("enc-utf8", "2024-03-19", "text", None, None, None, "طهران - 19 مارس 2024 - أعلن"),
    "good/enc-utf8-sig.txt": ("trade-1", "2024-03-19", "metadata", "وكالة تجريبية", "https://news.example.org/trade-1",
                              "التبادل التجاري بين إيران وروسيا", "قال مسؤول في غرفة التجارة"),
    "good/enc-utf16.txt": ("enc-utf16", "2024-03-25", "text-hijri", None, None, None, "موسكو - 15 رمضان 1445 هـ"),
    "good/enc-cp1256.txt": ("enc-cp1256", "2024-03-19", "text-solar-hijri", None, None, None,
                            "طهران - 29 اسفند 1402 - وقعت"),
    "good/enc-iso8859-6.txt": ("enc-iso8859-6", None, None, None, None, None, "أكد دبلوماسي إيراني أن التعاون"),
    "good/records.jsonl:1": ("jl-1", "2024-02-01", None, "نشرة الاختبار", "https://news.example.org/jl-1",
                             "محادثات نفطية", "بحث وزيرا النفط"),
    "good/records.jsonl:2": ("jl-2", "2024-03-19", "text", "نشرة الاختبار", None, "تعاون جمركي", "في ١٩/٠٣/٢٠٢٤"),
    "good/records.json[0]": ("js-1", "2024-03-19", "metadata", "نشرة الاختبار", "https://news.example.org/js-1",
                             "لجنة اقتصادية مشتركة", "عقدت اللجنة الاقتصادية"),
    "good/records.csv:2": ("csv-1", "2024-03-19", None, "نشرة الاختبار", "https://news.example.org/csv-1",
                           "مناورات بحرية", "أجرت قطع بحرية"),
    "good/page.html": ("u" + hashlib.sha256(b"https://news.example.org/ar/2024/energy-deal").hexdigest()[:16],
                       "2024-03-19", None, "وكالة الأنباء التجريبية", "https://news.example.org/ar/2024/energy-deal",
                       "إيران وروسيا توقعان اتفاقية للطاقة", "إيران وروسيا توقعان اتفاقية للطاقة"),
    "good/corridor.htm": ("corridor", "2024-03-19", "text-solar-hijri", None, None, "ممر النقل الدولي",
                          "ممر النقل الدولي"),
    # the item's own day (01:30 at +03:30), not feedparser's UTC day (the 19th)
    "good/feed-rss.xml[0]": ("rss-item-1", "2024-03-20", "metadata", "نشرة التعاون الإيراني الروسي",
                             "https://news.example.org/rss-1", "محادثات حول ممر الشمال والجنوب",
                             "بحث مسؤولون من إيران وروسيا"),
    "good/feed-rss.xml[1]": ("https://news.example.org/rss-2", "2024-03-20", "metadata",
                             "نشرة التعاون الإيراني الروسي", "https://news.example.org/rss-2",
                             "تعاون في الطاقة النووية السلمية", "أعلنت روسيا وإيران عن خطة"),
    "good/feed-atom.atom[0]": ("urn:test:atom-1", "2024-03-21", "metadata", "موجز الشراكة",
                               "https://news.example.org/atom-1",
                               "اتفاق على تبادل الطلاب", "اتفقت جامعات إيرانية وروسية"),
    "good/bundle.zip:inner/a.txt": ("zip-a", "2024-05-05", "text", "وكالة الأرشيف", None, "مصرف مشترك",
                                    "طهران - 5 أيار/مايو 2024"),
    "good/archived.jsonl.gz:1": ("gz-1", "2024-03-22", None, "أرشيف مضغوط", None, None, "أعلنت شركة طيران إيرانية"),
}


def test_the_good_folder_reads_every_file_and_nothing_else(good):
    assert sorted(good) == sorted(EXPECTED)
    assert not [e for e in good.values() if isinstance(e, ReadError)]


@pytest.mark.parametrize("origin", sorted(EXPECTED))
def test_fields(good, origin):
    art = good[origin]
    aid, published, method, source, url, title, start = EXPECTED[origin]
    assert (art.article_id, art.published, art.date_method, art.source, art.url, art.title) == (
        aid, published, method, source, url, title)
    assert art.text.startswith(start)


@pytest.mark.parametrize("name, encoding", [
    ("enc-utf8.txt", "utf-8"), ("enc-utf8-sig.txt", "utf-8-sig"), ("enc-utf16.txt", "utf-16"),
    ("enc-cp1256.txt", "cp1256"), ("enc-iso8859-6.txt", "iso8859_6")])
def test_each_encoding_decodes_to_the_same_text_it_was_written_from(good, name, encoding):
    assert good[f"good/{name}"].text == (GOOD / name).read_bytes().decode(encoding)
    assert "\ufeff" not in good[f"good/{name}"].text


def test_html_keeps_the_article_and_drops_menus_and_footer(good):
    text = good["good/page.html"].text
    assert "ممر الشمال والجنوب" in text and "فرق العمل ستقدم" in text
    assert "الرئيسية" not in text and "جميع الحقوق محفوظة" not in text


def test_feed_html_is_stripped_and_content_beats_summary(good):
    assert good["good/feed-rss.xml[0]"].text == "بحث مسؤولون من إيران وروسيا تمويل خط السكك الحديدية رشت - آستارا."
    assert good["good/feed-rss.xml[1]"].text == (
        "أعلنت روسيا وإيران عن خطة لبناء وحدات جديدة في محطة بوشهر.\nوقال المسؤولون إن العمل يبدأ العام المقبل.")


def test_read_feed_on_a_file_without_fetching():
    items = list(read_feed(GOOD / "feed-rss.xml", fetch_full=False))
    assert [i.article_id for i in items] == ["rss-item-1", "https://news.example.org/rss-2"]


# file (relative to inputs/) → expected reason (exact)
BAD_CASES = {
    "bad/empty.txt": "empty file",
    "bad/binary.txt": "binary file (contains NUL bytes)",
    "bad/truncated.jsonl:2": "invalid JSON (Unterminated string starting at)",
    "bad/nocolumn.csv": "missing column 'text' (columns: id, title)",
    "bad/noarticle.html": "no article text found",
    "bad/mojibake.txt": "looks like mis-decoded text (mojibake)",
    "bad/notext.txt": "not text",
    "bad/sitemap.xml": "not an RSS or Atom feed",
    "bad/broken.zip:inner/a.txt": "empty file",
}


@pytest.fixture(scope="module")
def mixed():
    """The bad folder read together with the good one."""
    return list(read_paths([GOOD, BAD]))


def test_each_bad_input_gives_exactly_one_error_and_the_rest_is_read(mixed):
    errors = [e for e in mixed if isinstance(e, ReadError)]
    assert sorted(by_origin(errors)) == sorted(BAD_CASES)
    assert len(errors) == len(BAD_CASES)
    got = by_origin(a for a in mixed if isinstance(a, RawArticle))
    assert set(EXPECTED) <= set(got)
    # the good line of the truncated file and the good member of the broken archive are read
    assert got["bad/truncated.jsonl:1"].article_id == "cut-ok"
    assert got["bad/broken.zip:inner/ok.txt"].article_id == "ok"


@pytest.mark.parametrize("origin", sorted(BAD_CASES))
def test_bad_reason(mixed, origin):
    err = by_origin(e for e in mixed if isinstance(e, ReadError))[origin]
    assert err.reason == BAD_CASES[origin]
    assert str(err) == f"{INPUTS}/{origin}: {BAD_CASES[origin]}"


def test_unsupported_file_is_skipped_in_a_folder_but_refused_when_named(mixed):
    assert not [i for i in mixed if "report.pdf" in str(i)]
    [err] = read_paths([BAD / "report.pdf"])
    assert isinstance(err, ReadError) and err.reason.startswith("unsupported file type '.pdf'")


def test_file_over_the_default_cap_is_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # sparse: 51 MB to stat, nothing on disk
        fh.truncate(51 * 1024 * 1024)
    shutil.copy(GOOD / "enc-utf8.txt", tmp_path / "small.txt")
    got = by_origin(read_paths([tmp_path]))
    assert got[str(tmp_path / "big.txt")].reason == "file too large (51 MB > 50 MB)"
    assert isinstance(got[str(tmp_path / "small.txt")], RawArticle)


def test_size_cap_is_a_module_constant(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_BYTES", 1024 * 1024)
    (tmp_path / "two.txt").write_text("روسيا وإيران " * 200_000, encoding="utf-8")
    [err] = read_paths([tmp_path / "two.txt"])
    assert err.reason.startswith("file too large (") and err.reason.endswith(" MB > 1 MB)")


def test_size_cap_applies_to_archive_members_once_uncompressed(tmp_path, monkeypatch):
    import gzip
    monkeypatch.setattr(limits, "MAX_BYTES", 10_000)
    (tmp_path / "big.txt.gz").write_bytes(gzip.compress(("روسيا وإيران " * 5000).encode()))
    [err] = read_paths([tmp_path / "big.txt.gz"])
    assert err.reason.startswith("file too large once uncompressed")


def test_unreadable_file_is_named_and_the_rest_is_read(tmp_path, monkeypatch):
    shutil.copy(GOOD / "enc-utf8.txt", tmp_path / "locked.txt")
    shutil.copy(GOOD / "enc-utf8.txt", tmp_path / "open.txt")
    os.chmod(tmp_path / "locked.txt", 0)
    real_open = pathlib.Path.open

    def deny(self, *args, **kwargs):  # root ignores file modes, so refuse the way the OS would
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", deny)
    got = list(read_paths([tmp_path]))
    errors = [e for e in got if isinstance(e, ReadError)]
    assert [(e.path, e.reason) for e in errors] == [(str(tmp_path / "locked.txt"), "permission denied")]
    assert [a.article_id for a in got if isinstance(a, RawArticle)] == ["open"]


def test_gz_of_an_unsupported_file_is_skipped_in_a_folder(tmp_path):
    import gzip
    (tmp_path / "backup.tar.gz").write_bytes(gzip.compress(b"x"))
    assert list(read_paths([tmp_path])) == []
    [err] = read_paths([tmp_path / "backup.tar.gz"])
    assert err.reason.startswith("unsupported file type '.tar.gz'")


def test_corrupt_archives_are_named(tmp_path):
    (tmp_path / "cut.zip").write_bytes((GOOD / "bundle.zip").read_bytes()[:100])
    (tmp_path / "cut.jsonl.gz").write_bytes((GOOD / "archived.jsonl.gz").read_bytes()[:40])
    errors = {e.path.split("/")[-1]: e.reason for e in read_paths([tmp_path])}
    assert errors["cut.zip"].startswith("not a valid zip archive")
    assert errors["cut.jsonl.gz"] == "not a valid gzip file (truncated)"


def test_latin1_text_is_not_taken_for_arabic(tmp_path):
    (tmp_path / "fr.txt").write_bytes("Coopération énergétique entre l'Iran et la Russie".encode("latin-1"))
    [err] = read_paths([tmp_path / "fr.txt"])
    assert "not valid UTF-8" in err.reason


def test_unparseable_metadata_date_falls_back_to_the_text(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"id": "a", "published": "soon", "text": "موسكو - 3 نيسان 2024 - بحث الجانبان التعاون."}\n'
        '{"id": "b", "published": "soon", "text": "بحث الجانبان التعاون."}\n', encoding="utf-8")
    a, b = read_paths([tmp_path / "a.jsonl"])
    assert (a.published, a.date_method) == ("2024-04-03", "text")
    assert (b.published, b.date_method) == ("soon", None)  # kept, so the load step records 'unparsed'


def test_not_text_is_judged_on_each_record_not_on_the_file(tmp_path):
    (tmp_path / "t.csv").write_text("id,published,text\n1,2024-03-19,12345 67890 ----\n"
                                    "2,2024-03-19,\"قال بوتين إن روسيا وإيران شريكان.\"\n", encoding="utf-8")
    (tmp_path / "0001.txt").write_text("قال بوتين إن روسيا وإيران شريكان.", encoding="utf-8")
    # a manifest of numbers and dates only is fine: it is not prose
    (tmp_path / "manifest.csv").write_text("file,id,published,source,url,title\n"
                                           + "".join(f"{i:04d}.txt,{i:04d},2024-03-19,,,\n" for i in range(1, 50)),
                                           encoding="utf-8")
    got = by_origin(read_paths([tmp_path]))
    assert got[f"{tmp_path}/t.csv:2"] == ReadError(f"{tmp_path}/t.csv:2", "not text")
    assert got[f"{tmp_path}/t.csv:3"].article_id == "2"
    assert (got[f"{tmp_path}/0001.txt"].article_id, got[f"{tmp_path}/0001.txt"].published) == ("0001", "2024-03-19")


SENTENCE = "قال وزير الخارجية الإيراني إن التعاون مع روسيا في مجال الطاقة يتوسع، وإن البلدين سيوقعان اتفاقية جديدة."


@pytest.mark.parametrize("raw, reason", [
    (SENTENCE.encode("utf-8").decode("cp1252", "replace").encode("utf-8"), "looks like mis-decoded text (mojibake)"),
    (SENTENCE.encode("utf-8").decode("latin-1").encode("utf-8"), "looks like mis-decoded text (mojibake)"),
    (SENTENCE.encode("utf-8").decode("cp1256").encode("utf-8"), "looks like mis-decoded text (mojibake)"),
    (b"\xff\xfe" + "abc\x00def".encode("utf-16-le"), "binary file (contains NUL bytes)"),
    (b"\x00\x01\x02abc", "binary file (contains NUL bytes)"),
    ("12 34 56 -- ** ## 78.90".encode(), "not text"),
], ids=["utf8-as-cp1252", "utf8-as-latin1", "utf8-as-cp1256", "utf16-with-nul-chars", "nul-bytes", "symbols"])
def test_decode_refusals(raw, reason):
    from etl.read.decode import DecodeError, decode_bytes
    with pytest.raises(DecodeError) as exc:
        decode_bytes(raw, "x.txt")
    assert str(exc.value) == reason


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-be-bom", "utf-32", "cp1256", "iso8859_6"])
def test_decode_encodings(encoding):
    from etl.read.decode import decode_bytes
    raw = b"\xfe\xff" + SENTENCE.encode("utf-16-be") if encoding == "utf-16-be-bom" else SENTENCE.encode(encoding)
    assert decode_bytes(raw, "x.txt") == SENTENCE
