"""ner.compass_places: a compass part of a place holds the place ("Восточной [Европы]"), a
lower-case one is a place around it ("[восточной Украины]"), and a name of its own holds none."""

import pytest

from ru_newsner.ner.compass_places import compass_places
from ru_newsner.pipeline.resources import shared


def _found(text: str, place: str) -> list[str]:
    start = text.index(place)
    return [text[a:b] for a, b in compass_places(text, [(start, start + len(place))], shared().parse)]


@pytest.mark.parametrize(("text", "place", "expected"), [
    ("Он работал в Восточной Азии.", "Восточной Азии", ["Азии"]),
    ("теракт в Восточном Иерусалиме", "Восточном Иерусалиме", ["Иерусалиме"]),
    ("стран Юго-Восточной Азии", "Юго-Восточной Азии", ["Азии"]),
    ("боевики на Северном Кавказе", "Северном Кавказе", ["Кавказе"]),
    ("атака в восточной Украине", "Украине", ["восточной Украине"]),
    ("власти южной Германии", "Германии", ["южной Германии"]),
    # names of their own: states, provinces and continents
    ("Делегация Южной Кореи", "Южной Кореи", []),
    ("в Северной Ирландии", "Северной Ирландии", []),
    ("в Южной Осетии", "Южной Осетии", []),
    ("штат Северная Каролина", "Северная Каролина", []),
    ("в Южной Америке", "Южной Америке", []),
    ("в южной Корее", "Корее", []),
    # no compass word, or no known place after it
    ("в Латинской Америке", "Латинской Америке", []),
    ("в Западноевропейском Союзе", "Западноевропейском Союзе", []),
    ("на востоке Украины", "Украины", []),
])
def test_compass_places(text, place, expected):
    assert _found(text, place) == expected


def test_the_pipeline_nests_the_place(pipeline):
    text = "Он работал в Восточной Европе и Северной Кореи не видел. Позже жил в южной Германии."
    places = sorted((m.text, m.source) for m in pipeline(text).mentions if m.label == "LOC")
    assert ("Европе", "rules") in places and ("Восточной Европе", "slovnet") in places
    assert ("южной Германии", "rules") in places and ("Германии", "slovnet") in places
    assert not any(text == "Кореи" for text, _ in places)
