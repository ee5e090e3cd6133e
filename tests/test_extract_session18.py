"""Rules written in session 18 from the language of the twenty-first writing round's tuning sets on arrival (BU, BW):
each sentence here is written for the test, and each assertion fails with its rule reverted."""
import pytest

from etl.extract import extract
from tests.extracting import found


@pytest.mark.parametrize("text", [
    "وقال نائب وزير الخارجية الروسي إن موسكو وطهران ليستا بصدد إنشاء تحالف عسكري.",
    "وأكد المسؤول الروسي أن موسكو وطهران لا تبنيان تحالفا عسكريا.",
    "وقال السفير الإيراني إن إيران وروسيا لا تنويان إقامة تحالف عسكري.",
    "وقال الباحث إن روسيا وإيران ليستا في وارد تشكيل تحالف.",
])
def test_an_alliance_they_are_not_about_to_make_is_denied(text):
    got = found(text)
    assert ("relations", "other") in got and ("relations", "partnership") not in got


def test_an_alliance_they_make_is_still_one():
    assert ("relations", "partnership") in found("وقال المسؤول الروسي إن موسكو وطهران تبنيان تحالفا استراتيجيا.")


def test_ones_own_relations_called_strategic():
    text = "ونقلت وكالة تاس عن المتحدث باسم الكرملين قوله إن روسيا تثمن علاقاتها الاستراتيجية مع طهران."
    assert ("relations", "partnership") in found(text)
    # a treaty's name is no label
    text = "وقال الوزير الروسي إن معاهدة شراكتهما الاستراتيجية مع طهران دخلت حيز التنفيذ."
    assert ("relations", "partnership") not in found(text)


def test_officials_of_other_years_are_their_side():
    # the Iranian foreign ministry's spokesman of 2021-2022, named without his country
    text = "وأكد المتحدث باسم الخارجية سعيد خطيب زاده أن العلاقات مع روسيا استراتيجية."
    assert ("relations", "partnership") in found(text)


@pytest.mark.parametrize("text", [
    "دعت الصين وروسيا وإيران، في بيان مشترك صدر في ختام اجتماع ثلاثي، إلى إنهاء جميع العقوبات الأحادية غير القانونية.",
    "رفضت روسيا وإيران والصين العقوبات الأحادية غير القانونية.",
])
def test_the_two_with_others_as_the_subject_of_a_stand(text):
    assert ("joint_position", "sanctions") in found(text)


@pytest.mark.parametrize("text", [
    "انتقدت الولايات المتحدة روسيا وإيران والصين بسبب العقوبات الأحادية.",
    "دعت الولايات المتحدة روسيا وإيران والصين إلى رفع العقوبات الأحادية عن فنزويلا.",
])
def test_a_third_acting_on_the_list_is_no_stand_of_theirs(text):
    assert ("joint_position", "sanctions") not in found(text)


def test_said_goes_on_with_whom_the_sentence_before_tells_of():
    text = ("وعقد الرئيس الإيراني إبراهيم رئيسي محادثات مطولة مع الرئيس فلاديمير بوتين في الكرملين. "
            "وقال إن علاقات بلاده مع روسيا استراتيجية ولا سقف لتطويرها.")
    assert ("relations", "partnership") in found(text)
    # the two together before: whose country «بلاده» is stays untold
    text = ("وعقد الرئيسان الإيراني والروسي محادثات مطولة في الكرملين. "
            "وقال إن علاقات بلاده مع روسيا استراتيجية ولا سقف لتطويرها.")
    assert ("relations", "partnership") not in found(text)


def test_a_label_one_of_them_gives_is_held_at_a_distance():
    text = "ويرى مراقبون أن الموقف الروسي كشف حدود ما تسميه طهران الشراكة الاستراتيجية مع موسكو."
    got = found(text)
    assert ("relations", "other") in got and ("relations", "partnership") not in got
    # given, it is the label
    assert ("relations", "partnership") in found("وقال المسؤول الإيراني إن طهران تسمي علاقتها مع موسكو شراكة استراتيجية.")


def test_not_ruled_out_is_not_announced():
    text = "ولم يستبعد الوزيران الروسي والإيراني عقد قمة بين بوتين وبزشكيان في طهران خلال الأشهر المقبلة."
    assert ("meeting", "summit") not in found(text)
    assert ("meeting", "summit") in found("وعقد بوتين وبزشكيان قمة في طهران أمس.")


def test_what_someone_expects_is_no_fact():
    text = "فيما يتوقع خبراء روس أن يتوسع التعاون العسكري بين روسيا وإيران إذا تصاعدت الضغوط الغربية."
    assert ("military", "other") not in found(text)


def test_kyiv_and_third_ministers_are_third_parties():
    # Kyiv's accusation is no dispute between the two
    text = "وكانت كييف قد اتهمت طهران بالاصطفاف إلى جانب الكرملين في الحرب."
    assert ("friction", "disagreement") not in found(text)
    # the Chinese minister's visit to Tehran is no Iran–Russia visit
    text = "وجاءت زيارة وانغ يي إلى طهران بعد أيام من استقباله وزير الخارجية الروسي سيرغي لافروف في الصين."
    assert ("meeting", "visit") not in found(text)


