"""Amounts in folded Arabic text: digits, written-out numbers, scales, currencies, percent.

Works on text already passed through `etl.extract.normalize.normalize` (ASCII digits,
teh marbuta as heh, bare alef), so the word lists below are in folded spelling.
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from etl.extract.normalize import normalize

_UNITS = {
    "واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5,
    "ست": 6, "ستة": 6, "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8,
    "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10, "أحد": 1, "إحدى": 1, "اثنا": 2, "اثنتا": 2, "اثني": 2, "اثنتي": 2,
}
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_HUNDREDS = {"مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200,
             # the dual in construct before what it counts («مئتا مليون», «مئتي مليون دولار»)
             "مئتا": 200, "مئتي": 200, "مائتا": 200, "مائتي": 200}
for _w, _n in list(_UNITS.items()):
    if 3 <= _n <= 9:
        _HUNDREDS[_w + "مئة"] = _n * 100
        _HUNDREDS[_w + "مائة"] = _n * 100
_SCALES = {
    "ألف": 1e3, "آلاف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9,
    "بليون": 1e9, "تريليون": 1e12, "ترليون": 1e12,
    # a thousand millions or billions, as rial sums are told («120 ألف مليار ريال»)
    "ألف مليار": 1e12, "آلاف مليار": 1e12, "ألف مليون": 1e9, "آلاف مليون": 1e9,
}
_CURRENCIES = {
    "usd": r"دولار(?:ات|ا)?|الدولار(?:ات)?",
    "eur": r"يورو|اليورو",
    "rub": r"روبل(?:ات)?|الروبل",
    "irr": r"ريال(?:ات)?|الريال|تومان",
    "tonnes": r"طن|أطنان|الأطنان",
}
_PERCENT = r"%|(?:في|ب)\s?ال(?:مئة|مائة)"

def _fold(d: dict[str, float]) -> dict[str, float]:
    return {normalize(k): v for k, v in d.items()}


_UNITS, _TENS, _HUNDREDS, _SCALES = map(_fold, (_UNITS, _TENS, _HUNDREDS, _SCALES))
_CURRENCIES = {k: normalize(v) for k, v in _CURRENCIES.items()}
MONEY_UNITS = frozenset(_CURRENCIES) - {"tonnes"}  # the units that are sums of money
_PERCENT = normalize(_PERCENT)
_TEENS = {normalize("عشر"), normalize("عشرة")}
_ALL = {*_UNITS, *_TENS, *_HUNDREDS}

_WORD = "|".join(sorted({*_UNITS, *_TENS, *_HUNDREDS}, key=len, reverse=True))
_SCALE = "|".join(sorted(_SCALES, key=len, reverse=True))
_UNIT = "|".join(f"(?P<{k}>{v})" for k, v in _CURRENCIES.items())
_NUMBER_RE = re.compile(
    # A number may carry a clitic conjunction or preposition («و4 مليارات», «ب77%»), and only that; in hasty
    # copy digits are glued to the word before or after them («بنسبة70 في المئة ليبلغ2.2 مليار», «نحو40مليار»).
    rf"(?:(?<![\w.,])[وبل]?|(?<=[\u0621-\u064a])(?=\d))"
    rf"(?:(?P<digits>\d+(?:[.,]\d+)*)(?![\da-zA-Z_])|(?P<words>(?:{_WORD})(?:\s+و?(?:{_WORD}))*)(?!\w))"
    rf"(?:\s*(?P<scale>{_SCALE})(?!\w))?"
    rf"(?:\s*(?:(?P<percent>{_PERCENT})|(?:{_UNIT})(?!\w)))?"
)
# A scale word alone means one of it («مليار دولار»), its dual two («ملياري دولار», «مليوني طن»).
_DUALS = {normalize(k): v for k, v in {"ملياري": 2e9, "مليارى": 2e9, "مليارين": 2e9, "ملياران": 2e9, "مليوني": 2e6,
                                       "مليونى": 2e6, "مليونين": 2e6, "مليونان": 2e6, "ألفي": 2e3, "ألفين": 2e3}.items()}
# (not a table's or a chart's unit, in brackets after its caption: «التبادل التجاري (مليار دولار)», «(بالمليون دولار)»)
_BARE_SCALE_RE = re.compile(rf"(?<!\w)(?<!\()(?<!\(\s)(?:[وب])?(?P<scale>{'|'.join(_DUALS)}|الف\s+مليار|الف\s+مليون|مليار|مليون)\s+(?:{_UNIT})(?!\w)")


# A table's or a chart's unit in brackets after its caption or in its header: «(مليون دولار)», «(بالمليار دولار)»,
# «(بملايين الدولارات)», «(مليون دولار أمريكي)», «(ألف طن)», «(%)».
_BRACKETED_RE = re.compile(rf"\(\s*(?:ب?(?:ال)?)?(?:(?P<scale>{_SCALE})\s*)?(?:{_UNIT})(?:\s+(?:امريكي|اميركي))?\s*\)|\(\s*(?P<percent>%)\s*\)")
_PLURAL_SCALES = {normalize("ملايين"): 1e6, normalize("مليارات"): 1e9, normalize("آلاف"): 1e3}


def bracketed_unit(text: str) -> tuple[float, str] | None:
    """The scale and unit a table's caption or header gives in brackets, if it gives one.

    >>> bracketed_unit(normalize("التبادل التجاري (مليار دولار)"))
    (1000000000.0, 'usd')
    >>> bracketed_unit(normalize("الكمية (ألف طن)")), bracketed_unit("التغير (%)")
    ((1000.0, 'tonnes'), (1.0, 'percent'))
    """
    m = _BRACKETED_RE.search(text)
    if m is None:
        return None
    if m.group("percent"):
        return 1.0, "percent"
    scale = m.group("scale")
    return (_SCALES.get(scale) or _PLURAL_SCALES.get(scale, 1.0)) if scale else 1.0, \
        next(k for k in _CURRENCIES if m.group(k))


class Amount(NamedTuple):
    value: float
    unit: str  # percent, usd, eur, rub, irr, tonnes, or "" for a bare number
    start: int
    end: int


def parse_digits(s: str) -> float:
    """Read a digit string with ``.`` or ``,`` separators: ``'1,3'`` is 1.3, ``'4,500,000'`` is 4500000."""
    seps = [c for c in s if c in ".,"]
    if not seps:
        return float(s)
    groups = re.split(r"[.,]", s)
    if len(set(seps)) == 2:  # both kinds: the last one is the decimal point
        dec = seps[-1]
        return float(s.replace("." if dec == "," else ",", "").replace(",", "."))
    if len(seps) > 1 or (len(groups[-1]) == 3 and groups[0] != "0"):
        return float("".join(groups))  # thousands separators
    return float(s.replace(",", "."))


def parse_words(s: str) -> float | None:
    """Value of a written-out number: ``parse_words('سبعه وسبعين') == 77``."""
    words = [w[1:] if w.startswith("و") and w[1:] in _ALL else w for w in s.split()]
    total = 0
    i = 0
    while i < len(words):
        w = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if w in _UNITS and nxt in _TEENS:  # teens: ثلاثه عشر
            total += _UNITS[w] + 10
            i += 2
            continue
        n = _UNITS.get(w) or _TENS.get(w) or _HUNDREDS.get(w)
        if n is None or any(w in kind and words[i - 1:i] and words[i - 1] in kind for kind in (_UNITS, _TENS, _HUNDREDS)):
            return None  # two units, tens or hundreds in a row are two numbers («بين ستة وسبعة», «بين مئتين وثلاثمئة»)
        total += n
        i += 1
    return float(total) if total else None



# A compound amount: a scale, with or without a number, then «و» and a smaller amount with its unit
# («مليار و300 مليون دولار», «مليارا و٣٠٠ مليون يورو», «2 مليار و500 مليون»): one amount, their sum.
# What a compound's head word is worth on its own: a scale, its accusative («مليارا») or its dual («مليارين»).
_HEADS = {**_SCALES, normalize("مليارا"): 1e9, normalize("مليونا"): 1e6, **_DUALS}
# The scale each head counts in: what the smaller amount after «و» must stay under (a dual counts in its single).
_HEAD_SCALES = {**_HEADS, **{k: v / 2 for k, v in _DUALS.items()}}
# (a head: a count, in digits or words, or none, then a scale word; and «و» after it)
_HEAD = (rf"(?:(?P<digits>\d+(?:[.,]\d+)?)\s*|(?P<words>(?:{_WORD})(?:\s+و?(?:{_WORD}))*)\s+)?"
         rf"(?P<scale>{'|'.join(sorted(_HEADS, key=len, reverse=True))})\s+و\s*")
_COMPOUND_HEAD = re.compile(rf"(?<![\w.,]){_HEAD}")


def _head_value(m: re.Match) -> float | None:
    """What the head a match of ``_HEAD`` holds is worth («أربعة مليارات», «مليارا», «ملياران»); None where a
    count stands before a word that is no scale («2 مليارين» is no number)."""
    word = m.group("scale")
    if (m.group("digits") or m.group("words")) and word not in _SCALES:
        return None
    count = parse_digits(m.group("digits")) if m.group("digits") else \
        parse_words(m.group("words")) if m.group("words") else None
    return count * _SCALES[word] if count else _HEADS[word]


def _compounds(text: str, amounts: list[Amount]) -> list[Amount]:
    """``amounts`` with each compound («مليار و300 مليون دولار») joined into one."""
    by_start = {a.start: a for a in amounts}
    out, used = [], set()
    for m in _COMPOUND_HEAD.finditer(text):
        rest = by_start.get(m.end()) or by_start.get(m.end() - 1)  # «و300» may be read with its «و»
        head = _head_value(m)  # («أربعة مليارات وثمانمئة مليون», or the scale word alone: «مليار و300 مليون»)
        if head is None or rest is None or not rest.unit or rest.value >= _HEAD_SCALES[m.group("scale")]:
            continue
        out.append(Amount(round(head + rest.value, 6), rest.unit, m.start(), rest.end))
        used.update(a for a in amounts if m.start() <= a.start < rest.end)
    return sorted([a for a in amounts if a not in used] + out, key=lambda a: a.start)


# A half or a quarter more of the scale («ثمانية مليارات ونصف مليار دولار», «مليار ونصف دولار», «ملياران وربع»).
_FRACTIONS = {normalize("نصف"): 0.5, normalize("ربع"): 0.25}
_PARTS = {**_FRACTIONS, normalize("ثلاثة أرباع"): 0.75}  # (of a scale alone: «ثلاثة أرباع المليار دولار»)
_FRACTION_RE = re.compile(rf"(?<![\w.,])[وبل]?{_HEAD}(?P<frac>{'|'.join(_FRACTIONS)})(?:\s+(?:ال)?(?:{_SCALE}))?(?:\s*(?:{_UNIT}))?(?!\w)")
# A half or a quarter of a scale alone («نصف مليار دولار», «ربع مليون طن»).
_PART_OF_SCALE_RE = re.compile(rf"(?<!\w)[وبل]?(?P<frac>{'|'.join(_PARTS)})\s+(?:ال)?(?P<scale>مليار|مليون)\s+(?:{_UNIT})(?!\w)")


def _fractions(text: str, amounts: list[Amount]) -> list[Amount]:
    """``amounts`` with each amount and a half or quarter of its scale («ثمانية مليارات ونصف مليار دولار») as one."""
    out: list[Amount] = []
    for m in _FRACTION_RE.finditer(text):
        head = _head_value(m)
        unit = next((k for k in _CURRENCIES if m.group(k)), "")
        if head is None or not unit:  # (the unit follows: «مليار ونصف من الدولارات» is not an amount)
            continue
        scale = _HEAD_SCALES[m.group("scale")]
        out.append(Amount(round(head + _FRACTIONS[m.group("frac")] * scale, 6), unit, m.start(), m.end()))
    if not out:
        return amounts
    return sorted([a for a in amounts if not any(f.start <= a.start < f.end for f in out)] + out, key=lambda a: a.start)


_RANGE_OPENS = re.compile(r"(?<!\w)(?:ما\s+)?بين\s*$")
_AND = re.compile(r"\s*و?\s*")  # (the «و» may be read as the upper bound's clitic)
_LEADING_DIGITS = re.compile(r"\d[\d.,]*")


def _ranges(text: str, amounts: list[Amount]) -> list[Amount]:
    """``amounts`` with a range («بين ١٥ و٢٠ في المئة», «ما بين 6 و7 مليارات دولار») as its lower bound, in the
    upper bound's unit and scale, as the gold records a range."""
    out: list[Amount] = []
    for a in amounts:
        prev = out[-1] if out else None
        if prev is not None and not prev.unit and a.unit and _AND.fullmatch(text, prev.end, a.start) and \
                "و" in text[prev.end:a.start + 1] and \
                _RANGE_OPENS.search(text, max(0, prev.start - 10), prev.start):
            lead = _LEADING_DIGITS.search(text, a.start, a.end)
            if lead is not None and parse_digits(lead.group()):
                out[-1] = Amount(prev.value * a.value / parse_digits(lead.group()), a.unit, prev.start, a.end)
                continue
        out.append(a)
    return out


