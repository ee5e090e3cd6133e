"""Measure the extractor on every annotated article, split into the part rules were tuned on and the
part held out by outlet (gold/split.toml), per corpus and per outlet.

    python -m tools.evaluate                # the table; --misses lists what was missed and what spurious
    python -m tools.evaluate --part tune    # only the tuning part (what a developer looks at while tuning)

Matching follows the shared scorer (../shared/eval/score.py): a signal is (article_id, kind, key), and for
a trade figure (article_id, kind, key, value, unit). Articles are read from ../shared/corpus by id and
extracted in process (the same `extract` the ETL runs on a JSON Lines record).
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from etl.extract import extract
from etl.extract.normalize import normalize
from etl.pipeline import parse_published
from etl.read.furniture import strip_furniture
from tools.score import item
from db.vocabulary import KINDS

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD_DIR = ROOT / "gold"

# Gold file -> (corpus name, where its articles are). The project's own gold names its articles' corpus per id.
SHARED_GOLD = {"seed": "seed-gold.jsonl", "dev": "dev-gold.jsonl", "ant": "ant-gold.jsonl", "snn": "snn-gold.jsonl"}
CORPORA = {"ant": "corpus/ant/ant-multisource-2018.jsonl.gz", "snn": "corpus/snn/saudinewsnet-2015.jsonl.gz",
           "dev": "corpus/dev/articles.jsonl"}
# The project's own articles (written for it in the register of 2019-2026 news: gold/written/README.md).
WRITTEN = GOLD_DIR / "written" / "articles.jsonl"


@dataclass
class GoldArticle:
    article_id: str
    source: str
    group: str  # dev | seed | tune | test
    corpus: str
    items: set[tuple]
    status: dict[tuple, str]
    figures: dict[tuple, tuple] = field(default_factory=dict)  # trade figure -> (figure_type, period, speaker)


@dataclass
class Figures:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    status_right: int = 0
    status_matched: int = 0
    figures_matched: int = 0
    figure_right: list = field(default_factory=lambda: [0, 0, 0])  # type, period, speaker right
    articles: int = 0
    one_country_with_signals: int = 0
    missed: list = field(default_factory=list)
    spurious: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_split(path: Path = GOLD_DIR / "split.toml") -> set[str]:
    """The held-out outlets."""
    t = tomllib.loads(path.read_text(encoding="utf-8"))["test"]
    return {outlet for key, outlets in t.items() if key.endswith("_outlets") or "_outlets_" in key
            for outlet in outlets}


def _corpus_of(aid: str) -> str:
    return next((c for c in ("snn", "ant", "wri") if aid.startswith(c + "-")), "seed")


def gold_files(shared: Path = SHARED, gold_dir: Path = GOLD_DIR) -> list[tuple[str, Path]]:
    """(name, path) of every gold file there is."""
    out = [(name, shared / "eval" / f) for name, f in SHARED_GOLD.items() if (shared / "eval" / f).exists()]
    out += [(p.stem, p) for p in sorted(gold_dir.glob("*-gold.jsonl"))]
    return out


def read_articles(ids: set[str], shared: Path = SHARED) -> dict[str, dict]:
    """The records of ``ids`` from the shared corpora, the project's written articles and the seed."""
    found: dict[str, dict] = {}
    for path in [shared / rel for rel in CORPORA.values()] + [WRITTEN]:
        if not path.exists():
            continue
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                head = line[:120]  # the id comes first: skip the others without parsing them
                aid = head.split('"id": "', 1)[-1].split('"', 1)[0]
                if aid in ids:
                    found[aid] = json.loads(line)
    manifest = shared / "seeds" / "manifest.csv"
    if manifest.exists():
        import csv
        for row in csv.DictReader(manifest.open(encoding="utf-8")):
            if row["id"] in ids:
                text = (shared / "seeds" / row["file"]).read_text(encoding="utf-8")
                found[row["id"]] = {"id": row["id"], "source": row.get("source", ""), "text": text}
    return found


def load_gold(shared: Path = SHARED, gold_dir: Path = GOLD_DIR) -> tuple[list[GoldArticle], dict[str, dict]]:
    """Every annotated article with its group, and the articles' records."""
    test_outlets = load_split(gold_dir / "split.toml")
    raw: list[tuple[str, dict]] = []
    for name, path in gold_files(shared, gold_dir):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                raw.append((name, json.loads(line)))
    records = read_articles({a["article_id"] for _, a in raw}, shared)
    out = []
    for name, a in raw:
        aid = a["article_id"]
        rec = records.get(aid)
        if rec is None:
            continue
        source = rec.get("source", "")
        group = name if name in ("seed", "dev") else "test" if source in test_outlets else "tune"
        items, status, figures = set(), {}, {}
        for s in a.get("signals", []):
            it = item(aid, s["kind"], s["key"], s.get("value"), s.get("unit"))
            items.add(it)
            if s["kind"] == "agreement" and s.get("status"):
                status[it] = s["status"]
            if s["kind"] == "trade_figure" and "figure_type" in s:
                figures[it] = (s["figure_type"], s.get("period") or "", s.get("speaker") or "")
        out.append(GoldArticle(aid, source, group, _corpus_of(aid), items, status, figures))
    return out, records