def test_long_term_cooperation_with_the_article():
    text = "وقال المرشد الإيراني إن التعاون الطويل الأمد بين إيران وروسيا مفيد للغاية لكليهما."
    assert ("relations", "partnership") in found(text)


def test_the_verb_before_the_subjects_aside_governs_the_agreement():
    text = ("وقعت إيران والدول الأعضاء في الاتحاد الاقتصادي الأوراسي، الذي تقوده روسيا، الخميس في العاصمة الكازاخية "
            "اتفاقية مؤقتة للتجارة الحرة.")
    assert [s.status for s in extract(text)[1] if s.key == "eaeu_fta"] == ["signed"]


def test_the_three_guarantors_are_the_two_and_a_third():
    text = ("اجتمع وزراء خارجية روسيا وإيران وتركيا في موسكو. وأكد البيان الختامي رفض الدول الضامنة الثلاث أي محاولات "
            "لخلق وقائع جديدة على الأرض في سوريا.")
    assert ("joint_position", "syria") in found(text)


def test_a_catalogue_agreement_named_in_quotes_is_that_agreement():
    text = ("وقع الرئيسان الروسي فلاديمير بوتين والإيراني مسعود بزشكيان، الجمعة في الكرملين، معاهدة «الشراكة "
            "الاستراتيجية الشاملة» لمدة عشرين عاما.")
    got = found(text)
    assert ("agreement", "strategic_partnership_treaty") in got
    # and its name in quotes is no label of the relationship
    assert ("agreement", "other") not in got and ("relations", "partnership") not in got
    # another agreement named in quotes keeps its own name
    text = "ووقع الوزيران الروسي والإيراني اتفاقية «التعاون في مجال النقل» في طهران."
    assert ("agreement", "other") in found(text)


@pytest.mark.parametrize("text", [
    "وقال مسؤولون أمريكيون إن إيران أرسلت إلى روسيا ما يزيد على مئة ألف قذيفة مدفعية عبر بحر قزوين.",
    "وذكرت الصحيفة أن موسكو بدأت بالفعل تسليم إيران أنظمة دفاع جوي متطورة.",
])
def test_arms_sent_and_air_defence_systems(text):
    assert ("military", "arms_transfer") in found(text)


def test_denying_what_it_did_past_a_pronoun():
    assert ("military", "arms_transfer") not in found("ونفت طهران أنها باعت صواريخ بالستية لروسيا.")
    assert ("military", "arms_transfer") in found("وأكدت طهران أنها باعت صواريخ بالستية لروسيا.")


def test_meaning_to_implement_is_no_implementing():
    text = ("وأكد بزشكيان أن إيران عازمة على تنفيذ ما ورد في معاهدة الشراكة الاستراتيجية الشاملة مع روسيا، التي صادق "
            "عليها مجلس الدوما الشهر الماضي.")
    assert [s.status for s in extract(text)[1] if s.key == "strategic_partnership_treaty"] == ["ratified"]


def test_an_ambassador_received_where_he_lives_made_no_visit():
    text = "وفي موسكو، استقبل نائب وزير الخارجية الروسي سيرغي ريابكوف السفير الإيراني كاظم جلالي."
    assert ("meeting", "visit") not in found(text)
    assert ("meeting", "visit") in found("وفي موسكو، استقبل الرئيس الروسي فلاديمير بوتين وزير الخارجية الإيراني عباس عراقجي.")


def test_an_envoys_surname_after_his_full_name_is_his_side():
    text = ("قال السفير الإيراني لدى روسيا كاظم جلالي إن طهران وموسكو تستهدفان رفع حجم التبادل التجاري. "
            "وأضاف جلالي، في حديث لوكالة ريا نوفوستي، أن اتفاقية التجارة الحرة مع الاتحاد الاقتصادي الأوراسي ستكون "
            "محركا أساسيا لبلوغ هذا الهدف.")
    assert ("agreement", "eaeu_fta") in found(text)


def test_wishing_to_get_arms_is_no_transfer():
    text = "وردا على سؤال حول تقارير عن رغبة إيران في الحصول على منظومات إس-400 الروسية، قال المتحدث إن لا جديد."
    assert ("military", "arms_transfer") not in found(text)
    assert ("military", "arms_transfer") in found("وتسلمت إيران منظومات إس-400 الروسية الشهر الماضي.")


@pytest.mark.parametrize("text, key", [
    ("وذكرت الخارجية الروسية في بيان أن الوزيرين الروسي والإيراني شددا على أن مثل هذه الأعمال تمثل انتهاكا فادحا "
     "لمبادئ القانون الدولي.", "other"),
    # the matter named in the sentence before
    ("بحث الرئيس الروسي فلاديمير بوتين ونظيره الإيراني مسعود بزشكيان في اتصال هاتفي الحرب في غزة. وذكر الكرملين في "
     "بيان أن الجانبين أكدا ضرورة وقف فوري لإطلاق النار وإيصال المساعدات الإنسانية إلى القطاع.", "gaza"),
])
def test_a_dual_verb_right_after_the_two_is_their_stand(text, key):
    assert ("joint_position", key) in found(text)


