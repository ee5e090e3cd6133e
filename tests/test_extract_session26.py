"""Rules written in session 26 from the language of the tuning part's errors: each sentence here is written for the
test, and each assertion fails with its rule reverted."""
import pytest

from etl.extract import extract
from tests.extracting import found, keys, statuses


def _actors(text: str, kind: str) -> list[str | None]:
    return [s.actor for s in extract(text)[1] if s.kind == kind]


def test_a_verb_of_calling_with_no_subject_goes_on_with_the_last_speaker():
    text = ("وأكد نائب وزير الخارجية الروسي أن موقف بلاده من ممرات النقل في القوقاز لم يتغير. ودعا إلى معالجة "
            "المسألة في إطار منصة تضم روسيا وإيران وتركيا ودول جنوب القوقاز. وأضاف أن العلاقات مع إيران "
            "استراتيجية ولن يهزها خلاف عابر.")
    assert _actors(text, "relations") == ["russia"]


def test_a_verb_of_calling_with_its_own_subject_names_a_new_speaker():
    text = ("وأكد نائب وزير الخارجية الروسي أن موقف بلاده من ممرات النقل في القوقاز لم يتغير. ودعا رئيس الوزراء "
            "الأرميني إلى معالجة المسألة في إطار منصة تضم روسيا وإيران وتركيا. وأضاف أن العلاقات مع إيران "
            "استراتيجية.")
    assert "partnership" not in keys(text, "relations")


@pytest.mark.parametrize("text", [
    "استقبل عراقجي نظيره الروسي في طهران. وقال عراقجي إن التنسيق بين البلدين مستمر على أعلى المستويات.",
    "وأكد وزير الخارجية الروسي سيرغي لافروف أن بلاده ستواصل التنسيق الوثيق مع إيران في المحافل الدولية.",
    "وقال المتحدث باسم الخارجية الإيرانية إن طهران وموسكو تنسقان مواقفهما دائما.",
])
def test_coordination_said_to_go_on_or_be_close_describes_the_relationship(text):
    assert "partnership" in keys(text, "relations")


@pytest.mark.parametrize("text", [
    # the matter named: its own signal alone
    "وقال المتحدث باسم الخارجية الإيرانية إن طهران وموسكو تنسقان مواقفهما دائما بشأن سوريا.",
    "وقال وزير النفط الإيراني إن التنسيق بين طهران وموسكو داخل تحالف أوبك+ مستمر.",
    # in a file, or at the bodies' seats
    "وقال ريابكوف إن موسكو وطهران تنسقان خطواتهما بشكل وثيق في فيينا ونيويورك.",
    "وأشار بوتين إلى تنسيق وثيق مع الجانب الإيراني في هذا الملف.",
    # coordination that is not said to go on, nor to be close
    "وبحث الوزيران الإيراني والروسي التنسيق بين البلدين.",
])
def test_coordination_on_a_named_matter_or_unqualified_is_no_label(text):
    assert "partnership" not in keys(text, "relations")


@pytest.mark.parametrize("text", [
    "وقال الرئيس الإيراني إن علاقة بلاده بروسيا «استراتيجية».",
    "وقال وزير الخارجية الإيراني إن علاقات طهران بموسكو في أفضل حالاتها.",
])
def test_the_relationship_in_the_construct_of_one_with_the_other(text):
    assert "partnership" in keys(text, "relations")


def test_the_construct_with_a_third_state_is_not_theirs():
    text = "وقال وزير الخارجية الإيراني بعد لقائه لافروف إن علاقات إيران بالسعودية ممتازة."
    assert "partnership" not in keys(text, "relations")


@pytest.mark.parametrize("opening", ["في مستهل اللقاء", "في ختام المحادثات", "بعد اللقاء"])
def test_the_start_or_end_of_a_meeting_at_a_summit_is_that_meeting(opening):
    text = ("التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان على هامش قمة بريكس في قازان. "
            f"وقال بوتين {opening} إن العلاقات بين البلدين تتطور بشكل ديناميكي.")
    meetings = [k for kind, k in found(text) if kind == "meeting"]
    assert meetings == ["summit"]


