"""ner.latin_places: Latin place names nested in Latin organization names."""

import pytest

from ru_newsner.ner.latin_places import gazetteer, latin_places, readings
from ru_newsner.pipeline.resources import shared


def _places(text, org):
    start = text.index(org)
    spans = [("ORG", start, start + len(org))]
    return [text[a:b] for _, a, b in latin_places(text, spans, shared().latin_place)]


def test_readings_follow_english_spelling():
    assert "чикаго" in readings("Chicago")
    assert "детройт" in readings("Detroit")
    assert "вашингтон" in readings("Washington")
    assert len(readings("Supercalifragilisticexpialidocious")) <= 400


@pytest.mark.parametrize("org, places", [
    ("Chicago Bulls", ["Chicago"]),
    ("Detroit Red Wings", ["Detroit"]),
    ("Los Angeles Lakers", ["Los Angeles"]),  # the article belongs to the place
    ("The New York Times", ["New York"]),
    ("Bank of America", ["America"]),
    ("Russia Today", ["Russia"]),  # spelling rules give no "россия": the gazetteer has it
    ("Bank of Montreal", ["Montreal"]),
    ("San Jose Sharks", ["San Jose"]),  # two words, one name
    ("Phoenix Suns", ["Phoenix"]),
])
def test_places_inside_latin_names(org, places):
    assert _places(f"Об этом сообщает {org}.", org) == places


@pytest.mark.parametrize("org", ["Chase Bank", "Apple", "Google Maps", "Amazon Web Services",
                                 "Victoria’s Secret", "Chicago", "Echo And The Bunnymen",
                                 # brands named like towns under a million people
                                 "Orange Business Services", "Jackson Hewitt", "Mobile TeleSystems"])
def test_no_places(org):
    """Not places: brands whose reading is no place name pymorphy3 knows, a possessive, and
    a name that is the place itself (the whole ORG span is not nested in itself)."""
    assert _places(f"Об этом сообщает {org}.", org) == []


def test_gazetteer_is_built_data():
    names = gazetteer()
    assert {"russia", "france", "montreal", "san jose", "minnesota", "europe"} <= names
    assert not {"google", "apple", "chase"} & names
    assert not any(n.startswith("#") for n in names)


def test_cyrillic_organizations_are_left_to_inner_places():
    assert _places("Об этом сообщает Чикаго Буллз.", "Чикаго Буллз") == []


def test_pipeline_nests_the_place():
    import ru_newsner

    article = ru_newsner.load()("Защитник «Chicago Bulls» дал интервью газете The New York Times.")
    found = {(m.label, m.text) for m in article.mentions}
    assert {("ORG", "Chicago Bulls"), ("LOC", "Chicago"), ("LOC", "New York")} <= found
