"""buriy/russian-nlp-datasets: a (bzip2) tar of per-site monthly CSVs, header
``datetime,url,edition,topics,title,text`` or ``date,URL,edition,topics,title,text``.
Members are read one by one from the stream. Id: the URL (unique within the archive)."""

import os
from collections.abc import Iterator

from ..articles import UniqueIds
from ..compression import open_stream
from ..options import Options, Place
from ..raw import RawArticle
from ..tarstream import tar_members
from .csvformat import csv_articles
from .tabular import Columns, failed_row

HEADERS = (
    ("datetime", "url", "edition", "topics", "title", "text"),
    ("date", "url", "edition", "topics", "title", "text"),
)
COLUMNS = Columns(text="text", url="url", title="title", date=("datetime", "date"))


def matches(header: list[str]) -> bool:
    return tuple(name.lower() for name in header) in HEADERS


def _columns(header: list[str]) -> Columns:
    if not matches(header):
        raise ValueError(f"not a buriy CSV header: {header}")
    return COLUMNS


def read_member(reader, place: Place, options: Options, ids: UniqueIds) -> Iterator[RawArticle]:
    try:
        yield from csv_articles(reader, place, options, _columns, ids, key=str.lower)
    except ValueError as error:  # a member with some other header: one error row
        yield failed_row(place, 0, ("bad-member", str(error)))


def read(path: str, options: Options) -> Iterator[RawArticle]:
    ids = UniqueIds()
    name = os.path.basename(path)
    with open_stream(path, options.on_bytes) as stream:
        for member, reader in tar_members(stream):
            if member.name.lower().endswith(".csv"):
                yield from read_member(reader, Place(path, name, member.name), options, ids)
