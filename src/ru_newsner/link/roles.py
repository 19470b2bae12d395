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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..records.relations import Role

CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2", "acc2"})
TOKEN = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*\.?|\d+(?:[-‐][^\W\d_]+)?|\S")
OPEN, CLOSE = "«\"„“", "»\"“”"
SPACE = "[ \t\u00a0]*"
DASH_GAP = re.compile(f"{SPACE}(?:[-–—:]{SPACE})?")          # "редактор - Сусликов"
APPOSITION_GAP = re.compile(f"{SPACE}(?:,|[-–—]|\\(){SPACE}")  # "Трамп, президент США"
PREFIXES = ("экс-", "вице-")
# adjectives that belong to a position title ("главный редактор", "бывший министр")
MODIFIERS = frozenset("""
главный генеральный исполнительный первый старший младший бывший экс временный
действующий верховный финансовый технический коммерческий художественный спортивный
региональный федеральный государственный генеральный чрезвычайный полномочный
постоянный специальный официальный ответственный научный творческий операционный
""".split())
# words between a name and an instrumental role: "Иванов был назначен министром"
PREDICATE = frozenset("""
быть являться стать назначить назначать избрать избирать работать служить занимать занять
остаться оставаться пост должность на посту ранее сейчас теперь также тогда новый
""".split())
POST = frozenset({"пост", "посту", "поста", "должность", "должности"})


