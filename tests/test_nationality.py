"""ner.nationality: the learned classifier of head nouns after which a place adjective is a
person's nationality, not a place."""

import numpy as np
import pytest

from ru_newsner.ner.nationality import Classifier, classifier, head_vector, nationality_test, word_vectors
from ru_newsner.pipeline.resources import shared


@pytest.fixture(scope="module")
def is_nationality():
    return nationality_test(word_vectors(shared().ner))


def test_shipped_model_matches_the_vectors():
    model = classifier()
    assert model is not None and 0 < model.threshold < 1
    assert model.weights.shape == (len(word_vectors(shared().ner)("актер")),)


@pytest.mark.parametrize("noun", ["актер", "писатель", "певица", "теннисистка"])
def test_people_of_arts_and_sport_are_nationalities(is_nationality, noun):
    assert is_nationality(noun)


@pytest.mark.parametrize("noun", ["президент", "власть", "полиция", "правительство", "город"])
def test_state_nouns_keep_the_place(is_nationality, noun):
    assert not is_nationality(noun)


def test_unknown_words_are_never_nationalities(is_nationality):
    assert word_vectors(shared().ner)("кзщхъыв") is None
    assert not is_nationality("кзщхъыв")


def test_hyphenated_compound_falls_back_to_its_parts():
    vectors = word_vectors(shared().ner)
    assert np.array_equal(head_vector("боксер-кзщхъыв", vectors), vectors("боксер"))
    assert head_vector("кзщхъыв-ъыв", vectors) is None


def test_threshold_decides():
    vectors = word_vectors(shared().ner)
    dim = len(vectors("актер"))
    always_place = Classifier(np.zeros(dim, dtype=np.float32), 10.0, 0.5)
    never_place = Classifier(np.zeros(dim, dtype=np.float32), -10.0, 0.5)
    assert not nationality_test(vectors, always_place)("актер")
    assert nationality_test(vectors, never_place)("президент")
