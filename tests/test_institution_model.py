"""The common-noun organizations' classifier (``ner/institution_model.py``): candidates of the
nouns it judges, scored in context by weights trained on NEREL train
(``ner/data/institution_model.tsv``, built by ``bench/train_institutions.py``)."""

import math

import pytest

import ru_newsner.ner.institution_model as institution_model
from ru_newsner.linear import Weights, format_weights, read_weights
from ru_newsner.ner.institution_model import model_lemmas, shipped

from helpers import texts_of


def test_the_shipped_model_loads():
    model = shipped()
    assert 0.0 < model.threshold < 1.0 and math.isfinite(model.bias)
    assert len(model.weights) > 1000
    assert {"полиция", "правительство", "власть", "сенат"} <= model_lemmas(model)
    assert "человек" not in model_lemmas(model)  # a noun NEREL never tags an organization is not judged
    assert model.weights["PPROF"] > 0  # "главы [администрации]": a post's body


def test_the_context_decides(pipeline):
    """One noun, one form: an organization where it acts, none where it is a place of service."""
    assert texts_of(pipeline, "Армия перешла в наступление.") == ["Армия"]
    assert texts_of(pipeline, "Он служил в армии два года.") == []


def test_the_best_extent_wins(pipeline):
    assert texts_of(pipeline, "Израильская армия перешла в наступление.") == ["Израильская армия"]


def test_the_table_decides(pipeline, monkeypatch):
    """Every candidate of a judged noun is taken under a table that takes all, none under one
    that takes none; nouns the table does not list are never candidates."""
    text = "Он служил в армии, потом работал в полиции."
    everything = Weights(20.0, 0.5, {}, {"lemmas": "армия"})
    monkeypatch.setattr(institution_model, "shipped", lambda: everything)
    assert texts_of(pipeline, text) == ["армии"]
    monkeypatch.setattr(institution_model, "shipped", lambda: Weights(-20.0, 0.5, {}, {"lemmas": "армия полиция"}))
    assert texts_of(pipeline, text) == []


def test_a_table_keeps_its_notes():
    model = read_weights("# made by a test\n# bias\t-1.5\n# threshold\t0.3\n# lemmas\tармия суд\nL=суд\t0.5\n")
    assert model == Weights(-1.5, 0.3, {"L=суд": 0.5}, {"lemmas": "армия суд"})
    assert model_lemmas(model) == frozenset({"армия", "суд"})
    assert read_weights(format_weights(model, ["made again"])) == model  # what a trainer writes, read back
    with pytest.raises(ValueError, match="bias"):
        read_weights("# threshold\t0.3\nL=суд\t0.5\n", "institution model")


def test_token_offsets_index_every_token():
    """Each token's index by its start and by its end offset, blank tokens included, read from
    the Doc's arrays (the classifier's features look tokens up by a candidate's offsets)."""
    import spacy

    doc = spacy.blank("ru")("Власти  Москвы, «Газпром».")
    starts, stops = institution_model.token_offsets(doc)
    assert starts == {t.idx: t.i for t in doc}
    assert stops == {t.idx + len(t): t.i for t in doc}
    assert doc[starts[8]].text == "Москвы" and doc[stops[14]].text == "Москвы"


def test_a_held_text_gives_what_the_doc_gives(pipeline):
    """``text`` handed in spares spaCy's joining of every token; the spans are the same."""
    from ru_newsner.pipeline.resources import shared

    text = "Власти Москвы и правления «Газпрома» обратились к полиции."
    doc = pipeline.nlp(text)
    raw = [("LOC", 7, 13), ("ORG", 26, 34)]
    parse = shared().parse
    found = institution_model.institution_spans(doc, raw, parse)
    assert found == institution_model.institution_spans(doc, raw, parse, text=text)
    assert ("ORG", 0, 13) in found  # "Власти Москвы": the name-complement form, read from the text
