"""Issue 14: impossible dates (item 7), duplicate ids in one input (item 8), symlinks and unsafe zip
members (item 11), and an interrupted run's errors recorded once (item 11)."""
import json
from datetime import date, timedelta

import duckdb

from etl.pipeline import ingest, parse_published
from tests.conftest import ROOT

SEED = (ROOT / "seeds" / "000_5ca05d674973007d.txt").read_text(encoding="utf-8")
TEXT = "قال بوتين إن روسيا وإيران شريكان في مشروع خط السكك الحديدية بين رشت وآستارا."


def jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def rows(db, sql):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


# ---------------------------------------------------------------- item 7: impossible dates


def test_dates_before_1900_or_after_tomorrow_are_stored_undated_with_the_reason(tmp_path):
    today = date.today()
    given = {"far-future": "9999-12-31", "year-one": "0001-01-01", "1899": "1899-12-31",
             "after-tomorrow": (today + timedelta(days=2)).isoformat(),
             "1900": "1900-01-01", "tomorrow": (today + timedelta(days=1)).isoformat(), "today": today.isoformat()}
    src = jsonl(tmp_path / "dates.jsonl", [{"id": k, "published": v, "text": f"{TEXT} ({k})"} for k, v in given.items()])
    db = tmp_path / "m.duckdb"
    summary = ingest([src], db, progress=False)
    assert (summary.new, summary.failed) == (7, 0)
    stored = {r[0]: (r[1], r[2]) for r in rows(db, "SELECT article_id, published, date_method FROM articles")}
    for k in ("far-future", "year-one", "1899", "after-tomorrow"):
        published, method = stored[k]
        assert published is None, k
        assert method.startswith("implausible") and given[k] in method, (k, method)
    for k in ("1900", "tomorrow", "today"):
        assert stored[k] == (date.fromisoformat(given[k]), "metadata"), k
    # The undated list of the data-quality page shows them with the reason.
    from db.queries import undated_articles
    with duckdb.connect(str(db), read_only=True) as con:
        undated = undated_articles(con)
    assert set(undated["article_id"]) == {"far-future", "year-one", "1899", "after-tomorrow"}
    assert undated["date_method"].str.startswith("implausible").all()


def test_a_date_found_in_the_text_is_held_to_the_same_window():
    assert parse_published("2999-01-01", "text")[0] is None
    assert parse_published("2024-03-19", "text") == (date(2024, 3, 19), "text")
    # re-extraction reads the stored article back undated, with its method: the reason stays
    reason = parse_published("9999-12-31")[1]
    assert parse_published(None, reason) == (None, reason)
    assert parse_published(None, None) == (None, "none")


# ---------------------------------------------------------------- item 8: the same id twice in one input


def test_duplicate_ids_are_errors_naming_both_places_and_the_first_is_kept(tmp_path):
    src = jsonl(tmp_path / "dup.jsonl", [
        {"id": "a", "text": SEED, "published": "2024-03-19"},
        {"id": "b", "text": TEXT},
        {"id": "a", "text": TEXT + " نسخة ثانية"},  # same id, other text: must not replace the first
        {"id": "b", "text": TEXT},  # same id, same text
    ])
    db = tmp_path / "m.duckdb"
    summary = ingest([src], db, progress=False)
    assert (summary.read, summary.new, summary.updated, summary.unchanged, summary.failed) == (2, 2, 0, 0, 2)
    assert {(e.path, e.reason) for e in summary.errors} == {
        (f"{src}:3", f"duplicate id 'a': also at {src}:1, which is kept"),
        (f"{src}:4", f"duplicate id 'b': also at {src}:2, which is kept"),
    }
    [(origin,)] = rows(db, "SELECT origin FROM articles WHERE article_id = 'a'")
    assert origin == f"{src}:1"
    stored_signals = rows(db, "SELECT count(*) FROM signals")[0][0]
    assert stored_signals > 0 and summary.signals == stored_signals  # what is stored, nothing replaced
    assert rows(db, "SELECT count(*) FROM ingest_errors")[0][0] == 2


