"""Ingest end to end into a real DuckDB file: idempotence, updates, errors, export."""
import csv
import io
import json
import shutil

import duckdb
import pytest

from db.export import ARTICLE_COLUMNS, SIGNAL_COLUMNS, export
from etl.__main__ import main
from etl.pipeline import ingest
from tests.conftest import FIXTURES, ROOT, table_counts


def counts(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return table_counts(con)


def test_ingest_twice_changes_nothing(tmp_path):
    db = tmp_path / "m.duckdb"
    first = ingest([ROOT / "seeds", FIXTURES], db, progress=False)
    before = counts(db)
    second = ingest([ROOT / "seeds", FIXTURES], db, progress=False)
    assert first.new > 0 and first.signals > 0
    assert (second.new, second.updated, second.unchanged) == (0, 0, first.new)
    assert counts(db) == before


def test_changed_article_replaces_its_signals(tmp_path):
    db = tmp_path / "m.duckdb"
    src = tmp_path / "in"
    src.mkdir()
    art = {"id": "a", "published": "2024-01-01", "text": "وقال بوتين إن روسيا وإيران عضوان في منظمة شنغهاي."}
    (src / "a.jsonl").write_text(json.dumps(art, ensure_ascii=False), encoding="utf-8")
    ingest([src], db, progress=False)
    art["text"] = "وقال بوتين إن روسيا وإيران عضوان في مجموعة بريكس."
    (src / "a.jsonl").write_text(json.dumps(art, ensure_ascii=False), encoding="utf-8")
    run = ingest([src], db, progress=False)
    assert run.updated == 1
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT key FROM signals WHERE kind = 'organisation'").fetchall() == [("brics",)]
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_bad_file_is_recorded_and_the_rest_loaded(tmp_path, capsys):
    db = tmp_path / "m.duckdb"
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(FIXTURES, src)
    (src / "broken.jsonl").write_text('{"id": "x", "text": ', encoding="utf-8")
    code = main(["ingest", str(src), "--db", str(db), "--quiet"])
    out = capsys.readouterr()
    assert code == 1
    assert "broken.jsonl:1" in out.err and "invalid JSON" in out.err
    assert "failed 1" in out.out
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
        assert con.execute("SELECT path, reason FROM ingest_errors").fetchall()[0][0].endswith("broken.jsonl:1")
    before = counts(db)
    assert main(["ingest", str(src), "--db", str(db), "--quiet"]) == 1
    after = counts(db)
    assert after["articles"] == before["articles"] and after["signals"] == before["signals"]


def test_export_columns_bom_and_dates(fixture_db, tmp_path):
    sp, ap = export(fixture_db, tmp_path)
    raw = sp.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    header = raw.decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:len(SIGNAL_COLUMNS)] == SIGNAL_COLUMNS
    fig = next(r for r in rows if r["kind"] == "trade_figure" and r["article_id"] == "000_5ca05d674973007d")
    assert fig["value"] == "77" and fig["unit"] == "percent" and fig["published"] == "2024-03-19"
    assert "77٪" in fig["sentence"]
    arts = list(csv.DictReader(io.StringIO(ap.read_bytes().decode("utf-8-sig"))))
    assert list(arts[0].keys())[:len(ARTICLE_COLUMNS)] == ARTICLE_COLUMNS
    assert {a["published"] for a in arts} >= {"2024-03-19", "2025-01-17"}


def test_second_etl_run_waits_for_the_first(tmp_path):
    from etl.load import EtlBusy, etl_lock

    db = tmp_path / "m.duckdb"
    with etl_lock(db):
        try:
            with etl_lock(db, wait=0.3):
                raise AssertionError("a second lock was granted")
        except EtlBusy as exc:
            assert "another ETL run" in str(exc)


