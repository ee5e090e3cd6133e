"""Rules written in session 23 from the language of the tuning part's errors: each sentence here is written for the
test, and each assertion fails with its rule reverted."""
import pytest

from etl.extract import extract
from tests.extracting import figures, statuses


@pytest.mark.parametrize("text", [
    "وقال رئيس منظمة الطاقة الذرية الإيرانية: «وقّعنا مع الجانب الروسي مذكرة تفاهم للتعاون في مجال الطاقة النووية».",
    "وقال وزير الطرق الإيراني في مؤتمر صحفي عقب توقيعه مع نظيره الروسي اتفاقية النقل البري إن الشحنات ستزيد.",
    "وقال رئيس منظمة الطاقة الذرية الإيرانية إن العقد الموقع مع روسيا عام 2014 يشمل بناء وحدتين في بوشهر.",
])
def test_signing_told_in_the_first_person_the_signers_verbal_noun_or_a_masculine_participle(text):
    assert statuses(text) == ["signed"]


def test_a_signing_recalled_after_a_ratification_leaves_it_ratified():
    text = ("صادق مجلس الدوما الروسي بالإجماع على معاهدة الشراكة الاستراتيجية الشاملة مع إيران، "
            "بعد أقل من ثلاثة أشهر على توقيعها في موسكو.")
    assert statuses(text) == ["ratified"]


def test_a_site_is_no_signing():
    text = "وقال مسؤول إيراني إن اتفاقية التعاون النووي مع روسيا تشمل تطوير الموقع في بوشهر."
    assert statuses(text) != ["signed"]


def test_entering_into_force_from_today_is_in_force():
    text = "طهران - اتفاقية التجارة الحرة بين إيران وروسيا تدخل حيز التنفيذ اعتبارا من اليوم الخميس."
    assert statuses(text) == ["in_force"]


def test_entering_into_force_from_next_month_is_not_in_force():
    text = "طهران - اتفاقية التجارة الحرة بين إيران وروسيا تدخل حيز التنفيذ اعتبارا من الشهر المقبل."
    assert statuses(text) != ["in_force"]


def test_the_steps_to_complete_its_entry_into_force_leave_it_signed():
    text = ("وقال الكرملين إن بوتين وبزشكيان بحثا الخطوات اللازمة لاستكمال دخول معاهدة الشراكة الشاملة بين "
            "روسيا وإيران حيز التنفيذ.")
    assert statuses(text) == ["signed"]


def test_my_country_in_a_quoted_answer_is_the_speakers_side():
    text = "وقال وزير الطاقة الإيراني: «وقعت بلادي مع روسيا مذكرة تفاهم لبناء محطات كهرباء»."
    assert statuses(text) == ["signed"]


def test_an_event_at_the_same_time_to_the_sentences_end_is_its_own_clause():
    text = ("طهران - وقعت شركة «غازبروم» الروسية والشركة الوطنية الإيرانية للنفط، الثلاثاء، مذكرة تفاهم لتطوير حقول "
            "الغاز، بالتزامن مع وصول الرئيس الروسي إلى طهران للمشاركة في القمة الثلاثية مع الرئيسين الإيراني والتركي.")
    assert statuses(text) == ["signed"]


def test_an_aside_at_the_same_time_closed_by_a_comma_keeps_the_verb_with_its_object():
    text = ("وذكرت وكالة «شانا» أن شركة النفط الوطنية الإيرانية وشركة غازبروم الروسية وقّعتا، بالتزامن مع زيارة "
            "الرئيس الروسي إلى طهران، مذكرة تفاهم لتطوير حقول غاز إيرانية.")
    assert statuses(text) == ["signed"]


@pytest.mark.parametrize("text", [
    "طهران - وقعت شركة «غازبروم» الروسية والشركة الوطنية الإيرانية للنفط مذكرة تفاهم تقدر قيمتها بنحو 40 مليار دولار.",
    "وقال بوتين إن شركة «روسنفت» ستوقع مع الجانب الإيراني «خريطة طريق» لمشاريع تصل قيمتها إلى ثلاثين مليار دولار.",
])
def test_a_memorandums_worth_is_an_investment(text):
    assert [k for k, _ in figures(text)] == ["investment"]


def test_a_roadmap_to_raise_the_trade_to_a_sum_is_the_trades_figure():
    text = "ووقعت إيران وروسيا خارطة طريق لرفع حجم التبادل التجاري بين البلدين إلى 10 مليارات دولار خلال ثلاث سنوات."
    assert [k for k, _ in figures(text)] == ["trade_volume"]


@pytest.mark.parametrize("text", [
    "ولم يصدر أي إعلان رسمي روسي أو إيراني عن بيع منظومة «إس-400» لطهران.",
    "وقالت الخارجية الإيرانية إنه لا صحة لما تردد عن تسليم روسيا مقاتلات سوخوي-35 لإيران.",
])
def test_a_transfer_with_nothing_to_show_it_is_none(text):
    assert [s.key for s in extract(text)[1] if s.kind == "military"] == []


