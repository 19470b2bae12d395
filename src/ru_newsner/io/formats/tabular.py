"""Rows of named columns (CSV rows, JSON objects, Parquet rows) to ``RawArticle``."""

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..articles import UniqueIds, error_article, location
from ..dates import to_iso
from ..options import Place
from ..raw import RawArticle

MISSING = frozenset({"", "-"})


@dataclass(frozen=True, slots=True)
class Columns:
    """Which column holds what; ``clean`` turns the raw text into plain text."""

    text: str
    id: str | None = None
    url: str | None = None
    title: str | None = None
    date: tuple[str, ...] = ()
    clean: Callable[[str], str] | None = None


def as_string(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, bool)):
        return str(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _present(values: Mapping[str, Any], name: str | None) -> str | None:
    value = as_string(values.get(name)) if name else None
    return None if value is None or value.strip() in MISSING else value


def _date(values: Mapping[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        if value := _present(values, name):
            return to_iso(value)
    return None


def _meta(values: Mapping[str, Any], columns: Columns, notes: dict[str, str]) -> dict[str, str]:
    used = {columns.text, columns.id, columns.url, columns.title}
    meta = {}
    for name in values:
        value = _present(values, name) if name not in used else None
        if value is not None:
            meta[name] = value
    for name in columns.date:  # keep dates we could not normalize
        if name in meta and to_iso(meta[name]) is not None:
            del meta[name]
    return {**meta, **notes}


def row_ids(place: Place, number: int) -> tuple[str, str]:
    """The location and the location-based id of row ``number``."""
    return location(place.path, place.member, number), location(place.name, place.member, number)


def failed_row(place: Place, number: int, error: tuple[str, str], notes: dict[str, str] | None = None) -> RawArticle:
    where, fallback = row_ids(place, number)
    return error_article(fallback, where, *error, meta=notes)


def row_article(
    values: Mapping[str, Any],
    number: int,
    place: Place,
    columns: Columns,
    ids: UniqueIds,
    notes: dict[str, str] | None = None,
    max_bytes: int | None = None,
) -> RawArticle:
    """One article from one row; an error article if the text is missing or too large."""
    notes = dict(notes or {})
    where, fallback = row_ids(place, number)
    text = values.get(columns.text)
    if not isinstance(text, str):
        kind = "missing" if text is None else type(text).__name__
        return error_article(fallback, where, "no-text", f"field {columns.text!r} is {kind}, not text", notes)
    if max_bytes is not None and len(text) > max_bytes // 4 and len(text.encode()) > max_bytes:
        return error_article(fallback, where, "too-large", f"text is larger than {max_bytes} bytes", notes)
    url = _present(values, columns.url)
    wanted = _present(values, columns.id) or url or fallback
    suffix = f"{place.member}:{number}" if place.member else str(number)
    return RawArticle(
        id=ids(wanted.strip(), suffix),
        location=where,
        text=columns.clean(text) if columns.clean else text,
        published_at=_date(values, columns.date),
        title=(_present(values, columns.title) or "").strip() or None,
        url=url,
        meta=_meta(values, columns, notes),
    )
