"""The person a subject pronoun stands for: "Игорь Малашенко — один из основателей НТВ. В разные
годы он возглавлял РГТРК «Останкино»", "… В 2007—2014 годах он был президентом Израиля".

It is the one person of the pronoun's gender ("он", "она") named before it in its sentence or in
the sentence before; where two people of that gender are named there, which one is meant is not
known and none is taken ("Путин встретился с Медведевым. Он возглавлял правительство"). Where no
one is named there, it is the article's person, as for a subject left out ("… После ухода с
госслужбы работал адвокатом … Он также является старшим исследователем в Колумбийском университете").

A sentence whose subject is left out ("Был президентом Международной ассоциации …", "Преподавал
в Высшей партийной школе", a life told verb by verb) is about the article's person: the person
of the verb's gender named before it more often than any other, twice at least
(:func:`unnamed_subject`)."""

from collections.abc import Iterable, Sequence

from .role_context import Context, who

PRONOUNS = {"он": "male", "она": "female"}
_GENDERS = {"masc": "male", "femn": "female"}
_ENDS = frozenset(".!?")


def antecedent(mentions: Sequence, persons: Iterable[int], word: str, at: int) -> int | None:
    """Of the person mentions ``persons`` (a sentence's and the one's before), the last one that
    ends by ``at`` with the gender of pronoun ``word``, if all such are one entity; else None."""
    gender = PRONOUNS.get(word.lower())
    if gender is None:
        return None
    named = [p for p in persons if mentions[p].stop <= at and mentions[p].gender == gender]
    if len({who(mentions, p) for p in named}) != 1:
        return None
    return named[-1]


_SHORT = frozenset({"г", "гг", "в", "вв", "т", "д", "ул", "им", "см", "стр"})  # "в 2012г.", "т. д."


def _abbreviated(ctx: Context, j: int) -> bool:
    """The dot at token ``j`` closes an abbreviation ("2012г.", "им.") or an initial ("В."), not a sentence."""
    if ctx.tokens[j].text != "." or j == 0 or ctx.tokens[j - 1].stop != ctx.tokens[j].start:
        return False
    before = ctx.tokens[j - 1].text
    word = before.lstrip("0123456789").lower()
    return word in _SHORT or len(before) == 1 and before.isupper()


def said_of(ctx: Context, i: int) -> int | None:
    """The person mention token ``i``, a pronoun, stands for; None for another word or no one."""
    word = ctx.tokens[i].text
    if word.lower() not in PRONOUNS:
        return None
    ends, start = 0, ctx.tokens[max(0, i - 200)].start  # no farther back than 200 tokens
    for j in range(i - 1, max(-1, i - 200), -1):
        if opens_sentence(ctx, j + 1):
            ends += 1
            if ends == 2:  # the sentence before this one starts after its own end's sign
                start = ctx.tokens[j].stop
                break
    persons = [p for p, m in enumerate(ctx.mentions) if m.kind == "person" and start <= m.start]
    at = ctx.tokens[i].start
    if not any(ctx.mentions[p].stop <= at for p in persons):  # no one named there: the article's person
        return unnamed_subject(ctx.mentions, PRONOUNS[word.lower()], at)
    return antecedent(ctx.mentions, persons, word, at)


def verb_gender(parse, word: str) -> str | None:
    """The gender a past singular verb tells its subject has ("работал": male), or None."""
    parses = parse(word.lower())
    tag = parses[0].tag if parses else None
    if tag is None or tag.POS != "VERB" or "past" not in tag or "sing" not in tag:
        return None
    return _GENDERS.get(tag.gender)


def unnamed_subject(mentions: Sequence, gender: str | None, at: int) -> int | None:
    """The last mention before ``at`` of the person of ``gender`` named there more often than any
    other of that gender, and twice at least; None if no one is."""
    counts: dict[int, list[int]] = {}
    for p, m in enumerate(mentions):
        if m.kind == "person" and m.stop <= at and m.gender == gender and gender is not None:
            counts.setdefault(who(mentions, p), []).append(p)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked or len(ranked[0]) < 2 or len(ranked) > 1 and len(ranked[1]) == len(ranked[0]):
        return None
    return ranked[0][-1]


def subject_left_out(ctx: Context, i: int) -> bool:
    """Whether the sentence of token ``i`` names no subject up to it: no person, and no noun or
    pronoun in the nominative, a preposition's not counted ("Стал генералом, работал [министром]",
    "После ухода с госслужбы работал [адвокатом]"; not "Он был социалистом, который …")."""
    for j in range(i, max(-1, i - 60), -1):
        if j in ctx.covered and ctx.mentions[ctx.covered[j]].kind == "person":
            return False
        parses = ctx.parse(ctx.tokens[j].text.lower())
        if parses and parses[0].tag.POS in ("NOUN", "NPRO") and parses[0].tag.case == "nomn" \
                and not _after_preposition(ctx, j):
            return False
        if opens_sentence(ctx, j):
            return True
    return False


def _after_preposition(ctx: Context, j: int) -> bool:
    """Token ``j`` follows a preposition, which governs it: "с госслужбы" is no nominative plural."""
    if j == 0:
        return False
    parses = ctx.parse(ctx.tokens[j - 1].text.lower())
    return bool(parses) and parses[0].tag.POS == "PREP"


def opens_sentence(ctx: Context, j: int) -> bool:
    """Token ``j`` opens a sentence: the text's first, or after an end's sign (not an
    abbreviation's dot) or a line break."""
    return j == 0 or ctx.tokens[j - 1].text in _ENDS and not _abbreviated(ctx, j - 1) \
        or "\n" in ctx.text[ctx.tokens[j - 1].stop:ctx.tokens[j].start]
