"""A run killed midway, an ingest beside a reading dashboard, and two ingests at once."""
import json
import os
import signal
import subprocess
import sys
import time

import duckdb
import pytest

from db.connection import ask_for
from etl.pipeline import BATCH, CHUNK
from tests.conftest import ROOT, table_counts

pytestmark = pytest.mark.slow  # kills and restarts ingests


def corpus(path, n):
    """n distinct articles made from the sample corpus (ids and a sentence changed)."""
    base = [json.loads(line) for line in (ROOT / "seeds" / "sample" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            a = dict(base[i % len(base)])
            a["id"] = f"bulk-{i}"
            a["text"] = a["text"] + f"\n\nملاحظة رقم {i}."
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path


def counts(db):
    for _ in range(100):
        try:
            with duckdb.connect(str(db), read_only=True) as con:
                return table_counts(con)
        except duckdb.IOException:
            ask_for(db)  # as the dashboard does when the ETL holds the file
            time.sleep(0.1)
    raise AssertionError("database stayed locked")


def ingest_cmd(src, db):
    return [sys.executable, "-m", "etl", "ingest", str(src), "--db", str(db), "--quiet"]


def test_killed_run_leaves_whole_batches_and_a_rerun_completes(tmp_path):
    src = corpus(tmp_path / "bulk.jsonl", BATCH * 4)
    clean = tmp_path / "clean.duckdb"
    subprocess.run(ingest_cmd(src, clean), cwd=ROOT, check=True, capture_output=True)
    expected = counts(clean)

    db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen(ingest_cmd(src, db), cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # kill it once the first batch has landed
        time.sleep(0.05)
        if db.exists() and os.path.getsize(db) > 0:
            try:
                with duckdb.connect(str(db), read_only=True) as con:
                    if con.execute("SELECT count(*) FROM articles").fetchone()[0] >= BATCH:
                        break
            except (duckdb.IOException, duckdb.CatalogException):
                ask_for(db)
                continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after_kill = counts(db)
    # batches are whole chunks of input, each committed with all of its signals
    assert after_kill["articles"] % CHUNK == 0 and 0 < after_kill["articles"] < expected["articles"]
    with duckdb.connect(str(db), read_only=True) as con:
        # every article that landed has all of its signals: batches commit whole
        partial = con.execute("""SELECT count(*) FROM articles a WHERE relevant AND NOT EXISTS
                                 (SELECT 1 FROM signals s WHERE s.article_id = a.article_id)""").fetchone()[0]
    assert partial == 0

    subprocess.run(ingest_cmd(src, db), cwd=ROOT, check=True, capture_output=True)
    assert counts(db) == expected
    with duckdb.connect(str(db), read_only=True) as con:
        statuses = dict(con.execute("SELECT status, count(*) FROM ingest_runs GROUP BY 1").fetchall())
    assert statuses == {"interrupted": 1, "ok": 1}


READER = """
import sys, time
from db import queries
from db.filters import Filters
db, stop = sys.argv[1], sys.argv[2]
seen = 0
import os
while not os.path.exists(stop):
    try:
        seen = max(seen, queries.read(queries.count_signals, db, Filters(originals_only=False)))
    except Exception as exc:
        print("reader error:", exc, file=sys.stderr); sys.exit(3)
    time.sleep(0.01)
print(seen)
"""


def test_ingest_succeeds_while_the_dashboard_reads(tmp_path):
    src = corpus(tmp_path / "bulk.jsonl", BATCH * 3)
    db = tmp_path / "m.duckdb"
    subprocess.run(ingest_cmd(ROOT / "seeds" / "000_5ca05d674973007d.txt", db), cwd=ROOT, check=True)
    stop = tmp_path / "stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)
    run = subprocess.run(ingest_cmd(src, db), cwd=ROOT, capture_output=True, text=True, timeout=300)
    time.sleep(0.5)
    stop.touch()
    out, err = reader.communicate(timeout=60)
    assert run.returncode == 0, run.stderr
    assert reader.returncode == 0, err
    assert int(out.strip()) == counts(db)["signals"]  # the reader saw the new data without a restart


def test_two_ingests_at_once_do_not_corrupt(tmp_path):
    src = corpus(tmp_path / "bulk.jsonl", BATCH * 2)
    db = tmp_path / "m.duckdb"
    procs = [subprocess.Popen(ingest_cmd(src, db), cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stdout.read(), p.stderr.read()) for p in procs]
    for code, out, err in results:
        assert code == 0 or (code == 2 and "another ETL run" in err), (code, out, err)
    clean = tmp_path / "clean.duckdb"
    subprocess.run(ingest_cmd(src, clean), cwd=ROOT, check=True, capture_output=True)
    assert counts(db) == counts(clean)
