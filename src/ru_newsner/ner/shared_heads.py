"""Places whose noun the writer said once for several: "Томской, Кемеровской и Новосибирской
областей", "Ставропольском и Краснодарском краях". slovnet tags each adjective alone and the
last with the plural noun; the adjectives' normal forms take the noun back, in the singular
and their gender ("Томская область", "Ставропольский край"), as the last one's has it, so each
is an entity of that name and kind rather than the adjective "Томский".

NEREL train and dev: 7 such adjectives, all named right; the dump samples: 7 more ("Томской,
Кемеровской, Омской и Новосибирской областей", "Усть-Кутском, Киренском … районах")."""

import re
from collections.abc import Sequence

from ..text.morph import inflected
from ..text.yo import recover_case

_LINK = re.compile(r"\s*,\s*|\s+(?:и|или|а также)\s+")
_WORD = re.compile(r"[А-ЯЁа-яё-]+")


def _readings(word: str, parse) -> set[tuple[str, str]]:
    """(gender, case) of the word's singular adjective readings."""
    return {(p.tag.gender, p.tag.case) for p in parse(word) if p.tag.POS == "ADJF" and "sing" in p.tag}


def _plural_head(text: str, parse) -> tuple[str, set[tuple[str, str]]] | None:
    """("область", {("femn", "gent")}) for "Новосибирской областей": a singular adjective and a
    noun that is plural in the adjective's case ("Красноярского края" is one region)."""
    words = text.split()
    if len(words) != 2 or not _WORD.fullmatch(words[0]):
        return None
    nouns = [p for p in parse(words[1]) if p.tag.POS == "NOUN"]
    plural = {p.tag.case for p in nouns if "plur" in p.tag}
    singular = {p.tag.case for p in nouns if "sing" in p.tag}
    genders = {p.tag.gender for p in nouns if "plur" in p.tag and p.tag.gender}
    fits = {(g, c) for g, c in _readings(words[0], parse) if c in plural and c not in singular and g in genders}
    if not fits:
        return None
    return next(p.normal_form for p in nouns if "plur" in p.tag), fits


def shared_heads(text: str, mentions: Sequence, parse) -> list:
    """The mentions, each one-word place adjective of a list that ends in "<adjective> <plural
    noun>" given the noun in its normal form ("Томской" → "Томская область")."""
    places = sorted((m.start, i) for i, m in enumerate(mentions) if m.label == "LOC")
    out = list(mentions)
    chain: list[int] = []
    for _, i in places:
        m = mentions[i]
        if chain and not _LINK.fullmatch(text, mentions[chain[-1]].stop, m.start):
            chain = []
        if " " not in m.text.strip() and _WORD.fullmatch(m.text):
            chain.append(i)
            continue
        head = _plural_head(m.text, parse) if chain else None
        if head is not None:
            noun, fits = head
            for j in chain:
                word = mentions[j].text
                agreeing = [p for p in parse(word) if p.tag.POS == "ADJF" and (p.tag.gender, p.tag.case) in fits]
                form = inflected(agreeing[0], frozenset({"nomn", "sing", agreeing[0].tag.gender})) if agreeing else None
                if form:
                    out[j] = mentions[j].model_copy(update={"normal": f"{recover_case(word, form)} {noun}"})
        chain = []
    return out
