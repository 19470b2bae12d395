"""RIA / Rossiya Segodnya JSON Lines: ``{"text": <lower-cased HTML>, "title": ...}``.
The HTML becomes plain text; there is no id or date in the data, so the id is
``<file>:<line>``."""

import os
from collections.abc import Iterator

from ..articles import UniqueIds
from ..compression import open_stream
from ..html import html_to_text
from ..jsonrows import json_lines
from ..options import Options, Place
from ..raw import RawArticle
from .tabular import Columns, failed_row, row_article

KEYS = frozenset({"text", "title"})
COLUMNS = Columns(text="text", title="title", clean=html_to_text)
LOWER_CASED = {"case": "lower"}  # the dataset is lower-cased: say so to later stages


def matches(first: dict) -> bool:
    return set(first) == KEYS and isinstance(first.get("text"), str)


def read(path: str, options: Options) -> Iterator[RawArticle]:
    place, ids = Place(path, os.path.basename(path)), UniqueIds()
    with open_stream(path, options.on_bytes) as stream:
        for line in json_lines(stream, options.max_article_bytes):
            if line.value is None:
                yield failed_row(place, line.number, line.error or ("bad-row", "unreadable"), line.notes)
            else:
                notes = {**LOWER_CASED, **line.notes}
                yield row_article(line.value, line.number, place, COLUMNS, ids, notes)
