"""A verdicts file that a writer holds past the wait is an error the page shows, never an empty table (which
would bring back the signals analysts marked wrong as if nobody had judged them)."""
import shutil
import subprocess
import sys

import pytest

from db import queries, verdicts
from db.filters import Filters
from db.verdicts import VerdictsBusy, set_verdict, verdicts_path
from tests.test_pages import open_page


@pytest.fixture
def held(seed_db, tmp_path, monkeypatch):
    """A copy of the seed database with one signal marked wrong, its verdicts file held open for writing by
    another process (as a verdict being saved holds it, only longer)."""
    db = shutil.copy(seed_db, tmp_path / "m.duckdb")
    sid = queries.read(lambda con: con.execute("SELECT min(signal_id) FROM signals").fetchone()[0], db)
    set_verdict(sid, "wrong", db=db)
    monkeypatch.setattr(verdicts, "ATTACH_WAIT", 0.3)
    code = (f"import duckdb, sys; con = duckdb.connect({str(verdicts_path(db))!r}); print('held', flush=True); "
            "sys.stdin.read()")
    holder = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        yield db, sid
    finally:
        holder.stdin.close()
        holder.wait(timeout=20)


def test_reads_raise_rather_than_forget_the_verdicts(held):
    db, sid = held
    with pytest.raises(VerdictsBusy):
        queries.read(queries.count_signals, db, Filters())


@pytest.mark.slow
def test_the_page_says_the_verdicts_could_not_be_read(held, monkeypatch):
    db, _ = held
    at = open_page(monkeypatch, db, "pages/explorer.py")
    assert any("verdicts" in w.value for w in at.warning)
    assert not at.dataframe  # no table that silently includes the signals marked wrong
