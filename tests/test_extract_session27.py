"""Rules written in session 27 from the language of the tuning part's errors: each sentence here is written for the
test, and each assertion fails with its rule reverted."""
import pytest

from tests.extracting import figures, keys, statuses


@pytest.mark.parametrize("text", [
    "ونشر الكرملين صورة للرئيسين الروسي والإيراني وهما يتبادلان نسختي معاهدة الشراكة الاستراتيجية الشاملة بعد توقيعها.",
    "وعقد وزيرا الطاقة في روسيا وإيران مؤتمرا صحفيا عقب توقيعهما اتفاقية التعاون في مجال الغاز.",
])
def test_an_agreement_told_after_its_signing_is_signed(text):
    assert statuses(text) == ["signed"]


def test_an_agreement_awaiting_its_signing_is_not_signed():
    text = "وبحث وزيرا خارجية روسيا وإيران مسودة معاهدة التعاون الشامل التي يُنتظر توقيعها في وقت لاحق من العام."
    assert "signed" not in statuses(text)


@pytest.mark.parametrize("opening", ["ومن أبرزها", "ومن بينها", "وأهمها"])
def test_an_agreement_among_the_documents_signed_in_the_sentence_before_is_signed(opening):
    text = ("اختتم الرئيس الإيراني زيارة إلى روسيا وقع خلالها الجانبان حزمة من الوثائق في مجالات النقل والطاقة. "
            f"{opening} اتفاق بين السكك الحديدية الروسية والإيرانية لكهربة خط سكة حديد في شمال إيران.")
    assert statuses(text) == ["signed"]


def test_among_them_after_a_sentence_of_talks_tells_no_signing():
    text = ("بحث الرئيسان الإيراني والروسي في موسكو عددا من الوثائق في مجالات النقل والطاقة. "
            "ومن أبرزها اتفاق بين السكك الحديدية الروسية والإيرانية لكهربة خط سكة حديد في شمال إيران.")
    assert "signed" not in statuses(text)


@pytest.mark.parametrize("sentence", [
    "لكن الأزمة جعلت الشريكين السياسيين متنافسين تجاريين.",
    "ويبدو أن الشريكين سيبقيان معا ما دامت الحرب قائمة.",
])
def test_the_two_partners_in_the_dual_are_the_pair_the_article_is_about(sentence):
    text = "وقعت روسيا وإيران اتفاقية للتعاون في مجال النقل. " + sentence
    assert "partnership" in keys(text, "relations")


def test_the_two_partners_in_an_article_about_another_pair_are_not_iran_and_russia():
    text = ("وقعت السعودية والصين اتفاقية للتعاون في مجال النقل، فيما تابعت إيران وروسيا المشهد. "
            "لكن الأزمة جعلت الشريكين السياسيين متنافسين تجاريين.")
    assert "partnership" not in keys(text, "relations")


def test_a_russian_official_meeting_the_supreme_leader_has_come_to_iran_though_a_summit_was_the_occasion():
    text = ("استقبل المرشد الإيراني علي خامنئي، الثلاثاء، الرئيس الروسي فلاديمير بوتين، الذي يزور طهران للمشاركة في "
            "القمة الثلاثية مع الرئيس التركي.")
    assert sorted(keys(text, "meeting")) == ["summit", "visit"]


def test_the_supreme_leader_named_on_a_phone_call_is_no_visit():
    text = "وقال الرئيس الروسي فلاديمير بوتين في اتصال هاتفي مع الرئيس الإيراني إنه يقدر مواقف المرشد علي خامنئي."
    assert "visit" not in keys(text, "meeting")


def test_ministers_meeting_on_the_sidelines_of_the_general_assembly_hold_talks():
    text = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني عباس عراقجي على هامش أعمال الجمعية العامة للأمم المتحدة."
    assert keys(text, "meeting") == ["talks"]


def test_presidents_meeting_on_the_sidelines_of_an_international_forum_meet_as_at_a_summit():
    text = "التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني مسعود بزشكيان على هامش منتدى دولي في عشق آباد."
    assert keys(text, "meeting") == ["summit"]


def test_ministers_meeting_on_the_sidelines_of_a_summit_meet_at_the_summit():
    text = "وعلى هامش القمة، التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني عباس عراقجي."
    assert keys(text, "meeting") == ["summit"]


