"""Dates as they appear in dumps, to ISO 8601 (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS``)."""

import re
from datetime import date, datetime, time

MONTHS = {
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "июн": 6,
    "июл": 7, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
}
RUSSIAN = re.compile(r"^(\d{1,2})\s+([а-яё]+)\.?\s+(\d{4})$", re.IGNORECASE)
DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")


def _russian(value: str) -> date | None:
    match = RUSSIAN.match(value)
    month = match and MONTHS.get(match.group(2).lower()[:3])
    return date(int(match.group(3)), month, int(match.group(1))) if match and month else None


def _dotted(value: str) -> date | None:
    match = DOTTED.match(value)
    return date(int(match.group(3)), int(match.group(2)), int(match.group(1))) if match else None


def _slashed(value: str) -> date | None:
    match = SLASHED.match(value)
    return date(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None


def _iso(value: str) -> date | datetime | None:
    try:
        return datetime.fromisoformat(value) if len(value) > 10 else date.fromisoformat(value)
    except ValueError:
        return None


DATE_RULES = (_iso, _russian, _dotted, _slashed)


def parse_date(value: str | None) -> date | datetime | None:
    """The first rule that reads ``value``, or None."""
    value = (value or "").strip()
    for rule in DATE_RULES:
        try:
            parsed = rule(value)
        except ValueError:  # e.g. 31.02.2010
            parsed = None
        if parsed is not None:
            return parsed
    return None


def parse_time(value: str | None) -> time | None:
    try:
        return time.fromisoformat((value or "").strip())
    except ValueError:
        return None


def to_iso(day: str | None, clock: str | None = None) -> str | None:
    """ISO 8601 for a date (and an optional separate time), None when unparseable.

    >>> to_iso("1 января 2010", "02:43"), to_iso("15 Сен. 2016"), to_iso("1914/09/16")
    ('2010-01-01T02:43:00', '2016-09-15', '1914-09-16')
    >>> to_iso("2016-12-13", "10:50:00+03:00"), to_iso("2014-08-22 15:15:00"), to_iso("вчера")
    ('2016-12-13T10:50:00+03:00', '2014-08-22T15:15:00', None)
    """
    parsed = parse_date(day)
    if parsed is None:
        return None
    at = parse_time(clock) if clock else None
    if at is not None and not isinstance(parsed, datetime):
        parsed = datetime.combine(parsed, at)
    return parsed.isoformat()
