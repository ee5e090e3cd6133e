"""Rules written in session 20 from the language of the tuning part's errors and the twenty-seventh writing round's
tuning sets on arrival (CS, CU): each sentence here is written for the test, and each assertion fails with its rule
reverted."""
import pytest

from etl.extract import extract
from tests.extracting import found


def _statuses(text):
    return [(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"]


@pytest.mark.parametrize("text", [
    "ووقّع الوزيران الإيراني والروسي خارطة طريق لتنفيذ بنود المعاهدة الشاملة للشراكة الاستراتيجية، التي دخلت حيز التنفيذ "
    "في الربيع الماضي.",
    "وقال نائب وزير الخارجية الروسي إن البروتوكول مع إيران يحدد مراحل تنفيذ البنود الاقتصادية من معاهدة الشراكة "
    "الاستراتيجية الشاملة، السارية منذ العام الماضي.",
    "وتعمل طهران وموسكو حاليا على تنفيذ معاهدة الشراكة الاستراتيجية الشاملة التي دخلت حيز التنفيذ في الخريف.",
])
def test_carrying_an_agreement_out_is_its_step_now_its_entry_into_force_its_past(text):
    assert _statuses(text) == [("strategic_partnership_treaty", "implementing")]


@pytest.mark.parametrize("text", [
    # discussed, called for or meant: its entry into force is what is told of it
    "وبحث الوزيران الإيراني والروسي كذلك تنفيذ معاهدة الشراكة الاستراتيجية الشاملة التي دخلت حيز التنفيذ في الخريف.",
    "ودعا لافروف إيران إلى الإسراع في تنفيذ معاهدة الشراكة الاستراتيجية الشاملة التي دخلت حيز التنفيذ في الخريف.",
    "وتعتزم إيران وروسيا تنفيذ معاهدة الشراكة الاستراتيجية الشاملة التي دخلت حيز التنفيذ في الخريف.",
])
def test_carrying_it_out_talked_of_called_for_or_meant_leaves_it_in_force(text):
    assert _statuses(text) == [("strategic_partnership_treaty", "in_force")]


@pytest.mark.parametrize("text", [
    "وقال الكرملين إن العمل على المعاهدة الشاملة للشراكة الاستراتيجية بين روسيا وإيران «شارف على الانتهاء».",
    "وأفاد مساعد الرئيس الروسي بأن العمل على معاهدة الشراكة الاستراتيجية الشاملة مع إيران يقترب من نهايته.",
])
def test_the_work_on_a_text_near_its_end_is_a_draft(text):
    assert _statuses(text) == [("strategic_partnership_treaty", "drafted")]


@pytest.mark.parametrize("text", [
    "وقال بيسكوف إن نص معاهدة الشراكة الاستراتيجية الشاملة مع إيران بات جاهزا، مضيفا أن الرئيسين يعتزمان توقيعها "
    "قريبا.",
    "وأكد عراقجي أن نص معاهدة الشراكة الاستراتيجية الشاملة مع روسيا أُنجز، وأن الجانبين اتفقا على توقيعها خلال زيارة "
    "يقوم بها الرئيس إلى موسكو.",
])
def test_a_signing_meant_or_set_for_a_visit_to_come_is_no_signing(text):
    assert _statuses(text) == [("strategic_partnership_treaty", "drafted")]


def test_a_signing_told_of_a_visit_that_was_made_is_a_signing():
    text = ("وأكد عراقجي أن نص معاهدة الشراكة الاستراتيجية الشاملة مع روسيا أُنجز، وأن الجانبين وقعاها خلال زيارة قام "
            "بها الرئيس إلى موسكو.")
    assert _statuses(text) == [("strategic_partnership_treaty", "signed")]


@pytest.mark.parametrize("text", [
    "ورفضت موسكو وطهران، في بيانين متزامنين، إعلان واشنطن إعادة فرض العقوبات الأحادية على القطاع المصرفي الإيراني.",
    "رفضت إيران وروسيا محاولة الولايات المتحدة إعادة فرض جميع عقوبات مجلس الأمن على طهران.",
])
def test_a_third_state_named_as_the_doer_of_what_the_two_reject_is_not_the_subject_of_the_stand(text):
    assert ("joint_position", "sanctions") in found(text)


def test_a_third_state_that_is_the_subject_still_blocks():
    # the United States criticises; the stand is not the two's
    text = "وانتقدت الولايات المتحدة روسيا وإيران، وقالت إنها ستعيد فرض العقوبات الأحادية على البلدين."
    assert ("joint_position", "sanctions") not in found(text)


@pytest.mark.parametrize("text", [
    "وقال الرئيس الإيراني إن علاقة بلاده مع روسيا «استراتيجية وليست ظرفية».",
    "وأكد المتحدث باسم الخارجية الإيرانية أن العلاقات بين طهران وموسكو ليست مؤقتة بل استراتيجية.",
    "وقال السفير الإيراني في موسكو إن بلاده «لا تضع أي سقف» لتطوير علاقاتها مع روسيا.",
    "وقالت زاخاروفا إن المعاهدة مع إيران «تعكس المستوى غير المسبوق» للعلاقات بين البلدين.",
])
def test_the_relationship_called_strategic_not_circumstantial_or_without_ceiling_is_a_partnership(text):
    assert ("relations", "partnership") in found(text)


def test_a_relationship_denied_to_be_strategic_is_no_partnership():
    text = "وقال محلل إيراني إن العلاقة بين طهران وموسكو ليست استراتيجية بل ظرفية."
    assert ("relations", "partnership") not in found(text)


def _labels(text):
    return sorted({(s.key, s.label) for s in extract(text)[1] if s.kind == "agreement"})


def test_a_definite_noun_that_only_points_back_is_the_agreement_named_before():
    text = ("وقعت إيران والاتحاد الاقتصادي الأوراسي، الذي تقوده روسيا، اتفاقية التجارة الحرة الكاملة في موسكو. "
            "وبموجب الاتفاقية الجديدة تلغي روسيا وإيران الرسوم الجمركية على معظم السلع المتبادلة بينهما.")
    assert _labels(text) == [("eaeu_fta", "Free-trade agreement with the EAEU")]


def test_an_agreement_told_indefinite_then_definite_is_one_agreement():
    text = ("ووقعت روسيا وإيران اتفاقية حكومية لبناء خط سكة حديد بين مدينتين في شمال إيران. "
            "وقال الوزير الإيراني إن روسيا ستمول بموجب الاتفاقية الحكومية الجزء الأكبر من الأعمال.")
    # (the name stops at «بين» followed by others than the two)
    assert _labels(text) == [("other", "اتفاقية حكومية لبناء خط سكة حديد")]


@pytest.mark.parametrize("text", [
    "وقالت ايران وروسيا في بيان إن تفعيل الترويكا الأوروبية لآلية سناب باك باطل قانونيا.",
    "وأكد وزيرا خارجية إيران وروسيا أن تفعيل الآلية يفتقر إلى أي أساس قانوني.",
])
def test_the_snapback_held_void_by_the_two_is_a_stand_on_the_nuclear_deal(text):
    assert ("joint_position", "nuclear_deal") in found(text)


def test_the_snapback_only_talked_of_is_no_stand():
    text = "وقال لافروف إن روسيا وإيران ناقشتا آلية الزناد خلال اللقاء."
    assert ("joint_position", "nuclear_deal") not in found(text)


@pytest.mark.parametrize("text", [
    "لكن نوابا في البرلمان الإيراني انتقدوا ما وصفوه بتقاعس روسيا عن دعم بلادهم في مجلس الأمن.",
    "واشتكى مسؤولون إيرانيون من أن الشركات الروسية تؤخر تسليم المعدات المتفق عليها.",
    "وقال مسؤول إيراني إن الشرط الروسي «غير بناء» في هذه المرحلة.",
    "وقال قائد عسكري إيراني إن الروس «لم يقوموا بما كان متوقعا منهم» خلال الحرب.",
])
def test_criticism_complaints_and_unmet_expectations_between_the_two_are_a_disagreement(text):
    assert ("friction", "disagreement") in found(text)


@pytest.mark.parametrize("text", [
    "وقال نائب وزير الخارجية الروسي إن روسيا لا تبني مع إيران تحالفا عسكريا.",
    "وقال المتحدث باسم الكرملين إن المعاهدة مع إيران ليست معاهدة دفاع مشترك.",
    "وأضاف أن المعاهدة بين روسيا وإيران لا تلزم موسكو بالدفاع عن طهران إذا تعرضت لهجوم.",
    "وقال لافروف إن روسيا وإيران ليستا في تحالف ضد أحد.",
])
def test_an_alliance_or_defence_pact_denied_is_the_relationship_characterised(text):
    got = found(text)
    assert ("relations", "other") in got and ("relations", "partnership") not in got


def test_an_alliance_built_is_no_denial():
    text = "وقال محلل إن روسيا تبني مع إيران تحالفا عسكريا في المنطقة."
    assert ("relations", "other") not in found(text)


@pytest.mark.parametrize("text", [
    "وتقدمت قوات النظام في ريف حماة بعدما ساعد الطيران الروسي والمقاتلون الذين يدعمهم الحرس الثوري الإيراني الجيش السوري "
    "على استعادة القرى.",
    "وبعد أن ساعد الحلفاء الروس والإيرانيون الجيش السوري على استعادة حلب، تغيرت موازين القوى.",
])
def test_the_two_helping_the_syrian_army_take_ground_is_coordinated_military_action(text):
    assert ("military", "joint_operations") in found(text)


def test_help_to_another_army_from_one_of_the_two_alone_is_none():
    text = "وساعد الطيران الروسي الجيش السوري على استعادة القرى، فيما دعت إيران إلى وقف إطلاق النار."
    assert ("military", "joint_operations") not in found(text)


@pytest.mark.parametrize("text", [
    "ويطرح باحثون غربيون سيناريو حصول إيران على منظومة إس-400 الروسية وما يعنيه ذلك للمنطقة.",
    "وجاءت الزيارة بعد تقارير غربية عن عزم طهران بيع طائرات مسيرة لموسكو.",
    "وقال مسؤول أمريكي إن لدى واشنطن معلومات عن استعداد إيران لتزويد روسيا بطائرات مسيرة.",
])
def test_a_transfer_only_imagined_or_an_intent_others_report_is_no_transfer(text):
    assert ("military", "arms_transfer") not in found(text)


def test_a_sides_own_stated_intent_to_buy_is_a_contract_in_preparation():
    text = "وتنوي إيران شراء طائرات مقاتلة من طراز سوخوي-35 من روسيا خلال العام المقبل."
    assert ("military", "arms_transfer") in found(text)


def test_a_joint_letter_on_the_resolution_that_endorsed_the_deal_is_a_stand_on_the_deal():
    text = ("وأعلنت إيران وروسيا والصين، اليوم، في رسالة مشتركة وجّهتها إلى الأمين العام للأمم المتحدة ورئيس مجلس "
            "الأمن، أن القرار 2231 المصادق على الاتفاق النووي انتهى العمل به.")
    assert ("joint_position", "nuclear_deal") in found(text)


def test_a_joint_letter_on_another_matter_is_no_stand_on_the_deal():
    text = "ووجهت إيران وروسيا والصين رسالة مشتركة إلى الأمين العام للأمم المتحدة بشأن الوضع في أفغانستان."
    assert ("joint_position", "nuclear_deal") not in found(text)


@pytest.mark.parametrize("text", [
    "وكتب المحلل أن تصريحات لافروف عن إيران ليست لغة حليفين يثق أحدهما بالآخر.",
])
def test_the_label_asked_of_in_doubt_is_the_relationship_characterised(text):
    assert ("relations", "other") in found(text)


def test_a_relationship_said_to_know_no_limits_is_a_partnership():
    text = "وقال رئيسي أمام النواب الروس إن بلاده «لا تعرف حدودا» لتطوير علاقاتها مع روسيا."
    assert ("relations", "partnership") in found(text)


def test_partners_in_saving_the_syrian_regime_is_a_stand_on_syria():
    text = "والواقع أن الروس والإيرانيين شريكان في إنقاذ النظام السوري منذ عام 2015."
    assert ("joint_position", "syria") in found(text)


def test_an_extension_proposed_is_proposed_one_made_is_in_force():
    proposed = ("وكان وزير الخارجية الإيراني قد اقترح خلال زيارته موسكو تمديد معاهدة أسس العلاقات بين البلدين "
                "الموقعة عام ٢٠٠١ لعشر سنوات.")
    made = "ومددت روسيا وإيران معاهدة أسس العلاقات بين البلدين الموقعة عام ٢٠٠١ خمس سنوات أخرى."
    assert [st for _, st in _statuses(proposed)] == ["proposed"]
    assert [st for _, st in _statuses(made)] == ["in_force"]


def test_an_entry_into_force_as_of_a_time_to_come_is_no_step_yet():
    text = ("وقّعت روسيا وإيران أمس مذكرة تفاهم للتعاون في مجال النقل البري. وقال الوزير الروسي إن المذكرة تدخل حيز "
            "التنفيذ اعتبارا من مطلع الشهر.")
    assert [st for _, st in _statuses(text)] == ["signed"]


@pytest.mark.parametrize("text", [
    "طهران - اختتمت في طهران، الثلاثاء، أعمال اجتماع اللجنة الحكومية الروسية-الإيرانية المشتركة للتعاون الاقتصادي.",
    "واجتمعت اللجنة الحكومية الإيرانية - الروسية المشتركة في موسكو للمرة السابعة عشرة.",
])
def test_the_commission_named_by_the_two_adjectives_joined_by_a_hyphen_is_their_commission(text):
    assert ("meeting", "joint_commission") in found(text)


@pytest.mark.parametrize("text", [
    "وقال الوزير إن التعاون الإيراني-الروسي ضرورة استراتيجية في هذه المرحلة.",
    "وبحث الاجتماع العلاقات الروسية-الإيرانية وسبل تطويرها في جميع المجالات.",
])
def test_the_relationship_named_by_the_two_adjectives_joined_by_a_hyphen_is_judged_as_when_spaced(text):
    assert ("relations", "partnership") in found(text)


def test_cooperation_against_terrorism_said_to_go_on_is_coordinated_military_action():
    text = "وقال المتحدث باسم الكرملين إن التعاون مع طهران في مكافحة الإرهاب مستمر رغم الضغوط."
    assert ("military", "joint_operations") in found(text)


def test_russia_saying_it_stays_in_the_deal_backs_irans_position():
    text = "وأكد بوتين لنظيره الإيراني حسن روحاني أن روسيا «باقية» في الاتفاق النووي رغم الانسحاب الأمريكي."
    assert ("joint_position", "nuclear_deal") in found(text)


@pytest.mark.parametrize("text", [
    "وبات النفط الروسي المخفض ينافس الخام الإيراني مباشرة على المصافي المستقلة في الصين.",
    "ويرى الباحث أن الشراكة السياسية بين موسكو وطهران لا تمنع أن تكونا في سوق النفط خصمين يبيعان للزبون نفسه.",
])
def test_one_sides_oil_vying_with_the_others_or_the_two_as_adversaries_in_a_market_is_competition(text):
    assert ("friction", "competition") in found(text)


@pytest.mark.parametrize("text", [
    "وقال خامنئي خلال استقباله بوتين إنه لو لم تبادر روسيا لكان الطرف الآخر قد أشعل الحرب بذريعة شبه جزيرة القرم.",
    "وجاءت تصريحات الرئيس الإيراني في أوضح تأييد إيراني للرواية الروسية منذ بدء الحرب في أوكرانيا.",
])
def test_iran_telling_the_war_in_ukraine_as_russia_tells_it_is_a_shared_stand(text):
    assert ("joint_position", "ukraine") in found(text)


def test_a_plain_hypothesis_with_the_same_words_is_none():
    text = "وقال محلل إيراني إنه لو تبادر روسيا إلى تسليم إيران منظومات إس-400 لتغير الوضع في المنطقة."
    assert ("joint_position", "ukraine") not in found(text)


@pytest.mark.parametrize("text", [
    "طهران - دخل الاتفاق التجاري المؤقت بين إيران والاتحاد الاقتصادي الأوراسي، الذي تقوده روسيا، حيز التنفيذ أمس.",
    "ووقّعت إيران والدول الأعضاء في الاتحاد الاقتصادي الأوراسي، ومنها روسيا، اتفاقية كاملة للتجارة الحرة في سان بطرسبورغ.",
])
def test_an_agreement_named_by_free_trade_or_followed_by_the_eurasian_union_is_the_free_trade_agreement(text):
    assert [key for key, _ in _statuses(text)] == ["eaeu_fta"]


def test_a_bilateral_preferential_trade_agreement_is_not_the_unions():
    text = "ودعا الوزير الإيراني إلى إبرام اتفاقية للتجارة التفضيلية بين إيران وروسيا تخفض الرسوم على السلع الزراعية."
    assert [key for key, _ in _statuses(text)] == ["other"]


def test_the_strategic_cooperation_agreement_is_their_treaty():
    text = "وقال عبد اللهيان إن رئيسي سلّم الجانب الروسي مسودة اتفاقية التعاون الاستراتيجي لمدة عشرين عاما مع روسيا."
    assert _statuses(text) == [("strategic_partnership_treaty", "drafted")]


def test_the_two_refusing_forces_from_outside_the_region_in_the_caspian_is_a_shared_stand():
    text = "وأكد لافروف وعراقجي رفض وجود قوات مسلحة لدول من خارج المنطقة في بحر قزوين."
    assert ("joint_position", "other") in found(text)
