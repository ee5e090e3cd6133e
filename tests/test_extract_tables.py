"""Tables, charts and fact boxes flattened into text (etl/extract/tables.py): every table here is written for the test.
Each test of what is read fails with the tables' reader removed; each test of what is not read fails with its guard
removed (a third state's row, another pair's caption, no trade named, a timeline's event)."""
import pytest

from etl.extract import extract
from tests.extracting import figures

_TRADE_TABLE = (
    "أرقام التجارة بين روسيا وإيران في العامين الماضيين\n"
    "موسكو - نشرت دائرة الجمارك الروسية بيانات التبادل التجاري مع إيران لعامي 2023 و2024.\n"
    "البند (مليون دولار) | 2023 | 2024 | التغير\n"
    "الصادرات الروسية إلى إيران | 1540 | 1820 | +18٪\n"
    "الواردات الروسية من إيران | 410 | 386 | -6٪\n"
    "الإجمالي | 1950 | 2206 | +13٪\n"
)


def _table_figures(text: str) -> list:
    return [s for s in extract(text)[1] if s.kind == "trade_figure"]


def test_a_rows_bare_numbers_take_the_headers_unit_and_scale():
    got = set(figures(_TRADE_TABLE))
    assert {("trade_volume", 1540e6), ("trade_volume", 1820e6), ("trade_volume", 1950e6),
            ("trade_volume", 2206e6)} <= got


def test_a_row_naming_no_one_is_the_pair_its_caption_names():
    got = [s for s in _table_figures(_TRADE_TABLE) if s.sentence.startswith("الإجمالي")]
    assert {(s.key, s.value, s.unit) for s in got} == {
        ("trade_volume", 1950e6, "usd"), ("trade_volume", 2206e6, "usd"), ("trade_growth", 13.0, "percent")}


def test_a_change_column_is_growth_and_a_minus_sign_a_fall():
    got = set(figures(_TRADE_TABLE))
    assert {("trade_growth", 18.0), ("trade_growth", -6.0), ("trade_growth", 13.0)} <= got


def test_a_row_naming_both_is_read_once_by_the_tables_reader():
    got = [(s.key, s.value) for s in _table_figures(_TRADE_TABLE) if s.sentence.startswith("الصادرات الروسية")]
    assert sorted(got) == [("trade_growth", 18.0), ("trade_volume", 1540e6), ("trade_volume", 1820e6)]


def test_a_change_column_needs_no_sign_and_its_bare_numbers_are_percentages():
    text = ("التبادل التجاري بين إيران وروسيا خلال العام\n"
            "البند (مليون دولار) | 2024 | التغير (%)\n"
            "الصادرات الإيرانية | 800 | 18\n"
            "الواردات الإيرانية | 3000 | 4٪\n")
    assert set(figures(text)) == {("trade_volume", 800e6), ("trade_growth", 18.0), ("trade_volume", 3000e6),
                                  ("trade_growth", 4.0)}


def test_a_figure_takes_its_year_from_its_columns_header():
    periods = {s.value: s.period for s in _table_figures(_TRADE_TABLE)}
    assert periods[1540e6] == "2023" and periods[1820e6] == "2024"


def test_the_evidence_of_a_table_figure_is_its_row():
    sig = next(s for s in _table_figures(_TRADE_TABLE) if s.value == 386e6)
    assert sig.sentence == "الواردات الروسية من إيران | 410 | 386 | -6٪"
    assert _TRADE_TABLE[sig.cue[0]:sig.cue[1]] == "386"


def test_a_bar_chart_takes_its_unit_from_its_caption_and_a_forecast_from_its_label():
    text = ("توقعات بارتفاع التبادل بين طهران وموسكو\n"
            "حجم التبادل التجاري الإيراني الروسي (مليار دولار)\n"
            "2022  ████  4.6\n"
            "2023  █████  4.9\n"
            "2024 (تقديري)  ██████  5.2\n")
    got = {(s.value, s.figure_type) for s in _table_figures(text)}
    assert got == {(4.6e9, "actual"), (4.9e9, "actual"), (5.2e9, "forecast")}


