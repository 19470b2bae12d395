"""Issue 9: the batch job on Dask gives the local batch output, byte for byte, even when a
worker is killed mid-job; the Spark/Ray adapter is tested with plain pandas."""

import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from ru_newsner.batch.jsonl import dumps
from ru_newsner.batch.run import run
from ru_newsner.io import read
from ru_newsner.io.raw import RawArticle
from tests.batch.conftest import make_raws, write_jsonl

DUMPS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dumps"
SAMPLES = sorted(p for p in DUMPS.rglob("*") if p.is_file() and p.suffix != ".md") if DUMPS.is_dir() else []


@pytest.fixture(scope="module")
def client():
    pytest.importorskip("distributed", reason="dask is not installed: pip install 'ru_newsner[dask]'")
    from ru_newsner.dask import local_cluster

    with local_cluster(2) as client:
        yield client


@pytest.fixture(scope="module")
def dump(tmp_path_factory):
    """300 generated articles, every 50th a broken JSON line, and one latin-1 line."""
    path = tmp_path_factory.mktemp("dask") / "dump.jsonl"
    write_jsonl(path, 300, bad_every=50)
    with open(path, "ab") as f:
        f.write(b'{"id": "latin1", "text": "\xcf\xf0\xe8\xe2\xe5\xf2 \xcc\xee\xf1\xea\xe2\xe0"}\n')
    return path


def local_and_dask(inputs: list[Path], tmp_path: Path, client, name: str) -> tuple[Path, Path]:
    from ru_newsner.dask import extract

    local, distributed = tmp_path / f"local-{name}", tmp_path / f"dask-{name}"
    run((raw for path in inputs for raw in read(path)), local, workers=1)
    extract(inputs, distributed, client=client)
    return local, distributed


def parquet_rows(root: Path) -> dict[str, list[dict]]:
    return {t: pq.read_table(root / t).to_pylist() for t in ("articles", "mentions", "entities", "relations")}


