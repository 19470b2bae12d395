"""ner.span_leads: what a span's words say by the dictionary (a common word, a title or a verb
opening it, "святой" before it)."""

import pytest

from ru_newsner.link.role_words import professions
from ru_newsner.ner.span_leads import (common_lead, kind_lead, lone_common_word, people_lead, saint_lead, title_lead,
                                      verb_lead)
from ru_newsner.pipeline.resources import shared


def cut(rule, text: str, span: str, *args) -> str:
    """What ``rule(text, start, stop, *args)`` leaves of the first ``span`` in ``text``."""
    start = text.index(span)
    a, b = rule(text, start, start + len(span), *args)
    return text[a:b]


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Пресс-агент Гибсона подтвердил.", "Пресс-агент Гибсона", "Гибсона"),
    ("Кардиологу Мюррею грозит срок.", "Кардиологу Мюррею", "Мюррею"),
    ("Испанец забил гол.", "Испанец", ""),
    ("Лебедь Александр Иванович, губернатор.", "Лебедь Александр Иванович", "Лебедь Александр Иванович"),
    ("Вчера Лебедь заявил.", "Лебедь", "Лебедь"),
    ("На фестиваль приехал Эмир Кустурица.", "Эмир Кустурица", "Эмир Кустурица"),
    ("Владимир Путин прилетел.", "Владимир Путин", "Владимир Путин"),
    # a guessed "first name" is no reason to keep the common word
    ("Фолл был соседом. Прислуга Макафи дала интервью.", "Прислуга Макафи", "Макафи"),
    # a word of two letters opening a sentence is a name's ("си" is also a musical note)
    ("Визит завершён. Си Цзиньпин вернулся в Пекин.", "Си Цзиньпин", "Си Цзиньпин"),
    # mid-sentence after a lost full stop: no name is a pronoun, adverb, infinitive or ordinal
    ("мне понравилось место Оно меня вдохновило", "Оно", ""),
    ("такого перформанса Впоследствии развивая идею", "Впоследствии", ""),
    ("постановляю 1 Помиловать Нааму", "Помиловать", ""),
    ("а именно его Двенадцатое воплощение", "Двенадцатое", ""),
    ("При этом Лью не уточнил.", "Лью", "Лью"),  # a verb form, and a name: verbs are left
])
def test_common_lead(text, span, expected):
    assert cut(common_lead, text, span, shared().parse) == expected


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("ТАСС, 10 августа. Военнослужащие группировки Минобороны России завершили работы.",
     "Военнослужащие группировки Минобороны России", "группировки Минобороны России"),
    ("Сотрудники полиции Москвы задержали его.", "Сотрудники полиции Москвы", "полиции Москвы"),
    # names that start with people: a preposition or a name follows
    ("Врачи без границ заявили о нехватке лекарств.", "Врачи без границ", "Врачи без границ"),
    ("Свидетели Иеговы запрещены.", "Свидетели Иеговы", "Свидетели Иеговы"),
    # mid-sentence the capital is a name's
    ("Он вступил в организацию Солдатские матери России.", "Солдатские матери России", "Солдатские матери России"),
])
def test_people_lead(text, span, expected):
    assert cut(people_lead, text, span, shared().parse) == expected


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Компания «Российские железные дороги» увеличила перевозки.", "Компания «Российские железные дороги»",
     "«Российские железные дороги»"),
    ("Его слова передают. Радиостанции «Говорит Москва» добавляют.", "Радиостанции «Говорит Москва»",
     "«Говорит Москва»"),
    # a name that starts with its kind and no quote, and a kind mid-sentence, stay
    ("Федеральная налоговая служба изменила правила.", "Федеральная налоговая служба", "Федеральная налоговая служба"),
    ("Он работал в Компании «Вектор».", "Компании «Вектор»", "Компании «Вектор»"),
])
def test_kind_lead(text, span, expected):
    assert cut(kind_lead, text, span, shared().parse) == expected


