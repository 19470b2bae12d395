"""Nationality, not place: before some nouns a place adjective says where a person comes
from, and NEREL does not tag it LOC ("американский актёр", "британский физиолог",
"португальской балериной"); before others it names the state ("российский президент",
"британская полиция", "американские военные").

Which nouns are which is a matter of meaning, so it is learned rather than listed: a logistic
regression over the navec vector (the embeddings natasha's slovnet ships) of the head noun's
lemma, trained on NEREL train by ``bench/build_nationality_heads.py`` (its threshold chosen on
a held-out fifth of train). A noun train never saw gets the class of its neighbours in the
embedding space ("пловчиха" with "теннисистка", "физиолог" with "учёный"). Words navec does
not know are never called nationalities; a hyphenated compound falls back to its parts
("боксёр-тяжеловес").

The model is stored as text in ``data/nationality_heads.tsv``: the threshold, the bias, and
one weight per vector dimension (the standardization folded into them).
"""

from collections.abc import Callable
from functools import cache, lru_cache
from typing import NamedTuple

import numpy as np

from .data_rows import data_rows

Vectors = Callable[[str], "np.ndarray | None"]


class Classifier(NamedTuple):
    weights: np.ndarray
    bias: float
    threshold: float  # below this probability of "place", the noun is a nationality's

    def place_probability(self, vector: np.ndarray) -> float:
        return float(1.0 / (1.0 + np.exp(-(vector @ self.weights + self.bias))))


@cache
def classifier() -> Classifier | None:
    """The shipped model, or None when its file holds none (the builder's starting point)."""
    rows = {row[0]: row[1] for row in data_rows("nationality_heads.tsv")}
    if "weights" not in rows:
        return None
    weights = np.array([float(x) for x in rows["weights"].split()], dtype=np.float32)
    return Classifier(weights, float(rows["bias"]), float(rows["threshold"]))


def word_vectors(ner) -> Vectors:
    """Lower-case word → its navec vector from a loaded slovnet NER (``resources.
    load_slovnet_ner``), or None for a word navec does not know."""
    vocab, embed = ner.infer.encoder.words_vocab, ner.infer.model.emb.word

    def vector(word: str):
        index = vocab.encode(word)
        return None if index == vocab.unk_id else np.asarray(embed(np.array([index]))[0], dtype=np.float32)

    return vector


def head_vector(lemma: str, vectors: Vectors):
    """The vector of ``lemma``, else of its hyphenated parts, the last first
    ("рок-музыкант" → "музыкант", "боксер-тяжеловес" → "тяжеловес", then "боксер")."""
    parts = lemma.split("-")
    for word in [lemma, *reversed(parts)] if len(parts) > 1 else [lemma]:
        vector = vectors(word)
        if vector is not None:
            return vector
    return None


def nationality_test(vectors: Vectors, model: Classifier | None = None) -> Callable[[str], bool]:
    """``is_nationality(head lemma)``: True where a place adjective before this noun names a
    person's nationality, not a place (always False without a model)."""
    model = model or classifier()
    if model is None:
        return lambda lemma: False

    @lru_cache(maxsize=50_000)
    def is_nationality(lemma: str) -> bool:
        vector = head_vector(lemma, vectors)
        return vector is not None and model.place_probability(vector) < model.threshold

    return is_nationality
