"""The adjacent-pattern rules that pair a role phrase with a person ("генеральным директором
АО «Омсктрансмаш» Василием Ковалевым", "Трамп, президент США", "Иванов был назначен
министром"), tried in the order of ``RULES`` by :func:`ru_newsner.link.roles.rule_pass`. Each
takes (context, phrase) and returns the person mention index(es) or None; case agreement
between the phrase's head and the name gates them."""

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from .coordination import coordinated_after, coordinated_role
from .name_lists import linked_list, listed_after, person_after, person_at, person_list, plural_holders
from .pronouns import PRONOUNS, said_of, subject_left_out, unnamed_subject, verb_gender
from .role_context import SPACE, Context
from .role_phrases import Phrase, phrase_at
from .role_words import _cases, _fold, _head_parses, _is_word, _norm_case, agrees, person_cases

DASH_GAP = re.compile(f"{SPACE}(?:[-–—:]{SPACE})?")          # "редактор - Сусликов"
# "Трамп, президент США"; a bracketed gloss or note may come first ("Крессида Дик (Cressida Dick),
# бывший руководитель", "Иван Петров (45 лет), директор школы"), not a year alone (a prize's:
# "премии Соннинга (1981), почётный доктор …")
APPOSITION_GAP = re.compile(f"(?:{SPACE}\\((?!\\d{{4}}\\))[^()\\n]{{1,60}}\\))?{SPACE}(?:,|[-–—]|\\(){SPACE}")
# words between a name and an instrumental role: "Иванов был назначен министром"
PREDICATE = frozenset("""
быть являться стать становиться назначить назначать избрать избирать выбрать работать служить
занимать занять остаться оставаться проработать пост должность позиция ранее сейчас теперь
также тогда уже еще же который которая кто время настоящий данный момент накануне сегодня
вчера впоследствии позже прошлое молодость бессменный уволить покинуть покидать уйти
уходить приступить работа считаться прославиться как качество лишиться сложить утвердить
освободить отставка год новый исполнять обязанность
""".split())  # "исполнять обязанность": "Руснок исполнял обязанности [министра промышленности]", NEREL's title
PREPOSITIONS = frozenset({"на", "с", "со", "от", "в", "из"})
POST = frozenset({"пост", "посту", "поста", "должность", "должности", "позиции", "позицию", "качестве", "обязанности"})


def _next_token(ctx: Context, offset: int) -> int | None:
    i = bisect_left(ctx.starts, offset)
    return i if i < len(ctx.tokens) else None


CONJUNCTIONS = frozenset({"и", "или", "а", "но"})


def _filler(ctx: Context, i: int, cases: frozenset[str]) -> bool:
    """A word that may stand between a role and a name: "54-летний", "канадец", "новым"."""
    token = ctx.tokens[i]
    if i in ctx.covered:
        return _adjective_place(ctx, i)
    if token.text[0].isdigit():
        return "-" in token.text
    if not _is_word(token) or token.text[0].isupper() or _fold(token.text) in CONJUNCTIONS:
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
            i = _index_from(ctx, nxt.end)
            if i is None:
                return None
            continue
        if not _filler(ctx, i, phrase.cases):
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
    i = _next_token(ctx, phrase.end)
    if i is None or not _is_word(ctx.tokens[i]) or ctx.text[phrase.end:ctx.tokens[i].start].strip():
        return False
    parses = ctx.parse(ctx.tokens[i].text.lower())
    return bool(parses) and parses[0].tag.POS in _PREDICATES


AGENT = frozenset({"назначить", "избрать", "утвердить", "освободить", "уволить", "назвать", "сменить"})


# a source named ("по словам Торреса", "по мнению Иванова"): no subject of the sentence
ATTRIBUTION = re.compile(f"(?:^|(?<=\\W))[Пп]о{SPACE}(?:словам|мнению|данным|сведениям|информации|оценке|подсчетам|"
                         f"подсчётам|версии|утверждению|заявлению|признанию){SPACE}$")


