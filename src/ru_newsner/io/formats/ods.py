"""ODS #proj_news_viz CSV (16 columns). Paragraph breaks are restored (``ods_breaks``).
Id: the URL."""

import os
from collections.abc import Iterator

from ..articles import UniqueIds
from ..compression import open_stream
from ..options import Options, Place
from ..raw import RawArticle
from .csvformat import csv_articles
from .ods_breaks import restore_breaks
from .tabular import Columns

HEADER = (
    "date,url,edition,topics,authors,title,text,reposts_fb,reposts_vk,reposts_ok,"
    "reposts_twi,reposts_lj,reposts_tg,likes,views,comm_count"
).split(",")
COLUMNS = Columns(text="text", url="url", title="title", date=("date",), clean=restore_breaks)


def matches(header: list[str]) -> bool:
    return header == HEADER


def _columns(header: list[str]) -> Columns:
    if not matches(header):
        raise ValueError(f"not an ODS news_viz CSV header: {header}")
    return COLUMNS


def read(path: str, options: Options) -> Iterator[RawArticle]:
    place = Place(path, os.path.basename(path))
    with open_stream(path, options.on_bytes) as stream:
        yield from csv_articles(stream, place, options, _columns, UniqueIds())
