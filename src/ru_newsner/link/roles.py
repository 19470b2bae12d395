"""A person's role (position) and organization: "генеральным директором АО «Омсктрансмаш»
Василием Ковалевым" → Role(title "генеральный директор", organization АО «Омсктрансмаш»).

A *role phrase* is built around a head noun from ``data/professions.txt`` (head lemmas of
NEREL train PROFESSION spans, ``bench/build_professions.py``): position modifiers on the left
("генеральный", "бывший"), genitive and "по …" complements on the right ("министр финансов",
"руководитель направления «…»"), then an ORG/LOC mention that becomes the organization
("президент США"). The phrase is paired with a person by the rules in ``RULES``, tried in
order; ``trace_roles`` says which rule fired. Case agreement between the head and the name
("генеральным директором … Василием Ковалевым", both instrumental) gates the adjacent rules.
"""

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache

from ..records.relations import Role
from .role_paths import candidates, choose, role_paths, seen_paths, sentence_words
from .role_phrases import (  # noqa: F401 - professions, tokenize, phrase_at re-exported
    APPOSITION_GAP,
    DASH_GAP,
    POST,
    PREDICATE,
    PREPOSITIONS,
    SPACE,
    Context,
    Phrase,
    _cases,
    _context,
    _default_parse,
    _fold,
    _head_parses,
    _is_word,
    _norm_case,
    agrees,
    person_cases,
    phrase_at,
    professions,
    tokenize,
)
from .verb_workplaces import new_workplaces
from .workplace_model import model_workplaces

# --- pairing rules: each takes (ctx, phrase) and returns person mention index(es) or None -----

def _person_at(ctx: Context, offset: int) -> int | None:
    i = ctx.token_at.get(offset)
    index = ctx.mention_at.get(i) if i is not None else None
    return index if index is not None and ctx.mentions[index].kind == "person" else None


def _next_token(ctx: Context, offset: int) -> int | None:
    i = bisect_left(ctx.starts, offset)
    return i if i < len(ctx.tokens) else None


def _filler(ctx: Context, i: int, cases: frozenset[str]) -> bool:
    """A word that may stand between a role and a name: "54-летний", "канадец", "новым"."""
    token = ctx.tokens[i]
    if i in ctx.covered:
        return _adjective_place(ctx, i)
    if token.text[0].isdigit():
        return "-" in token.text
    if not _is_word(token) or token.text[0].isupper() or _fold(token.text) in ("и", "или", "а", "но"):
        return False
    parses = ctx.parse(token.text)
    return any(p.tag.POS in ("ADJF", "PRTF", "NOUN") and _norm_case(_cases(p.tag)) & cases
               for p in parses[:2])


def _adjective_place(ctx: Context, i: int) -> bool:
    """"российский" tagged LOC inside "российский предприниматель"."""
    m = ctx.mentions[ctx.covered[i]]
    return m.kind == "location" and m.text[:1].islower()


def _index_from(ctx: Context, offset: int) -> int | None:
    i = ctx.token_at.get(offset)
    return _next_token(ctx, offset) if i is None else i


