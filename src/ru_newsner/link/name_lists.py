"""Lists of names a plural role goes to, each name its holder: "сенаторы [Джон Маккейн] и [Марко
Рубио]", "[Иванка Трамп] и [Джаред Кушнер] являются советниками" (``link.pairing_rules``)."""

import re

from .role_context import SPACE, Context
from .role_phrases import Phrase
from .role_words import agrees, person_cases


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
