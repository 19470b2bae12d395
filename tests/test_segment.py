"""Segmentation in razdel's partition style: '|' marks sentence boundaries."""

import pytest

from ru_newsner.text.segment import lines, sentence_start, sentences


def partition(text: str) -> list[str]:
    return [text[s.start:s.stop] for s in sentences(text)]


@pytest.mark.parametrize("marked", [
    "Он пришёл.| Она ушла.",
    "Новости.| Омск|\nbk55.ru",
    "Согласно ч. 2 ст. 104 УК РФ суд отказал.| Потом всё.",
    "Постановление Правительства РФ от 25.05.2020 №3543 «О мерах» принято.",
    "Первая строка|\n\nВторая строка",
    "Живёт в г. Омске на ул. Ленина.",
])
def test_sentences(marked):
    text = marked.replace("|", "")
    assert partition(text) == [part.strip() for part in marked.split("|")]


def test_tokens_have_exact_offsets():
    text = "  «Концерн «Уралвагонзавод»»\u00a0— АО.\n\nЁлка"
    for sentence in sentences(text):
        for token in sentence.tokens:
            assert text[token.start:token.stop] == token.text


def test_blank_lines_are_skipped():
    assert list(lines("a\n \n\nb")) == [(0, 1), (5, 6)]


def test_empty_text():
    assert sentences("") == []
    assert sentences(" \n\t ") == []


@pytest.mark.parametrize("text, word, opens", [
    ("Итоги года. Октябрьский суд решил.", "Октябрьский", True),
    ("— Пятница будет тёплой.", "Пятница", True),
    ("Он живёт в г. Октябрьский.", "Октябрьский", False),  # a place's abbreviation ends no sentence
    ("Праздник в дер. Пятница.", "Пятница", False),
    ("Он живёт в городе Октябрьский.", "Октябрьский", False),
])
def test_sentence_start(text, word, opens):
    assert sentence_start(text, text.index(word), lines=True) is opens
