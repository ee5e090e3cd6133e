"""Readers: each format, manifest metadata, and a clear error per bad file that never stops the batch."""
import json

from etl.read import RawArticle, ReadError, read_paths

ARTICLE = "قال بوتين إن روسيا وإيران شريكان."


def _read(*paths):
    return list(read_paths(paths))


def test_txt_without_manifest_uses_file_name(tmp_path):
    (tmp_path / "a1.txt").write_text(ARTICLE, encoding="utf-8")
    [a] = _read(tmp_path)
    assert isinstance(a, RawArticle) and a.article_id == "a1" and a.published is None


def test_txt_with_manifest(tmp_path):
    (tmp_path / "x.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "\ufefffile,id,published,source,url,title\nx.txt,art-9,2024-03-19,Test Wire,https://e.org/x,عنوان\n",
        encoding="utf-8")
    [a] = _read(tmp_path)
    assert (a.article_id, a.published, a.source, a.url, a.title) == (
        "art-9", "2024-03-19", "Test Wire", "https://e.org/x", "عنوان")


def test_jsonl_json_csv(tmp_path):
    rec = {"id": "j1", "source": "S", "url": "", "published": "2024-01-02", "title": "t", "text": ARTICLE}
    (tmp_path / "a.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([dict(rec, id="j2")], ensure_ascii=False), encoding="utf-8")
    (tmp_path / "c.csv").write_text("id,source,url,published,title,text\nj3,S,,2024-01-02,t,\"" + ARTICLE + "\"\n",
                                    encoding="utf-8-sig")
    got = _read(tmp_path)
    assert sorted(a.article_id for a in got) == ["j1", "j2", "j3"]
    assert all(a.text == ARTICLE for a in got)


def test_bad_inputs_are_named_and_the_rest_is_read(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    (tmp_path / "cut.jsonl").write_text('{"id": "ok", "text": "' + ARTICLE + '"}\n{"id": "bad", "te',
                                        encoding="utf-8")
    (tmp_path / "nocol.csv").write_text("id,title\n1,x\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    got = _read(tmp_path, tmp_path / "missing.txt")
    errors = {e.path.split("/")[-1]: e.reason for e in got if isinstance(e, ReadError)}
    assert errors["empty.txt"] == "empty file"
    assert "binary" in errors["binary.txt"]
    assert "invalid JSON" in errors["cut.jsonl:2"]
    assert "missing column 'text'" in errors["nocol.csv"]
    assert "UTF-8" in errors["latin1.txt"]
    assert "no such file" in errors["missing.txt"]
    assert [a.article_id for a in got if isinstance(a, RawArticle)] == ["ok"]


def test_jsonl_on_disk_is_streamed_past_the_file_size_cap(tmp_path, monkeypatch):
    import gzip

    from etl.read import limits
    monkeypatch.setattr(limits, "MAX_BYTES", 2000)  # the file is far larger; each line is not
    lines = [json.dumps({"id": f"a{i}", "text": ARTICLE}, ensure_ascii=False) for i in range(200)]
    lines.append(json.dumps({"id": "huge", "text": "ب" * 3000}, ensure_ascii=False))
    with gzip.open(tmp_path / "big.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    got = _read(tmp_path / "big.jsonl.gz")
    assert [a.article_id for a in got if isinstance(a, RawArticle)] == [f"a{i}" for i in range(200)]
    [err] = [e for e in got if isinstance(e, ReadError)]
    assert err.path.endswith("big.jsonl.gz:201") and "too large" in err.reason


def test_lines_already_stored_are_skipped_unparsed(tmp_path):
    from etl.read import Skipped, raw_hash
    lines = [json.dumps({"id": f"a{i}", "text": ARTICLE}, ensure_ascii=False) for i in range(3)]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = _read(tmp_path)
    assert [a.raw_hash for a in first] == [raw_hash(line.encode()) for line in lines]
    seen = {first[1].raw_hash}
    again = list(read_paths([tmp_path], skip_raw=seen.__contains__))
    assert [type(x).__name__ for x in again] == ["RawArticle", "Skipped", "RawArticle"]
    assert isinstance(again[1], Skipped) and again[1].origin.endswith("a.jsonl:2")


def test_jsonl_text_may_hold_unicode_line_separators(tmp_path):
    """JSON allows U+2028, U+2029 and U+0085 unescaped inside a string (pages copied from the web carry them):
    only a newline ends a JSON Lines record."""
    text = "قال بوتين\u2028إن روسيا وإيران\u2029شريكان\u0085في منظمة شنغهاي."
    recs = [{"id": "s1", "text": text}, {"id": "s2", "text": ARTICLE}]
    body = "\r\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\r\n"
    (tmp_path / "a.jsonl").write_text(body, encoding="utf-8", newline="")
    got = _read(tmp_path / "a.jsonl")
    assert [(a.article_id, a.text) for a in got] == [("s1", text), ("s2", ARTICLE)]
