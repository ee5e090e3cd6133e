"""Benchmark: prefilter, extraction, whole ingest, memory, workers, incremental re-ingest.

    python -m tools.bench [CORPUS] [--repeat 3] [--workers 2] [--limit N] [--json] [--dashboard]

Figures are medians of ``repeat`` runs on the same texts, with camel-tools' word tokeniser timed
on the same texts as a yardstick, since the machine is shared and its speed varies.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import multiprocessing
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable, Iterable

from camel_tools.tokenizers.word import simple_word_tokenize

from etl.extract import extract, might_be_relevant
from etl.extract.normalize import normalize
from etl.pipeline import CHUNK, _work
from etl.read import RawArticle, read_paths

ROOT = Path(__file__).resolve().parent.parent
ANT = ROOT.parent / "shared" / "corpus" / "ant" / "ant-multisource-2018.jsonl.gz"
TARGETS = {
    "prefilter_per_s": 20_000, "extract_per_s": 1_000, "extract_vs_tokenizer": 2.0,
    "ingest_seconds": 30.0, "ingest_vs_tokenizer": 0.5, "peak_mb": 500.0, "incremental_share": 0.10,
}


def default_corpus() -> Path:
    """The ANT corpus beside the project when present, else seeds/."""
    return ANT if ANT.exists() else ROOT / "seeds"


def _median_rate(fn: Callable[[], object], n_items: int, repeat: int) -> tuple[float, float]:
    """(items per second, seconds) as the median over ``repeat`` runs (after one warm-up run)."""
    fn()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    sec = statistics.median(times)
    return (n_items / sec if sec else float("inf")), sec


def _ingest_child(paths: list[str], db: Path, workers: int = 1) -> dict:
    """Run one ingest in a fresh process; return its wall time and peak memory."""
    code = (
        "import json, resource, sys, time\n"
        "from etl.pipeline import ingest\n"
        "t, cpu = time.perf_counter(), time.process_time()\n"
        f"s = ingest({paths!r}, {str(db)!r}, progress=False, workers={workers})\n"
        "sec, cpu = time.perf_counter() - t, time.process_time() - cpu\n"
        "ch = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'seconds': sec, 'peak_mb': me, 'worker_peak_mb': kids, 'read': s.read, "
        "'new': s.new, 'unchanged': s.unchanged, 'signals': s.signals, 'write_seconds': s.write_seconds, "
        "'cpu_seconds': cpu + ch.ru_utime + ch.ru_stime}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _reads_during_ingest(src: Path, db: Path, every: float = 0.2) -> tuple[float, float]:
    """(median, longest) seconds a dashboard query waits while the ETL loads ``src`` into ``db``."""
    from db import queries
    from db.filters import Filters

    _ingest_child([str(ROOT / "seeds" / "000_5ca05d674973007d.txt")], db)
    done = threading.Event()
    runner = threading.Thread(target=lambda: (_ingest_child([str(src)], db), done.set()))
    runner.start()
    waits = []
    while not waits or not done.is_set():
        t = time.perf_counter()
        queries.read(queries.count_signals, db, Filters())
        waits.append(time.perf_counter() - t)
        done.wait(every)
    runner.join()
    return statistics.median(waits), max(waits)


_articles_in_worker: list[RawArticle] = []  # a benchmark worker's copy of the corpus (inherited by fork)


def _init_bench_worker(articles: list[RawArticle]) -> None:
    _articles_in_worker[:] = articles


def _process_range(bounds: tuple[int, int]) -> int:
    """Everything a worker does for these articles (hash, extract, build the rows); only a count goes back."""
    return len(_work(_articles_in_worker[bounds[0]:bounds[1]], {}).rows)


def _parallel_processing(articles: list[RawArticle], workers: int, repeat: int) -> float:
    """Speed-up of the per-article work in ``workers`` processes over one, without reading or loading."""
    ranges = [(i, i + CHUNK) for i in range(0, len(articles), CHUNK)]
    _init_bench_worker(articles)
    _, one = _median_rate(lambda: [_process_range(r) for r in ranges], len(articles), repeat)
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(workers, initializer=_init_bench_worker, initargs=(articles,)) as pool:
        _, many = _median_rate(lambda: pool.map(_process_range, ranges), len(articles), repeat)
    return one / many


def _write_jsonl(articles: Iterable[RawArticle], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.article_id, "source": a.source, "url": a.url, "published": a.published,
                                 "title": a.title, "text": a.text}, ensure_ascii=False) + "\n")


def run(corpus: Path, repeat: int = 3, workers: int = 2, limit: int | None = None,
        copies: tuple[int, int] | None = None) -> dict:
    """Every figure of the benchmark, as a dict; ``copies``: the two numbers of near-duplicate copies."""
    copies = copies or COPIES
    articles = [a for a in read_paths([corpus]) if isinstance(a, RawArticle)][:limit]
    texts = [a.text for a in articles]
    kb = sum(len(t.encode()) for t in texts) / max(1, len(texts)) / 1024
    out: dict = {"corpus": str(corpus), "articles": len(texts), "mean_kb": round(kb, 2), "cores": os.cpu_count()}

    out["prefilter_per_s"], _ = _median_rate(lambda: [might_be_relevant(normalize(t)) for t in texts],
                                            len(texts), repeat)
    relevant = [t for t in texts if extract(t)[0].relevant]
    out["relevant"] = len(relevant)
    sample = relevant or texts[:100]
    out["extract_mean_kb"] = round(sum(len(t.encode()) for t in sample) / len(sample) / 1024, 2)
    out["extract_per_s"], ext_sec = _median_rate(lambda: [extract(t) for t in sample], len(sample), repeat)
    out["tokenizer_per_s"], tok_sec = _median_rate(lambda: [simple_word_tokenize(t) for t in sample],
                                                  len(sample), repeat)
    out["extract_vs_tokenizer"] = ext_sec / tok_sec if tok_sec else None
    # Issue 11's yardstick for the whole ingest: the tokeniser alone on every text the ingest reads.
    # Each text's tokens are let go at once, as the ingest lets go of each article: holding them all would grow
    # this process by a gigabyte, which the ingest children measured below would inherit as their peak.
    _, out["tokenizer_all_seconds"] = _median_rate(lambda: sum(len(simple_word_tokenize(t)) for t in texts),
                                                  len(texts), repeat)
    out["processing_speedup"] = _parallel_processing(articles, workers, repeat)

    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        src = tmp_path / "corpus.jsonl"
        _write_jsonl(articles, src)
        first = _ingest_child([str(src)], tmp_path / "one.duckdb")
        out["ingest_seconds"] = first["seconds"]
        out["ingest_per_s"] = first["read"] / first["seconds"]
        out["ingest_vs_tokenizer"] = first["seconds"] / out["tokenizer_all_seconds"]
        out["peak_mb"] = first["peak_mb"]
        half = tmp_path / "half.jsonl"
        _write_jsonl(articles[: len(articles) // 2], half)
        out["peak_mb_half_corpus"] = _ingest_child([str(half)], tmp_path / "half.duckdb")["peak_mb"]
        double = tmp_path / "double.jsonl"  # the corpus twice, the second time under other ids
        _write_jsonl(articles + [dataclasses.replace(a, article_id=a.article_id + "/again") for a in articles], double)
        out["peak_mb_double_corpus"] = _ingest_child([str(double)], tmp_path / "double.duckdb")["peak_mb"]
        double.unlink()
        out["read_wait_median"], out["read_wait_longest"] = _reads_during_ingest(src, tmp_path / "reads.duckdb")
        par = _ingest_child([str(src)], tmp_path / "par.duckdb", workers=workers)
        out["workers"] = workers
        out["ingest_seconds_workers"] = par["seconds"]
        out["workers_speedup"] = first["seconds"] / par["seconds"]
        # Loading has one writer; and with every core busy, the CPU time spent in all decides the time.
        out["writer_share"] = first["write_seconds"] / first["seconds"]
        out["cpu_seconds"] = first["cpu_seconds"]
        out["cpu_seconds_workers"] = par["cpu_seconds"]
        # Re-ingest when 99% is already loaded: load 99%, then the whole corpus again.
        most = tmp_path / "most.jsonl"
        _write_jsonl(articles[: int(len(articles) * 0.99)], most)
        _ingest_child([str(most)], tmp_path / "inc.duckdb")
        again = []
        for i in range(max(1, repeat)):  # each time on a fresh copy of the 99%-loaded database
            shutil.copyfile(tmp_path / "inc.duckdb", tmp_path / f"inc{i}.duckdb")
            again.append(_ingest_child([str(src)], tmp_path / f"inc{i}.duckdb")["seconds"])
        out["incremental_seconds"] = statistics.median(again)
        out["incremental_share"] = out["incremental_seconds"] / first["seconds"]
        # One story syndicated in many copies: linking them must grow with their number, not its square.
        out["copies"] = list(copies)
        for n in copies:
            path = tmp_path / f"copies{n}.jsonl"
            _write_jsonl(_copies(articles, n), path)
            out[f"copies_{n}_seconds"] = _ingest_child([str(path)], tmp_path / f"copies{n}.duckdb")["seconds"]
        out["copies_read_wait_median"], out["copies_read_wait_longest"] = _reads_during_ingest(
            path, tmp_path / "copies-reads.duckdb")
    return out


COPIES = (1_000, 4_000)


def _copies(articles: list[RawArticle], n: int) -> list[RawArticle]:
    """``n`` near-identical copies of the longest relevant article (a number changed in each), over 7 outlets."""
    story = max((a for a in articles if extract(a.text)[0].relevant), key=lambda a: len(a.text), default=articles[0])
    return [dataclasses.replace(story, article_id=f"copy-{i}", source=f"outlet {i % 7}",
                                text=story.text + f" ({i})") for i in range(n)]


def dashboard(repeat: int = 3, signals: int = 1_000_000, articles: int = 200_000, views: str | None = None) -> dict:
    """Page render times on the sample corpus and on a database of ``signals`` signals, and a 100k-row CSV;
    ``views`` names the filtered views to time (comma-separated; default all of tools.bench_pages.FILTERED)."""
    from tools.scale import build

    def pages(db: Path, *more: str) -> dict:
        out = subprocess.run([sys.executable, "-m", "tools.bench_pages", "--db", str(db), "--repeat", "1", "--json",
                              *more], cwd=ROOT, capture_output=True, text=True, check=True)
        return json.loads(out.stdout.strip().splitlines()[-1])

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.duckdb"
        ingest_seeds = _ingest_child([str(ROOT / "seeds")], sample)
        big = Path(tmp) / "scale.duckdb"
        made = build(big, signals, articles, sample)
        made["events_rebuild_seconds"] = _events_rebuild(big)
        # Small and large in turn, so that both see the same moments of a shared machine's load.
        runs: dict[str, list[dict]] = {"sample": [], "scale": []}
        for _ in range(repeat):
            runs["sample"].append(pages(sample))
            runs["scale"].append(pages(big, "--filtered", *(["--views", views] if views else [])))
        filtered = [r.pop("filtered") for r in runs["scale"]]
        medians = {name: {page: statistics.median(r[page] for r in rs) for page in rs[0]} for name, rs in runs.items()}
        return {"sample_signals": ingest_seeds["signals"], "scale_signals": made["signals"],
                "events_rebuild_seconds": made["events_rebuild_seconds"],
                "scale_articles": made["articles"], **medians,
                "scale_filtered": {k: statistics.median(r[k] for r in filtered) for k in filtered[0]}}


def _events_rebuild(db: Path) -> float:
    """Seconds to rebuild every event of ``db`` from its signals (db.events), on a writer's connection."""
    from db import events
    from db.connection import connect
    with connect(db) as con:
        started = time.perf_counter()
        events.refresh(con, everything=True)
        return time.perf_counter() - started


