"""ner.dictionary_names: names slovnet missed, found by pymorphy3's dictionary."""

from ru_newsner.ner.dictionary_names import dictionary_names, only_name, persons_not_places
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


def test_name_only_places_without_a_preposition_are_persons():
    text = "Сотрудник администрации Клинтона жил в Вирджинии, в округе Харрис."
    spans = [("LOC", text.index(w), text.index(w) + len(w)) for w in ("Клинтона", "Вирджинии", "Харрис")]
    labels = [label for label, _, _ in persons_not_places(text, spans, shared().parse)]
    assert labels == ["PER", "LOC", "LOC"]
    assert persons_not_places("Москва", [("LOC", 0, 6)], shared().parse) == [("LOC", 0, 6)]


def test_regnal_number_joins_the_name():
    assert _names("Его отвезли в больницу имени Эдуарда VII в Лондоне.") == ["Эдуарда VII"]