def role_then_person(ctx: Context, phrase: Phrase) -> int | list[int] | None:
    """"директора АКИТ РФ Михаила Лабудина", "Главный редактор - Сусликов Сергей Сергеевич",
    "командир экипажа канадец Кристофер Хэдфилд" (up to two agreeing words between);
    a plural head takes the whole list: "сенаторы Джон Маккейн и Марко Рубио"."""
    gap = DASH_GAP.match(ctx.text, phrase.end)
    i = _index_from(ctx, gap.end())
    if i is None or "\n" in ctx.text[phrase.end:gap.end()]:
        return None
    for _ in range(3):
        if i >= len(ctx.tokens) or "\n" in ctx.text[phrase.end:ctx.tokens[i].start]:
            return None
        index = ctx.mention_at.get(i)
        if index is not None:
            if ctx.mentions[index].kind != "person":
                return None
            if phrase.plural:
                return _person_list(ctx, phrase, index)
            if phrase.plural_cases and _person_after(ctx, index) is not None:
                # "актрисы Гвинет Пэлтроу, Анджелина Джоли, …": a list makes "актрисы" plural
                found = _person_list(ctx, replace(phrase, cases=phrase.plural_cases), index)
                if found and len(found) > 1:
                    return found
            # "пресс-секретарь президента Владимира Путина Дмитрий Песков",
            # "адвокат Савченко Марк Фейгин": a genitive name, then the role holder
            after = _person_at(ctx, _skip_space(ctx, ctx.mentions[index].stop))
            if after is not None and agrees(phrase, person_cases(ctx, after)):
                return after
            return index if agrees(phrase, person_cases(ctx, index)) else None
        chained = ctx.first_of.get(i)
        if chained is not None and chained != phrase.head:
            # "командующему армии … генералу Ратко Младичу": a second role, same holder
            nxt = ctx.phrases.get(chained)
            if nxt is None or not nxt.cases & phrase.cases:
                return None
            i = _index_from(ctx, nxt.end)
            if i is None:
                return None
            continue
        if not _filler(ctx, i, phrase.cases):
            return None
        i += 1
    return None


# ", " or " и " between the names of a list, after a name's bracketed gloss or note if any
# ("сотрудники полиции Люсиль Гарсия (Lucile Garcia) и Сорайя Белкакеми")
LIST_LINK = re.compile(f"(?:{SPACE}\\([^()\\n]{{1,60}}\\))?{SPACE}(?:,|и){SPACE}")


def _person_after(ctx: Context, index: int) -> int | None:
    """The person mention that continues a list after mention ``index`` (", " or " и ")."""
    link = LIST_LINK.match(ctx.text, ctx.mentions[index].stop)
    return _person_at(ctx, link.end()) if link and link.end() > ctx.mentions[index].stop else None


def _person_list(ctx: Context, phrase: Phrase, index: int) -> list[int] | None:
    found = []
    while index is not None and agrees(phrase, person_cases(ctx, index)) and len(found) < 12:
        found.append(index)
        index = _person_after(ctx, index)
    return found or None


def _skip_space(ctx: Context, offset: int) -> int:
    return re.compile(SPACE).match(ctx.text, offset).end()


def coordinated_role(ctx: Context, phrase: Phrase) -> int | None:
    """"гитарист и сооснователь группы … Руслан Владыко", "историк, профессор НИУ ВШЭ Олег
    Будницкий": the next role phrase's person, when the cases agree."""
    if phrase.plural:
        return None
    link = re.compile(f"{SPACE}(?:,|и){SPACE}").match(ctx.text, phrase.end)
    if not link or link.end() == phrase.end:
        return None
    i = ctx.token_at.get(link.end())
    nxt = ctx.first_of.get(i) if i is not None else None
    person = ctx.paired.get(nxt) if nxt is not None else None
    if person is None or not agrees(phrase, person_cases(ctx, person)):
        return None
    return person


def person_then_role(ctx: Context, phrase: Phrase) -> int | None:
    """"Дональд Трамп, президент США,", "Иванов, 45-летний директор школы" — a name, a comma
    (dash, bracket), maybe agreeing words, the role."""
    if phrase.plural:
        return None
    i = phrase.first - 1
    while i >= 0 and phrase.first - i <= 3 and _filler(ctx, i, phrase.cases):
        i -= 1
    if i < 0:
        return None
    start = ctx.tokens[i + 1].start
    for index in range(len(ctx.mentions) - 1, -1, -1):
        m = ctx.mentions[index]
        if m.kind != "person" or m.stop > start:
            continue
        gap = APPOSITION_GAP.fullmatch(ctx.text, m.stop, start)
        if gap and agrees(phrase, person_cases(ctx, index)):
            return index
        return None
    return None


AGENT = frozenset({"назначить", "избрать", "утвердить", "освободить", "уволить", "назвать", "сменить"})


