"""pymorphy3 (the process's one analyzer, :func:`ru_newsner.text.morph.analyzer`) behind a
few cached word-level helpers."""

from functools import lru_cache

from ...text.morph import analyzer


@lru_cache(maxsize=65536)
def pos(word: str) -> str | None:
    """Part of speech of the best parse (``NOUN``, ``ADJF``, ``VERB``…)."""
    tag = analyzer().parse(word)[0].tag.POS
    return str(tag) if tag else None


@lru_cache(maxsize=65536)
def is_adjective(word: str) -> bool:
    """Whether some likely parse of ``word`` is a full adjective (participles are not)."""
    parses = analyzer().parse(word)
    best = parses[0].score
    return any(p.tag.POS == "ADJF" and p.score >= best / 3 for p in parses)


@lru_cache(maxsize=65536)
def inflect(word: str, case: str, number: str | None = None, gender: str | None = None) -> str:
    """``word`` in grammatical ``case`` (``nomn``, ``gent``), its capitalization kept."""
    parses = analyzer().parse(word)
    parse = next((p for p in parses if p.tag.POS == "ADJF"), parses[0]) if gender else parses[0]
    wanted = {case} | ({number} if number else set()) | ({gender} if gender else set())
    form = parse.inflect(wanted)
    if form is None:
        return word
    out = form.word
    if word[:1].isupper():
        out = out[:1].upper() + out[1:]
    if word.isupper() and len(word) > 1:
        out = out.upper()
    return out


@lru_cache(maxsize=4096)
def gender(noun: str) -> str | None:
    """Grammatical gender of a noun (``masc``, ``femn``, ``neut``)."""
    for p in analyzer().parse(noun):
        if p.tag.POS == "NOUN" and p.tag.gender:
            return str(p.tag.gender)
    return None
