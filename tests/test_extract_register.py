"""The language of 2019–2026 news, which the 2015 and 2018 corpora hardly speak: drones and missiles in
both directions, drills with third states, payment links, gas, corridors, summoned envoys. Sentences
written for these tests; each states one signal an analyst expects."""
import pytest

from etl.extract import extract

CASES = [
    ("وزودت إيران روسيا بطائرات مسيرة من طراز شاهد استخدمتها القوات الروسية في أوكرانيا.", ("military", "arms_transfer")),
    ("وذكرت تقارير أن إيران سلمت روسيا صواريخ باليستية قصيرة المدى.", ("military", "arms_transfer")),
    ("وافتتحت روسيا مصنعا لإنتاج طائرات شاهد الإيرانية في تتارستان بترخيص إيراني.", ("military", "arms_transfer")),
    ("وأجرت القوات البحرية الإيرانية والروسية والصينية مناورات مشتركة في خليج عمان تحت اسم حزام الأمن البحري.",
     ("military", "joint_exercise")),
    ("وشاركت إيران وروسيا في مناورات أمن بحري مشتركة في المحيط الهندي.", ("military", "joint_exercise")),
    ("وتدرب خبراء إيرانيون عسكريين روسا على تشغيل الطائرات المسيرة.", ("military", "other")),
    ("وأعلن البنكان المركزيان في إيران وروسيا ربط نظامي الدفع مير وشتاب بشكل كامل.", ("project", "mir_shetab")),
    ("واتفقت شركة غازبروم الروسية مع الشركة الوطنية الإيرانية للغاز على توريد الغاز الروسي إلى إيران.",
     ("project", "gas_supply")),
    ("ووصل أول قطار يحمل بضائع روسية إلى ميناء بندر عباس الإيراني عبر ممر شمال-جنوب.", ("project", "instc")),
    ("واستدعت الخارجية الإيرانية السفير الروسي في طهران احتجاجا على البيان الروسي الخليجي بشأن الجزر الثلاث.",
     ("friction", "disagreement")),
    ("وأبدت طهران استياءها من تأخر روسيا في تسليم منظومات الدفاع الجوي.", ("friction", "disagreement")),
    ("وتبيع روسيا وإيران نفطهما للصين بخصومات كبيرة وتتنافسان على المشترين في آسيا.", ("friction", "competition")),
    ("وقال عراقجي إن إيران وروسيا تقفان معا ضد العقوبات الأحادية الغربية.", ("joint_position", "sanctions")),
    ("ودخلت اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي حيز التنفيذ، وروسيا عضو في الاتحاد.",
     ("agreement", "eaeu_fta")),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[f"{k}/{v}-{i}" for i, (_, (k, v)) in enumerate(CASES)])
def test_the_register_of_recent_news(text, expected):
    assert expected in {(s.kind, s.key) for s in extract(text)[1]}


def test_a_treaty_named_after_partnership_is_no_characterisation():
    sigs = {(s.kind, s.key) for s in extract("ووقع الرئيسان الإيراني والروسي معاهدة الشراكة الاستراتيجية الشاملة في موسكو.")[1]}
    assert ("agreement", "strategic_partnership_treaty") in sigs and ("relations", "partnership") not in sigs


FIGURES = [  # (sentence, key, value, unit): sentences written for these tests
    ("وقال نوفاك إن التبادل التجاري بين روسيا وإيران زاد بأكثر من ملياري دولار هذا العام.", "trade_growth", 2e9, "usd"),
    ("وارتفع التبادل التجاري بين إيران وروسيا إلى ثلاثة مليارات دولار.", "trade_volume", 3e9, "usd"),
    ("وتجاوزت صادرات القمح الروسي إلى إيران مليوني طن.", "other", 2e6, "tonnes"),
    ("وأكد المسؤول الإيراني أن نحو ٨٠٪ من التسويات بين إيران وروسيا تتم بالعملتين الوطنيتين.", "other", 80, "percent"),
]


@pytest.mark.parametrize("text,key,value,unit", FIGURES)
def test_trade_figures_of_recent_news(text, key, value, unit):
    """A dual scale word is two of it; an amount a trade grew *by* is growth; tonnes are a quantity, not the
    trade's value; a share of the settlements between the two is a figure of their exchange."""
    found = {(s.key, s.value, s.unit) for s in extract(text)[1] if s.kind == "trade_figure"}
    assert found == {(key, value, unit)}


def test_the_sidelines_of_a_meeting_are_no_summit():
    sigs = {(s.kind, s.key) for s in extract(
        "وعلى هامش الاجتماع الوزاري، التقى وزير الخارجية الإيراني نظيره الروسي وبحثا العلاقات الثنائية.")[1]}
    assert ("meeting", "talks") in sigs and ("meeting", "summit") not in sigs
