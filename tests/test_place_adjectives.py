"""ner.places: place adjectives as LOC mentions, listed or derived from a place name."""

import pytest

from ru_newsner.ner.places import compound_places, derived_place, head_noun, non_place_adjectives, place_adjectives
from ru_newsner.pipeline.resources import shared


@pytest.mark.parametrize(("lemma", "place"), [
    ("томский", "томск"), ("тульский", "тула"), ("ереванский", "ереван"), ("сеульский", "сеул"),
    ("махачкалинский", "махачкала"), ("руандийский", "руанда"), ("канадский", "канада"),
])
def test_adjective_derives_from_a_dictionary_place(lemma, place):
    assert derived_place(lemma, shared().parse) == place


@pytest.mark.parametrize("lemma", ["городской", "мужской", "детский", "морской", "западный", "человеческий"])
def test_common_adjectives_derive_from_no_place(lemma):
    assert derived_place(lemma, shared().parse) is None


def test_lists_are_learned_data():
    assert "российский" in place_adjectives()
    assert "советский" in non_place_adjectives()  # from the town Советск, but not a place in NEREL
    assert not place_adjectives() & non_place_adjectives()


def _places(pipeline, text):
    return [m.text for m in pipeline(text).mentions if m.label == "LOC"]


def test_unlisted_adjective_is_derived(pipeline):
    assert not {"тульский", "омский"} & (place_adjectives() | non_place_adjectives())
    assert "тульские" in _places(pipeline, "Решение приняли тульские власти.")
    assert "омской" in _places(pipeline, "Он ветеран омской политики.")


def test_capitalized_derived_adjective_inside_an_organization(pipeline):
    text = "Он работал на Павловском машиностроительном заводе."
    article = pipeline(text)
    assert ("Павловском", "LOC") in {(m.text, m.label) for m in article.mentions}
    assert any(m.label == "ORG" and m.start <= text.index("Павловском") < m.stop for m in article.mentions)


def test_rejected_and_capitalized_adjectives_are_not_derived(pipeline):
    def derived(text):  # our rules' places (slovnet's network may read "Тульский" as NEREL does)
        return [m.text for m in pipeline(text).mentions if m.label == "LOC" and m.source == "rules"]

    assert "советского" not in _places(pipeline, "Он был героем советского кино.")
    assert "Тульский" not in derived("Тульский пряник купили туристы.")


def test_head_noun_skips_adjectives():
    text = "американский известный голливудский актёр"
    assert head_noun(text, len("американский"), shared().parse) == "актер"
    assert head_noun("российские власти", len("российские"), shared().parse) == "власть"
    assert head_noun("российский и", len("российский"), shared().parse) is None


def test_nationality_before_a_person_noun_is_no_place(pipeline):
    assert "американский" not in _places(pipeline, "В фильме снялся американский актёр Брэд Питт.")
    assert "российский" in _places(pipeline, "Об этом заявил российский президент.")


def test_coordinated_adjectives_share_their_noun():
    parse = shared().parse
    assert head_noun("российский и советский актёр", len("российский"), parse) == "актер"
    assert head_noun("итальянском, французском и немецком языках", len("итальянском"), parse) == "язык"
    assert head_noun("немецком и уехал", len("немецком"), parse) is None


def test_compound_of_place_adjectives_is_two_places(pipeline):
    text = "Нового российско-американского соглашения нет. Социально-экономического развития тоже."
    assert [(text[a:b], normal) for a, b, normal in compound_places(text, shared().parse)] == [
        ("российско", "российский"), ("американского", "американский")]
    article = pipeline(text)
    assert [m.text for m in article.mentions if m.label == "LOC"] == ["российско", "американского"]
    assert all(text[m.start:m.stop] == m.text for m in article.mentions)


def test_compound_half_is_the_adjective_it_shortens():
    text = "Переговоры советско-американских делегаций."  # not "советскский"
    assert [normal for _, _, normal in compound_places(text, shared().parse)] == ["советский", "американский"]


def test_a_place_adjective_before_capital_is_a_place_with_it(pipeline):
    article = pipeline("Он был задержан в британской столице, а затем прилетел в Москву.")
    places = {(m.text, m.normal) for m in article.mentions if m.label == "LOC"}
    assert ("британской столице", "британская столица") in places
    assert ("британской", "британский") in places  # nested, as NEREL has it
