"""Session 41: the two's treaty before the day it was signed, and an entry into force that waits for ratification
(etl/extract/agreements.py, etl/extract/cues.toml)."""
from datetime import date

import pytest

from etl.extract import extract

AFTER_THE_TREATY = date(2025, 7, 1)
BEFORE_THE_TREATY = date(2024, 7, 31)


def agreements(text: str, published: date | None = AFTER_THE_TREATY) -> list[tuple[str, str | None]]:
    """The (key, status) of the agreements in ``text``, read as an article dated ``published``."""
    return [(s.key, s.status) for s in extract(text, published=published)[1] if s.kind == "agreement"]


@pytest.mark.parametrize("text, before, after", [
    # a ratification to come tells a signed treaty, but not before the day it was signed: then it is still negotiated
    ("وقال فولودين إن مجلس الدوما سيصادق على معاهدة الشراكة الاستراتيجية الشاملة بين روسيا وإيران في أقصر الآجال.",
     "negotiating", "signed"),
    ("ومن المقرر أن يصادق مجلس الشورى الإسلامي على معاهدة الشراكة الاستراتيجية الشاملة بين إيران وروسيا الشهر المقبل.",
     "negotiating", "signed"),
])
def test_the_treaty_is_not_signed_before_the_day_it_was(text, before, after):
    assert agreements(text, BEFORE_THE_TREATY) == [("strategic_partnership_treaty", before)]
    assert agreements(text, AFTER_THE_TREATY) == [("strategic_partnership_treaty", after)]


def test_before_its_signing_the_latest_step_told_stands():
    text = ("وأكد عراقجي أن نص معاهدة الشراكة الاستراتيجية الشاملة بين إيران وروسيا بات جاهزا للتوقيع. "
            "وقال فولودين إن مجلس الدوما سيصادق على معاهدة الشراكة الاستراتيجية الشاملة مع إيران في أقصر الآجال.")
    assert set(agreements(text, BEFORE_THE_TREATY)) == {("strategic_partnership_treaty", "drafted")}


def test_other_agreements_keep_their_step_whatever_the_date():
    text = "ووقعت إيران وروسيا في موسكو اتفاقية التعاون في مجال النقل، وسيصادق عليها البرلمانان قريبا."
    assert agreements(text, BEFORE_THE_TREATY) == [("other", "signed")]


@pytest.mark.parametrize("text", [
    "وقعت إيران وروسيا اتفاقية التعاون الجمركي في موسكو. وقال الوزير إن الاتفاقية ستدخل حيز التنفيذ بعد استكمال "
    "المصادقة عليها في البرلمانين.",
    "وقعت إيران وروسيا اتفاقية التعاون الجمركي في موسكو. وقال الوزير إن الاتفاقية ستدخل حيز التنفيذ بعد المصادقة "
    "عليها في البرلمانين.",
])
def test_an_entry_into_force_awaiting_ratification_tells_it_signed(text):
    assert agreements(text) == [("other", "signed")]


def test_an_entry_into_force_after_ratification_is_in_force():
    text = "وقعت إيران وروسيا اتفاقية التعاون الجمركي في موسكو. ودخلت الاتفاقية حيز التنفيذ بعد المصادقة عليها في البرلمانين."
    assert agreements(text) == [("other", "in_force")]


def test_an_entry_into_force_after_ratification_beside_a_signing_to_come_tells_no_signing():
    text = ("وقعت إيران وروسيا بالأحرف الأولى على اتفاقية النقل البحري. وأضاف أن التوقيع النهائي مرتقب في أيار/مايو "
            "المقبل، على أن تدخل الاتفاقية حيز التنفيذ بعد مصادقة برلمانات البلدين.")
    assert agreements(text, date(2018, 1, 1)) == [("other", "drafted")]


def test_an_entry_into_force_after_ratification_beside_the_signing_tells_it_signed():
    text = "وقعت إيران وروسيا اتفاقية النقل البحري في موسكو، على أن تدخل الاتفاقية حيز التنفيذ بعد مصادقة برلماني البلدين."
    assert agreements(text, date(2018, 1, 1)) == [("other", "signed")]


@pytest.mark.parametrize("text", [
    "وقّع الجانبان الإيراني والروسي في طهران اتفاقية للتعاون في مجال حماية الملكية الفكرية، تنص على دخولها حيز التنفيذ "
    "بعد ثلاثين يوما من تبادل وثائق التصديق عليها.",
    "وقّع الجانبان الإيراني والروسي في طهران اتفاقية للتعاون في مجال حماية الملكية الفكرية. وتنص الاتفاقية على دخولها "
    "حيز التنفيذ بعد ثلاثين يوما من تبادل وثائق التصديق عليها.",
])
def test_what_its_text_provides_for_is_no_step(text):
    assert agreements(text) == [("other", "signed")]


