"""Issue 5 end to end through the CLI: real samples, 1% corrupted rows, 1 vs 2 workers."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.batch.conftest import write_jsonl

DUMPS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "dumps"


def extract(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ru_newsner.cli", "extract", *args, "--no-progress"],
                          capture_output=True, text=True, check=True, timeout=600)


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_one_percent_corrupted(tmp_path):
    dump = tmp_path / "dump.jsonl"
    write_jsonl(dump, 300, bad_every=100)
    with open(dump, "ab") as f:
        f.write(b'{"id": "latin1", "text": "\xcf\xf0\xe8\xe2\xe5\xf2 \xcc\xee\xf1\xea\xe2\xe0"}\n')
    out = tmp_path / "out.jsonl"
    result = extract(str(dump), "-o", str(out), "--workers", "1")
    got = rows(out)
    assert len(got) == 301
    errors = [r for r in got if r["error"]]
    assert len(errors) >= 3 and all(r["location"] for r in errors)
    good = [r for r in got if not r["error"]]
    assert len(good) >= 297 and all(r["mentions"] for r in good[:297])
    assert "articles: 301" in result.stderr and "errors:" in result.stderr


def test_one_and_two_workers_give_identical_bytes(tmp_path):
    dump = tmp_path / "dump.jsonl"
    write_jsonl(dump, 200, bad_every=50)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    extract(str(dump), "-o", str(one), "--workers", "1")
    extract(str(dump), "-o", str(two), "--workers", "2")
    assert one.read_bytes() == two.read_bytes()


def test_real_sample_without_options(tmp_path):
    sample = DUMPS / "ods" / "gazeta.csv.gz"
    if not sample.is_file():
        pytest.skip(f"{sample} is absent: ../shared is not laid beside this checkout")
    out = tmp_path / "out"
    extract(str(sample), "-o", str(out), "--workers", "1")
    import pyarrow.parquet as pq

    articles = pq.read_table(out / "articles").to_pylist()
    assert len(articles) == 9
    assert all(a["published_at"] and a["url"] and not a["error_code"] for a in articles)
    mentions = pq.read_table(out / "mentions").to_pylist()
    texts = {a["id"]: a["text"] for a in articles}
    assert mentions and all(texts[m["article_id"]][m["start"]:m["stop"]] == m["text"] for m in mentions)
