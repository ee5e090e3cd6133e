"""Batteries of sentences written for the extractor's checks by helpers working from SIGNALS.md alone, without
the extractor (session 15; tests/fixtures/batteries/): 80 that name both countries and state nothing between
them, 90 that state one signal each, and 80 agreements (with their status), trade figures (with their value and
unit), projects and organisations. Each line is checked on its own. The lines the extractor gets wrong today
are listed here by number, so that the rest stay right and each one put right is seen: they are what the README's
account of this session calls the batteries' misses, not lines the tests pass over in silence."""
from pathlib import Path

import json

import pytest

from etl.extract import extract
from tools.score import item as score_item

HERE = Path(__file__).parent / "fixtures" / "batteries"


def _rows(name: str) -> list[list[str]]:
    return [line.rstrip("\n").split("\t") for line in (HERE / name).read_text(encoding="utf-8").splitlines() if line.strip()]


NEGATIVES = _rows("negatives-15.tsv")
PASSAGES = [json.loads(line) for line in (HERE / "negatives-passages-15.jsonl").read_text(encoding="utf-8").splitlines()]
DEFENCE = [json.loads(line) for line in (HERE / "positives-mil-15.jsonl").read_text(encoding="utf-8").splitlines()]
STORIES = [json.loads(line) for line in (HERE / "positives-passages-15.jsonl").read_text(encoding="utf-8").splitlines()]
ECONOMY = [json.loads(line) for line in (HERE / "positives-econ-15.jsonl").read_text(encoding="utf-8").splitlines()]
POSITIVES = _rows("positives-15.tsv")
# Fired where nothing holds between the two (a third party's visit told beside theirs, a Russian agency's reporter,
# history with no date): 5 of 80.
NEGATIVES_FIRING = {18, 20, 24, 62, 68}
# Not found (vocabulary the cue lists lack, statements spread over two sentences): 15 of 90.
POSITIVES_MISSED = {7, 10, 36, 42, 43, 49, 50, 58, 59, 61, 70, 74, 75, 87, 88}


# Passages of the Gulf, Egyptian, Levantine and Iraqi press that fire: a fear told over a fronted clause, a
# rapprochement with a capital the catalogue does not know (2 of 60).
PASSAGES_FIRING = {17, 29}
# Not found (a project named with no side but itself, a protocol in a
# subordinate clause…), and agreements found with another status (a draft told in the next sentence…).
ECONOMY_MISSED = {30, 57, 59, 65, 70, 79}
ECONOMY_STATUS_WRONG = {11, 15}


def _economy_found(item: dict) -> list:
    """The extractor's signals that are the item's: its kind and key, and for a figure its value (within 1%) and unit."""
    found = [s for s in extract(item["text"])[1] if (s.kind, s.key) == (item["kind"], item["key"])]
    if item["kind"] == "trade_figure" and item.get("value") is not None:
        v = float(item["value"])
        found = [s for s in found if s.value is not None and abs(float(s.value) - v) <= 0.01 * abs(v) and s.unit == item["unit"]]
    return found


@pytest.mark.parametrize("n", [r["n"] for r in ECONOMY if r["n"] not in ECONOMY_MISSED])
def test_an_agreement_figure_project_or_body_stated_is_found_as_stated(n):
    item = ECONOMY[n - 1]
    found = _economy_found(item)
    assert found
    if item["kind"] == "agreement" and n not in ECONOMY_STATUS_WRONG:
        assert item["status"] in {s.status for s in found}


@pytest.mark.parametrize("n", [r["n"] for r in PASSAGES if r["n"] not in PASSAGES_FIRING])
def test_a_passage_naming_both_with_nothing_between_them_gives_no_signal(n):
    assert [(s.kind, s.key) for s in extract(PASSAGES[n - 1]["text"])[1]] == []


# Military, friction, relations and positions (70 one-signal items) and their near misses (30 with no signal):
# the items missed and the near misses that fire today.
DEFENCE_MISSED = {10, 17, 19, 20, 24, 28, 33, 34, 35, 43, 56, 60, 61}
DEFENCE_FIRING = {75, 78, 82, 85}


@pytest.mark.parametrize("n", [r["n"] for r in DEFENCE if r["kind"] and r["n"] not in DEFENCE_MISSED])
def test_a_military_friction_relations_or_position_item_is_found(n):
    item = DEFENCE[n - 1]
    assert (item["kind"], item["key"]) in {(s.kind, s.key) for s in extract(item["text"])[1]}


@pytest.mark.parametrize("n", [r["n"] for r in DEFENCE if not r["kind"] and r["n"] not in DEFENCE_FIRING])
def test_a_near_miss_of_the_same_words_gives_no_signal(n):
    assert [(s.kind, s.key) for s in extract(DEFENCE[n - 1]["text"])[1]] == []


