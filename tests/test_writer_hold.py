"""The ETL keeps its write connection across batches and lets go once a reader has asked for the file."""
import shutil
import subprocess
import sys
import time

import pytest

from db.connection import ask_for, asked_since, connect, wanted_path
from etl.load import Writer
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # times the writer's holds

READ_ONCE = """
import sys, time
from db.connection import connect
t = time.monotonic()
with connect(sys.argv[1], read_only=True, wait=20) as con:
    con.execute("SELECT count(*) FROM articles").fetchone()
print(time.monotonic() - t)
"""


@pytest.fixture
def db(seed_db, tmp_path):
    """A copy of the seed database, for a writer to hold."""
    return shutil.copy(seed_db, tmp_path / "m.duckdb")


def plain_reader_gets_in(db) -> bool:
    """Whether another process opening the file with DuckDB alone (no asking) gets in right now."""
    code = f"import duckdb; duckdb.connect({str(db)!r}, read_only=True).close()"
    return subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def batches(writer: Writer, seconds: float) -> None:
    """What the ETL does between batches, for ``seconds``: write a little, then offer to let go."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        writer.con().execute("SELECT 1")
        writer.offer()
        time.sleep(0.05)


def test_writer_keeps_the_file_when_nobody_asks(db):
    writer = Writer(db, hold=0.0, longest=60)
    writer.con()
    try:
        batches(writer, 1.0)
        assert not plain_reader_gets_in(db)  # DuckDB's own opener does not ask: the writer keeps the file
        batches(writer, 0.3)
        assert writer._con is not None
    finally:
        writer.close()


def test_writer_lets_go_within_a_batch_of_being_asked(db):
    writer = Writer(db, hold=0.0, longest=60)
    writer.con()
    try:
        reader = subprocess.Popen([sys.executable, "-c", READ_ONCE, str(db)], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        batches(writer, 3.0)  # the writer reopens after each release, as the ETL does for its next batch
        out, err = reader.communicate(timeout=30)
    finally:
        writer.close()
    assert reader.returncode == 0, err
    assert float(out) < 2.0  # got in after a batch or so, not after the writer's longest hold
    assert wanted_path(db).exists()


def test_writer_lets_go_at_its_longest_hold_even_unasked(db):
    writer = Writer(db, hold=0.0, longest=0.3)
    writer.con()
    batches(writer, 0.5)
    writer.offer()
    assert writer._con is None or time.monotonic() - writer._since < 0.3


def test_asking_is_seen_only_after_it_happens(tmp_path):
    db = tmp_path / "m.duckdb"
    connect(db).close()
    before = time.time()
    assert not asked_since(db, before)
    time.sleep(0.01)
    ask_for(db)
    assert asked_since(db, before)
    time.sleep(0.01)
    assert not asked_since(db, time.time())
