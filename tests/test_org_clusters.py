"""Issue 7: organization clusters on small written texts (legal forms, kinds, articles)."""

import pytest

from ru_newsner.link.clusters import spelled_alike


def _entities(article, *texts: str) -> list[int]:
    found = {m.text: m.entity for m in article.mentions if m.kind == "organization"}
    assert all(t in found for t in texts), found
    return [found[t] for t in texts]


@pytest.mark.parametrize("text, names", [
    # a legal form after the name, a company's kind before it, a case ending
    ("Лицензия АКБ ПЕРЕСВЕТ АО отозвана. Клиенты Пересвета обратились в суд.", ("АКБ ПЕРЕСВЕТ АО", "Пересвета")),
    ("Группа The Rolling Stones выступила в Гаване. Концерт Rolling Stones собрал 500 тысяч зрителей.",
     ("The Rolling Stones", "Rolling Stones")),
    # a Latin name and its Cyrillic spelling
    ("Сеть Burger King открыла ресторан. Представители «Бургер Кинг» заявили об этом.",
     ("Burger King", "Бургер Кинг")),
])
def test_one_organization_under_its_names(pipeline, text, names):
    first, *rest = _entities(pipeline(text), *names)
    assert rest == [first] * len(rest)


def test_a_unit_is_not_the_body_it_belongs_to(pipeline):
    """"ГУ МВД" is a directorate of the ministry, not the ministry."""
    unit, body = _entities(pipeline("Сотрудники ГУ МВД по Москве задержали подозреваемого. В МВД сообщили "
                                    "подробности."), "ГУ МВД по Москве", "МВД")
    assert unit != body


@pytest.mark.parametrize("latin, cyrillic, alike", [
    ("fifa", "фифа", True),
    ("forbes", "форбса", True),  # a case ending
    ("burger king", "бургер кинг", True),
    ("apple", "эппл", True),
    ("sec", "комиссия", False),
    ("canucks", "касаток", False),  # a translation, not a spelling
    ("burger king", "бургер", False),  # word by word
])
def test_spelled_alike(latin, cyrillic, alike):
    assert spelled_alike(latin, cyrillic) is alike
