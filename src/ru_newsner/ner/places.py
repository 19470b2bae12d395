"""Place adjectives ("российских", "шведская", "томские") as LOC mentions, as NEREL
annotates them.

Two sources, both built from NEREL train by ``bench/build_place_adjectives.py``:

- ``data/place_adjectives.txt``: lemmas NEREL marks as a location in at least half of their
  occurrences ("российский", "московский");
- for a lower-case adjective whose lemma train never saw, its derivation: "томский" from
  "Томск", "тульский" from "Тула", "ереванский" from "Ереван" (``derived_place``: the stem
  with the usual endings is a place name in pymorphy3's dictionary). Lemmas train saw and
  rejected ("советский", from the town Советск) are listed in
  ``data/non_place_adjectives.txt`` and never derived.

Before some nouns a place adjective says where a person comes from, and NEREL does not tag
it: "американский актёр", "французский писатель" (but "российский президент", "британская
полиция" are places). ``head_noun`` finds the noun (over more adjectives, coordinated ones
too: "российский и советский актёр"); ``ner.nationality`` decides, a classifier learned on
train.

A place adjective before "столица" names a place of its own, the capital: NEREL tags
"[британской] столице" whole too (train: 7 of 10 such phrases; ``capitals``).
"""

import re
from collections.abc import Callable
from functools import cache, lru_cache

import numpy as np
from spacy.attrs import LEMMA, POS
from spacy.symbols import ADJ
from spacy.tokens import Doc

from ..records import LocationMention
from ..text.morph import analyzer
from ..text.yo import fold, recover_case, respect_spelling
from .data_rows import data_rows
from .lookup import tokens_with_lemmas

_SUFFIXES = ("ский", "цкий")


def _lemma_file(name: str) -> frozenset[str]:
    return frozenset(row[0] for row in data_rows(name))


@cache
def place_adjectives() -> frozenset[str]:
    return _lemma_file("place_adjectives.txt")


@cache
def non_place_adjectives() -> frozenset[str]:
    return _lemma_file("non_place_adjectives.txt")


@cache
def place_adjective_lemmas() -> frozenset[str]:
    """Lemmas train decided on, listed or rejected: never derived."""
    return place_adjectives() | non_place_adjectives()


_NEXT_WORD = re.compile(r"[ \u00a0]+([А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*)")
_LINK = re.compile(r",|[ \u00a0]+(?:и|или|а также)(?=[ \u00a0])")


def head_noun(text: str, stop: int, parse) -> str | None:
    """The lemma (lower case, ё folded) of the noun an adjective ending at ``stop`` modifies:
    the next word, or the first noun after at most four more adjectives, coordinated ones
    included ("итальянском, французском и немецком языках"); None if none."""
    pos = stop
    for _ in range(5):
        link = _LINK.match(text, pos)  # "российский и советский актёр", "итальянском, французском"
        if link and (after := _NEXT_WORD.match(text, link.end())) \
                and any(p.tag.POS == "ADJF" for p in parse(after.group(1))[:1]):
            pos = link.end()
        match = _NEXT_WORD.match(text, pos)
        parses = parse(match.group(1)) if match else ()
        if not parses:
            return None
        if parses[0].tag.POS == "NOUN":
            return fold(parses[0].normal_form.lower())
        if parses[0].tag.POS not in ("ADJF", "PRTF"):
            return None
        pos = match.end()
    return None


def _stems(lemma: str) -> list[str]:
    suffix = next((s for s in _SUFFIXES if lemma.endswith(s)), None)
    if suffix is None:
        return []
    stem = lemma[:-len(suffix)]
    out = [lemma[:-2], stem] + [stem + end for end in ("а", "я", "ия", "о", "ь", "и", "ы", "е")]
    if stem.endswith("ь"):
        out += [stem[:-1] + end for end in ("", "я", "ия", "а")]
    if stem.endswith("ин"):
        out.append(stem[:-2] + "а")  # махачкалинский: Махачкала
    if stem.endswith("ий"):
        out += [stem[:-2] + "а", stem[:-2] + "ия"]  # руандийский: Руанда
    return [s for s in out if len(s) > 2]


@lru_cache(maxsize=20_000)
def derived_place(lemma: str, parse) -> str | None:
    """The place name (pymorphy3's dictionary, Geox) an adjective lemma derives from, if any:
    "томский" → "томск", "канадский" → "канада"; "городской" → None."""
    known = analyzer().word_is_known  # a dictionary look-up first: most stems are no word, and
    for stem in _stems(lemma):        # parsing them runs pymorphy3's guessers for nothing
        if known(stem) and any(p.is_known and "Geox" in p.tag and p.normal_form == stem for p in parse(stem)):
            return stem
    return None


