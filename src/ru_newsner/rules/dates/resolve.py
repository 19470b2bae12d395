"""Resolve a :class:`Parsed` against an optional anchor into an inclusive ISO interval.

Policies:
- a day+month or month without a year takes the occurrence *nearest* the anchor
  (``"в январе"`` in a December article is next January; ``"в декабре"`` in a January
  article is last December), unless that lies more than two months away on the side its
  sentence's tense denies (``tense.sentence_tense``: "в начале сентября получил травму" in a
  March article is last September, "в октябре пройдут выборы" in a March article is this
  October); a holiday without a year likewise ("В День Победы прошёл парад" in a March article
  is last May); without an anchor it stays unresolved;
- a weekday alone is its latest occurrence on or before the anchor ("в понедельник
  прошли выборы"), unless the same sentence has a future cue within ~60 characters
  (``tense.FUTURE``: "будет", "состоится", "пройдёт", "начнётся", "выступит", "планирует",
  "назначен", ..., or a perfective verb's present form, "откроют"): then it is the first
  occurrence on or after the anchor ("выступит в пятницу" on Monday 2024-06-03 → 2024-06-07; on
  a Friday → that Friday);
  "в прошлый/следующий понедельник" moves a week back/forward from the anchor's week;
- "прошлого века" is the century before the anchor's (the twentieth runs 1901-2000), and
  "70-х годов прошлого века" that century's seventies; a two-digit or spelled decade with no
  century ("в 90-е", "в девяностые годы") is of the 1900s ("нулевые", "10-е": the 2000s);
- event-relative expressions ("накануне", "на следующий день", "годом позже") and vague
  ones ("в последние годы") are ``is_relative`` with no value, never a guessed one; but "в том
  же году", "в этот же день" name again the year, month or day of the nearest date before
  them that names one ("в 1966 году. В этом же году" is 1966; ``find_dates``), their
  ``anchor`` that date, and "в марте того же года" is March of that year.
"""

import calendar
import datetime as dt
from dataclasses import replace

from .parse import Parsed

SEASON_MONTHS = {"winter": (12, 2), "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}
Interval = tuple[str, str] | None


def to_anchor(anchor: dt.date | dt.datetime | str | None) -> dt.date | None:
    """Accept a date, datetime or ISO string (date or datetime) as the anchor date."""
    if anchor is None or anchor == "":
        return None
    if isinstance(anchor, str):
        anchor = dt.datetime.fromisoformat(anchor.strip().replace("Z", "+00:00"))
    return anchor.date() if isinstance(anchor, dt.datetime) else anchor


def _last_day(y: int, m: int) -> int:
    return calendar.monthrange(y, m)[1]


def _span(y: int, m: int | None = None, d: int | None = None) -> tuple[str, str]:
    if m is None:
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    if d is None:
        return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{_last_day(y, m):02d}"
    return (f"{y:04d}-{m:02d}-{d:02d}",) * 2


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


# how far from the anchor the nearest occurrence may lie before the sentence's tense decides
TENSE_DAYS = 61


def _nearest_year(month: int, day: int, anchor: dt.date, tense: str | None = None,
                  weekday: int | None = None) -> int:
    """The year of the occurrence of ``day``.``month`` nearest ``anchor``; of those on the
    ``weekday`` written with it, if any ("В четверг 20 июня": 2024, not 2023, a Tuesday); else,
    where the nearest lies more than ``TENSE_DAYS`` away on the side the sentence's tense
    denies (a past verb and a date ahead, a future cue and a date behind), the nearest
    occurrence on the other side."""
    def distance(y: int) -> int:
        return (dt.date(y, month, min(day, _last_day(y, month))) - anchor).days

    years = [anchor.year + k for k in (-1, 0, 1)]
    if weekday is not None:
        fitting = [y for y in years if day <= _last_day(y, month) and dt.date(y, month, day).weekday() == weekday]
        if fitting:
            return min(fitting, key=lambda y: abs(distance(y)))
    best = min(years, key=lambda y: abs(distance(y)))
    if abs(distance(best)) > TENSE_DAYS and (tense == "past" and distance(best) > 0
                                             or tense == "future" and distance(best) < 0):
        return best - 1 if tense == "past" else best + 1
    return best


def _weekend(offset: int, anchor: dt.date, tense: str | None) -> dt.date:
    """The Saturday of a weekend: the one before the anchor's (-1); the one the anchor is in, or
    else the coming one, or the last one told in the past ("что в эти выходные … перевалило"
    on a Tuesday) (0); the coming one, or on a Saturday that one (1)."""
    weekday = anchor.weekday()
    if offset < 0 or offset == 0 and tense == "past" and weekday < 5:
        return anchor - dt.timedelta(days=(weekday - 5) % 7 or 7)
    if weekday == 5 or offset == 0 and weekday == 6:
        return anchor - dt.timedelta(days=weekday - 5)
    return anchor + dt.timedelta(days=(5 - weekday) % 7)


def _relative(offset: int, unit: str, anchor: dt.date) -> Interval:
    if unit == "day":
        d = anchor + dt.timedelta(days=offset)
        return _span(d.year, d.month, d.day)
    if unit == "week":
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=offset)
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if unit == "month":
        return _span(*_shift_month(anchor.year, anchor.month, offset))
    if unit == "year":
        return _span(anchor.year + offset)
    return None


