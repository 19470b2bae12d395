"""JSON Lines from a binary stream: one parsed object (or one error) per non-blank line."""

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from .decoding import is_unusable, repair


@dataclass(frozen=True, slots=True)
class Line:
    number: int                      # 1-based physical line number
    value: dict[str, Any] | None     # None when the line could not be read
    error: tuple[str, str] | None = None
    notes: dict[str, str] = field(default_factory=dict)


def _drain_line(stream: BinaryIO, limit: int) -> None:
    while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
        pass


def _parse(number: int, raw: bytes) -> Line:
    text, replaced = repair(raw.decode("utf-8", "surrogateescape"))
    if replaced and is_unusable(text, replaced):
        return Line(number, None, ("undecodable", "line is not valid UTF-8"))
    notes = {"decode": f"{replaced} undecodable bytes replaced by U+FFFD"} if replaced else {}
    try:
        value = json.loads(text)
    except ValueError as error:
        return Line(number, None, ("bad-json", f"invalid JSON: {error}"), notes)
    if not isinstance(value, dict):
        return Line(number, None, ("bad-row", f"expected a JSON object, got {type(value).__name__}"))
    return Line(number, value, None, notes)


def json_lines(stream: BinaryIO, max_bytes: int) -> Iterator[Line]:
    """Every non-blank line, numbered; a line over ``max_bytes`` is skipped unread."""
    number = 0
    while raw := stream.readline(max_bytes + 1):
        number += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            _drain_line(stream, max_bytes + 1)
            yield Line(number, None, ("too-large", f"line is larger than {max_bytes} bytes"))
        elif raw.strip():
            yield _parse(number, raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw)
