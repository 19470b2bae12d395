"""Named regex rules: act heads, the attributes that follow them, article paths.

Each rule is a small named piece so a match can say which rule fired.
"""

import re
from dataclasses import dataclass
from functools import cache

from .gazetteer import code_by_abbr, table_regex


@dataclass(frozen=True)
class Rule:
    """A head rule: ``stems`` (lowercase) must occur in the text for ``regex`` to be run;
    ``adj`` says which adjectives before the head belong to it ("", "any", "two", "nation")."""

    name: str
    kind: str  # a LawKind
    regex: re.Pattern
    stems: tuple[str, ...]
    adj: str = ""


ADJ = (r"[А-ЯЁа-яё]+(?:-[а-яё]+)?"
       r"(?:ый|ий|ой|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ая|яя|ую|юю|ые|ие|ых|их|ыми|ими)")
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
предыдущий предыдущее предыдущего сегодняшний сегодняшнего сегодняшнее негласный негласную
негласного общий общего
""".split())
# Adjectives written right before a head: searched backwards from the head's start.
ADJ_BEFORE = {
    "any": re.compile(rf"(?<![\w-])({ADJ})[ \t\xa0]+$"),
    "two": re.compile(rf"(?<![\w-])({ADJ}(?:[ \t\xa0]+{ADJ})?)[ \t\xa0]+$"),
    "nation": re.compile(r"(?<![\w-])([А-ЯЁа-яё]+ск(?:ая|ой|ую|ие|их))[ \t\xa0]+$"),
}

B = r"(?<![\w-].)"  # after a head's first letter: no word character before that letter
CODE_WORD = rf"(?:[Кк]{B}одекс|К{B}ОДЕКС)(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
CONSTITUTION_WORD = r"(?:[Кк]онституци|КОНСТИТУЦИ)(?:я|и|ю|ей|ии|ям)"

HEAD_RULES = (
    Rule("fed_const_law", "federal_constitutional_law", re.compile(
        rf"[Фф]{B}едеральн(?:ый|ого|ому|ым|ом)\s+конституционн(?:ый|ого|ому|ым|ом)\s+"
        r"[Зз]акон(?:а|у|ом|е)?\b"), ("конституционн",)),
    Rule("fed_law", "federal_law", re.compile(
        rf"[Фф]{B}едеральн(?:ый|ого|ому|ым|ом|ые|ых|ыми)\s+[Зз]акон(?:а|у|ом|е|ы|ов|ами|ах)?\b"),
        ("федеральн",)),
    Rule("fz", "federal_law", re.compile(rf"Ф{B}З\b"), ("фз",)),
    # a federal law by its number alone: "поправки в 44-ФЗ", "по ФЗ-223" (not "№ 44-ФЗ", an
    # act's own number)
    Rule("fz_number", "federal_law", re.compile(r"(?<![\w№/.-])(?<!№[ \xa0])\d{1,4}-ФЗ\b|(?<![\w-])ФЗ-\d{1,4}\b"),
         ("фз",)),
    Rule("law", "law", re.compile(rf"(?:[Зз]{B}акон|З{B}АКОН)(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"),
         ("закон",)),
    Rule("bill", "law", re.compile(rf"[Зз]{B}аконопроект(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"),
         ("законопроект",)),
    Rule("package", "law", re.compile(rf"[Пп]{B}акет(?:а|у|ом|е)?(?=\s+[А-ЯЁ])"), ("пакет",)),
    Rule("decree", "decree", re.compile(rf"[Уу]{B}каз(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b"), ("указ",)),
    Rule("resolution", "resolution", re.compile(
        rf"(?:[Пп]{B}остановлени(?:е|я|ю|ем|и|й|ям|ями|ях)|[Рр]{B}езолюци(?:я|и|ю|ей))\b"),
        ("постановлени", "резолюци")),
    Rule("order", "order", re.compile(
        rf"(?:[Пп]{B}риказ(?:а|у|ом|е|ы|ов)?|[Рр]{B}аспоряжени(?:е|я|ю|ем|и))\b"),
        ("приказ", "распоряжени")),
    Rule("constitution", "constitution", re.compile(rf"[КкК]{B}(?:онституци|ОНСТИТУЦИ)"
                                                    r"(?:я|и|ю|ей|ии|ям|Я|И|Ю|ЕЙ)\b"),
         ("конституци",), "nation"),
    Rule("amendment", "constitution", re.compile(
        rf"[Пп]{B}оправк(?:а|и|у|ой|е)\s+к\s+{CONSTITUTION_WORD}\b"), ("поправк",), "any"),
    Rule("code_full", "code", re.compile(rf"{CODE_WORD}\b"), ("кодекс",), "two"),
    Rule("article_about", "article_reference", re.compile(
        rf"[Сс]{B}тать(?:я|и|ю|ей|е)(?=\s+(?:о|об)\s)"), ("стать",)),
    Rule("traffic_rules", "other", re.compile(
        rf"[Пп]{B}равил(?:а|ам|ами|ах)?\s+дорожного\s+движения\b"), ("дорожного движения",)),
    Rule("treaty", "treaty", re.compile(
        rf"(?:[Кк]{B}онвенци(?:я|и|ю|ей|ии|й|ям|ями|ях)|[Дд]{B}оговор(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
        rf"|[Сс]{B}оглашени(?:е|я|ю|ем|и|й|ям|ями|ях)|[Пп]{B}акт(?:а|у|ом|е)?|[Пп]{B}ротокол(?:а|у|ом|е)?"
        rf"|[Дд]{B}екларац(?:ия|ии|ию|ией)|[Хх]{B}арти(?:я|и|ю|ей)|[Сс]{B}татут(?:а|у|ом|е)?)\b"),
        ("конвенци", "договор", "соглашени", "пакт", "протокол", "декларац", "харти", "статут"),
        "any"),
)


@cache
def code_abbr_regex() -> re.Pattern:
    """All code abbreviations of the gazetteer, longest first, as whole words."""
    abbrs = sorted(code_by_abbr(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, abbrs)) + r")(?![\w-])")


# A cheap pre-check on the lowercased text: nothing can be found without one of these.
TRIGGER_STEMS = (
    "закон", "кодекс", "конституц", "указ", "постановл", "приказ", "распоряж", "резолюц",
    "конвенц", "договор", "соглашени", "пакт", "протокол", "декларац", "харти", "статут",
    "правил", "пакет", "фз", "стать", "ст.", "част", "ч.", "пункт", "п.", "глав", "абзац",
    "поправк",
)


@cache
def trigger_stems() -> tuple[str, ...]:
    """The stems above and every code abbreviation of the gazetteer, lowercased."""
    return TRIGGER_STEMS + tuple(sorted({a.lower() for a in code_by_abbr()}))


def triggered(text: str) -> bool:
    """Whether ``text`` may hold an act at all (substring checks, no regex)."""
    low = text.lower()
    return any(stem in low for stem in trigger_stems())


# ---- attributes that may follow a head --------------------------------------------------
SP = r"[ \t\xa0]*"
MONTHS = (r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
          r"[а-я]*")
DATE = (rf"(?:\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})|\d{{1,2}}{SP}{MONTHS}{SP}\d{{4}}"
        rf"|\d{{1,2}}\s\d{{1,2}}\s\d{{4}}|\d{{4}})(?:{SP}(?:г\.|года|год|г\b))?")
ATTR_DATE = re.compile(rf"\s*от{SP}(?P<date>{DATE})")
ATTR_NUMBER = re.compile(
    rf"\s*(?P<number>(?:№|N|No\.?){SP}(?:[А-ЯЁA-Z]{{1,4}}-?)?\d[\w./\-]*(?<![.\-])"
    rf"|\d+-ФЗ\b|\d+{SP}ФЗ\b|ОД{SP}\d+)")
ATTR_DESCRIPTOR = re.compile(
    r"\s+(?P<descr>(?:о|об|обо|О|Об|по|против|в\s+поддержку)\s+[\w«»\"-]+(?:\s+[\w«»\"-]+){0,12})")
ARTICLE_TITLE = re.compile(r"[ \t\xa0]+(?=«)")
ATTR_EDITION = re.compile(r"\s+(?P<edition>(?:в\s+редакции\s+)?\d{4}\s+года)\b")

ATTR_NAME = re.compile(
    r"\s+(?P<name>(?:[А-ЯЁ][а-яё]+\s+)?[А-ЯЁ][а-яё]+(?:ой|ого|ова|ева|ина|ына|ей)"
    r"|[А-ЯЁ][а-яё]+-[А-ЯЁ][а-яё]+)(?![\w-])(?!\s+[А-ЯЁ][а-яё])")  # not cut from a longer name:
# "закона [Президентом Российской] Федерации"
ATTR_CLAUSE = re.compile(
    r",\s+(?P<clause>[а-яё]+(?:ющ|ящ|ущ|ащ)(?:ий|его|ему|им|ем|ая|ую|ей|ее)\s+[^,.;:!?()\n]+)")
ATTR_ARTICLE = re.compile(r"[ \t\xa0]+(?P<article>(?:ст\.[ \t\xa0]*)?\d+(?:\.\d+)+)(?![\w.])")
ATTR_ABBR = re.compile(r"\s+(?:по\s+|о\s+)?(?P<name>[А-ЯЁA-Z]{2,}(?:-\d)?)(?![\w-])")


@cache
def attr_jurisdiction() -> re.Pattern:
    return re.compile(rf"\s+(?P<jur>{table_regex('jurisdictions.tsv')})(?![\w-])")


# the place a local body's act is of, in the genitive: "мэрии [Новосибирска]", "администрации
# [города Омска]", "главы [Дзержинского района]", "главы [города]"; one capitalized word with no
# other after it (not "губернатора [Андрея] Травникова", a person)
_PLACE_OF = (r"(?:(?:(?:города|г\.|района|области|края|республики|округа|поселения|села)\s*)?"
             r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*(?:\s+(?:области|края|района|округа|республики))?"
             r"(?!\s+[А-ЯЁ])|(?:города|района|региона|области|края|республики|округа|поселения)(?![\w-]))")


@cache
def attr_issuer() -> re.Pattern:
    jur = table_regex("jurisdictions.tsv")
    return re.compile(
        rf"\s+(?P<issuer>{table_regex('issuers.tsv')}(?:\s+(?P<ijur>{jur})|\s+{_PLACE_OF})?)(?![\w-])")


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
# The same elements for scanning: keyword first (fast; the word boundary before it is checked
# in code), then a number written before a keyword (``42-й статьи``) found backwards.
PATH_KEYED = re.compile(
    "|".join(
        rf"{key}(?![а-яё]){SP}(?:{NUMS}{'|' + LETTER if name in LETTERED else ''})"
        for name, key in PATH_KEYS.items()
    )
    + rf"|[Аа]{B}бзац(?:а|у|ем|е)?{SP}{ORDINAL}"
)
PATH_NOUN = re.compile(
    rf"[СсЧчГг]{B}(?:тать(?:я|и|ю|ей|е)|аст(?:ь|и|ью)|лав(?:а|ы|е|у|ой))(?![а-яё])")
PRE_BEFORE = re.compile(rf"(?:(?<![\w-])\d+-?[а-я]{{0,3}}|(?<![\w-]){ORDINAL}){SP}$")
PATH_GLUE = re.compile(r"(?:,?[ \t\xa0]+)")
