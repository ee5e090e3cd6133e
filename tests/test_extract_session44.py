"""Session 44: the two companies as the pair, and an agreement's carrying out told over a time gone by in a later
sentence (etl/extract). Each passage is written for this test; each rule's test fails with the rule taken out,
and the controls (marked) pass either way."""
import pytest

from etl.extract import extract


def agreements(text: str) -> list[tuple[str, str | None]]:
    """(key, status) of the agreements found in ``text``."""
    return [(s.key, s.status) for s in extract(text)[1] if s.kind == "agreement"]


@pytest.mark.parametrize("text", [
    "قالت مصادر مطلعة إن المفاوضات بين شركة الغاز الوطنية الإيرانية وغازبروم الروسية بشأن السعر متعثرة. وكانت "
    "الشركتان قد وقعتا في حزيران الماضي مذكرة تفاهم استراتيجية لتوريد الغاز.",
    "أعلنت شركة السكك الحديدية الروسية وشركة السكك الحديدية الإيرانية عن خط جديد للشحن. وكانت اتفاقية لنقل "
    "الحاويات قد وقعت بين الشركتين العام الماضي.",
])
def test_the_two_companies_stand_for_the_pair(text):
    assert agreements(text) == [("other", "signed")]


def test_two_companies_of_another_pair_are_not_the_two():
    # control: the companies named before are Chinese and Iranian
    text = ("قالت مصادر إن المفاوضات بين شركة النفط الوطنية الإيرانية وشركة سينوبك الصينية متعثرة. وكانت الشركتان قد "
            "وقعتا العام الماضي مذكرة تفاهم لتطوير حقل نفطي.")
    assert agreements(text) == []


@pytest.mark.parametrize("text", [
    # carried out over the months gone by, in a sentence after the one that named it again in full
    "وقعت روسيا وإيران وتركيا مذكرة خفض التصعيد في أستانا في أيار الماضي. وبذلك تكتمل خرائط المناطق الأربع "
    "التي نصت عليها مذكرة خفض التصعيد. وقال أنصاري إن تنفيذ المذكرة خلال الأشهر الأربعة الماضية أدى إلى تراجع العنف.",
    "وقعت إيران وروسيا مذكرة تفاهم للتعاون في مجال النقل في مارس. وقال الوزير إن تطبيق المذكرة طوال العام المنصرم "
    "ضاعف حجم الشحنات.",
])
def test_carried_out_over_a_time_gone_by(text):
    assert ("implementing" in {st for _, st in agreements(text)})


def test_a_call_to_carry_it_out_is_no_step():
    # control: a call to carry out what was signed last year leaves it signed
    text = ("وقعت إيران وروسيا مذكرة تفاهم للتعاون في مجال النقل العام الماضي. ودعا الوزير إلى تنفيذ المذكرة "
            "في أسرع وقت.")
    assert agreements(text) == [("other", "signed")]
