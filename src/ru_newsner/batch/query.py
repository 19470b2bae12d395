"""SQL over the Parquet output with DuckDB (the optional extra ``ru_newsner[query]``)."""

from pathlib import Path

TOP_ORGANIZATIONS = """
SELECT name, count(DISTINCT article_id) AS articles
FROM read_parquet('{root}/entities/*.parquet')
WHERE kind = 'organization'
GROUP BY name ORDER BY articles DESC, name LIMIT {limit}
"""

# who holds which position where: a role's person and organization entities by their ids
POSITIONS = """
SELECT p.name AS person, r.title, o.name AS organization, count(DISTINCT r.article_id) AS articles
FROM read_parquet('{root}/relations/*.parquet') r
JOIN read_parquet('{root}/entities/*.parquet') p ON p.entity_id = r.person_entity_id
LEFT JOIN read_parquet('{root}/entities/*.parquet') o ON o.entity_id = r.organization_entity_id
WHERE r.title IS NOT NULL AND NOT r.former {where}
GROUP BY ALL ORDER BY articles DESC, person, r.title, organization NULLS LAST LIMIT {limit}
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


def positions(root: str | Path, organization: str | None = None, limit: int = 20) -> list[tuple]:
    """(person, title, organization, articles): the positions the articles of a Parquet output
    folder say people hold now (not "бывший"), most often said first; ``organization`` keeps
    those of one organization's canonical name."""
    where, params = "", []
    if organization is not None:
        where, params = "AND o.name = ?", [organization]
    sql = POSITIONS.format(root=Path(root).as_posix(), where=where, limit=int(limit))
    return duckdb().execute(sql, params).fetchall()
