"""ner.numbered_bodies: institutions named by their kind and number ("школа № 1", "ИК-6")."""

import pytest

from ru_newsner.ner.numbered_bodies import numbered_bodies
from ru_newsner.pipeline.resources import shared

from helpers import labelled


def _found(text, spans=()):
    return [text[a:b] for _, a, b in numbered_bodies(text, list(spans), shared().parse)]


@pytest.mark.parametrize("text, name", [
    ("Он окончил среднюю школу №1 в Казани.", "среднюю школу №1"),
    ("Ученики гимназии № 2 победили.", "гимназии № 2"),
    ("Дети детского сада № 5 выступили.", "детского сада № 5"),
    ("Он покинул территорию исправительной колонии № 5 утром.", "исправительной колонии № 5"),
    ("Спортсмены Республиканской специализированной детско-юношеской спортивной школы олимпийского резерва № 6 "
     "выиграли.", "Республиканской специализированной детско-юношеской спортивной школы олимпийского резерва № 6"),
    ("Сотрудники отдела полиции № 5 задержали мужчину.", "отдела полиции № 5"),
    ("Его этапировали в ИК-6, а затем в СИЗО-1.", "ИК-6"),
])
def test_a_kind_and_its_number(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("text", [
    "Его доставили в больницу № 40.",          # a hospital: a facility in NEREL
    "В поликлинике № 3 открылось отделение.",
    "Он живет в доме № 37.",
    "Сотрудники отдела № 5 ушли в отпуск.",   # a department of what
    "Приказ № 432 подписан.",
    "Это школы района, № 5 в списке.",         # no kind right before the number
])
def test_other_numbers_are_none(text):
    assert _found(text) == []


def test_an_organization_found_already_is_kept():
    text = "Ученики гимназии № 2 победили."
    assert _found(text, [("ORG", 8, 20)]) == []          # the same name
    assert _found(text, [("ORG", 0, 20)]) == []          # one holding it
    assert _found(text, [("ORG", 8, 16)]) == ["гимназии № 2"]  # one inside it


def test_in_the_pipeline(pipeline):
    article, found = labelled(pipeline, "Осужденный отбывает наказание в исправительной колонии № 7. "
                                        "Учитель средней школы № 12 Анна Кузнецова стала победителем конкурса.")
    assert ("ORG", "исправительной колонии № 7", "исправительная колония № 7") in found
    assert ("ORG", "средней школы № 12", "средняя школа № 12") in found
    role = next(r for r in article.relations if r.kind == "role")
    assert article.entities[role.organization_entity].name == "средняя школа № 12"
