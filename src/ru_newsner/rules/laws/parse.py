"""Parsing the parts of a legal reference: quoted titles, dates, numbers, article paths."""

import re

from ...records import LawPath
from .patterns import MONTHS, PATH_ELEMENT

OPEN_CLOSE = {"«": "»", "„": "“", "“": "”", '"': '"'}
_MONTH_NUMBER = {
    stem: i + 1 for i, stem in enumerate(
        ("январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр",
         "октябр", "ноябр", "декабр"))
}


def quoted(text: str, pos: int) -> tuple[int, int] | None:
    """``(start, stop)`` of the content of a quotation opening at ``pos``, nesting followed.

    >>> quoted('«Об «А» (б)»', 0)
    (1, 11)
    """
    first = text[pos:pos + 1]
    if first not in OPEN_CLOSE:
        return None
    stack = [OPEN_CLOSE[first]]
    i, end = pos + 1, min(len(text), pos + 400)
    while i < end:
        ch = text[i]
        if ch == "\n":
            return None
        if ch == stack[-1]:
            stack.pop()
            if not stack:
                return (pos + 1, i) if i > pos + 1 else None
        elif ch in OPEN_CLOSE and ch != '"':
            stack.append(OPEN_CLOSE[ch])
        i += 1
    return None


def iso_date(written: str) -> str | None:
    """ISO form of ``25.05.2020``, ``6 июля 2016 г.``, ``21 10 2016``; year only gives ``2016``.

    >>> iso_date("6 июля 2016 г.")
    '2016-07-06'
    """
    numbers = re.findall(r"\d+", written)
    month_word = re.search(MONTHS, written)
    if month_word and len(numbers) >= 2:
        stem = next(s for s in _MONTH_NUMBER if month_word.group().startswith(s))
        day, month, year = int(numbers[0]), _MONTH_NUMBER[stem], int(numbers[1])
    elif len(numbers) >= 3:
        day, month, year = (int(n) for n in numbers[:3])
    elif len(numbers) == 1 and len(numbers[0]) == 4:
        return numbers[0]
    else:
        return None
    if year < 100:
        year += 2000 if year < 50 else 1900
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def number(written: str) -> str:
    """The number with its sign kept and spacing normalized: ``№3543`` → ``№ 3543``.

    >>> number("N\\xa0244"), number("184 ФЗ")
    ('№ 244', '184-ФЗ')
    """
    written = re.sub(r"\s+", " ", written.replace("\xa0", " ")).strip()
    written = re.sub(r"^(?:№|N|No\.?)\s*", "№ ", written)
    return re.sub(r"^(\d+) ФЗ$", r"\1-ФЗ", written)


def _value(element: str) -> str:
    """The number or letter of one path element: ``ч. 4`` → ``4``, ``п. «б»`` → ``б``,
    ``42-й статьи`` → ``42``, ``шестой статье`` → ``6``, ``абзацем вторым`` → ``2``."""
    m = PATH_ELEMENT.fullmatch(element)
    if m and m.lastgroup in ("pre", "para"):
        words = element.split()
        word = words[0] if m.lastgroup == "pre" else words[-1]
        digits = re.match(r"\d+", word)
        return digits.group() if digits else _ordinal_number(word)
    m = re.search(r"(?:№\s*)?\d+(?:\.\d+)*(?:-\d+(?:\.\d+)*)?"
                  r"(?:\s*(?:,|и|-|—|–)\s*(?:№\s*)?\d+(?:\.\d+)*)*", element)
    if m:
        return re.sub(r"\s+", " ", m.group())
    m = re.search(r"[«\"]?([а-яё])[»\")]?$", element)
    return m.group(1) if m else element


_ORDINALS = ("перв", "втор", "трет", "четв", "пят", "шест", "седьм", "восьм", "девят", "десят")


def _ordinal_number(word: str) -> str:
    low = word.lower()
    return next((str(i + 1) for i, s in enumerate(_ORDINALS) if low.startswith(s)), word)


def path_kind(element: str) -> str:
    """Which slot of :class:`LawPath` a path element fills."""
    m = PATH_ELEMENT.fullmatch(element)
    name = m.lastgroup if m else None
    if name in ("pre", None):
        low = element.lower()
        return "article" if "ст" in low else "chapter" if "глав" in low else "part"
    return "point" if name == "para" else name


def law_path(elements: list[str]) -> LawPath:
    """A :class:`LawPath` from written elements, outermost last: ``п. 6``, ``ч. 2``, ``ст. 104``."""
    slots: dict[str, str] = {}
    for element in elements:
        kind = path_kind(element)
        if kind not in slots:
            slots[kind] = _value(element)
    return LawPath(**slots)
