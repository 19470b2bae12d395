"""One key per place of an article, for its location clusters (``link.clusters``): the
alias table's ("РФ", "России", "российский" → "россия", ``link.aliases``), a place adjective
the article's place its stem names ("израильская" ~ "израиль"), a state's form left out
("республика куба" ~ "куба"), an abbreviation the place its initials spell ("СКФО"), and a
declined phrase of the table one with its nominative ("Саудовской Аравии" ~ "Саудовская
Аравия")."""

import re
from collections.abc import Sequence

from ..text.yo import fold
from .aliases import location_key
from .initials import initials, is_abbreviation


def place_keys(mentions: Sequence, places: list[int]) -> dict[int, str]:
    """The key of each location mention index of ``places``."""
    keys = {i: location_key(mentions[i].normal, mentions[i].text) for i in places}
    return _same_normal_same_key(_abbreviations_to_places(_adjectives_to_places(keys), mentions), mentions)


_PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ой|ая|ое|ие)$")
# a state's form before or after its name: "Республика Куба", "Королевство Свазиленд", "Азербайджанская Республика"
_FORM_BEFORE = re.compile(r"^(?:[а-яё]+(?:ая|ое)\s+){0,2}(?:республика|королевство|княжество)\s+(?=\S+$)")
_FORM_AFTER = re.compile(r"(?<=\S)\s+республика$")


def _adjectives_to_places(keys: dict[int, str]) -> dict[int, str]:
    """A place adjective takes the key of the one place of the article its stem names:
    "израильская" ~ "израиль", "руандийский" ~ "руанда", "британский" ~ "великобритания"
    (the alias table knows "российский" ~ "россия" already); a state's form leaves the key
    first ("республика куба" ~ "куба", "азербайджанская республика" ~ "азербайджан"). The
    article's own places are the candidates, not the dictionary's (`ner.places.derived_place`
    reaches fewer here: "британский", "итальянский" are no derivation of a Geox lemma)."""
    keys = {i: _without_state_form(k) for i, k in keys.items()}
    nouns = {k for k in keys.values() if " " not in k and not _PLACE_ADJECTIVE.search(k)}
    regions = {k: k.split()[0][:-2] for k in keys.values() if _REGION.fullmatch(k)}  # "калининградская область"
    out = {}
    for i, key in keys.items():
        match = _PLACE_ADJECTIVE.search(key) if " " not in key else None
        stem = key[:match.start()] if match else ""
        found = {n for n in nouns if stem_names_place(stem, n)} if len(stem) >= 4 else set()
        found = found or {r for r, first in regions.items() if match and key[:-2] == first}
        out[i] = found.pop() if len(found) == 1 else key
    return out


_REGION = re.compile(r"[а-яё-]+(?:ская|цкая|ский|цкий)\s+(?:область|край|район|округ|губерния|уезд)")


def _abbreviations_to_places(keys: dict[int, str], mentions) -> dict[int, str]:
    """The one place of the article whose words' initials spell an abbreviation takes the
    abbreviation's key: "Приднестровская Молдавская Республика" ~ "ПМР", "Северо-Кавказский
    федеральный округ" ~ "СКФО" (and with it the names the alias table gives the abbreviation:
    "Соединённые Штаты Америки" ~ "США" ~ "Соединённые Штаты")."""
    spelled: dict[str, set[str]] = {}
    for key in keys.values():
        if " " in key:
            for stop in (True, False):
                spelled.setdefault(initials(key, stop), set()).add(key)
    renamed = {next(iter(spelled[key])): key for i, key in keys.items()
               if is_abbreviation(mentions[i].text) and len(spelled.get(key, ())) == 1}
    return {i: renamed.get(key, key) for i, key in keys.items()}


def _same_normal_same_key(keys: dict[int, str], mentions) -> dict[int, str]:
    """A place keyed by its own normal form takes the key another mention of that normal form
    has from the alias table: the table holds declined phrases ("саудовской аравии"), so
    "Саудовской Аравии" is keyed by its text and "Саудовская Аравия" by its normal form,
    "саудовская аравия", which was another place."""
    aliased: dict[str, str] = {}
    for i, key in keys.items():
        normal = fold(mentions[i].normal)
        if key != normal:
            aliased.setdefault(normal, key)
    return {i: aliased.get(key, key) if key == fold(mentions[i].normal) else key for i, key in keys.items()}


def _without_state_form(key: str) -> str:
    """"республика куба" → "куба", "азербайджанская республика" → "азербайджанская"; not
    "республика сербская", whose adjective names the republic itself, not a country."""
    bare = _FORM_BEFORE.sub("", key)
    return _FORM_AFTER.sub("", key if _PLACE_ADJECTIVE.search(bare) else bare)


_NOUN_ENDING = re.compile(r"(?:ия|ья|а|я|ь|о|е)$")


def stem_names_place(stem: str, noun: str) -> bool:
    """An adjective's stem and a place's name without its ending, one the other's start and at
    most three letters apart ("босний" ~ "босн(ия)", "итальян" ~ "итал(ия)", "новосибир" ~
    "новосибирск"; not "австрий" ~ "австрал(ия)"), or the stem inside the name ("британ" ~
    "великобритания")."""
    base = _NOUN_ENDING.sub("", noun)
    return len(base) >= 4 and abs(len(base) - len(stem)) <= 3 and (stem.startswith(base) or base.startswith(stem)) \
        or len(stem) >= 6 and stem in noun
