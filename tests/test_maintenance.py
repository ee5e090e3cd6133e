"""`etl check` finds damage anywhere in the file, `etl backup` copies a database in use, and a damaged file
gives one line of error, not a traceback."""
import os
import subprocess
import sys

import duckdb
import pytest

from db.maintenance import backup, check
from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # damages and checks whole databases


def _run(*args):
    return subprocess.run([sys.executable, "-m", "etl", *args], capture_output=True, text=True, cwd=ROOT)


def _damage(path, at=0.5, n=200_000):
    size = os.path.getsize(path)
    with open(path, "r+b") as fh:
        fh.seek(int(size * at))
        fh.write(b"\0" * n)


def test_check_passes_a_sound_database_and_backup_copies_it_while_a_reader_is_open(sample_db, tmp_path):
    reader = duckdb.connect(str(sample_db), read_only=True)  # the dashboard, say
    try:
        out = backup(sample_db, tmp_path / "copy.duckdb")
    finally:
        reader.close()
    assert check(sample_db).ok and check(out).ok
    n = duckdb.connect(str(out), read_only=True).execute("SELECT count(*) FROM signals").fetchone()[0]
    assert n == duckdb.connect(str(sample_db), read_only=True).execute("SELECT count(*) FROM signals").fetchone()[0]


def _signals_block(path):
    """Where in the file the signals' data are, as a fraction of its size: zeroing the middle of the file hit
    a block no table reads (an index's, say) once the schema had grown (events), and then no check could see it."""
    with duckdb.connect(str(path), read_only=True) as con:
        block = con.execute("SELECT min(block_id) FROM pragma_storage_info('signals') WHERE block_id >= 0").fetchone()[0]
        size = con.execute("SELECT block_size FROM pragma_database_size()").fetchone()[0]
    return (3 * 4096 + block * size) / os.path.getsize(path)  # after the file's three 4 KB headers


def test_damage_in_the_middle_is_found_and_reported_in_one_line(sample_db, tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(sample_db.read_bytes())
    _damage(bad, _signals_block(bad))
    report = check(bad)
    assert not report.ok and any("do not read" in p or "does not decompress" in p for p in report.problems)
    res = _run("check", "--db", str(bad))
    assert res.returncode == 1 and "damaged:" in res.stdout and "Traceback" not in res.stderr
    res = _run("export", "--db", str(bad), "--out", str(tmp_path / "out"))
    assert res.returncode != 0 and "Traceback" not in res.stderr and "etl check" in res.stderr


def test_backup_refuses_to_overwrite(sample_db, tmp_path):
    target = tmp_path / "exists.duckdb"
    target.write_bytes(b"")
    res = _run("backup", "--db", str(sample_db), "--out", str(target))
    assert res.returncode == 2 and "exists" in res.stderr
