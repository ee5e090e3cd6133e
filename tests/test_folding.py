"""One folding: etl.extract.normalize is the Arabic folding, which the date reader uses too; the SQL `fold`
macro the dashboard searches with (db/migrations.py: the database cannot import the ETL) must agree with it."""
import duckdb
import pytest

from db.migrations import _FOLD_MACRO, migrate
from etl.extract.normalize import normalize
from etl.read.dates import fold as date_fold
from tests.conftest import FIXTURES

# The marks normalize drops (the SQL fold also drops the rarer marks U+0653-065F, which normalize keeps).
MARKS = "".join(map(chr, [*range(0x064B, 0x0653), 0x0670, 0x0640, 0x200C, 0x200D, 0x200E, 0x200F]))


@pytest.fixture(scope="module")
def sql_fold():
    con = duckdb.connect(":memory:")
    migrate(con)
    yield lambda s: con.execute("SELECT fold(?)", [s]).fetchone()[0]
    con.close()


def test_the_macro_folds_each_letter_it_names_as_normalize_does(sql_fold):
    letters = _FOLD_MACRO.split("translate(lower(s), '")[1].split("'")[0]
    assert len(letters) > 20
    for ch in letters + MARKS + "ABCZ":
        assert sql_fold(ch) == normalize(ch), f"U+{ord(ch):04X}"


def test_the_date_reader_folds_with_normalize():
    assert date_fold is normalize


def test_the_sql_fold_is_normalize_or_less(sql_fold):
    """On real sentences, what the SQL fold leaves is still folded the same way by normalize."""
    import json
    texts = [json.loads(line)["text"] for line in FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert texts
    for text in texts[:40]:
        assert normalize(sql_fold(text)) == normalize(text)