_MET = "التقى وزير الخارجية الإيراني عباس عراقجي نظيره الروسي سيرغي لافروف في موسكو. "


@pytest.mark.parametrize("text", [
    _MET + "وقال عراقجي إن البلدين سيواصلان التصدي للعقوبات معا.",
    _MET + "وقال لافروف إن الوثيقة تنص على تعاون البلدين في مواجهة العقوبات.",
])
def test_facing_the_sanctions_together_is_a_stand_against_them(text):
    assert "sanctions" in keys(text, "joint_position")


@pytest.mark.parametrize("text", [
    # a partner for facing them labels the relationship; a step or an achievement is a means
    _MET + "وقال عراقجي إن طهران تعد موسكو شريكا استراتيجيا في مواجهة العقوبات.",
    _MET + "ووصف عراقجي مشروع الممر بأنه خطوة استراتيجية في مواجهة العقوبات.",
])
def test_a_partner_or_a_step_for_facing_the_sanctions_is_no_stand(text):
    assert "sanctions" not in keys(text, "joint_position")


@pytest.mark.parametrize("text", [
    "وشهد الرئيسان الروسي والإيراني التوقيع على ١٦ وثيقة بين البلدين في مجالات الطاقة والنقل.",
    "وأشرف بوتين وروحاني بعدها على توقيع أكثر من عشر وثائق في مجالات الطاقة والنقل والسياحة.",
    "ووقع وزيرا الطاقة الإيراني والروسي أربع عشرة وثيقة في ختام اجتماع اللجنة المشتركة.",
])
def test_documents_counted_and_signed_are_signed_agreements(text):
    assert ("agreement", "other") in found(text)
    assert statuses(text) == ["signed"]


@pytest.mark.parametrize("text", [
    # documents uncounted: the instruments of ratification, the treaty referred to
    "ووقعت روسيا وإيران معاهدة الشراكة الشاملة. وستدخل المعاهدة حيز التنفيذ بعد تبادل روسيا وإيران وثائق التصديق.",
    "وقال لافروف إن روسيا وإيران ستوقعان خمس وثائق الأسبوع المقبل إذا اكتملت المفاوضات.",
])
def test_documents_uncounted_or_not_yet_signed_are_no_signed_bundle(text):
    assert "signed" not in [s.status for s in extract(text)[1] if s.kind == "agreement" and s.key == "other"]


@pytest.mark.parametrize("text", [
    "وكان البنكان المركزيان الإيراني والروسي قد وقّعا العام الماضي اتفاقاً لربط نظامي الرسائل المالية، بدأ تنفيذه في "
    "العام نفسه.",
    "ووقعت إيران وروسيا اتفاقية للنقل البري، وبدأ العمل بها الشهر الماضي.",
])
def test_an_agreement_whose_carrying_out_began_is_being_implemented(text):
    assert statuses(text) == ["implementing"]


@pytest.mark.parametrize("text", [
    "ووقعت إيران وروسيا اتفاقية للنقل البري، وسيبدأ تنفيذها العام المقبل.",
    "ووقعت إيران وروسيا اتفاقية للنقل البري، ولم يبدأ تنفيذها بعد.",
])
def test_an_agreement_whose_carrying_out_is_to_begin_is_signed(text):
    assert statuses(text) == ["signed"]


def test_coordination_a_third_state_must_seek_is_not_theirs():
    text = ("وقالت الصحيفة إن تفاهمات موسكو وتل أبيب تضمن عدم بناء قواعد إيرانية دائمة، وحرية توجيه ضربات إسرائيلية "
            "ضد القواعد الإيرانية في سوريا شرط التنسيق مع موسكو.")
    assert "partnership" not in keys(text, "relations")


_LEAD = ("موسكو - وقّع الرئيس الروسي ونظيره الإيراني في الكرملين اليوم معاهدة الشراكة الاستراتيجية الشاملة بين "
         "روسيا وإيران.\n")