def dashboard_report(fig: dict) -> str:
    """Page times with the targets: <= 1.5 s at scale, and <= 2x the sample corpus."""
    lines = [f"dashboard: sample corpus ({fig['sample_signals']:,} signals) against "
             f"{fig['scale_signals']:,} signals in {fig['scale_articles']:,} articles"]
    for page, small in fig["sample"].items():
        big = fig["scale"][page]
        if page == "csv_100k":
            lines.append(f"{'ok  ' if big <= 1.5 else 'MISS'} CSV download of 100,000 rows {big:.2f} s")
            continue
        ratio = big / small if small else float("inf")
        ok = big <= 1.5 and ratio <= 2
        lines.append(f"{'ok  ' if ok else 'MISS'} {page:14} {small:5.2f} s -> {big:5.2f} s ({ratio:.1f}x; "
                     "target <= 1.5 s and <= 2x)")
    if "events_rebuild_seconds" in fig:
        took = fig["events_rebuild_seconds"]
        lines.append(mark(f"events rebuilt from {fig['scale_signals']:,} signals in {took:.1f} s (target <= 20 s)",
                          took <= 20))
    filtered = fig.get("scale_filtered") or {}
    if filtered:
        slowest = max(filtered, key=filtered.get)
        lines.append(f"{'ok  ' if filtered[slowest] <= 1.5 else 'MISS'} with filters set (dates, text, kind and "
                     f"outlet type, ...): {len(filtered)} page views, median {statistics.median(filtered.values()):.2f} s, "
                     f"slowest {filtered[slowest]:.2f} s, {slowest} (target <= 1.5 s)")
    return "\n".join(lines)


