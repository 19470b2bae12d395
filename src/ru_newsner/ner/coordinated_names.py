"""Organizations whose names share one head after coordinated adjectives: "Ленинградского и
Волховского фронтов", "в Оксфордском и Стэнфордском университетах", "Лебединский и Михайловский
горно-обогатительные комбинаты". NEREL tags the whole coordination one organization (train: 3
of 3), and the last conjunct ("Волховского фронтов") one too; an adjective before "и" alone names
none. slovnet tags the last conjunct, and often the adjective before "и" alone.

The head is a plural noun; each adjective before "и" (a list of them: "Архангельской, Рязанской и
…") agrees in case with it and with the last conjunct's first adjective. Places coordinated so are
left as they are: NEREL tags "Архангельской, … и Калининградской областях" whole but "Ярославской
и Владимирской областей" not (train: 2 of 4).
"""

import re
from dataclasses import dataclass

from ..text.morph import inflected
from ..text.yo import recover_case, respect_spelling

_WORD = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?"
_WORD_RE = re.compile(_WORD)
_NAME = re.compile(rf"{_WORD}(?:\s+[а-яё]+(?:-[а-яё]+)?)+")  # a capital adjective, lower-case words, the head last
_LEFT = re.compile(rf"(?<![\w-])(?:{_WORD},\s+)*{_WORD}\s+и\s+$")
_ADJECTIVAL = re.compile(r"(?:ский|цкий|ской|ского|ском|скому|ским|ская|скую|ские|ских|скими)$")
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_REACH = 150  # characters before the last conjunct


@dataclass(frozen=True, slots=True)
class Coordination:
    start: int
    stop: int
    normal: str  # "Ленинградский и Волховский фронты"
    adjectives: tuple[tuple[int, int], ...]  # the spans of the adjectives before "и"


def _adjectives(parses) -> list:
    """The readings of a word as an adjective; a surname's of an adjective's shape too
    ("Лебединский" is read as a surname only)."""
    return [p for p in parses if p.tag.POS == "ADJF" or "Surn" in p.tag and _ADJECTIVAL.search(p.word)]


def _cases(parses) -> set[str]:
    return {c for p in parses for c in p.tag.grammemes & _CASES}


def _nominative(word: str, parses, case: str, wanted: frozenset[str]) -> str | None:
    """``word`` (read by ``parses`` in ``case``) in the nominative with the ``wanted`` grammemes,
    its capitals and its е for ё as written ("Санкт-Петербургский")."""
    parse = next((p for p in parses if case in p.tag), None)
    form = inflected(parse, frozenset({"nomn"}) | wanted) if parse is not None else None
    return recover_case(word, respect_spelling(word, form)) if form else None


def coordinated_organizations(text: str, spans: list[tuple[str, int, int]], parse) -> list[Coordination]:
    """The coordinations whose last conjunct is one of the ORG ``spans`` (label, start, stop)."""
    found = []
    for label, start, stop in spans:
        if label != "ORG" or not _NAME.fullmatch(text, start, stop):
            continue
        left = _LEFT.search(text, max(0, start - _REACH), start)
        if left is None:
            continue
        words = text[start:stop].split()
        adjectives = list(_WORD_RE.finditer(text, left.start(), start))
        heads = [p for p in parse(words[-1]) if p.tag.POS == "NOUN" and "plur" in p.tag]
        readings = [_adjectives(parse(m.group())) for m in adjectives] + [_adjectives(parse(words[0]))]
        cases = _cases(heads)
        for found_readings in readings:
            cases &= _cases(found_readings)
        if not cases:
            continue
        case = "nomn" if "nomn" in cases else min(cases)
        gender = next((g for g in ("masc", "femn", "neut") if any(g in p.tag for p in heads if case in p.tag)), None)
        each = frozenset({"sing", gender} - {None})  # "Ленинградский и Волховский": one each
        forms = [_nominative(m.group(), r, case, each) for m, r in zip(adjectives, readings)]
        last = [_nominative(words[0], readings[-1], case, each)]  # the last conjunct's own adjective
        last += [_nominative(w, parse(w), case, frozenset()) for w in words[1:-1]]
        last.append(_nominative(words[-1], heads, case, frozenset({"plur"})))
        if None in forms or None in last:
            continue
        pieces, at = [], left.start()
        for m, form in zip(adjectives, forms):  # the commas and "и" as written between them
            pieces += [text[at:m.start()], form]
            at = m.end()
        pieces += [text[at:start], " ".join(last)]
        found.append(Coordination(left.start(), stop, re.sub(r"\s+", " ", "".join(pieces)),
                                  tuple(m.span() for m in adjectives)))
    return found
