"""The country a title names by "страны": "президент страны", "глава государства", "министр
финансов республики" name no country, because the article named it before ("В Гане прошли
выборы … действующий президент страны Джон Махама"). The role's organization is then the last
country the text names before the title: a capitalized noun the place kinds read as a country
("Ганы", "РФ"; ``link.place_kinds``) or do not know ("Гаити"), not a city or a region, nor an
adjective ("Норвежский"). On NEREL train it adds 26 pairs: 16 are NEREL's, and 8 of the other 10
are true but not annotated ("президент страны" Нельсон Мандела, ЮАР); dev: 2 of 2.

A title whose "страны" belongs to another position ("пресс-секретарь главы государства",
"советник президента страны") is left: the country is that position's.
"""

import re
from collections.abc import Sequence

from ..records.relations import Role
from .place_kinds import form_kind
from .role_context import who
from .role_words import _fold, professions

_COUNTRY_WORD = re.compile(r"(?:^|\s)(?:страны|государства|республики|королевства)$")


def _refers_back(title: str | None, parse) -> bool:
    """The title ends with "страны" (or the like) of its own head, not of another position
    before it ("главы государства": "главы" is a position's form other than the title's own
    nominative)."""
    if title is None or not _COUNTRY_WORD.search(title):
        return False
    words = title.split()
    if len(words) < 2:
        return False
    before = words[-2].lower()
    return not any(_fold(p.normal_form) in professions() and _fold(p.normal_form) != _fold(before)
                   for p in parse(before) if p.tag.POS == "NOUN")


def _country(mention, parse) -> bool:
    if mention.label != "LOC" or not mention.text[:1].isupper() or form_kind(mention.normal) not in ("country", None):
        return False
    return not all(parses and parses[0].tag.POS == "ADJF" for parses in map(parse, mention.text.split()))


def country_titles(mentions: Sequence, roles: Sequence[Role], parse) -> list[Role]:
    """``roles`` with the organization of each title naming its country by "страны" set to the
    country mentioned last before it (index into ``mentions``), where there is one and the
    person holds no other role in a country (that one is theirs: "президент России Владимир
    Путин … глава государства" in an article on Turkey)."""
    asking = [k for k, role in enumerate(roles) if role.organization is None and _refers_back(role.title, parse)]
    if not asking:  # most articles: nothing more to read
        return list(roles)
    holding = {who(mentions, r.person) for r in roles if r.organization is not None
               and _country(mentions[r.organization], parse)}
    countries = [i for i, m in enumerate(mentions) if _country(m, parse)]
    out = list(roles)
    for k in asking:
        before = [i for i in countries if mentions[i].stop <= roles[k].start]
        if before and who(mentions, roles[k].person) not in holding:
            last = max(before, key=lambda i: mentions[i].start)
            out[k] = roles[k].model_copy(update={"organization": last})
    return out
