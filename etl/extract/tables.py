"""Trade figures in tables, charts and fact boxes flattened into text: rows of cells split by «|», bars drawn with
blocks («2019  ██████  1.6»), or lines of a label, a colon and a figure («حجم التبادل عام 2022: 4.9 مليار دولار»).
A row's bare numbers take their unit from its label, its column's header or the table's caption («البند (مليون
دولار) | 2021 | 2022 | التغير», «التبادل التجاري الروسي الإيراني (مليار دولار)»), its year from its column's header
or its own label, and its pair from the caption and lead above the table when the row names neither side
(«المجموع | 3998 | 4889 | +22٪»).

Works on the article's folded text (etl/extract/normalize.py: «٪» is «%», «٬» is «,», Eastern digits are ASCII)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Iterator, NamedTuple

from etl.extract.figures import FIGURE_LABELS
from etl.extract.numbers import bracketed_unit, find_amounts
from etl.extract.periods import YEAR, resolve_period
from etl.extract.sides import IRAN, NISBA, RUSSIA, SCENE, THIRD

if TYPE_CHECKING:
    from etl.extract import Signal
    from etl.extract.article import Article
    from etl.extract.sentence import Context

_SEPARATORS = "|│¦"
_BLOCKS = "█▬■▇▆▅▄▃▂▁▓▒░▌▐"
_CELL_SEP = re.compile(rf"\s*[{_SEPARATORS}]\s*")
_BAR = re.compile(rf"\s*[{_BLOCKS}]+\s*")
_FACT_LINE = re.compile(r"^[^:\n]{1,60}:\s*(?:\S+\s+){0,2}[+\-−]?\d", re.M)  # (a fast look for one, see `_may_hold`)
# A fact box's line of its own: a short label, a colon, a value that opens on its number («حجم التبادل عام 2022: 4.9
# مليار دولار», «- 2023 (تقديري): نحو 5.5 مليار دولار»); not a timeline's event («2007: توقيع العقد بقيمة 800 مليون»).
_FACT = re.compile(r"(?P<label>[^:\n]{1,60}?)\s*:\s*(?P<value>(?:(?:نحو|قرابه|حوالي|اكثر\s+من|اقل\s+من|ما\s+يقارب|زهاء)\s+)?"
                   r"[+\-−]?\d[^:\n]{0,40})")
# A cell or column that tells a change, not a level: the arrows and signs of charts (a hyphen after a digit is a range,
# «10-15%»), «التغير», «النمو».
_CHANGE_MARK = re.compile(r"[▲▼↑↓]\s*\d|(?<!\d)(?<!\d\s)[+−-]\s*\d")
_FALL_MARK = re.compile(r"[▼↓]\s*\d|(?<!\d)(?<!\d\s)[−-]\s*\d")
_CHANGE_HEAD = re.compile(r"(?<!\w)(?:ال)?(?:تغير|نمو|زياده|نسبه\s+التغير|فرق)(?!\w)")
_FORECAST = re.compile(r"(?<!\w)(?:ال)?(?:متوقع|متوقعه|توقعات|تقديري|تقديريه|تقديرات)(?!\w)")
_TARGET = re.compile(r"(?<!\w)(?:ال)?(?:هدف|مستهدف)(?!\w)")
_ONLY_YEAR = re.compile(rf"\s*{YEAR.pattern}\s*")
PROSE_WORDS = 6  # words in a cell past which it is prose, no figure
CONTEXT_SENTENCES = 2  # sentences above a table (its caption, the lead) that may say whose trade it shows


class Row(NamedTuple):
    s: int  # the row's sentence in the folded text
    e: int
    cells: list[tuple[int, int]]  # each cell's span, in place (an empty one too); the first is the row's label
    kind: str  # "cells", "bar" or "fact": a table is rows of one kind


class Table(NamedTuple):
    rows: list[Row]  # the header first, if there is one
    above: tuple[int, int]  # the sentences just above it (its caption and the lead)


def _may_hold(text: str) -> bool:
    """Whether the text may hold a table, a chart or a fact box (a character test first: most texts hold none)."""
    return any(c in text for c in _SEPARATORS + _BLOCKS) or ":" in text and _FACT_LINE.search(text) is not None


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
    # (a markdown row's border cells are empty, one at each end; an empty cell inside keeps its column's place, as
    # does a header's blank corner, «  | 2023 | 2024»)
    if kind == "cells" and text[s] in _SEPARATORS and text[e - 1] in _SEPARATORS:
        cells = cells[1:-1]
    if sum(1 for c in cells if text[slice(*c)].strip()) < 2 or any(len(text[slice(*c)].split()) > PROSE_WORDS for c in cells[1:]):
        return None  # (a cell of prose is read as a sentence: «2023 | ارتفع التبادل بنسبة 20% إلى…»)
    return Row(s, e, cells, kind)


def tables(art: Article) -> list[Table]:
    """The article's tables, charts and fact boxes."""
    text, sents = art.text, art.sentences
    out: list[Table] = []
    if not _may_hold(text):
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
            out.append(Table(rows, (above[0][0], above[-1][1]) if above else (rows[0].s, rows[0].s)))
        rows = [row] if row is not None else []
    return out


