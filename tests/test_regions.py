"""ner.regions: parts of places that NEREL tags as places ("юге Турции")."""

from ru_newsner.ner.regions import region_lexicon


def _places(pipeline, text):
    return [m.text for m in pipeline(text).mentions if m.label == "LOC"]


def test_lexicon_is_learned_data():
    table = region_lexicon()
    assert "юг" in table and table["юг"].get("of") == "noun"
    assert all(set(forms) <= {"bare", "placed", "of", "gen"} for forms in table.values())


def test_part_of_a_place_is_a_place_and_the_name_stays_nested(pipeline):
    places = _places(pipeline, "Землетрясение произошло на юге Турции в понедельник.")
    assert "юге Турции" in places and "Турции" in places, places


def test_a_word_outside_the_lexicon_is_no_place(pipeline):
    assert "жителей Турции" not in _places(pipeline, "Землетрясение напугало жителей Турции.")