@dataclass
class Prediction:
    items: set[tuple]
    status: dict[tuple, set[str]]
    one_country: bool  # the article names only one of the two (or neither)
    figures: dict[tuple, tuple]  # trade figure -> (figure_type, period, speaker)


def predict(records: dict[str, dict], ids: Iterable[str]) -> dict[str, Prediction]:
    """Per article: the extractor's items, their statuses, whether it names only one country, and its trade
    figures' type, period and speaker."""
    out = {}
    for aid in ids:
        rec = records[aid]
        published, _ = parse_published(rec.get("published"))  # as the pipeline reads it (bad dates: None)
        rel, sigs = extract(strip_furniture(rec.get("text") or "")[0], published=published)  # as the reader hands it over
        items, status, figures = set(), defaultdict(set), {}
        for s in sigs:
            it = item(aid, s.kind, s.key, s.value, s.unit)
            items.add(it)
            if s.status:
                status[it].add(s.status)
            if s.kind == "trade_figure":
                figures.setdefault(it, (s.figure_type or "", s.period or "", s.speaker or ""))
        out[aid] = Prediction(items, status, rel.reason.startswith(("names only", "names neither", "does not name both")),
                              figures)
    return out


def _same_attribute(ours: str, theirs: str) -> bool:
    """A period or speaker as the gold gives it: equal, or one contains the other («أوفرتشوك» in «أليكسي
    أوفرتشوك»); both empty counts as right."""
    return ours == theirs or bool(ours and theirs and (ours in theirs or theirs in ours))


_COUNTS = {w: n for n, ws in enumerate([
    (), ("one", "a", "الاول", "سنه", "عام"), ("two", "الشهرين", "العامين", "السنتين", "عامين", "سنتين"),
    ("three", "الثلاثه", "الثلاث", "ثلاث", "ثلاثه"), ("four", "الاربعه", "الاربع", "اربع", "اربعه"),
    ("five", "الخمسه", "الخمس", "خمس", "خمسه"), ("six", "السته", "الست", "ست", "سته"),
    ("seven", "السبعه", "السبع", "سبع", "سبعه"), ("eight", "الثمانيه", "الثماني", "ثماني", "ثمانيه"),
    ("nine", "التسعه", "التسع", "تسع", "تسعه"), ("ten", "العشره", "العشر", "عشر", "عشره"),
    ("eleven", "الاحد"), ("twelve", "الاثني")]) for w in ws}
_MONTHS_AHEAD = re.compile(r"next\s+(\w+)\s+months|(?:الاشهر|الشهور)\s+(\S+)\s+(?:المقبله|القادمه)")
_MONTHS = re.compile(r"first\s+(\w+)\s+months|(\w+)\s+months|الاشهر\s+(\S+)\s+(?:\S+\s+)?الاولي|(الشهرين)\s+الاولين")
_HALF = re.compile(r"\bh([12])\b|(first|second)\s+half|النصف\s+(الاول|الثاني)")
_QUARTER = re.compile(r"\bq([1-4])\b|(first|second|third|fourth)\s+quarter|الربع\s+(الاول|الثاني|الثالث|الرابع)")
_AHEAD = re.compile(r"(?:next|within(?:\s+the\s+next)?)\s+(\w+)\s+years|(?:السنوات|الاعوام)\s+(\S+)\s+(?:المقبله|القادمه)|"
                    r"(?:خلال|غضون)\s+(\S+)\s+(?:سنوات|اعوام)|(العامين|السنتين|عامين|سنتين)")
