"""The documented DuckDB one-liner over the Parquet output (README, "Querying")."""

import subprocess
import sys

from ru_newsner.batch.parquet import ParquetWriter
from ru_newsner.batch.partition import process_partition
from ru_newsner.batch.query import positions, top_organizations
from tests.batch.conftest import make_raws


def test_top_organizations(tmp_path, pipeline):
    rows = process_partition(pipeline, make_raws(20))
    writer = ParquetWriter(tmp_path / "out", resume=False)
    writer.write(rows)
    writer.close()
    expected = {}
    for row in rows:
        for name in {e["name"] for e in row["entities"] if e["kind"] == "organization"}:
            expected[name] = expected.get(name, 0) + 1
    top = top_organizations(tmp_path / "out", limit=3)
    assert len(top) == 3
    assert top[0][1] == max(expected.values()) and all(expected[n] == c for n, c in top)
    # the README's one-liner, verbatim apart from the folder
    one_liner = ("import duckdb; print(duckdb.sql(\"SELECT name, count(DISTINCT article_id) n "
                 f"FROM '{tmp_path}/out/entities/*.parquet' WHERE kind='organization' "
                 "GROUP BY name ORDER BY n DESC LIMIT 20\").fetchall())")
    out = subprocess.run([sys.executable, "-c", one_liner], capture_output=True, text=True, check=True)
    assert top[0][0] in out.stdout


def test_positions(tmp_path, pipeline):
    """The relations table joins the entities: who is the director of which company, in how many articles."""
    rows = process_partition(pipeline, make_raws(20))
    writer = ParquetWriter(tmp_path / "out", resume=False)
    writer.write(rows)
    writer.close()
    expected: dict[tuple, set] = {}
    for row in rows:
        for r in row["relations"]:
            if r["title"] and not r["former"]:
                org = None if r["organization_entity"] is None else row["entities"][r["organization_entity"]]["name"]
                key = (row["entities"][r["person_entity"]]["name"], r["title"], org)
                expected.setdefault(key, set()).add(row["id"])
    found = positions(tmp_path / "out", limit=100)
    assert found and {(p, t, o): n for p, t, o, n in found} == {k: len(v) for k, v in expected.items()}
    assert ("Анна Смирнова", "генеральный директор", "АО «Омсктрансмаш»", 1) in found
    omsk = positions(tmp_path / "out", organization="АО «Омсктрансмаш»")
    assert omsk and {o for _, _, o, _ in omsk} == {"АО «Омсктрансмаш»"}
