"""Issue 7: header / body / footer of scraped pages (fixtures written here)."""

import pytest

from ru_newsner.link.structure import detect, site_of, timestamp

PAGE = """Новости. Томск
tomsk-news.ru

Губернатор открыл новый мост через Томь

12.05.2023 14:30
Фото: пресс-служба администрации

Вчера губернатор Томской области открыл движение по новому мосту через реку Томь.
Строительство продолжалось три года и обошлось бюджету в 12 млрд рублей.

Сетевое издание «Томск Новости»
Свидетельство о регистрации ЭЛ № ФС 77-00000 выдано Роскомнадзором
Учредитель: ООО «Медиа»
© 2010-2023 Все права защищены.
e-mail: info@tomsk-news.ru
"""


def test_page_parts():
    s = detect(PAGE)
    assert s.title == "Губернатор открыл новый мост через Томь"
    assert s.source == "tomsk-news.ru"
    assert s.published_at == "2023-05-12T14:30:00"
    assert PAGE[s.header_end:].lstrip().startswith("Вчера губернатор")
    assert PAGE[s.footer_start:].startswith("Сетевое издание")
    assert s.section(PAGE.index("Томской")) == "body"
    assert s.section(PAGE.index("Учредитель")) == "footer"
    assert s.section(PAGE.index("Губернатор открыл")) == "header"


def test_a_worded_timestamp_anchors_the_articles_relative_dates(pipeline):
    page = ("Новосибирск\nМэр Новосибирска покинул пост\n14 марта 2024, 10:15\n"
            "Мэр Новосибирска досрочно сложил полномочия. Заявление рассмотрели на сессии в среду.\n")
    article = pipeline(page)
    assert (article.title, article.published_at) == ("Мэр Новосибирска покинул пост", "2024-03-14T10:15:00")
    assert [(m.text, m.value_start) for m in article.mentions if m.text == "в среду"] == [("в среду", "2024-03-13")]


def test_plain_article_is_all_body():
    text = ("Вчера в Казани прошла встреча мэра с жителями. Обсуждали ремонт дорог и школ, "
            "а также планы на следующий год.")
    s = detect(text)
    assert (s.header_end, s.footer_start, s.title) == (0, len(text), None)


def test_one_contact_line_is_not_a_footer():
    text = ("Заголовок\n\nВчера в Казани прошла встреча мэра с жителями города и района.\n"
            "Подробности по телефону: тел. 123-45-67")
    assert detect(text).footer_start == len(text)


@pytest.mark.parametrize("line, iso", [
    ("29-02-2024 07:55:08", "2024-02-29T07:55:08"),
    ("12.05.2023 14:30", "2023-05-12T14:30:00"),
    ("2023-05-12 09:05", "2023-05-12T09:05:00"),
    ("31-02-2024 07:55:08", None),
    ("в 07:55", None),
    # a date in words, with its time after or before it, or alone
    ("14 марта 2024, 10:15", "2024-03-14T10:15:00"),
    ("14 марта 2024 г. в 10:15", "2024-03-14T10:15:00"),
    ("10:15 | 14 марта 2024", "2024-03-14T10:15:00"),
    ("14 Марта 2024 года", "2024-03-14"),
    ("31 февраля 2024", None),
    ("Вчера, 28 февраля", None),
    # other separators, a slash, a month cut short, a date alone, a label or a weekday before it
    ("29.02.2024 | 07:55", "2024-02-29T07:55:00"),
    ("05/08/2008 10:35", "2008-08-05T10:35:00"),
    ("07:55, 29.02.2024", "2024-02-29T07:55:00"),
    ("3 мар. 2023 в 10:00", "2023-03-03T10:00:00"),
    ("29 фев 2024, 07:55", "2024-02-29T07:55:00"),
    ("1 мая 2023", "2023-05-01"),
    ("29.02.2024", "2024-02-29"),
    ("2024-02-29", "2024-02-29"),
    ("Опубликовано: 29 февраля 2024, 07:55", "2024-02-29T07:55:00"),
    ("Обновлено: 29.02.2024 08:10", "2024-02-29T08:10:00"),
    ("Четверг, 29 февраля 2024", "2024-02-29"),
    ("Сегодня, 07:55", None),
    ("Москва, 29.02.2024", None),
])
def test_timestamps(line, iso):
    assert timestamp(line) == iso


