"""Places that share one noun said once for all: "Томской, Омской и Новосибирской областей"
(``ner.shared_heads``)."""

import pytest


def _normals(article) -> dict[str, str]:
    return {m.text: m.normal for m in article.mentions if m.label == "LOC"}


@pytest.mark.parametrize("sentence, expected", [
    ("Пожары охватили леса Красноярского края, Хакасии, Томской, Кемеровской и Новосибирской областей.",
     {"Красноярского края": "Красноярский край", "Хакасии": "Хакасия", "Томской": "Томская область",
      "Кемеровской": "Кемеровская область", "Новосибирской областей": "Новосибирская область"}),
    ("Учения прошли в Ставропольском и Краснодарском краях.",
     {"Ставропольском": "Ставропольский край", "Краснодарском краях": "Краснодарский край"}),
    # a hyphenated name keeps the capitals of both its parts
    ("Дым накрыл Усть-Кутский и Киренский районы.",
     {"Усть-Кутский": "Усть-Кутский район", "Киренский районы": "Киренский район"}),
    ("Губернаторы Курской и Белгородской областей встретились в Москве.",
     {"Курской": "Курская область", "Белгородской областей": "Белгородская область", "Москве": "Москва"}),
])
def test_an_adjective_takes_the_noun_said_after_the_list(pipeline, sentence, expected):
    article = pipeline(sentence)
    assert _normals(article) == expected
    # each place is an entity of that name, "Томская область" rather than the adjective "Томский"
    assert set(expected.values()) <= {e.name for e in article.entities}


@pytest.mark.parametrize("sentence, expected", [
    # "края" is a singular genitive here: one region, no list
    ("Жители Томской области и Красноярского края пострадали.",
     {"Томской области": "Томская область", "Красноярского края": "Красноярский край"}),
    ("Он родился в Омске и жил в Новосибирской области.", {"Омске": "Омск", "Новосибирской области": "Новосибирская область"}),
])
def test_no_shared_noun_no_change(pipeline, sentence, expected):
    assert _normals(pipeline(sentence)) == expected