def _per_4kb(rate: float, mean_kb: float) -> float:
    """A rate in articles of ``mean_kb`` as a rate in the targets' 4 KB articles (work grows with length)."""
    return rate * mean_kb / 4


def mark(name: str, ok: bool) -> str:
    """A figure's line, marked with whether it meets its target."""
    return f"{'ok  ' if ok else 'MISS'} {name}"


def _copies_line(fig: dict) -> str:
    few, many = fig.get("copies", COPIES)
    a, b = (fig.get(f"copies_{n}_seconds") for n in (few, many))
    if a is None or b is None:
        return ""
    growth = b / a
    return mark(f"near-duplicates       {few:,} copies {a:.1f} s, {many:,} copies {b:.1f} s "
                f"({growth:.1f}x for {many // few}x the copies; target <= {many // few + 1}x); "
                f"dashboard queries meanwhile wait {fig['copies_read_wait_median']:.2f} s median, "
                f"{fig['copies_read_wait_longest']:.2f} s at most",
                growth <= many // few + 1)


def report(fig: dict) -> str:
    """The figures as lines, each with its target and whether it is met."""
    lines = [f"corpus {fig['corpus']}: {fig['articles']} articles, mean {fig['mean_kb']} KB, "
             f"{fig['relevant']} relevant; {fig['cores']} cores",
             mark(f"prefilter          {fig['prefilter_per_s']:>10,.0f} articles/s of {fig['mean_kb']} KB = "
                  f"{_per_4kb(fig['prefilter_per_s'], fig['mean_kb']):,.0f}/s in 4 KB articles (target >= 20,000)",
                  _per_4kb(fig["prefilter_per_s"], fig["mean_kb"]) >= TARGETS["prefilter_per_s"]),
             mark(f"extraction         {fig['extract_per_s']:>10,.0f} articles/s of {fig['extract_mean_kb']} KB = "
                  f"{_per_4kb(fig['extract_per_s'], fig['extract_mean_kb']):,.0f}/s in 4 KB articles "
                  f"(target >= 1,000)",
                  _per_4kb(fig["extract_per_s"], fig["extract_mean_kb"]) >= TARGETS["extract_per_s"]),
             f"     camel tokenizer{fig['tokenizer_per_s']:>10,.0f} articles/s (same texts)",
             mark(f"extraction/tokenizer time {fig['extract_vs_tokenizer']:.2f}x (target <= 2x)",
                  fig["extract_vs_tokenizer"] <= TARGETS["extract_vs_tokenizer"]),
             mark(f"whole ingest       {fig['ingest_seconds']:>10.1f} s, {fig['ingest_per_s']:,.0f} articles/s "
                  f"(target <= 30 s for ANT)", fig["ingest_seconds"] <= TARGETS["ingest_seconds"]),
             mark(f"whole ingest/tokenizer on every text {fig['ingest_vs_tokenizer']:.2f}x (the tokeniser alone "
                  f"{fig['tokenizer_all_seconds']:.1f} s; target <= 0.5x)",
                  fig["ingest_vs_tokenizer"] <= TARGETS["ingest_vs_tokenizer"]),
             mark(f"peak memory        {fig['peak_mb']:>10.0f} MB (half the corpus {fig['peak_mb_half_corpus']:.0f} MB, "
                  f"twice the corpus {fig['peak_mb_double_corpus']:.0f} MB; target <= 500, flat)",
                  max(fig["peak_mb"], fig["peak_mb_double_corpus"]) <= TARGETS["peak_mb"]),
             f"     per-article work in {fig['workers']} processes: speed-up {fig['processing_speedup']:.2f}x "
             f"(no reading or loading)",
             f"     --workers {fig['workers']}     {fig['ingest_seconds_workers']:>10.1f} s, "
             f"speed-up {fig['workers_speedup']:.2f}x on {fig['cores']} cores",
             f"     CPU time in all: {fig['cpu_seconds']:.1f} s in one process, {fig['cpu_seconds_workers']:.1f} s "
             f"with --workers {fig['workers']}; loading (one writer) is {fig['writer_share']:.0%} of one "
             f"process's time",
             f"     dashboard queries during an ingest: median {fig['read_wait_median']:.2f} s, longest "
             f"{fig['read_wait_longest']:.2f} s (the ETL lets go of the file when a reader asks)",
             mark(f"re-ingest, 99% loaded {fig['incremental_seconds']:.1f} s = "
                  f"{fig['incremental_share']:.0%} of the first ingest (target <= 10%)",
                  fig["incremental_share"] <= TARGETS["incremental_share"]),
             _copies_line(fig)]
    return "\n".join(line for line in lines if line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.bench",
                                 description="measure speed and memory (ANT corpus beside the project, else seeds/)")
    ap.add_argument("corpus", nargs="?", help="file or folder to measure on")
    ap.add_argument("--repeat", type=int, default=3, help="runs per timing; the median is reported")
    ap.add_argument("--workers", type=int, default=2, help="processes for the parallel ingest figure")
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--dashboard", action="store_true",
                    help="also time every page on the sample corpus and on a 1,000,000-signal database")
    ap.add_argument("--dashboard-only", action="store_true", help="only the page times (no ETL figures)")
    ap.add_argument("--scale-signals", type=int, default=1_000_000, help="signals in the large database")
    ap.add_argument("--views", help="only these filtered views, comma-separated (default: all)")
    ap.add_argument("--copies", default=",".join(map(str, COPIES)),
                    help="the two numbers of near-duplicate copies to time (default %(default)s)")
    args = ap.parse_args(argv)
    few, many = (int(n) for n in args.copies.split(","))
    if not args.dashboard_only:
        fig = run(Path(args.corpus) if args.corpus else default_corpus(), args.repeat, args.workers, args.limit,
                  (few, many))
        print(json.dumps(fig, indent=1) if args.json else report(fig))
    if args.dashboard or args.dashboard_only:
        dash = dashboard(args.repeat, args.scale_signals, args.scale_signals // 5, args.views)
        print(json.dumps(dash, indent=1) if args.json else dashboard_report(dash))
    return 0


if __name__ == "__main__":
    sys.exit(main())
