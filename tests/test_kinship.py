"""A role hanging in the genitive on a noun of kinship belongs to someone else (``link.kinship``)."""

import pytest

from ru_newsner.link.kinship import relatives_role
from ru_newsner.link.role_context import _default_parse, tokenize


def _first_of(text: str, word: str):
    tokens = tokenize(text)
    return tokens, next(i for i, t in enumerate(tokens) if t.text == word)


@pytest.mark.parametrize("text, role_word, expected", [
    ("дочь президента", "президента", True),
    ("Внучка классика", "классика", True),
    ("дочь знаменитого писателя", "знаменитого", True),  # the phrase may start at its adjective
    ("подруга премьер-министра", "премьер-министра", True),
    ("сына депутата", "депутата", False),      # "сына" may be genitive itself
    ("брата лидера", "лидера", False),
    ("коллега министра", "министра", False),   # no kinship: a colleague is a role of its own
    ("президента", "президента", False),       # nothing before it
    ("заявил министра", "министра", False),
])
def test_relatives_role(text, role_word, expected):
    tokens, first = _first_of(text, role_word)
    assert relatives_role(tokens, first, _default_parse()) is expected