@pytest.mark.parametrize("url, site", [
    ("https://www.gazeta.ru/news/business/2008/11/21/n_1298950.shtml", "gazeta.ru"),
    ("http://101.ru/?an=port_onenews&uid=107096", "101.ru"),
    ("https://russian.rt.com/russia/news/644595", "russian.rt.com"),
    ("https://WWW.Lenta.RU:443/news/", "lenta.ru"),
    ("www.kp.ru/online/news/2598286/", "kp.ru"),
    ("", None), (None, None), ("http://[::1", None),
])
def test_the_site_of_a_url(url, site):
    assert site_of(url) == site


def test_an_articles_source_is_its_urls_site_unless_given(pipeline):
    text = "Вчера в Москве открыли новую станцию метро."
    sources = [a.source for a in pipeline.pipe([
        (text, {"url": "https://www.gazeta.ru/news/1.shtml"}),
        (text, {"url": "https://www.gazeta.ru/news/1.shtml", "source": "Газета.ру"}),  # the caller's wins
        (PAGE, {"url": "https://www.tomsk.ru/news/1"}),  # over the header's "tomsk-news.ru"
        (PAGE, {}),
        (text, {}),
    ])]
    assert sources == ["gazeta.ru", "Газета.ру", "tomsk.ru", "tomsk-news.ru", None]


def test_a_title_the_caller_gives_is_the_header_when_the_text_opens_with_it():
    from ru_newsner.link.structure import with_title_line

    text = "Промсвязьбанк открыл офис в Омске\n\nБанк сообщил об этом в понедельник."
    found = detect(text)
    assert found.section(0) == "body"  # one sentence after it: no header told apart
    fixed = with_title_line(found, text, "Промсвязьбанк открыл офис в Омске")
    assert fixed.section(0) == "header" and fixed.section(text.index("Банк")) == "body"
    assert fixed.title == "Промсвязьбанк открыл офис в Омске"
    # another title, or none, changes nothing
    assert with_title_line(found, text, "Другой заголовок") is found
    assert with_title_line(found, text, None) is found


def test_a_line_too_long_for_a_header_is_body_without_a_full_stop():
    """RIA's HTML breaks a paragraph where its markup did: the first line of 52 words ends with
    no full stop, and its names are the body's, not a header's."""
    line = ("москва, 31 янв - риа новости. большая часть из 33 детей, которых граждане сша пытались "
            "вывезти из гаити в организованный в доминиканской республике приют, не являются сиротами, "
            "сообщает в воскресенье агентство франс пресс со ссылкой на заявление представителя "
            "международной организации оказывающей помощь детям, оставшимся без родителей")
    text = line + "\nдети были задержаны на границе вместе с десятью гражданами сша в пятницу."
    assert detect(text).section(0) == "body"


def test_a_title_with_a_line_break_is_the_header_its_first_line_joins():
    from ru_newsner.io import RawArticle, title_first
    from ru_newsner.link.structure import with_title_line

    raw = title_first(RawArticle(id="x", location="x", text="Банк сообщил об этом в понедельник.",
                                 title="Промсвязьбанк открыл\nофис в Омске"))
    fixed = with_title_line(detect(raw.text), raw.text, raw.title)
    assert fixed.section(0) == "header" and fixed.header_end == len("Промсвязьбанк открыл офис в Омске")
    assert fixed.section(raw.text.index("Банк")) == "body"


def test_an_imprint_on_one_line_is_a_footer():
    """A page that runs its imprint into one line is a footer as one with a line per marker."""
    body = ("Заголовок\n\nВчера в Казани прошла встреча мэра с жителями города и района.\n"
            "Читайте также: Пробки в центре достигли 9 баллов\n")
    imprint = ("© 2024 НГС. Все права защищены. Сетевое издание «НГС.НОВОСТИ». Свидетельство о регистрации "
               "СМИ Эл № ФС77-12345. Главный редактор — Иванова Мария Сергеевна. 18+")
    text = body + imprint
    assert detect(text).footer_start == text.index("Читайте")
    # one marker alone on the line is no footer, a sentence about a chief editor no imprint
    text = body + "Главный редактор газеты Иван Петров заявил, что Роскомнадзор не прав."
    assert detect(text).footer_start == len(text)
