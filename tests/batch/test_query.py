"""The documented DuckDB one-liner over the Parquet output (README, "Querying")."""

import subprocess
import sys

from ru_newsner.batch.parquet import ParquetWriter
from ru_newsner.batch.partition import process_partition
from ru_newsner.batch.query import top_organizations
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
