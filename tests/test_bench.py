"""The benchmark runs on a small input and reports every figure (its timings are not tested)."""
import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

FIGURES = ["prefilter_per_s", "extract_per_s", "tokenizer_per_s", "extract_vs_tokenizer", "ingest_seconds",
           "ingest_per_s", "peak_mb", "peak_mb_half_corpus", "workers_speedup", "incremental_share",
           "processing_speedup", "writer_share", "cpu_seconds", "cpu_seconds_workers", "peak_mb_double_corpus",
           "read_wait_median", "read_wait_longest", "tokenizer_all_seconds", "ingest_vs_tokenizer"]


@pytest.mark.slow  # runs the benchmark
def test_bench_reports_every_figure():
    out = subprocess.run([sys.executable, "-m", "tools.bench", str(ROOT / "seeds"), "--repeat", "1", "--json",
                          "--copies", "50,200"],
                         cwd=ROOT, capture_output=True, text=True, check=True, timeout=600).stdout
    etl_fig = json.loads(out)
    for name in FIGURES:
        assert isinstance(etl_fig[name], (int, float)) and etl_fig[name] > 0, name
    assert etl_fig["articles"] == 65 and etl_fig["copies"] == [50, 200]


def test_bench_text_report_marks_targets():
    from tools.bench import report
    fig = {"corpus": "x", "articles": 10, "mean_kb": 4.0, "relevant": 2, "cores": 2, "prefilter_per_s": 30000.0,
           "extract_per_s": 500.0, "extract_mean_kb": 4.0, "tokenizer_per_s": 2000.0, "extract_vs_tokenizer": 4.0, "ingest_seconds": 3.0,
           "ingest_per_s": 100.0, "peak_mb": 200.0, "peak_mb_half_corpus": 190.0, "peak_mb_double_corpus": 210.0, "workers": 2,
           "ingest_seconds_workers": 2.0, "workers_speedup": 1.5, "incremental_seconds": 0.1,
           "processing_speedup": 1.9, "writer_share": 0.3, "cpu_seconds": 3.5, "cpu_seconds_workers": 4.0,
           "incremental_share": 0.03, "read_wait_median": 0.03, "read_wait_longest": 0.6,
           "tokenizer_all_seconds": 5.0, "ingest_vs_tokenizer": 0.6}
    text = report(fig)
    assert "ok   prefilter" in text and "MISS extraction" in text and "MISS whole ingest/tokenizer" in text


def test_dashboard_report_names_the_slowest_filtered_view():
    from tools.bench import dashboard_report
    fig = {"sample_signals": 10, "scale_signals": 100, "scale_articles": 20,
           "sample": {"explorer": 0.1, "csv_100k": 0.1}, "scale": {"explorer": 0.3, "csv_100k": 0.5},
           "scale_filtered": {"explorer (dates)": 0.2, "trade (text)": 1.7}}
    text = dashboard_report(fig)
    assert "MISS explorer" in text  # 3x the sample
    assert "MISS with filters" in text and "slowest 1.70 s, trade (text)" in text
