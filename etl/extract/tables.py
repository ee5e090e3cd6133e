"""Trade figures in tables and charts flattened into text: rows of cells split by «|», or bars drawn with blocks
(«2019  ██████  1.6»). A row's bare numbers take their unit from its column's header or the table's caption
(«البند (مليون دولار) | 2021 | 2022 | التغير», «التبادل التجاري الروسي الإيراني (مليار دولار)»), its year from
its column's header or its own label, and its pair from the caption and lead above the table when the row names
neither side («المجموع | 3998 | 4889 | +22٪»).

Works on the article's folded text (etl/extract/normalize.py: «٪» is «%», «٬» is «,», Eastern digits are ASCII)."""
from __future__ import annotations

import re
from typing import NamedTuple

from typing import TYPE_CHECKING

from etl.extract.numbers import find_amounts
from etl.extract.periods import YEAR, resolve_period
from etl.extract.sides import IRAN, RUSSIA, SCENE, THIRD

if TYPE_CHECKING:
    from etl.extract import Signal
    from etl.extract.article import Article

_CELL_SEP = re.compile(r"\s*[|│¦]\s*")
_BAR = re.compile(r"\s*[█▬■▇▆▅▄▃▂▁▓▒░▌▐]+\s*")
_ANY_TABLE = re.compile(r"[|│¦█▬■▇▆▅▄▃▂▁▓▒░▌▐]|:[^\n]{0,40}\d")
# A fact box's line of its own: a short label, a colon, a value that opens on its number («حجم التبادل عام 2022: 4.9
# مليار دولار», «- 2023 (تقديري): نحو 5.5 مليار دولار»); not a timeline's event («2007: توقيع العقد بقيمة 800 مليون»).
_FACT = re.compile(r"(?P<label>[^:\n]{1,60}?)\s*:\s*(?P<value>(?:(?:نحو|قرابه|حوالي|اكثر\s+من|اقل\s+من|ما\s+يقارب|زهاء)\s+)?"
                   r"[+\-−]?\d[^:\n]{0,40})")
# A table's unit in brackets (folded): «(مليون دولار)», «(بالمليار دولار)», «(طن)», «(ألف طن)».
_UNIT = re.compile(r"\(\s*(?:ب?ال)?(?P<scale>الف|مليون|مليار)?\s*(?P<unit>دولار|يورو|روبل|ريال|طن)\s*\)")
_SCALES = {None: 1.0, "الف": 1e3, "مليون": 1e6, "مليار": 1e9}
_UNITS = {"دولار": "usd", "يورو": "eur", "روبل": "rub", "ريال": "irr", "طن": "tonnes"}
# A cell or column that tells a change, not a level: the arrows and signs of charts, «التغير», «النمو».
_CHANGE_MARK = re.compile(r"[▲▼↑↓+−-]\s*\d")
_FALL_MARK = re.compile(r"[▼↓−-]\s*\d")
_CHANGE_HEAD = re.compile(r"(?<!\w)(?:ال)?(?:تغير|نمو|زياده|نسبه\s+التغير|الفرق)(?!\w)")
_FORECAST = re.compile(r"(?<!\w)(?:متوقع|متوقعه|توقعات|تقديري|تقديريه|تقديرات)(?!\w)")
_TARGET = re.compile(r"(?<!\w)(?:هدف|الهدف|مستهدف|المستهدف)(?!\w)")
_LABELS = {"trade_growth": "Trade growth", "trade_volume": "Trade volume"}
CONTEXT_SENTENCES = 2  # sentences above a table (its caption, the lead) that may say whose trade it shows


class Row(NamedTuple):
    s: int  # the row's sentence in the folded text
    e: int
    cells: list[tuple[int, int]]  # each cell's span; the first is the row's label
    kind: str  # "cells", "bar" or "fact": a table is rows of one kind


def _row(text: str, s: int, e: int) -> Row | None:
    """The sentence ``[s, e)`` as a table's row, a chart's bar or a fact box's line, if it is one."""
    if _CELL_SEP.search(text, s, e):
        kind, sep = "cells", _CELL_SEP
    elif _BAR.search(text, s, e):
        kind, sep = "bar", _BAR
    else:
        fact = _FACT.fullmatch(text, s, e) if s == 0 or text[s - 1] == "\n" else None
        return Row(s, e, [fact.span("label"), fact.span("value")], "fact") if fact else None
    cells, start = [], s
    for m in sep.finditer(text, s, e):
        cells.append((start, m.start()))
        start = m.end()
    cells.append((start, e))
    cells = [(a, b) for a, b in cells if text[a:b].strip()]
    return Row(s, e, cells, kind) if len(cells) >= 2 else None


