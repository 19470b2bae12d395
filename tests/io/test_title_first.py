"""A dump row's title read as its text's first line (``--title-in-text``)."""

import pytest

from ru_newsner.io import RawArticle, title_first


def raw(text, title=None, error=None) -> RawArticle:
    return RawArticle(id="r", location="f:1", text=text, title=title, error=error)


def test_the_title_opens_the_text():
    out = title_first(raw("Текст статьи.", "Путин прибыл в Омск"))
    assert out.text == "Путин прибыл в Омск\n\nТекст статьи."
    assert out.title == "Путин прибыл в Омск" and out.id == "r"


@pytest.mark.parametrize("row", [
    raw("Текст статьи."),                                    # no title
    raw("Текст статьи.", "   "),                             # a blank one
    raw("Путин прибыл в Омск\n\nТекст.", "Путин прибыл в Омск"),  # the text already opens with it
    raw(None, "Заголовок", error=("bad_json", "…")),          # an error row stays one
])
def test_rows_left_as_they_are(row):
    assert title_first(row) is row


def test_a_line_break_inside_the_title_is_a_space():
    assert title_first(raw("Текст.", "Первая строка\n вторая")).text == "Первая строка вторая\n\nТекст."
