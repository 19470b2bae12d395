"""Turn one rule's regex groups into a :class:`Parsed` (what the text says), or reject it: the
points and ranges of the calendar and the ones relative to the publication ("в прошлом году",
"вчера"). Amounts of time (durations, offsets, frequencies) are ``parse_amounts``'s, times of
day ``parse_time``'s."""

import calendar
import re
from dataclasses import dataclass, field, replace

from . import lexicon as lx
from .tense import future_context, sentence_tense

Groups = dict[str, str | None]

ENV_BEFORE = re.compile(r"[а-яё]{3,}(?:ую|юю)\s+$")  # an adjective no relative word: "окружающую"
ENV_AFTER = re.compile(r"\s+(?:обитани|жизни)")


@dataclass(frozen=True)
class Parsed:
    label: str = "DATE"
    kind: str = "point"
    granularity: str | None = None
    parts: dict = field(default_factory=dict)
    rel: tuple[int, str] | None = None      # (offset, unit) against the anchor
    vague: bool = False                      # relative, but not to the anchor ("накануне")
    duration: str | None = None
    end: "Parsed | None" = None              # the upper bound of a range
    tod: bool = False                        # a time of day, may join an adjacent date
    needs_next: bool = False                 # "в ночь" — only with a following date
    tense: str | None = None                 # "past"/"future": the sentence's verbs, for a year left out


def _month(word: str | None) -> int | None:
    if not word:
        return None
    row = lx.lookup(lx.MONTHS, word) or lx.lookup(lx.MONTHS_ABBR, word.rstrip("."))
    return row[1] if row else None


def _year(g: Groups, n: int) -> tuple[int | None, tuple[int, str] | None, bool]:
    """Year number, or a relative year ("прошлого года"), or vague ("того же года")."""
    if g.get(f"y{n}"):
        return int(g[f"y{n}"]), None, False
    if g.get(f"r{n}"):
        row = lx.lookup(lx.RELATIVE, g[f"r{n}"])
        offset = row[1] if row else None
        return None, (offset, "year") if offset is not None else None, offset is None
    return None, None, False


def _valid_day(day: int, month: int, year: int | None) -> bool:
    return day <= (calendar.monthrange(year, month)[1] if year else (29 if month == 2 else
                                                                     calendar.monthrange(2001, month)[1]))


def _date(g: Groups, n: int, month: int | None = None) -> Parsed | None:
    d = int(g[f"d{n}"]) if g.get(f"d{n}") else None
    m = _month(g.get(f"m{n}")) or month
    y, rel, vague = _year(g, n)
    if d and m and not _valid_day(d, m, y):
        return None
    parts = {"day": d, "month": m, "year": y}
    weekday = (g.get("w1") or g.get("wa")) if n == 1 else None  # "в четверг, 25 июля", "25 июля, в четверг"
    if weekday:
        parts["weekday"] = lx.lookup(lx.WEEKDAYS, weekday)[1]
    gran = "day" if d else "month" if m else "year"
    return Parsed(granularity=gran, parts={k: v for k, v in parts.items() if v is not None},
                  rel=rel, vague=vague)


