"""Organization and location mentions that name a facility, by NEREL's conventions: slovnet
tags "Исаакиевский собор", "Саяно-Шушенской ГЭС" ORG and "Новодевичьем кладбище",
"Ленинградском шоссе", "Пушкинской улицы" LOC; NEREL tags them FACILITY (or nothing), and
"ЗАО «Роспром»" is annotated at the quoted name only.

The key of a mention is the lemma of its first noun before any quote ("кладбище", "улица",
"зао"), or for a quoted name the noun before its quote ("«стадион", "«метро");
``data/facilities.tsv`` lists, per label, the keys whose mentions NEREL train rarely confirms,
learned by ``bench/build_facilities.py`` (threshold on that precision chosen on a held-out
fifth of train). A mention with such a key is dropped.

The name after a street noun is the street's, no place: "на улице [Челюскинцев]", "площади
[Победы]", "ул. [Аккуратова]" (``street_name``; NEREL train: 16 such LOC spans of slovnet,
none tagged). A place name in the genitive there is the town whose streets they are, and
stays a place: "на улицах [Каира]", "Молодогвардейской улице [Москвы]" (train: 7 of 7).
"""

import re
from functools import lru_cache

from ..text.yo import fold
from .data_rows import data_rows

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")
_QUOTE = re.compile(r"[«\"„']")
_BEFORE_QUOTE = re.compile(r"([А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*)[ \u00a0]*[«\"„]$")


_STREET = re.compile(r"(?:(?<![\w.-])(?:ул|просп|пл|пер|наб)\.|(?<![\w-])(?:пр-т|б-р)|(?<![\w-])"
                     r"(?:улиц|проспект|площад|переул|бульвар|шоссе|набережн|проезд|алле|тупик)[а-яё]*)"
                     r"[ \u00a0]*$", re.IGNORECASE)


def street_name(text: str, start: int, parse) -> bool:
    """Whether the mention at ``start`` of the article's ``text`` follows a street noun and is
    no place name in the genitive (whose streets they are)."""
    if not _STREET.search(text, max(0, start - 16), start):
        return False
    word = _WORD.match(text, start)
    first = parse(word.group()) if word else ()
    return not (first and "Geox" in first[0].tag and (first[0].tag.case == "gent" or "Fixd" in first[0].tag))


@lru_cache(maxsize=1)
def facility_keys() -> frozenset[tuple[str, str]]:
    """(label, key) pairs: "LOC", "кладбище"."""
    return frozenset((row[0], row[1]) for row in data_rows("facilities.tsv"))


def facility_key(text: str, parse, before: str = "") -> str | None:
    """The lemma (lower case, ё folded) of the first noun of ``text`` before a quote, if any;
    for a quoted name (``before``, the text before the mention, ends with an opening quote),
    the lemma of the noun before the quote, marked: "«стадион" for "стадионе «Маракана»",
    "«метро" for "станции метро «Войковская»"."""
    outside = _BEFORE_QUOTE.search(before[-40:]) if before else None
    parses = parse(outside.group(1)) if outside else None
    if parses and parses[0].tag.POS == "NOUN":
        return "«" + fold(parses[0].normal_form.lower())
    quote = _QUOTE.search(text)
    for word in _WORD.findall(text[:quote.start()] if quote else text):
        parses = parse(word)
        if parses and parses[0].tag.POS == "NOUN":
            return fold(parses[0].normal_form.lower())
    return None


# an arena is named by its word anywhere in the name: "Казань Арена", "Ростов Арене", "Минск-арена",
# "Арена Омск" (NEREL train: 5 such names, all FACILITY)
_ARENA = re.compile(r"(?<![А-Яа-яЁё])[Аа]рен(?:а|ы|е|у|ой)(?![А-Яа-яЁё])")


def is_facility(label: str, text: str, parse, keys=None, before: str = "") -> bool:
    """Whether a mention's text (``before`` it, the article's text before it) names a facility
    (``(label, key)`` is in ``keys``, or the name is an arena's)."""
    if _ARENA.search(text):
        return True
    keys = facility_keys() if keys is None else keys
    return bool(keys) and (label, facility_key(text, parse, before)) in keys
