"""Rules written in session 21 from the language of the tuning part's errors and the thirtieth writing round's tuning
sets on arrival (DE, DG): each sentence here is written for the test, and each assertion fails with its rule
reverted."""
import pytest

from etl.extract import extract
from tests.extracting import figures, keys


@pytest.mark.parametrize("text", [
    "وجرت مراسم التوقيع بحضور المدير العام لشركة روساتوم أليكسي ليخاتشوف ورئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي.",
    # a spelling of Rosatom's former head with two yehs
    "وتم توقيع البروتوكول بحضور رئيس منظمة الطاقة الذرية الإيرانية علي أكبر صالحي ورئيس روساتوم سيرغي كيريينكو.",
])
def test_officials_of_the_two_present_at_a_signing_met(text):
    assert keys(text, "meeting") == ["talks"]


@pytest.mark.parametrize("text", [
    # where it took place keys a visit; by video link it is talks by the video rule, not twice
    "وجرت مراسم التوقيع في موسكو بحضور وزير النفط الإيراني جواد أوجي ووزير الطاقة الروسي نيكولاي شولغينوف.",
    "وجرى التوقيع عبر الاتصال المرئي بحضور الرئيسين الإيراني إبراهيم رئيسي والروسي فلاديمير بوتين.",
])
def test_a_signing_with_its_place_or_link_told_is_keyed_by_it(text):
    assert keys(text, "meeting") in (["visit"], ["talks"])


def test_one_sides_officials_at_a_signing_are_no_meeting():
    text = "وجرت مراسم التوقيع بحضور وزير النفط الإيراني جواد أوجي ورئيس شركة النفط الوطنية الإيرانية."
    assert keys(text, "meeting") == []


def test_the_guarantor_states_after_the_three_were_named_are_the_two_and_turkey():
    text = ("اختتمت في أستانا الجولة الجديدة من المحادثات بمشاركة روسيا وإيران وتركيا. وقال البيان الختامي إن الدول "
            "الضامنة متفقة على دعم وحدة الأراضي السورية ومحاربة الإرهاب.")
    assert "syria" in keys(text, "joint_position")


def test_the_guarantor_states_in_apposition_to_the_three_named_leave_the_round_a_meeting():
    text = ("وقّعت روسيا وإيران وتركيا، بصفتها الدول الضامنة لوقف إطلاق النار في سوريا، في ختام الجولة الخامسة من "
            "محادثات أستانا، مذكرة لإنشاء مناطق لخفض التصعيد.")
    assert "talks" in keys(text, "meeting")


def _agreements(text):
    return [(s.key, s.label, s.status) for s in extract(text)[1] if s.kind == "agreement"]


@pytest.mark.parametrize("text", [
    "اتفقت روسيا وتركيا وإيران، الثلاثاء، على إنشاء آلية ثلاثية لمراقبة الالتزام بوقف إطلاق النار في سوريا.",
    "ووقّعت روسيا وإيران وتركيا في أستانا اتفاق خفض التصعيد في أربع مناطق سورية.",
])
def test_the_de_escalation_deal_of_the_three_is_their_agreement_concluded(text):
    assert _agreements(text) == [("other", "De-escalation zones in Syria (Astana)", "signed")]


def test_the_de_escalation_zones_shelled_by_others_are_no_agreement_of_the_two():
    assert _agreements("وقصف الجيش السوري مناطق خفض التصعيد في إدلب رغم اعتراض تركيا وروسيا.") == []


def test_the_zones_told_as_what_the_talks_brought_about_are_background():
    text = ("وترعى روسيا وإيران وتركيا محادثات أستانا التي أتاحت إقامة أربع مناطق لخفض التوتر في سوريا.")
    assert _agreements(text) == []


def test_heads_of_agencies_signing_in_a_capital_made_no_state_visit():
    text = ("وقّع رئيس منظمة الطاقة الذرية الإيرانية محمد إسلامي والمدير العام لروساتوم أليكسي ليخاتشوف في موسكو "
            "اتفاقا لبناء وحدات جديدة.")
    assert "visit" not in keys(text, "meeting")


def test_presidents_signing_in_the_kremlin_is_a_visit():
    text = "وقّع الرئيسان الروسي فلاديمير بوتين والإيراني مسعود بزشكيان في الكرملين معاهدة الشراكة الاستراتيجية الشاملة."
    assert "visit" in keys(text, "meeting")


@pytest.mark.parametrize("text", [
    "وطلبت وزارة الخارجية الإيرانية من السفير الروسي في طهران توضيحات بشأن تصريحات مسؤولين روس حول ممر زنغزور.",
    "وقال المتحدث باسم الخارجية الإيرانية إن طهران تنتظر «توضيحات» من الجانب الروسي بشأن البيان.",
])
def test_asking_the_other_side_for_clarification_is_a_protest(text):
    assert "disagreement" in keys(text, "friction")