def test_agreeing_to_go_on_talking_signs_nothing():
    text = ("ناقش وزيرا الاقتصاد الإيراني والروسي في اتصال هاتفي سبل التوصل إلى اتفاق بشأن إلغاء الرسوم على تحويلات "
            "الأفراد بين البلدين، واتفقا على مواصلة الاتصالات بين الفرق الفنية في الوزارتين.")
    assert agreements(text) == [("other", "negotiating")]


@pytest.mark.parametrize("text, step", [
    # what its entry into force waits for, told by a pronoun, is not done; what it waited for is not the step told
    ("وقعت إيران وروسيا اتفاقية التعاون في مجال الرياضة، على أن تدخل حيز التنفيذ بعد استكمال إجراءات المصادقة عليها.",
     "signed"),
    ("وقعت إيران وروسيا اتفاقية التعاون في مجال الرياضة. وستدخل حيز التنفيذ بعد المصادقة عليها.", "signed"),
    ("وقعت إيران وروسيا اتفاقية التعاون في مجال الرياضة. ودخلت حيز التنفيذ بعد المصادقة عليها.", "in_force"),
    ("وقعت إيران وروسيا اتفاقية التعاون في مجال الرياضة. وصادق عليها مجلس الشورى بعد أشهر.", "ratified"),
    # the way paved for carrying it out is no carrying out
    ("وقعت إيران وروسيا اتفاقية التعاون في مجال الرياضة. وهو ما يمهد لتطبيقها خلال الموسم المقبل.", "signed"),
])
def test_a_step_awaited_by_another_is_not_taken(text, step):
    assert agreements(text) == [("other", step)]


def test_the_signing_of_its_ratification_law_awaited_tells_it_ratified():
    text = ("وبعد أن أقرها مجلسا الدوما والاتحاد تباعا، باتت اتفاقية التعاون الروسية الإيرانية في مجال التعليم والعلوم "
            "بانتظار توقيع الرئيس فلاديمير بوتين على قانون المصادقة.")
    assert [st for _, st in agreements(text)] == ["ratified"]
    text = "واتفاقية التعاون الروسية الإيرانية في مجال التعليم بانتظار توقيع الرئيسين في القمة المقبلة."
    assert [st for _, st in agreements(text)] == ["drafted"]


def test_diplomatic_notes_are_no_memorandum():
    text = ("تبادلت وزارتا الخارجية في إيران وروسيا مذكرتين دبلوماسيتين بشأن اتفاقية التعاون في مجال الرياضة والشباب "
            "الموقعة العام الماضي.")
    labels = [s.label for s in extract(text, published=AFTER_THE_TREATY)[1] if s.kind == "agreement"]
    assert len(labels) == 1 and labels[0].startswith("اتفاقية التعاون في مجال الرياضة")


def test_a_possibility_discussed_by_ministers_named_in_full_is_talks():
    text = ("ناقش وزيرا الخارجية الروسي سيرغي لافروف والإيراني عباس عراقجي، في اتصال هاتفي، إمكانية توقيع اتفاقية "
            "للتعاون في مكافحة الإرهاب.")
    assert agreements(text) == [("other", "negotiating")]


@pytest.mark.parametrize("text, step", [
    # the next step awaited: the agreement stands at the step before it
    ("تنتظر اتفاقية التعاون في مجال الأمن السيبراني بين طهران وموسكو مصادقة مجلس الشورى الإسلامي.", "signed"),
    ("وقال نائب رئيس لجنة الدفاع في الدوما إن اتفاقية التعاون العسكري بين روسيا وإيران، التي صادق عليها المجلس "
     "الشهر الماضي، «تنتظر فقط تبادل وثائق التصديق».", "ratified"),
])
def test_a_step_awaited_is_not_taken(text, step):
    assert [st for _, st in agreements(text)] == [step]


@pytest.mark.parametrize("text", [
    "بعد أن وقعت روسيا مع كوريا الشمالية معاهدة للشراكة الشاملة، دعا نواب إيرانيون إلى إبرام معاهدة مماثلة للدفاع "
    "المشترك مع موسكو.",
    "وقعت إيران مع الصين اتفاقية التعاون الشامل لمدة 25 عاما، فيما تواصل مفاوضاتها مع روسيا.",
])
def test_one_of_the_two_signing_with_a_third_state_is_not_their_treaty(text):
    assert ("strategic_partnership_treaty", "signed") not in agreements(text)


def test_one_signing_with_the_other_is_their_treaty():
    assert agreements("وقعت روسيا مع إيران معاهدة الشراكة الاستراتيجية الشاملة في موسكو.") == \
        [("strategic_partnership_treaty", "signed")]


