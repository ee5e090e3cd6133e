"""The pages' 'newest N' queries pick exactly the first N rows of the full, ordered answer, with and
without signals marked wrong (they choose rows on the sort columns first, then read them whole)."""
import shutil

import pandas as pd
import pytest

from db import queries
from db.filters import Filters
from db.verdicts import set_verdict

pytestmark = pytest.mark.slow  # 72 cases on the sample corpus

FILTERS = [Filters(), Filters(originals_only=False, relevant_only=False), Filters(kinds=("trade_figure",)),
           Filters(source_types=("gulf",)), Filters(text="روسيا")]


@pytest.fixture(params=["no verdicts", "some marked wrong"])
def db(request, sample_db, tmp_path):
    """The sample corpus, with or without analysts' verdicts."""
    path = shutil.copy(sample_db, tmp_path / "m.duckdb")
    if request.param != "no verdicts":
        ids = queries.read(lambda con: [r[0] for r in con.execute(
            "SELECT signal_id FROM signals ORDER BY published DESC NULLS LAST, signal_id LIMIT 6").fetchall()], path)
        for sid in ids[::2]:
            set_verdict(sid, "wrong", db=path)
        set_verdict(ids[1], "right", db=path)
    return path


def rows(df: pd.DataFrame) -> list[dict]:
    """The rows as plain values, every missing value as None (so that all-missing columns compare)."""
    return df.astype(object).where(df.notna(), None).to_dict("records")


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f.caption())
@pytest.mark.parametrize("n", [1, 7, 40])
def test_newest_signals_are_the_head_of_all_of_them(db, f, n):
    every = queries.read(queries.signals_table, db, f, None)
    newest = queries.read(queries.signals_table, db, f, n)
    assert len(every) > 0  # every filter matches rows: a filter that matches none would compare empty tables
    assert rows(newest) == rows(every.head(n))


@pytest.mark.parametrize("f", FILTERS, ids=lambda f: f.caption())
@pytest.mark.parametrize("n", [1, 5])
@pytest.mark.parametrize("query", ["trade_figures", "agreements"])
def test_newest_trade_figures_and_agreements_are_the_head_of_all_of_them(db, f, n, query):
    every = queries.read(getattr(queries, query), db, f, None)
    assert len(every) > 0 or (query, f.kinds) == ("agreements", ("trade_figure",))
    assert rows(queries.read(getattr(queries, query), db, f, n)) == rows(every.head(n))


def test_signals_marked_wrong_are_left_out_only_when_asked(db):
    shown = queries.read(queries.signals_table, db, Filters(originals_only=False), None)
    every = queries.read(queries.signals_table, db, Filters(originals_only=False, hide_rejected=False), None)
    wrong = set(every.loc[every["verdict"] == "wrong", "signal_id"])
    assert set(shown["signal_id"]) == set(every["signal_id"]) - wrong
    assert queries.read(queries.count_signals, db, Filters(originals_only=False)) == len(shown)


@pytest.mark.parametrize("n", [1, 3])
def test_an_agreements_reports_are_chosen_before_the_newest_are_taken(db, n):
    """The Agreements page lists one agreement's reports: those of an older agreement are not lost because
    newer reports of other agreements filled the newest N."""
    every = queries.read(queries.agreements, db, Filters(), None)
    oldest = every.iloc[-1]["agreement"]
    assert oldest not in set(every.head(n)["agreement"]) or n > 1
    theirs = queries.read(queries.agreements, db, Filters(), n, oldest)
    assert len(theirs) > 0 and set(theirs["agreement"]) == {oldest}
    assert rows(theirs) == rows(every[every["agreement"] == oldest].head(n))
