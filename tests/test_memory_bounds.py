"""Memory bounds on hostile input (issue 14, item 1), measured in a child process, not assumed.

A gzip bomb whose one JSON line never ends took 2.4 GB (1 MB file) and 4.6 GB (2 MB file) before the
line was refused: lines are now read with a bounded readline. Archive members are read up to the
file cap once uncompressed, and one article's text is capped.
"""
import gzip
import json
import subprocess
import sys
import zipfile

import pytest

from etl.read import limits
from etl.read import RawArticle, ReadError, read_paths
from tests.conftest import ROOT

GOOD = {"id": "after", "text": "قال بوتين إن روسيا وإيران شريكان في مشروع خط السكك الحديدية بين رشت وآستارا."}

# The child reads one input with read_paths and reports what came out and how much memory the reading
# took: the growth of its peak resident size (the kernel's high-water mark, VmHWM: getrusage's ru_maxrss
# would carry the forking test process's own peak across exec) over the peak after imports, and
# tracemalloc's peak. Its address space is capped 1 GB above what it has after imports, so a reader that holds a
# bomb's line whole fails there with MemoryError instead of taking the machine's memory.
CHILD = r"""
import json, resource, sys, tracemalloc
from etl.read import read_paths
def status(key):
    return int(next(l for l in open("/proc/self/status") if l.startswith(key + ":")).split()[1]) * 1024
resource.setrlimit(resource.RLIMIT_AS, (status("VmSize") + (1 << 30), resource.RLIM_INFINITY))
base = status("VmHWM")
tracemalloc.start()
try:
    items = [[type(x).__name__, getattr(x, "path", None) or x.origin, getattr(x, "reason", None) or x.article_id]
             for x in read_paths([sys.argv[1]])]
except MemoryError:
    print(json.dumps({"memory_error": True}))
    sys.exit(0)
traced = tracemalloc.get_traced_memory()[1]
grown = status("VmHWM") - base
print(json.dumps({"items": items, "rss_growth_mb": grown / 2 ** 20, "traced_peak_mb": traced / 2 ** 20}))
"""


def measured(path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    got = json.loads(out.stdout)
    assert "memory_error" not in got, f"{path.name}: the reader ran out of its 1 GB allowance"
    print(f"{path.name}: peak RSS +{got['rss_growth_mb']:.1f} MB, tracemalloc peak {got['traced_peak_mb']:.1f} MB")
    return got


def gzip_bomb(path, kb: int) -> int:
    """A ``kb`` KB .jsonl.gz whose first line is ~1000 times as long, with no newline until its end, and a
    good line after it. Made of gzip members (one reader stream) so it takes no time to build.
    Returns the first line's length once uncompressed."""
    member = gzip.compress(b"A" * (1 << 20), 9)
    n = (kb << 10) // len(member)
    with open(path, "wb") as fh:
        fh.write(gzip.compress(b'{"id": "bomb", "text": "'))
        for _ in range(n):
            fh.write(member)
        fh.write(gzip.compress(('"}\n' + json.dumps(GOOD, ensure_ascii=False) + "\n").encode()))
    assert path.stat().st_size <= (kb << 10) + 4096
    return n << 20


# Lines of ~256 and ~512 MB, 32 and 64 times the 8 MB line cap: memory must stay flat across the two.
@pytest.mark.parametrize("kb", [256, 512])
@pytest.mark.slow
def test_gzip_bomb_line_is_refused_in_flat_memory_and_the_rest_is_read(tmp_path, kb):
    path = tmp_path / f"bomb{kb}.jsonl.gz"
    length = gzip_bomb(path, kb)
    assert length > 900 * kb << 10  # about a thousand times the file
    got = measured(path)
    (kind, where, reason), after = got["items"]
    assert kind == "ReadError" and where == f"{path}:1"
    assert reason.startswith("line too large (") and reason.endswith("> 8 MB, the limit for one line)")
    assert after == ["RawArticle", f"{path}:2", "after"]
    # The line cap (8 MB) and a piece of the rest of the line (1 MB) at a time: far below the line.
    assert got["rss_growth_mb"] < 64
    assert got["traced_peak_mb"] < 32


@pytest.mark.slow
def test_zip_member_is_read_up_to_the_cap_once_uncompressed(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open("a.jsonl", "w", force_zip64=True) as fh:
            for _ in range(200):  # 200 MB once uncompressed, four times the cap
                fh.write(b"A" * (1 << 20))
        zf.writestr("b.jsonl", json.dumps(GOOD, ensure_ascii=False) + "\n")
    assert path.stat().st_size < 1 << 20
    got = measured(path)
    (kind, where, reason), after = got["items"]
    assert (kind, where) == ("ReadError", f"{path}:a.jsonl") and reason.startswith("file too large")
    assert after == ["RawArticle", f"{path}:b.jsonl:1", "after"]
    assert got["rss_growth_mb"] < 160  # the 50 MB cap, read once and joined once


@pytest.mark.slow
def test_gzip_member_in_an_archive_is_read_up_to_the_cap(tmp_path):
    inner = tmp_path / "inner.jsonl.gz"
    gzip_bomb(inner, 1024)  # 1 MB, about 1 GB once uncompressed
    path = tmp_path / "nested.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.write(inner, "inner.jsonl.gz")
    got = measured(path)
    [(kind, where, reason)] = got["items"]
    assert (kind, where) == ("ReadError", f"{path}:inner.jsonl.gz")
    assert reason.startswith("file too large once uncompressed")
    assert got["rss_growth_mb"] < 160


def test_an_article_over_the_text_cap_is_refused_by_name_and_the_rest_is_read(tmp_path, monkeypatch):
    assert limits.MAX_TEXT_BYTES == 2 * 1024 * 1024
    long_text = "روسيا وإيران " * 130_000  # 3 MB in UTF-8
    src = tmp_path / "a.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in
                             [GOOD, {"id": "huge", "text": long_text}, dict(GOOD, id="third")]) + "\n",
                   encoding="utf-8")
    (tmp_path / "huge.txt").write_text(long_text, encoding="utf-8")
    got = list(read_paths([src, tmp_path / "huge.txt"]))
    assert [a.article_id for a in got if isinstance(a, RawArticle)] == ["after", "third"]
    errors = {e.path: e.reason for e in got if isinstance(e, ReadError)}
    assert errors == {f"{src}:2": "article text too long (3 MB > 2 MB, the limit for one article)",
                      str(tmp_path / "huge.txt"): "article text too long (3 MB > 2 MB, the limit for one article)"}
    # The cap is a module constant, as the file cap is.
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 100)
    [err] = read_paths([tmp_path / "huge.txt"])
    assert err.reason.startswith("article text too long")
