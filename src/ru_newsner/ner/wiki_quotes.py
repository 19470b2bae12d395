"""Latin names in wiki italics as organizations.

Wikinews articles (much of NEREL) set foreign names of newspapers, bands, teams and companies
in wiki italics: "газеты ''The Washington Post''", "группы ''Linkin Park''", "''Ottawa
Senators''", "главы ''Samsung''". slovnet, trained on Cyrillic news, tags none of them. On
NEREL train such a Latin name is an organization 89 times in 123; the rest are mostly works
(albums, songs, shows) and products, which the noun before them tells ("альбом ''Fallen
Angels''", "автомобиля ''Lamborghini''") — a list of such items shares that noun ("песни:
''Suzanne'', ''Hallelujah''").
"""

import re

from ..text.yo import fold

Raw = tuple[str, int, int]
_ITALIC = re.compile(r"''(?P<name>[A-ZÀ-ÖØ-Þ][^'\n]{0,60}?)''")
# Latin letters with the diacritics of European names ("Süddeutsche Zeitung", "Le Monde
# diplomatique", "Dagens Næringsliv")
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÖØ-öø-ž0-9&.,’ʼ!:-]+(?: [A-Za-zÀ-ÖØ-öø-ž0-9&.,’ʼ!:-]+){0,5}")
_WORD_BEFORE = re.compile(r"([А-Яа-яЁё-]+)\W*$")
_LIST_GAP = re.compile(r",\s*|\s+(?:и|или)\s+")
# nouns naming works, products and places: what follows them is no organization
NOT_ORG = frozenset("""
альбом песня сингл трек клип видеоклип шоу фильм сериал мультфильм книга роман повесть поэма
спектакль мюзикл опера программа передача игра автомобиль машина вертолет самолет судно яхта
смартфон телефон сервис домен браузер приложение конфета напиток марка модель отель гостиница
тюрьма паб бар ресторан здание небоскреб стадион арена
""".split())


def _cued(text: str, start: int, parse) -> bool:
    match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    parses = parse(match.group(1).lower())
    return bool(parses) and fold(parses[0].normal_form) in NOT_ORG


def wiki_quoted_orgs(text: str, spans: list[Raw], parse) -> list[Raw]:
    """ORG spans for the Latin names in ''wiki italics'' no span overlaps and no work,
    product or place noun precedes (nor the list they close)."""
    found, rejected_until = [], -1
    for match in _ITALIC.finditer(text):
        start, stop = match.span("name")
        name = match.group("name").strip()
        listed = rejected_until >= 0 and _LIST_GAP.fullmatch(text, rejected_until, match.start()) is not None
        if listed or _cued(text, match.start(), parse):
            rejected_until = match.end()
            continue
        rejected_until = -1
        if not _LATIN_NAME.fullmatch(name) or any(a < stop and start < b for _, a, b in spans):
            continue
        found.append(("ORG", start, start + len(name)))
    return found
