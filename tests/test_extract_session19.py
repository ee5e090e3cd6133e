"""Rules written in session 19 from the language of the tuning part's errors and the twenty-fourth writing round's
tuning sets on arrival (CG, CI): each sentence here is written for the test, and each assertion fails with its rule
reverted."""
import pytest

from tests.extracting import found


@pytest.mark.parametrize("text", [
    "ويتوقع محللون عسكريون غربيون أن تتجه طهران في السنوات المقبلة إلى شراء مقاتلات ومنظومات دفاع روسية.",
    "ويتوقع مصرفيون أن تتجه موسكو وطهران بعد تشديد القيود إلى توسيع التسويات بالعملتين الوطنيتين.",
])
def test_what_someone_expects_at_the_opening_of_the_clause_is_no_deed(text):
    got = found(text)
    assert ("military", "arms_transfer") not in got and ("economic", "payments") not in got


def test_what_is_done_after_an_expectation_is_told_is_still_done():
    # the expectation governs its own clause only
    text = "ويتوقع محللون أن ترتفع الأسعار، لكن طهران تسلمت مقاتلات روسية من طراز ياك-130."
    assert ("military", "arms_transfer") in found(text)