@pytest.mark.parametrize("sentence", ["وعقد الوزيران لقاء ثنائيا على هامش الاجتماع.", "وأجرى الرئيسان محادثات مطولة."])
def test_the_two_in_the_dual_before_a_meeting_noun_take_part_in_it(sentence):
    text = "وأكد وزيرا خارجية إيران وروسيا رفضهما العقوبات الأحادية. " + sentence
    assert "talks" in keys(text, "meeting")


def test_a_joint_statement_before_a_meeting_noun_takes_no_part_in_it():
    text = ("وأكد وزيرا خارجية إيران وروسيا رفضهما العقوبات الأحادية. "
            "وأكد البيان الختامي للاجتماع الوزاري المشترك التزام المشاركين بخفض الإنتاج.")
    assert "talks" not in keys(text, "meeting")


def test_digits_glued_to_the_words_around_them_are_the_figure():
    text = "وقال بوتين إن التبادل التجاري بين روسيا وإيران ارتفع العام الماضي بنسبة70 في المئة ليبلغ2.2 مليار دولار."
    assert sorted(figures(text)) == [("trade_growth", 70.0), ("trade_volume", 2.2e9)]


def test_digits_glued_to_a_latin_name_are_no_figure():
    text = "وقال إن روسيا ستسلم إيران طائرات SU35 هذا العام بقيمة مليار دولار."
    assert all(value != 35 for _, value in figures(text))


def test_a_label_denied_beside_a_trading_partner_is_still_a_label_denied():
    text = "وقال مصدر في الكرملين إن موسكو «لا تعد طهران حليفا، بل جارا وشريكا تجاريا»."
    assert keys(text, "relations") == ["other"]


def test_a_trading_partner_alone_is_no_label_of_the_relationship():
    assert keys("وقال الوزير إن روسيا أكبر شريك تجاري لإيران في منطقة القوقاز.", "relations") == []


def test_sukhois_airliner_is_no_arms_transfer():
    text = ("وقال رئيس منظمة الطيران المدني الإيراني إن المحادثات مع الجانب الروسي بشأن شراء طائرات ركاب من طراز "
            "سوخوي سوبرجت لا تزال جارية.")
    assert keys(text, "military") == []


def test_sukhoi_fighters_bought_are_an_arms_transfer():
    assert keys("وقال المسؤول إن إيران اشترت من روسيا مقاتلات سوخوي-35 العام الماضي.", "military") == ["arms_transfer"]


def test_a_tables_unit_in_brackets_after_its_caption_is_no_figure():
    text = "قال الوزير إن التبادل التجاري بين روسيا وإيران ارتفع.\nالتبادل التجاري الروسي الإيراني (مليار دولار)\n"
    assert figures(text) == []


def test_a_delay_the_weather_caused_blames_no_one():
    text = ("وقال مسؤول في ميناء أستراخان إن التأخير يطال شحنات تنقل من روسيا إلى إيران عبر بحر قزوين، متوقعا استئناف "
            "الملاحة فور تحسن الأحوال الجوية.")
    assert keys(text, "friction") == []


def test_a_delay_blamed_on_the_other_side_is_a_disagreement():
    text = "وانتقد نائب إيراني تأخر الجانب الروسي في تحويل التمويل المتفق عليه لمحطة بوشهر."
    assert keys(text, "friction") == ["disagreement"]


@pytest.mark.parametrize("text", [
    "طهران - وصل رئيس جمهورية الشيشان رمضان قديروف إلى طهران في زيارة رسمية هي الأولى له إلى إيران.",
    "بدأ رئيس جمهورية داغستان سيرغي ميليكوف زيارة إلى إيران تشمل طهران ومشهد.",
])
def test_the_head_of_a_russian_republic_visiting_iran_is_a_russian_visit(text):
    assert keys(text, "meeting") == ["visit"]


def test_an_ambassadors_trip_inside_the_country_he_is_posted_to_is_no_visit():
    text = ("محج قلعة - استقبل رئيس جمهورية داغستان سيرغي ميليكوف سفير الجمهورية الإسلامية الإيرانية لدى روسيا "
            "كاظم جلالي، في أول زيارة لسفير إيراني إلى الجمهورية منذ سنوات.")
    assert "visit" not in keys(text, "meeting")
