"""Words of dates inside the title of a work or an organization are no dates: газета "Сегодня",
агентство «Россия сегодня», фильм «Один день Ивана Денисовича», «Три минуты тишины». A short
quoted title (at most four words, capitalized) keeps only the dates with digits, which name the
event's year: «Мисс Америка-2013», «Улица 1905 года» (NEREL train: 16 such date words, none a
date in NEREL; 10 with digits, all dates).
"""

import re

_TITLE = re.compile(r"«([^«»\n]{1,60})»|\"([^\"\n]{1,60})\"|„([^„“\n]{1,60})“|“([^“”\n]{1,60})”")


def titles(text: str) -> list[tuple[int, int]]:
    """(start, stop) of the inside of each short capitalized quoted title in ``text``."""
    found = []
    for match in _TITLE.finditer(text):
        start, stop = match.start() + 1, match.end() - 1
        inside = text[start:stop]
        if inside[:1].isupper() and len(inside.split()) <= 4:
            found.append((start, stop))
    return found


def in_title(start: int, stop: int, text: str, spans: list[tuple[int, int]]) -> bool:
    """The date at ``start:stop`` is a word of a title (and has no digit)."""
    return not any(c.isdigit() for c in text[start:stop]) and any(a <= start and stop <= b for a, b in spans)
