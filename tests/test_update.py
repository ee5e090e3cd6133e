"""`python -m etl update`: follow the feeds in a feeds file, fetching only what is new (127.0.0.1 only)."""
import duckdb
import pytest

from etl.__main__ import main
from etl.pipeline import load_feeds, update
from tests.test_fetch import site  # noqa: F401  (the local web site fixture)


def test_update_fetches_only_new_items(site, tmp_path):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feed]]\nurl = "{site.base}/feed.xml"\nsource = "Local Wire"\n', encoding="utf-8")
    db = tmp_path / "m.duckdb"
    first = update(feeds, db, progress=False, allow_private=True)
    assert (first.read, first.new, first.failed) == (4, 4, 0)
    assert "/articles/1.html" in site.requests
    with duckdb.connect(str(db), read_only=True) as con:
        assert {r[0] for r in con.execute("SELECT DISTINCT source FROM articles").fetchall()} == {"Local Wire"}
    site.requests.clear()
    second = update(feeds, db, progress=False, allow_private=True)
    assert (second.read, second.new) == (0, 0)
    assert site.requests == ["/feed.xml"]  # the stored items' pages were not fetched again


def test_bad_feeds_file_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "feeds.toml"
    bad.write_text('[[feed]]\nurl = "ftp://example.org/x"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="http"):
        load_feeds(bad)
    assert main(["update", "--feeds", str(bad), "--db", str(tmp_path / "m.duckdb"), "--quiet"]) == 2
    assert "feeds.toml" in capsys.readouterr().err
