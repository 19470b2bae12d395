"""The detection rules: an ordered list of small named regexes, each with its parser.

Every rule matches the normalized text (lower case, ё → е, same length as the original).
Where matches of several rules overlap, the longest wins (ties: the earlier rule).

Speed: a trigger pass (one trie regex over the stems in ``TRIGGER_STEMS`` plus the digit
runs) finds where each rule can match; each rule then runs only in windows of
``MARGINS`` around its trigger's hits (``candidates``).  A text without triggers costs
one scan; ``candidates_full`` (every rule over the whole text) is the reference the
tests compare against.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ...text.segment import sentence_start
from . import lexicon as lx
from . import parse as p
from . import parse_amounts as pa
from . import parse_time as pt
from .fragments import (
    ADJ_NUM, APPROX, CENTURY_OF, DECADE_WORD, DUR_LEAD, END, HALF, LEAD, MONTH_ABBR, POS, QTY, REL, REL_EXACT,
    START, TLEAD, TZ, UNIT, YW, day, month, month_gen, weekday, year, year_or_rel,
)


@dataclass(frozen=True)
class Rule:
    """A named regex; ``lead`` names the prefix looked for before a match (``!``: required)."""

    name: str
    lead: str
    regex: str
    parse: Callable[..., "p.Parsed | None"]




_DEIX = lx.alternation(lx.DEICTIC[:5])
_YEAR_BARE = r"(?P<y1>1[89]\d\d|20[0-3]\d)"
_NUMDATE = r"(?P<nd>[0-2]?\d|3[01])(?P<ns>[./-])(?P<nm>0?\d|1[0-2])(?P=ns)(?P<ny>1\d{3}|20\d{2})"
_DECADE = r"(?:1[0-9]|20)\d0|[1-9]0"
_DEC_END = r"(?:е|х|ые|ых|м|ми)"
_PLURAL = r"(?:ые|ых|ым|ыми)"  # "девяностые", "тридцатых"
_YEARS = r"год(?:ы|ов|ах|ам|ами)"
# an adjective's endings after its stem ("субботн|ий", "воскресн|ого"): not "субботн|ик", a day of work
_ADJECTIVE_END = r"(?:[иы]й|[ое]го|[ое]му|[иы]м|[ое]м|[ая]я|[ое]й|[ую]ю|[ое]е|[иы]е|[иы]х|[иы]ми)"
_CENTURY = r"век(?:а|у|ом|е|ов|ах)?"
_ORDINAL = rf"{lx.alternation(lx.CENTURY_WORDS)}{lx.ORDINAL_END}"  # "двадцатом", "двадцать первого"
_CLOCK = r"(?P<hh>[01]?\d|2[0-3])(?P<sep>[:.])(?P<mi>[0-5]\d)(?::(?P<ss>[0-5]\d))?"

LEADS = {
    "date": rf"(?:{POS}|{LEAD})", "time": TLEAD, "deix": r"(?:(?:до|с|со|к|ко)\s+)",
    "date_wd": rf"(?:{POS}|{LEAD})?(?:{_DEIX}|(?:{REL}\s+)?(?P<w1>{lx.alternation(lx.WEEKDAYS)}))"
               rf"\s*[,—–-]?\s*|(?:{POS}|{LEAD})",
    "ago": rf"(?:(?P<approx>{APPROX})\s+)?(?:(?P<q>{QTY})\s+)?(?P<u>{UNIT}|{HALF})\s+(?:тому\s+)?",
    "event": rf"(?:на\s+)?(?:{APPROX}\s+)?(?:(?P<q>{QTY})\s+)?(?P<u>{UNIT}|{HALF})\s+",
    "dur_half": rf"(?:{APPROX}\s+)?(?:{DUR_LEAD}\s+)?(?:{APPROX}\s+)?",
    "dur": rf"(?:{APPROX}\s+)?(?:{DUR_LEAD}\s+)?(?:{APPROX}\s+)?(?P<q>{QTY})\s+",
}

RULES: list[Rule] = [
    Rule("numeric_date", "date", rf"{_NUMDATE}(?:{YW})?(?:,?\s+(?:в\s+)?{_CLOCK}(?P<tz>{TZ})?)?", pt.numeric),
    Rule("iso_date", "", r"(?P<ny>1\d{3}|20\d{2})-(?P<nm>0\d|1[0-2])-(?P<nd>[0-3]\d)"
                     rf"(?:[t\s]{_CLOCK})?", pt.numeric),
    Rule("day_month", "date_wd", rf"{day(1)}\s+{month_gen(1)}(?:\s+{year_or_rel(1)})?"
                      rf"(?:\s*,\s*(?:в|во)\s+(?P<wa>{lx.alternation(lx.WEEKDAYS)}))?", p.day_month),
    Rule("day_range", "date", rf"{day(1)}(?:\s+{month_gen(1)})?(?:\s+{year_or_rel(1)})?"
                      rf"(?:\s*[-–—]\s*|\s+(?:по|до|на)\s+){day(2)}\s+{month_gen(2)}"
                      rf"(?:\s+{year_or_rel(2)})?", p.day_range),
    # days named one by one, one date as NEREL marks them: "8 и 9 марта", "5, 6 и 7 октября"
    Rule("day_set", "date", rf"{day(1)}(?P<dl>(?:\s*,\s*(?:3[01]|[12]\d|0?[1-9]))*)\s+(?:и|или)\s+{day(2)}\s+"
                    rf"{month_gen(2)}(?:\s+{year_or_rel(2)})?", p.day_set),
    # a ten-day third of a month, as weather and farm reports count: "во второй декаде марта"
    Rule("ten_days", "date", rf"(?:(?P<tdw>перв|втор|трет|последн)(?:ой|ую|ая|яя|юю|ей|ьей|ью|ья)"
                     rf"|(?P<tdn>[1-3])-?(?:й|ю|я))\s+декад(?:е|ы|у|а)\s+{month_gen(1)}(?:\s+{year_or_rel(1)})?",
         p.ten_days),
    Rule("month_year", "date", rf"{month(1)}(?:\s+|\s*,\s*){year_or_rel(1)}", p.month_year),
    Rule("month_range", "date", rf"{month(1)}\s*(?:[-–—]|\s+или\s+)\s*{month(2)}"
                        rf"(?:\s+{year_or_rel(2)})?", p.month_range),
    # a quarter or a half of a year; "кв." (also "кв. м") and "половина" (of a day, of a match)
    # only with a year
    Rule("part_of_year", "date", rf"(?:(?P<po>перв|втор|трет|четверт)[а-я]{{1,4}}|(?P<pd>[1-4])(?:-?(?:м|й|го|ом))?"
                         rf"|(?P<po_r>iv|iii|ii|i))\s+(?:(?P<pu>квартал[а-я]{{0,2}}|полугоди[а-я]{{1,2}})"
                         rf"|(?P<pu_y>кв\.|половин[а-я]{{1,2}})(?=\s+(?:\d{{4}}|{REL}\s+года)))(?:\s+{year_or_rel(1)})?",
         p.part_of_year),
    Rule("month_alone", "date!", rf"(?:(?P<rm>{REL_EXACT})\s+)?{month(1)}", p.month_alone),
    Rule("year", "date", rf"(?:{REL_EXACT}\s+)?{year(1)}{YW}", p.year_only),
    Rule("year_m", "date", rf"(?P<y1>1[0-9]{{3}}|20[0-9]{{2}})-?(?:м|го|й)", p.year_only),
    Rule("year_bare", "date", rf"{_YEAR_BARE}(?![-/]\d)", p.year_bare),
    Rule("year_range", "date", rf"{year(1)}{YW}?(?:\s*[-–—]\s*|\s+(?:по|до)\s+)"
                       rf"(?:{year(2)}|(?P<y2s>\d\d)(?!\d))(?P<yw>{YW})?", p.year_range),
    Rule("season_years", "date", r"(?P<y1>1[89]\d\d|20[0-3]\d)/(?:(?P<y2>1[89]\d\d|20[0-3]\d)|(?P<y2s>\d\d))",
         p.season_years),  # a sports season "2016/17"
    Rule("decade", "date", rf"(?P<dec>{_DECADE})(?:-?{_DEC_END}(?:\s*[-–—]\s*(?P<dec2>{_DECADE})-?{_DEC_END})?|"
                   rf"[-–—](?P<dec2b>{_DECADE})-?{_DEC_END})(?:\s+(?:{_YEARS}|гг))?(?:{CENTURY_OF})?", p.decade),
    Rule("decade_word", "date", rf"(?P<decw>{DECADE_WORD}){_PLURAL}(?:\s*[-–—]\s*(?P<decw2>{DECADE_WORD}){_PLURAL})?"
                        rf"\s+{_YEARS}(?:{CENTURY_OF})?", p.decade),
    Rule("century", "date", rf"(?:(?:(?P<cen0>[xvi]{{1,5}}|\d{{1,2}})(?:-?(?:го|м|й|ом))?\s*(?:[-–—]|\s+и\s+)\s*)?"
                    rf"(?P<cen>[xvi]{{1,5}}|\d{{1,2}})(?:-?(?:го|м|й|ом))?\s+(?:{_CENTURY}|вв?(?=\.))|"
                    rf"(?P<cenw>{_ORDINAL})(?:\s+и\s+(?P<cenw2>{_ORDINAL}))?\s+(?:{_CENTURY}|столети(?:е|я|ю|ем|и|й|ях)))",
         p.century),
    Rule("season", "date", rf"(?:(?P<rs>{REL})\s+)?(?P<sea>летом|зимой|весной|осенью)"
                   rf"(?:\s+{year_or_rel(1)})?", p.season),
    Rule("season_year", "date", rf"(?P<sea>{lx.alternation(lx.SEASONS)})\s+{year_or_rel(1)}", p.season),
    Rule("season_lead", "date!", r"(?P<sea>весн[уы]|осени|осень|зим[уы]|лета|лето)", p.season),
    Rule("season_rel", "date", rf"(?P<rs>{REL})\s+(?P<sea>{lx.alternation(lx.SEASONS)})", p.season),
    Rule("holiday", "date", rf"(?P<hol>{lx.alternation(lx.HOLIDAYS)})", p.holiday),
    # the days off around a holiday, which NEREL marks as dates ("в новогодние праздники 2018 года")
    Rule("holidays", "date", rf"(?P<hp>новогодн|майск)(?:ие|их|им|ими)\s+(?:праздник(?:и|ов|ам|ами|ах)|"
                     rf"каникул(?:ы|ах|ам|ами)?)(?:\s+{year_or_rel(1)})?", p.holidays),
    Rule("weekday", "date", rf"(?:(?P<rw>{REL})\s+)?{weekday(1)}", p.weekday),
    Rule("weekday_adj", "", rf"(?P<wda>{lx.alternation(lx.WEEKDAY_ADJ)}){_ADJECTIVE_END}", p.weekday_adj),
    Rule("month_adj", "", rf"(?P<ma>{lx.alternation(lx.MONTH_ADJ)})(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)",
         p.month_adj),
    Rule("relative", "date", rf"(?P<rel>{REL})\s+(?P<ru>{UNIT}|{HALF}|время|времени|период\w*)",
         p.relative),
    Rule("deictic", "deix", rf"(?P<dx>{lx.alternation(lx.DEICTIC)})",
         p.deictic),
    Rule("deictic_adj", "deix", rf"(?P<dxa>{lx.alternation(lx.DEICTIC_ADJ)})[а-я]{{2,3}}"
                        r"(?:\s+(?:дн(?:я|ю|ем|е)|день))?", p.deictic),
    Rule("last_year_adj", "", r"(?P<lya>(?:поза)?прошлогодн)[а-я]{2,3}", p.last_year_adj),
    Rule("clock", "time", rf"{_CLOCK}(?:\s+час(?:а|ов)?)?(?P<tz>{TZ})?", pt.clock),
    Rule("hours", "time!", rf"(?P<h>\d{{1,2}}|{lx.alternation(lx.NUMBERS)})\s+(?:час(?:а|ов)?"
                  rf"(?:\s+(?P<mi2>\d{{1,2}})\s+минут\w*)?(?:\s+(?P<pod>утра|дня|вечера|ночи))?|"
                  rf"(?P<pod2>утра|вечера|ночи))(?P<tz>{TZ})?", pt.hours),
    Rule("hour_one", "time!", rf"часа?\s+(?P<pod>дня|ночи)", pt.hours),
    Rule("noon", "time", rf"(?P<nm>полд(?:ень|ня)|полудн[яю]|полноч(?:ь|и)|полуноч[иь])", pt.noon),
    Rule("ago", "ago!", r"назад", pa.offset),
    Rule("after", "", rf"(?:ровно\s+)?(?P<dir>через|спустя)\s+(?:(?P<approx>{APPROX})\s+)?(?:(?P<q>{QTY})\s+)?"
                      rf"(?P<u>{UNIT}|{HALF})", pa.offset),
    Rule("event_offset", "event!", r"позже|позднее|ранее|раньше|спустя", pa.event_offset),
    # a second amount ("два года и три месяца"), but no year ("9 месяцев [2023 года]": a date)
    Rule("duration", "dur!", rf"(?P<u>{UNIT})(?:\s+(?:и\s+)?(?!(?:1[89]\d\d|20[0-3]\d)\s)(?P<q2>{QTY})\s+(?P<u2>{UNIT}))?",
         pa.duration),
    Rule("duration_half", "dur_half", rf"(?P<u>{HALF})",
         pa.duration),
    Rule("duration_unit", "", rf"(?:(?:{APPROX})\s+)?(?:за|на|в\s+течени[еи]|на\s+протяжении|около|почти|"
                          r"более|менее|свыше|целый|целых|целого)\s+(?:целый\s+|целого\s+)?"
                          r"(?P<u>год|года|месяц|месяца|неделю|недели|сутки|суток|час|часа|минуту|минуты)",
         pa.duration),
    Rule("duration_adj", "", rf"(?P<qa>{ADJ_NUM})?(?P<ua>летн|годичн|месячн|недельн|дневн|суточн|вековн|"
                         r"часов|минутн|секундн)[а-я]{1,3}", pa.duration_adj),
    Rule("per_unit", "", r"(?:раз\s+)?в\s+(?P<u>год|сутки|месяц|неделю|день|час|минуту|секунду)(?=\s*[.,;:)!?]|\s*$)",
         pa.frequency),
    Rule("weekend", "date", rf"(?:(?:(?P<rwe>{REL})|(?P<all>все))\s+)?выходн(?:ые|ых|ым|ыми)(?:\s+дн(?:и|ей|ям|ях))?",
         p.weekend),
    # the start, middle or end of the year, month or week the text is written in: "с начала
    # года", "до конца месяца", "к концу недели"
    Rule("position_of_unit", "", r"(?:(?:в|во|с|со|до|к|ко|на|по)\s+)?(?:сам(?:ом|ого|ый|ому|ое)\s+)?"
                                 r"(?:начал[еоау]|конц[еау]|середин[еуы]|исход[еу])\s+(?P<pou>года|месяца|недели)",
         p.position_of_unit),
    Rule("frequency", "", r"(?P<fr>ежегодно|ежемесячно|еженедельно|ежедневно|ежечасно|ежеквартально)"
                      rf"|кажд(?:ый|ую|ое|ого|ые|ых|ом)\s+(?P<u>{UNIT})", pa.frequency),
    Rule("part_of_day", "", r"(?:(?:рано|поздно|ранним|поздним|поздней|глубокой|глубоко)\s+)?"
                        r"(?P<pod>утром|вечером|ночью|днем)|(?:с|до)\s+(?:самого\s+)?(?:утра|вечера)|"
                        r"в\s+(?:ночное|дневное|вечернее|утреннее)\s+время|"
                        rf"(?:утро|вечер|ночь)\s+{weekday(1)}", pt.part_of_day),
    Rule("night_prefix", "", r"(?:в\s+)?ночь", pt.night_prefix),
    Rule("match_minute", "", r"на\s+(?:\d{1,3}-?(?:й|ей|ой)|(?:перв|втор|трет|четверт|пят|шест|седьм|"
                         r"восьм|девят|десят)[а-я]{1,3})\s+минуте", pt.minute_of_match),
]


@dataclass(frozen=True)
class Candidate:
    start: int
    stop: int
    rule: str
    parsed: "p.Parsed"
    inner: tuple["Candidate", ...] = ()   # DATE parts kept nested inside a joined TIME


# Trigger pass: every rule's match contains a hit of its trigger (a literal stem, or a
# digit run of some shape), so a rule runs only in windows around those hits; a text
# without any hit costs a few ``str.find`` calls.  Stems over-trigger (no word bounds).
TRIGGER_STEMS = {
    "month": ("январ", "феврал", "март", "апрел", "май", "мая", "мае", "маю", "июн", "июл", "август",
              "сентябр", "октябр", "ноябр", "декабр"),
    "century": ("век", "вв.", "столет"),
    "season": ("зим", "весн", "лет", "осен"),
    "holiday": ("новый год", "нового год", "новому год", "новым год", "новом год", "рождеств", "пасх",
                "день побед", "дня побед", "дню побед", "днем побед", "день росс", "дня росс",
                "дню росс", "днем росс", "народного единства", "маслен", "новогодн", "майск"),
    "weekday": ("понедельни", "вторни", "сред", "четверг", "пятни", "суббот", "воскрес", "выходн"),
    "unit": ("лет", "год", "месяц", "недел", "день", "дне", "дни", "дня", "дню", "сут", "век",
             "столети", "десятилети", "квартал", "сезон", "час", "минут", "секунд", "врем", "период"),
    "offset": ("назад", "через", "спустя", "позже", "позднее", "ранее", "раньше"),
    "deix": ("вчера", "сегодня", "завтра", "накануне", "днях", "прошлогодн"),
    "adjdur": ("летн", "годичн", "месячн", "недельн", "дневн", "суточн", "вековн", "часов", "минутн",
               "секундн"),
    "tod": ("утр", "вечер", "ноч", "днем", "дневн", "полд", "полуд", "час"),
    "freq": ("еже", "кажд"),
    "part": ("квартал", "полугоди", "кв.", "половин"),
}
DIGIT_KEYS = ("numdate", "clock", "year", "decade")  # found from the digit runs, see _hits
RULE_TRIGGERS = {
    "numeric_date": "numdate", "iso_date": "numdate", "day_month": "month", "day_range": "month",
    "day_set": "month", "ten_days": "month", "month_year": "month", "month_range": "month", "month_alone": "month", "month_adj": "month",
    "year": "year", "year_m": "year", "season_years": "year", "year_bare": "year", "year_range": "year", "decade": "decade",
    "decade_word": "unit",
    "century": "century", "season": "season", "season_year": "season", "season_rel": "season", "season_lead": "season",
    "holiday": "holiday", "holidays": "holiday", "weekday": "weekday", "weekday_adj": "weekday", "weekend": "weekday",
    "relative": "unit", "deictic": "deix", "deictic_adj": "deix", "last_year_adj": "deix",
    "clock": "clock", "hours": "tod", "hour_one": "tod", "noon": "tod", "ago": "offset",
    "after": "offset", "event_offset": "offset", "duration": "unit", "duration_half": "unit",
    "duration_unit": "unit", "duration_adj": "adjdur", "per_unit": "unit", "frequency": "freq",
    "part_of_day": "tod", "night_prefix": "tod", "match_minute": "unit", "part_of_year": "part",
    "position_of_unit": "unit",
}
# chars before/after a trigger hit that a rule's core match (lead excluded) may reach
MARGINS = {
    "numdate": (15, 40), "clock": (15, 40), "month": (25, 35), "year": (25, 35), "decade": (10, 50),
    "century": (30, 10), "season": (25, 35), "holiday": (10, 45), "weekday": (25, 25),
    "unit": (45, 35), "offset": (5, 45), "deix": (10, 25), "adjdur": (5, 10), "tod": (30, 45),
    "freq": (5, 30), "part": (20, 35),
}


@cache
def compiled() -> list[tuple[Rule, re.Pattern, re.Pattern | None, str]]:
    """The rules, compiled once: the core (no lead, so the scan is fast), the lead, the trigger."""
    leads = {k: re.compile(rf"(?<!\w)(?:{v})\Z") for k, v in LEADS.items()}
    return [(r, re.compile("(?:" + r.regex + ")" + END), leads.get(r.lead.rstrip("!")),
             RULE_TRIGGERS[r.name]) for r in RULES]


_START = re.compile(START)
_DIGITS = re.compile(r"\d+")
_MONTH_ABBR_AFTER = re.compile(rf"\s+{MONTH_ABBR}(?![а-я])")


def _trie(words: list[str]) -> str:
    """A regex for ``words`` shaped as a trie (shared prefixes), longest match first."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(k) + emit(v) for k, v in sorted(node.items()) if k]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@cache
