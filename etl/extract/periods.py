"""The period a trade figure is for, as the text gives it: a year («في عام 2017», «بحلول 2030»), a year told
relative to the article's date («العام الماضي»), an Iranian year («۱۴۰۲»), part of a year («الأشهر الثمانية
الأولى من العام الجاري», «النصف الأول من 2022»), or a horizon («خلال السنوات الخمس المقبلة»). Never the period
it is compared with («مقارنة بعام 2023», «عن الفترة نفسها من العام الماضي»), nor one that belongs to another
figure of the sentence («10 مليارات دولار، مقابل 1.7 مليار العام الماضي»).

Patterns are written on folded text (etl/extract/normalize.py: «الأولى» is «الاولي», «۱۴۰۲» is «1402»)."""
from __future__ import annotations

import re
from datetime import date

from etl.extract.normalize import normalize
from etl.extract.numbers import MONEY_UNITS

YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
IRANIAN_YEAR = re.compile(r"(?<!\d)(1[34]\d\d)(?!\d)")
# Relative years, by how many years from the article's date they stand.
_RELATIVE_YEARS = {"الماضي": -1, "السابق": -1, "الجاري": 0, "الحالي": 0, "المقبل": 1, "القادم": 1}
_RELATIVE = re.compile(rf"(?:العام|السنه|عام)\s+(?:(الايراني)\s+)?({'|'.join(_RELATIVE_YEARS)})|هذا\s+العام")

# (a number of a unit is no year: «بقدرة ۱۴۰۰ ميغاواط», «2000 طن»)
_A_YEAR = (r"(?:(?:عام|العام|سنه)\s+(?:الايراني\s+)?)?(?:(?:19[5-9]\d|20[0-4]\d)|1[34]\d\d)(?!\d)"
           r"(?!\s*(?:ميغاواط|ميجاواط|ميغاوات|ميجاوات|كيلومتر|كم|طن|برميل|متر|دولار|يورو|روبل|ريال|مليون|مليار|الف)(?!\w))")
_A_RELATIVE = rf"(?:العام|السنه|عام)\s+(?:الايراني\s+)?(?:{'|'.join(_RELATIVE_YEARS)})|هذا\s+العام"
# The year a part of it belongs to: named, relative, or bare («من العام»: this year), with the number in brackets
# that Iranian outlets add («من العام الإيراني الجاري (۱۴۰۲)»).
_IN_BRACKETS = r"(?:\s*\(\s*(?:19|20|13|14)\d\d\s*\))?"
_OF_YEAR = rf"(?:{_A_YEAR}|{_A_RELATIVE}|العام(?:\s+الايراني)?){_IN_BRACKETS}"
_PART = (r"(?:الاشهر|الشهور)\s+(?:\S+\s+){1,2}?(?:الاولي|الماضيه)|الشهرين\s+(?:الاولين|الماضيين)|"
         r"(?:النصف|الربع|الفصل)\s+(?:الاول|الثاني|الثالث|الرابع)|(?:منذ\s+)?(?:مطلع|بدايه)|(?:بنهايه|نهايه|حتي\s+نهايه)")
# A horizon with its length told («خلال السنوات الخمس المقبلة», «خلال ثلاث سنوات», «العامين المقبلين»); not «خلال
# السنوات المقبلة», «في غضون سنوات قليلة», nor «خلال عام ٢٠١٦», a year.
_COUNT = r"(?!المقبله|القادمه|القليله|قليله|عده)\S+"
_HORIZON = (rf"(?:خلال|في\s+غضون|غضون|في)\s+(?:السنوات|الاعوام|الاشهر|الشهور)\s+{_COUNT}\s+(?:المقبله|القادمه)|"
            rf"(?:خلال|في\s+غضون|غضون)\s+{_COUNT}\s+(?:سنوات|اعوام|اشهر)|"
            r"(?:خلال|في\s+غضون|غضون)\s+(?:سنتين|عامين)|(?:خلال\s+)?(?:العامين|السنتين)\s+(?:المقبلين|القادمين)")