def _has(terms, text: str, s: int, e: int) -> bool:
    """Whether ``terms`` (a `Terms`) match in ``text[s:e]``, searched directly: a table is seldom in play."""
    return bool(terms.find_regex(text[s:e]).spans)


def _is_header(text: str, row: Row) -> bool:
    """Whether a row is its table's header: no cell after the label holds a number other than a year."""
    return row.kind == "cells" and all(not re.search(r"\d", YEAR.sub("", text[a:b])) for a, b in row.cells[1:])


def _sides(art: Article, s: int, e: int) -> set[str]:
    """The sides named in ``[s, e)``; a third state only by its adjective on a thing says whose the thing is
    («رغم العقوبات الأمريكية»), no party."""
    return {m.side for m in art.mentions(s, e)
            if not (m.side in (THIRD, SCENE) and NISBA.match(art.text[m.start:m.end]))}


def table_figures(art: Article, context: Callable[[int, int], Context]) -> tuple[list[Signal], set[tuple[int, int]]]:
    """The trade figures of the article's tables whose rows are the two's trade, and the rows they were read from;
    ``context(s, e)`` makes the sentence's Context that signals are made with."""
    text, lex = art.text, art.lex
    out: list[Signal] = []
    read: set[tuple[int, int]] = set()
    for rows, (cs, ce) in art.tables:
        header = rows[0] if _is_header(text, rows[0]) else None
        body = rows[1:] if header else rows
        around = _sides(art, cs, ce) | (_sides(art, header.s, header.cells[0][1]) if header else set())
        trade = _has(lex.trade_cues, text, cs, ce) or header is not None and _has(lex.trade_cues, text, header.s, header.e)
        table_unit = bracketed_unit(text[cs:ce]) or (header and bracketed_unit(text[slice(*header.cells[0])]))
        columns = set().union(*(_sides(art, *c) for c in header.cells[1:])) if header else set()
        if {IRAN, RUSSIA} <= columns:
            continue  # the two side by side, each in its column («المؤشر | إيران | روسيا»): their own figures
        row_sides = [_sides(art, row.s, row.cells[0][1]) for row in body]
        others_listed = any(sides & {THIRD, SCENE} for sides in row_sides)
        for row, sides in zip(body, row_sides):
            if sides & {THIRD, SCENE}:
                continue  # another state's row («كازاخستان: 560 مليون دولار»)
            # (the row names both; or one, the caption the other; or neither, the caption both and no third, and no
            # other row is another state's: «الإجمالي» under «الصين | 110» is all the partners' total)
            if not ({IRAN, RUSSIA} <= sides | around and (sides & {IRAN, RUSSIA} or not (THIRD in around or others_listed))):
                continue
            if not (trade or _has(lex.trade_cues, text, row.s, row.e)):
                continue
            found = _row_figures(art, context(row.s, row.e), row, header, table_unit, sides)
            out += found
            read |= {(row.s, row.e)} if found else set()
    return out, read


