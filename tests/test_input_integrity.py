"""Issue 14: impossible dates (item 7), duplicate ids in one input (item 8), symlinks and unsafe zip
members (item 11), and an interrupted run's errors recorded once (item 11)."""
import json
from datetime import date, timedelta

import duckdb

from etl.pipeline import ingest, parse_published
from tests.conftest import ROOT

SEED = (ROOT / "seeds" / "000_5ca05d674973007d.txt").read_text(encoding="utf-8")
TEXT = "قال بوتين إن روسيا وإيران شريكان في مشروع خط السكك الحديدية بين رشت وآستارا."


def jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def rows(db, sql):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


# ---------------------------------------------------------------- item 7: impossible dates


def test_dates_before_1900_or_after_tomorrow_are_stored_undated_with_the_reason(tmp_path):
    today = date.today()
    given = {"far-future": "9999-12-31", "year-one": "0001-01-01", "1899": "1899-12-31",
             "after-tomorrow": (today + timedelta(days=2)).isoformat(),
             "1900": "1900-01-01", "tomorrow": (today + timedelta(days=1)).isoformat(), "today": today.isoformat()}
    src = jsonl(tmp_path / "dates.jsonl", [{"id": k, "published": v, "text": f"{TEXT} ({k})"} for k, v in given.items()])
    db = tmp_path / "m.duckdb"
    summary = ingest([src], db, progress=False)
    assert (summary.new, summary.failed) == (7, 0)
    stored = {r[0]: (r[1], r[2]) for r in rows(db, "SELECT article_id, published, date_method FROM articles")}
    for k in ("far-future", "year-one", "1899", "after-tomorrow"):
        published, method = stored[k]
        assert published is None, k
        assert method.startswith("implausible") and given[k] in method, (k, method)
    for k in ("1900", "tomorrow", "today"):
        assert stored[k] == (date.fromisoformat(given[k]), "metadata"), k
    # The undated list of the data-quality page shows them with the reason.
    from db.queries import undated_articles
    with duckdb.connect(str(db), read_only=True) as con:
        undated = undated_articles(con)
    assert set(undated["article_id"]) == {"far-future", "year-one", "1899", "after-tomorrow"}
    assert undated["date_method"].str.startswith("implausible").all()


def test_a_date_found_in_the_text_is_held_to_the_same_window():
    assert parse_published("2999-01-01", "text")[0] is None
    assert parse_published("2024-03-19", "text") == (date(2024, 3, 19), "text")
    # re-extraction reads the stored article back undated, with its method: the reason stays
    reason = parse_published("9999-12-31")[1]
    assert parse_published(None, reason) == (None, reason)
    assert parse_published(None, None) == (None, "none")
