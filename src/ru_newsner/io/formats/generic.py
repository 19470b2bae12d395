"""Generic dumps with a caller-given field mapping: JSON Lines, CSV/TSV, Parquet.

Defaults: text in ``text``, id in ``id``, date in ``date`` or ``published_at``;
``url`` and ``title`` columns are used when present; other fields go to ``meta``.
"""

import os
from collections.abc import Iterator

from ..articles import UniqueIds
from ..compression import open_stream
from ..jsonrows import json_lines
from ..options import Options, Place
from ..raw import RawArticle
from .csvformat import csv_articles
from .tabular import Columns, failed_row, row_article

PARQUET_BATCH = 1024


def columns_for(options: Options) -> Columns:
    date = (options.date_field,) if options.date_field else ("date", "published_at")
    return Columns(
        text=options.text_field or "text",
        id=options.id_field or "id",
        url="url",
        title="title",
        date=date,
    )


def _checked(columns: Columns, header: list[str]) -> Columns:
    if columns.text not in header:
        raise ValueError(
            f"no text column {columns.text!r} in the header {header}; pass text_field=..."
        )
    return columns


def read_jsonl(path: str, options: Options) -> Iterator[RawArticle]:
    place, ids, columns = Place(path, os.path.basename(path)), UniqueIds(), columns_for(options)
    with open_stream(path, options.on_bytes) as stream:
        for line in json_lines(stream, options.max_article_bytes):
            if line.value is None:
                yield failed_row(place, line.number, line.error or ("bad-row", "unreadable"), line.notes)
            else:
                yield row_article(line.value, line.number, place, columns, ids, line.notes)


def read_csv(path: str, options: Options) -> Iterator[RawArticle]:
    place, columns = Place(path, os.path.basename(path)), columns_for(options)
    with open_stream(path, options.on_bytes) as stream:
        yield from csv_articles(
            stream, place, options, lambda header: _checked(columns, header), UniqueIds(), None
        )


def _parquet_file(raw):
    try:
        import pyarrow.parquet as pq
    except ImportError as error:
        raise ImportError("reading Parquet needs pyarrow: pip install pyarrow") from error
    return pq.ParquetFile(raw)


def read_parquet(path: str, options: Options) -> Iterator[RawArticle]:
    """Row groups are read in batches; ``on_bytes`` gets the furthest offset read so far."""
    place, ids, columns = Place(path, os.path.basename(path)), UniqueIds(), columns_for(options)
    with open(path, "rb") as file:
        counted = _FurthestReader(file, options)
        parquet = _parquet_file(counted)
        _checked(columns, parquet.schema_arrow.names)
        number = 0
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH):
            for values in batch.to_pylist():
                number += 1
                yield row_article(values, number, place, columns, ids, max_bytes=options.max_article_bytes)


class _FurthestReader:
    """A seekable file for pyarrow that reports the furthest byte read (monotonic)."""

    def __init__(self, file, options: Options):
        self._file, self._on_bytes, self.furthest = file, options.on_bytes, 0
        self.closed = False

    def read(self, size: int = -1) -> bytes:
        data = self._file.read(size)
        position = self._file.tell()
        if position > self.furthest:
            self.furthest = position
            if self._on_bytes is not None:
                self._on_bytes(position)
        return data

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._file.seek(offset, whence)

    def tell(self) -> int:
        return self._file.tell()

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.closed = True
