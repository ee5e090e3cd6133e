"""Dates: every form find_date reads in a text, and metadata strings normalised by parse_date_value."""
from datetime import date

import pytest

from etl.read.dates import find_date, parse_date_value

D = date(2024, 3, 19)
TUESDAY = date(2024, 3, 19)  # 19 March 2024 was a Tuesday
REF = date(2024, 3, 20)  # a Wednesday

# (id, text, reference, expected date, expected method)
TEXT_CASES = [
    ("dateline-gregorian", "طهران - 19 مارس 2024 - أعلن وزير الخارجية", None, D, "text"),
    ("levantine-month", "دمشق - 19 آذار 2024 - قال مسؤول", None, D, "text"),
    ("both-series-slash", "في 5 أيار/مايو 2024 وقع البلدان", None, date(2024, 5, 5), "text"),
    ("both-series-brackets", "يوم 19 آذار (مارس) 2024", None, D, "text"),
    ("two-word-month", "في 1 تشرين الأول 2023 بدأت المحادثات", None, date(2023, 10, 1), "text"),
    ("kanun-thani", "15 كانون الثاني 2024", None, date(2024, 1, 15), "text"),
    ("min-and-am", "في الـ19 من مارس عام 2024", None, D, "text"),
    ("weekday-and-mim", "الثلاثاء 19 مارس 2024م", None, D, "text"),
    ("hamza-less-spelling", "في 2 ابريل 2024", None, date(2024, 4, 2), "text"),
    ("maghreb-month", "يوم 7 جويلية 2023", None, date(2023, 7, 7), "text"),
    ("english-month", "Tehran, March 19, 2024 - talks", None, D, "text"),
    ("eastern-digits", "موسكو - ١٩ مارس ٢٠٢٤ - ذكرت", None, D, "text"),
    ("persian-digits", "تهران - ۱۹ مارس ۲۰۲۴", None, D, "text"),
    ("dd/mm/yyyy", "بتاريخ 19/03/2024 صدر البيان", None, D, "text"),
    ("d.m.yyyy", "بتاريخ 9.3.2024 صدر البيان", None, date(2024, 3, 9), "text"),
    ("yyyy-mm-dd", "نشر في 2024-03-19", None, D, "text"),
    ("eastern-digits-numeric", "بتاريخ ١٩/٠٣/٢٠٢٤", None, D, "text"),
    ("earliest-wins", "طهران - 19 مارس 2024 - ذكّر بمعاهدة 12 مارس 2001", None, D, "text"),
    ("hijri", "الرياض - 15 رمضان 1445 هـ - أعلن", None, date(2024, 3, 25), "text-hijri"),
    ("hijri-no-suffix-eastern", "١٥ رمضان ١٤٤٥", None, date(2024, 3, 25), "text-hijri"),
    ("hijri-two-word-month", "في 1 ذو الحجة 1445هـ", None, date(2024, 6, 7), "text-hijri"),
    ("hijri-then-gregorian", "15 رمضان 1445 هـ الموافق 26 مارس 2024م", None, date(2024, 3, 26), "text"),
    ("solar-then-gregorian", "29 اسفند 1402 (19 مارس 2024)", None, D, "text"),
    ("hijri-with-a-later-unrelated-date", "15 رمضان 1445 هـ - قال الوزير إن الاتفاق الموقع في الأول من يناير والمجدد "
                                          "في 19 مارس 2001 ما زال ساريا", None, date(2024, 3, 25), "text-hijri"),
    ("solar-arabic-spelling", "طهران - 29 اسفند 1402 - قال", None, D, "text-solar-hijri"),
    ("solar-persian-digits", "۲۹ اسفند ۱۴۰۲", None, D, "text-solar-hijri"),
    ("solar-persian-yeh", "1 فروردین 1403", None, date(2024, 3, 20), "text-solar-hijri"),
    ("solar-farvardin-arabic-yeh", "1 فروردين 1403 ش", None, date(2024, 3, 20), "text-solar-hijri"),
    ("solar-dey", "۱۱ دی ۱۴۰۲", None, date(2024, 1, 1), "text-solar-hijri"),
    ("solar-azar-not-adhar", "10 آذر 1402", None, date(2023, 12, 1), "text-solar-hijri"),
    ("dateline-without-year", "موسكو - 18 مارس - قال الكرملين", REF, date(2024, 3, 18), "text"),
    ("dateline-without-year-last-year", "موسكو - 25 ديسمبر - قال", REF, date(2023, 12, 25), "text"),
    ("yesterday", "قال الوزير أمس إن", REF, TUESDAY, "relative"),
    ("and-yesterday", "وأمس أعلنت الوزارة", REF, TUESDAY, "relative"),
    ("day-before-yesterday", "ذكرت أول أمس", REF, date(2024, 3, 18), "relative"),
    ("day-before-yesterday-inverted", "ذكرت أمس الأول", REF, date(2024, 3, 18), "relative"),
    ("today-with-weekday", "أعلنت طهران اليوم (الثلاثاء) أن", TUESDAY, TUESDAY, "relative"),
    ("today-weekday-moves-back", "أعلنت طهران اليوم الثلاثاء أن", REF, TUESDAY, "relative"),
    ("today-with-weekday-hamza", "اليوم (الإثنين)", REF, date(2024, 3, 18), "relative"),
    ("future-date-ignored-with-reference", "حتى 31 ديسمبر 2030 وقال أمس", REF, TUESDAY, "relative"),
]