def find_amounts(text: str) -> Iterator[Amount]:
    """Yield every number in folded ``text`` with its unit, scale applied.

    >>> [(a.value, a.unit) for a in find_amounts('نمو بنسبه 77% و4 مليارات دولار')]
    [(77.0, 'percent'), (4000000000.0, 'usd')]
    >>> [(a.value, a.unit) for a in find_amounts(normalize('نما بأكثر من ملياري دولار و مليوني طن'))]
    [(2000000000.0, 'usd'), (2000000.0, 'tonnes')]
    >>> [(a.value, a.unit) for a in find_amounts(normalize('قرض بقيمة مليارا و٣٠٠ مليون يورو'))]
    [(1300000000.0, 'eur')]
    >>> [(a.value, a.unit) for a in find_amounts(normalize('نحو مليارين و۳۰۰ مليون دولار'))]
    [(2300000000.0, 'usd')]
    >>> [(a.value, a.unit) for a in find_amounts(normalize('نحو أربعة مليارات وثمانمئة مليون دولار'))]
    [(4800000000.0, 'usd')]
    >>> [(a.value, a.unit) for a in find_amounts(normalize('نحو ثمانية مليارات ونصف مليار دولار'))]
    [(8500000000.0, 'usd')]
    >>> [(a.value, a.unit) for a in find_amounts(normalize('نصف مليار دولار ومليارا ونصف المليار يورو'))]
    [(500000000.0, 'usd'), (1500000000.0, 'eur')]
    >>> [(a.value, a.unit) for a in find_amounts(normalize('إلى ما بين 6 و7 مليارات دولار'))]
    [(6000000000.0, 'usd')]
    """
    return iter(_ranges(text, _fractions(text, _compounds(text, list(_amounts(text))))))


