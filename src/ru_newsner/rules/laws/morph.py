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
    """``word`` in grammatical ``case`` (``nomn``, ``gent``), its capitalization kept (each
    hyphened part's too)."""
    parses = analyzer().parse(word)
    parse = next((p for p in parses if p.tag.POS == "ADJF"), parses[0]) if gender else parses[0]
    wanted = {case} | ({number} if number else set()) | ({gender} if gender else set())
    form = parse.inflect(wanted)
    if form is None:
        return word
    out = form.word
    if word.isupper() and len(word) > 1:
        return out.upper()
    parts, written = out.split("-"), word.split("-")
    if len(parts) != len(written):  # each hyphened part's capital kept: "Ханты-Мансийского"
        return out[:1].upper() + out[1:] if word[:1].isupper() else out
    return "-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p for p, w in zip(parts, written))


@lru_cache(maxsize=4096)
def gender(noun: str) -> str | None:
    """Grammatical gender of a noun (``masc``, ``femn``, ``neut``)."""
    for p in analyzer().parse(noun):
        if p.tag.POS == "NOUN" and p.tag.gender:
            return str(p.tag.gender)
    return None


_PLACE_KINDS = frozenset({"области", "края", "республики", "штата", "округа", "города"})


def nominative_place(written: str) -> str:
    """A region named in the genitive, in the nominative: "Омской области" → "Омская
    область", "Республики Татарстан" → "Республика Татарстан", "штата Техас" → "штат Техас"
    (the words before the kind agree with it; the name after it stays); else ``written``
    with its blanks made single."""
    words = written.split()
    at = next((i for i, word in enumerate(words) if word.lower() in _PLACE_KINDS), None)
    if at is None:
        return " ".join(words)
    kind = inflect(words[at], "nomn", "sing")
    agreeing = gender(kind.lower())
    return " ".join([inflect(w, "nomn", "sing", agreeing) for w in words[:at]] + [kind] + words[at + 1:])