@pytest.mark.parametrize("text, step", [
    # talks said to aim at it, the verb before them: it is being negotiated (not signed by «إبرام»)
    ("وتهدف المحادثات بين إيران وروسيا إلى التوصل إلى اتفاقية للتعاون في مجال النقل البحري.", "negotiating"),
    ("تهدف المباحثات الجارية بين طهران وموسكو إلى إبرام اتفاقية للتجارة التفضيلية.", "negotiating"),
    # its signing ceremony called off: a text, not signed; held: signed
    ("ألغيت مراسم توقيع اتفاقية التعاون في مجال النقل بين إيران وروسيا في اللحظة الأخيرة.", "drafted"),
    ("وأقيمت في موسكو مراسم توقيع اتفاقية التعاون في مجال النقل بين إيران وروسيا.", "signed"),
])
def test_talks_aimed_at_it_and_a_ceremony_called_off(text, step):
    assert [st for _, st in agreements(text)] == [step]


@pytest.mark.parametrize("text, label, step", [
    # agreement reached on a memorandum's text: the memorandum, drafted (not «اتفاق» as an agreement of its own)
    ("وتوصلت إيران وروسيا إلى اتفاق حول نص مذكرة التفاهم للتعاون في مجال الطاقة.",
     "مذكرة التفاهم للتعاون في مجال الطاقة", "drafted"),
    # signed on its text, the signers a long subject between: signed
    ("ووقع وزيرا خارجية إيران وروسيا على نص مذكرة التفاهم للتعاون في مجال الإعلام.",
     "مذكرة التفاهم للتعاون في مجال الإعلام", "signed"),
])
def test_a_memorandum_s_text_agreed_or_signed(text, label, step):
    assert [(s.label, s.status) for s in extract(text, published=AFTER_THE_TREATY)[1] if s.kind == "agreement"] == \
        [(label, step)]


def test_holding_a_meeting_is_no_contract():
    assert agreements("وأشار إلى أن روحاني وبوتين عقدا لقاء ثنائيا على هامش القمة بحثا فيه التعاون الاقتصادي.") == []


@pytest.mark.parametrize("text, step", [
    ("وتواصل إيران وروسيا مشاوراتهما حول اتفاقية للتعاون في مجال الطاقة.", "negotiating"),
    ("وقال إن إيران وروسيا قريبتان من التوصل إلى اتفاقية للتعاون في مجال الطاقة.", "negotiating"),
    # about to sign it, its subject between: a text ready, not signed
    ("وأوشكت إيران وروسيا على إبرام اتفاقية للتعاون في مجال الطاقة.", "drafted"),
    ("وأوشك الجانبان الإيراني والروسي على توقيع اتفاقية للتعاون في مجال الطاقة.", "drafted"),
])
def test_consultations_near_an_end_and_a_signing_at_hand(text, step):
    assert [st for _, st in agreements(text)] == [step]


def test_someone_empowered_to_sign_it_tells_a_text_not_signed():
    assert [st for _, st in agreements("وفوّضت الحكومة الإيرانية وزير الطاقة بتوقيع اتفاقية التعاون في مجال الطاقة مع روسيا.")] \
        == ["drafted"]


@pytest.mark.parametrize("text, step", [
    # a call to carry out one already made proposes nothing
    ("ودعا إلى تسريع تنفيذ اتفاقية التعاون في مجال الطاقة بين إيران وروسيا.", "implementing"),
    ("ودعت طهران موسكو إلى الالتزام باتفاقية التعاون في مجال الطاقة بين البلدين.", "mentioned"),
    ("ودعا إلى إبرام اتفاقية للتعاون في مجال الطاقة بين إيران وروسيا.", "proposed"),
])
def test_a_call_to_carry_it_out_is_no_proposal(text, step):
    assert [st for _, st in agreements(text)] == [step]


@pytest.mark.parametrize("text, step", [
    # a committee's approval: the house's vote is still to come, so it is signed
    ("ووافقت لجنة الأمن القومي في البرلمان الإيراني على اتفاقية التعاون الأمني مع روسيا.", "signed"),
    ("وأقرت لجنة الأمن القومي والسياسة الخارجية في مجلس الشورى اتفاقية التعاون الأمني بين إيران وروسيا.", "signed"),
    ("ووافق مجلس الشورى الإسلامي على اتفاقية التعاون الأمني مع روسيا.", "ratified"),
])
def test_a_committee_s_approval_is_not_the_house_s(text, step):
    assert [st for _, st in agreements(text)] == [step]


def test_an_agreement_left_on_paper_is_signed_not_carried_out():
    text = "ولا تزال مذكرة التفاهم بين غازبروم وشركة النفط الوطنية الإيرانية حبرا على ورق رغم مرور عام على توقيعها."
    assert [st for _, st in agreements(text)] == ["signed"]


@pytest.mark.parametrize("text", [
    "وتجري إيران وروسيا محادثات تهدف إلى توقيع مذكرة للتعاون في مجال الفضاء.",
    "وأجرت إيران وروسيا مشاورات بهدف إبرام اتفاقية للتعاون في مجال النقل.",
])
def test_talks_aimed_at_signing_it_are_talks(text):
    assert [st for _, st in agreements(text)] == ["negotiating"]
