"""Parsed parts of MONEY, AGE and PERCENT mentions (rules.amounts)."""

import pytest

from ru_newsner.rules.amounts import value_amount


@pytest.mark.parametrize("text, amount, amount_max, unit, qualifier", [
    ("100 долларов США", 100, None, "USD", None),
    ("2,5 миллиарда долларов", 2.5e9, None, "USD", None),
    ("8,13 миллиарда долларов", 8.13e9, None, "USD", None),  # no float noise: 8130000000.0
    ("1 496 рублей", 1496, None, "RUB", None),
    ("17739,10 гривен", 17739.1, None, "UAH", None),
    ("$50 тыс", 50_000, None, "USD", None),
    ("50 000 ₽", 50_000, None, "RUB", None),  # a sign after the amount
    ("100 тыс. €", 100_000, None, "EUR", None),
    ("$635,000", 635_000, None, "USD", None),  # English thousands after a sign
    ("$0,91", 0.91, None, "USD", None),
    ("около £30 млн", 3e7, None, "GBP", "about"),
    ("€1.2 млрд", 1.2e9, None, "EUR", None),
    ("75 центов", 0.75, None, "USD", None),  # hundredths in the whole unit
    ("50 копеек", 0.5, None, "RUB", None),
    ("6 миллионов норвежских крон", 6e6, None, "NOK", None),  # the adjective says whose
    ("100 млн гонконгских долларов", 1e8, None, "HKD", None),
    ("9 млн крон", 9e6, None, None, None),  # whose crowns: not said
    ("от 3 до 5 тыс. руб.", 3000, 5000, "RUB", None),
    ("от 500 тыс. до 1 млн рублей", 5e5, 1e6, "RUB", None),
    ("210-250 миллионов долларов", 2.1e8, 2.5e8, "USD", None),
    ("миллиард долларов", 1e9, None, "USD", None),
    ("около миллиарда долларов", 1e9, None, "USD", "about"),
    ("миллиарды рублей", None, None, "RUB", None),  # no number written
    ("несколько миллионов долларов", None, None, "USD", None),
    ("двадцать пять тысяч рублей", 25_000, None, "RUB", None),
    ("полтора миллиарда евро", 1.5e9, None, "EUR", None),
    ("полмиллиона долларов", 5e5, None, "USD", None),
    ("до полумиллиона рублей", 5e5, None, "RUB", "up_to"),
    ("сотни миллионов рублей", None, None, "RUB", None),  # no one number
    ("стоимостью миллион долларов", 1e6, None, "USD", None),  # "сто" opens no word here
    ("не менее 500 тыс. рублей", 5e5, None, "RUB", "at_least"),
    ("более 17 тысяч гривен", 17_000, None, "UAH", "over"),
    ("почти 68 000 долларов", 68_000, None, "USD", "under"),
    ("до 750 тысяч юаней", 750_000, None, "CNY", "up_to"),
    ("58 тысяч 300 рублей", 58_300, None, "RUB", None),  # several scales add up
    ("1 млн 200 тыс. руб.", 1_200_000, None, "RUB", None),
    ("2 млн 300 000 рублей", 2_300_000, None, "RUB", None),
    ("100 000 (ста тысяч) рублей", 100_000, None, "RUB", None),  # the words repeat the figures
    ("5 (пять) тысяч рублей", 5_000, None, "RUB", None),
    ("30 миллионов", 3e7, None, None, None),  # an elliptical sum: the currency is the sentence's
    ("биткоины", None, None, "BTC", None),
])
def test_money(text, amount, amount_max, unit, qualifier):
    assert tuple(value_amount("MONEY", text)) == (amount, amount_max, unit, qualifier)


@pytest.mark.parametrize("label, text, amount, amount_max, unit, qualifier", [
    ("AGE", "54-летний", 54, None, "year", None),
    ("AGE", "13-ти летний", 13, None, "year", None),
    ("AGE", "Шестидесятивосьмилетняя", 68, None, "year", None),  # a number written into the word
    ("AGE", "несовершеннолетней", None, None, "year", None),
    ("AGE", "от 13 до 18 лет", 13, 18, "year", None),
    ("AGE", "19-32 лет", 19, 32, "year", None),
    ("AGE", "до восемнадцати лет", 18, None, "year", "up_to"),
    ("AGE", "моложе 35 лет", 35, None, "year", "under"),
    ("AGE", "не младше 45 лет", 45, None, "year", "at_least"),
    ("PERCENT", "17,5%", 17.5, None, "%", None),
    ("PERCENT", "Более 49 процентов", 49, None, "%", "over"),
    ("PERCENT", "20-30%", 20, 30, "%", None),
    ("PERCENT", "70-процентное", 70, None, "%", None),
])
def test_ages_and_shares(label, text, amount, amount_max, unit, qualifier):
    assert tuple(value_amount(label, text)) == (amount, amount_max, unit, qualifier)


def test_pipeline_mentions_carry_the_parts(pipeline):
    text = "Компания заплатила около 2,5 млрд долларов, а штраф составил от 3 до 5 тыс. руб. в день."
    sums = {m.text: (m.amount, m.amount_max, m.unit, m.qualifier)
            for m in pipeline(text).mentions if m.label == "MONEY"}
    assert sums == {"около 2,5 млрд долларов": (2.5e9, None, "USD", "about"),
                    "от 3 до 5 тыс. руб.": (3000, 5000, "RUB", None)}
