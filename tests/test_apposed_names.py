"""Names quoted after the kind of body they name (``ner.apposed_names``)."""

import pytest

from ru_newsner.ner.apposed_names import kind_quoted_names
from ru_newsner.pipeline.resources import shared


def _span(text, part, label="ORG"):
    start = text.index(part)
    return (label, start, start + len(part))


@pytest.mark.parametrize(("text", "inner", "whole"), [
    ("Главный редактор радиостанции «Говорит Москва» Сергей Доренко.", ("ORG", "Москва"), "Говорит Москва"),
    ("Вечер провёл фонд «Друзья культуры Азербайджана».", ("LOC", "Азербайджана"), "Друзья культуры Азербайджана"),
    ("Песню «Говорит Москва» спели все.", ("ORG", "Москва"), None),   # a song: no kind of body before it
    ("Газета «Московский комсомолец» вышла.", ("ORG", "Московский комсомолец"), None),  # the whole is one already
])
def test_the_whole_quoted_name_after_a_kind_of_body(text, inner, whole):
    found = kind_quoted_names(text, [_span(text, inner[1], inner[0])], shared().parse)
    assert [text[a:b] for _, a, b in found] == ([whole] if whole else [])


def test_the_pipeline_pairs_the_editor_with_the_station(pipeline):
    article = pipeline("Главный редактор радиостанции «Говорит Москва» Сергей Доренко спросил.")
    assert "Говорит Москва" in {m.text for m in article.mentions if m.label == "ORG"}
    assert [(article.mentions[r.person].text, article.mentions[r.organization].text)
            for r in article.relations if r.organization is not None] == [("Сергей Доренко", "Говорит Москва")]
