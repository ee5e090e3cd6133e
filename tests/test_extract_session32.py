"""Session 32: rules written from the tuning part's errors (round 59's sets HQ and HS among them), each with the
sentences, written for the test, that it must read and those it must leave alone."""
from __future__ import annotations

import pytest

from etl.extract import extract


def _keys(text: str) -> set[tuple[str, str]]:
    return {(s.kind, s.key) for s in extract(text)[1]}


@pytest.mark.parametrize("text,kind", [
    # «الملالي» (the mullahs), «نظام الملالي»: Iran's rulers as the hostile press names them
    ("وكتب المحلل أن ما يجري تحالف صريح بين الكرملين ونظام الملالي هدفه إنقاذ النظام السوري.", "relations"),
    ("ويرى الكاتب أن موسكو والملالي يتقاسمان هدفا واحدا في سوريا هو حماية الأسد.", "joint_position"),
])
def test_the_mullahs_are_iran(text, kind):
    assert kind in {k for k, _ in _keys(text)}


def test_mullahs_without_the_article_are_not_iran():
    # (the Taliban's mullahs, without the article, are no name of Iran's rulers)
    assert not extract("واستقبلت موسكو وفدا من ملالي طالبان لبحث الوضع الأمني في أفغانستان.")[1]
