"""rules.money: sums of money with NEREL's extents."""

import pytest

from ru_newsner.rules.money import elided_currencies, money_spans


def _found(text):
    return [text[a:b] for a, b in money_spans(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ущерб в размере 750 млн руб.  В частности, суд", ["750 млн руб"]),
    ("Из них около 200\u00a0млн руб. администрация потратит", ["около 200\u00a0млн руб."]),
    ("состояние монарха в 63,2 млрд долларов США. Показателем", ["63,2 млрд долларов США"]),
    ("Цукерберг вложит $3 млрд в проект", ["$3 млрд"]),
    ("штрафовать на суммы от 3 до 5 тыс. руб., должностных лиц", ["от 3 до 5 тыс. руб."]),
    ("Tumblr куплен за миллиард долларов", ["миллиард долларов"]),
    ("премия составляет 6 миллионов норвежских крон", ["6 миллионов норвежских крон"]),
    ("награду в 10 000 долларов за помощь", ["10 000 долларов"]),
    ("на реставрацию, 50-70\u00a0млн рублей город получит", ["50-70\u00a0млн рублей"]),
    ("штраф до 500 тыс. рублей (по закону)", ["до 500 тыс. рублей"]),
    ("выручка выросла с 10,63 миллиарда до 11,29 миллиарда долларов.", ["с 10,63 миллиарда до 11,29 миллиарда долларов"]),
    # half a scale, hundreds of a scale
    ("Штраф составит до полумиллиона рублей.", ["до полумиллиона рублей"]),
    ("За полмиллиона долларов он купил дом.", ["полмиллиона долларов"]),
    ("Грант в размере полутора миллионов рублей получили ученые.", ["полутора миллионов рублей"]),
    ("Ущерб оценивается в сотни миллионов рублей.", ["сотни миллионов рублей"]),
    # small coins and the currencies the first list missed
    ("отец купил акварель за 75 центов на рынке", ["75 центов"]),
    ("проезд подорожал на 50 копеек, жетон стоит 3 евроцента", ["50 копеек", "3 евроцента"]),
    ("за 100 000 вон, или 20 лари", ["100 000 вон", "20 лари"]),
    # a banknote's value as an adjective
    ("сдачи со 100-долларовой купюры не нашлось", ["100-долларовой"]),
    ("5000-рублёвая купюра и 10-рублевые монеты", ["5000-рублёвая", "10-рублевые"]),
    # a currency named without an amount (NEREL marks it too)
    ("портреты на бумажных долларах и купила биткоины", ["долларах", "биткоины"]),
    ("зарплата выросла в рублях, а не в евро", ["рублях", "евро"]),
    ("5 млн долларов и 3 рубля", ["5 млн долларов", "3 рубля"]),
    # a currency's sign after the amount
    ("зарплата 50 000 ₽ в месяц, компенсация 100 тыс. €.", ["50 000 ₽", "100 тыс. €"]),
    # a sum written in several scales is one
    ("Средняя зарплата составила 58 тысяч 300 рублей.", ["58 тысяч 300 рублей"]),
    ("Ущерб — 1 млн 200 тыс. руб. за год", ["1 млн 200 тыс. руб."]),
    # the sum in words in brackets after its figures
    ("Штраф в размере 100 000 (ста тысяч) рублей.", ["100 000 (ста тысяч) рублей"]),
    ("Он получил 5 (пять) тысяч рублей.", ["5 (пять) тысяч рублей"]),
])
def test_money(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    "В 2018 году прошло 750 встреч.",
    "Он прожил 85 лет, из них 20 тысяч дней в Москве.",
    "Счёт матча 3:1.",
    "В 5 центрах работают 20 пенсионеров, у них 5 пенсий.",
    "сборная сыграет на Евро, финал Евро-2020 и чемпионат Евро 2024",  # the championship
    "Иена, город в Тюрингии; династия Юань",  # a city and a dynasty, not the currencies
    "долларовый курс и рублёвые вклады",  # adjectives
    "100-летний юбилей и 20-центральный зал",  # no currency's adjective after the number
    "Ребёнок весит 8 фунтов 6 унций.",  # pounds of weight
])
def test_no_money(text):
    assert money_spans(text) == []


