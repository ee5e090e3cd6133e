"""Publication dates: metadata strings normalised to ISO, and dates found in an article's text.

`parse_date_value` reads a metadata value (ISO 8601, RFC 822 as in feeds, or a free-form string such
as «19 مارس 2024» via dateparser). `find_date` looks in the text itself: Gregorian dates with Arabic
month names of either series («مارس», «آذار», «أيار/مايو») or English ones, numeric dd/mm/yyyy and
yyyy-mm-dd, Hijri dates («15 رمضان 1445 هـ»), Solar Hijri dates as Iranian outlets write them
(«29 اسفند 1402»), a dateline without a year, and relative days («أمس») when a reference day is given.
Nothing found means no date: an article is never given today's date by default.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Callable, Iterator, NamedTuple

import dateparser
import jdatetime
from hijridate import Hijri

# The project's one Arabic folding (digits made ASCII, letter variants unified, marks dropped, Latin
# lower-cased): month names and texts are folded as the extractor folds them.
from etl.extract.normalize import normalize as fold

# Readers use this name for a date taken from the input's metadata (feed, page, manifest, record).
METADATA = "metadata"

# Gregorian dates outside this window are taken for numbers, not dates.
MIN_YEAR, MAX_YEAR = 1900, 2100
# A publication date before this day or after tomorrow is no publication date (9999-12-31, 0001-01-01):
# the article is stored undated, its date method saying why (IMPLAUSIBLE and the date given).
EARLIEST_PUBLISHED = date(MIN_YEAR, 1, 1)
IMPLAUSIBLE = "implausible"


def plausible_publication(day: date, today: date | None = None) -> bool:
    """Whether ``day`` can be a publication date: from 1900-01-01 to tomorrow (time zones ahead of ours)."""
    return EARLIEST_PUBLISHED <= day <= (today or date.today()) + timedelta(days=1)


def implausible_reason(day: date) -> str:
    """The date method stored for an article whose date is not a publication date."""
    return f"{IMPLAUSIBLE} ({day.isoformat()}: before {EARLIEST_PUBLISHED.isoformat()} or after tomorrow)"


_GREGORIAN_MONTHS = {
    1: ["يناير", "كانون الثاني", "جانفي", "january", "jan"],
    2: ["فبراير", "شباط", "فيفري", "february", "feb"],
    3: ["مارس", "آذار", "march", "mar"],
    4: ["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "april", "apr"],
    5: ["مايو", "أيار", "ماي", "may"],
    6: ["يونيو", "يونيه", "حزيران", "جوان", "june", "jun"],
    7: ["يوليو", "يوليه", "تموز", "جويلية", "july", "jul"],
    8: ["أغسطس", "آب", "أوت", "august", "aug"],
    9: ["سبتمبر", "أيلول", "september", "sep", "sept"],
    10: ["أكتوبر", "تشرين الأول", "october", "oct"],
    11: ["نوفمبر", "تشرين الثاني", "november", "nov"],
    12: ["ديسمبر", "كانون الأول", "december", "dec"],
}
_HIJRI_MONTHS = {
    1: ["محرم"], 2: ["صفر"], 3: ["ربيع الأول", "ربيع أول"], 4: ["ربيع الثاني", "ربيع الآخر", "ربيع ثاني"],
    5: ["جمادى الأولى", "جمادى الأول"], 6: ["جمادى الآخرة", "جمادى الثانية", "جمادى الآخر"], 7: ["رجب"],
    8: ["شعبان"], 9: ["رمضان"], 10: ["شوال"], 11: ["ذو القعدة", "ذي القعدة"], 12: ["ذو الحجة", "ذي الحجة"],
}
# Persian spellings (ی, ک) fold onto the Arabic ones, so each name is listed once.
_SOLAR_MONTHS = {
    1: ["فروردين"], 2: ["ارديبهشت", "اردي بهشت"], 3: ["خرداد"], 4: ["تير"], 5: ["مرداد", "امرداد"],
    6: ["شهريور"], 7: ["مهر"], 8: ["آبان"], 9: ["آذر"], 10: ["دي"], 11: ["بهمن"], 12: ["اسفند"],
}
_WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}

# What the Gregorian date must follow a Hijri or Solar Hijri one by, to be taken as its equivalent
# («15 رمضان 1445 هـ الموافق 25 مارس 2024»): the Gregorian is exact, a converted date may be a day off.
_EQUIVALENT_WITHIN = 40
# A dateline («طهران - 19 مارس») sits at the very start of an article.
_DATELINE_WITHIN = 80


def _names(table: dict[int, list[str]]) -> tuple[str, dict[str, int]]:
    """A regex alternation of the folded month names (longest first) and a name → month map."""
    lookup = {re.sub(r"\s+", " ", fold(n)): m for m, names in table.items() for n in names}
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(lookup, key=len, reverse=True))
    return alternation, lookup


_G, _G_LOOKUP = _names(_GREGORIAN_MONTHS)
_H, _H_LOOKUP = _names(_HIJRI_MONTHS)
_S, _S_LOOKUP = _names(_SOLAR_MONTHS)
_WD = "|".join(_WEEKDAYS)

# Word edges that also work for Arabic letters. Numbers end at digit edges instead, so «الـ19» and
# «2024م», «1445هـ» match.
_B, _E = r"(?<![\w])", r"(?![\w])"
_DAY = r"(?<!\d)(?P<day>\d{1,2})(?:\s*(?:st|nd|rd|th))?"
_OF = r"(?:\s+من)?"  # «19 من مارس»
_YEAR_WORD = r"(?:(?:عام|سنه)\s+)?"  # «مارس عام 2024»

_GREGORIAN_DMY = re.compile(
    rf"{_DAY}{_OF}\s*(?P<month>{_G})(?:\s*[/(\-]\s*(?:{_G})\s*\)?)?\s*[,،]?\s*{_YEAR_WORD}(?P<year>\d{{4}})(?!\d)")
_GREGORIAN_MDY = re.compile(rf"{_B}(?P<month>{_G})\s+{_DAY}\s*[,،]?\s+(?P<year>\d{{4}})(?!\d)")
_HIJRI = re.compile(rf"{_DAY}{_OF}\s*(?P<month>{_H})\s*[,،]?\s*{_YEAR_WORD}(?P<year>1[345]\d\d)(?!\d)")
_SOLAR = re.compile(rf"{_DAY}{_OF}\s*(?P<month>{_S})\s*[,،]?\s*{_YEAR_WORD}(?P<year>1[34]\d\d)(?!\d)")
_ISO = re.compile(r"(?<![\d/.\-])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d])")
_DMY = re.compile(r"(?<![\d/.\-])(?P<day>\d{1,2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<year>\d{4})(?![\d])")
# A place name (one or two words), a dash, a day and a month, and no year after it.
_DATELINE = re.compile(rf"^\W*[^\W\d]+(?:\s+[^\W\d]+)?\s*[-–—:،,]\s*{_DAY}{_OF}\s*(?P<month>{_G}){_E}"
                       rf"(?!\s*[,،]?\s*{_YEAR_WORD}\d)")
_RELATIVE = re.compile(
    rf"{_B}[وف]?(?P<word>اول\s+امس|امس\s+الاول|امس|اليوم)(?:\s*[(،,]?\s*(?P<weekday>{_WD})\s*\)?)?{_E}")


class _Found(NamedTuple):
    start: int
    end: int
    day: date
    method: str


def find_date(text: str, reference: date | None = None) -> tuple[date | None, str]:
    """The article's date found in its text and how it was found ('none' and no date when absent).

    The earliest date in the text wins (a dateline comes first), except that a Hijri or Solar Hijri date
    directly followed by its Gregorian equivalent yields the Gregorian one. Relative days («أمس»,
    «أول أمس», «اليوم (الثلاثاء)») and a dateline without a year need ``reference`` (the day the text was
    current); without it they are ignored. With it, dates after ``reference`` are ignored (plans, deadlines).
    """
    folded = fold(text)
    found = sorted(_candidates(folded, reference), key=lambda f: (f.start, f.method != "text"))
    if reference is not None:
        found = [f for f in found if f.day <= reference]
    if not found:
        return None, "none"
    first = found[0]
    if first.method in ("text-hijri", "text-solar-hijri"):
        gregorian = next((f for f in found[1:] if f.method == "text"), None)
        if gregorian is not None and gregorian.start - first.end <= _EQUIVALENT_WITHIN:
            return gregorian.day, gregorian.method
    return first.day, first.method


def _candidates(folded: str, reference: date | None) -> Iterator[_Found]:
    """Every date the folded text states, with where it stands."""
    finders: list[tuple[re.Pattern[str], str, Callable[[re.Match[str]], date | None]]] = [
        (_GREGORIAN_DMY, "text", _gregorian_named), (_GREGORIAN_MDY, "text", _gregorian_named),
        (_ISO, "text", _gregorian_numeric), (_DMY, "text", _gregorian_numeric),
        (_HIJRI, "text-hijri", _hijri), (_SOLAR, "text-solar-hijri", _solar),
    ]
    for pattern, method, convert in finders:
        for m in pattern.finditer(folded):
            day = convert(m)
            if day is not None:
                yield _Found(m.start(), m.end(), day, method)
    if reference is not None:
        yield from _dateline(folded, reference)
        yield from _relative(folded, reference)


def _month(lookup: dict[str, int], name: str) -> int:
    return lookup[re.sub(r"\s+", " ", name)]


def _safe_date(year: int, month: int, day: int) -> date | None:
    """A Gregorian date in the plausible window, or None for an impossible one."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _gregorian_named(m: re.Match[str]) -> date | None:
    return _safe_date(int(m["year"]), _month(_G_LOOKUP, m["month"]), int(m["day"]))


