"""Places in Latin script inside Latin organization names, as NEREL nests them: "Chicago
Bulls" holds LOC "Chicago", "The New York Times" holds "New York", "Detroit Red Wings" holds
"Detroit". slovnet tags the whole name ORG, and pymorphy3 knows place names in Cyrillic only.

So a capitalized Latin word is spelled in Cyrillic by English spelling rules (several
readings: "Chicago" → "чикаго", "Atlanta" → "атланта", "Boston" → "бостон"), and it is a
place when pymorphy3's dictionary knows one reading as a place name (Geox) and navec puts
that reading close to the Latin word (cosine ≥ :data:`MIN_SIMILARITY`: "Chicago"/"чикаго"
0.47, "New York"'s "york"/"йорк" 0.20; "Chase"/"чейс" or "Folha" are not in it at all).
Words such as "New", "Los", "San" before the place belong to it ("Los Angeles"). On NEREL
train, inside predicted organization names that are all Latin: 39 right, 8 wrong.

Names the spelling rules miss ("Russia", "France", "Montreal", "San Jose") are looked up in
``data/latin_places.txt``: GeoNames' countries, US states, continents and larger cities
(``bench/build_latin_places.py``).
"""

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib.resources import files

import numpy as np

Raw = tuple[str, int, int]
Vectors = Callable[[str], "np.ndarray | None"]
MIN_SIMILARITY = 0.15  # chosen on NEREL train (dev not looked at)

# letter groups first, then single letters; each with its usual Russian renderings
_GROUPS = [
    ("sch", "ш"), ("tch", "ч"), ("ch", "ч к"), ("sh", "ш"), ("ph", "ф"), ("th", "т"),
    ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("oo", "у"), ("ee", "и"), ("ea", "и е"),
    ("ou", "у ау"), ("ck", "к"), ("qu", "кв"), ("wh", "у"), ("ow", "оу ау"), ("ay", "ей эй"),
    ("ey", "ей и"), ("oy", "ой"), ("oi", "уа ой"), ("ai", "ай ей"), ("au", "о ау"),
    ("ie", "и"), ("gh", "-"), ("ll", "лл л"), ("ss", "сс с"), ("tt", "тт т"), ("nn", "нн н"),
    ("mm", "мм м"), ("ue", "ю -"), ("eu", "ей ев"), ("ae", "е"), ("oe", "е"), ("cc", "кк"),
    ("ge", "дже ге ж"), ("gi", "джи ги"), ("ce", "се"), ("ci", "си чи"), ("cy", "си"),
    ("ja", "я джа ха"), ("jo", "джо йо хо"), ("ju", "дж ю ху"), ("ya", "я"), ("yo", "йо"),
    ("yu", "ю"), ("ia", "ия иа"), ("io", "ио"), ("iu", "иу"),
]
_LETTERS = {
    "a": "а э", "b": "б", "c": "к с", "d": "д", "e": "е э и -", "f": "ф", "g": "г", "h": "х -",
    "i": "и ай", "j": "дж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о у", "p": "п",
    "q": "к", "r": "р", "s": "с з", "t": "т", "u": "у а", "v": "в", "w": "у в", "x": "кс",
    "y": "и й", "z": "з ц",
}
_MAX_READINGS = 400
PREFIXES = frozenset({"new", "los", "las", "san", "santa", "st", "saint", "fort", "port", "lake",
                      "north", "south", "east", "west", "rio", "el", "la", "le", "salt", "palm"})
_FUNCTION = frozenset({"and", "the", "of", "de", "del", "da", "di", "du", "von", "van"})
_NEVER = PREFIXES | _FUNCTION  # parts of a place name, never one alone
_LATIN_NAME = re.compile(r"[A-Za-z0-9 .&'’-]+")
_TOKEN = re.compile(r"[A-Za-z]+\.?")
_POSSESSIVE = re.compile(r"['’]s\b")


def _options(text: str) -> list[str]:
    return ["" if o == "-" else o for o in text.split()]


def readings(word: str) -> list[str]:
    """Cyrillic spellings of a Latin ``word`` by English rules (at most ``_MAX_READINGS``)."""
    word, out, i = word.lower(), [""], 0
    while i < len(word):
        group = next(((g, r) for g, r in _GROUPS if word.startswith(g, i)), None)
        if group:
            options, i = _options(group[1]), i + len(group[0])
        else:
            options, i = _options(_LETTERS.get(word[i], word[i])), i + 1
        out = [o + r for o in out for r in options][:_MAX_READINGS]
    return out


@lru_cache(maxsize=1)
def gazetteer() -> frozenset[str]:
    """Place names in Latin script, lower case ("russia", "san jose")."""
    text = files("ru_newsner.ner").joinpath("data/latin_places.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def dictionary_readings(word: str, analyzer, accept: Callable) -> Iterator[str]:
    """The Cyrillic readings of a Latin ``word`` that pymorphy3 (``analyzer``) knows as a word
    with a dictionary parse (among its first three) that ``accept(tag)`` takes. The readings go
    through the dictionary look-up first: no parse is built for the hundreds that are no words."""
    for reading in readings(word):
        if len(reading) > 2 and analyzer.word_is_known(reading) and any(
                p.is_known and p.word == reading and accept(p.tag) for p in analyzer.parse(reading)[:3]):
            yield reading


def place_test(analyzer, vectors: Vectors) -> Callable[[str], bool]:
    """``is_place(latin word)``: a Cyrillic reading is a place name pymorphy3 (``analyzer``)
    knows (:func:`dictionary_readings`), close to the Latin word in navec."""

    @lru_cache(maxsize=20_000)
    def is_place(word: str) -> bool:
        if len(word) < 3 or word.lower() in _NEVER:
            return False
        if word.lower() in gazetteer():
            return True
        latin = vectors(word.lower())
        if latin is None:
            return False
        for reading in dictionary_readings(word, analyzer, lambda tag: "Geox" in tag):
            cyrillic = vectors(reading)
            if cyrillic is not None and _cosine(latin, cyrillic) >= MIN_SIMILARITY:
                return True
        return False

    return is_place


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-9))


def latin_places(text: str, spans: list[Raw], is_place: Callable[[str], bool]) -> list[Raw]:
    """LOC spans nested in ORG spans written in Latin script only."""
    taken = {(a, b) for _, a, b in spans}
    found: list[Raw] = []
    for label, start, stop in spans:
        if label != "ORG" or not _LATIN_NAME.fullmatch(text, start, stop):
            continue
        taken.add((start, stop))  # the whole name is no place in it
        tokens = list(_TOKEN.finditer(text, start, stop))
        for i, token in enumerate(tokens):
            word = token.group().rstrip(".")
            if not word[:1].isupper() or _POSSESSIVE.match(text, token.end()):
                continue  # "Victoria’s Secret": a possessive names an owner
            after = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].start() == token.end() + 1 else None
            if after and f"{word} {after.group()}".lower() in gazetteer():
                found.append(("LOC", token.start(), after.end()))  # "San Jose"
                continue
            if not is_place(word):
                continue
            first = i
            while first > 0 and tokens[first - 1].group().rstrip(".").lower() in PREFIXES \
                    and tokens[first - 1].end() + 1 == tokens[first].start():
                first -= 1  # "Los Angeles", "New York"
            found.append(("LOC", tokens[first].start(), token.start() + len(word)))
    return [s for s in dict.fromkeys(found) if s[1:] not in taken]
