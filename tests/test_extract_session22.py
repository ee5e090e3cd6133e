"""Rules written in session 22 from the language of the tuning part's errors: each sentence here is written for the
test, and each assertion fails with its rule reverted."""
import pytest

from etl.extract import extract
from tests.extracting import keys, statuses


@pytest.mark.parametrize("text", [
    "وقال رئيس لجنة الشؤون الدولية في الدوما إن المعاهدة «ترتقي بالعلاقات الروسية الإيرانية إلى مستوى جديد نوعيا».",
    "وقال الرئيس الروسي إن الاتفاقية مع إيران تعكس رغبة البلدين في الارتقاء بالعلاقات إلى مستوى جديد.",
    "وأكد السفير الإيراني في موسكو أن زيارة رئيسي سترفع العلاقات مع روسيا إلى مستوى استراتيجي.",
])
def test_the_relationship_raised_to_a_new_level_is_a_partnership(text):
    assert keys(text, "relations") == ["partnership"]


def test_the_relationship_not_raised_is_no_partnership():
    text = "وقال خبير روسي إن المعاهدة مع إيران لن ترفع العلاقات إلى مستوى جديد ما دامت التجارة ضعيفة."
    assert keys(text, "relations") == ["other"]


def test_a_new_stage_in_one_field_is_no_label_of_the_relationship():
    text = "وقال رئيس منظمة الطاقة الذرية الإيرانية إن العقد مع روسيا يمثل «مرحلة جديدة» في التعاون النووي بين البلدين."
    assert "partnership" not in keys(text, "relations")


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية الإيراني إن العلاقات بين طهران وموسكو \"أعمق من أي وقت مضى\".",
    "وقال لافروف إن العلاقات مع طهران \"أمتن من أن يهزها تسجيل مسرب\".",
])
def test_ties_deeper_than_ever_or_too_strong_to_shake_are_a_partnership(text):
    assert keys(text, "relations") == ["partnership"]


def test_a_dual_after_one_of_each_named_alone_is_the_two():
    text = ("استضافت باكو اجتماعا لوزراء خارجية دول المنطقة بمشاركة أذربيجان وأرمينيا وتركيا وروسيا وإيران. "
            "وقال وزير الخارجية الروسي إن المنطقة تحتاج إلى الاستقرار. "
            "وقال وزير الخارجية الإيراني إن بلاده ترفض تغيير الحدود. "
            "وعلى هامش الاجتماع، عقد الوزيران لقاءً ثنائياً.")
    assert keys(text, "meeting") == ["talks"]


def test_a_dual_after_two_others_named_alone_is_not_the_two():
    text = ("استضافت باكو اجتماعا لوزراء خارجية دول المنطقة بمشاركة أذربيجان وأرمينيا وتركيا وروسيا وإيران. "
            "وقال وزير الخارجية الروسي إن المنطقة تحتاج إلى الاستقرار. "
            "وقال وزير الخارجية التركي إن بلاده تدعم الحوار. "
            "وعلى هامش الاجتماع، عقد الوزيران لقاءً ثنائياً.")
    assert keys(text, "meeting") == []


@pytest.mark.parametrize("text", [
    "يقول وزير الخارجية الإيراني السابق محمد جواد ظريف إن روسيا لم تكن تريد للاتفاق أن ينجح.",
    "وقال ظريف في التسجيل المسرب إن موسكو «لم يكن من مصلحتها» أن ينجح الاتفاق وأن تنفتح طهران على أوروبا.",
])
def test_one_side_said_not_to_have_wanted_the_others_deal_to_succeed_is_a_grievance(text):
    assert keys(text, "friction") == ["disagreement"]


def test_not_wanting_a_third_partys_effort_to_succeed_is_no_grievance():
    text = "وقال لافروف إن روسيا وإيران لا تريدان نجاح أي محاولة أمريكية لعزل دمشق."
    assert keys(text, "friction") == []


@pytest.mark.parametrize("text", [
    "وأكد وزير الخارجية الإيراني عباس عراقجي، في اتصال مع نظيره الروسي سيرغي لافروف، أن البلدين يرفضان الخطوة.",
    "وكان الرئيس الإيراني قد عبّر عن ذلك في اتصاله مع نظيره الروسي فلاديمير بوتين يوم بدء الحرب.",
    "وقال نوفاك للصحفيين، بعد اتصال مع وزير النفط الإيراني بيجن زنغنه، إن الكميات الحالية كافية.",
])
def test_a_call_told_after_a_preposition_is_a_phone_call(text):
    assert keys(text, "meeting") == ["phone_call"]


