"""What kind of place a location entity is: a country, a city, a region, a district, another.

NEREL types its places COUNTRY, CITY, STATE_OR_PROVINCE, DISTRICT and LOCATION (continents,
seas, rivers, mountains, parts of the world). ``data/place_kinds.tsv``, built from NEREL train
by ``bench/build_place_kinds.py``, gives the kind NEREL gives most often to each normal form our
pipeline writes for a place ("россия", "российский", "омская область"), and to each head noun a
place name of several words opens or ends with ("область", "район", "штат"). An entity takes
the kind most of its mentions' forms have; where no form is in the table, the kind the word
before its mentions says ("в городе Тулун", "штата Айова", "на острове Мэн"; NEREL train: 101 of
102 places after "город…" are cities, 66 of 66 after "штат…" states); else none.
"""

import re
from collections import Counter
from functools import cache
from importlib import resources

from ..text.morph import analyzer
from ..text.yo import fold

KINDS = {"COUNTRY": "country", "CITY": "city", "STATE_OR_PROVINCE": "region", "DISTRICT": "district",
         "LOCATION": "other"}


@cache
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """({folded normal form: kind}, {head noun lemma: kind})."""
    names, heads = {}, {}
    text = resources.files(__package__).joinpath("data/place_kinds.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            key, kind = line.split("\t")[:2]
            if key.startswith("head:"):
                heads[key[5:]] = kind
            else:
                names[key] = kind
    return names, heads


@cache
def _head_lemma(word: str) -> str | None:
    parse = analyzer().parse(word)[0]
    return parse.normal_form if parse.tag.POS == "NOUN" else None


def head_noun(normal: str) -> str | None:
    """The lemma of the noun a place name of several words opens or ends with ("область" of
    "Омская область", "республика" of "Республика Татарстан"), or None."""
    return _head(fold(normal).split())[0]


def _head(words: list[str]) -> tuple[str | None, bool]:
    """(the head noun's lemma, whether it opens the name) of a name of several words."""
    if len(words) >= 2:
        for word, opens in ((words[0], True), (words[-1], False)):
            if (lemma := _head_lemma(word)) is not None:
                return lemma, opens
    return None, False


def form_kind(normal: str) -> str | None:
    """The kind of one normal form: the table's; else, for a name of several words, the kind of
    the name an opening head noun goes with ("Республика Татарстан": "татарстан", a region,
    where most of train's "республика …" are countries), else the head noun's."""
    names, heads = _table()
    words = fold(normal).split()
    kind = names.get(" ".join(words))
    if kind is None:
        head, opens = _head(words)
        if head is not None:
            kind = (names.get(" ".join(words[1:])) if opens else None) or heads.get(head)
    return kind


def place_kind(normals) -> str | None:
    """The kind most of the forms have (on a tie, the first form's), or None."""
    kinds = [k for k in map(form_kind, normals) if k is not None]
    return Counter(kinds).most_common(1)[0][0] if kinds else None


_CUES = ((re.compile(r"(?:город\w*|г\.|сел[оаеу]|деревн[яиеюь]|посел\w*|посёл\w*|станиц[аеыу]|аул[ае]?)\s+$",
                     re.IGNORECASE), "city"),
         (re.compile(r"(?:штат\w*|провинци[ияюей]+)\s+$", re.IGNORECASE), "region"),
         (re.compile(r"(?:остров\w*)\s+$", re.IGNORECASE), "other"))


def cue_kind(text: str, starts) -> str | None:
    """The kind most of the words before the mentions at ``starts`` say, or None."""
    kinds = [kind for start in starts for pattern, kind in _CUES if pattern.search(text, max(0, start - 20), start)]
    return Counter(kinds).most_common(1)[0][0] if kinds else None
