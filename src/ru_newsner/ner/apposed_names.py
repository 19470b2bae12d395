"""A name in quotes after the kind of body it names is said in the nominative, whatever the
kind noun's case: "туроператор «Милана Тур»", "в газете «Кларин»", "товарищества
«Глиссада»", 'ООО "МНКТ"'. Its normal form is the name as written, not a declined reading
("Милан Тур", "Кларины", "Глиссад"). A name whose first word is no nominative of its own is
declined after all ("пресс-служба «Арсенала»", "фракции «Единой России»") and left to the
normalizer.
"""

import re

from ..link.workplace_words import ORG_NOUNS
from .parts import LEGAL_FORMS, quoted_whole

# kinds of bodies whose names come in quotes, besides the workplaces' organization nouns
KINDS = ORG_NOUNS | frozenset("""
фирма предприятие завод комбинат фабрика товарищество общество туроператор авиакомпания
издательство радиостанция телекомпания студия киностудия кинотеатр сеть магазин ресторан
движение объединение альянс блок фракция ансамбль коллектив команда
""".split())
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё-]+)\s*$")
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _after_a_kind(text: str, start: int, parse) -> bool:
    """The quote opening before ``start`` follows a kind of body ("радиостанции «…»") or a
    legal form ('ООО "…"')."""
    before = _WORD_BEFORE.search(text, max(0, start - 40), start - 1)
    if before is None:
        return False
    word = before.group(1)
    return word in LEGAL_FORMS or any(p.normal_form in KINDS for p in parse(word.lower()))


def apposed(text: str, start: int, stop: int, parse) -> bool:
    """Whether the name at ``[start, stop)`` is quoted right after a kind of body (or a legal
    form) and its first word is a dictionary word's nominative that is its own lemma ("Милана",
    "Глиссада"), or a word the dictionary does not know ending in a consonant ("Кларин")."""
    if not quoted_whole(text, start, stop) or not _after_a_kind(text, start, parse):
        return False
    first = text[start:stop].split()[0].lower() if text[start:stop].split() else ""
    parses = parse(first)
    if first[-1:] in _CONSONANTS and not any(p.is_known for p in parses):
        return True  # a word the dictionary does not know, ending as no oblique case ends ("Кларин")
    # a dictionary word, not a guess: "«Башинформа»", "«Русала»" are guessed nominatives of
    # the genitives they are ("подразделения «Башинформа»": its units)
    return any(p.is_known and p.tag.case == "nomn" and p.normal_form == first for p in parses)


_QUOTED = re.compile(r"«([^«»\n]{2,60})»")


def kind_quoted_names(text: str, spans: list[tuple[str, int, int]], parse) -> list[tuple[str, int, int]]:
    """ORG spans for the whole of a name in quotes after the kind of body it names when only a
    part of it is a mention: "радиостанции «Говорит [Москва]»" → «[Говорит Москва]», "фонд
    «Друзья культуры [Азербайджана]»" (NEREL train + dev: 2 such, both right)."""
    if "«" not in text:
        return []
    found = []
    for match in _QUOTED.finditer(text):
        start, stop = match.span(1)
        inside = [s for s in spans if start <= s[1] and s[2] <= stop]
        if not inside or any(s[1] == start and s[2] == stop for s in inside):
            continue
        if _after_a_kind(text, start, parse):
            found.append(("ORG", start, stop))
    return found