def test_being_in_touch_is_no_call():
    text = "وقال وزير الخارجية الإيراني إن بلاده على اتصال مع الجانب الروسي بشأن الملف."
    assert keys(text, "meeting") == []


def test_the_draft_a_relative_clause_says_is_being_negotiated_is_being_negotiated():
    text = ("وقال المسؤول الإيراني إن هذا الخلاف لا يلغي التزام إيران وروسيا بمشروع معاهدة الشراكة الاستراتيجية الشاملة "
            "التي يجري التفاوض عليها.")
    assert statuses(text) == ["negotiating"]


@pytest.mark.parametrize("text", [
    "وقال ظريف إن إيران وروسيا بدأتا مشاورات أولية حول «وثيقة تعاون طويلة الأمد» بين البلدين.",
    "وقال رئيس الوفد الإيراني إن اتفاقية التجارة الحرة المنشودة مع الاتحاد الاقتصادي الأوراسي الذي تقوده روسيا ستخفض الرسوم.",
])
def test_consultations_on_an_agreement_or_the_agreement_sought_is_being_negotiated(text):
    assert statuses(text) == ["negotiating"]


def _labels(text):
    return [s.label for s in extract(text)[1] if s.kind == "agreement"]


def test_a_thing_joined_to_a_bare_agreement_noun_is_not_its_name():
    text = "وبحث وزيرا الاقتصاد الإيراني والروسي في طهران تنفيذ الاتفاقات وإزالة العقبات أمام التجارة بين البلدين."
    assert not any("إزالة" in label for label in _labels(text))



@pytest.mark.parametrize("text", [
    "وكانت قاذفات روسية بعيدة المدى من طراز توبوليف-22 قد أقلعت الأسبوع الماضي من القاعدة الإيرانية لقصف مواقع في سوريا.",
    "وقال مسؤول إيراني إن الطائرات الروسية أنهت مهمتها انطلاقا من قاعدة \"الشهيد نوجه\" الجوية في همدان.",
])
def test_the_hamadan_base_by_its_full_name_or_as_irans_is_basing(text):
    assert keys(text, "military") == ["basing"]


def test_an_interviews_answer_speaks_for_the_interviewee():
    text = ("موسكو - قال نائب وزير الخارجية الروسي سيرغي ريابكوف، في مقابلة مع وكالة أنباء، إن الخطوة الأوروبية باطلة.\n"
            "س: ما موقفكم بعد التصويت الأخير؟\n"
            "ج: نحن وشركاؤنا الإيرانيون أبلغنا الأمين العام للأمم المتحدة في رسالة مشتركة أن الآلية لم تعد قائمة.")
    assert "partnership" in keys(text, "relations")


def test_a_question_does_not_speak_for_the_interviewee():
    text = ("موسكو - قال نائب وزير الخارجية الروسي سيرغي ريابكوف، في مقابلة مع وكالة أنباء، إن الخطوة الأوروبية باطلة.\n"
            "س: نحن وشركاؤنا الإيرانيون، هل نبلغ الأمم المتحدة؟\n"
            "ج: لا تعليق.")
    assert keys(text, "relations") == []


def test_an_agreement_said_not_to_exist_between_them_is_none():
    text = "وقال لافروف إنه لا توجد بين روسيا وإيران معاهدة دفاع مشترك."
    assert [s for s in extract(text)[1] if s.kind == "agreement"] == []


def test_a_headlines_present_signing_in_a_capital_makes_a_visit():
    text = "الرئيسان فلاديمير بوتين ومسعود بزشكيان يوقعان في الكرملين معاهدة الشراكة الاستراتيجية الشاملة."
    assert keys(text, "meeting") == ["visit"]


def test_a_speaker_before_a_colon_is_raisi():
    text = "رئيسي: «سلّمنا الجانب الروسي مسودة وثيقة التعاون الاستراتيجي لعشرين عاما»."
    assert statuses(text) == ["drafted"]


def test_the_main_role_is_no_president():
    text = "وقال لافروف إن الدور الرئيسي لروسيا في سوريا: حماية النظام."
    assert extract(text)[1] == []


def test_a_brief_in_the_present_tells_a_signing():
    text = "• «غازبروم» والشركة الوطنية الإيرانية للنفط توقعان مذكرة تفاهم لتطوير حقول الغاز في إيران بمشاركة روسيا."
    assert statuses(text) == ["signed"]
