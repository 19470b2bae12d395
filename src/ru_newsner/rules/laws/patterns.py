"""Named regex rules: act heads, the attributes that follow them, article paths.

Each rule is a small named piece so a match can say which rule fired.
"""

import re
from dataclasses import dataclass
from functools import cache

from .gazetteer import code_by_abbr, table_regex


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str  # a LawKind
    regex: re.Pattern


ADJ = r"[А-ЯЁа-яё]+(?:-[а-яё]+)?(?:ый|ий|ой|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю|ые|ие|ых|их|ыми|ими)"
# Adjectives that qualify but do not name an act ("новый кодекс", "этого договора").
ADJ_STOP = frozenset("""
новый новая новое нового новому новым новом новой новую новые новых
этот этого этому этим этом эта этой эту эти этих тот того том той ту те тех
данный данного данном данной весь всего всем вся всей всю свой своего своем своей свою
действующий действующего действующем действующей действующую нынешний нынешнего
старый старого прежний прежнего прежней первый первого второй второго который которого
которой которую такой такого такую какой какого любой любого соответствующий
соответствующего соответствующей этими новыми самого самой самый
последний последнего последнем последней последнюю ключевой ключевого ключевое ключевому
предыдущий предыдущее предыдущего сегодняшний сегодняшнего сегодняшнее негласный негласную негласного общий общего
""".split())

CODE_WORD = r"(?:[Кк]одекс|КОДЕКС)(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
CONSTITUTION_WORD = r"(?:[Кк]онституци|КОНСТИТУЦИ)(?:я|и|ю|ей|ии|ям)"

HEAD_RULES = (
    Rule("fed_const_law", "federal_constitutional_law", re.compile(
        r"[Фф]едеральн(?:ый|ого|ому|ым|ом)\s+конституционн(?:ый|ого|ому|ым|ом)\s+[Зз]акон(?:а|у|ом|е)?\b")),
    Rule("fed_law", "federal_law", re.compile(
        r"[Фф]едеральн(?:ый|ого|ому|ым|ом|ые|ых|ыми)\s+[Зз]акон(?:а|у|ом|е|ы|ов|ами|ах)?\b")),
    Rule("fz", "federal_law", re.compile(r"(?<![\w-])ФЗ\b")),
    Rule("law", "law", re.compile(r"(?<![\w-])(?:[Зз]акон|ЗАКОН)(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b")),
    Rule("bill", "law", re.compile(r"\b[Зз]аконопроект(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b")),
    Rule("package", "law", re.compile(r"\b[Пп]акет(?:а|у|ом|е)?(?=\s+[А-ЯЁ])")),
    Rule("decree", "decree", re.compile(r"\b[Уу]каз(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b")),
    Rule("resolution", "resolution", re.compile(
        r"\b(?:[Пп]остановлени(?:е|я|ю|ем|и|й|ям|ями|ях)|[Рр]езолюци(?:я|и|ю|ей))\b")),
    Rule("order", "order", re.compile(
        r"\b(?:[Пп]риказ(?:а|у|ом|е|ы|ов)?|[Рр]аспоряжени(?:е|я|ю|ем|и))\b")),
    Rule("constitution", "constitution", re.compile(
        rf"(?:\b(?P<adj>[А-ЯЁа-яё]+ск(?:ая|ой|ую|ие|их))\s+)?\b{CONSTITUTION_WORD}\b")),
    Rule("amendment", "constitution", re.compile(
        rf"(?:\b(?P<adj>{ADJ})\s+)?\b[Пп]оправк(?:а|и|у|ой|е)\s+к\s+{CONSTITUTION_WORD}\b")),
    Rule("code_full", "code", re.compile(
        rf"(?:\b(?P<adj>{ADJ}(?:\s+{ADJ})?)\s+)?\b{CODE_WORD}\b")),
    Rule("article_about", "article_reference", re.compile(
        r"\b[Сс]тать(?:я|и|ю|ей|е)(?=\s+(?:о|об)\s)")),
    Rule("traffic_rules", "other", re.compile(
        r"\b[Пп]равил(?:а|ам|ами|ах)?\s+дорожного\s+движения\b")),
    Rule("treaty", "treaty", re.compile(
        rf"(?:\b(?P<adj>{ADJ})\s+)?\b(?:[Кк]онвенци(?:я|и|ю|ей|ии)|[Дд]оговор(?:а|у|ом|е|ы|ов)?"
        r"|[Сс]оглашени(?:е|я|ю|ем|и|й)|[Пп]акт(?:а|у|ом|е)?|[Пп]ротокол(?:а|у|ом|е)?"
        r"|[Дд]екларац(?:ия|ии|ию|ией)|[Хх]арти(?:я|и|ю|ей)|[Сс]татут(?:а|у|ом|е)?)\b")),
)


@cache
def code_abbr_regex() -> re.Pattern:
    """All code abbreviations of the gazetteer, longest first, as whole words."""
    abbrs = sorted(code_by_abbr(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, abbrs)) + r")(?![\w-])")


