"""Rules written in session 28 from the language of the tuning part's errors: each sentence here is written for the
test, and each assertion fails with its rule reverted."""
import pytest

from tests.extracting import keys


@pytest.mark.parametrize("text", [
    "وكان قائد القوات البحرية الإيرانية الأدميرال شهرام إيراني قد زار روسيا في الربيع الماضي.",
    "وصل قائد القوات الجوية الروسية إلى طهران في زيارة رسمية.",
])
def test_a_commander_of_one_side_visits_the_other(text):
    assert keys(text, "meeting") == ["visit"]