@pytest.fixture(scope="module")
def parse():
    import pymorphy3

    from ru_newsner.text.morph import make_parser
    return make_parser(pymorphy3.MorphAnalyzer())


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence gave the currency: amounts with a scale alone are sums too
    ("первое место — 368 млн рублей, второе — 316 млн (около 5 млн долларов).",
     ["368 млн рублей", "316 млн", "около 5 млн долларов"]),
    ("1,3 миллиарда рублей в 2018 году и 1,5 миллиарда в 2019 году.",
     ["1,3 миллиарда рублей", "1,5 миллиарда"]),
    ("Смартфон стоит 20 тыс. рублей, планшет — 30 тыс. Потом", ["20 тыс. рублей", "30 тыс"]),
    # a counted noun after the scale: no money
    ("Бюджет — 2 млрд рублей, жителей 30 миллионов человек.", ["2 млрд рублей"]),
    # no full sum in the sentence: no money
    ("Город получил 30 миллионов. Потом ещё 5 млн рублей.", ["5 млн рублей"]),
    ("Дочь миллиардера получила 5 млн рублей.", ["5 млн рублей"]),
    # a word of money before the amount: a sum too, but not of a counted noun
    ("Компания получила прибыль в 6 миллиардов. Потом", ["6 миллиардов"]),
    ("Роды, по данным Life, обошлись в 930 тысяч.", ["930 тысяч"]),
    ("Налоговики заблокировали более 7 тысяч интернет-ресурсов.", []),
    ("Ущерб затронул 50 тысяч человек.", []),
])
def test_elliptical_sums(text, expected, parse):
    assert [text[a:b] for a, b in money_spans(text, parse)] == expected
    assert _found(text) == [e for e in expected if any(c in e for c in ("руб", "доллар"))]


def test_money_in_the_article(pipeline):
    article = pipeline("Компания заплатила штраф 2,5 млн рублей.")
    money = [m for m in article.mentions if m.label == "MONEY"]
    assert [(m.text, m.kind, m.source) for m in money] == [("2,5 млн рублей", "value", "rules")]


def test_elliptical_sum_in_the_article(pipeline):
    article = pipeline("Первое место принесло 368 млн рублей, второе — 316 млн.")
    money = [m.text for m in article.mentions if m.label == "MONEY"]
    assert money == ["368 млн рублей", "316 млн"]


@pytest.mark.parametrize(("text", "sources"), [
    # an elliptical sum takes the currency of the sum its sentence gave before it
    ("Бюджет составит 140,5 млрд рублей, дефицит — около 8 млрд.", {1: 0}),
    ("Выручка — $2 млрд, прибыль — 300 млн. Потом 5 млн евро и 2 млн.", {1: 0, 3: 2}),
    # not one after it ("316 млн" rubles are "около 5 млн долларов"), nor one in another sentence
    ("Второе место — 316 млн (около 5 млн долларов).", {}),
    ("Цена 5 млн рублей. Потом прибыль в 3 млн.", {}),
])
def test_an_elliptical_sum_takes_the_currency_before_it(text, sources, parse):
    assert elided_currencies(text, money_spans(text, parse)) == sources


def test_an_elliptical_sum_in_the_article_has_the_currency(pipeline):
    article = pipeline("Бюджет составит 140,5 млрд рублей, дефицит — около 8 млрд.")
    assert [(m.text, m.amount, m.unit, m.qualifier) for m in article.mentions if m.label == "MONEY"] == [
        ("140,5 млрд рублей", 140.5e9, "RUB", None), ("около 8 млрд", 8e9, "RUB", "about")]


def test_elliptical_sums_over_many_sentences(parse):
    text = "Цена 5 млн рублей, а потом 3 млн. Жителей 3 млн. " * 50
    found = [text[a:b] for a, b in money_spans(text, parse)]
    assert found == ["5 млн рублей", "3 млн"] * 50  # the sentence with no full sum gives none