def test_a_third_state_asking_one_of_them_for_clarification_is_no_friction_of_theirs():
    text = "وقال مسؤول في الخارجية الأميركية إن واشنطن طلبت توضيحات من موسكو بشأن زيارة قائد فيلق القدس الإيراني."
    assert keys(text, "friction") == []


@pytest.mark.parametrize("text", [
    "وقال بزشكيان إن المعاهدة مع روسيا تفتح فصلا جديدا في العلاقات بين البلدين.",
    "وأكد عراقجي أن العلاقة مع موسكو باتت أوثق من أي وقت مضى.",
])
def test_a_new_chapter_or_ties_closer_than_ever_are_a_partnership(text):
    assert keys(text, "relations") == ["partnership"]


@pytest.mark.parametrize("later", [
    "وأضاف أن طهران تأمل أن ترفع الاتفاقية السارية حجم تجارتها مع روسيا.",
    "وتقضي الاتفاقية بخفض الرسوم الجمركية على ٨٦٠ سلعة إيرانية وروسية.",
])
def test_the_agreement_told_again_by_what_it_does_is_the_one_named(later):
    text = "دخلت اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي حيز التنفيذ أمس. " + later
    assert {key for key, _, _ in _agreements(text)} == {"eaeu_fta"}


def test_a_memorandum_named_by_its_field_keeps_its_name():
    text = "وقعت إيران وروسيا مذكرة تفاهم بشأن التعاون في مجال النقل."
    assert [label for _, label, _ in _agreements(text)] == ["مذكرة تفاهم بشأن التعاون في مجال النقل"]


def test_his_talks_with_his_counterpart_in_a_capital_are_a_visit():
    text = ("وقال وزير الخارجية الروسي سيرغي لافروف، عقب محادثاته مع نظيره الإيراني محمد جواد ظريف في موسكو، إن "
            "البلدين سيواصلان التنسيق.")
    assert keys(text, "meeting") == ["visit"]


@pytest.mark.parametrize("text", [
    "وأكد بوتين أن معاهدة الشراكة مع إيران أصبحت جاهزة، مشيرا إلى أنها ستوقع في موسكو خلال زيارة رسمية مقبلة للرئيس الإيراني.",
    "وقال بزشكيان إن نص المعاهدة مع روسيا أصبح جاهزا في انتظار تحديد موعد زيارة رسمية إلى موسكو.",
])
def test_a_visit_to_come_whose_time_is_not_told_is_no_meeting_yet(text):
    assert "visit" not in keys(text, "meeting")


def test_a_visit_to_come_with_its_time_told_is_announced():
    text = "وأعلن الكرملين أن الرئيس الإيراني سيقوم بزيارة مرتقبة الأسبوع المقبل إلى موسكو يلتقي خلالها بوتين."
    assert "visit" in keys(text, "meeting")


def test_clarification_asked_of_ones_own_government_is_no_friction():
    text = ("صادق مجلس الشورى الإسلامي الإيراني على معاهدة الشراكة الشاملة مع روسيا، فيما طالب بعض المحافظين "
            "بتوضيحات حول آليات التنفيذ.")
    assert keys(text, "friction") == []


@pytest.mark.parametrize("text", [
    "غير أن المصارف الروسية الكبرى ما زالت تتجنب التعامل مع نظيراتها الإيرانية خشية العقوبات الأمريكية.",
    "ولا تزال مصارف روسية كبرى ترفض فتح حسابات مراسلة لمصارف إيرانية خشية العقوبات الثانوية.",
])
def test_one_sides_banks_shunning_the_others_for_fear_of_sanctions_is_friction(text):
    assert keys(text, "friction") == ["other"]


def test_a_third_states_firms_shunning_both_is_no_friction_between_them():
    assert keys("وتتجنب الشركات الصينية التعامل مع المصارف الإيرانية والروسية خشية العقوبات.", "friction") == []


def test_a_share_risen_to_a_percentage_is_no_growth():
    text = "وقال السفير الإيراني لدى روسيا إن حصة الروبل والريال في تسوية المبادلات التجارية بين البلدين ارتفعت إلى نحو 40 في المئة."
    assert figures(text) == [("other", 40.0)]


def test_trade_risen_by_a_percentage_that_may_reach_a_figure_is_growth():
    text = "ويتوقع خبراء أن يرتفع التبادل التجاري بين روسيا وإيران بنسبة قد تصل إلى 30 في المئة العام المقبل."
    assert figures(text) == [("trade_growth", 30.0)]


