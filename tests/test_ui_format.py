"""How figures read on the pages."""
import pandas as pd
import pytest

from pages._ui import figure_text, with_figures


@pytest.mark.parametrize("value,unit,text", [
    (77, "percent", "77%"), (4e9, "usd", "$4bn"), (1.3e9, "eur", "€1.3bn"), (4.8e9, "usd", "$4.8bn"),
    (10e6, "tonnes", "10m tonnes"), (500e6, "rub", "₽500m"), (None, None, ""), (float("nan"), "usd", ""),
])
def test_figure_text(value, unit, text):
    assert figure_text(value, unit) == text


def test_with_figures_replaces_value_and_unit():
    df = pd.DataFrame({"kind": ["trade_figure", "meeting"], "value": [77.0, None], "unit": ["percent", None]})
    out = with_figures(df)
    assert list(out.columns) == ["kind", "figure"] and list(out["figure"]) == ["77%", ""]


def test_an_arabic_chart_label_keeps_its_closing_quote_at_its_end():
    from pages._ui import chart_label
    assert chart_label("الاتفاق «الروسي الإيراني- التركي»") == "\u200fالاتفاق «الروسي الإيراني- التركي»\u200f"
    assert chart_label("De-escalation zones in Syria (Astana)") == "De-escalation zones in Syria (Astana)"
