"""Measure the extractor against a gold file: ingest into a temporary database, export, score.

    python -m tools.score --gold GOLD.jsonl [--misses] INPUT...

Matching follows the project's shared scorer: a signal is (article_id, kind, key), and for a
trade figure (article_id, kind, key, value, unit); only articles named in the gold file count.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Iterable

from db.export import export
from db.vocabulary import KINDS
from etl.pipeline import ingest


def item(aid: str, kind: str, key: str, value: object = None, unit: object = None) -> tuple:
    """What the shared scorer matches on: (article, kind, key), and for a trade figure also value and unit."""
    kind, key = (kind or "").strip().lower(), (key or "").strip().lower()
    if kind != "trade_figure":
        return (aid, kind, key)
    try:
        v = round(float(value), 2) if value not in (None, "") else None  # type: ignore[arg-type]
    except ValueError:
        v = None
    return (aid, kind, key, v, (unit or "").strip().lower())


def score(gold_path: str | Path, signals_csv: str | Path, outlets: dict[str, str] | None = None) -> dict:
    """Precision, recall and F1 per kind and overall (and per outlet, given each article's outlet), status
    accuracy and repeated rows."""
    gold: set[tuple] = set()
    gold_status: dict[tuple, str] = {}
    articles: set[str] = set()
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        a = json.loads(line)
        aid = str(a["article_id"])
        articles.add(aid)
        for s in a.get("signals", []):
            it = item(aid, s["kind"], s["key"], s.get("value"), s.get("unit"))
            gold.add(it)
            if s.get("status"):
                gold_status[it] = s["status"]
    pred: set[tuple] = set()
    pred_status: dict[tuple, set[str]] = {}
    rows: Counter = Counter()
    with open(signals_csv, encoding="utf-8-sig", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["article_id"] not in articles:
                continue
            it = item(r["article_id"], r["kind"], r["key"], r.get("value"), r.get("unit"))
            pred.add(it)
            if r.get("status"):
                pred_status.setdefault(it, set()).add(r["status"])
            rows[(it, r.get("actor", ""), r.get("sentence", ""))] += 1
    out: dict = {"articles": len(articles), "kinds": {},
                 "repeated_rows": sum(n - 1 for n in rows.values() if n > 1)}
    for kind in KINDS + [None]:
        g = {i for i in gold if kind is None or i[1] == kind}
        p = {i for i in pred if kind is None or i[1] == kind}
        tp, fp, fn = len(g & p), len(p - g), len(g - p)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        figures = {"precision": prec, "recall": rec, "f1": f1, "tp": tp, "fp": fp, "fn": fn}
        if kind is None:
            out.update(figures)
        else:
            out["kinds"][kind] = figures
    if outlets:
        out["outlets"] = {}
        for name in sorted(set(outlets.values())):
            g = {i for i in gold if outlets.get(i[0]) == name}
            p = {i for i in pred if outlets.get(i[0]) == name}
            tp, fp, fn = len(g & p), len(p - g), len(g - p)
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            out["outlets"][name] = {"precision": prec, "recall": rec,
                                    "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
                                    "tp": tp, "fp": fp, "fn": fn}
    matched = [i for i in gold_status if i in pred]
    right = sum(1 for i in matched if gold_status[i] in pred_status.get(i, ()))
    out["agreement_status_accuracy"] = right / len(matched) if matched else None
    out["missed"] = sorted(gold - pred, key=str)
    out["spurious"] = sorted(pred - gold, key=str)
    return out


def evaluate(gold_path: str | Path, inputs: Iterable[str | Path]) -> dict:
    """Ingest ``inputs`` into a throw-away database and score them against ``gold_path``."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "eval.duckdb"
        ingest(list(inputs), db, progress=False)
        sp, ap = export(db, tmp)
        with open(ap, encoding="utf-8-sig", newline="") as fh:
            outlets = {r["article_id"]: r["source"] or "(no outlet)" for r in csv.DictReader(fh)}
        return score(gold_path, sp, outlets)


def report(result: dict, misses: bool = False) -> str:
    """The figures as a table, like the shared scorer prints them."""
    lines = [f"{'kind':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for kind, m in result["kinds"].items():
        lines.append(f"{kind:16} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
                     f"{m['tp']:5} {m['fp']:5} {m['fn']:5}")
    for name, m in result.get("outlets", {}).items():
        lines.append(f"{name[:16]:16} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
                     f"{m['tp']:5} {m['fp']:5} {m['fn']:5}")
    lines.append(f"articles {result['articles']}, repeated rows {result['repeated_rows']}, "
                 f"agreement status accuracy {result['agreement_status_accuracy']}")
    if misses:
        lines += [f"missed   {i}" for i in result["missed"]] + [f"spurious {i}" for i in result["spurious"]]
    lines.append(f"overall P {result['precision']:.3f} R {result['recall']:.3f} F1 {result['f1']:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.score", description="score the extractor against a gold file")
    ap.add_argument("--gold", required=True, help="gold signals, JSON lines")
    ap.add_argument("--misses", action="store_true", help="list what was missed and what was spurious")
    ap.add_argument("inputs", nargs="+", help="the articles the gold file describes")
    args = ap.parse_args(argv)
    print(report(evaluate(args.gold, args.inputs), args.misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
