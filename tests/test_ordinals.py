"""Numbered words in normal forms (``text.ordinals``)."""

import pytest

from ru_newsner.pipeline.resources import shared
from ru_newsner.text.ordinals import numbered_nominative


@pytest.mark.parametrize(("word", "gender", "number", "expected"), [
    ("45-му", "masc", "sing", "45-й"),
    ("58-й", "femn", "sing", "58-я"),
    ("9-го", "neut", "sing", "9-е"),
    ("3-х", None, "plur", "3-е"),
    ("630-местном", "masc", "sing", "630-местный"),
    ("100-летней", "femn", "sing", "100-летняя"),
    ("45-му", None, "sing", None),      # no gender, no guess
    ("Су-27", "masc", "sing", None),     # no numbered word
])
def test_numbered_nominative(word, gender, number, expected):
    assert numbered_nominative(word, gender, number, shared().parse) == expected


@pytest.mark.parametrize(("sentence", "mention", "normal"), [
    ("Он баллотируется по 45-му избирательному округу Москвы.", "45-му избирательному округу", "45-й избирательный округ"),
    ("Он служил в 58-й армии.", "58-й армии", "58-я армия"),
    ("Сотрудники 75-го отдела полиции задержали его.", "75-го отдела полиции", "75-й отдел полиции"),
    ("Он командовал 1-й армией США.", "1-й армией США", "1-я армия США"),
])
def test_a_numbered_name_is_in_the_nominative(pipeline, sentence, mention, normal):
    found = {m.text: m.normal for m in pipeline(sentence).mentions}
    assert found.get(mention) == normal, found