def _gregorian_numeric(m: re.Match[str]) -> date | None:
    return _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))


def _hijri(m: re.Match[str]) -> date | None:
    """A Hijri date converted with the Umm al-Qura calendar (hijridate covers 1343–1500 AH)."""
    try:
        g = Hijri(int(m["year"]), _month(_H_LOOKUP, m["month"]), int(m["day"])).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return date(g.year, g.month, g.day)


def _solar(m: re.Match[str]) -> date | None:
    """A Solar Hijri (Iranian) date converted to Gregorian."""
    try:
        return jdatetime.date(int(m["year"]), _month(_S_LOOKUP, m["month"]), int(m["day"])).togregorian()
    except (ValueError, OverflowError):
        return None


def _dateline(folded: str, reference: date) -> Iterator[_Found]:
    """«طهران - 19 مارس» at the start: the latest such day not after ``reference``."""
    m = _DATELINE.match(folded[:_DATELINE_WITHIN])
    if not m:
        return
    month, day = _month(_G_LOOKUP, m["month"]), int(m["day"])
    for year in (reference.year, reference.year - 1):
        d = _safe_date(year, month, day)
        if d is not None and d <= reference:
            yield _Found(m.start("day"), m.end(), d, "text")
            return


def _relative(folded: str, reference: date) -> Iterator[_Found]:
    """«اليوم (الثلاثاء)», «أمس», «أول أمس» counted back from ``reference``.

    «اليوم» alone is too often "nowadays", so it counts only with a weekday. A named weekday moves the
    day back to the latest such weekday, in case the reference is a day or two after publication.
    """
    for m in _RELATIVE.finditer(folded):
        word = re.sub(r"\s+", " ", m["word"])
        if word == "اليوم" and not m["weekday"]:
            continue
        d = reference - timedelta(days={"اليوم": 0, "امس": 1}.get(word, 2))
        if m["weekday"]:
            d -= timedelta(days=(d.weekday() - _WEEKDAYS[m["weekday"]]) % 7)
        yield _Found(m.start(), m.end(), d, "relative")


