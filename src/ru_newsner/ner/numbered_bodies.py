"""Institutions named by their kind and number: "школа № 1", "среднюю школу №1", "лицея № 21",
"детского сада № 5", "исправительной колонии № 5", "отдела полиции № 5", "ИК-6". Of the 10
such schools and colonies in NEREL train and dev, 8 are tagged organizations, one a facility
("территорию школы № 38", a monument moved to its grounds) and one not at all ("в школе №36").
slovnet, fine-tuned on NEREL, finds 6 of the 8 and leaves out "школы № 1 Махачкалы" and
"исправительной колонии № 5", which this rule finds (with the untagged and the facility; and
"школы № 1" inside the first, as a place joins a name). A hospital or clinic with a number is
a facility in NEREL ("Инфекционной больницы № 2", "КИБ № 1"), so it is none here.

The kind is a noun of :data:`KINDS` right before the number, or before a genitive complement
that names its field ("отдела полиции", "школы искусств", "школы олимпийского резерва"); the
adjectives before the noun that agree with it in case are part of the name ("средней",
"исправительной", "Республиканской специализированной детско-юношеской спортивной").
"""

import re

from ..text.yo import fold

Raw = tuple[str, int, int]

# schools and colleges, kindergartens, correctional colonies and jails, police departments
KINDS = frozenset({
    "школа", "гимназия", "лицей", "колледж", "училище", "техникум", "интернат", "сад", "ясли",
    "колония", "изолятор", "отдел", "отделение",
})
# a department is numbered within its service: only "отдела полиции № 5" is one by itself
_FIELD_OF = {"отдел": "полиция", "отделение": "полиция"}
_NUMBER = re.compile(r"№[ \xa0]?\d+")
_CODE = re.compile(r"(?<![\w-])(?:ИК|СИЗО|ЛИУ|ИТК|СОШ|ДЮСШ|СДЮСШОР)(?:-|[ \xa0]?№[ \xa0]?)\d+(?![\w-])")  # "ИК-6", "СОШ № 12"
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)?)[ \xa0]+$")
_MAX_ADJECTIVES = 4


def _word_before(text: str, stop: int) -> re.Match | None:
    return _WORD_BEFORE.search(text, max(0, stop - 40), stop)


def _readings(word: str, parse) -> list:
    return [p for p in parse(word.lower()) if p.tag.POS in ("NOUN", "ADJF", "PRTF")]


def _kinds(word: str, parse) -> list:
    """The readings of ``word`` as a singular noun of :data:`KINDS`."""
    return [p for p in _readings(word, parse) if p.tag.POS == "NOUN" and "sing" in p.tag and fold(p.normal_form) in KINDS]


def _genitive(word: str, parse) -> bool:
    return any(p.tag.case == "gent" for p in _readings(word, parse))


def _head(text: str, stop: int, parse) -> tuple[int, set[str]] | None:
    """(start of the kind noun, its cases) for the words ending at ``stop``: the kind noun
    itself, or the kind noun before a genitive complement of one or two words (a
    department's, its service: "отдела полиции")."""
    words, at = [], stop
    for _ in range(3):
        match = _word_before(text, at)
        if match is None:
            break
        words.append(match)
        at = match.start()
    for n, match in enumerate(words):
        kinds = _kinds(match.group(1), parse)
        if not kinds:
            continue
        complement = [w.group(1) for w in words[:n]]
        field = _FIELD_OF.get(fold(kinds[0].normal_form))
        if field is not None:
            ok = len(complement) == 1 and any(fold(p.normal_form) == field for p in _readings(complement[0], parse))
        else:
            ok = all(_genitive(w, parse) for w in complement)
        return (match.start(), {p.tag.case for p in kinds}) if ok else None
    return None


def _adjectives(text: str, start: int, cases: set[str], parse) -> int:
    """Where the adjectives before ``start`` that agree in one of ``cases`` begin ("средней",
    "исправительной")."""
    for _ in range(_MAX_ADJECTIVES):
        match = _word_before(text, start)
        if match is None or not any(p.tag.POS in ("ADJF", "PRTF") and p.tag.case in cases and "plur" not in p.tag
                                    for p in parse(match.group(1).lower())):
            break
        start = match.start()
    return start


def numbered_bodies(text: str, spans: list[Raw], parse) -> list[Raw]:
    """ORG spans for the numbered institutions that no organization of ``spans`` crosses or
    holds (one inside is kept: "[отдела полиции] № 5")."""
    if "№" not in text and not _CODE.search(text):
        return []
    found = [(m.start(), m.end()) for m in _CODE.finditer(text)]
    for number in _NUMBER.finditer(text):
        head = _head(text, number.start(), parse)
        if head is None:
            continue
        start, cases = head
        found.append((_adjectives(text, start, cases, parse), number.end()))
    taken = [(a, b) for label, a, b in spans if label == "ORG"]
    return [("ORG", a, b) for a, b in found
            if not any(x < b and a < y and not (a <= x < y <= b and (x, y) != (a, b)) for x, y in taken)]