def _stems() -> re.Pattern:
    """Every stem hit, overlapping ones too (a lookahead), in one scan."""
    return re.compile("(?=(" + _trie(sorted({s for v in TRIGGER_STEMS.values() for s in v})) + "))")


@cache
def _keys_of() -> dict[str, list[tuple[str, int]]]:
    """For each stem (the longest hit at a position): the keys of it and of its prefix stems."""
    stems = {s for v in TRIGGER_STEMS.values() for s in v}
    return {w: [(k, len(s)) for k, v in TRIGGER_STEMS.items() for s in v if w.startswith(s)]
            for w in stems}


def _hits(norm: str) -> dict[str, list[tuple[int, int]]]:
    """Trigger hits per key, each list sorted by start."""
    hits: dict[str, list[tuple[int, int]]] = {k: [] for k in (*DIGIT_KEYS, *TRIGGER_STEMS)}
    abbreviated = []  # "10 авг": a month with no stem of a full month, found after a day
    for m in _DIGITS.finditer(norm):
        s, e = m.span()
        nxt, nxt2 = norm[e:e + 1], norm[e + 1:e + 2]
        if nxt and nxt in "./-" and nxt2.isdigit():
            hits["numdate"].append((s, e + 2))
        if nxt and nxt in ":." and nxt2.isdigit():
            hits["clock"].append((s, e + 2))
        if e - s == 4 and (norm[s] == "1" or norm.startswith("20", s)):
            hits["year"].append((s, e))
        if norm[e - 1] == "0" and nxt and nxt in "-ехым":
            hits["decade"].append((s, e + 1))
        if nxt.isspace() and (month := _MONTH_ABBR_AFTER.match(norm, e)):
            abbreviated.append(month.span())
    keys_of = _keys_of()
    for m in _stems().finditer(norm):
        start = m.start()
        for key, size in keys_of[m.group(1)]:
            hits[key].append((start, start + size))
    if abbreviated:
        hits["month"] = sorted(hits["month"] + abbreviated)
    return hits


