"""ner.two_part_places: "Тринидад и Тобаго" is one place, in any case, and its halves none."""

import pytest

from ru_newsner.ner.two_part_places import two_part_places


@pytest.mark.parametrize(("text", "expected"), [
    ("Алжир, Египет, Тринидад и Тобаго, а также Россия", ["Тринидад и Тобаго"]),
    ("конфликт в Боснии и Герцеговине", ["Боснии и Герцеговине"]),
    ("в индийском штате Джамму и Кашмир вводится запрет", ["Джамму и Кашмир"]),
    ("Россия и Китай подписали договор", []),  # two places
    ("Босния и Сербия", []),  # a listed half with another name
])
def test_two_part_places(text, expected):
    assert [text[a:b] for a, b in two_part_places(text)] == expected


def test_the_pipeline_gives_one_location(pipeline):
    text = "Соглашение подписали Ливия, Тринидад и Тобаго и Катар. Война в Боснии и Герцеговине длилась три года."
    places = [m.text for m in pipeline(text).mentions if m.label == "LOC"]
    assert "Тринидад и Тобаго" in places and "Боснии и Герцеговине" in places
    assert not {"Тринидад", "Тобаго", "Боснии", "Герцеговине"} & set(places)
