"""Places inside organization names, as NEREL nests them: "Следственный комитет Российской
Федерации" holds LOC "Российской Федерации", "Полиция Лондона" holds "Лондона", "ГУ МВД
России" holds "России". slovnet tags the whole name ORG and says nothing of the place.

A word of an ORG span whose dictionary reading is a place name (pymorphy3's Geox: "России",
"РФ", "Калифорнии"; not a reading it guesses from the ending, "МРСК Сибири", "Нью-Ингленд
Пэтриотс": train 5 such, none a place) is a nested LOC; "Российской Федерации" is one. The first word counts
when it is a noun and more follows ("Манчестер Юнайтед", "Россия сегодня": train 19 right, 6
wrong; "Басманным судом" is an adjective). A word of a person's name inside the
organization's is none ("НМИЦ имени Дмитрия [Рогачева]", though Рогачёв is a town).
"""

import re

Raw = tuple[str, int, int]
_WORD = re.compile(r"[А-ЯЁA-Z][\w-]*")
_FEDERATION = re.compile(r"[Рр]оссийск\w+[ \u00a0]+Федераци\w+")


def inner_places(text: str, spans: list[Raw], parse) -> list[Raw]:
    taken = [(a, b) for label, a, b in spans if label in ("LOC", "PER")]  # no place inside a name
    found: list[Raw] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken + [(s[1], s[2]) for s in found])

    for label, start, stop in spans:
        if label != "ORG":
            continue
        for match in _FEDERATION.finditer(text, start, stop):
            if match.start() > start and free(*match.span()):
                found.append(("LOC", *match.span()))
        words = list(_WORD.finditer(text, start, stop))
        for i, match in enumerate(words):
            parses = parse(match.group())
            if not parses or "Geox" not in parses[0].tag or not parses[0].is_known or not free(*match.span()):
                continue
            if i > 0 or (match.end() < stop and parses[0].tag.POS == "NOUN"):
                found.append(("LOC", *match.span()))
    return found
