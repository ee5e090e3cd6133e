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
from etl.extract.sides import IRAN, RUSSIA, THIRD

if TYPE_CHECKING:
    from etl.extract import Signal
    from etl.extract.article import Article

_CELL_SEP = re.compile(r"\s*[|│¦]\s*")
_BAR = re.compile(r"\s*[█▬■▇▆▅▄▃▂▁▓▒░▌▐]+\s*")
_ANY_TABLE = re.compile(r"[|│¦█▬■▇▆▅▄▃▂▁▓▒░▌▐]")
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


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]] | None:
    """The cells of the sentence ``[s, e)`` if it is a table's row or a chart's bar, else None."""
    sep = _CELL_SEP if _CELL_SEP.search(text, s, e) else _BAR if _BAR.search(text, s, e) else None
    if sep is None:
        return None
    cells, start = [], s
    for m in sep.finditer(text, s, e):
        cells.append((start, m.start()))
        start = m.end()
    cells.append((start, e))
    cells = [(a, b) for a, b in cells if text[a:b].strip()]
    return cells if len(cells) >= 2 else None


def tables(art: Article) -> list[tuple[list[Row], tuple[int, int]]]:
    """The article's tables: their rows, first the header if there is one, and the span of the sentences just
    above them (the caption and the lead)."""
    text, sents = art.text, art.sentences
    out: list[tuple[list[Row], tuple[int, int]]] = []
    if not _ANY_TABLE.search(text):
        return out
    rows: list[Row] = []
    for i, (s, e) in enumerate(sents + [(len(text), len(text))]):
        cells = _cells(text, s, e) if i < len(sents) else None
        if cells:
            rows.append(Row(s, e, cells))
            continue
        if len(rows) >= 2 or rows and _BAR.search(text, rows[0].s, rows[0].e):
            first = i - len(rows)
            above = sents[max(0, first - CONTEXT_SENTENCES):first]
            out.append((rows, (above[0][0], above[-1][1]) if above else (rows[0].s, rows[0].s)))
        rows = []
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
            if THIRD in sides:
                continue  # another state's row
            # (the row names both; or one, the caption the other; or neither, the caption both and no third)
            if not ({IRAN, RUSSIA} <= sides | set(around) and (sides & {IRAN, RUSSIA} or THIRD not in around)):
                continue
            if not (trade or _has(lex.trade_cues, text, row.s, row.e)):
                continue
            out.extend(_row_figures(art, context(row.s, row.e), row, header, table_unit))
    return out


def _row_figures(art: Article, ctx, row: Row, header: Row | None, table_unit) -> list[Signal]:
    text = art.text
    label = text[row.cells[0][0]:row.cells[0][1]]
    out: list[Signal] = []
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
            x, y = a + amt.start, a + amt.end
            cell = text[max(a, x - 3):y]
            if unit == "percent":
                changed = _CHANGE_MARK.search(cell) or _CHANGE_HEAD.search(head_text)
                key = "trade_growth" if changed else "other"
                if changed and _FALL_MARK.search(cell):
                    value = -value
            else:
                key = "trade_volume"
            year = YEAR.search(head_text) or YEAR.search(label)
            kind_text = head_text + " " + label
            figure_type = "forecast" if _FORECAST.search(kind_text) else "target" if _TARGET.search(kind_text) \
                else "actual"
            out.append(ctx.signal("trade_figure", key, _LABELS.get(key, "Economic figure"), "trade", cue=(x, y),
                                  value=round(value, 6), unit=unit, figure_type=figure_type,
                                  period=resolve_period(year.group(), art.published) if year else None,
                                  speaker=None))
    return out

