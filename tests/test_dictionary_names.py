"""ner.dictionary_names: names slovnet missed, found by pymorphy3's dictionary."""

from ru_newsner.ner.dictionary_names import dictionary_names, only_name
from ru_newsner.pipeline.resources import shared


def _names(text, spans=()):
    return [text[a:b] for _, a, b in dictionary_names(text, list(spans), shared().parse)]


def test_name_only_words():
    parse = shared().parse
    assert only_name("Политковской", parse) and only_name("Годунов", parse)
    assert not only_name("Роза", parse)  # also a flower
    assert not only_name("Шнуров", parse)  # also "шнуров", of laces
    assert not only_name("Москва", parse)


def test_runs_outside_mentions_and_quotes():
    text = "Дело Политковской раскрыто, сказал он Анне Карловне. Опера «Борис Годунов» идёт."
    assert _names(text) == ["Политковской", "Анне Карловне"]
    start = text.index("Политковской")
    assert _names(text, [("PER", start, start + len("Политковской"))]) == ["Анне Карловне"]