def person_is_role(ctx: Context, phrase: Phrase) -> int | None:
    """"Иванов был назначен министром", "Иванов, который занимал пост министра", "Иванов —
    российский актёр" (same sentence; predicate words, dates, adjectives, one comma and a
    dash may stand between)."""
    if phrase.plural:
        return None
    post = phrase.first > 0 and _fold(ctx.tokens[phrase.first - 1].text) in POST
    wanted = {"ablt"} | ({"gent"} if post else set())
    i, dash, comma = phrase.first - 1, False, False
    for _ in range(9):
        if i < 0:
            return None
        token = ctx.tokens[i]
        if "\n" in ctx.text[token.stop:ctx.tokens[phrase.first].start]:
            return None
        if i in ctx.covered:
            m = ctx.mentions[ctx.covered[i]]
            if m.kind == "date" or _adjective_place(ctx, i):
                i = _index_from(ctx, m.start) - 1
                continue
            if m.kind != "person":
                return None
            return ctx.covered[i] if phrase.cases & (wanted | ({"nomn"} if dash else set())) else None
        if token.text in "—–-" and not dash and not comma:
            dash = True
        elif token.text == "," and not comma and not dash:
            comma = True
        elif token.text[0].isdigit():
            pass
        elif not _is_word(token) or not _predicate(ctx, i, dash):
            return None
        i -= 1
    return None


def _predicate(ctx: Context, i: int, dash: bool) -> bool:
    token = ctx.tokens[i]
    word = _fold(token.text)
    if word in PREPOSITIONS:  # only "с поста", "на должность", "в качестве"
        return i + 1 < len(ctx.tokens) and _fold(ctx.tokens[i + 1].text) in POST
    parses = ctx.parse(token.text)
    lemmas = {_fold(p.normal_form) for p in parses} | {word}
    if parses and parses[0].tag.POS in ("VERB", "GRND") and lemmas & AGENT:
        return False  # "Янукович назначил начальником …": the person is the agent
    if lemmas & PREDICATE:
        return True
    return bool(parses) and parses[0].tag.POS in ("ADJF", "PRTF", "ADVB", "COMP")


def role_is_person(ctx: Context, phrase: Phrase) -> int | None:
    """"Финансовым директором Facebook назначен Дэвид Эберсман"."""
    if phrase.plural:
        return None
    if "ablt" not in phrase.cases:
        return None
    i = _next_token(ctx, phrase.end)
    for _ in range(4):
        if i is None or i >= len(ctx.tokens) or "\n" in ctx.text[phrase.end:ctx.tokens[i].start]:
            return None
        if i in ctx.mention_at:
            index = ctx.mention_at[i]
            return index if ctx.mentions[index].kind == "person" else None
        token = ctx.tokens[i]
        if _filler(ctx, i, frozenset({"nomn"})):  # "назначен 34-летний Максим Орешкин"
            i += 1
            continue
        lemmas = {_fold(p.normal_form) for p in ctx.parse(token.text)} if _is_word(token) else set()
        if not lemmas & {"назначить", "избрать", "стать", "быть", "являться", "назначаться"}:
            return None
        i += 1
    return None


VERBAL = frozenset({"VERB", "INFN", "PRTS", "GRND"})
STOPS = frozenset(".!?;:»\"")


def _verbal(ctx: Context, i: int) -> bool:
    parses = ctx.parse(ctx.tokens[i].text)
    return bool(parses) and parses[0].tag.POS in VERBAL


def role_then_person_far(ctx: Context, phrase: Phrase) -> int | None:
    """"Сенатор от штата Алабама Джефф Сешнс", "депутат Госдумы от фракции ЛДПР Василий
    Тарасюк": the next name in the sentence, no verb, no other role and no sentence end
    between, the cases agreeing."""
    if phrase.plural:
        return None
    i = _index_from(ctx, phrase.end)
    for _ in range(15):
        if i is None or i >= len(ctx.tokens) or "\n" in ctx.text[phrase.end:ctx.tokens[i].start]:
            return None
        index = ctx.mention_at.get(i)
        if index is not None and ctx.mentions[index].kind == "person":
            cases = person_cases(ctx, index)
            return index if cases and phrase.cases & cases else None
        if index is not None:
            i = _index_from(ctx, ctx.mentions[index].stop)
            continue
        token = ctx.tokens[i]
        if token.text in STOPS or i in ctx.first_of or _is_word(token) and (
                _verbal(ctx, i) or _head_parses(token.text, ctx.parse)):
            return None
        i += 1
    return None


