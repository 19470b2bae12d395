"""Tokens of a spaCy Doc picked by lemma from the Doc's lemma array, without making a Token
object for every word (a Python loop over a news article's ~450 tokens costs more than the
look-up it serves)."""

from collections.abc import Iterator
from functools import lru_cache

import numpy as np
from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.tokens import Doc


def yo_forms(lemma: str) -> set[str]:
    """A folded lemma ("е" for "ё") and its spellings with one "ё" (pymorphy3 keeps "ё")."""
    return {lemma} | {lemma[:k] + "ё" + lemma[k + 1:] for k, c in enumerate(lemma) if c == "е"}


@lru_cache(maxsize=16)
def _hashes(lemmas: frozenset[str], folded: bool) -> np.ndarray:
    forms = {f for lemma in lemmas for f in (yo_forms(lemma) if folded else {lemma})}
    return np.fromiter((hash_string(f) for f in forms), dtype=np.uint64, count=len(forms))


def tokens_with_lemmas(doc: Doc, lemmas: frozenset[str], folded: bool = False) -> Iterator:
    """The tokens whose ``lemma_`` is one of ``lemmas`` (``folded``: given without "ё"), in order."""
    for i in np.flatnonzero(np.isin(doc.to_array(LEMMA), _hashes(lemmas, folded))):
        yield doc[int(i)]
