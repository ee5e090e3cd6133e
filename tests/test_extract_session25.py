"""Rules written in session 25 from the language of the tuning part's errors: each sentence here is written for the
test, and each assertion fails with its rule reverted."""
import pytest

from etl.extract import extract
from tests.extracting import keys, statuses

_DEAL_NAMED = "وأعلنت واشنطن انسحابها من الاتفاق النووي المبرم مع إيران. "


@pytest.mark.parametrize("text", [
    _DEAL_NAMED + "وقال المتحدث باسم الكرملين إن روسيا ستواصل الالتزام بالاتفاق ما دام الآخرون يلتزمون به.",
    _DEAL_NAMED + "وقال نائب وزير الخارجية الروسي إن موسكو تدعو الأوروبيين إلى العودة إلى الاتفاق دون شروط.",
    _DEAL_NAMED + "وتعهد وزيرا خارجية إيران وروسيا في اتصال هاتفي بالدفاع عن الاتفاق في مجلس الأمن.",
])
def test_russia_keeping_to_or_defending_the_deal_told_before_is_a_stand_on_it(text):
    assert "nuclear_deal" in keys(text, "joint_position")


@pytest.mark.parametrize("text", [
    _DEAL_NAMED + "ودعا الرئيس الروسي طهران إلى الالتزام بالاتفاق وعدم التصعيد.",
    _DEAL_NAMED + "وقال لافروف إن على إيران الالتزام بالاتفاق كما هو.",
    # air defence is no defending
    _DEAL_NAMED + "وقال مسؤول روسي إن الاتفاق مع الإمارات على أنظمة الدفاع الجوي لم يتأثر.",
])
def test_russia_urging_iran_to_keep_to_the_deal_or_air_defence_is_no_stand_beside_it(text):
    assert "nuclear_deal" not in keys(text, "joint_position")


def test_one_sides_speaker_of_the_two_after_a_sentence_pairing_the_other_with_a_third_state():
    text = ("وقّع الرئيسان الروسي والإيراني في الكرملين معاهدة الشراكة الشاملة بين البلدين. وقال لافروف إن الوثيقة "
            "ليست تحالفا عسكريا على غرار المعاهدة الموقعة مع كوريا الشمالية. وشدد الرئيس الإيراني على أن البلدين "
            "يرفضان العقوبات الأحادية غير الشرعية.")
    assert "sanctions" in keys(text, "joint_position")


def test_a_third_states_speaker_of_the_two_after_such_a_sentence_speaks_of_that_pair():
    text = ("وقّع الرئيسان الروسي والإيراني في الكرملين معاهدة الشراكة الشاملة بين البلدين. وقال لافروف إن الوثيقة "
            "ليست تحالفا عسكريا على غرار المعاهدة الموقعة مع كوريا الشمالية. وقال الزعيم الكوري الشمالي إن البلدين "
            "يرفضان العقوبات الأحادية غير الشرعية.")
    assert "sanctions" not in keys(text, "joint_position")


_SNAPBACK = "وفعّلت الدول الأوروبية الثلاث آلية إعادة فرض العقوبات الأممية على إيران الشهر الماضي. "


@pytest.mark.parametrize("text", [
    _SNAPBACK + "وقال نائب وزير الخارجية الروسي إن بلاده لن تعترف بالعقوبات المعادة ولن تطبقها.",
    _SNAPBACK + "وأكدت الخارجية الروسية في بيان أن إعادة فرض العقوبات لا يترتب عليها أي أثر قانوني.",
])
def test_russia_refusing_the_snapbacks_sanctions_is_a_stand_on_the_deal(text):
    assert "nuclear_deal" in keys(text, "joint_position")


def test_americas_own_sanctions_reimposed_are_no_snapback():
    text = ("انسحبت واشنطن من الاتفاق مع طهران. وقال المتحدث باسم الكرملين إن روسيا لا تعترف بإعادة فرض العقوبات "
            "الأمريكية التي تستهدف شركاتها.")
    assert "nuclear_deal" not in keys(text, "joint_position")


