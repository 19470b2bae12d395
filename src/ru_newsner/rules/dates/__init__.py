"""Rule-based DATE/TIME mentions with intervals resolved against a publication date.

Spans follow NEREL: a leading preposition belongs to the span ("в 2018 году",
"с 25 по 29 июля"); a time of day joined to its day is one TIME span ("в субботу утром").

``normal`` is the resolved value, as short as its granularity allows: "2024", "2024-02",
"2024-02-28", "2024-02-29T07:55:08"; a range is "start/end" ("2008/2014"); a duration is
its ISO 8601 form ("P2Y"); a set is "R/" + its period ("R/P1Y"); an unresolved mention
(no anchor, or event-relative like "накануне") is its lower-cased text.
"""

import datetime as dt
import re
from dataclasses import replace

from ...records import DateMention, DateParts
from .patterns import Candidate, candidates
from .resolve import resolve, to_anchor
from .select import choose, join
from .tense import future_context
from .titles import in_title, titles

__all__ = ["explain", "find_dates", "normalize"]


def normalize(text: str) -> str:
    """Lower case and ё → е, keeping every offset (same length as ``text``)."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.replace("ё", "е")


def explain(text: str) -> list[tuple[str, str]]:
    """``(span text, rule name)`` for each mention: which rule (or join) fired."""
    norm = normalize(text)
    return [(text[c.start:c.stop], c.rule) for c in join(choose(candidates(norm, text)), norm)]


def _compact(value: str, granularity: str | None) -> str:
    if granularity == "year" and value[4:] in ("-01-01", "-12-31"):
        return value[:4]
    if granularity == "month":
        return value[:7]
    return value


def _normal(c: Candidate, span: tuple[str, str] | None, text: str) -> str:
    p = c.parsed
    if p.kind == "duration" and p.duration:
        return p.duration
    if p.kind == "set" and p.duration:
        return "R/" + p.duration
    if span is None:
        return " ".join(text.lower().split())
    gran = p.granularity if p.end is None or p.end.granularity == p.granularity else "day"
    start, end = _compact(span[0], gran), _compact(span[1], gran)
    if granularity_full(span, gran):
        return start
    return start if start == end else f"{start}/{end}"


def granularity_full(span: tuple[str, str], gran: str | None) -> bool:
    """True when the interval is exactly one year/month/day, so one value names it."""
    if span[0] == span[1]:
        return True
    if gran == "year":
        return span[0][:4] == span[1][:4]
    if gran == "month":
        return span[0][:7] == span[1][:7]
    return False


def _mention(c: Candidate, text: str, anchor: dt.date | None) -> DateMention:
    p = c.parsed
    span, relative = resolve(p, anchor)
    mention_text = text[c.start:c.stop]
    parts = {k: v for k, v in p.parts.items() if k in DateParts.model_fields}
    return DateMention(
        start=c.start, stop=c.stop, text=mention_text, label=p.label, source="rules",
        normal=_normal(c, span, mention_text), date_kind=p.kind, granularity=p.granularity,
        value_start=span[0] if span else None, value_end=span[1] if span else None,
        duration=p.duration, is_relative=relative,
        anchor=anchor.isoformat() if relative and anchor else None, parts=DateParts(**parts),
    )


def find_dates(text: str, anchor: dt.date | dt.datetime | str | None = None) -> list[DateMention]:
    """DATE and TIME mentions in ``text``, sorted by ``(start, -stop)``.

    Mentions never cross; the only nesting is a DATE inside a TIME ("в субботу" in
    "в субботу утром", "25 ноября 2016 года" in "в 19:00 25 ноября 2016 года").

    ``anchor`` is the publication date (date, datetime or ISO string); without it
    relative mentions keep ``is_relative=True`` and no value.
    """
    day = to_anchor(anchor)
    norm = normalize(text)
    chosen = join(choose(candidates(norm, text)), norm)
    quoted = titles(text) if any(q in text for q in "«\"„“") else []
    flat = [x for c in chosen for x in (c, *c.inner) if not (quoted and in_title(x.start, x.stop, text, quoted))]
    mentions, last = [], None  # last: (stop, day) of the latest mention naming one day
    for c in flat:
        ref = day
        if day is not None and last is not None and _bare_time(c.parsed) and _told_that_day(text, norm, c, *last, day):
            ref = last[1]
        same, told = _SAME.search(norm, c.start, c.stop), None
        if same and (said := _period_before(mentions, c.parsed)) is not None:
            c, ref = replace(c, parsed=replace(c.parsed, rel=(0, c.parsed.granularity), vague=False)), said
        elif same and norm.startswith("год", same.end() + 1) and (told := _year_before(mentions, c.parsed)):
            c = replace(c, parsed=replace(c.parsed, parts={**c.parsed.parts, "year": told.year}, rel=None, vague=False))
        mention = _mention(c, text, ref)
        if told:  # "в марте того же года": that year's March, told by the date before it
            mention = mention.model_copy(update={"is_relative": True, "anchor": told.isoformat()})
        if mention.value_start and mention.value_end and mention.value_start[:10] == mention.value_end[:10]:
            last = (mention.stop, dt.date.fromisoformat(mention.value_start[:10]))
        mentions.append(mention)
    return mentions


# "в том же году", "в этот же день": the period a date before it named
_SAME = re.compile(r"\bт(?:от|ого|ому|ем|ом|а|ой|у|е|ех)\s+же\b|\bэт(?:от|ого|ому|им|ом|а|ой|у|и|их)\s+же\b")
_PERIOD_DIGITS = {"year": 4, "month": 7, "day": 10}  # the ISO value's prefix that names one


def _period_before(mentions: list[DateMention], p) -> dt.date | None:
    """A day of the nearest mention before that names one ``p.granularity`` (a year, a month,
    a day) for "в том же году", "в этом же месяце", "в этот же день" to name again: "в 1966
    году. В этом же году …" is 1966, not the publication's year; None where none does (then
    "том же" stays unresolved and "этом же" is the anchor's)."""
    if p.granularity not in _PERIOD_DIGITS or p.kind != "point" or p.parts:
        return None
    return _named_before(mentions, p.granularity)


