"""Two role phrases of one person in a row, joined by "и", a comma, "а также" or a change over
time ("а ныне", "а затем"): the pairing rules that give the second phrase the first one's holder
(:func:`coordinated_after`) or the first the second's (:func:`coordinated_role`, where the name
comes after both)."""

import re

from .role_context import QUOTE, SPACE, Context, past_quotes
from .role_phrases import Phrase
from .role_words import _cases, _fold, _is_word, _norm_case, agrees, person_cases

# between two role phrases of one person: "и", a comma, or a comma or a dash and a change over time
# ("бывший вице-президент Лукойла, а ныне член Совета Федерации", "бывшего президента - ныне госсоветника",
# "директора ООО «Ромашка», а также председателя совета директоров")
ROLE_LINK = re.compile(f"{SPACE}(?:(?:,|[ \u00a0][-–—]){SPACE}(?:а{SPACE})?"
                       f"(?:ныне|теперь|сейчас|затем|позднее|впоследствии|также)|,|и){SPACE}")


def coordinated_role(ctx: Context, phrase: Phrase) -> int | None:
    """"гитарист и сооснователь группы … Руслан Владыко", "историк, профессор НИУ ВШЭ Олег
    Будницкий", "бывший министр финансов, а ныне глава Счётной палаты Алексей Кудрин": the next
    role phrase's person, when the cases agree."""
    if phrase.plural:
        return None
    link = ROLE_LINK.match(ctx.text, phrase.end)
    if not link or link.end() == phrase.end:
        return None
    i = ctx.token_at.get(link.end())
    nxt = ctx.first_of.get(i) if i is not None else None
    person = ctx.paired.get(nxt) if nxt is not None else _honoured(ctx, i, phrase) if i is not None else None
    if person is None or not agrees(phrase, person_cases(ctx, person)):
        return None
    return person


# an honour between a position and its holder: "директору театра, [полному кавалеру ордена «За заслуги перед
# Отечеством»] Ивану Петрову", "главного врача, [лауреата премии «Призвание»] Анну Смирнову"
HONOURS = frozenset({"кавалер", "лауреат", "обладатель", "обладательница", "призер", "призерка", "ветеран",
                     "герой", "почетный", "заслуженный", "полный"})
CLAUSE_END = frozenset(".!?;:,")


def _honoured(ctx: Context, i: int, phrase: Phrase) -> int | None:
    """The person named after an honour that opens at token ``i`` and agrees with ``phrase``
    (its words up to the name: no clause punctuation, no other role)."""
    word = ctx.tokens[i]
    if not _is_word(word) or not any(_fold(p.normal_form) in HONOURS and _norm_case(_cases(p.tag)) & phrase.cases
                                     for p in ctx.parse(word.text)[:2]):
        return None
    for j in range(i + 1, min(i + 15, len(ctx.tokens))):
        index = ctx.mention_at.get(j)
        if index is not None and ctx.mentions[index].kind == "person":
            cases = person_cases(ctx, index)  # a name's own cases: no "[Нобелевской] премии" tagged a person
            return index if cases and cases & phrase.cases else None
        gap = ctx.text[ctx.tokens[j - 1].stop:ctx.tokens[j].start]
        if ctx.tokens[j].text in CLAUSE_END or j in ctx.first_of or "\n" in gap:
            return None
    return None


def coordinated_after(ctx: Context, phrase: Phrase) -> int | None:
    """"Иванов является директором школы и депутатом Законодательного собрания", "занимает
    должность директора ООО «Ромашка», а также председателя совета директоров ПАО «Мечта»",
    "Иванов, директор школы и депутат городского совета,": the person of the role phrase right
    before, joined to this one, when the two can be in one case. Tried after the rules that
    look for a name next to the phrase, so a phrase with a name of its own keeps it ("директор
    школы Иванов и депутат Петрова")."""
    if phrase.plural:
        return None
    start = ctx.tokens[phrase.first].start
    for other in ctx.phrases.values():
        if other.end < start and not other.plural and other.head in ctx.paired and other.cases & phrase.cases \
                and any(ROLE_LINK.fullmatch(ctx.text, end, start) for end in (other.end, _past_name(ctx, other.end))):
            return ctx.paired[other.head]
    return None


def _past_name(ctx: Context, offset: int) -> int:
    """The end of the organization or place named right after ``offset``, past its closing quote
    ("руководителя координационного совета [«Единой России»]"); ``offset`` where none is."""
    i = ctx.token_at.get(QUOTE.match(ctx.text, offset).end())
    index = ctx.mention_at.get(i) if i is not None else None
    if index is None or ctx.mentions[index].kind not in ("organization", "location"):
        return offset
    return past_quotes(ctx, ctx.mentions[index])
