"""SQL over the Parquet output with DuckDB (the optional extra ``ru_newsner[query]``)."""

from pathlib import Path

TOP_ORGANIZATIONS = """
SELECT name, count(DISTINCT article_id) AS articles
FROM read_parquet('{root}/entities/*.parquet')
WHERE kind = 'organization'
GROUP BY name ORDER BY articles DESC, name LIMIT {limit}
"""


def duckdb():
    try:
        import duckdb as module
    except ImportError:
        raise ImportError("querying needs DuckDB: pip install 'ru_newsner[query]'") from None
    return module


def top_organizations(root: str | Path, limit: int = 20) -> list[tuple[str, int]]:
    """The organizations named in the most articles of a Parquet output folder."""
    return duckdb().sql(TOP_ORGANIZATIONS.format(root=Path(root).as_posix(), limit=int(limit))).fetchall()
