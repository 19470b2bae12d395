"""Issue 5: a run killed with SIGKILL mid-way and resumed equals an uninterrupted run."""

import json
import os
import signal
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest

from tests.batch.conftest import write_jsonl

N = 1200


def cli(*args):
    return [sys.executable, "-m", "ru_newsner.cli", "extract", "-", *args, "--workers", "2",
            "--no-progress"]


def run_to_end(dump, *args):
    with open(dump, encoding="utf-8") as stdin:
        subprocess.run(cli(*args), stdin=stdin, check=True, capture_output=True, timeout=600)


def kill_midway(dump, out, ready, *args):
    with open(dump, encoding="utf-8") as stdin:
        proc = subprocess.Popen(cli(*args), stdin=stdin, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 300
        while not ready(out) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def jsonl_rows(path):
    return sorted(path.read_text(encoding="utf-8").splitlines(), key=lambda l: json.loads(l)["id"])


def jsonl_ready(path):
    return path.exists() and 0 < path.read_text(encoding="utf-8").count("\n") < N // 2


def parquet_ready(path):
    return len(list((path / "articles").glob("part-*.parquet"))) >= 2 if path.exists() else False


@pytest.fixture(scope="module")
def dump(tmp_path_factory):
    path = tmp_path_factory.mktemp("dump") / "dump.jsonl"
    write_jsonl(path, N, bad_every=100)
    return path


def test_jsonl_kill_and_resume(dump, tmp_path):
    whole, broken = tmp_path / "whole.jsonl", tmp_path / "broken.jsonl"
    run_to_end(dump, "-o", str(whole))
    kill_midway(dump, broken, jsonl_ready, "-o", str(broken))
    assert len(broken.read_text(encoding="utf-8").splitlines()) < N
    run_to_end(dump, "-o", str(broken), "--resume")
    assert jsonl_rows(broken) == jsonl_rows(whole)
    assert len(jsonl_rows(whole)) == N


def test_parquet_kill_and_resume(dump, tmp_path):
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    run_to_end(dump, "-o", str(whole), "--rows-per-part", "100")
    kill_midway(dump, broken, parquet_ready, "-o", str(broken), "--rows-per-part", "100")
    run_to_end(dump, "-o", str(broken), "--resume", "--rows-per-part", "100")
    for table in ("articles", "mentions", "entities", "relations"):
        a = pq.read_table(whole / table).to_pylist()
        b = pq.read_table(broken / table).to_pylist()
        key = {"articles": "id", "mentions": "mention_id", "entities": "entity_id", "relations": "relation_id"}[table]
        assert sorted(a, key=lambda r: r[key]) == sorted(b, key=lambda r: r[key])
    assert pq.read_table(whole / "articles").num_rows == N