@pytest.mark.parametrize("lines, kind, key", [
    ("أبرز بنود المعاهدة:\n• تنسيق المواقف في منظمة شنغهاي للتعاون\n", "organisation", "sco"),
    ("ماذا تضمنت الزيارة؟\n- التسويات التجارية بالعملات الوطنية وربط أنظمة الدفع\n", "economic", "payments"),
    ("خلفية:\n1. توقيع مذكرة تفاهم للتعاون في مجال النقل\n", "agreement", "other"),
])
def test_a_lists_items_naming_no_one_speak_of_the_pair_the_lead_names(lines, kind, key):
    assert (kind, key) in found(_LEAD + lines)


def test_a_lists_item_naming_a_third_state_is_not_the_pairs():
    text = _LEAD + "أبرز ما وقعته موسكو هذا الشهر:\n• مذكرة تفاهم مع تركيا للتعاون في مجال النقل\n"
    assert ("agreement", "other") not in found(text)


def test_list_items_after_a_lead_on_other_pairs_are_not_the_twos():
    text = ("أنقرة - وقّع الرئيسان التركي والأذربيجاني اتفاقية للنقل. وقال أردوغان إن روسيا وإيران لم تُدعيا.\n"
            "أبرز البنود:\n• تنسيق المواقف في منظمة شنغهاي للتعاون\n")
    assert ("organisation", "sco") not in found(text)


def test_a_lists_number_opening_a_line_does_not_end_a_sentence():
    from etl.extract.sentences import sentence_spans
    text = "خلفية:\n1. توقيع مذكرة تفاهم\n12. بند آخر\nفي عام 2018. وقال الوزير"
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "خلفية:", "1. توقيع مذكرة تفاهم", "12. بند آخر", "في عام 2018.", "وقال الوزير"]


def test_talks_in_a_report_whose_lead_tells_a_summit_are_the_summit_meeting():
    text = ("اختتمت في سمرقند قمة منظمة شنغهاي للتعاون بمشاركة الرئيسين الروسي فلاديمير بوتين والإيراني إبراهيم رئيسي. "
            "والتقى بوتين رئيسي على هامش القمة. وعقد بوتين ورئيسي محادثات ثنائية تناولت ممر النقل بين الشمال والجنوب.")
    assert [k for kind, k in found(text) if kind == "meeting"] == ["summit"]


def test_talks_in_a_report_whose_lead_tells_no_summit_stay_talks():
    text = ("عقد وزيرا الخارجية الروسي والإيراني محادثات في موسكو أمس تناولت ممر النقل. وكان الرئيسان الروسي "
            "والإيراني قد التقيا على هامش قمة منظمة شنغهاي للتعاون في سمرقند الشهر الماضي.")
    assert sorted(k for kind, k in found(text) if kind == "meeting") == ["summit", "talks"]


def test_a_strategic_partnership_treaty_told_indefinite_is_their_treaty():
    text = "وقال الباحث إن روسيا وإيران وقّعتا قبل أشهر معاهدة شراكة استراتيجية، لكنهما تتنافسان في القوقاز."
    assert keys(text, "agreement") == ["strategic_partnership_treaty"]


@pytest.mark.parametrize("text", [
    "والتقى بزشكيان بوتين على هامش القمة، واتفقا على تسريع الاتفاقية الشاملة بين البلدين.",
    "وقال لافروف إن موسكو ستواصل العمل مع طهران على إنجاز معاهدة الشراكة الجديدة.",
    "وأعلن بوتين أن روسيا وإيران تعملان على وثيقة للتعاون طويل الأمد.",
    "وبحث الرئيسان الروسي والإيراني اتفاقية التعاون الشامل بين البلدين.",
])
def test_an_agreement_worked_on_hurried_or_discussed_is_being_negotiated(text):
    assert statuses(text) == ["negotiating"]


def test_a_memorandum_to_help_complete_projects_is_signed_not_negotiated():
    text = ("ووقعت شركة غازبروم الروسية والشركة الوطنية الإيرانية للنفط مذكرة تفاهم لتطوير حقول الغاز والمساعدة في "
            "إنجاز مشاريع للغاز المسال.")
    assert statuses(text) == ["signed"]


def test_an_agreement_to_enter_into_force_on_a_date_is_signed():
    text = ("وقال السفير الإيراني في موسكو إن اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي ستدخل حيز "
            "التنفيذ منتصف مايو المقبل.")
    assert statuses(text) == ["signed"]