@pytest.mark.parametrize(("text", "label", "span", "expected"), [
    ("Начала петь с пяти лет. Ещё студенткой выступала на сцене.", "LOC", "Ещё", True),
    ("Переизбранный в октябре Чавес уехал.", "ORG", "Переизбранный", True),
    ("Как пишет газета «Сегодня», он уволен.", "ORG", "Сегодня", False),  # a quoted name stays
    ("Он вернулся в Москву.", "LOC", "Москву", False),
    # a plural noun of people is no place: a headline's "[Американцы] отказались …"
    ("Американцы отказались от боевых роботов", "LOC", "Американцы", True),
    ("Россияне поддержали решение.", "LOC", "Россияне", True),
    ("Они вернулись в Кенгуру.", "LOC", "Кенгуру", False),  # indeclinable: a name may be one
    ("МОСКВА, 1 октября. /Корр. ТАСС Сергей Изотов/. Совет федерации открывает сессию.", "LOC", "Корр", True),
    # a common noun opening a sentence or a line as a plural subject is no place
    ("Её задержали в аэропорту. Власти считают, что она хотела уехать.", "LOC", "Власти", True),
    ("Американка отправляла биткоины ИГ\n\nВласти США арестовали её.", "LOC", "Власти", True),
    ("Химки приняли гостей.", "LOC", "Химки", False),  # a town the dictionary knows
    ("Он сказал, что Власти виднее.", "LOC", "Власти", False),  # mid-sentence: the capital says "name"
])
def test_lone_common_word(text, label, span, expected):

    start = text.index(span)
    assert lone_common_word(text, label, start, start + len(span), shared().parse) is expected


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Основал Благотворительный фонд Короля Кигели V.", "Основал Благотворительный фонд Короля Кигели V",
     "Благотворительный фонд Короля Кигели V"),
    ("В Берлине. Обучался музыке в Вене.", "Обучался музыке", ""),
    ("Это мера. Фонд создан для помощи странам.", "Фонд создан для помощи странам", ""),
    ("Министр финансов Джек Лью заявил.", "Джек Лью", "Джек Лью"),  # short names read as verbs
    ("Серена Уильямс выиграла.", "Серена Уильямс", "Серена Уильямс"),
    ("Решение принял МОК.", "МОК", "МОК"),
])
def test_verb_lead(text, span, expected):
    assert cut(verb_lead, text, span, shared().parse) == expected


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Об этом сообщил Король Абдалла.", "Король Абдалла", "Абдалла"),
    ("Дом стоит на улице Генерала Дорохова.", "Генерала Дорохова", "Дорохова"),
    ("Память Митрополита Никодима почтили.", "Митрополита Никодима", "Никодима"),
    ("Новым станет Папа Римский.", "Папа Римский", ""),
    ("Приехал Виктор Король.", "Виктор Король", "Виктор Король"),
    ("Вчера Абдалла уехал.", "Абдалла", "Абдалла"),
    # after another title the capitalized word is the name's
    ("Фильм снял режиссёр Эмир Кустурица.", "Эмир Кустурица", "Эмир Кустурица"),
    # a title alone is no name; a name alone stays
    ("Многие мигранты, напомнил Папа, бежали от войны.", "Папа", ""),
    ("После болезни скончался прежний Предстоятель церкви.", "Предстоятель", ""),
    ("Мир простился с Лебедем.", "Лебедем", "Лебедем"),
])
def test_title_lead(text, span, expected):
    assert cut(title_lead, text, span, shared().parse, professions()) == expected


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Месса прошла в соборе святого Петра.", "Петра", "святого Петра"),
    ("Ребёнок родился в госпитале Святой Марии.", "Марии", "Святой Марии"),
    ("Её назвали Святая Анна.", "Анна", "Святая Анна"),
    ("Он святой, говорит Пётр.", "Пётр", "Пётр"),           # not right before the name
    ("Квартал Пресвятой Марии.", "Марии", "Марии"),         # another word
])
def test_saint_lead(text, span, expected):
    assert cut(saint_lead, text, span) == expected


def test_saint_in_the_article(pipeline):
    article = pipeline("Месса прошла в соборе святого Петра в Ватикане.")
    saint = next(m for m in article.mentions if m.label == "PER")
    assert (saint.text, saint.normal, saint.first, saint.last) == ("святого Петра", "святой Петр", "Петр", None)