_PHRASE = re.compile(rf"(?<!\w)(?:(?:{_PART})\s+(?:من\s+)?(?:{_OF_YEAR})|(?P<ahead>{_HORIZON})|(?:{_A_RELATIVE}){_IN_BRACKETS}|{_A_YEAR})")
# Words right before a period that make it the one a figure is compared with («مقارنة بعام 2023», «عن مستواه في
# عام 2012», «مقارنة بالفترة نفسها من العام الماضي»).
_COMPARED = re.compile(r"(?<!\w)(?:مقارنه|قياسا|مقابل|عن|علي|بالمقارنه)\s*(?:ب|مع|الي)?\s*"
                       r"(?:(?:مستواه|مستواها|حجمه|حجمها)\s+)?(?:(?:في|خلال)\s+)?"
                       r"(?:(?:ال)?فتره\s+(?:نفسها|ذاتها)\s+(?:من\s+)?)?(?:(?:ال)?(?:عام|سنه)\s+(?:الايراني\s+)?)?$|"
                       r"(?:ب|ال)?(?:فتره|الفتره)\s+(?:نفسها|ذاتها)\s+من\s+$")
# The day a period just named ends on («في العام الإيراني ۱۴۰۲ المنتهي في ۱۹ مارس ۲۰۲۴»): no period of its own.
_ENDS = re.compile(r"(?<!\w)(?:المنتهي|المنتهيه|المنقضي|المنقضيه|الذي\s+ينتهي|التي\s+تنتهي|الذي\s+انتهي|التي\s+انتهت)"
                   r"\s+(?:في\s+)?(?:\d{1,2}\s+)?(?:\S+\s+)?$")
# A period referred back to («في الفترة نفسها», «خلال هذه الفترة»): the one the sentences before give.
# (or the year: «خلال العام نفسه», «في السنة ذاتها», «في نفس العام»)
_SAME_PERIOD = re.compile(r"(?<!\w)(?<!منذ\s)(?<!قبل\s)(?<!بعد\s)(?:(?:في|خلال)\s+)?(?:(?:ال)?(?:فتره|عام|سنه)\s+"
                          r"(?:نفسها|ذاتها|نفسه|ذاته)|هذه\s+الفتره|نفس\s+(?:الفتره|العام|السنه))(?!\w)")
COMPARED_REACH = 45  # characters before a period in which the words of comparing stand
# A time of its own in a figure's sentence («سنويا», «حاليا», «اليوم»): no period carried from the sentence before.
_TIME_OF_ITS_OWN = re.compile(r"(?<!\w)(?:سنويا|شهريا|يوميا|اسبوعيا|حاليا|اليوم|الان|حتي\s+الان)(?!\w)")
_SINCE_BY = re.compile(r"(?<!\w)(?:منذ|بحلول|حتي|قبل|بعد)\s+(?:عام\s+|العام\s+)?$")  # («منذ عام 2018», «بحلول 2030»)
# A sum of money near the period, in the sentence before («بلغ في العام ۱۴۰۲ نحو ۴٫۹ مليار دولار»; folded).
_SUM_NEAR = re.compile(r"(?:مليار|مليون|الف|\d)\w*\s*(?:دولار|يورو|روبل|ريال|يوان)")
SUM_REACH = 60  # characters either side of the period in which that sum stands


_PART_OF_BARE = re.compile(rf"(?:{_PART})\s+(?:من\s+)?العام")  # part of this year, unnamed
_BARE_YEAR = re.compile(_A_YEAR)  # a year and nothing more


def resolve_period(period: str | None, published: date | None) -> str | None:
    """The period with the year it means: as the text gives it where that is a year («2017»); a year told
    relative to the article's date with that year first («العام الماضي» in an article of 2024 is ``2023 (العام
    الماضي)``); an Iranian year with the Gregorian years it spans («۱۴۰۲» is ``۱۴۰۲ (2023/24)``: it runs from 21
    March); part of a year with its year first (``2024 (الأشهر الثمانية الأولى من العام الجاري)``)."""
    if not period:
        return period
    folded = normalize(period)
    year, iranian = YEAR.search(folded), IRANIAN_YEAR.search(folded)
    bare = _BARE_YEAR.fullmatch(folded.strip())
    if year:
        return period if bare else f"{year.group()} ({period})"
    if iranian:
        start = int(iranian.group(1)) + 621
        spans = f"({start}/{(start + 1) % 100:02d})"
        return f"{period} {spans}" if bare else f"{iranian.group(1)} {spans} ({period})"
    m = _RELATIVE.search(folded)
    if published is None or not (m or _PART_OF_BARE.search(folded)):
        return period
    shift = _RELATIVE_YEARS[m.group(2)] if m and m.group(2) else 0
    if "الايراني" in folded:  # the Iranian year, which starts on 21 March
        start = published.year - (1 if (published.month, published.day) < (3, 21) else 0) + shift
        return f"{start - 621} ({start}/{(start + 1) % 100:02d}) ({period})"
    return f"{published.year + shift} ({period})"


