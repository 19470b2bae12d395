"""ner.platforms: a social network as the place of a post is no organization."""

import pytest

from ru_newsner.ner.platforms import platform_compound, posted_on_platform


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Он написал в Facebook, что уходит.", "Facebook", True),
    ("Видео опубликовано на YouTube вчера.", "YouTube", True),
    ("Пост появился во ВКонтакте.", "ВКонтакте", True),
    ("Сообщение в Твиттере удалили.", "Твиттере", True),
    ("Facebook купил Instagram за миллиард долларов.", "Facebook", False),
    ("Акции Facebook упали.", "Facebook", False),
    ("Он работал в Google.", "Google", False),  # a company, no network
    ("Он вышел на работу в Facebook в сентябре.", "Facebook", False),  # a workplace
])
def test_posted_on_platform(text, name, expected):
    start = text.index(name)
    assert posted_on_platform(text, start, start + len(name)) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("Telegram-канал", True), ("YouTube-канале", True), ("фейсбук-аккаунте", True), ("Telegram", False),
    ("Coca-Cola", False),
])
def test_platform_compound(word, expected):
    assert platform_compound(word, 0, len(word)) is expected


def test_a_channel_on_a_network_is_no_organization(pipeline):
    article = pipeline("Подписывайтесь на наш Telegram-канал.")
    assert not [m for m in article.mentions if m.label == "ORG"]


def test_pipeline_drops_the_place_of_a_post(pipeline):
    article = pipeline("Марк Цукерберг написал в Facebook, что Facebook купит Instagram.")
    orgs = [(m.text, m.start) for m in article.mentions if m.label == "ORG"]
    first, second = (i for i in range(len(article.text)) if article.text.startswith("Facebook", i))
    assert ("Facebook", first) not in orgs
    assert ("Facebook", second) in orgs


def test_a_network_named_as_a_company_is_one(pipeline):
    """The relabel table drops "Twitter" (mostly a service in NEREL); "компании Twitter" is the company."""
    text = "Составлен протокол в отношении компании Twitter за отказ предоставить информацию. Он написал в Twitter."
    found = [(m.label, m.start) for m in pipeline(text).mentions if m.text == "Twitter"]
    assert found == [("ORG", text.index("Twitter"))], found


@pytest.mark.parametrize("text", ["Глава Twitter Джек Дорси ушел в отставку.",
                                  "Бывший генеральный директор Twitter Джек Дорси дал интервью."])
def test_a_network_after_a_position_is_the_company(pipeline, text):
    """"глава Twitter": a position's organization is the company; a common word the table drops
    stays dropped after one ("председатель совета")."""
    found = [m.label for m in pipeline(text).mentions if m.text == "Twitter"]
    assert found == ["ORG"], found


def test_a_dropped_common_word_after_a_position_stays_dropped(pipeline):
    found = [m.text for m in pipeline("Об этом заявил председатель совета Игорь Рогов.").mentions if m.label == "ORG"]
    assert found == [], found


def test_a_copyright_sign_is_no_name(pipeline):
    text = "Учредитель: Сусликов Сергей Сергеевич\n\nCopyRight © 2008-2014 БК55\nВсе права защищены."
    found = [(m.label, m.text) for m in pipeline(text).mentions]
    assert not any(t.lower().startswith("copyright") for _, t in found), found
    assert ("PER", "Сусликов Сергей Сергеевич") in found
