"""The adjacent-pattern rules that pair a role phrase with a person ("генеральным директором
АО «Омсктрансмаш» Василием Ковалевым", "Трамп, президент США", "Иванов был назначен
министром"), tried in the order of ``RULES`` by :func:`ru_newsner.link.roles.rule_pass`. Each
takes (context, phrase) and returns the person mention index(es) or None; case agreement
between the phrase's head and the name gates them. The rules through a predicate ("был
назначен", "назначил … Ивана Муравьева") are ``link.predicate_roles``'; those of coordinated
roles and lists of names, ``link.coordination`` and ``link.name_lists``."""

import re
from collections.abc import Callable
from dataclasses import replace

from .coordination import coordinated_after, coordinated_role
from .name_lists import listed_after, person_after, person_at, person_list, plural_holders
from .predicate_roles import person_is_role, predicate_word, role_is_person
from .role_context import SPACE, Context, index_from, next_token
from .role_phrases import Phrase
from .role_words import (_cases, _fold, _head_parses, _is_word, _norm_case, adjective_place, agrees, filler,
                         person_cases, verbal)

DASH_GAP = re.compile(f"{SPACE}(?:[-–—:]{SPACE})?")          # "редактор - Сусликов"
# "Трамп, президент США"; a bracketed gloss or note may come first ("Крессида Дик (Cressida Dick),
# бывший руководитель", "Иван Петров (45 лет), директор школы"), not a year alone (a prize's:
# "премии Соннинга (1981), почётный доктор …")
APPOSITION_GAP = re.compile(f"(?:{SPACE}\\((?!\\d{{4}}\\))[^()\\n]{{1,60}}\\))?{SPACE}(?:,|[-–—]|\\(){SPACE}")
def role_then_person(ctx: Context, phrase: Phrase) -> int | list[int] | None:
    """"директора АКИТ РФ Михаила Лабудина", "Главный редактор - Сусликов Сергей Сергеевич",
    "командир экипажа канадец Кристофер Хэдфилд" (up to two agreeing words between);
    a plural head takes the whole list: "сенаторы Джон Маккейн и Марко Рубио"."""
    gap = DASH_GAP.match(ctx.text, phrase.end)
    i = index_from(ctx, gap.end())
    if i is None or "\n" in ctx.text[phrase.end:gap.end()]:
        return None
    for _ in range(3):
        if i >= len(ctx.tokens) or "\n" in ctx.text[phrase.end:ctx.tokens[i].start]:
            return None
        index = ctx.mention_at.get(i)
        if index is not None:
            if ctx.mentions[index].kind != "person":
                return None
            if phrase.plural:  # one name after a plural is no holder ("Адвокаты Берлускони"),
                found = person_list(ctx, phrase, index)  # but after "один из экспертов ИИИ" it is
                return found if found and (len(found) > 1 or phrase.counted) else None
            if phrase.plural_cases and person_after(ctx, index) is not None:
                # "актрисы Гвинет Пэлтроу, Анджелина Джоли, …": a list makes "актрисы" plural
                found = person_list(ctx, replace(phrase, cases=phrase.plural_cases), index)
                if found and len(found) > 1:
                    return found
            # "пресс-секретарь президента Владимира Путина Дмитрий Песков",
            # "адвокат Савченко Марк Фейгин": a genitive name, then the role holder
            after = person_at(ctx, _skip_space(ctx, ctx.mentions[index].stop))
            if after is not None and agrees(phrase, person_cases(ctx, after)):
                return after
            return index if agrees(phrase, person_cases(ctx, index)) else None
        chained = ctx.first_of.get(i)
        if chained is not None and chained != phrase.head:
            # "командующему армии … генералу Ратко Младичу": a second role, same holder
            nxt = ctx.phrases.get(chained)
            if nxt is None or not nxt.cases & phrase.cases:
                return None
            i = index_from(ctx, nxt.end)
            if i is None:
                return None
            continue
        if not filler(ctx, i, phrase.cases):
            return None
        i += 1
    return None


def _skip_space(ctx: Context, offset: int) -> int:
    return re.compile(SPACE).match(ctx.text, offset).end()


def person_then_role(ctx: Context, phrase: Phrase) -> int | None:
    """"Дональд Трамп, президент США,", "Иванов, 45-летний директор школы" — a name, a comma
    (dash, bracket), maybe agreeing words, the role; a plural role after a list of names is each
    one's ("Иван Петров и Сергей Сидоров, заместители губернатора")."""
    if phrase.plural and phrase.counted:
        return None
    i = phrase.first - 1
    while i >= 0 and phrase.first - i <= 3 and filler(ctx, i, phrase.cases):
        i -= 1
    if i < 0:
        return None
    start = ctx.tokens[i + 1].start
    for index in range(len(ctx.mentions) - 1, -1, -1):
        m = ctx.mentions[index]
        if m.kind != "person" or m.stop > start:
            continue
        gap = APPOSITION_GAP.fullmatch(ctx.text, m.stop, start)
        if gap and not _predicate_after(ctx, phrase):
            index = _apposed_to(ctx, index, phrase)
            return plural_holders(ctx, phrase, index) if agrees(phrase, person_cases(ctx, index)) else None
        return None
    return None


