"""Folding for matching keeps a map back to the original text."""
import pytest

from etl.extract.normalize import NormText, normalize

CASES = [
    ("alef variants", "أإآٱ", "اااا"),
    ("alef maksura", "مستوى", "مستوي"),
    ("teh marbuta", "اتفاقية", "اتفاقيه"),
    ("tatweel", "روسيـــا", "روسيا"),
    ("diacritics", "رَئِيسًا", "رييسا"),
    ("eastern arabic digits", "٧٧", "77"),
    ("persian digits", "۱۲۳", "123"),
    ("arabic percent and decimal", "٢٫٥٪", "2.5%"),
    ("persian yeh and keheh", "ایران کشور", "ايران كشور"),
    ("latin lower-cased", "BRICS", "brics"),
    ("lam-alef ligature", "ﻻ", "لا"),
]


@pytest.mark.parametrize("name,raw,folded", CASES, ids=[c[0] for c in CASES])
def test_normalize(name, raw, folded):
    assert normalize(raw) == folded


@pytest.mark.parametrize("raw", ["قال رئيسًا: إيرانـــ وروسيا ٧٧٪", "ﻻ إيران", "plain ascii Iran"])
def test_span_maps_back_to_original(raw):
    nt = NormText.of(raw)
    assert nt.text == normalize(raw)
    i = nt.text.index("ايران") if "ايران" in nt.text else nt.text.index("iran")
    a, b = nt.span(i, i + 5)
    assert normalize(raw[a:b]) in ("ايران", "iran")


def test_span_keeps_trailing_tatweel_and_marks():
    raw = "وصل إيرانـــ"
    nt = NormText.of(raw)
    i = nt.text.index("ايران")
    a, b = nt.span(i, i + 5)
    assert raw[a:b] == "إيرانـــ"


def test_fast_fold_equals_translate_on_long_text():
    from etl.extract.normalize import _TABLE
    text = ("قال الرئيسُ الإيرانيُّ إنّ التجارةَ مع روسيـــا نمت ٧٧٪ … ﻻ شكّ. " * 20) + "😀 " + "ک ی ۱۲"
    for t in (text, text.replace("😀", ""), text.replace("…", "").replace("😀", "")):
        assert normalize(t) == t.translate(_TABLE)
