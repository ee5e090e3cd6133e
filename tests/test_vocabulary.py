"""db/vocabulary.py is the one home of the signal vocabulary; it agrees with ../shared/SIGNALS.md where that
is present, and the extractor's rule files use only its kinds and topics."""
import re
import tomllib

from db import vocabulary as v
from tests.conftest import ROOT, SHARED, needs_shared


@needs_shared
def test_vocabulary_agrees_with_the_shared_signals_md():
    text = (SHARED / "SIGNALS.md").read_text(encoding="utf-8")
    kinds = re.findall(r"^- `(\w+)`:", text.split("## Kinds and keys")[1].split("## Topics")[0], re.M)
    assert kinds == v.KINDS
    topics = re.findall(r"`(\w+)`", text.split("## Topics")[1].split("##")[0])
    assert topics == v.TOPICS
    statuses = re.findall(r"`(\w+)`", text.split("| status |")[1].split("\n")[0])[1:]  # after `agreement`
    assert statuses == v.STATUSES
    units = re.findall(r"`(\w+)`", text.split("| value, unit |")[1].split("\n")[0].split("(")[1].split(")")[0])
    assert units == list(v.UNITS)
    actors = re.findall(r"`(\w+)`", text.split("| actor |")[1].split("\n")[0])
    assert actors == v.ACTORS


def test_rule_files_speak_the_vocabulary():
    extract = ROOT / "etl" / "extract"
    cues = tomllib.loads((extract / "cues.toml").read_text(encoding="utf-8"))
    cat = tomllib.loads((extract / "catalogue.toml").read_text(encoding="utf-8"))
    for rule in cues["rule"] + cat["entry"]:
        assert rule["kind"] in v.KINDS, rule
        assert rule.get("topic") is None or rule["topic"] in v.TOPICS, rule
    assert set(cues["topics"]) <= set(v.TOPICS)
    assert {k for k in cues["agreement"]["status"]} <= set(v.STATUSES)
    assert {k for k in cues["agreement"]["not_yet"] if k != "cancel"} <= set(v.STATUSES)