def test_workers_run_without_malloc_trim_and_with_one_blas_thread(client):
    env = client.run(lambda: (os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OPENBLAS_NUM_THREADS")))
    assert len(env) == 2 and set(env.values()) == {(None, "1")}
    assert "MALLOC_TRIM_THRESHOLD_" not in os.environ  # the nannies' update did not leak into ours


def test_a_scheduler_whose_workers_trim_malloc_gets_a_warning(client):
    from ru_newsner.dask import connect

    client.run(lambda: os.environ.update(MALLOC_TRIM_THRESHOLD_="65536"))
    try:
        with pytest.warns(UserWarning, match="MALLOC_TRIM_THRESHOLD_=65536"):
            with connect(client.scheduler.address):
                pass
    finally:
        client.run(lambda: os.environ.pop("MALLOC_TRIM_THRESHOLD_", None))


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: str(p.relative_to(DUMPS)))
def test_dump_samples_equal_local_output(client, sample, tmp_path):
    local, distributed = local_and_dask([sample], tmp_path, client, "out.jsonl")
    assert local.read_bytes() and distributed.read_bytes() == local.read_bytes()


def test_no_dump_samples_is_a_skip_not_a_pass():
    if not SAMPLES:
        pytest.skip(f"{DUMPS} is absent: ../shared is not laid beside this checkout")


def test_generated_dump_with_errors_jsonl_is_byte_identical(client, dump, tmp_path):
    local, distributed = local_and_dask([dump], tmp_path, client, "out.jsonl")
    rows = [json.loads(line) for line in distributed.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 301 and sum(bool(r["error"]) for r in rows) >= 7
    assert distributed.read_bytes() == local.read_bytes()


def test_generated_dump_with_errors_parquet_rows_are_identical(client, dump, tmp_path):
    local, distributed = local_and_dask([dump], tmp_path, client, "parquet")
    assert parquet_rows(distributed) == parquet_rows(local)
    assert len(list((distributed / "articles").glob("part-*.parquet"))) == 1


def test_resume_and_limit_behave_as_locally(client, dump, tmp_path):
    from ru_newsner.dask import extract

    whole, part = tmp_path / "whole.jsonl", tmp_path / "part.jsonl"
    run(read(dump), whole, workers=1, limit=250)
    assert extract(dump, part, client=client, limit=100).articles == 100
    summary = extract(dump, part, client=client, resume=True, limit=250)
    assert (summary.resumed, summary.articles) == (100, 150)
    assert part.read_bytes() == whole.read_bytes()


def test_bag_gives_the_same_rows(client):
    from ru_newsner.batch.partition import process_partition
    from ru_newsner.batch.worker import pipeline
    from ru_newsner.dask import bag

    raws = make_raws(150, bad_every=40)
    assert client.compute(bag(raws)).result() == process_partition(pipeline(), raws[:64]) + \
        process_partition(pipeline(), raws[64:128]) + process_partition(pipeline(), raws[128:])


def cli(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ru_newsner.cli", "extract", *args, "--no-progress"],
                          capture_output=True, text=True, timeout=300)


def test_cli_on_a_scheduler_writes_the_local_bytes(client, dump, tmp_path):
    local, distributed = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    run(read(dump), local, workers=1)
    result = cli(str(dump), "-o", str(distributed), "--scheduler", client.scheduler.address)
    assert result.returncode == 0, result.stderr
    assert "articles: 301" in result.stderr
    assert distributed.read_bytes() == local.read_bytes()


def test_cli_to_stdout_on_a_scheduler(client, dump, tmp_path):
    local = tmp_path / "local.jsonl"
    run(read(dump), local, workers=1, limit=70)
    result = cli(str(dump), "--limit", "70", "--scheduler", client.scheduler.address)
    assert result.returncode == 0, result.stderr
    assert result.stdout == local.read_text(encoding="utf-8")


@pytest.mark.parametrize("args, message", [
    (["--dask", "tcp://127.0.0.1:8786"], "use local:N"),
    (["--dask", "local:0"], "local:N"),
    (["--dask", "local:2", "--scheduler", "tcp://127.0.0.1:8786"], "not both"),
])
def test_cli_refuses_bad_dask_targets(dump, args, message):
    from typer.testing import CliRunner

    from ru_newsner.cli import app

    result = CliRunner().invoke(app, ["extract", str(dump), *args])
    unboxed = " ".join(re.sub("[│╭╮╰╯─]", " ", result.output).split())  # rich wraps the message
    assert result.exit_code == 2 and message in unboxed


def test_frames_adapter_with_plain_pandas():
    """docs/engines.md: Spark's mapInPandas and Ray Data's map_batches run this function."""
    pandas = pytest.importorskip("pandas", reason="pandas is not installed")
    from ru_newsner.batch.partition import process_partition
    from ru_newsner.batch.worker import pipeline
    from ru_newsner.dask import FRAME_SCHEMA, map_frames

    raws = make_raws(90, bad_every=30)
    records = [{"id": r.id, "text": r.text, "published_at": r.published_at, "location": r.location,
                "source": "gen"} for r in raws]
    frames = [pandas.DataFrame(records[:50]), pandas.DataFrame(records[50:])]
    out = pandas.concat(list(map_frames(iter(frames))), ignore_index=True)
    assert list(out.columns) == [c.split()[0] for c in FRAME_SCHEMA.split(", ")]
    plain = [RawArticle(id=r.id, location=r.location, text=r.text, published_at=r.published_at,
                        meta={"source": "gen"}) for r in raws]
    expected = process_partition(pipeline(), plain[:50]) + process_partition(pipeline(), plain[50:])
    assert out["json"].tolist() == [dumps(row) for row in expected]
    assert out["id"].tolist() == [r.id for r in raws]
    assert out["error"].tolist() == [None if r.text else "no_text" for r in raws]


def test_worker_killed_mid_job_loses_and_duplicates_nothing(client, tmp_path):
    """Last in this file: the killed worker's nanny starts a fresh one."""
    from ru_newsner.dask import process_stream

    raws, killed, rows = make_raws(600, bad_every=97), [], []
    pids_before = client.run(os.getpid)

    def kill_a_busy_worker(_rows):
        if killed:
            return
        busy = [addr for addr, keys in client.processing().items() if keys]
        killed.append(busy[0])
        os.kill(pids_before[busy[0]], signal.SIGKILL)

    summary = process_stream(raws, rows.extend, client=client, on_rows=kill_a_busy_worker)
    assert killed and summary.articles == len(rows) == len(raws)
    assert [r["id"] for r in rows] == [r.id for r in raws]
    run(raws, tmp_path / "local.jsonl", workers=1)
    assert [dumps(r) for r in rows] == (tmp_path / "local.jsonl").read_text(encoding="utf-8").splitlines()
    client.wait_for_workers(2, timeout=60)
    assert set(client.run(os.getpid).values()) != set(pids_before.values())
