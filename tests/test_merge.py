"""The merge of all stages' mentions (``ner.merge``): where a value from the model and a
date from the rules claim the same words."""

import datetime as dt

from ru_newsner.ner.merge import merge
from ru_newsner.records import ValueMention
from ru_newsner.rules.dates import find_dates

ANCHOR = dt.date(2024, 2, 29)


def _age(text: str, words: str) -> ValueMention:
    start = text.index(words)
    return ValueMention(start=start, stop=start + len(words), text=words, label="AGE", source="model",
                        normal=words)


def _merged(text: str, age: str) -> set[tuple[str, str]]:
    return {(m.label, m.text) for m in merge([*find_dates(text, ANCHOR), _age(text, age)])}


def test_an_age_beats_the_duration_it_overlaps():
    text = "Мамонту было по крайней мере 50 лет, считают учёные."
    assert ("DATE", "50 лет") in {(m.label, m.text) for m in find_dates(text, ANCHOR)}
    assert _merged(text, "по крайней мере 50 лет") == {("AGE", "по крайней мере 50 лет")}
    assert _merged(text, "50 лет") == {("AGE", "50 лет")}  # the same span: the age, not the rule's date


def test_an_offset_or_a_duration_adjective_stays_a_date():
    text = "Человек, 35 лет назад стрелявший в президента, вышел на свободу."
    assert ("DATE", "35 лет назад") in _merged(text, "35 лет назад")
    text = "Агент с 23-летним стажем возглавил бюро."
    assert ("DATE", "23-летним") in _merged(text, "23-летним")


def test_without_an_age_dates_are_untouched():
    text = "Он провёл в тюрьме 5 лет, с 2001 по 2006 год."
    assert merge(find_dates(text, ANCHOR)) == sorted(find_dates(text, ANCHOR), key=lambda m: (m.start, -m.stop, m.label))


def test_nothing_inside_a_url_is_a_mention():
    text = "Петиция[https://www.change.org/p/%D0%BE%D1%82 Отменить] подписана 28 февраля."
    start = text.index("0%")
    percent = ValueMention(start=start, stop=start + 2, text="0%", label="PERCENT", source="model", normal="0%")
    merged = merge([*find_dates(text, ANCHOR), percent], text)
    assert [(m.label, m.text) for m in merged] == [("DATE", "28 февраля")]
    assert merge([percent], text.replace("https://www.", "")) == [percent]  # no link, no change