_ORDINAL = {"1": 1, "2": 2, "3": 3, "4": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
            "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4}


def period_facts(period: str) -> tuple[frozenset[str], tuple]:
    """What a period says, however worded (the gold's English, the extractor's Arabic): the years it names
    (an Iranian year and the Gregorian years it spans alike) and the part of the year or the horizon."""
    folded = normalize(period or "").lower()
    years = frozenset(re.findall(r"(?<!\d)(?:19\d\d|20\d\d|13\d\d|14\d\d)(?!\d)", folded))
    def count(m):
        word = next(g for g in m.groups() if g)
        return int(word) if word.isdigit() else _COUNTS.get(word)
    part = None
    if m := _HALF.search(folded):
        part = ("months", 6) if _ORDINAL[next(g for g in m.groups() if g)] == 1 else ("half", 2)
    elif m := _QUARTER.search(folded):
        part = ("months", 3) if _ORDINAL[next(g for g in m.groups() if g)] == 1 else ("quarter", _ORDINAL[next(g for g in m.groups() if g)])
    elif m := _MONTHS_AHEAD.search(folded):
        part = ("months ahead", count(m))
    elif m := _MONTHS.search(folded):
        part = ("months", count(m))
    elif m := _AHEAD.search(folded):
        part = ("years ahead", count(m))
    return years, part


def same_period(ours: str, theirs: str) -> bool:
    """Whether the extractor's period is the gold's: worded alike (`_same_attribute`), or naming a year in
    common (or none) and the same part of it («2024 (الأشهر الثمانية الأولى من العام الجاري)» is «2024 (first
    eight months)»; «1401 (2022/23)» is «1401 (Iranian year)»)."""
    if _same_attribute(ours, theirs):
        return True
    (oy, op), (ty, tp) = period_facts(ours), period_facts(theirs)
    if not (oy or op) or not (ty or tp):
        return False
    return (bool(oy & ty) or not oy and not ty) and op == tp


def score(gold: list[GoldArticle], pred: dict, by) -> dict[str, Figures]:
    """Figures per value of ``by(article, item_kind)`` (None: left out)."""
    figs: dict[str, Figures] = defaultdict(Figures)
    for g in gold:
        p = pred[g.article_id]
        items, status = p.items, p.status
        for k in by(g, None):
            figs[k].articles += 1
            if p.one_country and items:
                figs[k].one_country_with_signals += 1
        for it in items | g.items:
            for k in by(g, it[1]):
                f = figs[k]
                if it in items and it in g.items:
                    f.tp += 1
                    if it in g.status:
                        f.status_matched += 1
                        f.status_right += g.status[it] in status.get(it, ())
                    if it in g.figures and it in p.figures:
                        f.figures_matched += 1
                        ours, theirs = p.figures[it], g.figures[it]
                        f.figure_right[0] += ours[0] == theirs[0]
                        f.figure_right[1] += same_period(ours[1], theirs[1])
                        f.figure_right[2] += _same_attribute(ours[2], theirs[2])
                elif it in items:
                    f.fp += 1
                    f.spurious.append(it)
                else:
                    f.fn += 1
                    f.missed.append(it)
    return dict(figs)


def _line(name: str, f: Figures) -> str:
    st = f"{f.status_right}/{f.status_matched}" if f.status_matched else "-"
    return (f"{name:34} {f.articles:5} {f.tp + f.fn:5} {f.precision:6.3f} {f.recall:6.3f} {f.f1:6.3f} "
            f"{f.tp:4} {f.fp:4} {f.fn:4} {st:>7}")


def report(gold: list[GoldArticle], pred: dict, parts: set[str], misses: bool = False) -> Iterator[str]:
    """The tables: by group and corpus, by outlet, and per kind for each of tune and test."""
    gold = [g for g in gold if g.group in parts]
    head = f"{'':34} {'arts':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'tp':>4} {'fp':>4} {'fn':>4} {'status':>7}"
    yield head
    groups = score(gold, pred, lambda g, k: [g.group, f"{g.group} {g.corpus}"])
    for name in sorted(groups, key=lambda n: (["seed", "dev", "tune", "test"].index(n.split()[0]), n)):
        yield _line(name, groups[name])
    yield ""
    yield head.replace(" " * 34, f"{'by outlet (group)':34}", 1)
    outlets = score(gold, pred, lambda g, k: [f"{g.source} ({g.group})"])
    for name in sorted(outlets):
        yield _line(name, outlets[name])
    for part in ("tune", "test"):
        if part not in parts:
            continue
        yield ""
        yield head.replace(" " * 34, f"{part + ' by kind':34}", 1)
        kinds = score([g for g in gold if g.group == part], pred, lambda g, k: [k] if k else [])
        for kind in KINDS:
            if kind in kinds:
                yield _line(kind, kinds[kind])
        f = groups.get(part)
        if f is not None:
            yield f"{part}: articles naming one country that got signals: {f.one_country_with_signals}"
            if f.figures_matched:
                n, (t, per, sp) = f.figures_matched, f.figure_right
                yield f"{part}: matched trade figures {n}: type right {t}/{n}, period {per}/{n}, speaker {sp}/{n}"
            if misses:
                yield from (f"  missed   {i}" for i in sorted(f.missed, key=str))
                yield from (f"  spurious {i}" for i in sorted(f.spurious, key=str))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tools.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=["all", "tune", "test", "dev"], default="all")
    ap.add_argument("--misses", action="store_true", help="list missed and spurious signals")
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)
    if not (args.shared / "eval").exists():
        print(f"no gold: {args.shared / 'eval'} is missing", file=sys.stderr)
        return 2
    gold, records = load_gold(args.shared)
    parts = {"all": {"seed", "dev", "tune", "test"}, "tune": {"seed", "dev", "tune"}, "test": {"test"},
             "dev": {"seed", "dev"}}[args.part]
    pred = predict(records, {g.article_id for g in gold if g.group in parts})
    for line in report(gold, pred, parts, args.misses):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
