"""ner.latin_names: persons named in Latin script that slovnet leaves out."""

from ru_newsner.ner.latin_names import first_name, latin_persons


def _persons(text, spans=()):
    return [text[a:b] for _, a, b in latin_persons(text, list(spans))]


def test_first_names_read_in_cyrillic():
    assert first_name("Larry") and first_name("Roberto")
    assert not first_name("Kingdom") and not first_name("Google")


def test_pairs_with_a_first_name_are_persons():
    text = "Он вёл шоу Larry King Live на CNN и снимал Google Maps."
    assert _persons(text) == ["Larry King"]


def test_a_pair_after_a_noun_of_a_made_thing_names_the_thing():
    assert _persons("Инспектор остановил автомобиль Lada Granta у поста.") == []
    assert _persons("Стоимость смартфона Honor Magic выросла.") == []
    assert _persons("Автор Lada Granta и Larry King выступили.") == ["Lada Granta", "Larry King"]


def test_a_pair_inside_another_mention_is_left_alone():
    text = "Программа Larry King Now выходит ежедневно."
    start = text.index("Larry")
    assert _persons(text, [("ORG", start, start + len("Larry King Now"))]) == []


def test_pipeline_finds_the_person(pipeline):
    article = pipeline("Фото предоставил фотограф журнала (Roberto Seba), снимок сделан в марте.")
    assert ("PER", "Roberto Seba") in {(m.label, m.text) for m in article.mentions}
