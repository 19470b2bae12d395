"""Choose non-overlapping candidates (longest first), then join neighbours.

Joins follow NEREL: a time of day next to a day ("в субботу утром", "в 19:00 25 ноября")
becomes one TIME span; "с X по Y" of two dates becomes one range; "в ночь" needs a date.
A DATE joined into a TIME stays as a nested mention (``Candidate.inner``), as NEREL
annotates it ("в субботу" inside "в субботу утром").
"""

import re
from bisect import bisect_left
from dataclasses import replace

from .fragments import TZ
from .parse import Parsed
from .patterns import Candidate

_TZ = re.compile(TZ + r"(?!\w)")

_GAP = re.compile(r"\s*,?\s*\Z")
_FROM = re.compile(r"(?:с|со|от|начиная\s+с)\s")
_TO = re.compile(r"(?:по|до|и)\s")
_FROM_TIME = re.compile(r"(?:^|\s)(?:с|со|от)\s+\d{1,2}[:.]\d\d\Z")  # "25 мая [с 10:00]"


def choose(found: list[Candidate]) -> list[Candidate]:
    """Greedy: longest first, earlier rule on ties; result sorted by start."""
    order = sorted(range(len(found)), key=lambda i: (found[i].start - found[i].stop, i))
    taken: list[Candidate] = []
    starts: list[int] = []  # taken spans never overlap, so sorted starts find the neighbours
    for i in order:
        c = found[i]
        at = bisect_left(starts, c.start)
        if at > 0 and taken[at - 1].stop > c.start:
            continue
        if at < len(taken) and taken[at].start < c.stop:
            continue
        starts.insert(at, c.start)
        taken.insert(at, c)
    return taken


def _is_day(p: Parsed) -> bool:
    return p.label == "DATE" and p.kind == "point" and p.granularity == "day"


def _time_join(a: Parsed, b: Parsed) -> Parsed | None:
    if not (a.tod or b.tod) or a.needs_next:
        return None
    if not all(x.tod or _is_day(x) for x in (a, b)):
        return None
    clocks = next((x for x in (a, b) if x.tod and x.end is not None), None)
    if clocks is not None:  # "25 мая с 10:00 до 12:00": the day's, both ends
        day = b if clocks is a else a
        if day.tod or day.end is not None:
            return None
        return replace(clocks, parts={**day.parts, **clocks.parts}, rel=day.rel, vague=day.vague, tense=day.tense,
                       end=replace(clocks.end, parts={**day.parts, **clocks.end.parts}, rel=day.rel, vague=day.vague,
                                   tense=day.tense))
    day = a if not a.tod else b if not b.tod else None
    times = [x for x in (a, b) if x.tod]
    time = next((x.parts["time"] for x in times if "time" in x.parts), None)
    parts = {**(day.parts if day else {}), **({"time": time} if time else {})}
    for x in (a, b):
        parts.update({k: v for k, v in x.parts.items() if k not in parts})
    gran = next((x.granularity for x in times if "time" in x.parts), "day" if day else "hour")
    vague = (day.vague if day else True) if day or not time else all(x.vague for x in times)
    return Parsed(label="TIME", granularity=gran, parts=parts, rel=day.rel if day else None,
                  vague=vague, tod=True, tense=day.tense if day else None)  # the day's year, as the day alone


def _range_join(a: Parsed, b: Parsed, a_text: str, b_text: str) -> Parsed | None:
    if not (_FROM.match(a_text) and _TO.match(b_text)) or a.kind != "point" or b.kind != "point":
        return None
    if _TO.match(b_text).group().strip() == "и":
        return None
    label = "TIME" if a.label == b.label == "TIME" else "DATE"
    return Parsed(label=label, kind="range", granularity=a.granularity, parts=a.parts, rel=a.rel,
                  vague=a.vague, end=b, tense=a.tense)


def _clock_range(a: Parsed, b: Parsed, a_text: str, b_text: str) -> Parsed | None:
    """"с 9:00 до 18:00": a range of two times of day (of the day written with it, or the
    anchor's), not the first time alone."""
    if not ("time" in a.parts and "time" in b.parts and a.kind == b.kind == "point") or b.parts.keys() - {"time"}:
        return None
    if a.parts.keys() - {"time"}:  # "25 мая с 10:00 до 12:00": the day's time, then the end's
        if not (_FROM_TIME.search(a_text) and _TO.match(b_text)):
            return None
        day = {k: v for k, v in a.parts.items() if k != "time"}
        return Parsed(label="TIME", kind="range", granularity=a.granularity, parts=a.parts, rel=a.rel, vague=a.vague,
                      end=replace(b, parts={**day, **b.parts}, rel=a.rel, vague=a.vague, tense=a.tense), tod=True,
                      tense=a.tense)
    joined = _range_join(a, b, a_text, b_text)
    return replace(joined, label="TIME", tod=True) if joined is not None else None


def _period_of_year(a: Parsed, b: Parsed, b_text: str) -> Parsed | None:
    """"за 5 месяцев этого года", "первые три месяца 2017 года": a span within a year; a number
    of months is the year's first ones, as reports count them ("за 9 месяцев 2023 года":
    January to September), weeks or days the year itself."""
    if a.kind != "duration" or a.granularity not in ("month", "week", "day") or b.kind != "point":
        return None
    if b.granularity != "year" or not re.match(r"(?:\d{4}\s*г|эт|текущ|прошл|нынешн|минувш|следующ)", b_text):
        return None
    months = a.parts.get("amount")
    if a.granularity != "month" or months is None or months != int(months) or not 2 <= months <= 11:
        return b
    end = replace(b, granularity="month", parts={**b.parts, "month": int(months)})
    return replace(b, kind="range", granularity="month", parts={**b.parts, "month": 1}, end=end)


def _night_join(a: Parsed, b: Parsed) -> Parsed | None:
    if not a.needs_next or b.label != "DATE" or b.kind not in ("point", "range"):
        return None
    return replace(b, label="TIME", tod=True, needs_next=False)


def join(chosen: list[Candidate], norm: str) -> list[Candidate]:
    """Merge adjacent candidates per the joins above; drop a lone "в ночь"."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and _GAP.match(norm, prev.stop, c.start) and _GAP.match(norm[prev.stop:c.start]):
            a_text, b_text = norm[prev.start:prev.stop], norm[c.start:c.stop]
            merged = (_night_join(prev.parsed, c.parsed) or _clock_range(prev.parsed, c.parsed, a_text, b_text)
                      or _time_join(prev.parsed, c.parsed) or _range_join(prev.parsed, c.parsed, a_text, b_text)
                      or (_period_of_year(prev.parsed, c.parsed, b_text) if norm[prev.stop:c.start].isspace() else None))
            if merged is not None:
                inner = ()
                if merged.label == "TIME":
                    inner = tuple(i for x in (prev, c) for i in (x.inner or ((x,) if x.parsed.label == "DATE" else ())))
                out[-1] = Candidate(prev.start, c.stop, f"{prev.rule}+{c.rule}", merged, inner)
                continue
        out.append(c)
    for i, c in enumerate(out):  # "14 февраля 2017 года в 8 утра по местному времени"
        tz = _TZ.match(norm, c.stop) if c.parsed.label == "TIME" and "+" in c.rule else None
        if tz and (i + 1 == len(out) or out[i + 1].start >= tz.end()):
            out[i] = replace(c, stop=tz.end())
    return [c for c in out if not c.parsed.needs_next]
