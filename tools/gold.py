"""Make gold from two independent annotations: their agreement, the disagreements to adjudicate, and the
adjudicated file.

    python -m tools.gold agree A.jsonl B.jsonl --out disputes.jsonl   # agreement F1; what they disagree on
    python -m tools.gold merge A.jsonl B.jsonl --rulings R.jsonl --out gold/x-gold.jsonl

A signal is compared as the shared scorer compares it: (kind, key), and for a trade figure (kind, key,
value, unit). What both annotators found goes into the gold as it is (annotator A's wording); each
disagreement is kept or dropped as the adjudicator's ruling says ({"article_id", "kind", "key", "value"?,
"unit"?, "keep": true|false, "why": ...}, with "status" where the two disagree on an agreement's status).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tools.evaluate import item


def read(path: Path) -> dict[str, dict]:
    """Article id -> annotation; a repeated id is an error (an annotator's file must have each once)."""
    out: dict[str, dict] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            a = json.loads(line)
            if a["article_id"] in out:
                raise ValueError(f"{path}:{n}: {a['article_id']} annotated twice")
            out[a["article_id"]] = a
    return out


def signals(a: dict) -> dict[tuple, dict]:
    return {item(a["article_id"], s["kind"], s["key"], s.get("value"), s.get("unit")): s for s in a["signals"]}


def agreement(a: dict[str, dict], b: dict[str, dict]) -> dict:
    """Pairwise F1 between the two (either taken as the reference gives the same F1), and status agreement."""
    both = sorted(set(a) & set(b))
    sa = {i for x in both for i in signals(a[x])}
    sb = {i for x in both for i in signals(b[x])}
    tp = len(sa & sb)
    f1 = 2 * tp / (len(sa) + len(sb)) if sa or sb else 1.0
    relevant_same = sum(bool(a[x]["signals"]) == bool(b[x]["signals"]) for x in both)
    st = [(signals(a[x])[i].get("status"), signals(b[x])[i].get("status"))
          for x in both for i in set(signals(a[x])) & set(signals(b[x])) if i[1] == "agreement"]
    return {"articles": len(both), "a_signals": len(sa), "b_signals": len(sb), "agreed": tp, "f1": f1,
            "relevance_agreement": relevant_same / len(both) if both else 1.0,
            "status_agreed": sum(x == y for x, y in st), "status_compared": len(st)}


def disputes(a: dict[str, dict], b: dict[str, dict]) -> list[dict]:
    """Every signal one annotator has and the other has not, and every status they disagree on."""
    out = []
    for aid in sorted(set(a) & set(b)):
        sa, sb = signals(a[aid]), signals(b[aid])
        for it in sorted(set(sa) ^ set(sb), key=str):
            s = sa.get(it) or sb.get(it)
            out.append({"article_id": aid, "kind": s["kind"], "key": s["key"], "value": s.get("value"),
                        "unit": s.get("unit"), "by": "A" if it in sa else "B", "label": s.get("label", ""),
                        "evidence": s.get("evidence", ""), "status": s.get("status")})
        for it in sorted(set(sa) & set(sb), key=str):
            if it[1] == "agreement" and sa[it].get("status") != sb[it].get("status"):
                out.append({"article_id": aid, "kind": "agreement", "key": it[2], "by": "status",
                            "status_a": sa[it].get("status"), "status_b": sb[it].get("status"),
                            "evidence": sa[it].get("evidence", ""), "label": sa[it].get("label", "")})
    return out


def merge(a: dict[str, dict], b: dict[str, dict], rulings: list[dict]) -> list[dict]:
    """The adjudicated gold, in A's article order."""
    ruled = {(r["article_id"], item(r["article_id"], r["kind"], r["key"], r.get("value"), r.get("unit"))): r
             for r in rulings}
    out = []
    for aid, ann in a.items():
        sa, sb = signals(ann), signals(b[aid])
        kept = []
        for it in list(sa) + [i for i in sb if i not in sa]:
            s = dict(sa.get(it) or sb[it])
            r = ruled.get((aid, it))
            if it in sa and it in sb:
                if r is not None and r.get("status"):
                    s["status"] = r["status"]
                kept.append(s)
            elif r is None:
                raise ValueError(f"{aid}: no ruling on {it[1:]}")
            elif r["keep"]:
                if it[1] == "agreement" and r.get("status"):
                    s["status"] = r["status"]  # (the adjudicator may set the status of a signal only one annotator had)
                kept.append(s)
        topics = sorted({t for x in (ann, b[aid]) for t in x.get("topics", [])}) if kept else []
        out.append({"article_id": aid, "relevant": bool(kept), "topics": topics, "signals": kept})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.gold", description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=["agree", "merge"])
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--rulings", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    a, b = read(args.a), read(args.b)
    if set(a) != set(b):
        print(f"the two files annotate different articles: {len(set(a) ^ set(b))} differ", file=sys.stderr)
        return 1
    if args.command == "agree":
        print(json.dumps(agreement(a, b)))
        with args.out.open("w", encoding="utf-8") as fh:
            for d in disputes(a, b):
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        return 0
    rulings = [json.loads(x) for x in args.rulings.read_text(encoding="utf-8").splitlines() if x.strip()]
    with args.out.open("w", encoding="utf-8") as fh:
        for g in merge(a, b, rulings):
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