_MAX_FREE_FORM = 100  # longer "metadata" is prose: only the text patterns are tried on it
_DATEPARSER_SETTINGS = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False,
                        "REQUIRE_PARTS": ["day", "month", "year"]}


def parse_date_value(value: str) -> date | None:
    """A metadata date string as a date: ISO 8601, RFC 822, else free-form (Arabic or English).

    The day is the one written in the string (no conversion to UTC, which could move it). Relative
    strings («أمس», "2 days ago") are refused: they depend on when the metadata was written.
    """
    value = value.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        pass
    if len(value) > _MAX_FREE_FORM:
        return _absolute_in_text(value)
    return _dateparser(value) or _absolute_in_text(value)


def _dateparser(value: str) -> date | None:
    """dateparser's reading, unless it depends on the day of parsing (a relative expression)."""
    try:
        results = {dateparser.parse(value, languages=["ar", "en"],
                                    settings=dict(_DATEPARSER_SETTINGS, RELATIVE_BASE=base))
                   for base in (datetime(2000, 1, 1), datetime(2010, 6, 15))}
    except Exception:  # dateparser can fail on odd input in many ways; a metadata string is optional
        return None
    if len(results) != 1 or None in results:
        return None
    (d,) = results
    return d.date() if MIN_YEAR <= d.year <= MAX_YEAR else None


def _absolute_in_text(value: str) -> date | None:
    """Forms dateparser misses («الثلاثاء 19 آذار 2024», Hijri, Solar Hijri) via the text patterns."""
    d, _ = find_date(value)
    return d