def tables(art: Article) -> list[tuple[list[Row], tuple[int, int]]]:
    """The article's tables: their rows, first the header if there is one, and the span of the sentences just
    above them (the caption and the lead)."""
    text, sents = art.text, art.sentences
    out: list[tuple[list[Row], tuple[int, int]]] = []
    if not _ANY_TABLE.search(text):
        return out
    rows: list[Row] = []
    for i, (s, e) in enumerate(sents + [(len(text), len(text))]):
        row = _row(text, s, e) if i < len(sents) else None
        if row is not None and (not rows or row.kind == rows[-1].kind):
            rows.append(row)
            continue
        if len(rows) >= 2 or rows and rows[0].kind == "bar":  # (a chart may have one bar; a table, two rows)
            first = i - len(rows)
            above = sents[max(0, first - CONTEXT_SENTENCES):first]
            out.append((rows, (above[0][0], above[-1][1]) if above else (rows[0].s, rows[0].s)))
        rows = [row] if row is not None else []
    return out


def _has(terms, text: str, s: int, e: int) -> bool:
    return bool(terms.find_regex(text[s:e]).spans)


def _is_header(text: str, row: Row) -> bool:
    """Whether a row is its table's header: no cell after the label holds a number other than a year."""
    return all(not re.search(r"\d", YEAR.sub("", text[a:b])) for a, b in row.cells[1:])


def _unit(text: str, s: int, e: int) -> tuple[float, str] | None:
    m = _UNIT.search(text, s, e)
    return (_SCALES[m.group("scale")], _UNITS[m.group("unit")]) if m else None


def table_figures(art: Article, context) -> list[Signal]:
    """The trade figures of the article's tables whose rows are the two's trade; ``context(s, e)`` makes the
    sentence's Context that signals are made with."""
    text, lex = art.text, art.lex
    out: list[Signal] = []
    for rows, (cs, ce) in art.tables:
        header = rows[0] if _is_header(text, rows[0]) else None
        around = [m.side for m in art.mentions(cs, ce)] + \
            ([m.side for m in art.mentions(header.s, header.e)] if header else [])
        # (searched here, not through the article's index: a table's rows and header are seldom in play)
        trade = _has(lex.trade_cues, text, cs, ce) or header is not None and _has(lex.trade_cues, text, header.s, header.e)
        table_unit = _unit(text, cs, ce) or (header and _unit(text, *header.cells[0]))
        for row in rows[1:] if header else rows:
            sides = {m.side for m in art.mentions(row.s, row.e)}
            if sides & {THIRD, SCENE}:
                continue  # another state's row («كازاخستان: 560 مليون دولار»)
            # (the row names both; or one, the caption the other; or neither, the caption both and no third)
            if not ({IRAN, RUSSIA} <= sides | set(around) and (sides & {IRAN, RUSSIA} or THIRD not in around)):
                continue
            if not (trade or _has(lex.trade_cues, text, row.s, row.e)):
                continue
            out.extend(_row_figures(art, context(row.s, row.e), row, header, table_unit))
    return out


def _key(cell: str, heads: str, unit: str, value: float, weights: bool) -> tuple[str, float]:
    """What a table's figure measures, and its value signed: a change where its cell's arrow or sign or its column or
    row says so (a fall negative), else a level. A weight, or the change of a row of weights, is one good's quantity,
    no value of the two's trade (`other`, as SIGNALS.md reads `trade_volume`)."""
    if unit == "tonnes":
        return "other", value
    if unit != "percent":
        return "trade_volume", value
    changed = _CHANGE_MARK.search(cell) or _CHANGE_HEAD.search(heads)
    if not changed or weights:
        return "other", -value if changed and _FALL_MARK.search(cell) else value
    return "trade_growth", -value if _FALL_MARK.search(cell) else value


def _row_figures(art: Article, ctx, row: Row, header: Row | None, table_unit) -> list[Signal]:
    """The figures of one row, as signals of its sentence."""
    text = art.text
    label = text[row.cells[0][0]:row.cells[0][1]]
    amounts = list(_row_amounts(text, row, header, table_unit))
    weights = any(unit == "tonnes" for _, _, _, unit, _ in amounts)
    out: list[Signal] = []
    for x, y, value, unit, head_text in amounts:
        key, value = _key(text[max(row.cells[0][1], x - 3):y], head_text + " " + label, unit, value, weights)
        year = YEAR.search(head_text) or YEAR.search(label)
        kind_text = head_text + " " + label
        figure_type = "forecast" if _FORECAST.search(kind_text) else "target" if _TARGET.search(kind_text) \
            else "actual"
        out.append(ctx.signal("trade_figure", key, _LABELS.get(key, "Economic figure"), "trade", cue=(x, y),
                              value=round(value, 6), unit=unit, figure_type=figure_type,
                              period=resolve_period(year.group(), art.published) if year else None,
                              speaker=None))
    return out


def _row_amounts(text: str, row: Row, header: Row | None, table_unit):
    """Each number in the row's cells after its label: (start, end, value, unit, its column's header), a bare
    number taking the unit of its column's header or else the table's."""
    for col, (a, b) in enumerate(row.cells[1:], start=1):
        head = header.cells[col] if header and col < len(header.cells) else None
        head_text = text[head[0]:head[1]] if head else ""
        for amt in find_amounts(text[a:b]):
            value, unit = amt.value, amt.unit
            if not unit:
                scale_unit = (head and _unit(text, *head)) or table_unit
                if scale_unit is None:
                    continue
                value, unit = value * scale_unit[0], scale_unit[1]
            yield a + amt.start, a + amt.end, value, unit, head_text