def _weekday(weekday: int, offset: int, anchor: dt.date) -> Interval:
    d = anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)
    if offset:
        d = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=offset, days=weekday)
    return _span(d.year, d.month, d.day)


def _absolute(parts: dict, gran: str | None) -> Interval:
    y = parts.get("year")
    if parts.get("century"):
        c = parts["century"]
        return f"{(c - 1) * 100 + 1:04d}-01-01", f"{c * 100:04d}-12-31"
    if parts.get("decade"):
        return f"{parts['decade']:04d}-01-01", f"{parts['decade'] + 9:04d}-12-31"
    if y is None:
        return None
    if parts.get("season"):
        first, last = SEASON_MONTHS[parts["season"]]
        start_year = y - 1 if parts["season"] == "winter" else y
        return f"{start_year:04d}-{first:02d}-01", f"{y:04d}-{last:02d}-{_last_day(y, last):02d}"
    return _span(y, parts.get("month"), parts.get("day"))


def interval(p: Parsed, anchor: dt.date | None) -> tuple[Interval, bool]:
    """``((start, end) or None, is_relative)`` for one parsed expression (no range end)."""
    parts = dict(p.parts)
    if p.vague:
        return None, True
    if p.rel is not None:
        if anchor is None:
            return None, True
        offset, unit = p.rel
        if unit == "weekday":
            return _weekday(parts["weekday"], offset, anchor), True
        if unit == "weekend":
            saturday = _weekend(offset, anchor, p.tense)
            return (saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat()), True
        if unit == "weekday_next":
            d = anchor + dt.timedelta(days=(parts["weekday"] - anchor.weekday()) % 7)
            return _span(d.year, d.month, d.day), True
        if "season" in parts or "month" in parts:
            parts["year"] = anchor.year + offset
            return _absolute(parts, p.granularity), True
        if unit == "century":  # "прошлого века"; "70-х годов прошлого века": the decade of that century
            first = ((anchor.year - 1) // 100 + offset) * 100
            if "decade" in parts:
                return _absolute({"decade": first + parts["decade"]}, p.granularity), True
            return _absolute({"century": first // 100 + 1}, p.granularity), True
        return _relative(offset, unit, anchor), True
    if "year" not in parts and "month" in parts:
        if anchor is None:
            return None, True
        parts["year"] = _nearest_year(parts["month"], parts.get("day", 1), anchor, p.tense,
                                      parts.get("weekday") if parts.get("day") else None)
        if parts.get("day") and parts["day"] > _last_day(parts["year"], parts["month"]):
            return None, True
        return _absolute(parts, p.granularity), True
    if "time" in parts and "year" not in parts:
        if anchor is None:
            return None, True
        return _span(anchor.year, anchor.month, anchor.day), True
    return _absolute(parts, p.granularity), False


def with_time(span: Interval, time: str | None) -> Interval:
    """Attach a time of day to a one-day interval."""
    if span is None or time is None or span[0] != span[1]:
        return span
    value = f"{span[0]}T{time}" if len(time) > 5 else f"{span[0]}T{time}"
    return value, value


def _end_after(end: Parsed, span: Interval) -> Parsed:
    """A range's end whose year is left out takes the first year that puts it on or after the
    start ("с 25 декабря по 3 января": the January after), not its own nearest one."""
    if span is None or "year" in end.parts or end.rel is not None or "month" not in end.parts:
        return end
    year, month, day = int(span[0][:4]), int(span[0][5:7]), int(span[0][8:10])
    later = (end.parts["month"], end.parts.get("day", 31)) >= (month, day)
    return replace(end, parts={**end.parts, "year": year if later else year + 1})


def resolve(p: Parsed, anchor: dt.date | None) -> tuple[Interval, bool]:
    """The interval of a point, range or time (durations and sets have none)."""
    if p.kind in ("duration", "set"):
        return None, p.rel is not None
    span, relative = interval(p, anchor)
    span = with_time(span, p.parts.get("time"))
    if p.end is not None:  # "с 9:00 до 18:00": each end at its time of day
        end, end_relative = interval(_end_after(p.end, span), anchor)
        end = with_time(end, p.end.parts.get("time"))
        if span is None or end is None or end[1] < span[0]:
            return None, relative or end_relative
        return (span[0], end[1]), relative or end_relative
    return span, relative
