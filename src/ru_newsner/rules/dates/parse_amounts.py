"""Amounts of time, parsed from one rule's regex groups: durations ("два года", "15-летний
срок"), offsets from the publication ("три дня назад", "через месяц") and frequencies
("ежегодно", "каждую неделю"); a number of years that is a person's age is none ("ему было 50
лет", "15-летний мальчик")."""

import re

from . import lexicon as lx
from .parse import Groups, Parsed, time_unit
from .tense import sentence_tense

AGE_BEFORE = re.compile(
    r"(?:возраст\w*|исполн\w*|ему|ей|им|которому|которой|которым|мне|нам|вам|младше|старше|моложе|достиг\w*|было|был|была|"
    r"ребенк\w*|детям|девочк\w*|мальчик\w*|юношам?|сейчас|свои|\(|^в|\sв)\s*"
    r"(?:(?:было|бы|уже|тогда|теперь|сейчас|всего|лишь|почти|только|едва)\s+)*"
    r"(?:(?<=\s)(?:от|с)\s+(?:\S+\s+(?:(?:лет|года?)\s+)?(?:до\s+)?)?)?$")  # "в возрасте от 18 лет до 27 лет"
AGE_EACH = re.compile(r"(?:^|\s)по\s+$")  # "каждому из них по 21 году": a small number of years in the dative
AGE_LIST = re.compile(r"(?:,|\d\s*(?:,\s*\d+\s*)*(?:и|или))\s*$")  # ", 56 лет," / "30, 20 и 19 лет"
AGE_GROUP = re.compile(r"(?:сборн|команд|девуш|юнош|дет|лиц|подрост|юниор|молодеж|игрок|спортсмен|"
                       r"школьн|мальчик|девоч)\w*\s+(?:от\s+\S+\s+)?$")  # "сборная до 18 лет"
AGE_COMPARE = re.compile(r"(?:младше|старше|моложе)\s+\w+\s+$")  # "младше него на 50 лет"
# a street or square named for an anniversary: "улица 10 лет Октября", "проспект 60 лет СССР"
STREET_BEFORE = re.compile(r"(?:улиц[аыеу]?|ул\.|проспект[аеу]?|пр-т[аеу]?|пр\.|площад[ьи]|пл\.|бульвар[аеу]?|"
                           r"переул(?:ок|ка|ке)|сквер[аеу]?|парк[аеу]?|микрорайон[аеу]?|мкр\.?)\s*$")
AGE_AFTER = re.compile(r"\s*(?:\)|младше|старше|моложе|жизни|от\s+роду|и\s+старше|и\s+младше)")

# nouns after which "N-летний" is a duration ("пятилетний срок"); not "юбилей", an AGE in NEREL
# (train: 0 of 11 "N-летний юбилей" tagged DATE)
DURATION_NOUN = re.compile(
    r"\s*(?:срок|стаж|опыт|гаранти|контракт|период|перерыв|служб|истори|правлени|работ|"
    r"заключени|план|моратори|договор|войн|отсутстви|пребывани|лишени|цикл|программ|соглашени|"
    r"отпуск|мандат|запрет|кредит|аренд|деятельност|сотрудничеств|отношени|карьер|заточени|"
    r"строительств|тур|марафон|забастовк|голодовк|визит|пауз|траур|конфликт|осад|блокад|"
    r"президентств|царствовани|пребывани|оккупаци|отбывани|паузы|обучени|курс)"
    r"(?!ист|ник|ниц|ант|ер|щик)")  # a stem, not a person: "программист", "турист", "курсант"


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
    unit = time_unit(g["u"])
    amount = 0.5 if lx.lookup(lx.HALF_UNITS, g["u"]) else _amount(g.get("q"))
    sign = 1 if g.get("dir") in ("через", "спустя") else -1
    parts = {"unit": unit[1], **({"amount": amount} if amount else {})}
    exact = amount is not None and amount == int(amount) and unit[1] not in ("century", "decade", "season")
    approx = g.get("approx")  # "около года назад"; "ровно год назад" is exact
    vague = not exact or g.get("dir") == "спустя" or approx is not None and approx != "ровно" \
        or g.get("dir") == "через" and _after_an_event(before, after)
    n = int(amount) * sign if exact else None
    return Parsed(label=unit[3], granularity=unit[1], parts={**parts, "offset": n} if n else parts,
                  rel=None if vague else (n, unit[1]), vague=vague)


def event_offset(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    unit = time_unit(g["u"])
    return Parsed(label=unit[3], granularity=unit[1], parts={"unit": unit[1]}, vague=True)


def duration(g: Groups, before: str = "", after: str = "") -> Parsed | None:
    unit = time_unit(g["u"])
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
    if unit[1] == "year" and STREET_BEFORE.search(before):
        return None  # "на улице 10 лет Октября": a street's name
    if g["u"] == "году" and AGE_EACH.search(before):
        return None
    q = g.get("q") or ""
    if q.isdigit() and len(q) == 4 and g["u"] in ("год", "года", "году", "годом", "годе"):
        return None  # "в 2009 году" is a year, not a duration
    iso = _iso_duration(amount, unit[2]) if amount else None
    if g.get("u2") and iso:
        unit2 = time_unit(g["u2"])
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
    unit = time_unit(g["u"])
    return Parsed(label=unit[3], kind="set", granularity=unit[1], duration=_iso_duration(1, unit[2]))