def _windows(norm: str, key: str, hits: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Disjoint ``[start, stop)`` windows of ``MARGINS`` around each hit, cut at whitespace."""
    out: list[list[int]] = []
    n = len(norm)
    before, after = MARGINS[key]
    for hs, he in hits:
        start, stop = max(0, hs - before), min(n, he + after)
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], stop)
        else:
            out.append([start, stop])
    for w in out:
        while w[0] > 0 and not norm[w[0] - 1].isspace():
            w[0] -= 1
        while w[1] < n and not norm[w[1]].isspace():
            w[1] += 1
    return [(a, b) for a, b in out]


def candidates(norm: str, text: str | None = None) -> list[Candidate]:
    """Every accepted match of every rule in the normalized text, with its lead.

    ``text`` (the original, same length) tells whether the word before a match is
    capitalized mid-sentence (``prev_cap``: a name, as in "Поленти 50 лет").
    """
    found: list[Candidate] = []
    hits = _hits(norm)
    windows: dict[str, list[tuple[int, int]]] = {}
    for rule, pattern, lead, key in compiled():
        if not hits[key]:
            continue
        if key not in windows:
            windows[key] = _windows(norm, key, hits[key])
        for ws, we in windows[key]:
            for m in pattern.finditer(norm, ws, we):
                _accept(rule, m, lead, norm, found, text)
    return found


_PREV_CAP = re.compile(r"[^.!?\n\s]\s+[A-ZА-ЯЁ]\w*(?:[ \xa0]+[—–-])?[ \xa0]+\Z")  # "Мишель Бачелет — 54 года,"


def _accept(rule: Rule, m: re.Match, lead: re.Pattern | None, norm: str, found: list[Candidate],
            text: str | None = None) -> None:
    start = m.start()
    if not _START.match(norm, start) or "\n" in m.group():
        return  # no date runs over a line break ("… 50 лет\n\nРанее отец …")
    groups = m.groupdict()
    if lead is not None:
        back = lead.search(norm, max(0, start - 45), start)
        if back and back.start() < start and "\n" not in back.group():
            start = back.start()
            groups["lead"] = groups["tl"] = back.group()
            groups.update({k: v for k, v in back.groupdict().items() if v})
        elif rule.lead.endswith("!"):
            return
    if text is not None and rule.name == "duration":
        groups["prev_cap"] = bool(_PREV_CAP.search(text, max(0, start - 40), start))
    if text is not None and rule.name == "month_adj" and _named_after_a_month(text, norm, start, m.end()):
        return
    if text is not None and rule.name == "weekday" and _named_after_a_day(text, m.start("w1")):
        return
    parsed = rule.parse(groups, norm[max(0, start - 60):start], norm[m.end():m.end() + 60])
    if parsed is not None:
        found.append(Candidate(start, m.end(), rule.name, parsed))


_REVOLUTION = re.compile(r"(?:\s+[а-я-]+[ыо]й)?\s+революци")  # "Февральской [буржуазно-демократической] революции"
_PLACE_OR_BODY = re.compile(
    r"\s+(?:район|административн|округ|суд|улиц|проспект|переул|площад|посел|микрорайон|сельсовет|"
    r"сельск|городск|мост|парк|рын|вокзал|станци|шоссе|бульвар|набережн|завод|комбинат|[а-я]*джамаат)")


def _named_after_a_month(text: str, norm: str, start: int, stop: int) -> bool:
    """A capitalized month adjective that names a place or a body, no time: "Октябрьский районный
    суд", "в Октябрьском административном округе", "город Октябрьский" (NEREL train + dev: none
    a date but "Октябрьская" and "Февральская революция"); at a sentence's start it names one only
    before a place's or a body's word ("Декабрьские выборы прошли" is a date)."""
    if not text[start:start + 1].isupper() or _REVOLUTION.match(norm, stop):
        return False
    return not sentence_start(text, start, lines=True) or bool(_PLACE_OR_BODY.match(norm, stop))


def _named_after_a_day(text: str, start: int) -> bool:
    """A weekday capitalized inside a sentence is a name ("в деревне Пятница", "телеканал
    Пятница"): Russian writes its days in lower case (NEREL train + dev: none so written)."""
    return text[start:start + 1].isupper() and not sentence_start(text, start, lines=True)


def candidates_full(norm: str, text: str | None = None) -> list[Candidate]:
    """The same without the trigger pass (every rule over the whole text): a reference."""
    found: list[Candidate] = []
    for rule, pattern, lead, _ in compiled():
        for m in pattern.finditer(norm):
            _accept(rule, m, lead, norm, found, text)
    return found
