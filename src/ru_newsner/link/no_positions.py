"""Words of the positions' lexicon used as no position: a "по …" topic's noun ("представитель
Евросоюза по иностранным делам и [политике] безопасности"), a premiere ("[премьера] фильма"), a
thing in a list of things ("новости, видео, фото, [аналитика]"), a member of a family ("[члены]
семьи Манделы"), a fighter for a cause ("[борец] против режима апартеида", not "борец Хабиб
Нурмагомедов"), a science or a genre after "в" ("в [физике]": "физика", not "физик"; "в
комедийном [детективе]"), a word of a work's quoted name ("«Настоящий [детектив]»")."""

from .role_context import Context
from .role_words import _cases, _fold, _is_word, _norm_case


def no_position(ctx: Context, head: int, parses) -> bool:
    """Token ``head``, whose readings ``parses`` are positions, names none here."""
    return _after_po(ctx, head, parses) or _premiere_of_a_work(ctx, head) or _in_a_list_of_things(ctx, head) \
        or _of_a_family_or_a_cause(ctx, head, parses) or _science_after_v(ctx, head, parses) \
        or _in_a_works_name(ctx, head)


_CAUSE = frozenset({"за", "против", "с", "со"})  # "борец за свободу", "борец с коррупцией"


def _of_a_family_or_a_cause(ctx: Context, head: int, parses) -> bool:
    """"член семьи", "борец за свободу": the word after the head makes it no position."""
    if head + 1 >= len(ctx.tokens):
        return False
    lemmas = {_fold(p.normal_form) for p in parses}
    after = ctx.tokens[head + 1].text.lower()
    return "член" in lemmas and any(p.normal_form == "семья" for p in ctx.parse(after)[:1]) \
        or "борец" in lemmas and after in _CAUSE


def _science_after_v(ctx: Context, head: int, parses) -> bool:
    """The head, after "в" and up to two adjectives, is a position only in the prepositional,
    which a science ("в физике", "в математике") or a genre ("в комедийном детективе") has too:
    that is meant."""
    if not all(_norm_case(_cases(p.tag)) <= {"loct"} for p in parses):
        return False
    k = head - 1
    while k >= max(0, head - 3) and ctx.tokens[k].text.islower() \
            and (readings := ctx.parse(ctx.tokens[k].text))[:1] and readings[0].tag.POS == "ADJF" \
            and readings[0].tag.case == "loct":
        k -= 1
    return k >= 0 and ctx.tokens[k].text.lower() in ("в", "во")


_QUOTE_OPEN, _QUOTE_CLOSE = "«„“", "»“”"


def _in_a_works_name(ctx: Context, head: int) -> bool:
    """The head is a word of a quoted name that names no person: a work's ("в стиле «Настоящий
    [детектив]»"), not "«Инспектор Клот»"."""
    quotes = _QUOTE_OPEN + _QUOTE_CLOSE
    opening = next((k for k in range(head - 1, max(-1, head - 5), -1) if ctx.tokens[k].text in quotes), None)
    closing = next((k for k in range(head + 1, min(len(ctx.tokens), head + 5)) if ctx.tokens[k].text in quotes), None)
    if opening is None or closing is None or ctx.tokens[opening].text not in _QUOTE_OPEN \
            or ctx.tokens[closing].text not in _QUOTE_CLOSE \
            or "\n" in ctx.text[ctx.tokens[opening].stop:ctx.tokens[closing].start]:
        return False
    return not any(k in ctx.covered and ctx.mentions[ctx.covered[k]].kind == "person" for k in range(opening, closing))


# works a premiere is of ("премьера фильма", "на премьере спектакля", "премьеру восьмого сезона")
WORKS = frozenset("""
фильм кинофильм мультфильм сериал сезон серия эпизод спектакль постановка опера оперетта балет
мюзикл пьеса шоу программа передача песня клип альбом сингл книга роман выставка концерт ролик
картина лента
""".split())


def _in_a_list_of_things(ctx: Context, head: int) -> bool:
    """The head word closes or opens a comma list of things, in the nominative the word has as
    a thing too: "в форматах: новости, видео, фото, [аналитика]" (analytics, no analyst's
    genitive)."""
    word = ctx.tokens[head].text.lower()
    if not any(p.tag.POS == "NOUN" and "inan" in p.tag and p.tag.case == "nomn" for p in ctx.parse(word)):
        return False
    for step in (-1, 1):
        comma, other = head + step, head + 2 * step
        if 0 <= other < len(ctx.tokens) and ctx.tokens[comma].text == "," and _is_word(ctx.tokens[other]) \
                and ctx.tokens[other].text.islower():
            readings = ctx.parse(ctx.tokens[other].text)
            if readings and all(p.tag.POS == "NOUN" and "inan" in p.tag for p in readings) \
                    and any(p.tag.case == "nomn" for p in readings):
                return True
    return False


def _premiere_of_a_work(ctx: Context, head: int) -> bool:
    """The head word is "премьера" (a premiere), not a form of "премьер": a work's noun follows
    in the genitive, after at most two adjectives ("премьера документального фильма")."""
    if not _fold(ctx.tokens[head].text).startswith("премьер"):
        return False
    for i in range(head + 1, min(head + 4, len(ctx.tokens))):
        parses = [p for p in ctx.parse(ctx.tokens[i].text.lower()) if "gent" in p.tag]
        if any(p.tag.POS == "NOUN" and _fold(p.normal_form) in WORKS for p in parses):
            return True
        if not any(p.tag.POS in ("ADJF", "PRTF", "NUMR") for p in parses):
            return False
    return False


def _after_po(ctx: Context, head: int, parses) -> bool:
    """The head word is one of a "по …" topic's nouns, in the dative: "представитель Евросоюза по
    иностранным делам и [политике] безопасности" (policy, not a politician): the words back to
    "по" are adjectives, nouns and "и" that a dative allows, on one line (the head's own
    reading may be the prepositional its dative looks like: "политике"). A genitive after
    them is a person's ("по словам директора", "по поручению президента")."""
    if not any(_norm_case(_cases(p.tag)) & {"datv", "loct"} and "Fixd" not in p.tag for p in parses):
        return False  # an undeclined word says no case: "по мнению замдиректора", "пресс-атташе"
    for i in range(head - 1, max(head - 6, -1), -1):
        token = ctx.tokens[i]
        if ctx.text[token.stop:ctx.tokens[i + 1].start].strip() or not _is_word(token):
            return False
        word = _fold(token.text)
        if word == "по":
            return True
        if word != "и" and not any(c == "datv" for p in ctx.parse(token.text.lower())[:3] for c in _norm_case(_cases(p.tag))):
            return False
    return False
