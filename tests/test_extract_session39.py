"""Session 39: an agreement's step read from the clause that governs it (etl/extract/agreements.py,
etl/extract/clauses.py)."""
import pytest

from tests.extracting import statuses


@pytest.mark.parametrize("text, step", [
    # a fronted clause of contrast or of the same time speaks of another agreement; the main clause's is the two's
    ("في الوقت الذي كانت فيه الدول الست تسابق الزمن للتوصل إلى اتفاق نهائي مع إيران، وقّعت روسيا وإيران اتفاقاً "
     "للتعاون في النقل.", "signed"),
    ("وبينما تتفاوض واشنطن على اتفاق جديد مع طهران، وقعت موسكو وطهران مذكرة تفاهم في مجال الطاقة.", "signed"),
    ("في حين تتعثر المحادثات حول الاتفاق مع أوروبا، أبرمت إيران وروسيا اتفاقية لبناء محطة كهرباء.", "signed"),
    # a fronted clause with no agreement of its own leaves the step where it was
    ("في الوقت الذي تتصاعد فيه العقوبات، تتفاوض روسيا وإيران على اتفاقية للتعاون المصرفي.", "negotiating"),
])
def test_a_fronted_clause_is_not_the_main_ones(text, step):
    assert statuses(text) == [step]
