"""Place names slovnet missed, found by the dictionary: a capitalized noun that pymorphy3
knows only as a place name (every reading a dictionary Geox noun: "Европы" in "чемпионкой
Европы", "Югославии", "Чили"), or first as one right after a preposition of place ("Вулкан
на [Камчатке]", "пивоварение на [Марсе]"), is a LOC mention when no span overlaps it.

A one-word person of slovnet's that pymorphy3 knows only as a place, in a declined form, is
that place ("с [Мозамбиком]", "сыграет с [Сенегалом]", "представляет [Алабаму] в Сенате"),
unless a person the article names in full has it as surname ("Уитни Хьюстон" … "[Хьюстон]
задолжала") (``places_not_persons``). An indeclinable word ("Овьедо", "Мбабане") says nothing
by its ending and is as often a foreign person's name. Out of fold on train (networks
fine-tuned on the other folds): 14 places right, no mention lost.

The capitals opening a dateline name its place ("ИРКУТСК, 10 августа. /ТАСС/.") when
pymorphy3 knows them as one (``dateline_places``).

Left out, as NEREL train shows them: a word opening a sentence (there a capital says
nothing), a word inside quotes (names of things: трасса «Байкал», «Арктика»), and one side of
a coordinated name ("Тринидад и Тобаго" is one country). Inside a predicted organization the
nested word is rarely a place in NEREL ("«Барселона»", "«Терек»": 6 right of 73 on train), so
only free words count. On train: 39 right of 61 free words before the exclusions,
about 37 of 45 after them.
"""

import re

from ..link.clusters import same_surname
from ..text.yo import fold
from .dictionary_names import CAPITALIZED, free_words, quoted
from .relabel import dateline_place

Raw = tuple[str, int, int]
_SENTENCE_END = re.compile(r"(?:^|[.!?…\n])[\s«\"„(]*$")
_AND_AFTER = re.compile(r"\s+и\s+[А-ЯЁ]")
_AND_BEFORE = re.compile(r"[А-ЯЁ][а-яё]+\s+и\s+$")
_LINE_CAPITALS = re.compile(r"^[ \t]*([А-ЯЁ]{2,}(?:[ -][А-ЯЁ]{2,}){0,2})(?=[ \t]*,)", re.M)


def only_place(word: str, parse) -> bool:
    """Every reading of ``word`` a place noun from the dictionary ("Европы", "Чили")."""
    parses = parse(word)
    return bool(parses) and all(p.is_known and "Geox" in p.tag and p.tag.POS == "NOUN" for p in parses)


# a preposition of place right before a word, and the cases it governs
_PLACE_PREPOSITION = re.compile(r"(?:^|(?<=[^\w-]))(в|во|на|из|у|к|до|над)\s+\Z", re.IGNORECASE)
_GOVERNS = {"в": ("loct", "accs"), "во": ("loct", "accs"), "на": ("loct", "accs"), "из": ("gent",),
            "у": ("gent",), "до": ("gent",), "к": ("datv",), "над": ("ablt",)}


def _governed_place(text: str, start: int, word: str, parse) -> bool:
    """pymorphy3's likeliest reading of ``word`` is a place noun of its dictionary, in a case
    the preposition before it governs: "на [Камчатке]", "на [Марсе]" (a row of desks and a
    man's name come after); not "на Смоленском бульваре", an instrumental."""
    match = _PLACE_PREPOSITION.search(text, max(0, start - 5), start)
    parses = parse(word) if match else None
    if not parses or not parses[0].is_known or "Geox" not in parses[0].tag or parses[0].tag.POS != "NOUN":
        return False
    return parses[0].tag.case in _GOVERNS[match.group(1).lower()]


def dictionary_places(text: str, spans: list[Raw], parse) -> list[Raw]:
    """LOC spans for the place-only words no span overlaps (see the module's exclusions)."""
    found = []
    for word in free_words(text, spans):
        start, stop = word.span()
        if not (only_place(word.group(), parse) or _governed_place(text, start, word.group(), parse)):
            continue
        if _SENTENCE_END.search(text, max(0, start - 6), start) or quoted(text, start):
            continue
        if _AND_AFTER.match(text, stop) or _AND_BEFORE.search(text, max(0, start - 30), start):
            continue
        found.append(("LOC", start, stop))
    return found


def places_not_persons(text: str, spans: list[Raw], parse) -> list[Raw]:
    """``spans`` with each one-word PER that is only a place name (``only_place``) and
    declines relabeled LOC, unless it is the surname of a person named in full in ``spans``."""
    surnames = {fold(text[a:b].split()[-1]) for label, a, b in spans if label == "PER" and len(text[a:b].split()) > 1}
    out = []
    for label, start, stop in spans:
        word = text[start:stop]
        if label == "PER" and CAPITALIZED.fullmatch(word) and only_place(word, parse) \
                and not any("Fixd" in p.tag for p in parse(word)) \
                and not any(same_surname(fold(word), s) for s in surnames):
            label = "LOC"
        out.append((label, start, stop))
    return out


def dateline_places(text: str, spans: list[Raw], parse) -> list[Raw]:
    """LOC spans for a dateline's capitals no span overlaps, when a word of them is a place
    pymorphy3 knows ("ИРКУТСК, 10 августа.", "НИЖНИЙ НОВГОРОД, 3 мая."; not "ТАСС, 11
    августа.")."""
    found = []
    for match in _LINE_CAPITALS.finditer(text) if "," in text else ():
        start, stop = match.span(1)
        if any(a < stop and start < b for _, a, b in spans) or not dateline_place(text, start, stop, parse):
            continue
        if any(any(p.is_known and "Geox" in p.tag for p in parse(word)) for word in re.split(r"[ -]", match.group(1).lower())):
            found.append(("LOC", start, stop))
    return found
