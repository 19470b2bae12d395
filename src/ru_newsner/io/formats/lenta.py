"""Lenta.ru CSV (github.com/yutkin/Lenta.Ru-News-Dataset): v1.0 ``url,title,text,topic,tags``,
v1.1+ adds ``date`` as ``YYYY/MM/DD``. Id: the URL."""

import os
from collections.abc import Iterator

from ..articles import UniqueIds
from ..compression import open_stream
from ..options import Options, Place
from ..raw import RawArticle
from .csvformat import csv_articles
from .tabular import Columns

HEADERS = (("url", "title", "text", "topic", "tags"), ("url", "title", "text", "topic", "tags", "date"))
COLUMNS = Columns(text="text", url="url", title="title", date=("date",))


def matches(header: list[str]) -> bool:
    return tuple(header) in HEADERS


def _columns(header: list[str]) -> Columns:
    if not matches(header):
        raise ValueError(f"not a Lenta.ru CSV header: {header}")
    return COLUMNS


def read(path: str, options: Options) -> Iterator[RawArticle]:
    place = Place(path, os.path.basename(path))
    with open_stream(path, options.on_bytes) as stream:
        yield from csv_articles(stream, place, options, _columns, UniqueIds())