_OF_WHOM = re.compile(f",{SPACE}([а-яё]+){SPACE}$")


def _apposed_to(ctx: Context, index: int, phrase: Phrase) -> int:
    """The name a second apposition after person mention ``index`` is on, where that person is
    the genitive of a noun in apposition to an earlier name: "Ли Пэн, соратник [Цзян Цзэминя],
    премьер Госсовета" and "Мишель Обама, жена [Барака Обамы], юрист" — the title is Ли Пэн's and
    Мишель Обама's; ``index`` otherwise."""
    m = ctx.mentions[index]
    noun = _OF_WHOM.search(ctx.text, max(0, m.start - 30), m.start)
    if noun is None or not any(p.tag.POS == "NOUN" and _norm_case(_cases(p.tag)) & phrase.cases
                               for p in ctx.parse(noun.group(1))[:2]):
        return index
    before = next((j for j in range(index - 1, -1, -1) if ctx.mentions[j].kind == "person"
                   and ctx.mentions[j].stop <= noun.start()), None)
    if before is None or not APPOSITION_GAP.fullmatch(ctx.text, ctx.mentions[before].stop, noun.start(1)):
        return index
    return before


_PREDICATES = frozenset({"VERB", "PRTS", "ADJS", "PRED"})


def _predicate_after(ctx: Context, phrase: Phrase) -> bool:
    """A verb right after the phrase makes it its clause's subject, no apposition to the name
    before the comma: "рассказал губернатор Хоценко, новый председатель будет избран"."""
    i = next_token(ctx, phrase.end)
    if i is None or not _is_word(ctx.tokens[i]) or ctx.text[phrase.end:ctx.tokens[i].start].strip():
        return False
    parses = ctx.parse(ctx.tokens[i].text.lower())
    return bool(parses) and parses[0].tag.POS in _PREDICATES


STOPS = frozenset(".!?;:»\"")


def _in_brackets(ctx: Context, phrase: Phrase) -> bool:
    """The phrase stands inside brackets opened on its line: "Андрей Лопатов (…, председатель
    правления банка «Клиентский»), Андрей Ватутин"."""
    start = ctx.tokens[phrase.first].start
    before = ctx.text[ctx.text.rfind("\n", 0, start) + 1:start]
    return before.count("(") > before.count(")")


def role_then_person_far(ctx: Context, phrase: Phrase) -> int | None:
    """"Сенатор от штата Алабама Джефф Сешнс", "депутат Госдумы от фракции ЛДПР Василий
    Тарасюк": the next name in the sentence, no verb, no other role and no sentence end
    between, the cases agreeing; not past the closing bracket of brackets the phrase stands in
    (the role of the name before them)."""
    if phrase.plural:
        return None
    bracketed = _in_brackets(ctx, phrase)
    i = index_from(ctx, phrase.end)
    for _ in range(15):
        if i is None or i >= len(ctx.tokens) or "\n" in ctx.text[phrase.end:ctx.tokens[i].start]:
            return None
        index = ctx.mention_at.get(i)
        if index is not None and ctx.mentions[index].kind == "person":
            cases = person_cases(ctx, index)
            return index if cases and phrase.cases & cases else None
        if index is not None:
            i = index_from(ctx, ctx.mentions[index].stop)
            continue
        token = ctx.tokens[i]
        if token.text in STOPS or bracketed and token.text == ")" or i in ctx.first_of or _is_word(token) and (
                verbal(ctx, i) or _head_parses(token.text, ctx.parse)):
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
        if i in ctx.covered and adjective_place(ctx, i):
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
            filler(ctx, i, frozenset({"gent"})) or _numeral(ctx, i)):
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
        if token.text not in ",—–-" and not lemmas & NAMING and not (_is_word(token) and predicate_word(ctx, j, False)):
            return None
        j -= 1
    return None


RULES: tuple[Callable[[Context, Phrase], int | None], ...] = (
    role_then_person, coordinated_role, person_then_role, role_is_person, person_is_role,
    role_then_person_far, person_dash_role, one_of, coordinated_after, listed_after,
)
# the rules that look for the holder after the role: the only ones for a relative's role
# ("дочь президента Нурсултана Назарбаева Дарига", ``link.kinship``)
FORWARD = frozenset({role_then_person, coordinated_role, role_then_person_far})
