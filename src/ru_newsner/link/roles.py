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
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files

from ..records.relations import Role

CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2", "acc2"})
TOKEN = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*|\d+(?:[-‐][^\W\d_]+)?|\S")
OPEN, CLOSE = "«\"„“", "»\"“”"
SPACE = "[ \t\u00a0]*"
DASH_GAP = re.compile(f"{SPACE}(?:[-–—:]{SPACE})?")          # "редактор - Сусликов"
PLACE_LINK = re.compile(f"{SPACE}(?:(?:в|во|при){SPACE})?")   # "посол Ирландии в США"
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
быть являться стать становиться назначить назначать избрать избирать выбрать работать служить
занимать занять остаться оставаться проработать пост должность позиция ранее сейчас теперь
также тогда уже еще же который которая кто время настоящий данный момент накануне сегодня
вчера впоследствии позже прошлое молодость бессменный уволить покинуть покидать уйти
уходить приступить работа считаться прославиться как качество лишиться сложить утвердить
освободить отставка год новый
""".split())
PREPOSITIONS = frozenset({"на", "с", "со", "от", "в", "из"})
# positions with no workplace: membership, representation, honorary titles
NO_WORKPLACE = frozenset({"член", "представитель", "представительница", "артист", "артистка",
                          "деятель", "папа", "посол", "сторонник"})
# heads that keep the organization past a nested position: "врио губернатора Курской
# области" works there; "пресс-секретарь президента России" and (in NEREL) "заместитель
# министра транспорта России" do not
DEPUTY = frozenset({"врио"})
# organization nouns in a complement: "капитан сборной Сербии", "глава департамента культуры
# Москвы" — the workplace is the complement (not a mention), not the place after it
ORG_NOUNS = frozenset("""
сборная команда клуб департамент управление правительство администрация суд полиция комитет
центр служба отдел министерство совет компания группа рок-группа театр университет партия
банк фонд институт академия штаб армия войско подразделение дирекция корпорация оркестр
штат провинция округ агентство ведомство бюро палата префектура мэрия аппарат коллегия
организация ассоциация союз федерация лига концерн холдинг издание газета журнал телеканал
""".split())
NAME = frozenset({"Name", "Surn", "Patr"})
POST = frozenset({"пост", "посту", "поста", "должность", "должности", "позиции", "позицию", "качестве"})


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
    plural: bool = False       # "сенаторы Джон Маккейн и Марко Рубио"


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    tokens: list[Token]
    mentions: Sequence
    parse: Callable
    mention_at: dict[int, int]   # token index → outermost mention starting there
    covered: dict[int, int]      # token index → outermost mention covering it
    token_at: dict[int, int]     # char start → token index
    starts: list[int]            # token starts, for bisect
    first_of: dict[int, int] = field(default_factory=dict)  # phrase first token → head
    paired: dict[int, int] = field(default_factory=dict)    # phrase head → person mention


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


def _context(text: str, mentions: Sequence, parse) -> Context:
    tokens = tokenize(text)
    token_at = {t.start: i for i, t in enumerate(tokens)}
    starts = [t.start for t in tokens]
    mention_at, covered = {}, {}
    for index, m in enumerate(mentions):  # sorted by (start, -stop): outermost first
        inside = []
        for i in range(bisect_left(starts, m.start), len(tokens)):
            if tokens[i].stop > m.stop:
                break
            inside.append(i)
        if not inside:
            continue
        mention_at.setdefault(inside[0], index)
        for i in inside:
            covered.setdefault(i, index)
    return Context(text, tokens, mentions, parse, mention_at, covered, token_at, starts)


# --- morphology helpers -------------------------------------------------------------------

def _cases(tag) -> set[str]:
    return set(tag.grammemes & CASES) if tag.grammemes & CASES else set()


def _norm_case(cases: set[str]) -> set[str]:
    out = set(cases)
    out |= {"gent"} if "gen2" in cases else set()
    out |= {"loct"} if "loc2" in cases else set()
    out |= {"accs"} if "acc2" in cases else set()
    return out


@lru_cache(maxsize=200_000)
def _head_parses(word: str, parse) -> tuple:
    """Parses of ``word`` (a noun, or a singular adjective used as one: "управляющий")
    whose lemma is a position; "сенатора-демократа" is tried by its first part."""
    lexicon = professions()
    found = []
    for p in parse(word):
        if p.tag.POS not in ("NOUN", "ADJF", "PRTF") or "plur" in p.tag and p.tag.POS != "NOUN":
            continue
        lemma = _fold(p.normal_form)
        if lemma in lexicon or any(lemma.startswith(x) and lemma[len(x):] in lexicon for x in PREFIXES):
            found.append(p)
    if not found and "-" in word and not word.startswith(PREFIXES):
        return _head_parses(word.split("-")[0], parse)
    return tuple(found)


def _is_word(token: Token) -> bool:
    return token.text[0].isalpha()


def _adjective_parses(word: str, parse, cases: set[str]) -> list:
    return [p for p in parse(word) if p.tag.POS in ("ADJF", "PRTF") and _norm_case(_cases(p.tag)) & cases]


def _noun_in(word: str, parse, case: str) -> bool:
    parses = parse(word)
    if len(word) < 3 or not parses or parses[0].tag.POS in ("PREP", "CONJ", "PRCL", "NPRO"):
        return False
    return any(p.tag.POS == "NOUN" and case in _norm_case(_cases(p.tag)) for p in parses)


def person_cases(ctx: Context, index: int) -> set[str] | None:
    """Cases the person mention's name words can share (singular name parses); None when
    nothing is known or the words disagree among themselves."""
    m = ctx.mentions[index]
    common = None
    for word in re.findall(r"[^\W\d_]+", m.text):
        if len(word) < 2:
            continue
        cases = set()
        for p in ctx.parse(word):
            if "plur" not in p.tag and p.tag.grammemes & NAME:
                cases |= _norm_case(_cases(p.tag))
        if not cases or cases >= {"nomn", "gent", "datv", "accs", "ablt", "loct"}:
            continue  # not a known name, or indeclinable: says nothing
        common = cases if common is None else common & cases
    return common or None


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
        if _fold(token.text) in ("врио", "экс"):
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
        if tokens[i].text in OPEN:  # "направления «Инфраструктурное развитие»", "тренер «академиков»"
            close = _closing(ctx, i)
            if close is None:
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


def _more_places(ctx: Context, end: int) -> int:
    """Past further ORG/LOC mentions: "директор Департамента … МИД", "посол Ирландии в США"."""
    for _ in range(2):
        link = PLACE_LINK.match(ctx.text, end)
        i = ctx.token_at.get(link.end())
        index = ctx.mention_at.get(i) if i is not None else None
        if index is None or ctx.mentions[index].kind not in ("organization", "location"):
            break
        end = ctx.mentions[index].stop
    return end


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
            end = _more_places(ctx, end)
    if organization is not None and not _workplace(ctx, head, last, parses[0], organization):
        organization = None
    singular = [p for p in parses if "plur" not in p.tag]
    title = _title(ctx, first, head, last, (singular or parses)[0])
    return Phrase(first, head, last, frozenset(cases), organization, end, title, plural=not singular)


def _workplace(ctx: Context, head: int, last: int, head_parse, organization: int) -> bool:
    """Whether the ORG/LOC right after the phrase is the head's workplace."""
    lemma = _fold(head_parse.normal_form)
    if lemma in NO_WORKPLACE:
        return False
    org = ctx.mentions[organization]
    first = ctx.parse(org.text.split()[0]) if org.text.split() else ()
    if " " not in org.text and first and first[0].tag.POS == "ADJF":
        return False  # "Папа римский", "герцог Кембриджский"
    inside = range(head + 1, last + 1)
    if org.kind == "location" and any(
            _fold(p.normal_form) in ORG_NOUNS for i in inside for p in ctx.parse(ctx.tokens[i].text)[:1]):
        return False
    nested = any(_head_parses(ctx.tokens[i].text, ctx.parse) for i in inside)
    return not nested or lemma in DEPUTY


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
            # "пресс-секретарь президента Владимира Путина Дмитрий Песков",
            # "адвокат Савченко Марк Фейгин": a genitive name, then the role holder
            after = _person_at(ctx, _skip_space(ctx, ctx.mentions[index].stop))
            if after is not None and agrees(phrase, person_cases(ctx, after)):
                return after
            return index if agrees(phrase, person_cases(ctx, index)) else None
        if not _filler(ctx, i, phrase.cases):
            return None
        i += 1
    return None


