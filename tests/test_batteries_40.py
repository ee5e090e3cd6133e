"""A battery of 200 passages, each one Iran–Russia agreement at one step (or a near miss with none), written for the
project in session 40 by a helper from SIGNALS.md and the house's status conventions without the extractor, where a
careless reader would err: signed while the legal path goes on, ratified by one house or the council, in force by
idioms (binding, renewed, «يسري»), carried out under it, drafts and texts, talks and offers, near misses of other pairs
(tests/fixtures/batteries/battery-status-40.jsonl; all of it studied). Each passage is checked on its own; those the
extractor gets wrong today are listed by number."""
import json
from pathlib import Path

import pytest

from tests.test_batteries_38 import STEPS, _read_right

ITEMS = [json.loads(line) for line in
         (Path(__file__).parent / "fixtures" / "batteries" / "battery-status-40.jsonl").read_text(encoding="utf-8")
         .splitlines()]

# Read wrong today: drafts exchanged (the house reads them still negotiated), instruments or notes of ratification
# exchanged (the house reads them in force), a side named only as the place («السفير الإيراني في موسكو»), a bare
# «اتفاق» described by its clause, a document other than an agreement («خطة التشاور»), a question or a commentator's
# forecast (mentioned, not none), a passive signing told by «ثم» in the next sentence, renewed «للمرة الثانية»…
WRONG = {7, 14, 34, 37, 39, 40, 52, 57, 94, 97, 101, 103, 106, 111, 113, 133, 136, 137, 150, 161, 164, 167, 170, 171,
         172, 177, 195, 199}


def test_the_battery_is_what_the_tests_say():
    assert [r["n"] for r in ITEMS] == list(range(1, 201))
    assert {r["status"] for r in ITEMS} == STEPS | {"none"}


@pytest.mark.parametrize("n", [r["n"] for r in ITEMS if r["n"] not in WRONG])
def test_an_agreement_is_read_at_the_step_its_passage_gives(n):
    assert _read_right(ITEMS[n - 1])


def test_the_known_misses_are_still_misses():
    """A passage put right is taken off the list above (so the list says what is true)."""
    assert [n for n in sorted(WRONG) if _read_right(ITEMS[n - 1])] == []
