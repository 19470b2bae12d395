"""Persons' genders: what the name's words, an agreeing verb, a woman's title or an adjective before
the name and "который"/"которая" after it say, voted over the entity."""

import pytest


def _genders(article) -> dict[str, str | None]:
    return {m.text: m.gender for m in article.mentions if m.kind == "person"}


@pytest.mark.parametrize("sentence, name, gender", [
    ("Дана Уайт заявил, что бой состоится.", "Дана Уайт", "male"),  # the verb, not "Дана"
    ("Об этом сообщила Мария Захарова.", "Мария Захарова", "female"),  # a verb before the name
    ("Путин поздравил Грету Тунберг.", "Грету Тунберг", "female"),  # not the subject's verb
    ("Путин поздравил Грету Тунберг.", "Путин", "male"),
    ("Следователи допросили Скрипалей.", "Скрипалей", None),  # a family: no one gender
    ("По словам Тимошенко, выборы честные.", "Тимошенко", None),  # undeclined: the tagger's "Masc" says nothing
    ("Тимошенко заявила, что выборы честные.", "Тимошенко", "female"),
    # a man's genitive the dictionary knows only as a nominative of hers (a guessed "Скрипаля")
    # says no gender: the tagger's case and gender decide
    ("Британия возложила ответственность за отравление Скрипаля на Россию.", "Скрипаля", "male"),
    ("Компания Илона Маска запустила ракету.", "Илона Маска", "male"),
    # a woman's title right before the name in its case, where the dictionary knows no first name
    ("Ещё вчера её мать – актриса Дебби Рейнольдс – сказала об этом.", "Дебби Рейнольдс", "female"),
    ("18 июня у артиста и его супруги певицы Бейонсе родилась двойня.", "Бейонсе", "female"),
    ("Сын актрисы Иван Петров рассказал об этом.", "Иван Петров", "male"),  # not in its case
    ("Сообщается, что 56-летняя Дик примет этот пост.", "Дик", "female"),  # an adjective of hers
    ("Победу 23-летней Мэллори обеспечило выступление.", "Мэллори", "female"),
    ("Так в 1994 году принадлежащая Берлускони компания купила клуб.", "Берлускони", None),  # a participle's agent
    ("Первым выбором Баффета стал 40-летний Тодд Комбс.", "Тодд Комбс", "male"),  # an adjective of his
    ("Об этом журналистам рассказал сам Корреа.", "Корреа", "male"),
    # "который"/"которая" after a name in the nominative; after another case it may be the noun's before it
    ("Из Лондона в ЮАР срочно вылетела жена Манделы Граса Машел, которая отменила визит.", "Граса Машел",
     "female"),
    ("Руководить командой должен был Карпин, который 18 апреля подал в отставку.", "Карпин", "male"),
    ("Книга Дэйва Бинга, которая вышла в 2015 году, стала бестселлером.", "Дэйва Бинга", "male"),
])
def test_mention_gender(pipeline, sentence, name, gender):
    found = _genders(pipeline(sentence))
    assert name in found and found[name] == gender, found


def test_a_lone_surname_the_entity_declines_takes_its_gender(pipeline):
    # "Голунова" alone reads as a woman's nominative; of Иван Голунов it is his genitive
    article = pipeline("Акция в поддержку журналиста Ивана Голунова прошла в Москве.\n"
                       "Навальный вышел на свободу после ареста за участие в Марше Голунова\n\nОн был задержан.")
    lone = [m for m in article.mentions if m.text == "Голунова"]
    assert [(m.normal, m.gender) for m in lone] == [("Голунов", "male")]


def test_entity_gender_weighs_a_written_first_name(pipeline):
    text = ("Глава SEC Мэри Шапиро покидает свой пост. М.Шапиро возглавляла комиссию четыре года. "
            "По словам М.Шапиро, работа была трудной. М.Шапиро благодарит коллег.")
    article = pipeline(text)
    person = next(e for e in article.entities if e.kind == "person" and "Шапиро" in e.name)
    assert person.gender == "female"
    assert {article.mentions[i].text for i in person.mentions} >= {"Мэри Шапиро", "М.Шапиро"}


@pytest.mark.parametrize("sentence, name, normal", [
    ("Компания Илона Маска запустила ракету.", "Илона Маска", "Илон Маск"),  # a man's "Илон", not hers
    ("Встреча с Яном Гамарником прошла. Дело Яна Гамарника закрыли.", "Яна Гамарника", "Ян Гамарник"),
    # her surname's form after it: a woman the tagger read as a man's genitive
    ("Дочь президента Ислама Каримова Лолла Каримова сообщила новость.", "Лолла Каримова", "Лолла Каримова"),
])
def test_a_mans_first_name_read_as_hers(pipeline, sentence, name, normal):
    found = {m.text: m.normal for m in pipeline(sentence).mentions if m.kind == "person"}
    assert found.get(name) == normal, found


def test_gender_does_not_change_normal_forms(pipeline):
    article = pipeline("Дана Уайт заявил, что Хабибу Нурмагомедову предложили бой.")
    assert {m.text: m.normal for m in article.mentions if m.kind == "person"} == {
        "Дана Уайт": "Дана Уайт", "Хабибу Нурмагомедову": "Хабиб Нурмагомедов"}
