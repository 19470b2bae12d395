"""The caller's choices, passed to every format reader."""

from collections.abc import Callable
from dataclasses import dataclass

DEFAULT_MAX_ARTICLE_BYTES = 10 * 2**20


@dataclass(frozen=True, slots=True)
class Options:
    text_field: str | None = None
    id_field: str | None = None
    date_field: str | None = None
    on_bytes: Callable[[int], None] | None = None
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES


@dataclass(frozen=True, slots=True)
class Place:
    """Which file (and tar member) rows come from: ``path`` for locations, ``name`` for ids."""

    path: str
    name: str
    member: str | None = None
