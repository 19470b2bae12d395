from ru_newsner.ner.dictionary_places import dictionary_places, only_place
from ru_newsner.pipeline.resources import shared


def _found(text, spans=()):
    return [text[a:b] for _, a, b in dictionary_places(text, list(spans), shared().parse)]


def test_place_only_words():
    parse = shared().parse
    assert only_place("Европы", parse) and only_place("Югославии", parse)
    assert not only_place("Роза", parse)  # a first name and a flower
    assert not only_place("Орёл", parse)  # also a bird
    assert not only_place("Сходненской", parse)  # an adjective


def test_free_place_words_are_places():
    assert _found("Она стала чемпионкой Европы, а он судьёй трибунала по бывшей Югославии.") == [
        "Европы", "Югославии"]


def test_exclusions():
    assert _found("Европа ждёт. Россия тоже.") == []  # opening a sentence
    assert _found("На трассе «Байкал» авария.") == []  # quoted: the name of a thing
    assert _found("Страны Ливия, Тринидад и Тобаго подписали.") == ["Ливия"]  # one coordinated name
    text = "Матч с клубом Европы."
    assert _found(text, [("ORG", text.index("клубом"), len(text) - 1)]) == []  # inside a span