@lru_cache(maxsize=50_000)
def _derivable(lemma: str, parse, known: frozenset[str]) -> bool:
    return lemma.endswith(_SUFFIXES) and lemma not in known and derived_place(lemma, parse) is not None


def _derived_tokens(doc: Doc, parse, known: frozenset[str], organizations=()):
    """Adjectives whose lemma derives from a place (looked up once per lemma, on the Doc's
    arrays, not per token): lower-case ones, and capitalized ones inside an organization's
    name ("Павловского машиностроительного завода", "Читинской епархии": train 13 of 13
    tagged LOC; elsewhere a capital may start a name, "Тульский пряник")."""
    rows = doc.to_array([POS, LEMMA])
    strings = doc.vocab.strings
    for i in np.flatnonzero(rows[:, 0] == ADJ):
        if _derivable(strings[int(rows[i, 1])], parse, known):
            token = doc[int(i)]
            if not token.text.replace("-", "").isalpha():
                continue
            if token.text[:1].islower() or any(a <= token.idx and token.idx + len(token) <= b
                                               for a, b in organizations):
                yield token


_COMPOUND = re.compile(r"(?<![\w-])([А-ЯЁа-яё][а-яё]+о)-([а-яё]+)(?![\w-])")


def compound_places(text: str, parse) -> list[tuple[int, int, str]]:
    """Both halves of a compound of place adjectives, the way NEREL tags them: "российско" and
    "американского" in "российско-американского", "сирийско" and "ливанской" (train: 12 such
    compounds, each tagged as two places). Compounds of other words ("социально-экономического")
    give nothing. Each half comes as (start, stop, adjective lemma)."""
    listed, known = place_adjectives(), place_adjective_lemmas()
    found = []
    for match in _COMPOUND.finditer(text):
        first = match.group(1).lower()
        stems = (first[:-1] + "ий", first[:-1] + "ский") if first.endswith(("ско", "цко")) else (first[:-1] + "ский",)
        parses = parse(match.group(2))
        second = fold(parses[0].normal_form) if parses and parses[0].tag.POS == "ADJF" else None
        stem = next((x for x in stems if x in listed or _derivable(x, parse, known)), None)
        if second and stem and (second in listed or _derivable(second, parse, known)):
            lemma = stems[0]  # "советско" is "советский" even where only "советскский" derives from a place
            found += [(*match.span(1), recover_case(match.group(1), lemma)), (*match.span(2), second)]
    return found


def capitals(text: str, adjectives: list[tuple[int, int]], parse) -> list[tuple[int, int]]:
    """(start, stop) of "российской столицы", "в британской столице": each place adjective
    in ``adjectives`` whose next word is a form of "столица", with that word."""
    found = []
    for start, stop in adjectives:
        match = _NEXT_WORD.match(text, stop)
        if match and any(p.normal_form == "столица" and p.tag.POS == "NOUN" for p in parse(match.group(1))[:1]):
            found.append((start, match.end()))
    return found


def place_adjective_mentions(doc: Doc, inside: list[tuple[int, int]], parse=None, text: str = "",
                             nationality: Callable[[str], bool] | None = None,
                             organizations: list[tuple[int, int]] = ()) -> list[LocationMention]:
    """LOC mentions for place adjectives not already inside a LOC or PER span. With
    ``parse`` (a cached pymorphy3 parse) and the article's ``text``: derived adjectives too,
    capitalized ones inside ``organizations`` (ORG spans) too, and, with ``nationality``
    (``ner.nationality.nationality_test``), none before a noun that says where a person
    comes from."""
    lemmas = place_adjectives()
    tokens = [t for t in tokens_with_lemmas(doc, lemmas) if t.pos_ == "ADJ"]
    if parse is not None:
        tokens += _derived_tokens(doc, parse, place_adjective_lemmas(), organizations)
    result = [LocationMention(start=a, stop=b, text=text[a:b], source="rules", normal=normal)
              for a, b, normal in compound_places(text, parse)
              if not any(x <= a and b <= y for x, y in inside)] if parse is not None and text else []
    for token in sorted(tokens, key=lambda t: t.i):
        start, stop = token.idx, token.idx + len(token)
        if any(a <= start and stop <= b for a, b in inside):
            continue
        if nationality is not None and parse is not None \
                and (head := head_noun(text, stop, parse)) is not None and nationality(head):
            continue
        result.append(LocationMention(
            start=start, stop=stop, text=token.text, source="rules",
            normal=recover_case(token.text, respect_spelling(token.text, token.lemma_)),
        ))
    return result