def period_of(text: str, orig: str, span, cs: int, ce: int, a: int, b: int, others: list[tuple[int, int, str]],
              published: date | None, ahead: bool = True, shared: bool = False, back: int | None = None,
              before: int | None = None) -> str | None:
    """The period of the figure at ``[a, b)`` in the clause ``[cs, ce)`` of the folded ``text``: the nearest
    period phrase with no other figure of its kind (``others``: start, end, unit) between them, not one it is
    compared with; a horizon only where ``ahead`` (a target or forecast); with ``shared`` (a percentage) the
    nearest in the clause whatever stands between («بلغ في عام 2022 نحو 4.9 مليار دولار، بزيادة 20٪ عن العام
    السابق»). A period referred back to («في الفترة نفسها») is the last one given from ``back`` on. As the
    original text (``orig``, offsets mapped by ``span``) words it, resolved (`resolve_period`). An actual figure
    with no period of its own in a sentence that goes on with the last speaker's words, ``before`` the start of the
    sentence before («بلغ التبادل في العام ۱۴۰۲ نحو ۴٫۹ مليار دولار. وأوضح أن الصادرات سجلت ۱٫۱ مليار دولار»), is
    for the last period that sentence gives."""
    unit = next((u for x, y, u in others if (x, y) == (a, b)), None)
    kin = [(x, y) for x, y, u in others if (x, y) != (a, b) and _same_kind(u, unit)]
    best = None
    for p, q, is_ahead in _phrases(text, cs, ce):
        if p < b and q > a or is_ahead and not ahead:
            continue  # (the figure's own digits)
        lo, hi = (q, a) if q <= a else (b, p)
        between = any(lo <= x < hi for x, _ in kin)  # another figure of its kind between: the period is that one's
        rank = (between, hi - lo)
        if (not between or shared) and (best is None or rank < best[0]):
            best = (rank, p, q)
    if best is None and back is not None and _SAME_PERIOD.search(text, cs, ce):
        earlier = [(p, q) for p, q, is_ahead in _phrases(text, back, cs) if not is_ahead]
        if earlier:
            best = (None, *earlier[-1])
    if best is None and before is not None and not ahead and not _TIME_OF_ITS_OWN.search(text, cs, ce):
        # (the period of the sentence before's own sum: a year of an event, or a target's, is no period of this one)
        earlier = [(p, q) for p, q, is_ahead in _phrases(text, before, cs) if not is_ahead and
                   not _SINCE_BY.search(text, max(before, p - 12), p) and
                   _SUM_NEAR.search(text, max(before, p - SUM_REACH), min(cs, q + SUM_REACH))]
        if earlier:
            best = (None, *earlier[-1])
    if best is None:
        return None
    if _BARE_YEAR.fullmatch(text, best[1], best[2]):  # a year alone: its digits as read («عام ۱۴۰۲» as 1402)
        digits = (YEAR.search(text, best[1], best[2]) or IRANIAN_YEAR.search(text, best[1], best[2])).group()
        return resolve_period(digits, published)
    o_a, o_b = span(best[1], best[2])
    return resolve_period(orig[o_a:o_b].strip(), published)


def _phrases(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The period phrases in ``[start, end)`` not compared with (start, end, whether a horizon)."""
    return [(m.start(), m.end(), bool(m.group("ahead"))) for m in _PHRASE.finditer(text, start, end)
            if not _COMPARED.search(text, max(start, m.start() - COMPARED_REACH), m.start()) and
            not _ENDS.search(text, max(start, m.start() - COMPARED_REACH), m.start())]


def _same_kind(u: str | None, v: str | None) -> bool:
    """Whether two figures' units measure alike: money with money, a share with a share, a weight with a weight."""
    return u == v or u in MONEY_UNITS and v in MONEY_UNITS
