"""The batch job on a LocalCluster vs the local process pool, same worker count, one run:
wall time, articles/s, their ratio (goal ≥ 0.9), CPU seconds of the process tree (fairer
on a shared machine), peak RSS of the whole process tree, and whether both outputs are
byte-identical.

    python bench/dask_speed.py [--articles 20000] [--workers 2] [--with-trim] [--dask-first]

Both runs are the CLI in a subprocess (``--workers N`` and ``--dask local:N``), so models
loading and the cluster's start and stop are in the wall time. ``--with-trim`` adds a third
run with distributed's default MALLOC_TRIM_THRESHOLD_=65536 (which ru_newsner.dask unsets).
The dump is bench/batch_speed.py's (bench/out/dump-N.jsonl.gz, built if absent).
"""

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_speed import OUT, build_dump, tree_rss_mb  # noqa: E402

TRIMMED_CHILD = """
import sys
import ru_newsner.dask as d
from ru_newsner.cli import app
d.WORKER_ENV["MALLOC_TRIM_THRESHOLD_"] = "65536"  # distributed's default, for comparison
sys.argv[0] = "ru-newsner"
app()
"""


def _children_cpu_s() -> float:
    """User + system CPU of every finished descendant (pool workers and Dask workers are
    reaped by the CLI process, which we reap): fairer than wall time on a shared machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def measure(name: str, launcher: list[str], args: list[str], out: Path) -> dict:
    out.unlink(missing_ok=True)
    cpu_before, started = _children_cpu_s(), time.perf_counter()
    proc = subprocess.Popen([*launcher, "extract", *args, "-o", str(out), "--no-progress"],
                            stderr=subprocess.PIPE, text=True)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, tree_rss_mb(proc.pid))
        time.sleep(0.5)
    wall, cpu = time.perf_counter() - started, _children_cpu_s() - cpu_before
    stderr = proc.stderr.read()
    assert proc.returncode == 0, stderr
    rows = sum(1 for _ in open(out, encoding="utf-8"))
    return {"name": name, "wall_s": wall, "rows": rows, "articles_per_s": rows / wall,
            "cpu_s": cpu, "peak_tree_rss_mb": peak, "summary": stderr.strip().splitlines()[-1]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--with-trim", action="store_true")
    parser.add_argument("--dask-first", action="store_true", help="run Dask before the pool")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    dump = OUT / f"dump-{args.articles}.jsonl.gz"
    if not dump.exists():
        build_dump(args.articles, dump)
    print(f"dump: {dump} ({dump.stat().st_size / 2**20:.1f} MiB gz, {args.articles} articles)")
    cli, n = [sys.executable, "-m", "ru_newsner.cli"], args.workers
    runs = [("pool", cli, ["--workers", str(n)]), ("dask", cli, ["--dask", f"local:{n}"])]
    if args.with_trim:
        runs.append(("dask+trim", [sys.executable, "-c", TRIMMED_CHILD], ["--dask", f"local:{n}"]))
    order = [runs[1], runs[0], *runs[2:]] if args.dask_first else runs
    results = {name: measure(name, launcher, [str(dump), *extra], OUT / f"dask-bench-{name}.jsonl")
               for name, launcher, extra in order}
    results = [results[name] for name, _, _ in runs]
    pool = results[0]
    print(f"\n| run ({n} workers) | wall s | articles/s | vs pool | CPU s | articles/CPU-s | vs pool "
          "| peak tree RSS MB | same bytes as pool |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in results:
        same = (OUT / f"dask-bench-{r['name']}.jsonl").read_bytes() == \
            (OUT / "dask-bench-pool.jsonl").read_bytes()
        print(f"| {r['name']} | {r['wall_s']:.0f} | {r['articles_per_s']:.1f} | "
              f"{r['articles_per_s'] / pool['articles_per_s']:.2f} | {r['cpu_s']:.0f} | "
              f"{r['rows'] / r['cpu_s']:.1f} | {pool['cpu_s'] / r['cpu_s']:.2f} | "
              f"{r['peak_tree_rss_mb']:.0f} | {same} |")
    for r in results:
        print(f"{r['name']}: {r['summary']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
