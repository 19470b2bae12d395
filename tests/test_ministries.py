"""ner.ministries: a ministry named by its compound contraction ("Минцифры", "Минфина")."""

import pytest

from conftest import assert_offsets
from ru_newsner.ner.ministries import ministry
from ru_newsner.pipeline.resources import shared


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
