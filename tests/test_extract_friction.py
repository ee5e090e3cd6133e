"""Friction between the two: rival sellers, rivals for influence, disputes. Sentences written for these tests
(sessions 11–12); each pairs a statement with a near miss."""
import pytest

from etl.extract import extract
from tests.extracting import found


def test_competing_for_oil_customers_and_for_influence_is_both_competition_and_rivalry():
    both = ("وقال الباحث إن موسكو وطهران تتقاطعان في رفض العقوبات، لكنهما تتنافسان على مشتري النفط في الهند "
            "وعلى النفوذ في القوقاز.")
    assert {("friction", "competition"), ("friction", "rivalry")} <= found(both)
    market_only = "وقال الباحث إن موسكو وطهران تتنافسان على مشتري النفط في الهند."
    assert ("friction", "rivalry") not in found(market_only)
    assert ("friction", "competition") in found(market_only)


def test_a_sentence_opening_on_a_clause_of_time_has_its_subject_after_the_comma():
    """«منذ فرض سقف الأسعار الغربي…، وجدت إيران نفسها في منافسة…»: the West named in the opening clause is not
    the sentence's subject."""
    text = ("منذ فرض سقف الأسعار الغربي على النفط الروسي، وجدت إيران نفسها في منافسة مباشرة مع شريكها الروسي على "
            "المصافي الصينية.")
    assert ("friction", "competition") in found(text)
    # Without the comma, the West's price cap is what the sentence is about.
    third = "وجدت الولايات المتحدة نفسها في منافسة مع النفط الروسي والإيراني على المصافي الصينية."
    assert ("friction", "competition") not in found(third)


@pytest.mark.parametrize("text", [
    "وخرج وزير الدفاع الإيراني العميد حسين دهقان ليتهم الروس بالاستعراض وقلة المراعاة.",
    "واتهمت أصوات إيرانية روسيا باستغلال المفاوضات النووية لخدمة مصالحها.",
    "واتهم الرئيس الإيراني روسيا بالتقصير في تسليم المنظومة.",
], ids=["subject before the verb", "verb first, the accused after its subject", "a title's adjective, then the accused"])
def test_one_side_accusing_the_other_is_a_disagreement(text):
    assert ("friction", "disagreement") in found(text)


@pytest.mark.parametrize("text", [
    "واتهمت روسيا وإيران الولايات المتحدة بتقويض الاتفاق النووي.",
    "واستخدمت روسيا حق النقض ضد مشروع قرار يتهم إيران بانتهاك حظر الأسلحة.",
    "واتهمت روسيا إسرائيل بالمسؤولية عن إسقاط الطائرة خلال غارة على أهداف إيرانية.",
], ids=["the two accusing a third", "a vetoed draft accusing Iran", "Russia accusing a third"])
def test_an_accusation_not_of_one_side_by_the_other_is_none(text):
    assert ("friction", "disagreement") not in found(text)


def test_criticism_by_one_side_of_the_other_named_right_after_it_is_a_disagreement():
    """«نواب إيرانيون روسيا»: the adjective of the critics, then the criticised; not one group of the two."""
    assert ("friction", "disagreement") in found(
        "وانتقد نواب إيرانيون روسيا بعد لقاء الرئيس فلاديمير بوتين رئيس الوزراء الإسرائيلي في موسكو.")


def test_a_delay_blamed_is_a_disagreement_but_one_told_past_is_not():
    blamed = "وقال مساعد الوزير الإيراني إن المشروع تعثر بسبب تأخر الجانب الروسي في تحويل التمويل."
    assert ("friction", "disagreement") in found(blamed)
    told = "وكانت روسيا قد أنجزت المفاعل الأول في بوشهر الإيرانية، الذي ربط بالشبكة عام 2011 بعد تأخير دام سنوات."
    assert ("friction", "disagreement") not in found(told)


def test_racing_for_markets_is_competition_racing_for_a_country_is_rivalry():
    markets = "وتملك روسيا وإيران أكبر احتياطيين للغاز، والبلدان يتسابقان أيضا على أسواق الغاز في آسيا الوسطى."
    assert ("friction", "competition") in found(markets)
    assert ("friction", "rivalry") not in found(markets)
    country = "ويرى محللون أن موسكو وطهران تتسابقان على حصد ثمار الحرب في سوريا."
    assert ("friction", "rivalry") in found(country)


@pytest.mark.parametrize("text", [
    "وتباينت مواقف روسيا وإيران حول مستقبل الأسد.",
    "وقال مسؤول إيراني إن روسيا لم تف بالتزاماتها في بناء محطة بوشهر.",
], ids=["positions diverged", "obligations not kept"])
def test_diverging_and_unkept_are_disagreements(text):
    assert ("friction", "disagreement") in found(text)


