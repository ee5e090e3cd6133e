"""Two more batteries written from SIGNALS.md alone by helpers who never saw the extractor (session 16;
tests/fixtures/batteries/): 100 agreements, each told with the step it has reached in the many ways news says it
(across sentences, by a pronoun, in a subordinate clause, negated or put off), and 100 joint positions with near
misses (70 stated by both, 30 with the same words and no joint position). Each line is checked on its own; the
lines the extractor gets wrong today are listed by number, so the rest stay right and each one put right shows."""
from pathlib import Path

import json

import pytest

from etl.extract import extract

HERE = Path(__file__).parent / "fixtures" / "batteries"
STATUS = [json.loads(line) for line in (HERE / "battery-status-16.jsonl").read_text(encoding="utf-8").splitlines()]
POSITIONS = [json.loads(line) for line in (HERE / "battery-positions-16.jsonl").read_text(encoding="utf-8").splitlines()]

# Agreements not found, or found with another step than the writer's (initialling taken as drafted, a cabinet's
# approval as signed, a step told only of the agreement's terms…).
STATUS_WRONG = {4, 35, 42, 44, 54, 64, 70, 82, 90, 98}
# Joint positions not found, and near misses that fire.
POSITIONS_MISSED = {6, 35, 40, 46, 53, 54, 59, 61, 62, 89, 90, 94, 95, 97, 100}
POSITIONS_FIRING = {11, 14, 57}


def _status(item: dict) -> str | None:
    """The step the extractor gives the item's agreement (by its key where it finds several); None if none."""
    found = [s for s in extract(item["text"])[1] if s.kind == "agreement"]
    keyed = [s for s in found if s.key == item["key"]] or found
    return keyed[0].status if keyed else None


def _position_found(item: dict) -> bool:
    return item["key"] in {s.key for s in extract(item["text"])[1] if s.kind == "joint_position"}


def _fires(item: dict) -> bool:
    return any(s.kind == "joint_position" for s in extract(item["text"])[1])


def test_the_batteries_are_what_the_tests_say():
    assert [r["n"] for r in STATUS] == list(range(1, 101))
    assert [r["n"] for r in POSITIONS] == list(range(1, 101)) and sum(1 for r in POSITIONS if r["kind"]) == 70


@pytest.mark.parametrize("n", [r["n"] for r in STATUS if r["n"] not in STATUS_WRONG])
def test_an_agreement_is_found_at_the_step_the_text_gives(n):
    assert _status(STATUS[n - 1]) == STATUS[n - 1]["status"]


@pytest.mark.parametrize("n", [r["n"] for r in POSITIONS if r["kind"] and r["n"] not in POSITIONS_MISSED])
def test_a_joint_position_stated_is_found_on_its_matter(n):
    assert _position_found(POSITIONS[n - 1])


@pytest.mark.parametrize("n", [r["n"] for r in POSITIONS if not r["kind"] and r["n"] not in POSITIONS_FIRING])
def test_a_near_miss_gives_no_joint_position(n):
    assert not _fires(POSITIONS[n - 1])


def test_the_known_misses_are_still_misses():
    """A line put right is taken off the lists above (so the lists say what is true)."""
    assert [n for n in sorted(STATUS_WRONG) if _status(STATUS[n - 1]) == STATUS[n - 1]["status"]] == []
    assert [n for n in sorted(POSITIONS_MISSED) if _position_found(POSITIONS[n - 1])] == []
    assert [n for n in sorted(POSITIONS_FIRING) if not _fires(POSITIONS[n - 1])] == []