def _amounts(text: str) -> Iterator[Amount]:
    """Every number in folded ``text`` with its unit, scale applied, compounds not yet joined."""
    taken: list[tuple[int, int]] = []
    for m in _PART_OF_SCALE_RE.finditer(text):
        unit = next(k for k in _CURRENCIES if m.group(k))
        taken.append((m.start(), m.end()))
        yield Amount(_PARTS[m.group("frac")] * _SCALES[m.group("scale")], unit, m.start(), m.end())
    for m in _NUMBER_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if m.group("digits"):
            value = parse_digits(m.group("digits"))
        else:
            v = parse_words(m.group("words"))
            if v is None:
                continue
            value = v
        if m.group("scale"):
            value *= _SCALES[m.group("scale")]
        unit = "percent" if m.group("percent") else next(
            (k for k in _CURRENCIES if m.group(k)), "")
        if not unit and m.group("digits") and text[max(0, m.start() - 1):m.start()] == "%":
            unit = "percent"  # the sign typed before the number, as right-to-left input often puts it («٪٢٥»)
        taken.append((m.start(), m.end()))
        yield Amount(round(value, 6), unit, m.start(), m.end())
    for m in _BARE_SCALE_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        unit = next(k for k in _CURRENCIES if m.group(k))
        scale = re.sub(r"\s+", " ", m.group("scale"))
        yield Amount(_DUALS.get(scale) or _SCALES[scale], unit, m.start(), m.end())
