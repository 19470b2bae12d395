"""ner.contracted_names: bodies named by a compound contraction ("Минцифры", "ОмГУ")."""

import pytest

from conftest import assert_offsets
from ru_newsner.ner.contracted_names import body, contractions_apart, ministry, university
from ru_newsner.pipeline.resources import shared

from helpers import labelled


@pytest.mark.parametrize("word", ["Минцифры", "Минтруда", "Минобороны", "Минфина", "Минюсте", "Минстроя",
                                  "Минэнерго", "Минобрнауки", "Минкомсвязь", "Минэкономразвития", "Минкульт"])
def test_contractions_are_ministries(word):
    assert ministry(word, shared().parse)


@pytest.mark.parametrize("word", ["Минск", "Минина", "Мингазов", "Минников", "Миннесота", "Министр",
                                  "Министерство", "Минусинского", "Минаев", "Минута", "минтруда"])
def test_other_words_are_not(word):
    assert not ministry(word, shared().parse)


def test_a_new_ministry_is_no_part_of_the_person_after_it(pipeline):
    """slovnet reads "[Минцифры Максут Шадаев]" as one person and "В [Минцифры]" as a place."""
    article = pipeline("Глава Минцифры Максут Шадаев рассказал о планах. В Минцифры сообщили подробности.")
    assert_offsets(article)
    found = [(m.label, m.text) for m in article.mentions]
    assert found.count(("ORG", "Минцифры")) == 2
    assert ("PER", "Максут Шадаев") in found
    role = next(r for r in article.relations if r.kind == "role")
    assert article.entities[role.person_entity].name == "Максут Шадаев"
    assert article.entities[role.organization_entity].name == "Минцифры"


@pytest.mark.parametrize("word", ["ОмГУ", "ТюмГУ", "НовГУ", "СПбГУ", "ОмГТУ", "ВолгГМУ", "НовГАУ"])
def test_university_contractions(word):
    assert university(word)


@pytest.mark.parametrize("word", ["МГУ", "СдПГ", "КоАП", "АвтоВАЗ", "ВымпелКом", "Гу", "ОмГУП"])
def test_other_words_are_no_universities(word):
    assert not university(word)


def test_a_university_is_an_organization_whatever_slovnet_read(pipeline):
    """slovnet leaves out "ОмГУ", reads "ТюмГУ" as a place and "НовГУ" as a person."""
    text = "Студенты ОмГУ провели акцию. В ТюмГУ открыли лабораторию. Выпускник НовГУ стал мэром."
    article = pipeline(text)
    assert_offsets(article)
    assert {(m.label, m.text) for m in article.mentions} >= {("ORG", "ОмГУ"), ("ORG", "ТюмГУ"), ("ORG", "НовГУ")}
    assert not [m for m in article.mentions if m.label != "ORG" and m.text in ("ОмГУ", "ТюмГУ", "НовГУ")]


def test_contractions_apart_keeps_other_spans():
    text = "Глава Минцифры Максут Шадаев и мэр Омска."
    raw = [("PER", 6, 28), ("LOC", text.index("Омска"), text.index("Омска") + 5)]
    assert [(label, text[a:b]) for label, a, b in contractions_apart(text, raw, shared().parse)] == [
        ("ORG", "Минцифры"), ("PER", "Максут Шадаев"), ("LOC", "Омска")]


@pytest.mark.parametrize("word, normal", [
    ("Мосгорсуда", "Мосгорсуд"), ("Мособлсуде", "Мособлсуд"), ("Мосгоризбиркома", "Мосгоризбирком"),
    ("Моссовета", "Моссовет"), ("Мосбиржи", "Мосбиржа"), ("Росгвардии", "Росгвардия"),
    ("Роскомнадзору", "Роскомнадзор"), ("Госдумами", "Госдума"), ("Горсовета", "Горсовет"),
    ("Облизбиркома", "Облизбирком"), ("Генассамблеи", "Генассамблея"), ("Росздравнадзора", "Росздравнадзор"),
])
def test_bodies_contracted_with_their_level(word, normal):
    """A level ("Мосгор", "Рос", "Обл") run into a body's noun: the body, declined as that noun."""
    assert body(word, shared().parse) == normal


@pytest.mark.parametrize("word", ["Гордон", "Господа", "Горбачёв", "Государство", "Гособвинитель", "Генпрокурор",
                                  "Госсекретарь", "Главред", "Обладатель", "Мосийчук", "Ростовской", "Госпиталь",
                                  "Городище", "Россети", "мосгорсуда"])
def test_names_titles_and_things_are_no_bodies(word):
    assert body(word, shared().parse) is None


def test_a_body_slovnet_leaves_out_or_takes_for_a_person(pipeline):
    article, found = labelled(pipeline, "Решение Мособлсуда и Мосгорсуда обжаловано. Заявление Мосгоризбиркома "
                                        "опубликовано. Индекс Мосбиржи вырос.")
    assert ("ORG", "Мосгорсуда", "Мосгорсуд") in found
    assert ("ORG", "Мосгоризбиркома", "Мосгоризбирком") in found
    assert ("ORG", "Мосбиржи", "Мосбиржа") in found
    assert not [m for m in article.mentions if m.label == "PER"]
