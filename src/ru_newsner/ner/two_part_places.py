"""Places whose one name joins two names with "и": "Тринидад и Тобаго", "Босния и
Герцеговина", "Джамму и Кашмир" (a closed list, ``data/two_part_places.txt``). NEREL tags the
whole as one location and neither half (train: 7 of 7), while slovnet and the dictionary read
two places or none.

A half matches in any case: a word of the text is a listed word when it starts with that
word less its last letter and is at most three letters longer ("Боснии" ~ "Босния",
"Герцеговине" ~ "Герцеговина", "Тобаго" ~ "Тобаго").
"""

import re
from functools import cache

from ..text.yo import fold
from .data_rows import data_rows

_PAIR = re.compile(r"(?<![\w-])([А-ЯЁ][\w-]*) и ([А-ЯЁ][\w-]*)(?![\w-])")


@cache
def _names() -> tuple[tuple[str, str], ...]:
    return tuple(tuple(fold(part).lower() for part in row[0].split(" и ")) for row in data_rows("two_part_places.txt"))


def _matches(word: str, name: str) -> bool:
    word = fold(word).lower()
    return word == name or (word.startswith(name[:-1]) and len(word) <= len(name) + 3)


def two_part_places(text: str) -> list[tuple[int, int]]:
    """(start, stop) of each two-part place name in ``text``."""
    if " и " not in text:
        return []
    return [m.span() for m in _PAIR.finditer(text)
            if any(_matches(m.group(1), a) and _matches(m.group(2), b) for a, b in _names())]
