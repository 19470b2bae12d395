"""Organizations named by adjectives coordinated before one plural head: the whole is one
organization, an adjective before "и" alone is none (``ner.coordinated_names``)."""

import pytest

from ru_newsner.ner.coordinated_names import coordinated_organizations
from ru_newsner.text.morph import parser


def _found(text: str, last: str, label: str = "ORG"):
    start = text.index(last)
    return coordinated_organizations(text, [(label, start, start + len(last))], parser())


@pytest.mark.parametrize("text, last, whole, normal", [
    ("Воевал в составе Ленинградского и Волховского фронтов.", "Волховского фронтов",
     "Ленинградского и Волховского фронтов", "Ленинградский и Волховский фронты"),
    ("Она преподавала в Оксфордском и Стэнфордском университетах.", "Стэнфордском университетах",
     "Оксфордском и Стэнфордском университетах", "Оксфордский и Стэнфордский университеты"),
    ("Крупнейшие предприятия холдинга — Лебединский и Михайловский горно-обогатительные комбинаты.",
     "Михайловский горно-обогатительные комбинаты", "Лебединский и Михайловский горно-обогатительные комбинаты",
     "Лебединский и Михайловский горно-обогатительные комбинаты"),
    ("Выпускники Московского, Санкт-Петербургского и Новосибирского университетов", "Новосибирского университетов",
     "Московского, Санкт-Петербургского и Новосибирского университетов",
     "Московский, Санкт-Петербургский и Новосибирский университеты"),
])
def test_the_whole_coordination_and_its_nominative(text, last, whole, normal):
    (found,) = _found(text, last)
    assert text[found.start:found.stop] == whole
    assert found.normal == normal
    assert [text[a:b] for a, b in found.adjectives] == whole.split(" и ")[0].split(", ")


@pytest.mark.parametrize("text, last, label", [
    ("Сообщили Президиуму и Центральному комитету партии.", "Центральному комитету", "ORG"),  # nouns, not adjectives
    ("Учился в Московском и Петербургском университете.", "Петербургском университете", "ORG"),  # one head, one of them
    ("Он служил в Ленинградском и воевал в составе Волховского фронтов.", "Волховского фронтов", "ORG"),  # no "X и" before
    ("Губернаторы Ярославской и Владимирской областей", "Владимирской областей", "LOC"),  # places are left
])
def test_no_coordination(text, last, label):
    assert _found(text, last, label) == []


def test_the_pipeline_gives_the_whole_and_no_adjective_alone():
    import ru_newsner

    text = "Ветеран воевал в составе Ленинградского и Волховского фронтов, а затем учился в Оксфордском и " \
           "Стэнфордском университетах."
    article = ru_newsner.load()(text)
    organizations = {m.text: m for m in article.mentions if m.label == "ORG"}
    assert organizations["Ленинградского и Волховского фронтов"].normal == "Ленинградский и Волховский фронты"
    assert organizations["Оксфордском и Стэнфордском университетах"].name == "Оксфордский и Стэнфордский университеты"
    assert "Оксфордском" not in organizations and "Ленинградского" not in organizations
    for m in article.mentions:
        assert text[m.start:m.stop] == m.text