def person_dash_role(ctx: Context, phrase: Phrase) -> int | None:
    """"Владимир Этуш — известный советский и российский актёр театра": a name, a dash, then
    only adjectives, "и" and commas up to a nominative role."""
    if phrase.plural or "nomn" not in phrase.cases:
        return None
    i = phrase.first - 1
    for _ in range(8):
        if i < 0 or "\n" in ctx.text[ctx.tokens[i].stop:ctx.tokens[phrase.first].start]:
            return None
        token = ctx.tokens[i]
        if token.text in "—–" and i > 0 and i - 1 in ctx.covered:
            index = ctx.covered[i - 1]
            return index if ctx.mentions[index].kind == "person" else None
        if i in ctx.covered and _adjective_place(ctx, i):
            i -= 1
            continue
        if token.text != "," and _fold(token.text) != "и" and not (
                _is_word(token) and ctx.parse(token.text)[0].tag.POS in ("ADJF", "PRTF", "ADVB")):
            return None
        i -= 1
    return None


ONE = frozenset({"один", "одна", "одно", "одного", "одной", "одному", "одним", "одну", "одном"})
NAMING = frozenset({"назвать", "называть", "признать", "признавать", "считать", "именовать"})


def _numeral(ctx: Context, i: int) -> bool:
    parses = ctx.parse(ctx.tokens[i].text)
    return bool(parses) and parses[0].tag.POS == "NUMR"


def one_of(ctx: Context, phrase: Phrase) -> int | None:
    """"Сэлис, один из руководителей компании", "Зельдин считался одним из старейших актёров",
    "назвал Р.Оззи одним из лучших программистов": a plural role after "один из" is the role of
    the person right before it (a comma or dash, or predicate words, between)."""
    if not phrase.plural:
        return None
    i = phrase.first - 1
    while i >= 0 and phrase.first - i <= 3 and _fold(ctx.tokens[i].text) != "из" and (
            _filler(ctx, i, frozenset({"gent"})) or _numeral(ctx, i)):
        i -= 1  # "одним из [пяти лучших] программистов"
    if i < 1 or _fold(ctx.tokens[i].text) != "из" or _fold(ctx.tokens[i - 1].text) not in ONE:
        return None
    j = i - 2
    for _ in range(6):
        if j < 0 or "\n" in ctx.text[ctx.tokens[j].stop:ctx.tokens[i].start]:
            return None
        if j in ctx.covered:
            index = ctx.covered[j]
            return index if ctx.mentions[index].kind == "person" else None
        token = ctx.tokens[j]
        lemmas = {_fold(p.normal_form) for p in ctx.parse(token.text)} if _is_word(token) else set()
        if token.text not in ",—–-" and not lemmas & NAMING and not (_is_word(token) and _predicate(ctx, j, False)):
            return None
        j -= 1
    return None


RULES: tuple[Callable[[Context, Phrase], int | None], ...] = (
    role_then_person, coordinated_role, person_then_role, person_is_role, role_is_person,
    role_then_person_far, person_dash_role, one_of,
)


def _inside_paired(covering: dict[int, list[Phrase]], phrase: Phrase, person: int, ctx: Context) -> bool:
    """"заместитель председателя правительства Новак": "председателя" is no role of Новак.
    ``covering`` maps a token to the phrases spanning it (linear in the text's length)."""
    return any(o.head != phrase.head and ctx.paired.get(o.head) == person
               for o in covering.get(phrase.head, ()))


def _role(ctx: Context, phrase: Phrase, person: int) -> Role:
    start, stop = ctx.tokens[phrase.first].start, ctx.tokens[phrase.last].stop
    return Role(person=person, title=phrase.title, start=start, stop=stop,
                text=ctx.text[start:stop], organization=phrase.organization)


REACH = 40  # tokens: no rule pairs a role phrase with a person farther away than this


