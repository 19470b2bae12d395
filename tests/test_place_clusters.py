"""Issue 7: place clusters on small written texts (place adjectives and their places)."""

import pytest

from ru_newsner.link.place_keys import stem_names_place


def _entity(article, text: str) -> int:
    found = {m.text: m.entity for m in article.mentions if m.kind == "location"}
    assert text in found, found
    return found[text]


@pytest.mark.parametrize("text, adjective, place, name", [
    ("Израильская армия начала операцию. Власти Израиля заявили о потерях.", "Израильская", "Израиля", "Израиль"),
    ("Британские военные покинули базу. Правительство Великобритании это подтвердило.",
     "Британские", "Великобритании", "Великобритания"),
])
def test_a_place_adjective_is_its_place(pipeline, text, adjective, place, name):
    article = pipeline(text)
    assert _entity(article, adjective) == _entity(article, place)
    assert article.entities[_entity(article, place)].name == name


@pytest.mark.parametrize("text, form, place", [
    ("Делегация прибыла в Республику Куба. Власти Кубы встретили гостей.", "Республику Куба", "Кубы"),
    ("Президент Азербайджанской Республики выступил в Баку. Экономика Азербайджана растёт.",
     "Азербайджанской Республики", "Азербайджана"),
])
def test_a_state_named_with_its_form_is_the_state(pipeline, text, form, place):
    article = pipeline(text)
    assert _entity(article, form) == _entity(article, place)


def test_austria_is_no_australia(pipeline):
    article = pipeline("Австрийские лыжники выиграли этап. В Австралии прошёл чемпионат по серфингу.")
    assert _entity(article, "Австрийские") != _entity(article, "Австралии")


@pytest.mark.parametrize("stem, noun, same", [
    ("босний", "босния", True), ("итальян", "италия", True), ("новосибир", "новосибирск", True),
    ("британ", "великобритания", True), ("австрий", "австралия", False), ("австралий", "австрия", False),
])
def teststem_names_place(stem, noun, same):
    assert stem_names_place(stem, noun) is same


def test_republika_srpska_is_no_serbia(pipeline):
    article = pipeline("Президент Республики Сербской встретился в Белграде с руководством Сербии.")
    assert _entity(article, "Республики Сербской") != _entity(article, "Сербии")


@pytest.mark.parametrize("text, adjective, name", [
    ("Британские власти заявили, что британский посол вернётся.", "Британские", "Великобритания"),
    ("Американские санкции вступили в силу.", "Американские", "США"),
    ("Советские войска вошли в город.", "Советские", "СССР"),
])
def test_adjectives_alone_name_their_place(pipeline, text, adjective, name):
    article = pipeline(text)
    entity = article.entities[_entity(article, adjective)]
    assert entity.name == name
    assert article.mentions[entity.mentions[0]].normal.lower().endswith("ский")  # the adjective's lemma


def test_an_adjective_the_table_does_not_know_names_itself(pipeline):
    article = pipeline("Курские фермеры собрали урожай.")  # "курский" is not in link/data/location_aliases.tsv
    assert [e.name.lower() for e in article.entities if e.kind == "location"] == ["курский"]


@pytest.mark.parametrize("text, one, other", [
    # an abbreviation and the name its initials spell
    ("Полпред в Северо-Кавказском федеральном округе встретился с главами регионов СКФО.",
     "Северо-Кавказском федеральном округе", "СКФО"),
    ("Посол Соединённых Штатов Америки прибыл в Москву. Власти США это подтвердили.",
     "Соединённых Штатов Америки", "США"),
    # a state's form with its adjectives
    ("Делегация Исламской Республики Иран прибыла в Москву. Власти Ирана довольны.",
     "Исламской Республики Иран", "Ирана"),
    # a region's adjective and the region
    ("Губернатор Калининградской области провёл совещание. Калининградские власти одобрили план.",
     "Калининградской области", "Калининградские"),
])
def test_one_place_under_its_names(pipeline, text, one, other):
    article = pipeline(text)
    assert _entity(article, one) == _entity(article, other)


def test_a_place_written_with_a_hyphen_or_a_space_is_one(pipeline):
    """"Сьюдад-Хуарес" ~ "Сьюдад Хуарес" (RIA writes both in one article)."""
    article = pipeline("Бойня произошла в городе Сьюдад Хуарес на севере Мексики. "
                       "Полиция Сьюдад-Хуареса задержала троих.")
    found = {m.text: m.entity for m in article.mentions if m.label == "LOC"}
    assert "Сьюдад Хуарес" in found and found.get("Сьюдад Хуарес") == found.get("Сьюдад-Хуареса"), found


@pytest.mark.parametrize("text, names", [
    ("Саудовская Аравия объявила о сделке. Власти Саудовской Аравии подтвердили это.",
     ("Саудовская Аравия", "Саудовской Аравии")),
    ("Свердловская область получила грант. Губернатор Свердловской области доволен.",
     ("Свердловская область", "Свердловской области")),
])
def test_a_place_the_alias_table_knows_declined_is_one_with_its_nominative(pipeline, text, names):
    """The alias table holds declined phrases ("саудовской аравии"): a mention found there by
    its text and one of the same normal form are one place."""
    article = pipeline(text)
    found = {m.text: m.entity for m in article.mentions if m.label == "LOC"}
    assert found.get(names[0]) is not None and found.get(names[0]) == found.get(names[1]), found