@pytest.mark.parametrize("text", [
    "وقال وزير الخارجية الروسي إن روسيا وإيران ستواصلان تعاونهما في كل المجالات رغم الضغوط الغربية.",
    "وقال الرئيس الروسي إن التعاون بين موسكو وطهران «يتطور في كل الاتجاهات».",
])
def test_the_two_going_on_with_or_growing_their_cooperation_is_a_partnership(text):
    assert "partnership" in keys(text, "relations")


def test_need_that_does_not_make_an_alliance_denies_it():
    text = ("وخلاصة القول إن روسيا وإيران تحتاج كل منهما إلى الأخرى، لكن الحاجة وحدها لا تصنع تحالفا.")
    assert keys(text, "relations") == ["other"]


def test_coordinating_inside_a_body_named_before_is_no_alliance_of_theirs():
    text = ("وقال نائب وزير النفط الإيراني إن إيران، المعفاة من تخفيضات «أوبك+»، تنسق مع روسيا داخل التحالف للدفاع عن "
            "حصتها في السوق.")
    assert "partnership" not in keys(text, "relations")


def test_a_firms_partner_in_a_venture_is_no_label_of_the_relationship():
    text = ("وقال مسؤول في غرفة التجارة الإيرانية الروسية إن شركة إيرانية للأسمدة اتفقت مع شريك روسي على تأسيس مشروع "
            "مشترك في أستراخان.")
    assert "partnership" not in keys(text, "relations")


def test_the_treaty_referred_back_to_is_another_pairs_where_its_name_was_told_with_them():
    text = ("موسكو - دخلت معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وكوريا الشمالية حيز التنفيذ اليوم. ووقّع الرئيس "
            "الروسي والزعيم الكوري الشمالي المعاهدة في بيونغ يانغ العام الماضي، وصادق عليها مجلس الدوما في أكتوبر. "
            "وتخضع كوريا الشمالية، شأنها شأن إيران، لعقوبات أممية واسعة.")
    assert "strategic_partnership_treaty" not in keys(text, "agreement")


def test_the_treaty_referred_back_to_is_the_twos_where_its_name_was_told_with_them():
    text = ("موسكو - دخلت معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران حيز التنفيذ اليوم. ووقّع الرئيسان الروسي "
            "والإيراني المعاهدة في موسكو في كانون الثاني، وصادق عليها مجلس الدوما في نيسان.")
    assert "strategic_partnership_treaty" in keys(text, "agreement")


def test_new_horizons_opened_to_the_relationship_are_a_partnership():
    text = "وقال الرئيس الروسي إن المعاهدة مع إيران «تفتح آفاقاً جديدة» للعلاقات بين البلدين."
    assert "partnership" in keys(text, "relations")


def test_a_speakers_participle_of_criticising_the_other_is_a_disagreement():
    text = ("وقال مسؤول في الشركة الإيرانية إن الجانب الروسي «تراجع عند أول اختبار»، منتقدا ما وصفه بتردد الشركات "
            "الروسية كلما ارتفعت المخاطر.")
    assert "disagreement" in keys(text, "friction")


def test_payments_as_one_field_a_document_covers_are_no_step_taken():
    text = ("وقال نائب وزير الخارجية الروسي إن المعاهدة مع إيران تتضمن فصولا تخص التعاون في الطاقة والنقل والقطاع "
            "المصرفي والتسويات بالعملات الوطنية.")
    assert "payments" not in keys(text, "economic")


def test_settling_in_national_currencies_is_a_payments_step():
    text = "وقال محافظ البنك المركزي الإيراني إن الحصة الكبرى من التسويات مع روسيا باتت تتم بالعملات الوطنية."
    assert "payments" in keys(text, "economic")


def test_astana_named_as_a_city_is_no_astana_process():
    text = ("وقال نائب وزير الاقتصاد الإيراني إن الاتفاقية مع روسيا وشركائها وُقعت في مدينة أستانا الكازاخية عام 2018 "
            "ودخلت حيز التنفيذ العام التالي.")
    assert "astana_format" not in keys(text, "organisation")


