"""CSV records from a binary stream: streamed, size-bounded, numbered, never fatal."""

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from .decoding import is_unusable, repair


@dataclass(frozen=True, slots=True)
class Row:
    number: int                          # 1-based data row (the header is not counted)
    values: dict[str, str] | None        # None when the row could not be read
    error: tuple[str, str] | None = None
    notes: dict[str, str] = field(default_factory=dict)


class _Lines:
    """Physical lines, each at most ``limit`` characters; longer ones are cut and flagged."""

    def __init__(self, text: io.TextIOBase, limit: int):
        self._text = text
        self._limit = limit
        self.oversized = False

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        line = self._text.readline(self._limit)
        if not line:
            raise StopIteration
        if len(line) >= self._limit and not line.endswith("\n"):
            self.oversized = True
            while (rest := self._text.readline(self._limit)) and not rest.endswith("\n"):
                pass
            return line + "\n"
        return line


def text_stream(stream: BinaryIO) -> io.TextIOWrapper:
    """UTF-8 text (BOM skipped); undecodable bytes kept as surrogates for ``repair``."""
    return io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")


def sniff_delimiter(header_line: str) -> str:
    return max(",;\t", key=header_line.count)


def _raise_field_limit(max_bytes: int) -> None:
    if csv.field_size_limit() < max_bytes + 1:
        csv.field_size_limit(max_bytes + 1)


def _check(number: int, header: list[str], fields: list[str], max_bytes: int) -> Row:
    if len(fields) != len(header):
        return Row(number, None, ("bad-row", f"expected {len(header)} fields, got {len(fields)}"))
    if sum(len(f) for f in fields) > max_bytes // 4 and sum(
        len(f.encode("utf-8", "surrogateescape")) for f in fields
    ) > max_bytes:
        return Row(number, None, ("too-large", f"row is larger than {max_bytes} bytes"))
    values, notes, replaced = {}, {}, 0
    for name, value in zip(header, fields):
        values[name], bad = repair(value)
        replaced += bad
        if bad and is_unusable(value, bad):
            return Row(number, None, ("undecodable", f"field {name!r} is not valid UTF-8"))
    if replaced:
        notes["decode"] = f"{replaced} undecodable bytes replaced by U+FFFD"
    return Row(number, values, None, notes)


def read_header(
    lines: _Lines, delimiter: str | None, key: Callable[[str], str]
) -> tuple[list[str], str]:
    first = next(lines, "")
    delimiter = delimiter or sniff_delimiter(first)
    header = next(csv.reader([first], delimiter=delimiter), [])
    return [key(repair(name)[0].strip()) for name in header], delimiter


def csv_rows(
    stream: BinaryIO,
    max_bytes: int,
    delimiter: str | None = None,
    key: Callable[[str], str] = str,
) -> tuple[list[str], Iterator[Row]]:
    """The header (names passed through ``key``) and a lazy iterator of rows
    (one ``Row`` per record, errors included)."""
    _raise_field_limit(max_bytes)
    lines = _Lines(text_stream(stream), max_bytes + 1)
    header, delimiter = read_header(lines, delimiter, key)
    return header, _records(lines, header, delimiter, max_bytes)


def _records(lines: _Lines, header: list[str], delimiter: str, max_bytes: int) -> Iterator[Row]:
    reader = csv.reader(lines, delimiter=delimiter)
    number = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            number += 1
            lines.oversized = False
            yield Row(number, None, ("bad-row", f"CSV error: {error}"))
            continue
        if not fields:
            continue  # blank line: not a row
        number += 1
        if lines.oversized:
            lines.oversized = False
            yield Row(number, None, ("too-large", f"row is larger than {max_bytes} bytes"))
            continue
        yield _check(number, header, fields, max_bytes)
