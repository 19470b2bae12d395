from ru_newsner.ner.dictionary_places import dateline_places, dictionary_places, only_place, places_not_persons
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


def test_a_place_first_after_a_preposition_of_place():
    """A word the dictionary reads first as a place, in the case its preposition governs."""
    assert _found("Вулкан на Камчатке выбросил пепел, а пивоварню откроют на Марсе.") == ["Камчатке", "Марсе"]
    assert _found("Семья переедет в дом на Смоленском бульваре.") == []  # an instrumental after "на"
    assert _found("Ученик сидел на камчатке.") == []  # no capital, no name


def test_exclusions():
    assert _found("Европа ждёт. Россия тоже.") == []  # opening a sentence
    assert _found("На трассе «Байкал» авария.") == []  # quoted: the name of a thing
    assert _found("Страны Ливия, Тринидад и Тобаго подписали.") == ["Ливия"]  # one coordinated name
    text = "Матч с клубом Европы."
    assert _found(text, [("ORG", text.index("клубом"), len(text) - 1)]) == []  # inside a span


def test_a_datelines_place_the_network_missed():
    def found(text, spans=()):
        return [text[a:b] for _, a, b in dateline_places(text, list(spans), shared().parse)]

    assert found("ИРКУТСК, 10 августа. /ТАСС/. Превышение ПДК зафиксировано.") == ["ИРКУТСК"]
    assert found("Текст.\nНИЖНИЙ НОВГОРОД, 3 мая. Текст.") == ["НИЖНИЙ НОВГОРОД"]
    assert found("ТАСС, 11 августа. Число эвакуированных выросло.") == []  # an agency, not a place
    assert found("ИРКУТСК, сообщает агентство.") == []  # no date: no dateline
    assert found("Пишут: ИРКУТСК, 10 августа.") == []  # not opening a line
    text = "МОСКВА, 9 августа. Текст."
    assert found(text, [("LOC", 0, 6)]) == []  # the network's own span stays


def _spans(text, *words):
    return [("PER", text.index(w), text.index(w) + len(w)) for w in words]


def test_a_person_that_is_only_a_place_name_is_the_place():
    parse = shared().parse
    text = "Конфликт между Эритреей и Эфиопией продолжался два года."
    assert places_not_persons(text, _spans(text, "Эритреей", "Эфиопией"), parse) == [
        ("LOC", 15, 23), ("LOC", 26, 34)]
    text = "Слово взял Роза, потом Андрей."  # names stay persons
    assert [label for label, *_ in places_not_persons(text, _spans(text, "Роза", "Андрей"), parse)] == ["PER", "PER"]


def test_the_surname_of_a_person_named_in_full_stays_a_person():
    parse = shared().parse
    text = "Уитни Хьюстон пела. Хьюстон задолжала денег."
    spans = _spans(text, "Уитни Хьюстон") + [("PER", text.rindex("Хьюстон"), text.rindex("Хьюстон") + 7)]
    assert [label for label, *_ in places_not_persons(text, spans, parse)] == ["PER", "PER"]
    assert [label for label, *_ in places_not_persons(text, spans[1:], parse)] == ["LOC"]  # not named in full


def test_an_indeclinable_place_name_stays_a_person():
    text = "Вместе с Овьедо погиб его телохранитель."  # "Овьедо": a city and a surname
    assert only_place("Овьедо", shared().parse)
    assert places_not_persons(text, _spans(text, "Овьедо"), shared().parse)[0][0] == "PER"
