"""Parsers for numeric dates and times of day (see :mod:`.parse` for the rest)."""

import re
from dataclasses import replace

from . import lexicon as lx
from .parse import Groups, Parsed, _valid_day


def numeric(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    d, m, y = int(g["nd"]), int(g["nm"]), int(g["ny"])
    if not 1 <= m <= 12 or not 1 <= d or not _valid_day(d, m, y):
        return None
    parts = {"day": d, "month": m, "year": y}
    if g.get("hh"):
        t = clock(g)
        return replace(t, parts={**parts, **t.parts}, tod=False) if t else None
    return Parsed(granularity="day", parts=parts)


def clock(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    sep = g.get("sep")
    if sep == "." and not (g.get("tl") or g.get("tz")):
        return None
    if re.search(r"сч[её]т\w*\s+(?:\w+\s+)?$", before[-25:]):
        return None  # a score: "со счётом 15:13", "счёт стал 14:13"
    time = f"{int(g['hh']):02d}:{g['mi']}" + (f":{g['ss']}" if g.get("ss") else "")
    return Parsed(label="TIME", granularity="second" if g.get("ss") else "minute",
                  parts={"time": time}, tod=True)


POD_HOURS = {"утра": 0, "дня": 12, "вечера": 12, "ночи": 0}


# verbs of setting a time, after which "на три часа" is a clock's time ("назначено на три часа")
_SETTING = re.compile(r"(?:назнач|перен[её]с|перенос|запланир|намеч|отлож|наметил)\w*\s+(?:\w+\s+)?$")


def hours(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """"в три часа дня", "в 15 часов": a time of day. "на три часа" with no part of the day is
    how long ("задержан на три часа", "отключат на два часа"; the duration rules read it),
    unless a verb of setting a time comes before it ("перенесена на 15 часов")."""
    h = lx.number(g["h"]) if g.get("h") else 1
    if h is None or h != int(h) or not 0 <= h <= 24:
        return None
    lead = (g.get("lead") or "").split()
    if lead[-1:] == ["на"] and g.get("h") and not (g.get("pod") or g.get("pod2") or g.get("mi2")) \
            and not _SETTING.search(before):
        return None
    h = int(h)
    pod = g.get("pod") or g.get("pod2")  # "в 8 вечера" says no "часов"
    if (pod == "вечера" and h < 12) or (pod == "дня" and 1 <= h <= 6):
        h += 12
    elif pod == "ночи" and h == 12:
        h = 0
    mi = int(g["mi2"]) if g.get("mi2") else 0
    if mi > 59 or h > 23:
        return None
    return Parsed(label="TIME", granularity="minute" if g.get("mi2") else "hour",
                  parts={"time": f"{h:02d}:{mi:02d}"}, tod=True)


def noon(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    time = "12:00" if g["nm"].startswith(("полд", "полуд")) else "00:00"
    return Parsed(label="TIME", granularity="minute", parts={"time": time}, tod=True)


def part_of_day(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    pod = g.get("pod")
    if pod == "днем" and (re.match(r"\s+(?:рождени|и\s+ночью)", after) or re.search(r"(?:ым|им)\s+$", before)):
        return None  # "днём рождения", "днём и ночью", "худшим днём"
    if pod == "ночью" and re.search(r"днем\s+и\s+$", before):
        return None
    return Parsed(label="TIME", granularity="hour", tod=True, vague=True)


def night_prefix(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    return Parsed(label="TIME", granularity="hour", tod=True, vague=True, needs_next=True)


def minute_of_match(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    return Parsed(label="TIME", granularity="minute", vague=True)


def vague_time(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    return Parsed(label="TIME", granularity="hour", vague=True)
