"""ner.eponyms: persons nested in the names of things."""

import pytest


def _people(pipeline, text):
    return [m.text for m in pipeline(text).mentions if m.label == "PER"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Он играл в Театре имени Евгения Вахтангова.", ["Евгения Вахтангова"]),
    ("Представитель НИИ им. Склифосовского сказал.", ["Склифосовского"]),
    ("Школа им. А. С. Пушкина открылась.", ["А. С. Пушкина"]),
    ("Лауреат Нобелевской премии мира приехал.", ["Нобелевской"]),
    ("Его отвезли в больницу имени Эдуарда VII.", ["Эдуарда VII"]),
])
def test_eponym_is_a_person(pipeline, text, expected):
    assert _people(pipeline, text) == expected


@pytest.mark.parametrize("text", [
    "Самым молодым в истории нобелевским лауреатом был физик.",
    "В заявлении Нобелевского комитета было сказано, что премию вручат.",
])
def test_nobels_adjective_is_a_person_only_before_the_prize(pipeline, text):
    assert _people(pipeline, text) == []


def test_organization_eponym_is_no_person(pipeline):
    assert _people(pipeline, "Театр имени Моссовета открылся.") == []


def test_name_stops_at_the_line(pipeline):
    text = "Театр имени Марии Ермоловой\nМосковский театр закрыт."
    assert "Марии Ермоловой" in _people(pipeline, text)
    assert all("\n" not in p for p in _people(pipeline, text))


def test_an_organization_named_after_a_person(pipeline):
    article = pipeline("Спектакль поставили в Театре имени Евгения Вахтангова.")
    labels = {(m.label, m.text, m.source) for m in article.mentions}
    assert {("ORG", "Театре имени Евгения Вахтангова", "slovnet"), ("PER", "Евгения Вахтангова", "rules")} <= labels
    article = pipeline("Переговоры вело правительство Грузии.")  # a place ends it: no person
    assert not [m for m in article.mentions if m.label == "PER"]


def test_an_organization_named_after_a_surname(pipeline):
    article = pipeline("Топ-менеджер «Лаборатории Касперского» арестован.")
    assert ("PER", "Касперского") in {(m.label, m.text) for m in article.mentions}
    article = pipeline("Группа Ляпис Трубецкой выступила в Минске.")  # a nominative: the name itself
    assert not [m for m in article.mentions if m.label == "PER"]


def test_a_disease_named_after_a_person_is_no_person(pipeline):
    article = pipeline("У актрисы была диагностирована болезнь Паркинсона. Уго Чавес долго болел. "
                       "Болезнь Чавеса прогрессировала.")
    persons = [m.text for m in article.mentions if m.label == "PER"]
    assert "Паркинсона" not in persons
    assert "Чавеса" in persons  # the article names Уго Чавес: his illness


@pytest.mark.parametrize(("text", "organization"), [
    ("Студенты ОмГУ им. Ф.М. Достоевского приняли участие в олимпиаде.", "ОмГУ им. Ф.М. Достоевского"),
    ("В ОмГУ имени Достоевского прошла конференция.", "ОмГУ имени Достоевского"),
    # slovnet's span ended inside "им."
    ("В войну работал на Московском станкостроительном заводе им. Серго Орджоникидзе.",
     "Московском станкостроительном заводе им. Серго Орджоникидзе"),
])
def test_an_organization_takes_its_eponym_in(pipeline, text, organization):
    """NEREL writes the eponym into the name and leaves the head alone untagged."""
    article = pipeline(text)
    orgs = [m.text for m in article.mentions if m.label == "ORG"]
    assert orgs == [organization]