# Passages of three or four sentences, each with the one to three signals its writer lists: those missed and those
# found that the writer did not list, today, by (passage, kind, key).
STORIES_MISSED = {(45, 'economic', 'trade_measure'), (47, 'relations', 'partnership'), (15, 'military', 'joint_exercise'), (24, 'project', 'other'), (22, 'trade_figure', 'other'), (25, 'meeting', 'talks'), (56, 'friction', 'other'), (17, 'friction', 'competition'), (46, 'meeting', 'talks'), (59, 'economic', 'other'), (7, 'meeting', 'visit'), (31, 'joint_position', 'syria'), (19, 'joint_position', 'caucasus'), (31, 'friction', 'rivalry'), (5, 'friction', 'competition'), (55, 'trade_figure', 'loan'), (27, 'economic', 'energy_deal'), (16, 'joint_position', 'other'), (50, 'friction', 'competition'), (2, 'relations', 'partnership'), (9, 'organisation', 'eaeu'), (4, 'agreement', 'nuclear_cooperation'), (38, 'military', 'other'), (40, 'project', 'bushehr_npp'), (17, 'organisation', 'opec_plus'), (38, 'agreement', 'other'), (49, 'joint_position', 'other'), (55, 'agreement', 'other'), (45, 'trade_figure', 'other')}
STORIES_SPURIOUS = {(35, 'meeting', 'visit'), (57, 'joint_position', 'syria'), (46, 'meeting', 'visit'), (9, 'agreement', 'other'), (18, 'meeting', 'visit')}


def _story_items(n: int) -> tuple[set, set]:
    """(the writer's signals, the extractor's), as (kind, key) for all but figures, which add value and unit."""
    story = STORIES[n - 1]
    gold = {score_item("x", g["kind"], g["key"], g.get("value"), g.get("unit"))[1:] for g in story["signals"]}
    found = {score_item("x", s.kind, s.key, s.value, s.unit)[1:] for s in extract(story["text"])[1]}
    return gold, found


@pytest.mark.parametrize("n", range(1, 61))
def test_a_story_gives_its_signals_and_no_others(n):
    gold, found = _story_items(n)
    assert {g[:2] for g in gold - found} == {(k, key) for m, k, key in STORIES_MISSED if m == n}
    assert {f[:2] for f in found - gold} == {(k, key) for m, k, key in STORIES_SPURIOUS if m == n}


def test_the_batteries_are_what_the_tests_say():
    assert len(NEGATIVES) == 80 and all(len(r) == 2 for r in NEGATIVES)
    assert len(POSITIVES) == 90 and all(len(r) == 3 for r in POSITIVES)
    assert [r["n"] for r in ECONOMY] == list(range(1, 81)) and [r["n"] for r in PASSAGES] == list(range(1, 61))
    assert [r["n"] for r in DEFENCE] == list(range(1, 101)) and sum(1 for r in DEFENCE if r["kind"]) == 70
    assert [r["n"] for r in STORIES] == list(range(1, 61))


@pytest.mark.parametrize("n", [n for n in range(1, len(NEGATIVES) + 1) if n not in NEGATIVES_FIRING])
def test_a_sentence_naming_both_with_nothing_between_them_gives_no_signal(n):
    reason, text = NEGATIVES[n - 1]
    assert [(s.kind, s.key) for s in extract(text)[1]] == []


@pytest.mark.parametrize("n", [n for n in range(1, len(POSITIVES) + 1) if n not in POSITIVES_MISSED])
def test_a_sentence_stating_one_signal_gives_it(n):
    kind, key, text = POSITIVES[n - 1]
    assert (kind, key) in {(s.kind, s.key) for s in extract(text)[1]}


def test_the_known_misses_are_still_misses():
    """A line put right is taken off the lists above (so the lists say what is true)."""
    fixed_neg = [n for n in NEGATIVES_FIRING if not extract(NEGATIVES[n - 1][1])[1]]
    fixed_pos = [n for n in POSITIVES_MISSED
                 if tuple(POSITIVES[n - 1][:2]) in {(s.kind, s.key) for s in extract(POSITIVES[n - 1][2])[1]}]
    fixed_econ = [n for n in ECONOMY_MISSED if _economy_found(ECONOMY[n - 1])]
    fixed_passages = [n for n in PASSAGES_FIRING if not extract(PASSAGES[n - 1]["text"])[1]]
    fixed_passages += [n for n in DEFENCE_FIRING if not extract(DEFENCE[n - 1]["text"])[1]]
    fixed_passages += [n for n in DEFENCE_MISSED if (DEFENCE[n - 1]["kind"], DEFENCE[n - 1]["key"]) in
                       {(s.kind, s.key) for s in extract(DEFENCE[n - 1]["text"])[1]}]
    assert fixed_neg == [] and fixed_pos == [] and fixed_econ == [] and fixed_passages == []
