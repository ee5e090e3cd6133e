"""The dashboard's free-text filter and the words it shows for the vocabulary's codes."""
import duckdb
import pytest

from db.filters import Filters, readable
from db.migrations import migrate

SENTENCES = ["وتسعى طهران إلى زيادة صادراتها للنفط إلى روسيا",  # «للنفط»: ل + ال
             "اتفق البلدان على مبادلة النفط بالسلع",
             "وقع الجانبان اتفاقية للتعاون في قطاع بالغاز الطبيعي",
             "بحث الوزيران التعاون المصرفي"]


@pytest.fixture()
def con():
    c = duckdb.connect(":memory:")
    migrate(c)
    for i, s in enumerate(SENTENCES):
        c.execute("""INSERT INTO signals (signal_id, article_id, kind, key, label, topic, sentence, char_start,
                     char_end, mentions, search_text)
                     VALUES (?, 'a', 'economic', 'energy_deal', 'Energy deal', 'energy', ?, 0, 1, 1,
                             fold(concat_ws(' ', ?, 'Energy deal', 'energy_deal', 'joint_position', 'energy')))""",
                  [str(i), s, s])
    yield c
    c.close()


def matching(con, text):
    where, params = Filters(text=text, relevant_only=False, originals_only=False, hide_rejected=False).where()
    return sorted(int(r[0]) for r in con.execute(f"SELECT s.signal_id FROM signals s WHERE {where}", params).fetchall())


@pytest.mark.parametrize("text", ["النفط", "للنفط", "بالنفط", "والنفط", "النّفط"])
def test_a_word_with_the_article_matches_it_with_any_clitic(con, text):
    assert matching(con, text) == [0, 1]


def test_english_words_match_the_arabic_and_the_labels(con):
    assert matching(con, "oil") == [0, 1]
    assert matching(con, "OIL") == [0, 1]
    assert matching(con, "energy deal") == [0, 1, 2, 3]
    assert matching(con, "joint position") == [0, 1, 2, 3]  # the code joint_position, typed as words


def test_phrases_and_regex_characters(con):
    assert matching(con, "الغاز الطبيعي") == [2]
    assert matching(con, "للغاز الطبيعي") == [2]
    assert matching(con, "(النفط") == [] and matching(con, "ال.نفط") == []  # taken literally, no error
    assert matching(con, "المصرفي") == [3]


@pytest.mark.parametrize("code,words", [("joint_position", "joint position"), ("trade_figure", "trade figure"),
                                        ("western_arabic", "Western (Arabic service)"), ("in_force", "in force"),
                                        ("science_tech", "science and technology"), (None, "")])
def test_codes_read_as_words(code, words):
    assert readable(code) == words


def test_the_filters_caption_reads_in_words():
    assert Filters(kinds=("joint_position",), source_types=("western_arabic",)).caption() == (
        "kind is joint position; outlet type is Western (Arabic service)")