def _year_before(mentions: list[DateMention], p) -> dt.date | None:
    """A day of the nearest mention before that names one year, for a month, day or season
    "того же года" to take its year from ("в 1950 году. В марте того же года …" is March 1950);
    None for other kinds."""
    if p.kind != "point" or "year" in p.parts or not p.parts.keys() & {"month", "day", "season"}:
        return None
    return _named_before(mentions, "year")


def _named_before(mentions: list[DateMention], unit: str) -> dt.date | None:
    """A day of the nearest point of ``mentions`` whose value is one ``unit`` (year, month, day)."""
    digits = _PERIOD_DIGITS[unit]
    for m in reversed(mentions):
        if m.date_kind == "point" and m.value_start and m.value_end and m.value_start[:digits] == m.value_end[:digits]:
            return dt.date.fromisoformat(m.value_start[:10])
    return None


# how far back a day named before a bare time of day may stand (the same paragraph only)
TIME_REACH = 400


def _bare_time(p) -> bool:
    """A time of day and nothing else ("в 22:00", "около полудня")."""
    return p.label == "TIME" and p.kind == "point" and p.rel is None and not p.vague and \
        "time" in p.parts and not p.parts.keys() & {"day", "month", "year", "weekday"}


def _told_that_day(text: str, norm: str, c: Candidate, stop: int, day: dt.date, anchor: dt.date) -> bool:
    """Whether a bare time of day at ``c`` belongs to the day a mention ending at ``stop``
    named: the same paragraph, near, and no future cue in the time's sentence where that day
    has passed ("Вечером 31 декабря … Примерно в 22:00 милиционеры …" is 31 December's 22:00)."""
    if day == anchor or c.start - stop > TIME_REACH or "\n\n" in text[stop:c.start]:
        return False
    return day > anchor or not future_context(norm[max(0, c.start - 60):c.start], norm[c.stop:c.stop + 60])
