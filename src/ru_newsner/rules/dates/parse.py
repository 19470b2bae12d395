"""Turn one rule's regex groups into a :class:`Parsed` (what the text says), or reject it."""

import calendar
import re
from dataclasses import dataclass, field, replace

from . import lexicon as lx
from .tense import future_context, sentence_tense

Groups = dict[str, str | None]

AGE_BEFORE = re.compile(
    r"(?:возраст\w*|исполн\w*|ему|ей|им|которому|которой|которым|мне|нам|вам|младше|старше|моложе|достиг\w*|было|был|была|"
    r"ребенк\w*|детям|девочк\w*|мальчик\w*|юношам?|сейчас|свои|\(|^в|\sв)\s*"
    r"(?:(?:было|бы|уже|тогда|теперь|сейчас|всего|лишь|почти|только|едва)\s+)*$")  # "ему исполнилось уже 86 лет"
AGE_EACH = re.compile(r"(?:^|\s)по\s+$")  # "каждому из них по 21 году": a small number of years in the dative
AGE_LIST = re.compile(r"(?:,|\d\s*(?:,\s*\d+\s*)*(?:и|или))\s*$")  # ", 56 лет," / "30, 20 и 19 лет"
AGE_GROUP = re.compile(r"(?:сборн|команд|девуш|юнош|дет|лиц|подрост|юниор|молодеж|игрок|спортсмен|"
                       r"школьн|мальчик|девоч)\w*\s+(?:от\s+\S+\s+)?$")  # "сборная до 18 лет"
AGE_COMPARE = re.compile(r"(?:младше|старше|моложе)\s+\w+\s+$")  # "младше него на 50 лет"
AGE_AFTER = re.compile(r"\s*(?:\)|младше|старше|моложе|жизни|от\s+роду|и\s+старше|и\s+младше)")
ENV_BEFORE = re.compile(r"[а-яё]{3,}(?:ую|юю)\s+$")  # an adjective no relative word: "окружающую"
ENV_AFTER = re.compile(r"\s+(?:обитани|жизни)")
# nouns after which "N-летний" is a duration ("пятилетний срок"); not "юбилей", an AGE in NEREL
# (train: 0 of 11 "N-летний юбилей" tagged DATE)
DURATION_NOUN = re.compile(
    r"\s*(?:срок|стаж|опыт|гаранти|контракт|период|перерыв|служб|истори|правлени|работ|"
    r"заключени|план|моратори|договор|войн|отсутстви|пребывани|лишени|цикл|программ|соглашени|"
    r"отпуск|мандат|запрет|кредит|аренд|деятельност|сотрудничеств|отношени|карьер|заточени|"
    r"строительств|тур|марафон|забастовк|голодовк|визит|пауз|траур|конфликт|осад|блокад|"
    r"президентств|царствовани|пребывани|оккупаци|отбывани|паузы|обучени|курс)"
    r"(?!ист|ник|ниц|ант|ер|щик)")  # a stem, not a person: "программист", "турист", "курсант"


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
    if "year" not in start.parts and "year" in end.parts:
        start = replace(start, parts={**start.parts, "year": end.parts["year"]})
    return Parsed(kind="range", granularity="day", parts=start.parts, rel=end.rel, end=end)


