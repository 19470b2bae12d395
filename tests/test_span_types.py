"""One type per span (``ner.span_types``)."""

from types import SimpleNamespace

import pytest

from ru_newsner.ner.span_types import one_type_per_span


def m(label, text, word):
    start = text.index(word)
    return SimpleNamespace(label=label, start=start, stop=start + len(word))


@pytest.mark.parametrize(("text", "word", "kept"), [
    ("Театр «Россия» на Пушкинской площади открылся.", "Россия", "ORG"),  # a quoted name whole
    ('выдвинут от РПР "ПАРНАС", как и другие', "ПАРНАС", "ORG"),
    ("замгендиректора «Уральской стали»", "Уральской", "LOC"),            # a word of a longer name
    ("встреча бойцов Ленинградского и Волховского фронтов", "Ленинградского", "LOC"),
])
def test_a_span_read_as_both_keeps_one_type(text, word, kept):
    mentions = [m("LOC", text, word), m("ORG", text, word), m("PER", text, text.split()[0])]
    out = one_type_per_span(text, mentions)
    assert [x.label for x in out if x.start == text.index(word)] == [kept]
    assert len(out) == 2  # the others stay


def test_the_pipeline_gives_a_quoted_theatre_one_mention(pipeline):
    article = pipeline("Театр «Россия» на Пушкинской площади открылся после реконструкции.")
    inner = [x for x in article.mentions if x.text == "Россия"]
    assert [x.label for x in inner] == ["ORG"], inner
