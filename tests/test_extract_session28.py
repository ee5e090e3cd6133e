"""Rules written in session 28 from the language of the tuning part's errors: each sentence here is written for the
test. Each test of what a rule finds fails with the rule reverted; each test of what it must not find fails with its
guard removed."""
import pytest

from tests.extracting import keys


@pytest.mark.parametrize("text", [
    "وكان قائد القوات البحرية الإيرانية الأدميرال شهرام إيراني قد زار روسيا في الربيع الماضي.",
    "وصل قائد القوات الجوية الروسية إلى طهران في زيارة رسمية.",
])
def test_a_commander_of_one_side_visits_the_other(text):
    assert keys(text, "meeting") == ["visit"]


_FROZEN = "وكانت موسكو قد جمدت عام 2010 عقد تسليم منظومات دفاع جوي إلى طهران. "


@pytest.mark.parametrize("suit", [
    "وردت طهران برفع دعوى تعويض أمام هيئة تحكيم دولية.",
    "ثم رفعت إيران أمام محكمة التحكيم دعوى تطالب فيها بمليارات الدولارات.",
])
def test_iran_taking_the_other_to_arbitration_is_a_dispute(suit):
    assert "disagreement" in keys(_FROZEN + suit, "friction")


def test_a_suit_withdrawn_is_no_dispute():
    text = _FROZEN + "وبعد سنوات سحبت إيران الدعوى التي رفعتها أمام محكمة التحكيم."
    assert keys(text, "friction") == []


@pytest.mark.parametrize("text", [
    "وقال الكرملين إن الرئيس الروسي أدان بشدة العملية العسكرية الإسرائيلية ضد إيران.",
    "وندد وزير الخارجية الروسي بالضربات الأميركية ضد إيران ووصفها بأنها انتهاك للقانون الدولي.",
])
def test_russia_condemning_an_attack_against_iran_holds_irans_position(text):
    assert keys(text, "joint_position") == ["other"]


@pytest.mark.parametrize("text, key", [
    ("وبحسب محللين، تتطابق مواقف موسكو وطهران في الأزمة الفنزويلية، إذ يعترف البلدان بحكومة كاراكاس.", "other"),
    ("وبذلك تتفق طهران وموسكو على رفض أي حكومة تفرضها القوى الغربية على الشعب الفنزويلي.", "other"),
    ("وفي الملف الليبي، التقت موسكو وطهران عند دعم حل سياسي يقرره الليبيون أنفسهم.", "other"),
])
def test_views_said_to_match_are_a_joint_position(text, key):
    assert keys(text, "joint_position") == [key]


@pytest.mark.parametrize("text", [
    "واتفقت روسيا وإيران على تسريع إجراءات شحن الحبوب عبر موانئ بحر قزوين.",  # an arrangement, no stand
    "لماذا تتطابق مواقف موسكو وطهران في الأزمة الفنزويلية؟",  # a question
    "والتقت موسكو وطهران في فيينا لبحث الملف النووي الإيراني.",  # a meeting, no meeting of views
    "وتقاربت موسكو وطهران في السنوات الأخيرة.",  # a rapprochement
])
def test_agreeing_on_a_thing_to_do_or_asking_is_no_joint_position(text):
    assert keys(text, "joint_position") == []
