"""link.country_titles: "президент страны" works for the country the text named before it."""

import pytest


def _roles(pipeline, text):
    article = pipeline(text)
    ms = article.mentions
    for role in article.relations:
        assert text[role.start:role.stop] == role.text
    return [(ms[r.person].normal, r.title, None if r.organization is None else ms[r.organization].normal)
            for r in article.relations]


@pytest.mark.parametrize(("text", "expected"), [
    ("В Гане прошли президентские выборы. Победил действующий президент страны Джон Махама.",
     ("Джон Махама", "действующий президент страны", "Гана")),
    ("Парламент Венесуэлы собрался утром. Министр науки и технологий страны Хорхе Арреаза выступил.",
     ("Хорхе Арреаза", "министр науки и технологий страны", "Венесуэла")),
    ("Военные Пакистана заявили о перевороте. Глава государства Первез Мушарраф отказался уйти.",
     ("Первез Мушарраф", "глава государства", "Пакистан")),
    # a country the place kinds do not know, after one they do
    ("Граждане США пытались вывезти детей из Гаити. По новым правилам премьер-министр страны "
     "Жан-Макс Бельрив должен разрешить вывоз.", ("Жан-Макс Бельрив", "премьер-министр страны", "Гаити")),
])
def test_the_country_named_before(pipeline, text, expected):
    assert expected in _roles(pipeline, text)


@pytest.mark.parametrize(("text", "person"), [
    # the country is another position's: "главы государства"
    ("Путин прилетел в Турцию. Пресс-секретарь главы государства Дмитрий Песков сказал, что это важно.",
     "Дмитрий Песков"),
    # the person's own country is named: "президент России"
    ("Президент России Владимир Путин прилетел в Турцию. Глава государства Владимир Путин уехал.",
     "Владимир Путин"),
    # no country before: an adjective is none
    ("Норвежский премьер уехал. Президент страны Иван Петров остался.", "Иван Петров"),
    # a city is no country
    ("Выборы прошли в Москве. Глава государства Иван Петров проголосовал.", "Иван Петров"),
])
def test_no_country(pipeline, text, person):
    found = [role for role in _roles(pipeline, text)
             if role[0] == person and role[1] and role[1].endswith(("страны", "государства"))]
    assert found and all(org is None for _, _, org in found), found
