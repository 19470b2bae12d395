"""Compound contractions of a body's name (``link.contractions``): "Минобороны" is
"Министерство обороны"."""

import pytest

from ru_newsner.link.contractions import contracts


@pytest.mark.parametrize("short, full", [
    ("минобороны", "министерство обороны"),  # the last word whole, as the name declines it
    ("генпрокуратура", "генеральная прокуратура"),
    ("минобрнауки", "министерство образования и науки"),  # "и" left out
    ("минсельхоз", "министерство сельского хозяйства"),  # first letters of every word
    ("совбез оон", "совет безопасности оон"),  # the words after it the full name's own
    ("мосгорсуд", "московский городской суд"),
    ("центробанк", "центральный банк"),  # a linking "о"
])
def test_a_contraction_is_its_full_names_first_letters(short, full):
    assert contracts(short, full)


@pytest.mark.parametrize("short, full", [
    ("минобороны", "министерство обороны сша"),  # the full name's last word is not the contraction's
    ("министерство", "министерство обороны"),  # one word of it, no contraction
    ("совет", "совет безопасности"),
    ("минск", "министерство связи"),  # "ск" is no start of "связи"
    ("оон", "организация объединенных наций"),  # initials, an abbreviation: clusters' own rule
    ("мвд", "министерство внутренних дел"),
    ("", "министерство обороны"),  # a name of stop words alone has an empty key
])
def test_other_names_are_no_contraction(short, full):
    assert not contracts(short, full)
