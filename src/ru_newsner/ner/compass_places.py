"""Places named as a compass part of another place, as NEREL tags them: "Восточной Европы"
holds the place "Европы", "Северном Кавказе" holds "Кавказе", "Восточном Иерусалиме" holds
"Иерусалиме"; and "в восточной Украине", written in lower case, is a place, "Украине" inside it.
slovnet tags the whole name, or only the place after a lower-case adjective.

A compass adjective ("северный", "юго-восточный", "центральный") before a place names a part of
it, except in names of their own, which hold no place: states and provinces ("Южная Корея",
"Северная Ирландия", "Южная Осетия", "Северная Каролина") and the continents ("Южная
Америка"). Those are a closed list (``OWN_NAMES``, by the place's lemma). The place must be one
word that pymorphy3's dictionary knows as a place name (Geox): "Южный Дракон" holds none.
"""

import re

_COMPASS = (r"(?:[Юю]го-|[Сс]еверо-)?(?:[Сс]еверн|[Юю]жн|[Зз]ападн|[Вв]осточн|[Цц]ентральн)"
            r"(?:ый|ий|ая|ое|ой|ого|ому|ом|ую|ей|ых|ые|ым|ыми|ем)")
_PART = re.compile(rf"(?<![\w-])({_COMPASS})[ \u00a0]+(?=[А-ЯЁ])")
_LOWER_BEFORE = re.compile(rf"(?<![\w-])({_COMPASS})[ \u00a0]+\Z")
OWN_NAMES = frozenset({
    "корея", "осетия", "ирландия", "каролина", "дакота", "вирджиния", "македония", "судан", "родезия",
    "йемен", "вьетнам", "кипр", "австралия", "америка", "рейн-вестфалия",
})


def _place_word(word: str, parse) -> bool:
    """One known place name that is no compass part's own name."""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?", word):
        return False
    parses = parse(word)
    return bool(parses) and "Geox" in parses[0].tag and parses[0].is_known \
        and parses[0].normal_form.replace("ё", "е") not in OWN_NAMES


def compass_places(text: str, places: list[tuple[int, int]], parse) -> list[tuple[int, int]]:
    """(start, stop) of the places to add for the place spans ``places``: the place inside
    each "Восточной Европы", and each "восточной Украины" around its place."""
    found = []
    for start, stop in places:
        part = _PART.match(text, start, stop)
        if part is not None and part.group(1)[0].isupper() and _place_word(text[part.end():stop], parse):
            found.append((part.end(), stop))
            continue
        before = _LOWER_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group(1)[0].islower() and _place_word(text[start:stop], parse):
            found.append((before.start(), stop))
    return found
