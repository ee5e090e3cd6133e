"""The period a trade figure is for: part of a year, a horizon, a period referred back to; never the one it is
compared with or another figure's. Sentences written for these tests."""
from datetime import date

import pytest

from etl.extract import extract
from tools.evaluate import same_period


def periods(text: str, published: date | None = date(2024, 10, 1)) -> dict[float, str | None]:
    return {s.value: s.period for s in extract(text, published=published)[1] if s.kind == "trade_figure"}


def test_part_of_a_year_keeps_the_part_and_gets_its_year():
    got = periods("وقال بوتين إن حجم التبادل التجاري بين روسيا وإيران ارتفع بنسبة 15 في المئة خلال الأشهر الثمانية الأولى "
                  "من العام الجاري.")
    assert got == {15.0: "2024 (الأشهر الثمانية الأولى من العام الجاري)"}
    got = periods("وبلغ التبادل التجاري بين إيران وروسيا في النصف الأول من عام 2022 نحو ملياري دولار.")
    assert got == {2e9: "2022 (النصف الأول من عام 2022)"}


def test_the_period_compared_with_is_not_the_figures():
    got = periods("وأوضح نوفاك أن حجم التبادل التجاري بين روسيا وإيران بلغ في العام الماضي نحو ۱٫۷ مليار دولار، بتراجع "
                  "قدره ۲۰ بالمئة مقارنة بعام ۲۰۱۶.", date(2018, 2, 1))
    assert got == {1.7e9: "2017 (العام الماضي)", -20.0: "2017 (العام الماضي)"}  # (a fall)
    got = periods("وبلغ حجم التبادل التجاري بين إيران وروسيا في العام الإيراني الماضي (۱۴۰۱) نحو 4.9 مليار دولار، بزيادة "
                  "20 في المئة مقارنة بالعام ۱۴۰۰.", date(2023, 5, 1))
    assert set(got.values()) == {"1401 (2022/23) (العام الإيراني الماضي (۱۴۰۱))"}


def test_a_period_between_another_figure_and_this_one_is_the_others():
    got = periods("ويطمح البلدان إيران وروسيا إلى رفع حجم التبادل التجاري إلى 10 مليارات دولار، مقابل نحو 1.7 مليار دولار "
                  "العام الماضي.", date(2015, 6, 1))
    assert got == {1e10: None, 1.7e9: "2014 (العام الماضي)"}
    # a share between a year and a sum does not take the year from the sum
    got = periods("وقال بوتين إن حجم التبادل التجاري بين روسيا وإيران ارتفع في عام 2016 بأكثر من 70 بالمئة ليبلغ نحو 2.2 "
                  "مليار دولار.")
    assert got == {70.0: "2016", 2.2e9: "2016"}


def test_a_horizon_is_a_targets_period_not_an_actual_figures():
    got = periods("وأكد أن روسيا وإيران تستهدفان رفع حجم التبادل التجاري إلى عشرة مليارات دولار سنويا خلال السنوات الخمس "
                  "المقبلة.")
    assert got == {1e10: "خلال السنوات الخمس المقبلة"}
    got = periods("وتقدم روسيا لإيران قرضا حكوميا بقيمة 1.3 مليار يورو لتمويل خط السكة الحديد، على أن يكتمل البناء خلال "
                  "أربع سنوات.")
    assert got == {1.3e9: None}
    got = periods("وقال إن روسيا وإيران تسعيان إلى بلوغ عشرة مليارات دولار من التبادل التجاري خلال السنوات المقبلة.")
    assert got == {1e10: None}  # no length told: no horizon


def test_a_period_referred_back_to_is_the_one_given_before():
    text = ("وأعلن المتحدث باسم الجمارك الإيرانية أن التبادل التجاري بين إيران وروسيا بلغ في العام الإيراني ۱۳۹۹ نحو "
            "ملياري دولار. وأضاف أن صادرات إيران إلى روسيا ارتفعت خلال الفترة نفسها بنسبة 23 بالمئة.")
    assert periods(text) == {2e9: "1399 (2020/21)", 23.0: "1399 (2020/21)"}
    text = ("وبلغ التبادل التجاري بين إيران وروسيا العام الماضي نحو ملياري دولار. وقال إن صادرات إيران إلى روسيا "
            "ارتفعت بنسبة 23 بالمئة.")
    assert periods(text)[23.0] is None  # nothing refers back


@pytest.mark.parametrize("ours,gold,right", [
    ("2024 (الأشهر الثمانية الأولى من العام الجاري)", "2024 (first eight months)", True),
    ("1401 (2022/23)", "1401 (Iranian year)", True),
    ("خلال السنوات الخمس المقبلة", "next five years", True),
    ("2022 (النصف الأول من العام الجاري)", "H1 2022", True),
    ("2025 (الربع الأول من العام)", "2025 Q1", True),
    ("2024 (العام الجاري)", "first eight months of 2024", False),  # the year, not the part
    ("2023 (العام الماضي)", "2024 (first eight months)", False),
    ("", "annual", False),
    ("", "", True),
])
def test_the_scorer_compares_periods_by_what_they_say(ours, gold, right):
    assert same_period(ours, gold) is right
