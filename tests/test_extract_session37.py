"""Session 37: rules written from the language of the tuning part's misses, each with the sentences, written for the
test, that it must read and those it must leave alone."""
from __future__ import annotations

import pytest

from etl.extract import extract
from etl.extract.modality import future_between


def _statuses(text: str) -> set[str | None]:
    return {s.status for s in extract(text)[1] if s.kind == "agreement"}


@pytest.mark.parametrize("text,status", [
    # what is to be done under it, or talked of, is not yet done: the participle after its name is its step
    ("وسيمول الجانب الروسي المشروع بقرض قيمته مليار يورو بموجب الاتفاقية الموقعة بين إيران وروسيا عام ٢٠٢٣.", "signed"),
    ("وقال نوفاك إن الأعمال التحضيرية ستنطلق خلال الأشهر المقبلة، بموجب الاتفاقية الحكومية الموقعة أمس بين روسيا وإيران.",
     "signed"),
    ("وبحث الوزيران الإيراني والروسي سبل تطوير التعاون بموجب اتفاقية التعاون العسكري الموقعة بين البلدين عام ٢٠١٥.",
     "signed"),
    # what is being done under it is its carrying out, whatever the participle tells of its past
    ("وتُنفَّذ الأعمال بموجب الاتفاقية الحكومية الإيرانية الروسية الموقعة عام ٢٠٢٣.", "implementing"),
    ("وتتواصل الأعمال التمهيدية لوحدتين جديدتين بموجب اتفاق وقعته طهران و«روساتوم» عام ٢٠١٤.", "implementing"),
    ("وتُجرى المناورات في إطار مذكرة التعاون العسكري التي وقّعها وزيرا الدفاع الإيراني والروسي في طهران.", "implementing"),
    # a noun that opens like a future verb is no future («في سياق», «سياسة»)
    ("وفي سياق متصل، تُنفَّذ الأعمال بموجب الاتفاقية الموقعة بين إيران وروسيا عام ٢٠٢٣.", "implementing"),
])
def test_done_under_an_agreement_now_or_to_come(text, status):
    assert _statuses(text) == {status}


@pytest.mark.parametrize("text,future", [
    ("سيمول الجانب الروسي المشروع", True),
    ("وسيمول الجانب الروسي المشروع", True),
    ("وسوف يمول الجانب الروسي المشروع", True),
    ("وفي سياق متصل، يمول الجانب الروسي المشروع", False),
    ("وتناول الوزيران سياسة النقل وسيرغي لافروف", False),
    ("وستواصل روسيا تمويل المشروع", False),  # the future of going on is a commitment to what is
])
def test_a_future_verb_and_the_words_that_only_look_like_one(text, future):
    assert future_between(text, 0, len(text)) is future
