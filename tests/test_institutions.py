"""ner.institutions: organizations named by a common noun (NEREL's ORG convention)."""

import pytest

from ru_newsner.ner.institutions import lexicon, relational
from ru_newsner.pipeline.resources import shared

from helpers import texts_of


def test_lexicon_is_learned_data():
    table = lexicon()
    assert "полиция" in table and "bare" in table["полиция"]
    assert all(set(forms) <= {"bare", "placed", "of", "gen"} for forms in table.values())


@pytest.mark.parametrize(("text", "expected"), [
    ("Вчера полиция задержала двоих подозреваемых.", "полиция"),
    ("Об этом сообщили власти Москвы.", "власти Москвы"),
    ("Следующий матч сборная Аргентины сыграет в Мадриде.", "сборная Аргентины"),
    ("Правительство утвердило программу развития.", "Правительство"),
    ("Об этом сообщила пресс-служба ФСБ.", "пресс-служба ФСБ"),  # a hyphenated noun
    ("Проект подготовило министерство юстиции.", "министерство юстиции"),  # a common-noun complement
    ("Председатель правления «Газпрома» Алексей Миллер заявил об этом.", "правления «Газпрома»"),  # a quoted name
    ("Переговоры о создании коалиционного правительства сорвались.", "коалиционного правительства"),
])
def test_institution_is_an_organization(pipeline, text, expected):
    assert expected in texts_of(pipeline, text)


def test_the_place_stays_nested(pipeline):
    article = pipeline("Об этом сообщили власти Москвы.")
    assert [(m.text, m.label) for m in article.mentions if m.label in ("ORG", "LOC")] == [
        ("власти Москвы", "ORG"), ("Москвы", "LOC")]


def test_power_alone_is_no_organization(pipeline):
    """'власть' names an organization only with its complement ('власти Москвы')."""
    assert texts_of(pipeline, "Он пришёл к власти в 2000 году.") == []


def test_organization_of_an_organization(pipeline):
    orgs = texts_of(pipeline, "Как сообщили в пресс-службе ГУ МВД России по Москве, задержан мужчина.")
    assert any(o.startswith("ГУ МВД") for o in orgs), orgs


def test_a_news_agency_told_is_no_bodys_complement(pipeline):
    """"сообщили в полиции РИА Новости": the agency is told, the police are not the agency's."""
    orgs = texts_of(pipeline, "Об этом сообщили в полиции РИА Новости.")
    assert "РИА Новости" in orgs and not any(o.endswith(" РИА Новости") for o in orgs), orgs


def test_place_adjective_with_an_institution(pipeline):
    assert "российских властей" in texts_of(pipeline, "Это вызвало недовольство российских властей.")


def test_territorial_office(pipeline):
    orgs = texts_of(pipeline, "Об этом сообщили в ГУ МВД России по Москве.")
    assert "ГУ МВД России по Москве" in orgs, orgs


def test_relational_adjectives():
    parse = shared().parse
    assert all(relational(w, parse) for w in ("коалиционного", "федерального", "областное"))
    assert not any(relational(w, parse) for w in ("нового", "своего", "большого", "правительства"))


def test_quality_adjective_stays_out(pipeline):
    orgs = texts_of(pipeline, "Новое правительство утвердило программу.")
    assert "правительство" in orgs and "Новое правительство" not in orgs


@pytest.mark.parametrize(("text", "expected"), [
    ("Парламент Таиланда избрал премьер-министром женщину.", ["Парламент Таиланда", "Парламент"]),
    ("Он подал в отставку. Парламент Греции принял её.", ["Парламент Греции", "Парламент"]),
])
def test_sentence_opening_institution(pipeline, text, expected):
    """The tagger reads a capitalized first word as a name; pymorphy3 says it is a common noun."""
    assert texts_of(pipeline, text) == expected


def test_sentence_opening_place_stays_a_place(pipeline):
    """A first word pymorphy3 reads as a place name is no common-noun organization."""
    article = pipeline("Россия ответила на ноту МИД.")
    assert ("Россия", "LOC") in [(m.text, m.label) for m in article.mentions]
    assert "Россия" not in texts_of(pipeline, "Россия ответила на ноту МИД.")


def test_person_after_a_post_holds_it(pipeline):
    """'спикера парламента Анатолия Каминского': the person is the speaker, not the parliament's
    owner, as in 'правительства Янеза Янши'."""
    assert texts_of(pipeline, "За нынешнего спикера парламента Анатолия Каминского проголосовали.") == ["парламента"]
    assert "правительства Янеза Янши" in texts_of(pipeline, "Отставка правительства Янеза Янши.")


@pytest.mark.parametrize(("text", "expected"), [
    ("Об этом сообщили власти\xa0Москвы.", "власти\xa0Москвы"),
    ("Проект подготовило министерство\xa0юстиции.", "министерство\xa0юстиции"),
    ("Это вызвало недовольство российских\xa0властей.", "российских\xa0властей"),
    ("Председатель правления\xa0«Газпрома» Алексей Миллер заявил об этом.", "правления\xa0«Газпрома»"),
])
def test_no_break_space_joins_words(pipeline, text, expected):
    """A no-break space is a whitespace token of its own in the Doc (its text stays the
    input's); the institution's complement and adjectives are found across it."""
    assert expected in texts_of(pipeline, text)


def test_a_line_break_still_separates(pipeline):
    assert "власти\nМосквы" not in texts_of(pipeline, "Об этом сообщили власти\nМосквы.")


def test_all_caps_headline(pipeline):
    """An ALL CAPS line is read recased (``norm_``): its first word is judged as the models read it."""
    orgs = texts_of(pipeline, "ПАРЛАМЕНТ ГРУЗИИ ОТПРАВИЛ ПРАВИТЕЛЬСТВО В ОТСТАВКУ")
    assert {"ПАРЛАМЕНТ ГРУЗИИ", "ПРАВИТЕЛЬСТВО"} <= set(orgs), orgs
