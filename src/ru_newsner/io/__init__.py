"""Reading article dumps (the batch layer imports the core; the core never imports this)."""

import os
from collections.abc import Callable, Iterator

from .detect import FORMATS, detect_format
from .options import DEFAULT_MAX_ARTICLE_BYTES, Options
from .raw import RawArticle, title_first
from .readers import READERS, guarded

__all__ = ["FORMATS", "RawArticle", "detect_format", "read", "title_first"]


def read(
    path: str | os.PathLike,
    *,
    fmt: str | None = None,
    text_field: str | None = None,
    id_field: str | None = None,
    date_field: str | None = None,
    on_bytes: Callable[[int], None] | None = None,
    max_article_bytes: int = DEFAULT_MAX_ARTICLE_BYTES,
    title_in_text: bool = False,
) -> Iterator[RawArticle]:
    """Stream the articles of a dump, one ``RawArticle`` per input row, in file order.

    ``fmt`` is one of ``FORMATS`` (told from the content when None). Rows that cannot be
    read come as articles with ``text=None`` and an ``error``; a corrupt compressed
    stream ends with one such article. ``on_bytes(n)`` gets the raw bytes read so far.
    ``title_in_text``: each row's title opens its text as a line of its own (``title_first``),
    so that the headline's names are read too.
    """
    fmt = fmt or detect_format(path)
    if fmt not in READERS:
        raise ValueError(f"unknown format {fmt!r}; known formats: {', '.join(FORMATS)}")
    options = Options(text_field, id_field, date_field, on_bytes, max_article_bytes)
    rows = guarded(READERS[fmt], os.fspath(path), options)
    return map(title_first, rows) if title_in_text else rows