@pytest.mark.slow
def test_workers_give_the_same_database(tmp_path):
    src = tmp_path / "in.jsonl"
    lines = (ROOT / "seeds" / "sample" / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    src.write_text("\n".join(lines + ['{"id": "bad", "te']), encoding="utf-8")
    runs = {}
    for n in (1, 2):
        db = tmp_path / f"w{n}.duckdb"
        summary = ingest([src], db, progress=False, workers=n)
        with duckdb.connect(str(db), read_only=True) as con:
            rows = con.execute("SELECT signal_id, kind, key, char_start FROM signals ORDER BY ALL").fetchall()
        runs[n] = (summary.line(), rows)
    assert runs[1] == runs[2] and "failed 1" in runs[1][0]


@pytest.mark.slow
def test_an_id_given_again_later_in_one_input_keeps_the_first_and_says_so(tmp_path):
    base = json.loads((ROOT / "seeds" / "sample" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    filler = [dict(base, id=f"filler-{i}") for i in range(70)]  # puts the two copies in different chunks
    first, later = dict(base, id="twice"), dict(base, id="twice", title="the later title")
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=False) for a in [first, *filler, later]), encoding="utf-8")
    for workers in (1, 2):
        db = tmp_path / f"w{workers}.duckdb"
        summary = ingest([src], db, progress=False, workers=workers)
        with duckdb.connect(str(db), read_only=True) as con:
            title = con.execute("SELECT title FROM articles WHERE article_id = 'twice'").fetchone()[0]
            n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert (title, n, summary.read, summary.new, summary.failed) == (base.get("title"), 71, 71, 71, 1)
        [err] = summary.errors
        assert (err.path, err.reason) == (f"{src}:72", f"duplicate id 'twice': also at {src}:1, which is kept")


def test_a_file_whose_name_is_not_utf8_is_loaded_under_its_escaped_name(tmp_path):
    """A file name that is not UTF-8 (Python hands its bytes over as lone surrogates) is shown escaped, «bad\\xff»,
    and neither it nor the files beside it are lost."""
    import os
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("قال بوتين إن روسيا وإيران عضوان في منظمة شنغهاي للتعاون.", encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"bad\xff.txt"), "wb") as fh:
        fh.write("قال لافروف إن روسيا وإيران عضوان في مجموعة بريكس.".encode("utf-8"))
    db = tmp_path / "m.duckdb"
    summary = ingest([folder], db, progress=False)
    assert summary.errors == [] and summary.new == 2
    with duckdb.connect(str(db), read_only=True) as con:
        assert sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()) == ["bad\\xff", "good"]


@pytest.mark.parametrize("field", ["text", "title", "id"])
def test_a_record_holding_an_unpaired_surrogate_is_refused_and_the_rest_loaded(tmp_path, field):
    """JSON can escape a lone surrogate («\\ud800»), which no text can hold: the record is refused with its place
    and reason, and the records around it are loaded."""
    base = json.loads((ROOT / "seeds" / "sample" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    bad = dict(base, id="bad")
    bad[field] = bad.get(field, "") + "\ud800"
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(a, ensure_ascii=True) for a in [dict(base, id="before"), bad,
                                                                        dict(base, id="after")]), encoding="utf-8")
    db = tmp_path / "m.duckdb"
    summary = ingest([src], db, progress=False)
    [err] = summary.errors
    name = "article_id" if field == "id" else field
    assert err.path == f"{src}:2" and f"its {name} holds an unpaired surrogate (U+D800" in err.reason
    with duckdb.connect(str(db), read_only=True) as con:
        assert sorted(r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()) == ["after", "before"]


@pytest.mark.slow
def test_chunks_come_back_in_input_order_however_the_processes_share_them(monkeypatch):
    from etl import pipeline
    from etl.read import RawArticle

    monkeypatch.setattr(pipeline, "CHUNK", 3)
    base = json.loads((ROOT / "seeds" / "sample" / "articles.jsonl").read_text(encoding="utf-8").splitlines()[0])
    items = [RawArticle(article_id=f"a{i:03}", text=base["text"] + f" {i}", origin="test") for i in range(90)]
    for workers in (1, 2, 3):
        done = list(pipeline._processed(iter(items), {}, workers))
        assert [i for d in done for i in d.rows.hashes] == [a.article_id for a in items], workers
