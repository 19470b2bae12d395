"""Place adjectives ("российских", "шведская") as LOC mentions, as NEREL annotates them.

The lemma list is data (``data/place_adjectives.txt``), built from NEREL train by
``bench/build_place_adjectives.py``.
"""

from functools import cache
from importlib.resources import files

from spacy.tokens import Doc

from ..records import LocationMention
from ..text.yo import recover_case
from .lookup import tokens_with_lemmas


@cache
def place_adjectives() -> frozenset[str]:
    text = files("ru_newsner.ner").joinpath("data/place_adjectives.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line and not line.startswith("#"))


def place_adjective_mentions(doc: Doc, inside: list[tuple[int, int]]) -> list[LocationMention]:
    """LOC mentions for place adjectives not already inside a LOC or PER span."""
    lemmas = place_adjectives()
    result = []
    for token in tokens_with_lemmas(doc, lemmas):
        if token.pos_ != "ADJ":
            continue
        start, stop = token.idx, token.idx + len(token)
        if any(a <= start and stop <= b for a, b in inside):
            continue
        result.append(LocationMention(
            start=start, stop=stop, text=token.text, source="rules",
            normal=recover_case(token.text, token.lemma_),
        ))
    return result
