"""A page's reads share one read-only connection, and the file is free for the ETL once the page is done."""
import subprocess
import sys

from db import queries
from tests.conftest import table_counts


def writer_can_open(db) -> bool:
    """Whether another process can open the file for writing right now (as the ETL does)."""
    code = f"import duckdb; duckdb.connect({str(db)!r}).close()"
    return subprocess.run([sys.executable, "-c", code], capture_output=True).returncode == 0


def test_reads_in_a_page_share_one_connection_and_let_go_after(seed_db):
    seen = []
    with queries.shared_reads():
        for _ in range(3):
            queries.read(lambda con: seen.append(id(con)), seed_db)
        assert len(set(seen)) == 1
        assert not writer_can_open(seed_db)  # held while the page runs
        queries.release_shared()  # what the Add page does before it runs the ETL
        assert writer_can_open(seed_db)
        assert queries.read(table_counts, seed_db)["articles"] >= 1  # reads open again
    assert writer_can_open(seed_db)