@pytest.mark.parametrize("words, value", [
    ("نصف مليار دولار", 5e8), ("ربع مليار دولار", 2.5e8), ("مليارا ونصف المليار دولار", 1.5e9),
    ("مليارين ونصف المليار دولار", 2.5e9), ("قرابة نصف مليون طن", 5e5),
])
def test_a_half_or_a_quarter_of_a_scale_is_that_part_of_it(words, value):
    from etl.extract.normalize import normalize
    from etl.extract.numbers import find_amounts
    assert [a.value for a in find_amounts(normalize(words))] == [value]


def test_half_a_billion_of_trade_is_half_a_billion():
    assert figures("وبلغ التبادل التجاري بين روسيا وإيران نصف مليار دولار العام الماضي.") == [("trade_volume", 5e8)]


@pytest.mark.parametrize("text", [
    "وقال قائد البحرية الإيرانية إن مناورات مشتركة مع روسيا والصين انطلقت أمس في شمال المحيط الهندي.",
    "وتجري البحرية الإيرانية مناورات مشتركة مع روسيا والصين في خليج عمان.",
])
def test_drills_held_with_the_other_side_and_a_third_are_theirs(text):
    assert keys(text, "military") == ["joint_exercise"]


def test_drills_of_a_third_with_one_side_only_are_not_theirs():
    text = "وتجري البحرية الصينية مناورات مشتركة مع روسيا وباكستان في بحر العرب، فيما تراقب إيران."
    assert keys(text, "military") == []


def test_the_last_decade_is_no_contract():
    text = "شهد التعاون العسكري بين روسيا وإيران خلال العقد الأخير تحولا تدريجيا من علاقة بائع ومشتر إلى تنسيق ميداني."
    assert _agreements(text) == []


def test_the_latest_contract_signed_is_a_contract():
    assert [key for key, _, _ in _agreements("ووقعت روسيا وإيران العقد الأخير لتوريد القمح في أيار.")] == ["other"]


def test_an_adjective_aside_on_the_agreement_leaves_the_verb_after_it_to_say_its_step():
    text = ("وأضاف أن معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران، السارية منذ أكتوبر ٢٠٢٥، يجري تنفيذها عبر "
            "خطة عمل سنوية.")
    assert [st for _, _, st in _agreements(text)] == ["implementing"]


def test_a_date_set_off_by_commas_is_no_aside_on_the_agreement():
    text = ("وأعلنت الخارجية الروسية أن معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران دخلت حيز التنفيذ اعتبارا من "
            "اليوم، الثاني من أكتوبر، بعد تبادل وثائق التصديق.")
    assert [st for _, _, st in _agreements(text)] != ["implementing"]


def test_the_two_parliaments_joint_committee_meeting_is_a_joint_commission():
    text = "واتفق الجانبان الإيراني والروسي على عقد الاجتماع المقبل للجنة البرلمانية المشتركة في موسكو في أكتوبر المقبل."
    assert keys(text, "meeting") == ["joint_commission"]


def test_not_a_relation_of_alliance_is_the_relationship_characterised_otherwise():
    text = "وقال محلل إن العلاقة بين موسكو وطهران ليست علاقة تحالف، بل جوار اضطراري بين بائعين محاصرين."
    assert keys(text, "relations") == ["other"]


def test_an_agreements_duration_is_not_part_of_its_name():
    text = "ووقعت روسيا وإيران مذكرة تفاهم للتعاون التجاري والاقتصادي لمدة خمس سنوات."
    assert [label for _, label, _ in _agreements(text)] == ["مذكرة تفاهم للتعاون التجاري والاقتصادي"]


@pytest.mark.parametrize("text", [
    "وكانت إيران وروسيا والصين قد أكدت في رسالة مشتركة إلى الأمين العام أن إعادة فرض العقوبات باطلة قانونيا.",
    "وكانت موسكو وطهران وبكين قد وجهت رسالة مشتركة إلى الأمين العام تصف تفعيل الآلية من جانب الأوروبيين بأنه باطل.",
])
def test_the_joint_letter_on_the_snapback_told_by_what_it_does_is_a_stand_on_the_deal(text):
    assert "nuclear_deal" in keys(text, "joint_position")


def test_a_joint_statement_on_energy_is_no_stand_on_the_deal():
    text = "وأصدرت روسيا وإيران بيانا مشتركا حول التعاون في مجال الطاقة ورفع التبادل التجاري."
    assert "nuclear_deal" not in keys(text, "joint_position")


def test_keeping_to_the_deal_with_the_article_is_a_stand_on_it():
    assert keys("وقال بوتين إن روسيا ستواصل الالتزام بالاتفاق النووي مع إيران.", "joint_position") == ["nuclear_deal"]


def test_others_asking_russia_to_keep_to_the_deal_is_no_stand_of_hers():
    assert keys("وطالب الاتحاد الأوروبي روسيا بالالتزام بالاتفاق النووي مع إيران.", "joint_position") == []
