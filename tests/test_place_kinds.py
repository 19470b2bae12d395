"""Kinds of places (link.place_kinds): the table NEREL train gives, voted over an entity."""

import pytest

from ru_newsner.link.place_kinds import cue_kind, form_kind, head_noun, place_kind


@pytest.mark.parametrize("normal, kind", [
    ("Россия", "country"), ("российский", "country"), ("США", "country"), ("Москва", "city"),
    ("Омская область", "region"), ("Волга", "other"), ("Европа", "other"),
])
def test_forms_the_table_knows(normal, kind):
    assert form_kind(normal) == kind


def test_an_unknown_name_of_several_words_takes_its_head_nouns_kind():
    assert head_noun("Кемская область") == "область"
    assert form_kind("Кемская область") == "region"  # not in NEREL train; "область" is
    assert form_kind("Кемск") is None  # one unknown word: no kind


def test_the_name_after_an_opening_head_noun_comes_before_the_head():
    assert form_kind("Республика Татарстан") == "region"  # "татарстан" is; most "республика …" are countries
    assert form_kind("Республика Неведомия") == "country"  # the head noun's


def test_an_entity_takes_most_of_its_forms_kinds():
    assert place_kind(["РФ", "Россия", "российский"]) == "country"
    assert place_kind(["Неведомск"]) is None


def test_pipeline_entities_carry_the_kind(pipeline):
    article = pipeline("Губернатор Омской области приехал в Москву, а российские власти и власти США "
                       "обсудили ситуацию на Волге.")
    kinds = {e.name: e.place_kind for e in article.entities if e.kind == "location"}
    assert kinds == {"Омская область": "region", "Москва": "city", "Россия": "country", "США": "country",
                     "Волга": "other"}, kinds


def test_the_word_before_says_what_the_table_does_not():
    text = "Он родился в городе Неведомске, а вырос в штате Неведомия."
    assert cue_kind(text, [text.index("Неведомске")]) == "city"
    assert cue_kind(text, [text.index("Неведомия")]) == "region"
    assert cue_kind(text, [0]) is None