@lru_cache(maxsize=1)
def professions() -> frozenset[str]:
    text = files("ru_newsner.link").joinpath("data/professions.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _default_parse():
    import pymorphy3

    from ..text.morph import make_parser

    return make_parser(pymorphy3.MorphAnalyzer())


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    stop: int
    text: str


@dataclass(frozen=True, slots=True)
class Phrase:
    """A role phrase: tokens ``[first, last]``, head token, its cases, the organization."""

    first: int
    head: int
    last: int
    cases: frozenset[str]
    organization: int | None  # mention index
    end: int                   # character offset after the phrase and its organization
    title: str


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    tokens: list[Token]
    mentions: Sequence
    parse: Callable
    mention_at: dict[int, int]   # token index → outermost mention starting there
    covered: dict[int, int]      # token index → outermost mention covering it
    token_at: dict[int, int]     # char start → token index


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _context(text: str, mentions: Sequence, parse) -> Context:
    tokens = tokenize(text)
    token_at = {t.start: i for i, t in enumerate(tokens)}
    mention_at, covered = {}, {}
    for index, m in enumerate(mentions):  # sorted by (start, -stop): outermost first
        inside = [i for i, t in enumerate(tokens) if t.start >= m.start and t.stop <= m.stop]
        if not inside:
            continue
        mention_at.setdefault(inside[0], index)
        for i in inside:
            covered.setdefault(i, index)
    return Context(text, tokens, mentions, parse, mention_at, covered, token_at)


# --- morphology helpers -------------------------------------------------------------------

def _cases(tag) -> set[str]:
    return set(tag.grammemes & CASES) if tag.grammemes & CASES else set()


def _norm_case(cases: set[str]) -> set[str]:
    out = set(cases)
    out |= {"gent"} if "gen2" in cases else set()
    out |= {"loct"} if "loc2" in cases else set()
    out |= {"accs"} if "acc2" in cases else set()
    return out


def _head_parses(word: str, parse) -> list:
    """pymorphy3 singular noun parses of ``word`` whose lemma is a position."""
    lexicon = professions()
    found = []
    for p in parse(word):
        if p.tag.POS != "NOUN" or "plur" in p.tag:
            continue
        lemma = _fold(p.normal_form)
        if lemma in lexicon or any(lemma.startswith(x) and lemma[len(x):] in lexicon for x in PREFIXES):
            found.append(p)
    return found


def _is_word(token: Token) -> bool:
    return token.text[0].isalpha()


def _adjective_parses(word: str, parse, cases: set[str]) -> list:
    return [p for p in parse(word) if p.tag.POS in ("ADJF", "PRTF") and _norm_case(_cases(p.tag)) & cases]


def _noun_in(word: str, parse, case: str) -> bool:
    return any(p.tag.POS == "NOUN" and case in _norm_case(_cases(p.tag)) for p in parse(word))


def person_cases(ctx: Context, index: int) -> set[str] | None:
    """Cases the person mention's words can share; None when nothing is known."""
    m = ctx.mentions[index]
    common = None
    for word in re.findall(r"[^\W\d_]+", m.text):
        if len(word) < 2 or word.endswith("."):
            continue
        cases = set()
        for p in ctx.parse(word):
            cases |= _norm_case(_cases(p.tag))
        if not cases or cases >= {"nomn", "gent", "datv", "accs", "ablt", "loct"}:
            continue  # indeclinable or unknown: says nothing
        common = cases if common is None else common & cases
    return common


def agrees(phrase: Phrase, cases: set[str] | None) -> bool:
    return cases is None or not cases or bool(phrase.cases & cases)


# --- the role phrase ------------------------------------------------------------------------

def _left(ctx: Context, head: int, cases: set[str]) -> int:
    first = head
    for i in range(head - 1, max(head - 4, -1), -1):
        token = ctx.tokens[i]
        if i in ctx.covered or not _is_word(token):
            break
        if ctx.text[token.stop:ctx.tokens[first].start].strip():
            break
        parses = _adjective_parses(token.text, ctx.parse, cases)
        lemma = _fold(token.text.rstrip("."))
        if lemma in ("и.о", "врио", "экс"):
            first = i
            continue
        if not any(_fold(p.normal_form) in MODIFIERS for p in parses):
            break
        first = i
    return first


def _complements(ctx: Context, head: int) -> int:
    """Last token of the genitive / "по …" / «…» complements right of the head."""
    last, i, nps = head, head + 1, 0
    tokens = ctx.tokens
    while i < len(tokens) and nps < 3:
        if i in ctx.covered or not _is_word(tokens[i]) and tokens[i].text not in OPEN:
            break
        if ctx.text[tokens[last].stop:tokens[i].start].strip():
            break
        if tokens[i].text in OPEN:  # "направления «Инфраструктурное развитие»"
            close = _closing(ctx, i)
            if last == head or close is None:
                break
            last, i = close, close + 1
            continue
        j, case = i, "gent"
        if _fold(tokens[i].text) == "по":
            j, case = i + 1, "datv"
        # adjectives then a noun, in ``case``
        while j < len(tokens) and j not in ctx.covered and _is_word(tokens[j]) \
                and _adjective_parses(tokens[j].text, ctx.parse, {case}) \
                and not _noun_in(tokens[j].text, ctx.parse, case):
            j += 1
        if j >= len(tokens) or j in ctx.covered or not _is_word(tokens[j]) \
                or tokens[j].text[0].isupper() or not _noun_in(tokens[j].text, ctx.parse, case):
            break
        last, i, nps = j, j + 1, nps + 1
    return last


def _closing(ctx: Context, i: int) -> int | None:
    """The closing quote of the quote opened at token ``i``, if no mention is inside."""
    for j in range(i + 1, min(i + 12, len(ctx.tokens))):
        if j in ctx.covered or "\n" in ctx.text[ctx.tokens[j - 1].stop:ctx.tokens[j].start]:
            return None
        if ctx.tokens[j].text in CLOSE and j > i + 1:
            return j
    return None


def _title(ctx: Context, first: int, head: int, last: int, head_parse) -> str:
    gender = next((g for g in ("masc", "femn", "neut") if g in head_parse.tag), "masc")
    words = []
    for i in range(first, head):
        word = ctx.tokens[i].text
        parses = _adjective_parses(word, ctx.parse, _norm_case(_cases(head_parse.tag)))
        form = parses[0].inflect({"nomn", "sing", gender}) if parses else None
        words.append(form.word if form else word.lower())
    form = head_parse.inflect({"nomn", "sing"})
    words.append(form.word if form else ctx.tokens[head].text.lower())
    title = " ".join(words)
    if last > head:
        title += ctx.text[ctx.tokens[head].stop:ctx.tokens[last].stop]
    return re.sub(r"\s+", " ", title)


def phrase_at(ctx: Context, head: int) -> Phrase | None:
    token = ctx.tokens[head]
    if head in ctx.covered or not _is_word(token) or len(token.text) < 3:
        return None
    parses = _head_parses(token.text, ctx.parse)
    if not parses:
        return None
    cases = set()
    for p in parses:
        cases |= _norm_case(_cases(p.tag))
    first = _left(ctx, head, cases)
    last = _complements(ctx, head)
    end, organization = ctx.tokens[last].stop, None
    nxt = last + 1
    quoted = nxt < len(ctx.tokens) and ctx.tokens[nxt].text in OPEN
    if nxt + quoted in ctx.mention_at and not ctx.text[end:ctx.tokens[nxt].start].strip():
        index = ctx.mention_at[nxt + quoted]
        if ctx.mentions[index].kind in ("organization", "location"):
            organization, end = index, ctx.mentions[index].stop
            if quoted and ctx.text[end:end + 1] in CLOSE:
                end += 1
    title = _title(ctx, first, head, last, parses[0])
    return Phrase(first, head, last, frozenset(cases), organization, end, title)


# --- pairing rules: each takes (ctx, phrase) and returns a person mention index or None ----------

def _person_at(ctx: Context, offset: int) -> int | None:
    i = ctx.token_at.get(offset)
    index = ctx.mention_at.get(i) if i is not None else None
    return index if index is not None and ctx.mentions[index].kind == "person" else None


def _next_token(ctx: Context, offset: int) -> int | None:
    for i, t in enumerate(ctx.tokens):
        if t.start >= offset:
            return i
    return None


def role_then_person(ctx: Context, phrase: Phrase) -> int | None:
    """"директора АКИТ РФ Михаила Лабудина", "Главный редактор - Сусликов Сергей Сергеевич"."""
    gap = DASH_GAP.match(ctx.text, phrase.end)
    person = _person_at(ctx, gap.end())
    if person is None:
        return None
    return person if agrees(phrase, person_cases(ctx, person)) else None


def person_then_role(ctx: Context, phrase: Phrase) -> int | None:
    """"Дональд Трамп, президент США," — a name, a comma (dash, bracket), the role."""
    start = ctx.tokens[phrase.first].start
    for index in range(len(ctx.mentions) - 1, -1, -1):
        m = ctx.mentions[index]
        if m.kind != "person" or m.stop > start:
            continue
        gap = APPOSITION_GAP.fullmatch(ctx.text, m.stop, start)
        if gap and agrees(phrase, person_cases(ctx, index)):
            return index
        return None
    return None


def person_is_role(ctx: Context, phrase: Phrase) -> int | None:
    """"Иванов был назначен министром", "Иванов занимал пост министра" (same sentence)."""
    post = phrase.first > 0 and _fold(ctx.tokens[phrase.first - 1].text) in POST
    if not (phrase.cases & {"ablt"} or post and phrase.cases & {"gent"}):
        return None
    i = phrase.first - 1
    for _ in range(5):
        if i < 0:
            return None
        token = ctx.tokens[i]
        if i in ctx.covered:
            index = ctx.covered[i]
            return index if ctx.mentions[index].kind == "person" else None
        if not _is_word(token):
            return None
        lemmas = {_fold(p.normal_form) for p in ctx.parse(token.text)} | {_fold(token.text)}
        if not lemmas & PREDICATE:
            return None
        i -= 1
    return None


def role_is_person(ctx: Context, phrase: Phrase) -> int | None:
    """"Финансовым директором Facebook назначен Дэвид Эберсман"."""
    if "ablt" not in phrase.cases:
        return None
    i = _next_token(ctx, phrase.end)
    for _ in range(3):
        if i is None or i >= len(ctx.tokens):
            return None
        if i in ctx.mention_at:
            index = ctx.mention_at[i]
            return index if ctx.mentions[index].kind == "person" else None
        token = ctx.tokens[i]
        if not _is_word(token):
            return None
        lemmas = {_fold(p.normal_form) for p in ctx.parse(token.text)}
        if not lemmas & {"назначить", "избрать", "стать", "быть", "являться", "назначаться"}:
            return None
        i += 1
    return None


RULES: tuple[Callable[[Context, Phrase], int | None], ...] = (
    role_then_person, person_then_role, person_is_role, role_is_person,
)


def _role(ctx: Context, phrase: Phrase, person: int) -> Role:
    start, stop = ctx.tokens[phrase.first].start, ctx.tokens[phrase.last].stop
    return Role(person=person, title=phrase.title, start=start, stop=stop,
                text=ctx.text[start:stop], organization=phrase.organization)


def trace_roles(text: str, mentions: Sequence, parse=None) -> list[tuple[str, Role]]:
    """Like :func:`find_roles`, with the name of the rule that paired each role."""
    ctx = _context(text, mentions, parse or _default_parse())
    phrases = [p for i in range(len(ctx.tokens)) if (p := phrase_at(ctx, i))]
    found: list[tuple[str, Role]] = []
    taken: set[int] = set()
    for rule in RULES:
        for phrase in phrases:
            if phrase.head in taken:
                continue
            person = rule(ctx, phrase)
            if person is not None:
                taken.add(phrase.head)
                found.append((rule.__name__, _role(ctx, phrase, person)))
    found.sort(key=lambda pair: (pair[1].start, pair[1].person))
    return found


def find_roles(text: str, mentions: Sequence, parse=None) -> list[Role]:
    """Roles of the article's persons; indices point into ``mentions``.

    ``parse`` is a cached ``word -> tuple[pymorphy3 Parse, ...]`` function (one is built if
    None). Each role's ``text == text[start:stop]`` covers the position words only; the
    organization is the ORG/LOC mention right after them, if any.
    """
    return [role for _, role in trace_roles(text, mentions, parse)]
