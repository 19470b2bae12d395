"""One person slovnet tags as two: "[Радия] [Хабирова]", "[Марина Филипповна] [Ходорковская]",
"[Суркова] [Зоя Антоновна]", "[Иванов] [И.И.]" (B-PER B-PER). Two PER spans one blank apart are one name when they
read as one by pymorphy3: first names (and a patronymic) then one surname, or one surname then
a first name and a patronymic, every word sharing a case. "адвокат Мирзаева Алексей
Гребенской", "друга Путина Геннадия Тимченко" stay two: a possessor before a full name (NEREL
train: 7 such pairs joined, all one person in NEREL; 1 not).
"""

import re
from collections.abc import Callable

Raw = tuple[str, int, int]
_INITIALS = re.compile(r"(?:[А-ЯЁA-Z]\.[ \u00a0]?){1,3}")
_SURNAME = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z][а-яёa-z]+)?")


def _has(word: str, grammeme: str, parse: Callable) -> bool:
    return any(grammeme in p.tag for p in parse(word))


def _one_name(left: list[str], right: list[str], parse: Callable) -> bool:
    def name(word: str) -> bool:
        return _has(word, "Name", parse)

    def patronymic(word: str) -> bool:
        return _has(word, "Patr", parse)

    first_then_surname = (len(right) == 1 and name(left[0]) and all(name(w) or patronymic(w) for w in left)
                          and not name(right[0]) and not patronymic(right[0]))
    surname_then_first = (len(left) == 1 and len(right) == 2 and not name(left[0]) and name(right[0])
                          and patronymic(right[1]))
    if not (first_then_surname or surname_then_first):
        return False
    return bool(set.intersection(*({p.tag.case for p in parse(w)} for w in left + right)))


def _surname_and_initials(left: str, right: str) -> bool:
    """A surname and its initials, either way round: "[Иванов] [И.И.]", "[И. И.] [Иванов]"."""
    return bool(_SURNAME.fullmatch(left) and _INITIALS.fullmatch(right)
                or _INITIALS.fullmatch(left) and _SURNAME.fullmatch(right))


def joined_names(text: str, spans: list[Raw], parse: Callable) -> list[Raw]:
    """``spans`` with each such pair of PER spans replaced by one."""
    ends = {stop: (label, start, stop) for label, start, stop in spans if label == "PER"}
    joined: dict[Raw, Raw] = {}
    for span in sorted(spans, key=lambda s: s[1]):
        label, start, stop = span
        left = ends.get(start - 1)
        if label != "PER" or not left or left in joined or text[left[2]:start] not in (" ", "\u00a0"):
            continue
        if _one_name(text[left[1]:left[2]].split(), text[start:stop].split(), parse) \
                or _surname_and_initials(text[left[1]:left[2]], text[start:stop]):
            joined[left] = joined[span] = ("PER", left[1], stop)
    return [s for s in spans if s not in joined] + sorted(set(joined.values()), key=lambda s: s[1])
