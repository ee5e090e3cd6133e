"""Amounts in Arabic text: digits of three scripts, separators, scales, currencies, percent, words."""
import pytest

from etl.extract.normalize import normalize
from etl.extract.numbers import find_amounts, parse_digits

CASES = [
    ("percent sign ٪", "بنسبة 77٪", 77, "percent"),
    ("eastern digits", "بنسبة ٧٧٪", 77, "percent"),
    ("persian digits", "بنسبة ۷۷٪", 77, "percent"),
    ("في المئة", "بنسبة 30 في المئة", 30, "percent"),
    ("بالمئة", "بنسبة 12 بالمئة", 12, "percent"),
    ("في المائة", "بنسبة 15 في المائة", 15, "percent"),
    ("written compound", "سبعة وسبعين في المئة", 77, "percent"),
    ("written teen", "ثلاثة عشر بالمئة", 13, "percent"),
    ("billions of dollars", "4 مليارات دولار", 4_000_000_000, "usd"),
    ("comma decimal euro", "1,3 مليار يورو", 1_300_000_000, "eur"),
    ("arabic decimal", "٢٫٥ مليار دولار", 2_500_000_000, "usd"),
    ("written scale", "أربعة مليارات دولار", 4_000_000_000, "usd"),
    ("bare scale", "قرض بقيمة مليار دولار", 1_000_000_000, "usd"),
    ("hundreds", "خمسمئة مليون روبل", 500_000_000, "rub"),
    ("thousands separators", "4,500,000 طن", 4_500_000, "tonnes"),
    ("rial", "200 ألف ريال", 200_000, "irr"),
]


@pytest.mark.parametrize("name,text,value,unit", CASES, ids=[c[0] for c in CASES])
def test_amounts(name, text, value, unit):
    found = [a for a in find_amounts(normalize(text)) if a.unit]
    assert [(a.value, a.unit) for a in found] == [(value, unit)]


def test_year_is_a_bare_number():
    found = list(find_amounts(normalize("بحلول عام 2030")))
    assert [(a.value, a.unit) for a in found] == [(2030, "")]


@pytest.mark.parametrize("s,v", [("1,3", 1.3), ("1.5", 1.5), ("4,500", 4500), ("1.250.000", 1250000),
                                 ("1,250.5", 1250.5), ("0,750", 0.75)])
def test_parse_digits(s, v):
    assert parse_digits(s) == v


def test_a_billion_in_the_accusative_then_millions_is_one_sum():
    """«ملياراً و800 مليون يورو» is 1.8 billion: the accusative head counts in billions, as «مليار» does (session 15)."""
    assert [(a.value, a.unit) for a in find_amounts(normalize("بلغت ملياراً و800 مليون يورو"))] == [(1.8e9, "eur")]


def test_a_thousand_billions_or_millions_is_one_scale():
    """Rial sums are told in thousands of billions («120 ألف مليار ريال»)."""
    assert [(a.value, a.unit) for a in find_amounts(normalize("بقيمة 120 ألف مليار ريال"))] == [(1.2e14, "irr")]
    assert [(a.value, a.unit) for a in find_amounts(normalize("بلغ ألف مليون دولار"))] == [(1e9, "usd")]


@pytest.mark.parametrize("words, value", [
    ("مئتي مليون دولار", 2e8), ("مائتا مليون دولار", 2e8), ("اثني عشر مليار دولار", 1.2e10),
    ("ثلاثة أرباع المليار دولار", 7.5e8),
])
def test_duals_in_construct_twelve_in_the_genitive_and_three_quarters(words, value):
    assert [a.value for a in find_amounts(normalize(words))] == [value]


def test_two_hundreds_in_a_row_are_not_summed_into_one_number():
    assert [a.value for a in find_amounts(normalize("بين مئتين وثلاثمئة"))] != [500.0]


def test_the_percent_sign_typed_before_the_number_is_a_percentage():
    assert [(a.value, a.unit) for a in find_amounts(normalize("ارتفع التبادل بنسبة ٪٢٥"))] == [(25.0, "percent")]