@pytest.mark.parametrize("text, reference, expected, method", [c[1:] for c in TEXT_CASES],
                         ids=[c[0] for c in TEXT_CASES])
def test_find_date(text, reference, expected, method):
    assert find_date(text, reference) == (expected, method)


# (id, text, reference): no date to find
UNDATED = [
    ("no-date", "قال الوزير إن التعاون بين إيران وروسيا يتوسع.", None),
    ("empty", "", None),
    ("relative-without-reference", "قال الوزير أمس إن", None),
    ("dateline-without-year-or-reference", "موسكو - 18 مارس - قال", None),
    ("today-without-weekday", "إيران اليوم شريك لروسيا", REF),
    ("impossible-day", "في 31/02/2024", None),
    ("impossible-named-day", "في 30 فبراير 2024", None),
    ("year-out-of-range", "في 19 مارس 1450", None),
    ("hijri-out-of-range", "15 رمضان 1300 هـ", None),
    ("bare-year", "في عام 2024 زادت التجارة", None),
    ("number-not-date", "بلغت 19 مليون طن في 2024", None),
]


@pytest.mark.parametrize("text, reference", [c[1:] for c in UNDATED], ids=[c[0] for c in UNDATED])
def test_undated_text_stays_undated(text, reference):
    assert find_date(text, reference) == (None, "none")


# (id, metadata value, expected date)
METADATA_CASES = [
    ("iso-date", "2024-03-19", D),
    ("iso-datetime", "2024-03-19T23:30:00+03:30", D),
    ("rfc822", "Tue, 19 Mar 2024 10:00:00 +0330", D),
    ("rfc822-local-day-kept", "Wed, 20 Mar 2024 01:30:00 +0330", date(2024, 3, 20)),
    ("arabic-free-form", "19 مارس 2024", D),
    ("arabic-levantine-weekday", "الثلاثاء 19 آذار 2024", D),
    ("english-free-form", "March 19, 2024", D),
    ("dmy-dashes", "19-03-2024", D),
    ("eastern-digits-iso", "٢٠٢٤-٠٣-١٩", D),
    ("hijri-metadata", "15 رمضان 1445 هـ", date(2024, 3, 25)),
    ("relative-refused", "أمس", None),
    ("relative-english-refused", "2 days ago", None),
    ("garbage", "soon", None),
    ("blank", "  ", None),
]


@pytest.mark.parametrize("value, expected", [c[1:] for c in METADATA_CASES], ids=[c[0] for c in METADATA_CASES])
def test_parse_date_value(value, expected):
    assert parse_date_value(value) == expected