def _near_persons(ctx: Context) -> list[int]:
    """Indices of the tokens within ``REACH`` tokens of a person mention, in order: the only
    places a role phrase can pair (so the lexicon look-up skips most of a long text)."""
    near: set[int] = set()
    n = len(ctx.tokens)
    for m in ctx.mentions:
        if m.kind == "person":
            first = bisect_left(ctx.starts, m.start)
            last = bisect_left(ctx.starts, m.stop)
            near.update(range(max(0, first - REACH), min(n, last + REACH)))
    return sorted(near)


def rule_pass(text: str, mentions: Sequence, parse=None) -> tuple[Context, list[Phrase], dict, list]:
    """The adjacent-pattern rules: (context with ``paired`` filled, role phrases, token →
    phrases covering it, [(rule name, Role)])."""
    ctx = _context(text, mentions, parse or _default_parse())
    phrases = [p for i in _near_persons(ctx) if (p := phrase_at(ctx, i))]
    ctx.first_of.update((p.first, p.head) for p in phrases)
    ctx.phrases.update((p.head, p) for p in phrases)
    covering: dict[int, list[Phrase]] = {}
    for p in phrases:
        for token in range(p.first, p.last + 1):
            covering.setdefault(token, []).append(p)
    found: list[tuple[str, Role]] = []
    for rule in RULES:
        # coordination right to left: "историк, профессор НИУ ВШЭ Олег Будницкий"
        for phrase in reversed(phrases) if rule is coordinated_role else phrases:
            if phrase.head in ctx.paired:
                continue
            persons = rule(ctx, phrase)
            persons = [persons] if isinstance(persons, int) else persons or []
            persons = [p for p in persons if not _inside_paired(covering, phrase, p, ctx)]
            if persons:
                ctx.paired[phrase.head] = persons[0]
                found.extend((rule.__name__, _role(ctx, phrase, p)) for p in persons)
    return ctx, phrases, covering, found


def trace_roles(text: str, mentions: Sequence, parse=None, syntax=None,
                paths: dict[str, float] | None = None, sentences=None,
                workplaces: bool = False) -> list[tuple[str, Role]]:
    """Like :func:`find_roles`, with the name of the rule that paired each role
    ("syntax_path" for ``link.role_paths``, "verb" for ``link.verb_workplaces``, "model" for
    ``link.workplace_model``)."""
    ctx, phrases, covering, found = rule_pass(text, mentions, parse)
    if syntax is not None:
        sentences = cache(sentences or (lambda: sentence_words(text)))  # asked by up to three steps
        found_paths = candidates(ctx, phrases, covering, syntax, sentences)
        chosen = choose(found_paths, role_paths() if paths is None else paths,
                        seen_paths() if paths is None else frozenset())
        for phrase, person in chosen:
            ctx.paired[phrase.head] = person
            found.append(("syntax_path", _role(ctx, phrase, person)))
        found += [("verb", role) for role in new_workplaces(text, mentions, ctx.parse, syntax, sentences,
                                                            [role for _, role in found])]
        if workplaces:
            found += [("model", role) for role in model_workplaces(ctx, [role for _, role in found], sentences)]
    found.sort(key=lambda pair: (pair[1].start, pair[1].person))
    return found


def find_roles(text: str, mentions: Sequence, parse=None, syntax=None, sentences=None,
               workplaces: bool = False) -> list[Role]:
    """Roles of the article's persons; indices point into ``mentions``.

    ``parse``: a cached ``word -> tuple[pymorphy3 Parse, ...]`` (built if None). With ``syntax``
    (a ``link.role_paths.Parser``, ``pipeline.resources.shared().syntax``) the phrases the
    adjacent patterns leave are paired through the dependency tree and verbs give workplaces
    (``title`` None); ``workplaces`` adds the workplace classifier's (``title`` None, ``score``
    set). ``sentences()``: each sentence's word spans (``text.segment``'s if None). A role's
    ``text == text[start:stop]`` is its position words (a verb; for the classifier, from the
    person to the organization); the organization is the ORG/LOC mention after the position.
    """
    return [role for _, role in trace_roles(text, mentions, parse, syntax, sentences=sentences, workplaces=workplaces)]
