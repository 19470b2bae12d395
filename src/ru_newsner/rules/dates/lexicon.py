"""Words of Russian temporal expressions as data: (regex, value) rows.

All regexes match the *normalized* text: lower case, ``ё`` replaced by ``е``.
"""

import re
from functools import cache

MONTHS: list[tuple[str, int]] = [
    (r"январ[ьяюе]м?|январем", 1), (r"феврал[ьяюе]м?|февралем", 2), (r"март(?:а|у|е|ом)?", 3),
    (r"апрел[ьяюе]м?|апрелем", 4), (r"ма[йяюе]|маем", 5), (r"июн[ьяюе]м?|июнем", 6),
    (r"июл[ьяюе]м?|июлем", 7), (r"август(?:а|у|е|ом)?", 8), (r"сентябр[ьяюе]м?|сентябрем", 9),
    (r"октябр[ьяюе]м?|октябрем", 10), (r"ноябр[ьяюе]м?|ноябрем", 11), (r"декабр[ьяюе]м?|декабрем", 12),
]
MONTHS_GEN: list[tuple[str, int]] = [
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6),
    ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11), ("декабря", 12),
]
# abbreviations written after a day number ("10 авг", "5 сент. 2019 г."; RIA's datelines)
MONTHS_ABBR: list[tuple[str, int]] = [
    (r"янв", 1), (r"февр?", 2), (r"мар", 3), (r"апр", 4), (r"июн", 6), (r"июл", 7),
    (r"авг", 8), (r"сент?", 9), (r"окт", 10), (r"нояб?", 11), (r"дек", 12),
]
MONTH_ADJ: list[tuple[str, int]] = [
    (r"январск", 1), (r"февральск", 2), (r"мартовск", 3), (r"апрельск", 4), (r"майск", 5),
    (r"июньск", 6), (r"июльск", 7), (r"августовск", 8), (r"сентябрьск", 9), (r"октябрьск", 10),
    (r"ноябрьск", 11), (r"декабрьск", 12),
]
WEEKDAYS: list[tuple[str, int]] = [
    (r"понедельник(?:а|у|ом|е)?", 0), (r"вторник(?:а|у|ом|е)?", 1), (r"сред(?:а|у|ы|е|ой)", 2),
    (r"четверг(?:а|у|ом|е)?", 3), (r"пятниц(?:а|у|ы|е|ей)", 4), (r"суббот(?:а|у|ы|е|ой)", 5),
    (r"воскресень(?:е|я|ю|ем)", 6),
]
WEEKDAY_ADJ: list[tuple[str, int]] = [
    (r"понедельничн", 0), (r"вторничн", 1), (r"средов", 2), (r"четвергов", 3), (r"пятничн", 4),
    (r"субботн", 5), (r"воскресн", 6),
]
SEASONS: list[tuple[str, str]] = [
    (r"зим(?:а|у|ой|ы|е)", "winter"), (r"весн(?:а|у|ой|ы|е)", "spring"),
    (r"лет(?:о|ом|а|е)", "summer"), (r"осен(?:ь|ью|и)", "autumn"),
]
# (regex, name, month, day); month/day None where the date moves (Easter).
HOLIDAYS: list[tuple[str, str, int | None, int | None]] = [
    (r"нов(?:ый|ого|ому|ым|ом)\s+год(?:а|у|ом|е)?", "new_year", 1, 1),
    (r"рождеств(?:о|а|у|ом|е)", "christmas", 1, 7),
    (r"пасх(?:а|у|и|е|ой)", "easter", None, None),
    (r"д(?:ень|ня|ню|нем)\s+победы", "victory_day", 5, 9),
    (r"д(?:ень|ня|ню|нем)\s+росси(?:и)", "russia_day", 6, 12),
    (r"д(?:ень|ня|ню|нем)\s+народного\s+единства", "unity_day", 11, 4),
    (r"масленниц(?:а|у|ы|е)|масленниц|маслениц(?:а|у|ы|е)", "maslenitsa", None, None),
]
NUMBERS: list[tuple[str, float]] = [
    (r"одн(?:ого|ому|им|ом|а|ой|у)|один", 1), (r"дв(?:а|е|ух|ум|умя)", 2),
    (r"тр(?:и|ех|ем|емя)", 3), (r"четыр(?:е|ех|ем|ьмя)", 4),
    (r"пят(?:ь|и|ью)", 5), (r"шест(?:ь|и|ью)", 6), (r"сем(?:ь|и|ью)", 7),
    (r"восем(?:ь|ью)|восьм(?:и|ью)", 8), (r"девят(?:ь|и|ью)", 9), (r"десят(?:ь|и|ью)", 10),
    (r"одиннадцат(?:ь|и|ью)", 11), (r"двенадцат(?:ь|и|ью)", 12), (r"тринадцат(?:ь|и|ью)", 13),
    (r"четырнадцат(?:ь|и|ью)", 14), (r"пятнадцат(?:ь|и|ью)", 15), (r"шестнадцат(?:ь|и|ью)", 16),
    (r"семнадцат(?:ь|и|ью)", 17), (r"восемнадцат(?:ь|и|ью)", 18), (r"девятнадцат(?:ь|и|ью)", 19),
    (r"двадцат(?:ь|и|ью)", 20), (r"тридцат(?:ь|и|ью)", 30), (r"сорок(?:а)?", 40),
    (r"пятьдесят|пятидесят(?:и|ью)", 50), (r"шестьдесят|шестидесят(?:и|ью)", 60),
    (r"семьдесят|семидесят(?:и|ью)", 70), (r"восемьдесят|восьмидесят(?:и|ью)", 80),
    (r"девяносто|девяноста", 90), (r"сто|ста", 100),
    (r"полтора|полутора", 1.5), (r"пар(?:у|ы|ой)", 2),
]
VAGUE_NUMBERS = r"нескольк(?:о|их|им|ими)|многи[хем]|много|считанн(?:ые|ых|ым)|десятк(?:и|ов|ами)|сотн(?:и|ей)"
# unit regex, granularity, ISO duration letter, label
UNITS: list[tuple[str, str, str, str]] = [
    (r"лет|год(?:а|у|ом|ы|ов|ам|ами|ах)?|годик(?:а|ов)?", "year", "Y", "DATE"),
    (r"месяц(?:а|у|е|ем|ы|ев|ам|ами|ах)?", "month", "M", "DATE"),
    (r"недел(?:я|и|ю|е|ей|ь|ям|ями|ях)", "week", "W", "DATE"),
    (r"день|дн(?:я|ю|ем|и|ей|ям|ями|ях)|сут(?:ки|ок|кам|ками)", "day", "D", "DATE"),
    (r"век(?:а|у|ом|ов|ами|ах)?|столети(?:е|я|й|ю|ем|ями)", "century", "C", "DATE"),
    (r"десятилети(?:е|я|й|ю|ем|ями|ях)", "decade", "X", "DATE"),
    (r"квартал(?:а|у|е|ом|ы|ов)?", "month", "Q", "DATE"),
    (r"сезон(?:а|у|е|ом|ы|ов|ах)?", "season", "S", "DATE"),
    (r"час(?:а|у|ом|ы|ов|ам|ами|ах)?", "hour", "H", "TIME"),
    (r"минут(?:а|у|ы|ой|ам|ами|ах)?", "minute", "m", "TIME"),
    (r"секунд(?:а|у|ы|ой|ам|ами|ах)?", "second", "s", "TIME"),
]
HALF_UNITS: list[tuple[str, str, str, str]] = [  # "полгода" = 0.5 year
    (r"полгода|полугода|полугоду", "year", "Y", "DATE"), (r"полмесяца", "month", "M", "DATE"),
    (r"полчаса|получаса", "hour", "H", "TIME"), (r"полвека|полувека", "century", "C", "DATE"),
    (r"полминуты", "minute", "m", "TIME"),
]
# relative adjectives: regex, offset (None = vague: "последние", "ближайшие")
RELATIVE: list[tuple[str, int | None]] = [
    (r"эт(?:от|ого|ому|им|ом|а|ой|у|и|их)(?:\s+же)?|текущ\w+|нынешн\w+|наступающ\w+|уходящ\w+", 0),
    (r"позапрошл\w+", -2), (r"прошл\w+|минувш\w+|предыдущ\w+|прошедш\w+", -1),
    (r"следующ\w+|будущ\w+|грядущ\w+", 1),
    (r"т(?:от|ого|ому|ем|ом|а|ой|у|е|ех)(?:\s+же)?|последн\w+|ближайш\w+|разн\w+", None),
]
DEICTIC: list[tuple[str, int | None]] = [
    (r"позавчера", -2), (r"послезавтра", 2), (r"вчера", -1), (r"сегодня", 0), (r"завтра", 1),
    (r"накануне", None), (r"на\s+днях", None),
]
DEICTIC_ADJ: list[tuple[str, int]] = [
    (r"позавчерашн", -2), (r"вчерашн", -1), (r"сегодняшн", 0), (r"завтрашн", 1),
]
FREQUENCY: list[tuple[str, str]] = [
    (r"ежегодн\w*", "P1Y"), (r"ежемесячн\w*", "P1M"), (r"еженедельн\w*", "P1W"),
    (r"ежедневн\w*", "P1D"), (r"ежечасн\w*", "PT1H"), (r"ежеквартальн\w*", "P3M"),
]
PART_OF_DAY: list[tuple[str, str]] = [
    (r"утр(?:о|ом|а|у)", "morning"), (r"дн[её]м", "day"), (r"вечер(?:ом|а|у)?", "evening"),
    (r"ноч(?:ью|ь|и|ей)", "night"), (r"полд(?:ень|ня)|полудн(?:я|ю)", "noon"),
    (r"полноч(?:ь|и)|полуноч(?:и|ь)", "midnight"),
]
ADJ_STEMS: list[tuple[str, float]] = [
    ("одиннадцати", 11), ("двенадцати", 12), ("тринадцати", 13), ("четырнадцати", 14),
    ("пятнадцати", 15), ("шестнадцати", 16), ("семнадцати", 17), ("восемнадцати", 18),
    ("девятнадцати", 19), ("двадцати", 20), ("тридцати", 30), ("сорока", 40), ("пятидесяти", 50),
    ("шестидесяти", 60), ("семидесяти", 70), ("восьмидесяти", 80), ("девяноста", 90),
    ("полутора", 1.5), ("одно", 1), ("двух", 2), ("трех", 3), ("четырех", 4), ("пяти", 5),
    ("шести", 6), ("семи", 7), ("восьми", 8), ("девяти", 9), ("десяти", 10), ("ста", 100),
    ("сто", 100), ("полу", 0.5),
]
# a decade written as a word: "в девяностые годы", "в тридцатых-сороковых годах" (the century's
# year it starts; "десятые" left out: the 1910s or the 2010s)
DECADE_WORDS: list[tuple[str, int]] = [
    (r"нулев", 0), (r"двадцат", 20), (r"тридцат", 30), (r"сороков", 40), (r"пятидесят", 50),
    (r"шестидесят", 60), (r"семидесят", 70), (r"восьмидесят", 80), (r"девяност", 90),
]
# a century written as an ordinal word: "в двадцатом веке", "двадцать первого столетия" (stems,
# the longest first: "девятнадцат" before "девят")
CENTURY_WORDS: list[tuple[str, int]] = sorted([
    (r"двадцать\s+перв", 21), (r"перв", 1), (r"втор", 2), (r"трет", 3), (r"четверт", 4), (r"пят", 5),
    (r"шест", 6), (r"седьм", 7), (r"восьм", 8), (r"девят", 9), (r"десят", 10), (r"одиннадцат", 11),
    (r"двенадцат", 12), (r"тринадцат", 13), (r"четырнадцат", 14), (r"пятнадцат", 15), (r"шестнадцат", 16),
    (r"семнадцат", 17), (r"восемнадцат", 18), (r"девятнадцат", 19), (r"двадцат", 20),
], key=lambda row: -len(row[0]))
ORDINAL_END = r"(?:ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ьего|ьему|ьим|ьем)"  # "пятью веками" is none
ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def alternation(rows: list[tuple]) -> str:
    """One non-capturing alternation of the first column, longest first."""
    return "(?:" + "|".join(sorted((r[0] for r in rows), key=len, reverse=True)) + ")"