@pytest.mark.parametrize("arrow, value", [("▲", 25.0), ("▼", -25.0)])
def test_a_charts_arrow_tells_a_rise_or_a_fall(arrow, value):
    text = ("التبادل التجاري بين إيران وروسيا خلال العام\n"
            "البند | القيمة (مليون دولار) | التغير\n"
            f"الصادرات الإيرانية | 640 | {arrow} 25٪\n"
            "الواردات الإيرانية | 2100 | 3٪\n")
    got = set(figures(text))
    assert ("trade_growth", value) in got and ("trade_volume", 640e6) in got


def test_a_goods_weight_and_its_change_are_no_value_of_the_trade():
    text = ("صادرات إيران الزراعية إلى روسيا خلال العام\n"
            "المنتج | الكمية (ألف طن) | التغير\n"
            "التفاح | 40 | ▲ 25٪\n"
            "البرتقال | 12 | ▼ 3٪\n")
    assert set(figures(text)) == {("other", 40e3), ("other", 25.0), ("other", 12e3), ("other", -3.0)}


def test_a_fact_boxs_lines_under_a_caption_naming_the_two_are_their_figures():
    text = ("التجارة بين إيران وروسيا بالأرقام:\n"
            "حجم التبادل التجاري عام 2023: نحو 4.9 مليار دولار\n"
            "نسبة النمو: 20٪\n"
            "2025 (تقديري): 6 مليارات دولار\n")
    got = {(s.key, s.value, s.period, s.figure_type) for s in _table_figures(text)}
    assert got == {("trade_volume", 4.9e9, "2023", "actual"), ("trade_growth", 20.0, None, "actual"),
                   ("trade_volume", 6e9, "2025", "forecast")}


def test_a_timelines_event_is_no_fact_box_line():
    text = ("محطات في العلاقات بين إيران وروسيا:\n"
            "2007: توقيع عقد منظومات دفاع جوي بقيمة 800 مليون دولار\n"
            "2010: تجميد العقد\n")
    assert all(s.sentence.startswith("2007") for s in _table_figures(text))
    assert ("trade_volume", 800e6) not in figures(text)


def test_a_fact_box_of_other_states_gives_the_two_nothing():
    text = ("بلغت تجارة إيران مع روسيا 1.7 مليار دولار، ومع بقية دول الاتحاد:\n"
            "كازاخستان: 560 مليون دولار\n"
            "أرمينيا: 300 مليون دولار\n")
    assert figures(text) == [("trade_volume", 1.7e9)]


def test_a_third_states_row_is_not_the_two():
    text = ("صادرات روسيا إلى أبرز وجهاتها، ومنها إيران (مليار دولار)\n"
            "البلد | القيمة\n"
            "الصين | 110\n"
            "إيران | 4.9\n"
            "الإجمالي | 420\n")
    assert figures(text) == [("trade_volume", 4.9e9)]


def test_a_row_naming_a_third_state_with_one_side_is_not_the_two():
    text = ("صادرات روسيا إلى أبرز وجهاتها، ومنها إيران (مليار دولار)\n"
            "الوجهة | القيمة\n"
            "إيران | 4.9\n"
            "إيران وتركيا معا | 62\n")
    assert figures(text) == [("trade_volume", 4.9e9)]


@pytest.mark.parametrize("header", ["البند (مليار دولار) | روسيا | تركيا", "المؤشر (مليار دولار) | إيران | روسيا"])
def test_a_column_of_another_state_or_of_one_side_alone_is_not_the_two(header):
    text = ("التبادل التجاري بين إيران وروسيا وتجارة البلدين الخارجية\n"
            f"{header}\n"
            "الصادرات الإيرانية | 1.2 | 10\n"
            "الواردات الإيرانية | 3.6 | 12\n")
    assert ("trade_volume", 10e9) not in figures(text) and ("trade_volume", 12e9) not in figures(text)


def test_a_table_of_another_pair_gives_the_two_nothing():
    text = ("قالت وزارة الخارجية الإيرانية إن روسيا شريك مهم، فيما نشرت الصحف أرقام التجارة بين الصين والهند.\n"
            "التجارة بين الصين والهند (مليار دولار)\n"
            "البند | 2023 | 2024\n"
            "الإجمالي | 136 | 138\n")
    assert figures(text) == []


def test_a_table_that_is_no_trade_gives_no_figure():
    text = ("التعاون العسكري بين روسيا وإيران بالأرقام\n"
            "البند (مليون دولار) | 2022 | 2023\n"
            "المناورات المشتركة | 2 | 3\n"
            "زيارات الوفود العسكرية | 5 | 7\n")
    assert figures(text) == []