def test_the_atomic_agency_as_the_authority_over_sites_is_no_body_the_two_act_in():
    text = ("وأكد وزيرا خارجية إيران وروسيا رفضهما استهداف منشآت نووية خاضعة لضمانات الوكالة الدولية للطاقة الذرية.")
    assert "iaea" not in keys(text, "organisation")


def test_the_two_working_in_the_atomic_agency_is_a_body_they_act_in():
    text = "وقال المندوب الروسي إن روسيا وإيران تنسقان مواقفهما في مجلس محافظي الوكالة الدولية للطاقة الذرية."
    assert "iaea" in keys(text, "organisation")


def test_a_project_carried_out_according_to_an_agreement_has_it_implementing():
    text = ("وقال مسؤول إيراني إن محطة الكهرباء التي تبنيها شركة روسية في إيران «تُنفَّذ وفق الاتفاق الحكومي» بين "
            "البلدين رغم التأخير.")
    assert statuses(text) == ["implementing"]


def test_what_is_to_happen_according_to_an_agreement_is_its_terms_not_its_implementation():
    text = ("وقال وزير النفط الإيراني محسن باك نجاد إن المفاوضات مع غازبروم الروسية بشأن توريد الغاز إلى إيران بلغت "
            "مرحلة تحديد السعر. وأوضح أن المرحلة الأولى "
            "تنص على توريد ملياري متر مكعب سنويا، على أن ترتفع الكميات تدريجيا وفق مذكرة التفاهم الموقعة بين الجانبين.")
    assert "implementing" not in statuses(text)


def test_the_mehr_agency_in_a_dateline_signs_nothing():
    text = ("آستارا (مهر) - أعلن مدير عام جمارك آستارا أن اتفاقية التجارة الحرة الكاملة بين إيران والاتحاد الاقتصادي "
            "الأوراسي دخلت حيز التنفيذ منذ منتصف أيار/مايو. وأضاف أن صادرات المحافظة إلى روسيا ارتفعت.")
    assert statuses(text) == ["in_force"]


@pytest.mark.parametrize("text", [
    ("والتقى الرئيس الروسي المرشد الإيراني علي خامنئي، الذي رأى أنه لو لم تبادر روسيا في أوكرانيا لبادر الطرف "
     "الآخر إلى إشعال الحرب."),
    ("وقال المرشد الإيراني علي خامنئي للرئيس الروسي إن الحرب مؤلمة. لكنه أضاف أنه لو لم تبادر روسيا إلى التحرك "
     "في أوكرانيا، لكان الطرف الآخر هو من أشعل الحرب."),
])
def test_an_iranian_speaking_in_a_relative_clause_or_going_on_after_but_holds_russias_view(text):
    assert "ukraine" in keys(text, "joint_position")


def test_the_actor_of_words_a_speaker_goes_on_with_is_the_speakers_side():
    text = ("وقال وزير الخارجية الإيراني عباس عراقجي في مؤتمر صحفي إن العلاقات مع موسكو في أفضل حالاتها. وأضاف أن "
            "روسيا وإيران ترفضان العقوبات الأحادية غير الشرعية.")
    _, sigs = extract(text)
    assert [s.actor for s in sigs if s.key == "sanctions"] == ["iran"]


_LEAD = "موسكو – خاص\nحاورت «الصحيفة» نائب وزير الخارجية الروسي في مكتبه بموسكو.\n"


def test_a_later_sentence_of_an_answer_is_the_interviewees_voice():
    text = (_LEAD + "س: كيف ترون العلاقات مع طهران؟\nج: جيدة جدا. نحن والإيرانيون نرفض العقوبات الأحادية غير الشرعية. "
            "ونعمل مع شركائنا الإيرانيين على ربط نظامي الدفع.")
    _, sigs = extract(text)
    assert "sanctions" in keys(text, "joint_position")
    assert {s.actor for s in sigs if s.key == "sanctions"} == {"russia"}


def test_a_dashed_answer_under_a_marked_question_is_the_interviewees_voice():
    text = (_LEAD + "■ هل تتعاونون مع طهران في سوريا؟\n– نعم. ونحن والجانب الإيراني نرفض العقوبات الأحادية غير "
            "الشرعية.")
    assert "sanctions" in keys(text, "joint_position")


