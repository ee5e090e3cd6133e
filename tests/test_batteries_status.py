"""Four batteries of 200 passages each, one Iran–Russia agreement at one step per passage (or a near miss with none),
written for the project by helpers from SIGNALS.md and the house's status conventions without the extractor
(tests/fixtures/batteries/); each arrived after a session's rules and was then studied:
- battery-status-39.jsonl (session 39), on the boundaries hardest to tell: signed, carried out or in force; talks, a
  text or a proposal; named or signed; the legal path; a step told in the next sentence;
- battery-status-40.jsonl (session 40), where a careless reader would err: signed while the legal path goes on,
  ratified by one house or the council, in force by idioms (binding, renewed, «يسري»), carried out under it, drafts
  and texts, talks and offers, near misses of other pairs;
- battery-status-41.jsonl (session 41), the boundaries again: signed or talks, signed, carried out or in force,
  proposed or negotiating, ratified or signed, only named, the step in the next sentence, near misses;
- battery-status-42.jsonl (session 42), steps told away from the name: in a later sentence by a noun referring back
  or a pronoun, in a lead before the name, a later step after an earlier one, verbal nouns and participles far off.
Two more sets, probe-status-41.jsonl and probe-status-42.jsonl, written as an editor would, are kept unread and only
counted.
Each passage is checked on its own; those the extractor gets wrong today are listed by number."""
import json
from pathlib import Path

import pytest

from tests.test_batteries_38 import STEPS, _read_right

HERE = Path(__file__).parent / "fixtures" / "batteries"
BATTERIES = {name: [json.loads(line) for line in (HERE / f"battery-status-{name}.jsonl").read_text(encoding="utf-8")
                    .splitlines()] for name in ("39", "40", "41", "42")}

WRONG = {
    # a deed «وفق» the agreement, drafts exchanged (the gold splits them), company memoranda with no state named, an
    # agreement named by its year (the gold leaves such background `mentioned`), a relative clause's agreement fronted
    # or evaluated, instruments exchanged (the house reads them in force), votes against, another pair's agreement in a
    # fronted clause, a question with alternatives…
    "39": {28, 40, 42, 52, 55, 57, 86, 88, 92, 94, 104, 120, 131, 147, 151, 156, 157, 159, 166, 168,
           169, 174, 181, 189},
    # drafts exchanged (the house reads them still negotiated), instruments or notes of ratification exchanged (the
    # house reads them in force), a side named only as the place («السفير الإيراني في موسكو»), a bare «اتفاق»
    # described by its clause, a document other than an agreement («خطة التشاور»), a question or a commentator's
    # forecast (mentioned, not none), a passive signing told by «ثم» in the next sentence, renewed «للمرة الثانية»…
    "40": {7, 14, 34, 37, 39, 40, 57, 94, 97, 101, 106, 111, 113, 133, 136, 150, 161, 164, 167, 170, 171,
           172, 177, 195, 199},
    # session 41's battery arrived after the session's rules were written, studied in session 42 (the draft handed
    # over or discussed is `drafted` in the gold, not `negotiating` as this battery has it: 16, 19, 31, 80, 88, 168)
    "41": {11, 12, 15, 16, 19, 20, 25, 30, 31, 33, 51, 63, 64, 70, 73, 76, 77, 80, 87, 88, 91, 106, 119, 120, 121,
           129, 131, 134, 140, 146, 148, 151, 153, 156, 157, 160, 161, 168},
    # session 42's battery, studied in session 42 (128 of 200 right on arrival, after the session's first rules): a
    # lead that tells the step before the name (74–96), steps by idioms with no pronoun, in force then carried out (the
    # gold keeps in force), multilateral conventions the two signed among many (the gold keeps the Caspian one)
    "42": {9, 10, 14, 15, 19, 20, 24, 25, 30, 31, 32, 38, 57, 58, 59, 68, 69, 74, 76, 78, 80, 81, 83, 84, 87, 88, 96,
           108, 109, 126, 127, 130, 136, 142, 152, 158, 159, 172, 173, 180, 181, 187, 189, 191, 194, 197, 198, 200},
}


def _right_count(items: list[dict]) -> int:
    return sum(_read_right(r) for r in items)


PROBES = {name: [json.loads(line) for line in (HERE / f"probe-status-{name}.jsonl").read_text(encoding="utf-8")
                 .splitlines()] for name in ("41", "42")}
# of 200, kept unread, only counted: session 41's 161 at its start and end, 164 at the end of session 42; session
# 42's 171 at the start of the session (it arrived midway), 174 at its end
PROBE_RIGHT = {"41": 164, "42": 174}


@pytest.mark.parametrize("name", PROBES)
def test_the_unread_probe_is_read_no_worse(name):
    """A probe of 200 passages written as an editor would, kept unread so that it measures the rules on text none
    was written from: the count may rise, never fall."""
    assert len(PROBES[name]) == 200
    assert _right_count(PROBES[name]) >= PROBE_RIGHT[name]


@pytest.mark.parametrize("name", BATTERIES)
def test_the_battery_is_what_the_tests_say(name):
    assert [r["n"] for r in BATTERIES[name]] == list(range(1, 201))
    assert {r["status"] for r in BATTERIES[name]} == STEPS | {"none"}


@pytest.mark.parametrize("name, n", [(name, r["n"]) for name, items in BATTERIES.items() for r in items
                                     if r["n"] not in WRONG[name]])
def test_an_agreement_is_read_at_the_step_its_passage_gives(name, n):
    assert _read_right(BATTERIES[name][n - 1])


@pytest.mark.parametrize("name", BATTERIES)
def test_the_known_misses_are_still_misses(name):
    """A passage put right is taken off the list above (so the list says what is true)."""
    assert [n for n in sorted(WRONG[name]) if _read_right(BATTERIES[name][n - 1])] == []