@pytest.mark.parametrize("text", [
    "ونفى المتحدث باسم الخارجية الإيرانية وجود أي خلاف مع روسيا.",
    "وقال الكرملين إن العلاقات مع إيران خالية من الخلافات.",
], ids=["existence denied, the speaker between", "free of it"])
def test_a_disagreement_denied_or_said_absent_is_none(text):
    assert ("friction", "disagreement") not in found(text)


def test_a_name_and_a_colon_opening_a_sentence_is_who_speaks_the_rest():
    """«لافروف: لا نؤيد…» (a headline's or a quote's form): the speaker and what he says are one statement."""
    assert ("friction", "disagreement") in found("لافروف: لا نؤيد التصريحات الإيرانية حول ضرورة تدمير إسرائيل")


def test_a_fronted_clause_of_circumstance_with_mae_names_no_subject():
    """«مع دخول الحرب في سوريا مراحلها النهائية، …»: the scene named in the opening circumstance is not the subject
    of the main clause."""
    assert ("friction", "disagreement") in found(
        "مع دخول الحرب في سوريا مراحلها النهائية، بدأت معركة جديدة بين روسيا وإيران، قبل أن تطفو الخلافات على "
        "السطح، لاسيما مع رفض موسكو لأجندة طهران الطائفية.")


def test_racing_against_time_or_calling_a_demand_on_iran_unrealistic_is_no_rivalry():
    assert ("friction", "rivalry") not in found(
        "في الوقت الذي كانت فيه الدول الست تسابق الزمن للتوصل إلى اتفاق مع إيران، وقعت روساتوم الروسية ومنظمة "
        "الطاقة الذرية الإيرانية اتفاقا لبناء مفاعلين.")
    assert ("friction", "rivalry") not in found(
        "وقال لافروف إن المطالبة بانسحاب إيران من سوريا غير واقعية، معتبرا أن وجود المستشارين الإيرانيين شرعي.")
    assert ("friction", "rivalry") in found("ويتسابق الروس والإيرانيون على الورقة السورية.")


def test_talk_of_a_thing_is_not_the_thing():
    assert ("friction", "disagreement") not in found(
        "وهذا التنسيق الميداني بين موسكو وطهران يجعل الحديث عن خلاف بين الحليفين أقرب إلى التمني منه إلى التحليل.")
    assert ("relations", "partnership") not in found(
        "يكثر الحديث منذ بدء الغارات الروسية في سوريا عن \"محور روسي إيراني\" يقاتل إلى جانب نظام الأسد.")
    assert ("friction", "disagreement") in found("وتحدث لافروف عن خلاف بين موسكو وطهران حول سوريا.")


def test_an_iranian_minister_criticising_the_russian_side_is_a_disagreement():
    """Session 14: a title alone between the two («الإيراني الجانبَ الروسي») begins the object of the verb; it
    does not list them as one subject. Joined by «و», they are one («الإيراني ونظيره الروسي»)."""
    text = "وانتقد وزير الدفاع الإيراني العميد حسين دهقان الجانب الروسي لأنه كشف العملية على الملأ."
    assert ("friction", "disagreement") in {(s.kind, s.key) for s in extract(text)[1]}
    together = "وانتقد وزير الخارجية الإيراني ونظيره الروسي العقوبات الأمريكية على البلدين."
    assert ("friction", "disagreement") not in {(s.kind, s.key) for s in extract(together)[1]}


@pytest.mark.parametrize("text,key", [
    ("استهجن نواب في مجلس الشورى الإيراني تلكؤ الروس في الوقوف إلى جانب طهران خلال الحرب.", "disagreement"),
    ("ويسعى كل من الروس والإيرانيين إلى الإمساك بالورقة السورية، في سباق صامت على الكلمة الأخيرة في دمشق.", "rivalry"),
], ids=["decried", "a silent race"])
def test_friction_in_more_of_the_words_news_uses(text, key):
    assert ("friction", key) in found(text)


def test_tension_in_the_region_is_no_dispute_between_the_two():
    """Session 15: «تصاعد التوتر في أنحاء المنطقة» is the region's, not a dispute of Russia and Iran."""
    text = ("وصفت وزارة الخارجية الروسية مقتل قائد فيلق القدس في الحرس الثوري الإيراني بأنه خطوة متهورة ستؤدي "
            "إلى تصاعد التوتر في أنحاء المنطقة.")
    assert ("friction", "disagreement") not in found(text)