def test_a_transfer_a_foe_claims_stays_a_claim():
    text = ("تل أبيب - زعم مسؤول أمني إسرائيلي أن روسيا تساعد إيران على إعادة بناء منظومات دفاعها الجوي، وأن شحنات "
            "من المكونات وصلت عبر بحر قزوين.")
    assert [s.key for s in extract(text)[1] if s.kind == "military"] == ["arms_transfer"]


def test_a_figure_the_text_calls_wrong_is_dropped_and_the_right_one_kept():
    text = ("تصحيح - نشرنا أمس خبراً ذكر أن التبادل التجاري بين إيران وروسيا بلغ «40 مليار دولار»، والصحيح، بحسب "
            "السفير الإيراني، أنه تجاوز 4 مليارات دولار.")
    assert [v for _, v in figures(text)] == [4_000_000_000]


def test_a_figure_before_the_right_one_is_the_error():
    text = ("ونقلت مواقع أن قيمة القرض الروسي لإيران تبلغ 1.6 مليار يورو، قبل أن يوضح نائب رئيس الوزراء الروسي أن "
            "الرقم الصحيح هو 1.3 مليار يورو.")
    assert [v for _, v in figures(text)] == [1_300_000_000]


def test_the_right_direction_is_no_correction():
    text = "وقال الوزير إن نمو التبادل التجاري بين إيران وروسيا بنسبة 20٪ خطوة في الاتجاه الصحيح."
    assert [v for _, v in figures(text)] == [20]


def test_a_commissions_sides_after_what_it_is_for():
    text = ("موسكو - انطلقت في موسكو، اليوم الثلاثاء، أعمال الدورة الجديدة للجنة الحكومية المشتركة للتعاون التجاري "
            "والاقتصادي بين إيران وروسيا.")
    assert [s.key for s in extract(text)[1] if s.kind == "meeting"] == ["joint_commission"]


def test_a_commission_between_a_third_and_one_of_them_is_not_theirs():
    text = ("موسكو - انطلقت في موسكو أعمال الدورة الجديدة للجنة الحكومية المشتركة للتعاون التجاري والاقتصادي بين "
            "المغرب وروسيا، فيما زار وزير إيراني بكين.")
    assert [s.key for s in extract(text)[1] if s.kind == "meeting"] == []


def test_done_under_an_agreement_its_relative_clause_telling_its_signing_is_implementing():
    text = ("وتُجرى المناورات الإيرانية الروسية في إطار اتفاقية التعاون العسكري التي وقّعها وزيرا الدفاع الإيراني "
            "والروسي في طهران عام 2015.")
    assert statuses(text) == ["implementing"]


def test_a_relative_clause_telling_its_signing_alone_is_signed():
    text = "وتحدث الوزير عن اتفاقية التعاون العسكري التي وقّعها وزيرا الدفاع الإيراني والروسي في طهران عام 2015."
    assert statuses(text) == ["signed"]


def test_a_name_phrase_opening_on_the_other_sides_name_names_both():
    text = ("وأكد بوتين ورئيسي في محادثاتهما الثنائية رفضهما للعقوبات الأحادية، واتفقا على توسيع التسويات بالعملات "
            "الوطنية.")
    found = {(s.kind, s.key) for s in extract(text)[1]}
    assert {("joint_position", "sanctions"), ("economic", "payments")} <= found


def test_a_credit_line_is_no_error():
    text = "فتح مصرف روسي لإيران خطاً ائتمانياً بقيمة 20 مليار روبل لتمويل الصادرات الروسية إلى إيران."
    assert [v for _, v in figures(text)] == [20_000_000_000]


def test_a_capital_receiving_the_others_president_is_a_visit():
    text = "استقبلت طهران الرئيس الروسي فلاديمير بوتين الثلاثاء."
    assert [s.key for s in extract(text)[1] if s.kind == "meeting"] == ["visit"]


def test_crowding_each_others_crude_at_the_refineries_is_competition_not_rivalry():
    text = ("غير أن هذا التقارب بين موسكو وطهران يخفي منافسة حادة في سوق النفط الآسيوية، إذ باتت الشحنات الروسية "
            "المخفّضة تزاحم الخام الإيراني لدى المصافي الصينية.")
    assert sorted(s.key for s in extract(text)[1] if s.kind == "friction") == ["competition"]


@pytest.mark.parametrize("text", [
    "وقال رئيس تتارستان إن التبادل التجاري بين الجمهورية وإيران بلغ في الأشهر التسعة الأولى من العام نحو ۱۴۵ مليون دولار.",
    "وقال مدير ميناء أستراخان إن التبادل التجاري مع ميناء أنزلي بلغ العام الماضي نحو 300 مليون دولار.",
])
def test_a_caspian_region_or_port_is_its_countrys_side(text):
    assert [s.kind for s in extract(text)[1]] == ["trade_figure"]


