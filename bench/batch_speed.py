"""End-to-end batch run over a generated dump: articles/s with 1 and 2 workers, peak RSS of
the whole process tree, and RSS at 2k vs 20k articles (flat memory).

    python bench/batch_speed.py [--articles 20000] [--workers 1 2]

The dump (not committed; under bench/out/) is built from the samples in ../shared/data/dumps
and the seed article: each generated article takes 4-12 random sentences of them (seeded).
"""

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OUT = ROOT / "bench" / "out"


def sentence_pool() -> list[str]:
    from razdel import sentenize

    from ru_newsner.io import read

    texts = [(SHARED / "seed" / "article.txt").read_text(encoding="utf-8")]
    for path in sorted((SHARED / "data" / "dumps").rglob("*")):
        if path.is_file() and path.suffix != ".md":
            texts += [raw.text for raw in read(path) if raw.text]
    return [s.text for t in texts for s in sentenize(t) if 20 <= len(s.text) <= 600]


def build_dump(n: int, path: Path) -> None:
    pool, rng = sentence_pool(), random.Random(13)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(n):
            text = " ".join(rng.choice(pool) for _ in range(rng.randint(4, 12)))
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            f.write(json.dumps({"id": f"g{i:06d}", "text": text, "published_at": day},
                               ensure_ascii=False) + "\n")


def tree_rss_mb(pid: int) -> float:
    """RSS of ``pid`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        stack += children.get(p, [])
        try:
            with open(f"/proc/{p}/status") as f:
                total += next(int(l.split()[1]) for l in f if l.startswith("VmRSS:"))
        except (OSError, StopIteration):
            pass
    return total / 1024


def measure(dump: Path, workers: int, n: int) -> dict:
    out = OUT / f"run-w{workers}.jsonl"
    out.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "ru_newsner.cli", "extract", str(dump), "-o", str(out),
           "--workers", str(workers), "--no-progress"]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    peak, at_2k, at_end, first_row, lines, offset = 0.0, None, None, None, 0, 0
    while proc.poll() is None:
        rss = tree_rss_mb(proc.pid)
        peak = max(peak, rss)
        if out.exists():
            with open(out, "rb") as f:
                f.seek(offset)
                chunk = f.read()
            offset += len(chunk)
            lines += chunk.count(b"\n")
            if lines and first_row is None:
                first_row = time.perf_counter()
            if at_2k is None and lines >= 2000:
                at_2k = rss
            if lines >= 0.9 * n and lines < n:
                at_end = rss  # last sample while workers are still busy
        time.sleep(0.5)
    wall = time.perf_counter() - started
    assert proc.returncode == 0, proc.stderr.read()
    rows = sum(1 for _ in open(out, encoding="utf-8"))
    assert rows == n, (rows, n)
    steady = time.perf_counter() - (first_row or started)
    return {"workers": workers, "wall_s": wall, "articles_per_s": n / wall,
            "after_first_row_per_s": (n - 64 * workers) / max(steady, 1e-9),
            "peak_tree_rss_mb": peak, "rss_at_2k_mb": at_2k, "rss_at_end_mb": at_end,
            "summary": proc.stderr.read().strip().splitlines()[-1]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    dump = OUT / f"dump-{args.articles}.jsonl.gz"
    if not dump.exists():
        build_dump(args.articles, dump)
    print(f"dump: {dump} ({dump.stat().st_size / 2**20:.1f} MiB gz, {args.articles} articles)")
    results = [measure(dump, w, args.articles) for w in args.workers]
    print("| workers | wall s | articles/s | peak tree RSS MB | RSS at 2k MB | RSS at >=18k MB |")
    print("|---|---|---|---|---|---|")
    for r in results:
        print(f"| {r['workers']} | {r['wall_s']:.0f} | {r['articles_per_s']:.1f} | "
              f"{r['peak_tree_rss_mb']:.0f} | {r['rss_at_2k_mb']:.0f} | {r['rss_at_end_mb'] or 0:.0f} |")
    if len(results) == 2:
        print(f"\nspeed-up {results[1]['workers']} vs {results[0]['workers']} workers: "
              f"{results[1]['articles_per_s'] / results[0]['articles_per_s']:.2f}x (wall, models loading included)")
    for r in results:
        print(f"workers={r['workers']}: {r['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