# A cheap pre-check: no act can be found in a text without one of these.
TRIGGER = re.compile(
    r"[Зз]акон|ЗАКОН|[Кк]одекс|[Кк]онституц|[Уу]каз|[Пп]остановл|[Пп]риказ|[Рр]аспоряж|[Рр]езолюц"
    r"|[Кк]онвенц|[Дд]оговор|[Сс]оглашени|[Пп]акт|[Пп]ротокол|[Дд]екларац|[Хх]арти|[Сс]татут"
    r"|[Пп]равил|[Пп]акет|ФЗ|[Сс]тать|ст\.|[Чч]аст|ч\.|[Пп]ункт|п\.|[Гг]лав"
    r"|\b(?:УК|УПК|УИК|КоАП|КОАП|ГК|ГПК|АПК|КАС|НК|ТК|ЖК|ЗК|БК|ВК|ЛК|СК|ГрК|ВзК|КТМ|КВВТ|ПДД)\b"
)

# ---- attributes that may follow a head --------------------------------------------------
SP = r"[ \t\xa0]*"
MONTHS = (r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
          r"[а-я]*")
DATE = (rf"(?:\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})|\d{{1,2}}{SP}{MONTHS}{SP}\d{{4}}"
        rf"|\d{{1,2}}\s\d{{1,2}}\s\d{{4}}|\d{{4}})(?:{SP}(?:г\.|года|год|г\b))?")
ATTR_DATE = re.compile(rf"\s*от{SP}(?P<date>{DATE})")
ATTR_NUMBER = re.compile(
    rf"\s*(?P<number>(?:№|N|No\.?){SP}(?:[А-ЯЁA-Z]{{1,4}}-?)?\d[\w./\-]*(?<![.\-])|\d+-ФЗ\b|\d+{SP}ФЗ\b|ОД{SP}\d+)")
ATTR_DESCRIPTOR = re.compile(
    r"\s+(?P<descr>(?:о|об|обо|О|Об|по|против|в\s+поддержку)\s+[\w«»\"-]+(?:\s+[\w«»\"-]+){0,12})")
ARTICLE_TITLE = re.compile(r"[ \t\xa0]+(?=«)")
ATTR_EDITION = re.compile(r"\s+(?P<edition>(?:в\s+редакции\s+)?\d{4}\s+года)\b")

ATTR_NAME = re.compile(
    r"\s+(?P<name>(?:[А-ЯЁ][а-яё]+\s+)?[А-ЯЁ][а-яё]+(?:ой|ого|ова|ева|ина|ына|ей)"
    r"|[А-ЯЁ][а-яё]+-[А-ЯЁ][а-яё]+)(?![\w-])")
ATTR_CLAUSE = re.compile(
    r",\s+(?P<clause>[а-яё]+(?:ющ|ящ|ущ|ащ)(?:ий|его|ему|им|ем|ая|ую|ей|ее)\s+[^,.;:!?()\n]+)")
ATTR_ARTICLE = re.compile(r"[ \t\xa0]+(?P<article>(?:ст\.[ \t\xa0]*)?\d+(?:\.\d+)+)(?![\w.])")
ATTR_ABBR = re.compile(r"\s+(?:по\s+|о\s+)?(?P<name>[А-ЯЁA-Z]{2,}(?:-\d)?)(?![\w-])")


@cache
def attr_jurisdiction() -> re.Pattern:
    return re.compile(rf"\s+(?P<jur>{table_regex('jurisdictions.tsv')})(?![\w-])")


@cache
def attr_issuer() -> re.Pattern:
    jur = table_regex("jurisdictions.tsv")
    return re.compile(
        rf"\s+(?P<issuer>{table_regex('issuers.tsv')}(?:\s+(?P<ijur>{jur}))?)(?![\w-])")


# ---- article paths ("п. «б» ч. 4 ст. 132") ----------------------------------------------
NUM = r"(?:№[ \t\xa0]*)?\d+(?:\.\d+)*(?:-\d+(?:\.\d+)*)?"
NUMS = rf"{NUM}(?:{SP}(?:,|и|-|—|–){SP}{NUM})*"
LETTER = r"(?:«[а-яё]»|\"[а-яё]\"|[а-яё]\)|[а-яё](?=[\s,]))"
LETTERED = frozenset({"point", "subpoint"})
PATH_KEYS = {
    "article": r"(?:ст\.|[Сс]тать(?:я|и|ю|ей|е|ям|ями|ях))",
    "part": r"(?:ч\.|[Чч]аст(?:ь|и|ью|ям|ями|ях))",
    "point": r"(?:п\.|[Пп]ункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?)",
    "subpoint": r"(?:пп\.|подп\.|[Пп]одпункт(?:а|у|ом|е|ы|ов|ам|ами|ах)?)",
    "chapter": r"(?:гл\.|[Гг]лав(?:а|ы|е|у|ой))",
}
ORDINAL = (r"(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)"
           r"(?:ый|ой|ий|ая|ого|ому|ым|ом|ей|ую|ья|ьей|ьего|ьему|ьим|ьем|ью|ье|ьи)")
PATH_ELEMENT = re.compile(
    "|".join(
        rf"(?P<{name}>\b{key}(?![а-яё]){SP}(?:{NUMS}{'|' + LETTER if name in LETTERED else ''}))"
        for name, key in PATH_KEYS.items()
    )
    + rf"|(?P<pre>(?:\b\d+-?[а-я]{{1,3}}|\b{ORDINAL}){SP}(?:{PATH_KEYS['article']}"
    + rf"|{PATH_KEYS['part']}|{PATH_KEYS['chapter']})"
    + rf"|\b\d+{SP}(?:стать[яи]|глав[аеы]))(?![\w])"
    + rf"|(?P<para>\bабзац(?:а|у|ем|е)?{SP}{ORDINAL})"
)
PATH_GLUE = re.compile(r"(?:,?[ \t\xa0]+)")