def test_the_caspian_sea_is_no_iranian_province():
    text = "وقال وزير الخارجية الروسي إن بحر قزوين يجب أن يبقى بحر سلام، فيما التقى وزير الطاقة نظيره التركي."
    assert extract(text)[1] == []


def test_a_later_step_joined_after_a_comma_is_where_the_agreement_stands():
    text = "وقّعت روسيا وإيران اتفاقية التعاون في مجال النقل في موسكو عام ٢٠١٨، ودخلت حيز التنفيذ عام ٢٠٢٠."
    assert statuses(text) == ["in_force"]


def test_another_agreement_between_leaves_the_step_its_own():
    text = "وقّعت روسيا وإيران اتفاقية التعاون في مجال النقل في موسكو عام ٢٠١٨، ودخلت مذكرة مصرفية حيز التنفيذ عام ٢٠١٩."
    assert statuses(text) == ["signed"]


def test_able_to_compete_in_the_others_market_is_no_competition():
    text = ("قال نائب رئيس الوزراء الروسي إن الاتفاقية مع إيران ستجعل السلع الزراعية الروسية أكثر قدرة على المنافسة "
            "في السوق الإيرانية.")
    assert [s.key for s in extract(text)[1] if s.kind == "friction"] == []


def test_the_document_after_the_treaty_is_the_treaty():
    text = ("وقّعت روسيا وإيران معاهدة الشراكة الاستراتيجية الشاملة. وقال نائب وزير الخارجية إن الوثيقة لا تنشئ "
            "تحالفا عسكريا ولا تتضمن بندا للدفاع المشترك.")
    assert [s.key for s in extract(text)[1] if s.kind == "relations"] == ["other"]


def test_the_document_after_a_memorandum_is_not_the_treaty():
    text = ("وقّعت روسيا وإيران معاهدة الشراكة الاستراتيجية الشاملة ومذكرة للتعاون المصرفي. وقال المتحدث إن الوثيقة "
            "لا تنشئ تحالفا عسكريا.")
    assert [s.key for s in extract(text)[1] if s.kind == "relations"] == []


def test_one_field_among_a_treatys_articles_is_no_defence_cooperation():
    text = ("وقّعت روسيا وإيران معاهدة الشراكة الاستراتيجية الشاملة. وتضم المعاهدة 47 مادة تغطي الطاقة والنقل "
            "والتجارة والأمن والتعاون العسكري التقني.")
    assert [s.kind for s in extract(text)[1] if s.kind == "military"] == []


def test_a_press_reviews_heading_is_no_proposal():
    text = ("عرض الصحف - اهتمت الصحف الروسية والإيرانية اليوم بتوقيع روسيا وإيران الاتفاقية الحكومية لبناء خط سكة "
            "حديد رشت-آستارا.")
    assert statuses(text) == ["signed"]


def test_the_eurasian_adjective_alone_is_no_union():
    text = ("طهران - ناقش برنامج «المشهد الأوراسي» القمة التي جمعت الرئيسين الإيراني والروسي في طهران، وقال ضيوفه إن "
            "روسيا وإيران تعملان على توسيع التعاون.")
    assert "eaeu" not in [s.key for s in extract(text)[1] if s.kind == "organisation"]


def test_the_union_by_its_economic_name_is_the_union():
    text = "وأكد الرئيسان الروسي والإيراني أهمية عضوية إيران المراقبة في الاتحاد الاقتصادي الأوراسي."
    assert "eaeu" in [s.key for s in extract(text)[1] if s.kind == "organisation"]


def test_a_tickers_present_ratifies():
    text = ("١٥:٠٠ - عاجل | مجلس الدوما يصادق بالإجماع على معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران، "
            "الموقعة في 17 يناير.")
    assert statuses(text) == ["ratified"]


def test_ratifying_expected_is_not_yet_ratified():
    text = "ومن المتوقع أن يصادق مجلس الدوما على معاهدة الشراكة مع إيران الشهر المقبل."
    assert statuses(text) == ["signed"]


@pytest.mark.parametrize("text", [
    "وأكد الجانبان الإيراني والروسي ضرورة تنفيذ الاتفاقيات المبرمة بين البلدين.",
    "وقال الرئيس الروسي لنظيره الإيراني إن الاتفاقات الاقتصادية بين البلدين تنفذ حاليا.",
])
def test_agreements_in_the_plural_named_by_nothing_but_their_noun_share_one_label(text):
    from etl.extract.agreements import UNNAMED
    assert [s.label for s in extract(text)[1] if s.kind == "agreement"] == [UNNAMED]


def test_an_agreement_with_its_name_keeps_it():
    text = "ووقعت إيران وروسيا اتفاقية التعاون في مجال النقل البري."
    assert [s.label for s in extract(text)[1] if s.kind == "agreement"] == ["اتفاقية التعاون في مجال النقل البري"]
