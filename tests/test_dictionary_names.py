"""ner.dictionary_names: names slovnet mislabeled, found by pymorphy3's dictionary."""

from ru_newsner.ner.dictionary_names import free_words, only_name, persons_not_places
from ru_newsner.pipeline.resources import shared


def test_name_only_words():
    parse = shared().parse
    assert only_name("Политковской", parse) and only_name("Годунов", parse)
    assert not only_name("Роза", parse)  # also a flower
    assert not only_name("Шнуров", parse)  # also "шнуров", of laces
    assert not only_name("Москва", parse)


def test_free_words_are_the_capitalized_words_no_span_holds():
    text = "Дело Политковской раскрыто, сказал он Анне Карловне."
    start = text.index("Политковской")
    assert [w.group() for w in free_words(text, [])] == ["Дело", "Политковской", "Анне", "Карловне"]
    assert [w.group() for w in free_words(text, [("PER", start, start + 12)])] == ["Дело", "Анне", "Карловне"]


def test_name_only_places_without_a_preposition_are_persons():
    text = "Сотрудник администрации Клинтона жил в Вирджинии, в округе Харрис."
    spans = [("LOC", text.index(w), text.index(w) + len(w)) for w in ("Клинтона", "Вирджинии", "Харрис")]
    labels = [label for label, _, _ in persons_not_places(text, spans, shared().parse)]
    assert labels == ["PER", "LOC", "LOC"]
    assert persons_not_places("Москва", [("LOC", 0, 6)], shared().parse) == [("LOC", 0, 6)]