def person_is_role(ctx: Context, phrase: Phrase) -> int | None:
    """"Иванов был назначен министром", "Иванов, который занимал пост министра", "Иванов —
    российский актёр" (same sentence; predicate words, dates, adjectives, one comma and a
    dash may stand between); a plural role is each one's of a list of names ("Иванка Трамп и
    Джаред Кушнер являются советниками"); "он"/"она" stands for the person it names
    (``link.pronouns``: "… В 2007—2014 годах он был президентом Израиля")."""
    if phrase.plural and phrase.counted:
        return None
    post = phrase.first > 0 and _fold(ctx.tokens[phrase.first - 1].text) in POST
    wanted = {"ablt"} | ({"gent"} if post else set())
    i, dash, comma, gender = phrase.first - 1, False, False, None
    for _ in range(9):
        if i < 0 or ctx.tokens[i].text in ".!?" or "\n" in ctx.text[ctx.tokens[i].stop:ctx.tokens[phrase.first].start]:
            return _left_out_holder(ctx, phrase, gender, wanted)  # "Был президентом …": no subject
        token = ctx.tokens[i]
        if i in ctx.covered:
            m = ctx.mentions[ctx.covered[i]]
            if m.kind == "date" or _adjective_place(ctx, i):
                i = _index_from(ctx, m.start) - 1
                continue
            if m.kind != "person" or ATTRIBUTION.search(ctx.text, max(0, m.start - 30), m.start):
                return None  # "По словам Торреса, … пожарным удалось": the source, not the holder
            if not phrase.cases & (wanted | ({"nomn"} if dash else set())):
                return None
            return plural_holders(ctx, phrase, ctx.covered[i])
        if token.text.lower() in PRONOUNS:  # "В 2007—2014 годах он был президентом Израиля"
            holder = said_of(ctx, i)
            cases = wanted | ({"nomn"} if dash else set())  # "Он — директор «Ромашки»"
            return holder if holder is not None and phrase.cases & cases and not phrase.plural else None
        if token.text in "—–-" and not dash and not comma:
            dash = True
        elif token.text == "," and not comma and not dash:
            comma = True
        elif token.text[0].isdigit():
            pass
        elif not _is_word(token) or not _predicate(ctx, i, dash):
            # "Стал генералом, работал министром", "После ухода с госслужбы работал адвокатом": a
            # subject left out of the whole sentence
            return _left_out_holder(ctx, phrase, gender, wanted) if subject_left_out(ctx, i) else None
        else:
            gender = gender or verb_gender(ctx.parse, token.text)
        i -= 1
    return None


def _left_out_holder(ctx: Context, phrase: Phrase, gender: str | None, wanted: set[str]) -> int | None:
    """The article's person a sentence with its subject left out is about (``link.pronouns``),
    of the gender of the past verb before the phrase, when the phrase's case is a predicate's."""
    if gender is None or phrase.plural or not phrase.cases & wanted:
        return None
    return unnamed_subject(ctx.mentions, gender, ctx.tokens[phrase.first].start)


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
    """"Финансовым директором Facebook назначен Дэвид Эберсман": a linking verb, then its
    subject (a name that can be nominative). With no verb between, the name right after is
    the role's apposition ("с главным менеджером Соной Ованнисян") or the object of the
    naming before ("назначив исполняющим обязанности Сергея Цивилёва", "назначение лидером
    Фазлуллы"); else it names whose role it is ("назначен советником президента Дмитрия
    Медведева")."""
    if phrase.plural:
        return linked_list(ctx, phrase)  # "Режиссёрами фильма стали Иван Петров и Анна Смирнова"
    if "ablt" not in phrase.cases:
        return None
    if _naming_before(ctx, phrase) and (named := _named_object(ctx, phrase)) is not None:
        return named
    i, linked = _next_token(ctx, phrase.end), False
    for _ in range(4):
        if i is None or i >= len(ctx.tokens) or "\n" in ctx.text[phrase.end:ctx.tokens[i].start]:
            return None
        if i in ctx.mention_at:
            index = ctx.mention_at[i]
            if ctx.mentions[index].kind != "person":
                return None
            cases = person_cases(ctx, index)
            if linked:
                return index if cases is None or "nomn" in cases else None
            return index if agrees(phrase, cases) or _naming_before(ctx, phrase) else None
        token = ctx.tokens[i]
        apposed = _nominative_phrase_at(ctx, i) if linked else None
        if apposed is not None:  # "назначен [первый заместитель мэра] Максим Кудрявцев"
            i = _next_token(ctx, apposed.end)
            continue
        if _filler(ctx, i, frozenset({"nomn"})):  # "назначен 34-летний Максим Орешкин"
            i += 1
            continue
        lemmas = {_fold(p.normal_form) for p in ctx.parse(token.text)} if _is_word(token) else set()
        if not lemmas & {"назначить", "избрать", "стать", "быть", "являться", "назначаться"}:
            return None
        i, linked = i + 1, True
    return None


