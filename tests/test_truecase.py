"""The truecaser (``text/truecase.py``): capitals for text written without them, judged in
context by the tables ``bench/train_truecase.py`` learns from NEREL train's cased text, and
the recased view the pipeline reads of a text in one case throughout (RIA's dumps)."""

import math

import pytest

from ru_newsner.linear import Weights
from ru_newsner.pipeline.core import readable
from ru_newsner.pipeline.resources import shared
from ru_newsner.text.truecase import provisional, recase, recased_view, shipped, titled

RIA = ("киев, 31 янв - риа новости. премьер-министр украины юлия тимошенко заявила, что юрий луценко "
       "будет работать в ее команде. согласно федеральному закону \"о полиции\" глава мвд шон лэнкфорд "
       "уволил сотрудников.")


@pytest.fixture(scope="module")
def parse():
    return shared().parse


def test_the_shipped_tables_load():
    capital, upper = shipped()
    for model in (capital, upper):
        assert 0.0 < model.threshold < 1.0 and math.isfinite(model.bias)
    assert len(capital.weights) > 1000 and len(upper.weights) > 100


@pytest.mark.parametrize(("sentence", "expected"), [
    # a foreign surname the dictionary does not know takes a capital after a first name
    ("заявил шон лэнкфорд , глава мвд украины", "Заявил Шон Лэнкфорд , глава МВД Украины"),
    ("лидер партии регионов виктор янукович посетил сша", "Лидер Партии регионов Виктор Янукович посетил США"),
    ("генсек оон пан ги мун прибыл на кипр", "Генсек ООН Пан Ги Мун прибыл на Кипр"),
    ("в ходе визита министр обороны заявил", "В ходе визита министр обороны заявил"),  # nothing to capitalize
    ("и т.д.", "И т.д."),  # an abbreviation with full stops keeps its case
])
def test_words_are_recased_in_context(parse, sentence, expected):
    assert " ".join(recase(sentence.split(), parse)) == expected


def test_the_tables_decide(parse):
    """Under tables that capitalize everything every word is a title or all capitals; under
    tables that capitalize nothing only the first word gets a capital."""
    words = "лидер партии регионов".split()
    everything = (Weights(20.0, 0.5, {}), Weights(-20.0, 0.5, {}))
    assert recase(words, parse, everything) == ["Лидер", "Партии", "Регионов"]
    capitals = (Weights(20.0, 0.5, {}), Weights(20.0, 0.5, {}))
    assert recase(words, parse, capitals) == ["ЛИДЕР", "ПАРТИИ", "РЕГИОНОВ"]
    nothing = (Weights(-20.0, 0.5, {}), Weights(20.0, 0.5, {}))
    assert recase(words, parse, nothing) == ["Лидер", "партии", "регионов"]


@pytest.mark.parametrize(("word", "expected"), [
    ("сьюдад-хуарес", "Сьюдад-Хуарес"),  # a part the dictionary does not know
    ("санкт-петербург", "Санкт-Петербург"),  # a part it reads as a place
    ("ростов-на-дону", "Ростов-на-Дону"),  # a part of two letters stays small
    ("порт-о-пренс", "Порт-о-Пренс"),
    ("премьер-министр", "Премьер-министр"),  # a common word stays small
    ("уголовно-процессуального", "Уголовно-процессуального"),
])
def test_a_hyphened_title_capitalizes_its_name_parts(parse, word, expected):
    assert titled(word, parse) == expected


def test_a_hyphened_place_in_lower_case_text_is_named_with_its_capitals(pipeline):
    article = pipeline("взрыв прогремел в городе сьюдад-хуарес на границе с сша.")
    found = {m.text: m.normal for m in article.mentions}
    assert found.get("сьюдад-хуарес") == "Сьюдад-Хуарес", found


def test_sentences_of_a_lower_case_text_are_found(parse):
    """razdel cuts only before a capital: a provisional one after each full stop lets it find
    the sentences, and each sentence's first word is capitalized in the view."""
    assert provisional("он ушел. потом пришел! «да»") == "Он ушел. Потом пришел! «Да»"
    view = recased_view("он ушел. потом пришел в мвд россии.\nвторая строка", parse)
    assert view == "Он ушел. Потом пришел в МВД России.\nВторая строка"


@pytest.mark.parametrize("text", [RIA, RIA.upper()])
def test_the_view_changes_case_only(parse, text):
    view = recased_view(text, parse)
    assert len(view) == len(text) and view.lower() == text.lower()
    assert view != text and "Юлия Тимошенко" in view and "МВД" in view


@pytest.mark.parametrize("text", ["Юлия Тимошенко заявила.", "123 456", "", "木村 次郎右衛門", "ок"])
def test_a_cased_text_is_read_as_it_is(text):
    """Only a text in one case throughout is read recased ("ок" is: a short lower-case text)."""
    assert (readable(text) is text) is (text != "ок")


@pytest.mark.parametrize("text", [RIA, RIA.upper()])
def test_a_text_in_one_case_is_read_recased_and_quoted_as_written(pipeline, text):
    article = pipeline(text)
    assert article.text == text
    for m in article.mentions:
        assert text[m.start:m.stop] == m.text
    for r in article.relations:
        assert text[r.start:r.stop] == r.text
    normals = {m.label: set() for m in article.mentions}
    for m in article.mentions:
        normals[m.label].add(m.normal)
    assert {"Юлия Тимошенко", "Юрий Луценко", "Шон Лэнкфорд"} <= normals["PER"]  # the view's capitals
    assert {"Киев", "Украина"} <= normals["LOC"] and "МВД" in normals["ORG"]
    law = next(m for m in article.mentions if m.label == "LAW" and m.text.lower().startswith("федеральному"))
    assert law.title is None or law.title in text  # exactly as written
    assert {e.name for e in article.entities} >= {"Юлия Тимошенко", "Юрий Луценко"}


@pytest.mark.parametrize("case", [str.lower, str.upper])
def test_a_page_in_one_case_keeps_its_title_as_written(pipeline, case):
    """The structure is read from the text as written: the header's title is the input's line."""
    title = case("Тимошенко пообещала Луценко пост в правительстве")
    text = title + "\n" + case("Премьер-министр Украины Юлия Тимошенко заявила в воскресенье, что Юрий Луценко "
                                "будет работать в ее команде после выборов.")
    article = pipeline(text)
    assert article.title == title


def test_addresses_keep_their_case(parse):
    """E-mail addresses and domain names (razdel cuts them into words) stay lower case: the
    tables, which learned that Latin words in Russian news are names, would capitalize them."""
    words = "e-mail : rakurs @ tries 55 . ru , сайт lenta . ru и компания microsoft".split()
    assert recase(words, parse) == ["E-mail", ":", "rakurs", "@", "tries", "55", ".", "ru", ",", "сайт", "lenta",
                                    ".", "ru", "и", "компания", "Microsoft"]
