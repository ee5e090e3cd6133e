"""The Agreements page's status table (db.queries.agreement_status): one row per agreement, a column per
status in the vocabulary's order, the furthest step reached and the history in the order of the steps."""
from db import queries
from db.filters import Filters, readable
from db.vocabulary import STATUSES


def test_one_row_per_agreement_with_steps_in_order(sample_db):
    steps = queries.read(queries.agreement_steps, sample_db, Filters())
    table = queries.read(queries.agreement_status, sample_db, Filters())
    assert len(table) > 1
    assert list(table.columns) == ["agreement", *map(readable, STATUSES), "furthest step", "history", "reports"]
    assert sorted(table["agreement"]) == sorted(steps["agreement"].unique())
    assert table["reports"].sum() == steps["reports"].sum()
    assert list(table["reports"]) == sorted(table["reports"], reverse=True)
    for _, row in table.iterrows():
        g = steps[steps["agreement"] == row["agreement"]]
        reached = [s for s in STATUSES[1:] if s in set(g["status"])]
        assert row["furthest step"] == (readable(reached[-1]) if reached else "mentioned")
        # the history lists the steps reported, in the order of the steps, each with its first date
        assert [h.rsplit(" ", 1)[0] for h in row["history"].split(" → ") if h] == [readable(s) for s in reached]
        for s in reached:
            assert row[readable(s)] not in ("", None)


def test_no_agreement_gives_the_columns_and_no_rows(sample_db):
    table = queries.read(queries.agreement_status, sample_db, Filters(text="no such words anywhere zzz"))
    assert table.empty and "furthest step" in table.columns
