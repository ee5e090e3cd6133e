"""The page benchmark runs on the sample corpus and a small scale database and times every page (its timings
are not tested); a file of its own, so it runs beside the ETL benchmark."""
import json
import subprocess
import sys

import pytest

from pages._nav import NAMES
from tools.bench_pages import FILTERED_PAGES
from tests.conftest import ROOT


@pytest.mark.slow  # builds a scale database and renders every page
def test_dashboard_bench_times_every_page():
    out = subprocess.run([sys.executable, "-m", "tools.bench", "--repeat", "1", "--json", "--dashboard-only",
                          "--scale-signals", "5000", "--views", "dates and text"],
                         cwd=ROOT, capture_output=True, text=True, check=True, timeout=600).stdout
    dash = json.loads(out)
    assert dash["scale_signals"] == 5000
    assert set(dash["scale"]) == set(dash["sample"]) == set(NAMES) | {"csv_100k"}
    # One filtered view per page here (all five in the benchmark itself): every page that has filters is timed.
    assert {k.split(" (")[0] for k in dash["scale_filtered"]} == set(FILTERED_PAGES)
    assert "explorer (dates and text)" in dash["scale_filtered"] and all(t > 0 for t in dash["scale_filtered"].values())
    assert dash["events_rebuild_seconds"] > 0
