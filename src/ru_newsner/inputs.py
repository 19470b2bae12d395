"""Turn what a user hands the CLI (plain text, JSON Lines) into ``(text, meta)`` items.

A line that cannot become an article yields an :class:`~ru_newsner.records.Article` with
``error`` set instead, so every input row gives exactly one output row.
"""

import json
from collections.abc import Iterable, Iterator

from .records import Article, ArticleError

Item = tuple[str, dict] | Article


def _error(source: str, code: str, message: str) -> Article:
    return Article(id=source, text="", error=ArticleError(code=code, message=message))


def from_jsonl(lines: Iterable[str], source: str) -> Iterator[Item]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            yield _error(where, "bad_json", str(err))
            continue
        text = row.get("text") if isinstance(row, dict) else None
        if not isinstance(text, str):
            yield _error(where, "no_text", "the row has no string field 'text'")
            continue
        yield text, {"id": str(row.get("id") or where), "published_at": row.get("published_at")}


def from_stream(lines: Iterable[str], source: str, published_at: str | None = None) -> Iterator[Item]:
    """JSON Lines if the first non-blank character is '{', else the whole input as one article."""
    lines = iter(lines)
    head = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    if head and head[-1].lstrip().startswith("{"):
        yield from from_jsonl([*head, *lines], source)
    else:
        yield "".join([*head, *lines]), {"id": source, "published_at": published_at}