def test_a_turn_headed_by_a_named_official_is_his_sides_voice():
    text = ("التقت «الصحيفة» وزير الخارجية الروسي سيرغي لافروف.\n«الصحيفة»: ماذا عن طهران؟\nلافروف: العلاقات جيدة. "
            "ونحن والإيرانيون نرفض العقوبات الأحادية غير الشرعية.\n«الصحيفة»: والاقتصاد؟\nلافروف: التجارة تنمو.")
    _, sigs = extract(text)
    assert {s.actor for s in sigs if s.key == "sanctions"} == {"russia"}


def test_a_dateline_with_a_colon_is_no_speakers_turn():
    text = ("موسكو - المسيرة نت: وقّع الرئيسان الإيراني والروسي في الكرملين معاهدة الشراكة الاستراتيجية الشاملة. "
            "وأضاف أن البلدين يقفان معا في وجه العقوبات الأحادية.")
    _, sigs = extract(text)
    assert {s.actor for s in sigs if s.key == "sanctions"} != {"russia"}


def test_partners_in_this_corridor_are_partners_in_one_field():
    text = ("وقال نائب وزير الطرق الإيراني إن بلاده ترحب بالملاحظات الروسية، وإن إيران وروسيا «شريكان في هذا الممر» "
            "ولا مصلحة لأي منهما في تأخيره.")
    assert "partnership" not in keys(text, "relations")


def test_irans_minister_of_oil_is_iran():
    text = "وقال وزير النفط الإيراني إن بلاده ستوقع مع روسيا اتفاقا لتوريد الغاز الروسي الشهر المقبل."
    _, sigs = extract(text)
    assert sigs


def test_files_a_speaker_differs_on_with_the_other_are_a_disagreement():
    text = "وقال وزير الخارجية الإيراني إن هناك ملفات نختلف فيها مع الأصدقاء الروس، من القوقاز إلى أسواق الطاقة."
    assert "disagreement" in keys(text, "friction")


def test_my_country_beside_one_of_the_two_is_the_other():
    text = ("دخلت المعاهدة بين إيران وروسيا حيز التنفيذ قبل عام. وأقول للقارئ العربي إن بلادي وروسيا ترفضان "
            "العقوبات الأحادية غير الشرعية.")
    assert "sanctions" in keys(text, "joint_position")


def test_a_third_states_act_that_dates_the_news_makes_it_no_party():
    text = ("وبحث وزير الخارجية الروسي هاتفيا مع نظيره الإيراني بعد ساعات من خطاب ترامب، وأكد الجانبان أنهما "
            "سيواصلان العمل معا للحفاظ على الاتفاق النووي بكل عناصره.")
    assert "nuclear_deal" in keys(text, "joint_position")


def test_disappointment_at_a_third_states_decision_is_no_dispute_of_the_two():
    text = ("وقالت الخارجية الروسية في بيان إنها تشعر بخيبة أمل شديدة إثر قرار الولايات المتحدة إعادة فرض العقوبات "
            "على إيران.")
    assert "disagreement" not in keys(text, "friction")


def test_a_meeting_to_discuss_the_situation_in_syria_is_no_stand_on_it():
    text = ("وقال المتحدث باسم الكرملين إن اجتماعا بين أردوغان وبوتين والرئيس الإيراني حسن روحاني من المقرر أن ينعقد "
            "في نيسان المقبل لمناقشة الموقف في سوريا.")
    assert "syria" not in keys(text, "joint_position")


def test_keeping_the_deal_said_to_be_impossible_is_no_backing_of_it():
    text = ("وانسحبت واشنطن من الاتفاق النووي مع إيران. ونسبت وكالة روسية إلى نائب وزير الخارجية الروسي قوله إنه سيكون "
            "من المستحيل الحفاظ على الاتفاق النووي من دون أن تقدم طهران تنازلات.")
    assert "nuclear_deal" not in keys(text, "joint_position")