def month_year(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    return _date(g, 1)


def month_range(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    end = _date(g, 2)
    start = _date(g, 1)
    if "year" in end.parts:
        start = replace(start, parts={**start.parts, "year": end.parts["year"]})
    return Parsed(kind="range", granularity="month", parts=start.parts, rel=end.rel, end=end)


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


def century(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    """"XX века", "в XXI в.", "в двадцатом веке", "в двадцатом и двадцать первом столетиях"."""
    raw = g.get("cen")
    value = (int(raw) if raw.isdigit() else lx.roman(raw)) if raw else lx.century_word(g.get("cenw") or "")
    if not value or value > 21:
        return None
    parsed = Parsed(granularity="century", parts={"century": value})
    last = lx.century_word(g.get("cenw2") or "")
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


def _unit(word: str) -> tuple[str, str, str, str] | None:
    return lx.lookup(lx.UNITS, word) or lx.lookup(lx.HALF_UNITS, word)


def relative(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    row = lx.lookup(lx.RELATIVE, g["rel"])
    offset = row[1] if row else None
    if g["ru"].startswith("врем"):
        return None  # "в последнее/ближайшее время": NEREL rarely marks these (7 of 30 in train)
    unit = _unit(g["ru"])
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


def _amount(q: str | None) -> float | None:
    return 1.0 if q is None else lx.number(q)


def _iso_duration(amount: float | None, letter: str) -> str | None:
    if amount is None:
        return None
    n = int(amount) if amount == int(amount) else amount
    if letter == "C":
        return f"P{n * 100}Y"
    if letter == "X":
        return f"P{n * 10}Y"
    if letter == "Q":
        return f"P{n * 3}M"
    if letter == "S":
        return None
    return f"PT{n}{letter.upper()}" if letter in "Hms" else f"P{n}{letter}"


def _after_an_event(before: str, after: str) -> bool:
    """"через N" counted from an event, not from the publication: one named after it ("через
    месяц после первой публикации") or told in the past tense ("стало известно лишь через два
    месяца")."""
    return re.match(r"\s*(?:после|с\s+момента)\b", after) is not None or sentence_tense(before, after) == "past"


def offset(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    unit = _unit(g["u"])
    amount = 0.5 if lx.lookup(lx.HALF_UNITS, g["u"]) else _amount(g.get("q"))
    sign = 1 if g.get("dir") in ("через", "спустя") else -1
    parts = {"unit": unit[1], **({"amount": amount} if amount else {})}
    exact = amount is not None and amount == int(amount) and unit[1] not in ("century", "decade", "season")
    vague = not exact or g.get("dir") == "спустя" or g.get("approx") is not None \
        or g.get("dir") == "через" and _after_an_event(before, after)
    n = int(amount) * sign if exact else None
    return Parsed(label=unit[3], granularity=unit[1], parts={**parts, "offset": n} if n else parts,
                  rel=None if vague else (n, unit[1]), vague=vague)


def event_offset(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    unit = _unit(g["u"])
    return Parsed(label=unit[3], granularity=unit[1], parts={"unit": unit[1]}, vague=True)


def duration(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    unit = _unit(g["u"])
    if unit is None:
        return None
    half = lx.lookup(lx.HALF_UNITS, g["u"]) is not None
    amount = 0.5 if half else _amount(g.get("q"))
    if unit[1] == "year" and (AGE_BEFORE.search(before[-40:]) or AGE_AFTER.match(after)):
        return None
    lead = (g.get("lead") or "").split()
    if unit[1] == "year" and lead and lead[0] == "до" and AGE_GROUP.search(before):
        return None
    if unit[1] == "year" and lead and lead[0][0].isdigit() and AGE_LIST.search(before) and \
            re.match(r"\s*(?:[,.;()]|$)", after):
        return None  # an age in a list or between commas: "Веселин Топалов, 31 год (родился …"
    if unit[1] == "year" and lead and lead[0][0].isdigit() and len(lead) == 1 and g.get("prev_cap") and \
            re.match(r"\s*(?:[,.;:()»]|$)", after):
        return None  # "Поленти 50 лет, ...": an age after a name
    if unit[1] == "year" and AGE_COMPARE.search(before):
        return None
    if g["u"] == "году" and AGE_EACH.search(before):
        return None
    q = g.get("q") or ""
    if q.isdigit() and len(q) == 4 and g["u"] in ("год", "года", "году", "годом", "годе"):
        return None  # "в 2009 году" is a year, not a duration
    iso = _iso_duration(amount, unit[2]) if amount else None
    if g.get("u2") and iso:
        unit2 = _unit(g["u2"])
        iso2 = _iso_duration(_amount(g.get("q2")), unit2[2])
        iso = iso + iso2.split("T")[-1] if iso2 and "T" in iso else iso
    parts = {"unit": unit[1], **({"amount": amount} if amount else {})}
    return Parsed(label=unit[3], kind="duration", granularity=unit[1], parts=parts, duration=iso)


ADJ_UNITS = {"летн": ("year", "Y", "DATE"), "годичн": ("year", "Y", "DATE"),
             "месячн": ("month", "M", "DATE"), "недельн": ("week", "W", "DATE"),
             "дневн": ("day", "D", "DATE"), "суточн": ("day", "D", "DATE"),
             "вековн": ("century", "C", "DATE"), "часов": ("hour", "H", "TIME"),
             "минутн": ("minute", "m", "TIME"), "секундн": ("second", "s", "TIME")}


def duration_adj(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    gran, letter, label = ADJ_UNITS[g["ua"]]
    num = g.get("qa") or ""
    if not num and g["ua"] != "годичн":
        return None
    if gran == "year" and g["ua"] == "летн" and not DURATION_NOUN.match(after):
        return None  # "15-летний мальчик" is an age
    amount = lx.adj_number(num) if num else 1.0
    return Parsed(label=label, kind="duration", granularity=gran,
                  parts={"unit": gran, **({"amount": amount} if amount else {})},
                  duration=_iso_duration(amount, letter))


def frequency(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    if g.get("fr"):
        return Parsed(kind="set", duration=lx.lookup(lx.FREQUENCY, g["fr"])[1])
    unit = _unit(g["u"])
    return Parsed(label=unit[3], kind="set", granularity=unit[1], duration=_iso_duration(1, unit[2]))
