"""What the relationship is said to be, by whom, and with what hedges: sentences written for these tests
(session 8), each stating or denying one signal an analyst expects."""
import pytest

from etl.extract import extract


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.kind, s.key) for s in extract(text)[1]}


def test_a_commentators_nationality_makes_his_country_no_party():
    """«الباحث السعودي» says where the researcher comes from; «البلدين» he speaks of are still the pair."""
    text = ("بدا المشهد السوري نموذجا لتنسيق عسكري بين روسيا وإيران. ويقول الباحث السعودي في العلاقات الدولية "
            "خالد المطيري إن ما جمع البلدين تقاطع مصالح لا تحالف.")
    assert ("relations", "other") in _found(text)


def test_a_saudi_official_speaking_of_the_two_countries_is_still_a_party():
    """A Saudi minister is no commentator: «البلدين» after him may be Saudi Arabia and Russia."""
    text = ("زار وزير الطاقة الروسي طهران الأسبوع الماضي. وقال وزير الخارجية السعودي إن البلدين يرتبطان "
            "بشراكة استراتيجية.")
    assert ("relations", "partnership") not in _found(text)


@pytest.mark.parametrize("text", [
    "وقال نائب وزير الخارجية الروسي إن المعاهدة بين روسيا وإيران لا تنشئ تحالفا عسكريا.",
    "وأوضح المسؤول الروسي أن المعاهدة بين روسيا وإيران لا تؤسس لتحالف عسكري.",
])
def test_a_treaty_that_makes_no_alliance_is_a_denied_characterisation(text):
    found = _found(text)
    assert ("relations", "other") in found and ("relations", "partnership") not in found


def test_the_two_presidents_stand_together_on_the_nuclear_file():
    text = ("أجرى بوتين اتصالا هاتفيا بنظيره الإيراني. وأضاف أن الرئيسين شددا على أن الملف النووي الإيراني "
            "يجب أن يعالج حصرا بالوسائل السياسية والدبلوماسية.")
    assert ("joint_position", "nuclear_deal") in _found(text)


def test_the_parties_to_the_nuclear_deal_listed_take_no_joint_position():
    text = ("وذلك وفقا لبنود الاتفاق النووي التي توصلت إليها الدول الدائمة العضوية (أمريكا وروسيا وبريطانيا "
            "وفرنسا والصين، إضافة إلى ألمانيا) وإيران في تموز.")
    assert ("joint_position", "nuclear_deal") not in _found(text)


def test_a_third_states_dateline_is_no_subject():
    """«الرياض -» says where the report was filed; the sentence is still about the two."""
    text = ("الرياض - في الوقت الذي يتحدث فيه المسؤولون في موسكو وطهران عن شراكة، تدور بين البلدين منافسة "
            "صامتة على أهم سوق لنفطهما.")
    assert ("friction", "competition") in _found(text)


def test_a_colon_opens_a_clause_of_its_own():
    """What follows the colon names its own subjects: a third power there does not make the rivalry before it
    «one of many»."""
    text = ("وهنا يكمن التنافس الصامت بين موسكو وطهران على الورقة السورية: روسيا تريد تسوية مع واشنطن وأنقرة، "
            "وإيران تريد ممرا إلى لبنان.")
    assert ("friction", "rivalry") in _found(text)


def test_the_two_capitals_are_the_pair():
    text = ("وقعت روسيا وإيران اتفاقية للنقل. في المقابل، لا تزال العاصمتان تتحدثان عن شراكة استراتيجية، "
            "وتستعدان لتوقيع معاهدة شاملة الشهر المقبل.")
    sigs = {(s.kind, s.key, s.status) for s in extract(text)[1]}
    assert ("relations", "partnership", None) in sigs
    assert ("agreement", "strategic_partnership_treaty", "drafted") in sigs


def test_protecting_ones_own_assets_is_no_partnership():
    text = ("انهارت الجبهات في حلب، ولم تنسق روسيا وإيران أي تحرك، وانشغلت كل منهما بإجلاء رجالها وحماية أصولها.")
    assert ("relations", "partnership") not in _found(text)
