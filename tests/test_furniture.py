"""Related-story teasers and headline lists are dropped when an article is read (etl.read.furniture)."""
import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.read.furniture import strip_furniture
from etl.read import read_paths

TEASER = "للمزيد: روسيا وإيران توقعان اتفاقية التعاون في مجال النقل"


def test_marked_teaser_lines_and_headline_lists_are_dropped():
    text = ("قال الرئيس إن الاقتصاد ينمو.\n" + TEASER + "\nاقرأ أيضاً: بوتين يزور طهران\n"
            "مواضيع ذات صلة\nقمة ثلاثية في أنقرة\nلافروف يلتقي ظريف\n\nوأضاف أن التضخم تراجع.")
    kept, dropped = strip_furniture(text)
    assert kept == "قال الرئيس إن الاقتصاد ينمو.\nوأضاف أن التضخم تراجع." and dropped == 5


def test_a_paragraph_that_merely_mentions_more_is_kept():
    text = "وقال إن المزيد من الاستثمارات سيأتي.\nوشاهد الحضور عرضا للمشاريع."
    assert strip_furniture(text) == (text, 0)


def test_one_teaser_in_many_pages_makes_no_signal(tmp_path):
    from etl.extract import extract
    path = tmp_path / "pages.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i in range(6):
            fh.write(json.dumps({"id": f"p{i}", "text": f"خبر محلي عن الطقس في المدينة رقم {i} اليوم.\n{TEASER}\n"
                                 "وقال إيراني إن روسيا جميلة في الشتاء."}, ensure_ascii=False) + "\n")
    articles = [a for a in read_paths([path]) if hasattr(a, "text")]
    assert len(articles) == 6 and all(TEASER not in a.text for a in articles)
    assert all(not any(s.kind == "agreement" for s in extract(a.text)[1]) for a in articles)


def test_a_teaser_is_found_wherever_a_line_can_open():
    """The quick check before the line-by-line pass sees a marker as the text's first line, after blank and
    indented lines, and in Latin capitals."""
    body = "قال الرئيس إن الاقتصاد ينمو."
    assert strip_furniture(TEASER + "\n" + body) == (body, 1)
    assert strip_furniture(body + "\n\n   \n  • " + TEASER) == (body + "\n\n   ", 1)
    assert strip_furniture(body + "\nREAD MORE: Putin visits Tehran") == (body, 1)
    assert strip_furniture(body + "\r\nSee also: Lavrov meets Zarif") == (body + "\r", 1)


_LINE_OPENS_WITH_A_MARKER = re.compile(  # the plain statement the quick check must agree with
    r"(?m)^[\s\-–•*▪►»«>|]*(?:للمزيد|لمزيد|اقرأ|إقرأ|اقرا|إقرا|شاهد|طالع|تابع|المزيد|اضغط|انقر|Read|See|Related|مواضيع|"
    r"أخبار|اخبار|روابط|مقالات|قصص|موضوعات|ذات صلة|قد يهمك)", re.IGNORECASE)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["\n", "\r", " ", "\t", "•", "-", "»", "Read", "READ", "see", "للمزيد", "قصص", "نص",
                                 "x", "\u2028"]), max_size=10).map("".join))
def test_the_quick_check_agrees_with_a_line_opening_on_a_marker(text):
    from etl.read.furniture import _AFTER_NEWLINE, _AT_START
    assert bool(_AT_START.match(text) or _AFTER_NEWLINE.search(text)) == bool(_LINE_OPENS_WITH_A_MARKER.search(text))
