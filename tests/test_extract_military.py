"""Arms between the two as the news reports them, and what is no transfer: sentences written for these tests
(session 12); each pairs a statement with a near miss."""
import pytest

from etl.extract import extract
from tests.extracting import found


def test_a_transfer_a_third_state_reports_is_a_transfer():
    """The third state is who says it («وقالت واشنطن إن…»), not a party to the transfer."""
    assert ("military", "arms_transfer") in found("وقالت واشنطن إن إيران زودت روسيا بصواريخ باليستية قصيرة المدى.")


@pytest.mark.parametrize("text", [
    "ونفت موسكو تسليم طهران أي صواريخ.",
    "ولن تزود روسيا إيران بمنظومة إس-400.",
    "وقالت روسيا إن التقرير لا يثبت تورط طهران في إيصال الصواريخ إلى اليمن.",
], ids=["denied, the conjunction written on", "the verb negated", "arms sent to a third party"])
def test_a_denied_negated_or_third_party_transfer_is_none(text):
    assert ("military", "arms_transfer") not in found(text)


def test_iran_letting_russian_aircraft_through_its_airspace_is_basing_syria_doing_so_is_not():
    assert ("military", "basing") in found("وسمحت إيران للطائرات الروسية بعبور أجوائها لضرب أهداف في سوريا.")
    assert ("military", "basing") not in found("وسمحت سوريا للطائرات الروسية بعبور أجوائها لضرب أهداف إيرانية.")


def test_being_able_to_supply_is_not_supplying():
    """Session 14: «القادرة على تزويد طهران…» says what Russia could do, not what it did."""
    able = ("ويرى محللون أن موسكو من الدول القليلة القادرة على تزويد طهران بمنظومات دفاعية متطورة.")
    assert not [s for s in extract(able)[1] if s.kind == "military"]
    # Systems able to intercept missiles, delivered, are delivered.
    done = "وسلمت روسيا إيران منظومات دفاعية متطورة قادرة على اعتراض الصواريخ."
    assert ("military", "arms_transfer") in {(s.kind, s.key) for s in extract(done)[1]}


def test_an_embargo_on_arms_sales_ending_is_no_sale():
    """Session 14: «انتهاء القيود الأممية على بيع الأسلحة إلى إيران» tells of the embargo, not of a sale."""
    text = ("مع انتهاء القيود الأممية على بيع الأسلحة إلى إيران اليوم الأحد، وفق الجدول الزمني الذي حدده القرار "
            "2231، يتجدد السؤال في العواصم الخليجية: هل تبيع روسيا طهران مقاتلات «سوخوي-30» أو منظومات «إس-400»؟")
    assert not [s for s in extract(text)[1] if s.kind == "military"]
    sold = "وسلمت روسيا إيران أول دفعة من مقاتلات سوخوي-35 الشهر الماضي."
    assert ("military", "arms_transfer") in {(s.kind, s.key) for s in extract(sold)[1]}


def test_regarding_it_as_is_no_sale():
    """Session 14: «باعتبارها» (regarding it as) is no «باعت» (sold)."""
    text = "وقال المسؤول الروسي إن موسكو تنظر إلى الصواريخ الإيرانية باعتبارها شأنا داخليا لطهران."
    assert not [s for s in extract(text)[1] if s.kind == "military"]


@pytest.mark.parametrize("text", [
    "وقال المسؤول الإيراني إن هذا التعاون الدفاعي مع روسيا يعكس العلاقات الوثيقة بين طهران وموسكو.",
    "ويرى مراقبون أن الخلاف العلني يكشف حدود التعاون العسكري بين إيران وروسيا.",
], ids=["this cooperation, told of before", "its limits"])
def test_cooperation_referred_back_to_or_its_limits_is_no_new_defence_cooperation(text):
    """Session 15: «هذا التعاون الدفاعي» is the cooperation the article told of; «حدود التعاون» no cooperation."""
    assert ("military", "other") not in found(text)