def day_month(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    return _with_tense(_date(g, 1), before, after)


def day_range(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    end = _date(g, 2)
    if end is None:
        return None
    start = _date(g, 1, month=end.parts["month"])
    if start is None:
        return None
    if "year" not in start.parts and "year" in end.parts:  # "с 20 декабря по 3 января 2022 года": 2021's
        later = (start.parts["month"], start.parts["day"]) > (end.parts["month"], end.parts["day"])
        start = replace(start, parts={**start.parts, "year": end.parts["year"] - later})
    return _range(start, end, "day", before, after)


def day_set(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """Days one after another ("8 и 9 марта") are the range they fill; days apart ("1 и 15
    марта") are no one interval, so they are left to the single dates."""
    days = [int(d) for d in (g["d1"], *re.findall(r"\d+", g.get("dl") or ""), g["d2"])]
    if any(b != a + 1 for a, b in zip(days, days[1:])):
        return None
    return day_range(g, before, after)


_TEN_DAYS = {"перв": 1, "втор": 2, "трет": 3, "последн": 3}


def ten_days(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """"во второй декаде марта": March 11-20; the third runs to the month's last day."""
    n = _TEN_DAYS[g["tdw"]] if g.get("tdw") else int(g["tdn"])
    month = _date(g, 1)
    start = replace(month, granularity="day", parts={**month.parts, "day": 10 * n - 9})
    end = month if n == 3 else replace(month, granularity="day", parts={**month.parts, "day": 10 * n})
    return _range(start, end, "day", before, after)


def month_year(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    return _date(g, 1)


def month_range(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    end = _date(g, 2)
    start = _date(g, 1)
    if "year" in end.parts and "year" not in start.parts:  # "декабрь-январь 2022 года": December 2021
        later = start.parts["month"] > end.parts["month"]
        start = replace(start, parts={**start.parts, "year": end.parts["year"] - later})
    return _range(start, end, "month", before, after)


def _range(start: Parsed, end: Parsed, granularity: str, before: str, after: str) -> Parsed:
    """From ``start`` to ``end``, each end's year left out taken by the sentence's tense ("пройдет
    с 20 по 25 декабря": the coming December)."""
    end = _with_tense(end, before, after)
    start = _with_tense(Parsed(kind="range", granularity=granularity, parts=start.parts, rel=end.rel), before, after)
    return replace(start, end=end)


_PART_ORDINALS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4}


def part_of_year(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """A quarter or a half of a year: "в III квартале 2021 года" (July to September), "первого
    полугодия", "во второй половине 2019 года"; a range of months, of the year given or, left
    out, of the sentence's tense."""
    unit = g.get("pu") or g["pu_y"]
    size = 3 if unit.startswith("кв") else 6
    n = int(g["pd"]) if g.get("pd") else _PART_ORDINALS[g.get("po") or g["po_r"]]
    if n * size > 12:
        return None
    y, rel, vague = _year(g, 1)
    year = {"year": y} if y else {}
    end = Parsed(granularity="month", parts={"month": n * size, **year}, rel=rel)
    start = Parsed(kind="range", granularity="month", parts={"month": (n - 1) * size + 1, **year}, rel=rel,
                   vague=vague, end=end)
    return _with_tense(start, before, after)


def year_only(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    return Parsed(granularity="year", parts={"year": int(g["y1"])})


_UNIT = (r"(?:руб|долл|евро|фунт|чел|тыс|млн|млрд|км|кг|т\b|тонн|шт|гр|га\b|кв|куб|"
         r"метр|процент|раз|единиц|мест|голос|страниц|экземпляр|сотрудник|жител|солдат|"
         r"случа|%|\$|€)")
MEASURE = re.compile(r"[ \xa0]*" + _UNIT)
# the rest of a range of amounts after its first number: "от 2000 [до 3000 долларов]"
_RANGE_OF_AMOUNTS = re.compile(r"[ \xa0]*(?:[-–—]|до|по)[ \xa0]*\d[\d \xa0]*" + _UNIT)


def _an_amount(after: str) -> bool:
    """What follows a number makes it an amount, not a year: a unit, or the rest of a range
    ending in one ("от 1000 [до 1500 рублей]")."""
    return bool(MEASURE.match(after) or _RANGE_OF_AMOUNTS.match(after))


def year_bare(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """A bare 4-digit year: with a preposition unless an amount follows, else only before
    punctuation or a line end ("(2003)", "Олимпиаде-2016\n")."""
    if _an_amount(after):
        return None
    if not g.get("lead") and re.match(r"[ \xa0]*(?!(?:и|или)\s)[а-яa-z]", after) and \
            not re.search(r"\w-$", before):  # "Сочи-2014 Юлия"
        return None
    return year_only(g)


def year_range(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """"2019–2020 годах", "с 1941 по 1945": two years, unless a unit after them makes them
    amounts ("от 1000 до 1500 рублей")."""
    if not g.get("yw") and before.rstrip().endswith("("):
        return None  # NEREL: "(2001—2003)" is two years
    if not g.get("yw") and MEASURE.match(after):
        return None
    y1 = int(g["y1"])
    y2 = int(g["y2"]) if g.get("y2") else y1 // 100 * 100 + int(g["y2s"])
    if y2 <= y1:
        return None
    return Parsed(kind="range", granularity="year", parts={"year": y1},
                  end=Parsed(granularity="year", parts={"year": y2}))


def season_years(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """"2016/17", "2017/2018": a season spanning two consecutive years."""
    y1 = int(g["y1"])
    y2 = int(g["y2"]) if g.get("y2") else y1 // 100 * 100 + int(g["y2s"])
    if y2 != y1 + 1:
        return None
    return Parsed(kind="range", granularity="year", parts={"year": y1},
                  end=Parsed(granularity="year", parts={"year": y2}))


def _decade_year(digits: str | None, word: str | None) -> tuple[int, bool] | None:
    """A decade's first year and whether it was written in full ("1990-х"); a two-digit or
    spelled one ("90-х", "девяностых") is of the 1900s, "нулевые" and "10-х" of the 2000s,
    until a century says otherwise."""
    if digits:
        value = int(digits)
        return (value, True) if value >= 100 else (value + (1900 if value >= 20 else 2000), False)
    if word:
        row = lx.lookup(lx.DECADE_WORDS, word)
        return (row[1] + (1900 if row[1] >= 20 else 2000), False) if row else None
    return None


def _decade_of(first: tuple[int, bool], g: Groups) -> Parsed:
    """The decade, in the century its words name: "XX века", "двадцатого века" (absolute),
    "прошлого века" (against the anchor: ``rel`` in centuries, ``parts`` the decade's year
    within its century)."""
    value, full = first
    if not full and g.get("drc"):
        row = lx.lookup(lx.RELATIVE, g["drc"])
        if row and row[1] is not None:
            return Parsed(granularity="decade", parts={"decade": value % 100}, rel=(row[1], "century"))
        return Parsed(granularity="decade", vague=True)
    raw = g.get("dcen") or ""
    century = int(raw) if raw.isdigit() else lx.roman(raw) if raw else lx.century_word(g.get("dcenw") or "")
    if not full and century and century <= 21:
        value = (century - 1) * 100 + value % 100
    return Parsed(granularity="decade", parts={"decade": value})


def decade(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """"в 90-е годы", "в девяностые годы двадцатого века", "в 1960-х — 1980-х гг", "в 80-90-х годах",
    "в тридцатых-сороковых годах прошлого века"."""
    if re.match(r"\s+(?:году\b|числ)", after):
        return None  # "на 80-м году жизни", "в 80-м году": one year, not the eighties; "на 10-е число"
    first = _decade_year(g.get("dec"), g.get("decw"))
    if first is None:
        return None
    start = _decade_of(first, g)
    last = _decade_year(g.get("dec2") or g.get("dec2b"), g.get("decw2"))
    if last is None:
        return start
    if not last[1] and first[1]:
        last = (first[0] // 100 * 100 + last[0] % 100, True)  # "1960-х — 80-х": the same century
    end = _decade_of(last, g)
    if start.vague or end.vague or (start.rel is None and end.parts["decade"] <= start.parts["decade"]):
        return None
    return Parsed(kind="range", granularity="decade", parts=start.parts, rel=start.rel, end=end)


def _century_number(raw: str) -> int | None:
    return int(raw) if raw.isdigit() else lx.roman(raw)


def century(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """"XX века", "в XXI в.", "в двадцатом веке", "в двадцатом и двадцать первом столетиях",
    "на рубеже XIX–XX веков"."""
    raw, first = g.get("cen"), g.get("cen0")
    named = _century_number(raw) if raw else lx.century_word(g.get("cenw") or "")  # the one before "века"
    value = _century_number(first) if first else named
    if not value or value > 21:
        return None
    last = named if first else lx.century_word(g.get("cenw2") or "")
    parsed = Parsed(granularity="century", parts={"century": value})
    if last and value < last <= 21:
        return Parsed(kind="range", granularity="century", parts=parsed.parts,
                      end=Parsed(granularity="century", parts={"century": last}))
    return parsed


def season(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    name = lx.lookup(lx.SEASONS, g["sea"])[1]
    y, rel, vague = _year(g, 1)
    if g.get("rs"):
        row = lx.lookup(lx.RELATIVE, g["rs"])
        rel, vague = ((row[1], "year"), False) if row and row[1] is not None else (None, True)
    parts = {"season": name, **({"year": y} if y else {})}
    return Parsed(granularity="season", parts=parts, rel=rel, vague=vague or not (y or rel))


def holiday(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    _, name, m, d = lx.lookup(lx.HOLIDAYS, g["hol"])
    parts = {"holiday": name, **({"month": m, "day": d} if m else {})}
    return _with_tense(Parsed(granularity="day", parts=parts, vague=m is None), before, after)


def holidays(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """The days off around a holiday: "новогодние праздники" January 1 to 8 (Russia's days
    off by the Labour Code), "майские праздники" May; of the year given or the sentence's tense."""
    y, rel, vague = _year(g, 1)
    year = {"year": y} if y else {}
    if g["hp"] == "майск":
        return _with_tense(Parsed(granularity="month", parts={"month": 5, **year}, rel=rel, vague=vague), before,
                           after)
    end = Parsed(granularity="day", parts={"month": 1, "day": 8, **year}, rel=rel)
    start = Parsed(kind="range", granularity="day", parts={"month": 1, "day": 1, **year}, rel=rel, vague=vague,
                   end=end)
    return _with_tense(start, before, after)


def _with_tense(parsed: Parsed | None, before: str, after: str) -> Parsed | None:
    """``parsed`` with its sentence's tense where its year is left out ("в начале сентября")."""
    if parsed is None or "year" in parsed.parts or parsed.rel is not None or "month" not in parsed.parts:
        return parsed
    return replace(parsed, tense=sentence_tense(before, after))


def weekday(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    word = g["w1"]
    lead = (g.get("lead") or "").split()
    if word.startswith("сред") and word != "среду" and not (lead and lead[-1] in ("до", "к", "ко", "со", "с")):
        return None  # "среда", "в среде" is also "environment"
    if word == "среду" and not lead and not g.get("rw") and (ENV_BEFORE.search(before) or ENV_AFTER.match(after)):
        return None  # "окружающую среду", "среду обитания"
    wd = lx.lookup(lx.WEEKDAYS, word)[1]
    offset = 0
    if g.get("rw"):
        row = lx.lookup(lx.RELATIVE, g["rw"])
        offset = row[1] if row and row[1] is not None else 0
    elif future_context(before, after):
        return Parsed(granularity="day", parts={"weekday": wd}, rel=(0, "weekday_next"))
    return Parsed(granularity="day", parts={"weekday": wd}, rel=(offset, "weekday"))


def weekday_adj(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    return Parsed(granularity="day", parts={"weekday": lx.lookup(lx.WEEKDAY_ADJ, g["wda"])[1]},
                  vague=True)


def month_adj(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    return Parsed(granularity="month", parts={"month": lx.lookup(lx.MONTH_ADJ, g["ma"])[1]})


def month_alone(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    parsed = _date(g, 1)
    if parsed is not None and g.get("rm"):  # "в прошлом октябре"
        row = lx.lookup(lx.RELATIVE, g["rm"])
        if row and row[1] is not None:
            parsed = replace(parsed, rel=(row[1], "year"))
    return _with_tense(parsed, before, after)


def time_unit(word: str) -> tuple[str, str, str, str] | None:
    """The lexicon's row of a unit of time ("месяца", "полгода"): (pattern, granularity, ISO letter, label)."""
    return lx.lookup(lx.UNITS, word) or lx.lookup(lx.HALF_UNITS, word)


def relative(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    row = lx.lookup(lx.RELATIVE, g["rel"])
    offset = row[1] if row else None
    if g["ru"].startswith("врем"):
        return None  # "в последнее/ближайшее время": NEREL rarely marks these (7 of 30 in train)
    unit = time_unit(g["ru"])
    if unit is None:  # "период", "пора"
        return Parsed(granularity=None, vague=True)
    gran, label = unit[1], unit[3]
    if gran in ("day", "hour", "minute", "second", "season") or offset is None or g["ru"] in ("лет",):
        return Parsed(label=label, granularity=gran, vague=True)
    return Parsed(label=label, granularity=gran, rel=(offset, gran))


def weekend(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """"в минувшие выходные" (offset -1), "эти выходные" (0), "в ближайшие", "следующие
    выходные" (1), "в выходные" by the sentence's tense (none without one), resolved by
    ``resolve``; "все выходные", "те же выходные": none."""
    word = g.get("rwe")
    if g.get("all"):
        return Parsed(granularity="day", vague=True)
    tense = sentence_tense(before, after)
    if word:
        row = lx.lookup(lx.RELATIVE, word)
        offset = 1 if word.startswith("ближайш") else row[1] if row else None
    else:
        offset = {"past": -1, "future": 1}.get(tense)
    if offset is None:
        return Parsed(granularity="day", vague=True)
    return Parsed(granularity="day", rel=(offset, "weekend"), tense=tense)


_UNIT_OF = {"года": "year", "месяца": "month", "недели": "week"}


def position_of_unit(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """"с начала года", "до конца месяца": the current year, month or week (NEREL keeps the
    position words in the span, as it does "в конце прошлого года")."""
    unit = _UNIT_OF[g["pou"]]
    return Parsed(granularity=unit, rel=(0, unit))


def deictic(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    word = g.get("dx") or g.get("dxa")
    if word == "накануне" and not re.match(
            r"\s*(?:[^\w\s]|$|\w+(?:л|ла|ло|ли|лся|лась|лось|лись|ет|ит|ют|ат|ят)\b|"
            r"(?:он|она|они|оно|мы|я|вы|это|там|здесь|же|уже|также|тоже)\b|"
            r"(?:утром|вечером|днем|ночью|в|во|на)\b)", after):
        return None  # "накануне выборов" is a preposition
    rows = lx.DEICTIC if g.get("dx") else lx.DEICTIC_ADJ
    offset = lx.lookup(rows, word)[1]
    if offset is None:
        return Parsed(granularity="day", vague=True)
    return Parsed(granularity="day", rel=(offset, "day"))


def last_year_adj(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    return Parsed(granularity="year", rel=(-2 if g["lya"].startswith("поза") else -1, "year"))