LIST_LINK = re.compile(f"{SPACE}(?:,|и){SPACE}")


def _person_list(ctx: Context, phrase: Phrase, index: int) -> list[int] | None:
    found = []
    while index is not None and agrees(phrase, person_cases(ctx, index)) and len(found) < 12:
        found.append(index)
        link = LIST_LINK.match(ctx.text, ctx.mentions[index].stop)
        index = _person_at(ctx, link.end()) if link and link.end() > ctx.mentions[index].stop else None
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
        if not _is_word(token):
            return None
        parses = ctx.parse(token.text)
        lemmas = {_fold(p.normal_form) for p in parses}
        if not (lemmas & {"назначить", "избрать", "стать", "быть", "являться", "назначаться"}
                or _filler(ctx, i, frozenset({"nomn"}))):
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


RULES: tuple[Callable[[Context, Phrase], int | None], ...] = (
    role_then_person, coordinated_role, person_then_role, person_is_role, role_is_person,
    role_then_person_far, person_dash_role,
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


def trace_roles(text: str, mentions: Sequence, parse=None) -> list[tuple[str, Role]]:
    """Like :func:`find_roles`, with the name of the rule that paired each role."""
    ctx = _context(text, mentions, parse or _default_parse())
    phrases = [p for i in range(len(ctx.tokens)) if (p := phrase_at(ctx, i))]
    ctx.first_of.update((p.first, p.head) for p in phrases)
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
    found.sort(key=lambda pair: (pair[1].start, pair[1].person))
    return found


def find_roles(text: str, mentions: Sequence, parse=None) -> list[Role]:
    """Roles of the article's persons; indices point into ``mentions``.

    ``parse`` is a cached ``word -> tuple[pymorphy3 Parse, ...]`` function (one is built if
    None). Each role's ``text == text[start:stop]`` covers the position words only; the
    organization is the ORG/LOC mention right after them, if any.
    """
    return [role for _, role in trace_roles(text, mentions, parse)]
