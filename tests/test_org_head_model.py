"""The organization heads' classifier (``ner/org_head_model.py``): the heads ``ner.org_heads``
finds, scored in context by weights trained on NEREL train (``ner/data/org_head_model.tsv``,
built by ``bench/train_org_heads.py``)."""

import math

import ru_newsner.ner.org_head_model as org_head_model
from ru_newsner.linear import Weights
from ru_newsner.ner.org_head_model import features, head_cases, shipped
from ru_newsner.pipeline.resources import shared

from helpers import spans_of, texts_of


def test_the_shipped_model_loads():
    model = shipped()
    assert 0.0 < model.threshold < 1.0 and math.isfinite(model.bias)
    assert len(model.weights) > 100
    assert model.weights["K=мвд"] > 0 > model.weights["K=посольство"]  # a state body stands alone, an embassy not


def test_the_words_of_a_head():
    text = "МВД сообщило, что глава МВД Киргизии уволен."
    spans = spans_of(text, ("ORG", "МВД"), ("ORG", "МВД Киргизии"), ("LOC", "Киргизии"))
    (case,) = head_cases(text, spans, shared().parse)
    assert text[case[0]:case[1]] == "МВД" and case[0] == text.index("МВД Киргизии")
    words = case[2]
    assert {"K=мвд", "KIND=head", "UP=True", "B=глава", "T=LOC", "TK=киргизия", "ALONE=1", "CNT=2"} <= set(words)
    assert features(text, spans, "head", "мвд", case[0], case[1], shared().parse) == words


def test_the_pipeline_nests_a_state_body(pipeline):
    assert {"МВД Киргизии", "МВД"} <= set(texts_of(pipeline, "Об этом сообщает пресс-служба МВД Киргизии."))


def test_the_table_decides(pipeline, monkeypatch):
    text = "Об этом сообщили в посольстве США."
    monkeypatch.setattr(org_head_model, "shipped", lambda: Weights(20.0, 0.5, {}))
    assert "посольстве" in texts_of(pipeline, text)
    monkeypatch.setattr(org_head_model, "shipped", lambda: Weights(-20.0, 0.5, {}))
    assert texts_of(pipeline, text) == ["посольстве США"]
