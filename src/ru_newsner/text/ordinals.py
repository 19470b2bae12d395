"""A number joined to its ending or to an adjective by a hyphen, put in the nominative with its
noun: "45-му избирательному округу" → "45-й", "58-й армии" → "58-я", "630-местном парламенте"
→ "630-местный" (the agreement that "1-й", "2-я", "3-е" write)."""

import re

NUMBERED = re.compile(r"(\d+)-([а-яё]+)")
# the nominative's ending of an ordinal written in digits, by the noun's gender and number
_ENDINGS = {("masc", "sing"): "й", ("femn", "sing"): "я", ("neut", "sing"): "е"}


def numbered_nominative(word: str, gender: str | None, number: str, parse) -> str | None:
    """``word`` ("45-му", "630-местном") in the nominative agreeing with a noun of ``gender``
    and ``number``; None when it is no numbered word or the gender is unknown."""
    match = NUMBERED.fullmatch(word.lower())
    if match is None or (number == "sing" and gender not in ("masc", "femn", "neut")):
        return None
    digits, rest = match.groups()
    if len(rest) > 3:  # an adjective after the number: "630-местном", "100-летнего"
        grams = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", gender}
        for p in parse(rest):
            if p.tag.POS == "ADJF" and (form := p.inflect(grams)) is not None:
                return f"{digits}-{form.word}"
        return None
    return f"{digits}-{'е' if number == 'plur' else _ENDINGS[gender, number]}"
