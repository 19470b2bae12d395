"""ner.name_join: one person slovnet tags as two PER spans is one mention."""

import pytest

from ru_newsner.ner.name_join import joined_names
from ru_newsner.pipeline.resources import shared


def _spans(text, *parts):
    out = []
    for part in parts:
        start = text.index(part)
        out.append(("PER", start, start + len(part)))
    return out


@pytest.mark.parametrize("text, left, right", [
    ("После ухода Радия Хабирова администрация изменилась.", "Радия", "Хабирова"),
    ("Умерла Марина Филипповна Ходорковская, мать Михаила.", "Марина Филипповна", "Ходорковская"),
    ("Как и мать — Суркова Зоя Антоновна, он работал учителем.", "Суркова", "Зоя Антоновна"),
    # a surname and its initials, either way round
    ("Письмо подписал Иванов И.И. вчера.", "Иванов", "И.И."),
    ("Письмо подписал И. И. Иванов вчера.", "И. И.", "Иванов"),
])
def test_one_person_in_two_spans_is_joined(text, left, right):
    joined = joined_names(text, _spans(text, left, right), shared().parse)
    assert [text[a:b] for _, a, b in joined] == [f"{left} {right}"]


@pytest.mark.parametrize("text, left, right", [
    ("Адвокат Мирзаева Алексей Гребенской поддержал обвинение.", "Мирзаева", "Алексей Гребенской"),
    ("Это был знакомый Марины Дмитрий Туркин.", "Марины", "Дмитрий Туркин"),
    ("Мать Кристины Ольга Алексеевна сообщила об этом.", "Кристины", "Ольга Алексеевна"),
    ("Советника Путина Михаила Лесина нашли мёртвым.", "Путина", "Михаила Лесина"),
    ("Вдова Арафата Суха дала разрешение.", "Арафата", "Суха"),
])
def test_a_possessor_and_a_name_stay_two(text, left, right):
    spans = _spans(text, left, right)
    assert joined_names(text, spans, shared().parse) == spans


def test_spans_apart_or_of_other_labels_stay():
    text = "Радия, Хабирова и другие."
    spans = _spans(text, "Радия", "Хабирова")
    assert joined_names(text, spans, shared().parse) == spans
    text = "Радия Хабирова"
    spans = [("PER", 0, 5), ("LOC", 6, 14)]
    assert joined_names(text, spans, shared().parse) == spans


def test_joined_in_the_pipeline(pipeline):
    article = pipeline("Это дочь Фёдора Емельяненко, и одна из авторов статьи.")
    assert [m.text for m in article.mentions if m.label == "PER"] == ["Фёдора Емельяненко"]