def test_an_agreement_to_enter_into_force_once_talks_end_is_not_signed():
    text = ("وقال السفير الإيراني في موسكو إن اتفاقية التجارة الحرة بين إيران والاتحاد الاقتصادي الأوراسي ستدخل حيز "
            "التنفيذ بعد انتهاء المفاوضات.")
    assert "signed" not in statuses(text)


@pytest.mark.parametrize("said", ["«مرحلة جديدة»", "«خطوة عملية»"])
def test_the_agreement_referred_back_with_words_quoted_of_it_is_the_one_told(said):
    text = ("وقّعت إيران والدول الأعضاء في الاتحاد الاقتصادي الأوراسي، أمس، اتفاقية للتجارة الحرة الكاملة. وقال نائب "
            f"رئيس الوزراء الروسي إن الاتفاقية {said} في العلاقات الاقتصادية بين روسيا وإيران.")
    assert keys(text, "agreement") == ["eaeu_fta"]


def test_a_definite_agreement_with_its_parties_quoted_is_named_by_them():
    text = "وقال المرصد إن النظام بات يسيطر على معظم المنطقة نتيجة للاتفاق «الروسي الإيراني التركي» في أستانا."
    assert keys(text, "agreement") == ["other"]


def test_the_passive_of_ratifying_is_ratified():
    text = "صُودق في مجلس الدوما الروسي، اليوم الثلاثاء، على معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران."
    assert statuses(text) == ["ratified"]


def test_the_other_sides_authorities_asked_for_clarification_is_a_protest():
    text = ("وطالب المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني السلطات الروسية بتقديم توضيحات عاجلة بشأن "
            "احتجاز مسافرين إيرانيين.")
    assert "disagreement" in keys(text, "friction")


def test_their_two_envoys_saying_it_together_take_a_stand():
    text = ("التقى المبعوث الروسي إلى أفغانستان زامير كابولوف نظيره الإيراني حسن كاظمي قمي في طهران. "
            "وأكد المبعوثان ضرورة الإفراج الفوري عن الأصول الأفغانية المجمدة.")
    assert "afghanistan" in keys(text, "joint_position")


def test_the_two_rejecting_the_mechanism_to_bring_back_sanctions_stand_on_the_deal():
    text = "وكانت روسيا وإيران قد رفضتا معا في آب الماضي مساعي واشنطن لتفعيل آلية إعادة العقوبات."
    assert "nuclear_deal" in keys(text, "joint_position")


def test_the_deal_told_before_called_the_only_choice_by_the_two_is_backed():
    text = "انسحبت الولايات المتحدة من الاتفاق النووي مع إيران. وتعتبر موسكو وطهران أن الاتفاق هو الخيار الوحيد المتاح."
    assert "nuclear_deal" in keys(text, "joint_position")


def test_the_pairs_figure_referred_back_as_another_source_gives_it():
    text = ("قال وزير التنمية الاقتصادية الروسي في طهران إن التبادل التجاري بين روسيا وإيران بلغ 4 مليارات دولار. "
            "وقدّرت الجمارك الإيرانية الرقم نفسه بنحو ۳٫۴ مليار دولار.")
    assert (3_400_000_000.0, "usd") in [(s.value, s.unit) for s in extract(text)[1] if s.kind == "trade_figure"]


def test_not_recognising_sanctions_re_imposed_told_by_a_verb_is_a_stand_against_them():
    text = ("فعّلت الترويكا الأوروبية آلية إعادة فرض العقوبات على إيران. وقال لافروف إن موسكو لن تعترف بأي عقوبات "
            "يعاد فرضها بهذه الطريقة، وهو موقف كرره وزير الخارجية الإيراني عباس عراقجي.")
    assert "sanctions" in keys(text, "joint_position")


def test_a_contract_the_meeting_ended_without_signing_is_being_negotiated():
    text = "اختتمت اللجنة الحكومية الإيرانية الروسية اجتماعاتها في طهران من دون توقيع العقد النهائي لتوريد الغاز الروسي."
    assert statuses(text) == ["negotiating"]