def _nominative_phrase_at(ctx: Context, i: int) -> Phrase | None:
    """The role phrase that opens at token ``i`` (its head at most two words on) and can be
    nominative: the subject's own title, between a linking verb and the name."""
    for j in range(i, min(i + 3, len(ctx.tokens))):
        phrase = phrase_at(ctx, j)
        if phrase is not None:
            return phrase if phrase.first == i and "nomn" in phrase.cases else None
    return None


NAMING_ACTS = frozenset({"назначение", "избрание", "утверждение"})
_OBJECT_REACH = 12  # tokens: "назначил [временным губернатором] Московской области единоросса Андрея Воробьёва"


def _named_object(ctx: Context, phrase: Phrase) -> int | None:
    """The person an active verb of naming names to the role before it, further on in its
    clause: "назначил [руководителем] Федеральной службы … и.о. главы ведомства 30-летнего Ивана
    Муравьева", "назначил [начальником] Генерального штаба … генерал-лейтенанта Григория
    Педченко" (the agent, before the verb, holds no role). Names, organizations and places, and
    nouns and adjectives may come between; no verb, conjunction or punctuation. The name must
    be able to be accusative."""
    i = _next_token(ctx, phrase.end)
    for _ in range(_OBJECT_REACH):
        if i is None or i >= len(ctx.tokens) or "\n" in ctx.text[phrase.end:ctx.tokens[i].start]:
            return None  # the text's end, or a line's
        if i in ctx.mention_at:
            index = ctx.mention_at[i]
            m = ctx.mentions[index]
            if m.kind == "person":
                cases = person_cases(ctx, index)
                return index if cases is None or "accs" in cases else None
            i = _next_token(ctx, m.stop)
            continue
        token = ctx.tokens[i]
        if not (_is_word(token) or token.text[0].isdigit()) or _fold(token.text) in CONJUNCTIONS:
            return None
        if _verbal(ctx, i):
            return None
        i += 1
    return None


def _naming_before(ctx: Context, phrase: Phrase) -> bool:
    """An active verb of naming or its noun right before the role: "назначил [министром]",
    "назначение [лидером]" (not the passive "назначен", whose subject is named already)."""
    if phrase.first == 0 or not _is_word(ctx.tokens[phrase.first - 1]):
        return False
    parses = ctx.parse(ctx.tokens[phrase.first - 1].text)
    return bool(parses) and (parses[0].tag.POS in ("VERB", "INFN", "GRND") and _fold(parses[0].normal_form) in AGENT
                             or _fold(parses[0].normal_form) in NAMING_ACTS)


VERBAL = frozenset({"VERB", "INFN", "PRTS", "GRND"})
STOPS = frozenset(".!?;:»\"")


def _verbal(ctx: Context, i: int) -> bool:
    parses = ctx.parse(ctx.tokens[i].text)
    return bool(parses) and parses[0].tag.POS in VERBAL


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
        if token.text in STOPS or bracketed and token.text == ")" or i in ctx.first_of or _is_word(token) and (
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
    role_then_person, coordinated_role, person_then_role, role_is_person, person_is_role,
    role_then_person_far, person_dash_role, one_of, coordinated_after, listed_after,
)
# the rules that look for the holder after the role: the only ones for a relative's role
# ("дочь президента Нурсултана Назарбаева Дарига", ``link.kinship``)
FORWARD = frozenset({role_then_person, coordinated_role, role_then_person_far})
