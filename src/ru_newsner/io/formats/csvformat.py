"""Shared loop for CSV dumps: rows of a (possibly compressed) CSV stream to articles."""

from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..articles import UniqueIds
from ..csvrows import csv_rows
from ..options import Options, Place
from ..raw import RawArticle
from .tabular import Columns, failed_row, row_article


def csv_articles(
    stream: BinaryIO,
    place: Place,
    options: Options,
    columns: Callable[[list[str]], Columns],
    ids: UniqueIds,
    delimiter: str | None = ",",
    key: Callable[[str], str] = str,
) -> Iterator[RawArticle]:
    """``columns`` maps the header to a ``Columns`` (and may raise ``ValueError``)."""
    header, rows = csv_rows(stream, options.max_article_bytes, delimiter, key)
    spec = columns(header)
    for row in rows:
        if row.values is None:
            yield failed_row(place, row.number, row.error or ("bad-row", "unreadable row"), row.notes)
        else:
            yield row_article(row.values, row.number, place, spec, ids, row.notes)
