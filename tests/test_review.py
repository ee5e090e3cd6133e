"""The review queue keeps its place: after a verdict the next signal is the one that stood after it."""
import shutil

import pytest

from db import queries, review
from db.filters import Filters
from db.verdicts import set_verdict


@pytest.fixture


def db(fixture_db, tmp_path):
    p = tmp_path / "r.duckdb"
    shutil.copy(fixture_db, p)
    return p


def test_the_queue_walks_the_signals_in_order_and_keeps_its_place(db):
    f = Filters()
    order = list(queries.read(lambda con: con.execute(review._ordered(f)[0] + " ORDER BY rn", review._ordered(f)[1])
                              .fetchall(), db))
    ids = [sid for sid, _ in order]
    assert len(ids) >= 4
    first = queries.read(review.next_unreviewed, db, f)
    assert first == ids[0]
    set_verdict(ids[0], "wrong", db=db)  # marked wrong: the pages leave it out, the queue keeps its place
    assert queries.read(review.next_unreviewed, db, f, ids[0]) == ids[1]
    set_verdict(ids[2], "right", db=db)  # judged elsewhere: passed over
    set_verdict(ids[1], "right", db=db)
    assert queries.read(review.next_unreviewed, db, f, ids[1]) == ids[3]
    p = queries.read(review.progress, db, f)
    assert p == {"total": len(ids), "right": 2, "wrong": 1, "unreviewed": len(ids) - 3}


def test_the_last_signal_judged_ends_the_queue(db):
    f = Filters(kinds=("agreement",))
    ids = [queries.read(review.next_unreviewed, db, f)]
    while (nxt := queries.read(review.next_unreviewed, db, f, ids[-1])) is not None:
        ids.append(nxt)
    assert ids[0] is not None and len(ids) == queries.read(review.progress, db, f)["total"]
    for sid in ids:
        set_verdict(sid, "right", db=db)
    assert queries.read(review.next_unreviewed, db, f, ids[-1]) is None
    assert queries.read(review.next_unreviewed, db, f) is None  # nothing left anywhere
