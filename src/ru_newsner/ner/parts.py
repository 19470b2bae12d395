"""Parsed parts of names: a person's first/middle/last name, an organization's legal form."""

import re

from ..text.normalize import NAME_TAGS

LEGAL_FORMS = (
    "АО", "ООО", "ПАО", "ЗАО", "ОАО", "НАО", "АНО", "НКО", "ИП", "ТОО", "ОДО",
    "ФГУП", "ГУП", "МУП", "ФГБУ", "ФГАУ", "ФГКУ", "ГБУ", "ГАУ", "ГКУ", "МБУ", "МАУ", "МКУ",
    "ФГБОУ", "ФГАОУ", "ГБОУ", "МБОУ", "ФКУ", "ФБУ", "НП", "ГК", "СРО", "ТСЖ", "КФХ",
)
_LEGAL_FORM = re.compile(r"^(%s)\s+(.+)$" % "|".join(LEGAL_FORMS))
_PATRONYMIC = re.compile(r"(ович|евич|ич|овна|евна|ична|инична)$", re.I)
_PARTICLES = frozenset({"де", "ди", "да", "дель", "делла", "ван", "фон", "ле", "ла", "эль", "аль", "дос", "дю"})
_INITIAL = re.compile(r"^[А-ЯЁA-Z][а-яёa-z]?\.$")  # "М.", "Дж."
_INITIALS = re.compile(r"^(?:[А-ЯЁA-Z][а-яёa-z]?\.){2,3}$")  # "В.А."
_GLUED = re.compile(r"^((?:[А-ЯЁA-Z][а-яёa-z]?\.){1,2})([А-ЯЁA-Z][а-яёa-z-]+)$")  # "В.Зворыкин"
OPEN, CLOSE = "«„“", "»“”"
QUOTE_OPEN, QUOTE_CLOSE = "«\"„“", "»\"“”"  # straight quotes too


def quoted_whole(text: str, start: int, stop: int) -> bool:
    """``text[start:stop]`` is all a pair of quotes holds: "«Россия»", '"ПАРНАС"'."""
    return 0 < start and stop < len(text) and text[start - 1] in QUOTE_OPEN and text[stop] in QUOTE_CLOSE


def balance_quotes(name: str) -> str:
    """Close the quotes left open where a French one is: "АО «Концерн «Уралвагонзавод»" →
    "…«Уралвагонзавод»»". "“" closes a "„" ("«Центр „Свобода и прогресс“»" is whole) and
    otherwise opens a quote that "”" closes."""
    stack = []
    for c in name:
        if c == "“" and stack and stack[-1] == "„":
            stack.pop()
        elif c in OPEN:
            stack.append(c)
        elif c in CLOSE and stack:
            stack.pop()
    if "«" not in stack:
        return name
    return name + "".join(_CLOSING[c] for c in reversed(stack))


_CLOSING = {"«": "»", "„": "“", "“": "”"}


_WIKI_ITALICS = re.compile(r"''+|^'(?=\w)|(?<=\w)'$")  # wiki markup: ''Rolling Stone'', 'Amazon'


def wiki_quotes_dropped(name: str) -> str:
    """A name without the straight apostrophes of a wiki page's italics ("''Rolling Stone",
    "'Amazon'", "Ferrero'" → "Rolling Stone", "Amazon", "Ferrero"); one inside a word stays
    ("О'Тул", "Sant'Orsola")."""
    if "'" not in name:
        return name
    return " ".join(_WIKI_ITALICS.sub("", name).split()) or name


def strip_quotes(name: str) -> str:
    if len(name) > 1 and name[0] in OPEN and name[-1] in CLOSE and name.count("«") == 1:
        return name[1:-1]
    if len(name) > 1 and name[0] == "«" and name.endswith("»") and name.count("«") == name.count("»"):
        return name[1:-1]
    return name


def common_abbreviation(word: str, parse) -> bool:
    """An abbreviation of common nouns, no name: "ЖКХ", "АПК", "СМИ" (not "ООН", "МЧС", "США", nor
    a legal form, "гендиректор [ОАО] «…»")."""
    return 1 < len(word) < 6 and word.isupper() and word.isalpha() and word not in LEGAL_FORMS and any(
        "Abbr" in p.tag and not p.tag.grammemes & {"Orgn", "Geox", "Name", "Surn"} for p in parse(word.lower()))


def split_legal_form(normal: str) -> tuple[str | None, str]:
    """("АО", "Омсктрансмаш") from "АО «Омсктрансмаш»"; (None, name) if there is none."""
    match = _LEGAL_FORM.match(normal)
    if not match:
        return None, normal
    return match.group(1), strip_quotes(match.group(2))


def _unglue(words: list[str], tags: list[str]) -> list[tuple[str, str]]:
    """Initials written without a space split off the surname and each other: "В.В.Путин" → "В.",
    "В.", "Путин"; "Варнавский В.А." → "Варнавский", "В.", "А."."""
    pairs = []
    for word, tag in zip(words, tags):
        glued = _GLUED.match(word)
        if _INITIALS.match(word):
            pairs += [(i + ".", "") for i in word.split(".")[:-1]]
        elif glued:
            pairs += [(i + ".", "") for i in glued.group(1).split(".")[:-1]]
            pairs.append((glued.group(2), tag))
        else:
            pairs.append((word, tag))
    return pairs


def person_parts(words: list[str], tags: list[str], common=None) -> dict[str, str | None]:
    """first/middle/last from the normal form's words and their pymorphy3 tags; ``common``
    (word -> bool) tells a dictionary common noun ("Полковник Квачков") from a first name
    the dictionary lacks ("Жермен Джексон")."""
    parts: dict[str, str | None] = {"first": None, "middle": None, "last": None}
    pairs = [(w, t) for w, t in _unglue(words, tags) if w.lower() not in ("святой", "святая")]  # "святой Пётр": a title
    if len(pairs) == 2 and pairs[0][0].lower() in _PARTICLES:
        return {**parts, "last": " ".join(w for w, _ in pairs)}  # "Де Ниро": a surname with its particle
    if len(pairs) == 2 and "Name" in pairs[1][1] and not NAME_TAGS & set(re.split(r"[ ,]", pairs[0][1])) \
            and not _INITIAL.match(pairs[0][0]) \
            and not (common and pairs[0][1].startswith("NOUN") and common(pairs[0][0])):
        # "Серена Уильямс": a word the dictionary knows as no name, then one it knows as a first
        # name (also a surname, "Уильямс"), stand in the usual order; "Иванов Иван" does not
        return {**parts, "first": pairs[0][0], "last": pairs[1][0]}
    rest = []
    for word, tag in pairs:
        if _INITIAL.match(word):
            key = "first" if parts["first"] is None else "middle"
            parts[key] = word
        elif "Patr" in tag or (_PATRONYMIC.search(word) and parts["first"] and len(word) > 5 and "Surn" not in tag
                               and len(pairs) > 2):  # "Михаил Агранович": a first name and a surname
            parts["middle"] = word
        elif "Name" in tag and parts["first"] is None and ("plur" not in tag or len(pairs) > 1):
            # a lone word read only as a plural first name is no one's first name: "Мендонсы"
            parts["first"] = word
        else:
            rest.append(word)
    if parts["first"] is None and len(rest) > 1 and not _INITIAL.match(rest[1]) \
            and not (common and common(rest[0])):
        parts["first"] = rest.pop(0)  # "Жермен Джексон": a first name the dictionary lacks
    if rest:
        parts["last"] = " ".join(rest)
    return parts