def test_duplicates_across_chunks_files_and_a_manifest(tmp_path, monkeypatch):
    import etl.pipeline as pipeline
    monkeypatch.setattr(pipeline, "CHUNK", 2)  # the two copies land in different chunks
    first = jsonl(tmp_path / "1.jsonl", [{"id": f"x{i}", "text": f"{TEXT} {i}"} for i in range(5)])
    second = jsonl(tmp_path / "2.jsonl", [{"id": "x3", "text": SEED}, {"id": "y", "text": TEXT}])
    txt = tmp_path / "txt"
    txt.mkdir()
    (txt / "one.txt").write_text(TEXT + " أ", encoding="utf-8")
    (txt / "two.txt").write_text(TEXT + " ب", encoding="utf-8")
    (txt / "manifest.csv").write_text("file,id\none.txt,same\ntwo.txt,same\n", encoding="utf-8")
    db = tmp_path / "m.duckdb"
    summary = ingest([first, second, txt], db, progress=False)
    assert {(e.path, e.reason) for e in summary.errors} == {
        (f"{second}:1", f"duplicate id 'x3': also at {first}:4, which is kept"),
        (str(txt / "two.txt"), f"duplicate id 'same': also at {txt / 'one.txt'}, which is kept"),
    }
    assert (summary.read, summary.new, summary.failed) == (7, 7, 2)
    assert rows(db, "SELECT origin FROM articles WHERE article_id = 'x3'") == [(f"{first}:4",)]
    assert summary.signals == rows(db, "SELECT count(*) FROM signals")[0][0]
    # Again, with the lines already stored (skipped unread): the same errors, nothing changes.
    again = ingest([first, second, txt], db, progress=False)
    assert (again.read, again.new, again.updated, again.unchanged, again.failed) == (7, 0, 0, 7, 2)
    assert {e.path for e in again.errors} == {e.path for e in summary.errors}
    assert rows(db, "SELECT origin FROM articles WHERE article_id = 'x3'") == [(f"{first}:4",)]


# ---------------------------------------------------------------- item 11: links, zip slip, reruns


def test_a_symlink_never_leads_out_of_the_folder_given(tmp_path):
    outside = tmp_path / "outside"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_text(TEXT + " سر", encoding="utf-8")
    (outside / "folder" / "x.txt").write_text(TEXT + " سر آخر", encoding="utf-8")
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "link.txt").symlink_to(outside / "secret.txt")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "linked-folder").symlink_to(outside / "folder")
    (folder / "sub" / "inside.txt").symlink_to(folder / "a.txt")  # inside the folder: read
    (folder / "sub-again").symlink_to(folder / "sub")  # a folder inside it: reached directly, not twice
    db = tmp_path / "m.duckdb"
    summary = ingest([folder], db, progress=False)
    assert {(e.path, e.reason) for e in summary.errors} == {
        (str(folder / name), "symbolic link to outside the folder given (skipped)")
        for name in ("link.txt", "passwd.txt", "linked-folder")}
    assert {r[0] for r in rows(db, "SELECT article_id FROM articles")} == {"a", "inside"}
    # A file named explicitly is read whatever it is: the user gave it.
    assert ingest([folder / "link.txt"], db, progress=False).new == 1


def test_zip_members_with_unsafe_paths_are_reported(tmp_path):
    import zipfile
    path = tmp_path / "slip.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("../evil.txt", TEXT)
        zf.writestr("/abs/evil.txt", TEXT)
        zf.writestr("dir/../../evil.txt", TEXT)
        zf.writestr("ok/good.txt", TEXT)
    db = tmp_path / "m.duckdb"
    summary = ingest([path], db, progress=False)
    reason = "unsafe path in the archive (absolute or with '..'); skipped"
    assert {(e.path, e.reason) for e in summary.errors} == {
        (f"{path}:../evil.txt", reason), (f"{path}:/abs/evil.txt", reason), (f"{path}:dir/../../evil.txt", reason)}
    assert [r[0] for r in rows(db, "SELECT article_id FROM articles")] == ["good"]


def test_an_interrupted_runs_errors_are_not_recorded_again_by_the_rerun(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXT, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "bad.jsonl").write_text('{"id": "x", "text": "نص"}\n{not json\n', encoding="utf-8")
    db = tmp_path / "m.duckdb"
    first = ingest([folder], db, progress=False)
    assert first.failed == 2
    with duckdb.connect(str(db)) as con:  # as a run killed after its batch left it
        con.execute("UPDATE ingest_runs SET status = 'running', finished_at = NULL WHERE run_id = ?", [first.run_id])
    rerun = ingest([folder], db, progress=False)
    assert rerun.failed == 2
    recorded = rows(db, "SELECT run_id, path, reason FROM ingest_errors ORDER BY path")
    assert [(r[0], r[1]) for r in recorded] == [(rerun.run_id, f"{folder / 'bad.jsonl'}:2"),
                                                (rerun.run_id, str(folder / "empty.txt"))]
    assert rows(db, f"SELECT status FROM ingest_runs WHERE run_id = {first.run_id}") == [("interrupted",)]
    # A run that finished keeps its own record: the next one records its errors again, as before.
    third = ingest([folder], db, progress=False)
    assert rows(db, f"SELECT count(*) FROM ingest_errors WHERE run_id = {third.run_id}") == [(2,)]
    assert rows(db, "SELECT count(*) FROM ingest_errors")[0][0] == 4
