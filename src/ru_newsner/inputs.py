"""Standard input as articles: JSON Lines if it starts with '{', else one plain-text article."""

import json
from collections.abc import Iterable, Iterator

from .io.raw import RawArticle


def _row(line: str, source: str, number: int) -> RawArticle:
    where = f"{source}:{number}"
    try:
        row = json.loads(line)
    except json.JSONDecodeError as err:
        return RawArticle(id=where, location=where, text=None, error=("bad_json", str(err)))
    text = row.get("text") if isinstance(row, dict) else None
    if not isinstance(text, str):
        return RawArticle(id=where, location=where, text=None,
                          error=("no_text", "the row has no string field 'text'"))
    return RawArticle(id=str(row.get("id") or where), location=where, text=text,
                      published_at=row.get("published_at"), title=row.get("title"))


def from_stream(lines: Iterable[str], source: str, published_at: str | None = None) -> Iterator[RawArticle]:
    lines = iter(lines)
    head = []
    for line in lines:
        head.append(line)
        if line.strip():
            break
    if head and head[-1].lstrip().startswith("{"):
        for number, line in enumerate([*head, *lines], 1):
            if line.strip():
                yield _row(line, source, number)
    else:
        yield RawArticle(id=source, location=source, text="".join([*head, *lines]),
                         published_at=published_at)