@cache
def _compiled(rows: tuple[tuple, ...]) -> list[tuple[re.Pattern, tuple]]:
    return [(re.compile(r"(?:" + r[0] + r")\Z"), r) for r in rows]


def lookup(rows: list[tuple], word: str) -> tuple | None:
    """The row whose regex matches ``word`` entirely (prefix rows match a prefix)."""
    word = " ".join(word.split())
    for pattern, row in _compiled(tuple(rows)):
        if pattern.match(word) or (row[0].isalpha() and word.startswith(row[0])):
            return row
    return None


def number(word: str) -> float | None:
    """A digit string or a number word ("двух", "двадцать пять", "5,5") as a number."""
    word = word.strip().replace(",", ".")
    try:
        return float(word)
    except ValueError:
        pass
    total = 0.0
    for token in word.split():
        row = lookup(NUMBERS, token)
        if row is None:
            return None
        total += row[1]
    return total or None


def adj_number(stem: str) -> float | None:
    """The number in an adjective's stem: "пяти" → 5, "двадцатидвух" → 22, "15-" → 15."""
    stem = stem.rstrip("-")
    if stem.isdigit():
        return float(stem)
    total, rest = 0.0, stem
    while rest:
        hit = next(((w, v) for w, v in ADJ_STEMS if rest.startswith(w)), None)
        if hit is None:
            return None
        total, rest = total + hit[1], rest[len(hit[0]):]
    return total or None


def century_word(word: str) -> int | None:
    """The century an ordinal names: "двадцатого" → 20, "двадцать первом" → 21."""
    word = " ".join(word.split())
    return next((value for stem, value in CENTURY_WORDS if re.match(stem, word)), None)


def roman(word: str) -> int | None:
    """A Roman numeral ("xxi") as an int."""
    values = [ROMAN.get(c) for c in word.lower()]
    if not values or None in values:
        return None
    total = 0
    for i, v in enumerate(values):
        total += -v if i + 1 < len(values) and values[i + 1] > v else v
    return total
