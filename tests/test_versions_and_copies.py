"""Re-extraction when the extractor changes, and near-duplicate stories linked to their original."""
import json

import duckdb

from etl.__main__ import main
from etl.pipeline import ingest, reextract
from etl.version import EXTRACTOR_VERSION
from tests.conftest import FIXTURES, ROOT

STORY = ("وقال وزير الخارجية الروسي سيرغي لافروف خلال لقائه نظيره الإيراني في موسكو إن البلدين سيعززان "
         "التعاون في مجال الطاقة والنقل، وإن العمل جار على استكمال ممر شمال-جنوب الذي يربط روسيا بالمحيط الهندي "
         "عبر إيران. وأضاف أن حجم التبادل التجاري بين روسيا وإيران بلغ خمسة مليارات دولار، وأن الجانبين اتفقا "
         "على توسيع التسويات بالعملات الوطنية. من جهته أكد الوزير الإيراني أن طهران ترى في موسكو شريكا استراتيجيا.")


def _write(folder, records):
    folder.mkdir(exist_ok=True)
    (folder / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8")


def _q(db, sql):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_stale_signals_are_reextracted(tmp_path):
    db = tmp_path / "m.duckdb"
    ingest([ROOT / "seeds" / "000_5ca05d674973007d.txt", FIXTURES], db, progress=False)
    n_signals = _q(db, "SELECT count(*) FROM signals")[0][0]
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE articles SET extractor_version = '0.old'")
        con.execute("UPDATE signals SET extractor_version = '0.old'")
    assert main(["reextract", "--db", str(db), "--quiet"]) == 0
    assert _q(db, "SELECT DISTINCT extractor_version FROM signals") == [(EXTRACTOR_VERSION,)]
    assert _q(db, "SELECT DISTINCT extractor_version FROM articles") == [(EXTRACTOR_VERSION,)]
    assert _q(db, "SELECT count(*) FROM signals")[0][0] == n_signals
    again = reextract(db, progress=False)
    assert again.reextracted == 0


def test_reextract_is_a_run_like_an_ingest(tmp_path):
    """reextract goes through the ingest's run loop: one run record with its counts, stored hashes and
    near-duplicate links kept, and the signals as a fresh ingest gives them."""
    db = tmp_path / "m.duckdb"
    ingest([ROOT / "seeds"], db, progress=False)
    stored = _q(db, "SELECT article_id, content_hash, duplicate_of FROM articles ORDER BY 1")
    signals = _q(db, "SELECT signal_id FROM signals ORDER BY 1")
    summary = reextract(db, everything=True, progress=False)
    run = _q(db, """SELECT inputs, status, articles_read, articles_new, articles_updated, articles_reextracted,
                           signals_found, finished_at IS NOT NULL FROM ingest_runs ORDER BY run_id DESC LIMIT 1""")
    assert run == [("reextract", "ok", len(stored), 0, 0, len(stored), len(signals), True)]
    assert (summary.read, summary.reextracted, summary.signals) == (len(stored), len(stored), len(signals))
    assert _q(db, "SELECT article_id, content_hash, duplicate_of FROM articles ORDER BY 1") == stored
    assert _q(db, "SELECT signal_id FROM signals ORDER BY 1") == signals


def test_ingest_reextracts_articles_from_an_older_extractor(tmp_path):
    db = tmp_path / "m.duckdb"
    first = ingest([FIXTURES], db, progress=False)
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE articles SET extractor_version = '0.old'")
    run = ingest([FIXTURES], db, progress=False)
    assert (run.unchanged, run.reextracted, run.new) == (0, first.new, 0)
    assert ingest([FIXTURES], db, progress=False).unchanged == first.new


def test_syndicated_copy_points_at_the_earliest_article(tmp_path):
    db = tmp_path / "m.duckdb"
    copy = {"id": "copy", "source": "Outlet B", "published": "2024-05-02",
            "text": "موسكو (خاص) - " + STORY.replace("خمسة مليارات", "5 مليارات")}
    other = {"id": "other", "source": "Outlet C", "published": "2024-05-03",
             "text": "أجرت القوات البحرية الإيرانية والروسية مناورات مشتركة في بحر قزوين بمشاركة سفن من البلدين."}
    _write(tmp_path / "one", [copy, other])
    ingest([tmp_path / "one"], db, progress=False)
    assert _q(db, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")[0][0] == 0
    original = {"id": "orig", "source": "Outlet A", "published": "2024-05-01", "text": STORY}
    _write(tmp_path / "two", [original])
    ingest([tmp_path / "two"], db, progress=False)
    links = dict(_q(db, "SELECT article_id, duplicate_of FROM articles"))
    assert links == {"orig": None, "copy": "orig", "other": None}


def test_export_keeps_copies_and_says_what_they_copy(tmp_path):
    import csv

    from db.export import export
    db = tmp_path / "m.duckdb"
    _write(tmp_path / "in", [{"id": "orig", "published": "2024-05-01", "text": STORY},
                             {"id": "copy", "published": "2024-05-02", "text": "موسكو - " + STORY}])
    ingest([tmp_path / "in"], db, progress=False)
    sp, _ = export(db, tmp_path / "out")
    with open(sp, encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    by_article = {r["article_id"]: r["duplicate_of"] for r in rows}
    assert by_article == {"orig": "", "copy": "orig"}


def test_signals_count_the_outlets_of_their_story(tmp_path):
    db = tmp_path / "m.duckdb"
    _write(tmp_path / "in", [{"id": "orig", "source": "Outlet A", "published": "2024-05-01", "text": STORY},
                             {"id": "copy", "source": "Outlet B", "published": "2024-05-02", "text": "موسكو - " + STORY}])
    ingest([tmp_path / "in"], db, progress=False)
    assert set(_q(db, "SELECT DISTINCT article_id, outlets FROM signals")) == {("orig", 2), ("copy", 2)}


def test_a_database_hashed_the_older_way_reads_as_unchanged_not_updated(tmp_path):
    """Content hashes changed form in session 15 (length-prefixed fields, not JSON): the articles of a database
    written before stay unchanged on a re-run, keep their stored hash, and one that did change is updated."""
    from etl.pipeline import HASH_SCHEME, _json_hash
    from etl.read import RawArticle, read_paths

    db = tmp_path / "m.duckdb"
    ingest([FIXTURES], db, progress=False)
    raws = {a.article_id: a for a in read_paths([FIXTURES]) if isinstance(a, RawArticle)}
    with duckdb.connect(str(db)) as con:
        ids = [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]
        assert all(h.startswith(HASH_SCHEME) for (h,) in con.execute("SELECT content_hash FROM articles").fetchall())
        for aid in ids:
            con.execute("UPDATE articles SET content_hash = ? WHERE article_id = ?", [_json_hash(raws[aid]), aid])
        legacy = con.execute("SELECT article_id, content_hash FROM articles ORDER BY 1").fetchall()
    again = ingest([FIXTURES], db, progress=False)
    assert (again.unchanged, again.updated, again.new) == (len(ids), 0, 0)
    assert _q(db, "SELECT article_id, content_hash FROM articles ORDER BY 1") == legacy
