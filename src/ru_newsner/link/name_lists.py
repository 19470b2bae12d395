"""Lists of names a plural role goes to, each name its holder: "сенаторы [Джон Маккейн] и [Марко
Рубио]", "[Иванка Трамп] и [Джаред Кушнер] являются советниками", "Режиссёрами фильма стали [Иван
Петров] и [Анна Смирнова]" (``link.pairing_rules``)."""

import re
from dataclasses import replace

from .role_context import SPACE, Context
from .role_phrases import Phrase
from .role_words import _fold, agrees, person_cases


def person_at(ctx: Context, offset: int) -> int | None:
    """The person mention starting at character ``offset``, or None."""
    i = ctx.token_at.get(offset)
    index = ctx.mention_at.get(i) if i is not None else None
    return index if index is not None and ctx.mentions[index].kind == "person" else None


# ", " or " и " between the names of a list, after a name's bracketed gloss or note if any
# ("сотрудники полиции Люсиль Гарсия (Lucile Garcia) и Сорайя Белкакеми")
LIST_LINK = re.compile(f"(?:{SPACE}\\([^()\\n]{{1,60}}\\))?{SPACE}(?:,|и){SPACE}")


def person_after(ctx: Context, index: int) -> int | None:
    """The person mention that continues a list after mention ``index`` (", " or " и ")."""
    link = LIST_LINK.match(ctx.text, ctx.mentions[index].stop)
    return person_at(ctx, link.end()) if link and link.end() > ctx.mentions[index].stop else None


def person_list(ctx: Context, phrase: Phrase, index: int) -> list[int] | None:
    found = []
    while index is not None and agrees(phrase, person_cases(ctx, index)) and len(found) < 12:
        found.append(index)
        index = person_after(ctx, index)
    return found or None


def _persons_ending_at(ctx: Context, index: int) -> list[int]:
    """The persons of a list (", " or " и " between names) that ends with mention ``index``, in
    order: "[Иванка Трамп] и [Джаред Кушнер]"; ``[index]`` alone where no name comes before it."""
    found = [index]
    while len(found) < 12:
        start = ctx.mentions[found[0]].start
        before = next((j for j in range(found[0] - 1, -1, -1) if ctx.mentions[j].kind == "person"
                       and ctx.mentions[j].stop <= start), None)
        if before is None or not LIST_LINK.fullmatch(ctx.text, ctx.mentions[before].stop, start):
            break
        found.insert(0, before)
    return found


def plural_holders(ctx: Context, phrase: Phrase, index: int) -> list[int] | None:
    """For a plural phrase, the persons of the list ending with ``index`` ("Иванка Трамп и
    Джаред Кушнер являются советниками"), when there are two or more; for a singular one ``[index]``."""
    if not phrase.plural:
        return [index]
    persons = _persons_ending_at(ctx, index)
    return persons if len(persons) > 1 else None


# a linking verb between a plural role in the instrumental and the list of names that holds it
LINKING = frozenset({"быть", "стать", "являться", "становиться", "выступить", "выступать", "оказаться"})
_WORD = re.compile(f"{SPACE}(\\w+){SPACE}")


def linked_list(ctx: Context, phrase: Phrase) -> list[int] | None:
    """"Режиссёрами фильма стали Иван Петров и Анна Смирнова": a plural role in the
    instrumental, a plural linking verb right after it, then a list of two or more names in the
    nominative, each its holder."""
    verb = _WORD.match(ctx.text, phrase.end)
    if not phrase.plural or "ablt" not in phrase.cases or verb is None or "\n" in verb.group():
        return None
    if not any("plur" in p.tag and _fold(p.normal_form) in LINKING for p in ctx.parse(verb.group(1))):
        return None
    index = person_at(ctx, verb.end())
    found = person_list(ctx, replace(phrase, cases=frozenset({"nomn"})), index) if index is not None else None
    return found if found and len(found) > 1 else None


# a list after a plural role that names some of its holders: "писатели и критики, среди которых — …"
LISTED = re.compile(f"{SPACE},{SPACE}(?:среди{SPACE}которых|в{SPACE}том{SPACE}числе|включая|в{SPACE}частности)"
                    f"{SPACE}(?:[—–-]{SPACE})?")
_AND = re.compile(f"{SPACE}и{SPACE}")


def listed_after(ctx: Context, phrase: Phrase) -> list[int] | None:
    """"В Барнаул прилетели известные писатели и критики, среди которых — Павел Басинский и Михаил
    Павлов", "эксперты, в том числе Иван Петров": a plural role, maybe another joined to it by
    "и", then "среди которых", "в том числе", "включая" or "в частности" and names, each a holder."""
    if not phrase.plural:
        return None
    end = phrase.end
    joined = _AND.match(ctx.text, end)
    if joined is not None and (i := ctx.token_at.get(joined.end())) is not None and i in ctx.first_of:
        other = ctx.phrases.get(ctx.first_of[i])
        end = other.end if other is not None and other.plural else end
    listed = LISTED.match(ctx.text, end)
    index = person_at(ctx, listed.end()) if listed else None
    if index is None:
        return None
    found = [index]
    while len(found) < 12 and (index := person_after(ctx, index) or _after_origin(ctx, index)) is not None:
        found.append(index)
    return found


_FROM = re.compile(f"{SPACE}из{SPACE}")


def _after_origin(ctx: Context, index: int) -> int | None:
    """The person that continues a list after mention ``index`` and where it is from: "Михаил Павлов
    [из Москвы], Василий Авченко"."""
    origin = _FROM.match(ctx.text, ctx.mentions[index].stop)
    i = ctx.token_at.get(origin.end()) if origin else None
    place = ctx.mention_at.get(i) if i is not None else None
    if place is None or ctx.mentions[place].kind != "location":
        return None
    link = LIST_LINK.match(ctx.text, ctx.mentions[place].stop)
    return person_at(ctx, link.end()) if link and link.end() > ctx.mentions[place].stop else None
