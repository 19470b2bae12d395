"""pymorphy3 analyses, cached, disambiguated in context by slovnet's UD tags.

``Analysis`` is our own record; pymorphy3's ``Parse`` objects stay inside this module
and the normal forms (``normalize.py``, ``person_names.py``).
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

UD_POS = {
    "NOUN": {"NOUN"}, "PROPN": {"NOUN"}, "ADJ": {"ADJF", "ADJS", "PRTF", "PRTS", "NUMR"},
    "VERB": {"VERB", "INFN", "GRND", "PRTF", "PRTS"}, "AUX": {"VERB", "INFN"},
    "NUM": {"NUMR", "NUMB"}, "ADV": {"ADVB", "COMP", "PRED"}, "PRON": {"NPRO"},
    "DET": {"ADJF", "NPRO"}, "ADP": {"PREP"}, "CCONJ": {"CONJ"}, "SCONJ": {"CONJ"},
    "PART": {"PRCL"}, "INTJ": {"INTJ"},
}
UD_FEATS = {
    "Case": {"Nom": {"nomn"}, "Gen": {"gent", "gen2"}, "Dat": {"datv"}, "Acc": {"accs"},
             "Ins": {"ablt"}, "Loc": {"loct", "loc2"}, "Voc": {"voct"}, "Par": {"gen2"}},
    "Gender": {"Masc": {"masc", "ms-f"}, "Fem": {"femn", "ms-f"}, "Neut": {"neut"}},
    "Number": {"Sing": {"sing"}, "Plur": {"plur"}},
}


@dataclass(frozen=True, slots=True)
class Analysis:
    """One token's morphology: UD tag from slovnet, lemma and OpenCorpora tag from pymorphy3."""

    pos: str
    feats: tuple[tuple[str, str], ...]
    lemma: str
    tag: str
    index: int  # which pymorphy3 parse was chosen

    @property
    def morph(self) -> str:
        """UD feats as spaCy's ``Key=Value|…`` string."""
        return "|".join(f"{k}={v}" for k, v in self.feats)


@cache
def analyzer():
    """The process's one pymorphy3 analyzer, built on first use: each analyzer loads its own
    copy of the dictionaries (about 20 MB), so the stages and the rule modules share this one."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@cache
def parser():
    """The process's one cached parser (:func:`make_parser` over :func:`analyzer`): the stages
    and the rules that read words of the text they tagged share its cache."""
    return make_parser(analyzer())


@lru_cache(maxsize=30_000)
def inflected(parse, wanted: frozenset[str]) -> str | None:
    """A pymorphy3 ``parse`` in the ``wanted`` form, or None. pymorphy3 builds the word's
    whole paradigm for this, so it is cached; the cached parser (:func:`make_parser`) hands
    out the same parse objects for a word."""
    form = parse.inflect(set(wanted))
    if form is None:
        return None
    if form.word.startswith(parse.word[:-2]):
        return form.word  # the same stem: no other form of the tag to prefer
    same = [f.word for f in parse.lexeme if f.tag == form.tag]  # "высшей" → "высочайшая" or "высшая"
    return max(same, key=lambda word: _shared_prefix(word, parse.word)) if len(same) > 1 else form.word


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


_CYRILLIC_WORD = re.compile(r"[а-яё][а-яё-]+", re.IGNORECASE)


def make_parser(analyzer, size: int = 30_000):
    """A cached ``word -> tuple[Parse, ...]`` function over a pymorphy3 analyzer.

    A Cyrillic word of two letters or more is looked up in lower case: pymorphy3 reads it so
    (the parses of "Министр" and "министр" are equal; an unknown word's differ only in the
    spelling its ``methods_stack`` keeps), and a quarter of the words a news article has
    parsed come in two spellings, one at a sentence's start or in a name. Single letters
    (initials: "Я" is a name's initial, "я" is not) and other scripts keep their case."""

    @lru_cache(maxsize=size)
    def cached(word: str):
        try:
            return tuple(analyzer.parse(word))
        except ValueError:  # pymorphy3 asks unicodedata.name() of characters that have none
            return ()

    def parse(word: str):
        if not word.islower() and _CYRILLIC_WORD.fullmatch(word):
            word = word.lower()
        return cached(word)

    parse.cache_info = cached.cache_info
    return parse


@lru_cache(maxsize=50_000)
def _agreement(tag, pos: str, feats: tuple[tuple[str, str], ...]) -> int:
    """How well a pymorphy3 tag agrees with a UD tag; cached (pymorphy3 shares one tag object
    per tag string, and a few thousand (tag, UD tag) pairs make up news text)."""
    points = 2 if tag.POS in UD_POS.get(pos, ()) else 0
    grammemes = tag.grammemes
    for key, value in feats:
        wanted = UD_FEATS.get(key, {}).get(value)
        if wanted and grammemes & wanted:
            points += 1
    return points


def choose(parses, pos: str, feats: tuple[tuple[str, str], ...]) -> int:
    """Index of the parse that agrees best with the contextual UD tag (ties: pymorphy's order)."""
    if len(parses) == 1:
        return 0
    best, best_points = 0, -1
    for index, parse in enumerate(parses):
        points = _agreement(parse.tag, pos, feats)
        if points > best_points:
            best, best_points = index, points
    return best


def analyze(parse, word: str, pos: str, feats: tuple[tuple[str, str], ...]) -> Analysis:
    """Disambiguated analysis of ``word`` given slovnet's ``pos`` and ``feats`` (``(key, value)`` pairs)."""
    items = tuple(sorted(feats))
    parses = parse(word)
    if not parses:
        return Analysis(pos, items, word.lower(), "UNKN", -1)
    index = choose(parses, pos, items)
    chosen = parses[index]
    return Analysis(pos, items, chosen.normal_form, str(chosen.tag), index)
