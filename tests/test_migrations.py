"""A database made by an older version is upgraded in place, keeping what it holds."""
import duckdb

from db import queries
from db.migrations import LATEST, MIGRATIONS, migrate
from etl.pipeline import reextract

TEXT = "وقال بوتين إن روسيا وإيران عضوان في مجموعة بريكس، وإن التبادل التجاري نما بنسبة ٧٧٪."


def test_texts_stored_plain_by_version_6_are_compressed_and_read_back(tmp_path):
    db = tmp_path / "old.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
        for number, name, sql in MIGRATIONS:
            if number > 6:
                break
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [number, name])
        con.execute("""INSERT INTO articles (article_id, published, source, title, text, content_hash, origin, relevant,
                       extractor_version) VALUES ('old-1', DATE '2024-05-01', 'Test', 'عنوان', ?, 'h', 'old', TRUE, 'v0')""",
                    [TEXT])
        assert migrate(con) == LATEST
        columns = [r[0] for r in con.execute("DESCRIBE articles").fetchall()]
    assert "text" not in columns and "text_z" in columns
    assert queries.read(queries.article, db, "old-1")["text"] == TEXT
    summary = reextract(db, progress=False)  # the stored text is what extraction reads again
    assert summary.read == 1 and summary.signals >= 2
