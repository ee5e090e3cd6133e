"""tools/gold.py: two annotations and the adjudicator's rulings make one gold article."""
import pytest

from tools.gold import disputes, merge


def _ann(*signals):
    return {"a1": {"article_id": "a1", "relevant": bool(signals), "topics": ["trade"], "signals": list(signals)}}


TREATY = {"kind": "agreement", "key": "strategic_partnership_treaty", "status": "signed", "evidence": "وقع"}
OTHER = {"kind": "agreement", "key": "other", "status": "implementing", "evidence": "عازمة على تنفيذ"}
CALL = {"kind": "meeting", "key": "phone_call", "evidence": "اتصال"}


def test_what_both_found_is_kept_and_a_one_sided_signal_as_ruled():
    a, b = _ann(TREATY, CALL), _ann(TREATY)
    assert [d["key"] for d in disputes(a, b)] == ["phone_call"]
    keep = [{"article_id": "a1", "kind": "meeting", "key": "phone_call", "keep": True}]
    drop = [{"article_id": "a1", "kind": "meeting", "key": "phone_call", "keep": False}]
    assert [s["key"] for s in merge(a, b, keep)[0]["signals"]] == ["strategic_partnership_treaty", "phone_call"]
    assert [s["key"] for s in merge(a, b, drop)[0]["signals"]] == ["strategic_partnership_treaty"]


def test_a_status_dispute_takes_the_ruled_status():
    a, b = _ann(TREATY), _ann(dict(TREATY, status="ratified"))
    ruling = [{"article_id": "a1", "kind": "agreement", "key": "strategic_partnership_treaty", "keep": True,
               "status": "ratified"}]
    assert merge(a, b, ruling)[0]["signals"][0]["status"] == "ratified"


def test_a_one_sided_agreement_kept_takes_the_status_the_adjudicator_gives():
    a, b = _ann(OTHER), _ann()
    ruling = [{"article_id": "a1", "kind": "agreement", "key": "other", "keep": True, "status": "signed"}]
    assert merge(a, b, ruling)[0]["signals"][0]["status"] == "signed"


def test_a_disagreement_without_a_ruling_is_an_error():
    with pytest.raises(ValueError):
        merge(_ann(CALL), _ann(), [])