def test_a_dual_verb_after_the_two_on_their_own_ties_is_no_stand():
    text = "وذكر الكرملين في بيان أن الرئيسين الروسي والإيراني أكدا أهمية تطوير العلاقات الثنائية."
    assert not {k for k in found(text) if k[0] == "joint_position"}


def test_not_satisfied_with_the_other_is_friction():
    text = "ونقلت وكالة رويترز عن مصادر إيرانية أن طهران غير راضية عن مستوى الدعم الروسي خلال الحرب."
    assert ("friction", "disagreement") in found(text)


def test_the_two_allies_with_the_article_are_allies_of_each_other():
    # a noun with the article is in construct with nothing: the place after it does not own the allies
    text = ("راهنت إيران وروسيا على بقاء الأسد منذ 2015. غير أن السنوات الأخيرة شهدت تنافسا مكتوما بين الحليفين على "
            "النفوذ في دمشق.")
    assert ("relations", "partnership") in found(text)
    # «لـ» after them, past their adjectives, makes them another's allies; so does the construct without the article
    for text in ("وتعد إيران وروسيا الحليفين الرئيسيين للأسد في الحرب السورية.",
                 "وتعد إيران وروسيا حليفي دمشق في الحرب السورية."):
        assert ("relations", "partnership") not in found(text)


@pytest.mark.parametrize("text", [
    "وقال روحاني إن طهران لا تضع سقفا لتطوير علاقاتها مع روسيا.",
    "وقال ظريف إن التعاون بين طهران وموسكو سيتعمق رغم كل الضغوط.",
    "ووصف المسؤول الروسي المشروع بأنه ثمرة التعاون الاستراتيجي بين روسيا وإيران.",
    "وقدمت طهران الزيارة دليلا على متانة العلاقة مع روسيا.",
])
def test_more_ways_of_calling_the_relationship_close(text):
    assert ("relations", "partnership") in found(text)


def test_a_later_word_of_a_name_may_open_a_quotation():
    text = "وكانت روسيا وإيران قد رفضتا محاولة واشنطن في أيلول الماضي تفعيل آلية «الزناد»."
    assert ("joint_position", "nuclear_deal") in found(text)


def test_an_entry_into_force_to_come_is_no_step_nor_is_what_it_waits_for():
    text = ("وقع الرئيسان الروسي فلاديمير بوتين والإيراني مسعود بزشكيان، الجمعة في الكرملين، معاهدة الشراكة "
            "الاستراتيجية الشاملة. وستدخل المعاهدة حيز التنفيذ بعد مصادقة البرلمانين عليها وتبادل وثائق التصديق.")
    assert [s.status for s in extract(text)[1] if s.kind == "agreement"] == ["signed"]
    # (a date set for its entry into force, no step waited for: it was signed; session 26, as the gold has it)
    text = "وقال لافروف إن معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران ستدخل حيز التنفيذ الشهر المقبل."
    assert [s.status for s in extract(text)[1] if s.kind == "agreement"] == ["signed"]
    text = "وقال لافروف إن معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران دخلت حيز التنفيذ الشهر الماضي."
    assert [s.status for s in extract(text)[1] if s.kind == "agreement"] == ["in_force"]


def test_arrived_on_a_visit_is_a_visit_though_a_summit_was_its_occasion():
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى طهران، الأربعاء، في زيارة تستغرق يوما واحدا يشارك خلالها في القمة "
            "الثلاثية لروسيا وإيران وتركيا.")
    assert ("meeting", "visit") in found(text)


def test_a_joint_letter_to_the_un_is_the_two_acting_there():
    text = ("ووجه وزراء خارجية إيران وروسيا والصين رسالة مشتركة إلى الأمين العام للأمم المتحدة أنطونيو غوتيريش ورئاسة "
            "مجلس الأمن.")
    assert ("organisation", "un") in found(text)
    # their envoy named there is no act of the two
    text = "ونفى الدبلوماسي الإسرائيلي ما صرح به مندوب روسيا الدائم لدى الأمم المتحدة عن سحب القوات الإيرانية."
    assert ("organisation", "un") not in found(text)


def test_iran_with_the_union_russia_leads_listed_in_an_apposition():
    text = ("وقعت إيران والدول الخمس الأعضاء في الاتحاد الاقتصادي الأوراسي، وهي روسيا وكازاخستان وبيلاروسيا وأرمينيا "
            "وقرغيزستان، أمس الخميس اتفاقية مؤقتة لإقامة منطقة تجارة حرة لمدة ثلاث سنوات.")
    assert [s.status for s in extract(text)[1] if s.key == "eaeu_fta"] == ["signed"]
