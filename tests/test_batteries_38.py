"""Two batteries of agreements, each told at one step, written for the project by two helpers from SIGNALS.md and the
house's status conventions without the extractor (session 38; tests/fixtures/batteries/): 240 sentences in varied
forms, and 200 passages of one to three sentences in varied registers, with the many verbs and idioms of each step.
Each line is checked on its own; the lines the extractor gets wrong today are listed by number, so the rest stay
right and each one put right shows."""
import json
from pathlib import Path

import pytest

from etl.extract import extract

HERE = Path(__file__).parent / "fixtures" / "batteries"
ITEMS = [json.loads(line) for line in (HERE / "battery-status-38.jsonl").read_text(encoding="utf-8").splitlines()]
PASSAGES = [json.loads(line) for line in (HERE / "battery-passages-38.jsonl").read_text(encoding="utf-8").splitlines()]
STEPS = {"mentioned", "proposed", "negotiating", "drafted", "signed", "ratified", "in_force", "implementing"}

# Sentences read wrong today (the odd-numbered half was studied, the even-numbered half only counted): a
# relative clause's agreement not taken for one, a step told of the agreement only after a long aside, a vote against
# (the house reads it `mentioned`), talks whose start is told after them, a third country's agreement beside it…
WRONG = {12, 24, 31, 44, 50, 54, 56, 61, 71, 73, 84, 90, 108, 110, 112, 118, 128, 138, 147, 148, 155, 166,
         168, 172, 180, 182, 183, 188, 198, 202, 209, 213, 214, 226, 228, 232, 236}


# Passages read wrong today (all studied): a step fronted or told by an idiom the rules lack («بالأحرف الأولى، وقّع…»,
# «بات ملزماً», «تبادلتا المذكرات… وبذلك دخلت»), a body or company not taken for either side, a bare «الاتفاقية» in a
# quote, a programme's event…
PASSAGES_WRONG = {2, 3, 5, 8, 18, 28, 32, 33, 34, 38, 44, 48, 55, 57, 65, 87, 88, 95, 99, 104,
                  112, 115, 122, 126, 129, 146, 151, 152, 156, 159, 161, 163, 178, 182, 186, 187, 191}


def test_the_batteries_are_what_the_tests_say():
    assert [r["n"] for r in ITEMS] == list(range(1, 241))
    assert {r["status"] for r in ITEMS} == STEPS | {"none"}
    assert [r["n"] for r in PASSAGES] == list(range(1, 201))
    assert {r["status"] for r in PASSAGES} == STEPS | {"none"}


def _read_right(item: dict) -> bool:
    found = {s.status for s in extract(item["text"])[1] if s.kind == "agreement"}
    return not found if item["status"] == "none" else item["status"] in found  # (none: only hypothetical or denied)


@pytest.mark.parametrize("n", [r["n"] for r in ITEMS if r["n"] not in WRONG])
def test_an_agreement_is_read_at_the_step_its_sentence_gives(n):
    assert _read_right(ITEMS[n - 1])


@pytest.mark.parametrize("n", [r["n"] for r in PASSAGES if r["n"] not in PASSAGES_WRONG])
def test_an_agreement_is_read_at_the_step_its_passage_gives(n):
    assert _read_right(PASSAGES[n - 1])


def test_the_known_misses_are_still_misses():
    """A line put right is taken off the lists above (so the lists say what is true)."""
    assert [n for n in sorted(WRONG) if _read_right(ITEMS[n - 1])] == []
    assert [n for n in sorted(PASSAGES_WRONG) if _read_right(PASSAGES[n - 1])] == []