def _row_figures(art: Article, ctx: Context, row: Row, header: Row | None, table_unit: tuple[float, str] | None,
                 sides: set[str]) -> list[Signal]:
    """The figures of one row, as signals of its sentence."""
    text = art.text
    label = text[slice(*row.cells[0])]
    amounts = list(_row_amounts(art, row, header, bracketed_unit(label) or table_unit, sides))
    weights = any(unit == "tonnes" for _, _, _, unit, _ in amounts)
    year = next((YEAR.search(text[slice(*c)]) for c in row.cells[1:] if _ONLY_YEAR.fullmatch(text[slice(*c)])), None)
    out: list[Signal] = []
    for x, y, value, unit, head_text in amounts:
        heads = head_text + " " + label
        key, value = _key(text[max(row.cells[0][1], x - 3):y], heads, unit, value, weights)
        when = YEAR.search(head_text) or YEAR.search(label) or year
        figure_type = "forecast" if _FORECAST.search(heads) else "target" if _TARGET.search(heads) else "actual"
        out.append(ctx.signal("trade_figure", key, FIGURE_LABELS.get(key, "Economic figure"), "trade", cue=(x, y),
                              value=round(value, 6), unit=unit, figure_type=figure_type,
                              period=resolve_period(when.group(), art.published) if when else None, speaker=None))
    return out


def _row_amounts(art: Article, row: Row, header: Row | None, row_unit: tuple[float, str] | None,
                 sides: set[str]) -> Iterator[tuple[int, int, float, str, str]]:
    """Each number in the row's cells after its label: (start, end, value, unit, its column's header). A bare number
    takes the unit of its column's header, else the row's or the table's; in a column of change, or signed, it is a
    percentage. Not a cell that is a year alone (the row's year), nor a column headed by a state other than the side
    the row does not name («البند (مليار دولار) | روسيا | تركيا», «المؤشر | إيران | روسيا»)."""
    text = art.text
    for col, (a, b) in enumerate(row.cells[1:], start=1):
        head = header.cells[col] if header and col < len(header.cells) else None
        head_text = text[slice(*head)] if head else ""
        if _ONLY_YEAR.fullmatch(text[a:b]) and not YEAR.search(head_text):
            continue
        if head and (column := _sides(art, *head)) and not (column <= {IRAN, RUSSIA} and sides and column.isdisjoint(sides)):
            continue
        for amt in find_amounts(text[a:b]):
            value, unit = amt.value, amt.unit
            if not unit:
                changed = _CHANGE_HEAD.search(head_text) or _CHANGE_MARK.search(text[max(a, a + amt.start - 3):a + amt.end])
                scale_unit = (1.0, "percent") if changed else (head and bracketed_unit(head_text)) or row_unit
                if scale_unit is None:
                    continue
                value, unit = value * scale_unit[0], scale_unit[1]
            yield a + amt.start, a + amt.end, value, unit, head_text


def _key(cell: str, heads: str, unit: str, value: float, weights: bool) -> tuple[str, float]:
    """What a table's figure measures, and its value signed: a change where its cell's arrow or sign or its column or
    row says so (a fall negative), else a level. A weight, or the change of a row of weights, is one good's quantity,
    no value of the two's trade (`other`, as SIGNALS.md reads `trade_volume`)."""
    if unit == "tonnes":
        return "other", value
    if unit != "percent":
        return "trade_volume", value
    changed = _CHANGE_MARK.search(cell) or _CHANGE_HEAD.search(heads)
    signed = -value if changed and _FALL_MARK.search(cell) else value
    return ("other" if not changed or weights else "trade_growth"), signed
