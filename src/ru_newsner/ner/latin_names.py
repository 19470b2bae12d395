"""Persons named in Latin script that slovnet, trained on Cyrillic text, leaves out: "Larry
King" (in "шоу Larry King Live"), "Roberto Seba", "аккаунт «Ahmad Rahami»".

Two capitalized Latin words outside every other mention are a person when the first one,
spelled in Cyrillic by English rules (``latin_places.readings``: "Larry" → "ларри"), is a
first name in pymorphy3's dictionary, in the nominative. On NEREL train: 8 such pairs, 7 of
them persons ("Kate Spade" names a brand there). A pair after a noun of a made thing names the
thing: "автомобиль Lada Granta", "смартфона Honor Magic".
"""

import re
from functools import lru_cache

from ..text.morph import analyzer
from .latin_places import dictionary_readings

Raw = tuple[str, int, int]
_PAIR = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,}) [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])")


# nouns of made things whose model a Latin pair names ("автомобиль Lada Granta")
_THING_BEFORE = re.compile(r"(?:автомобил|машин|модел|марк|смартфон|телефон|ноутбук|планшет|бренд|самол[её]т|"
                           r"вертол[её]т|внедорожник|седан|кроссовер|хэтчбек|мотоцикл|игр)[а-яё]*[ \xa0]+$", re.I)


def _nominative_name(tag) -> bool:
    return "Name" in tag and tag.case == "nomn"


@lru_cache(maxsize=10_000)
def first_name(word: str) -> bool:
    """Whether a Latin ``word`` reads as a first name pymorphy3 knows ("Larry", "Roberto")."""
    return next(dictionary_readings(word, analyzer(), _nominative_name), None) is not None


def latin_persons(text: str, spans: list[Raw]) -> list[Raw]:
    """PER spans for such pairs in ``text``, none overlapping ``spans``."""
    taken = sorted((a, b) for _, a, b in spans)
    found = []
    for match in _PAIR.finditer(text):
        start, stop = match.span()
        if not any(a < stop and start < b for a, b in taken) and first_name(match.group(1)) \
                and not _THING_BEFORE.search(text, max(0, start - 30), start):
            found.append(("PER", start, stop))
    return found
