"""The rules that pair a role with a person through a predicate: the name is the subject of a
linking verb before an instrumental role ("Иванов был назначен министром", "Иванов, который
занимал пост министра", "он был президентом"), the subject after it ("Финансовым директором
Facebook назначен Дэвид Эберсман") or the object of an active naming ("назначил руководителем
… Ивана Муравьева"). Part of ``link.pairing_rules.RULES``."""

import re

from .name_lists import linked_list, plural_holders
from .pronouns import PRONOUNS, said_of, subject_left_out, unnamed_subject, verb_gender
from .role_context import SPACE, Context, index_from, next_token
from .role_phrases import Phrase, phrase_at
from .role_words import CONJUNCTIONS, _fold, _is_word, adjective_place, agrees, filler, person_cases, verbal

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
            if m.kind == "date" or adjective_place(ctx, i):
                i = index_from(ctx, m.start) - 1
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
        elif not _is_word(token) or not predicate_word(ctx, i, dash):
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


def predicate_word(ctx: Context, i: int, dash: bool) -> bool:
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
    i, linked = next_token(ctx, phrase.end), False
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
            i = next_token(ctx, apposed.end)
            continue
        if filler(ctx, i, frozenset({"nomn"})):  # "назначен 34-летний Максим Орешкин"
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
    i = next_token(ctx, phrase.end)
    for _ in range(_OBJECT_REACH):
        if i is None or i >= len(ctx.tokens) or "\n" in ctx.text[phrase.end:ctx.tokens[i].start]:
            return None  # the text's end, or a line's
        if i in ctx.mention_at:
            index = ctx.mention_at[i]
            m = ctx.mentions[index]
            if m.kind == "person":
                cases = person_cases(ctx, index)
                return index if cases is None or "accs" in cases else None
            i = next_token(ctx, m.stop)
            continue
        token = ctx.tokens[i]
        if not (_is_word(token) or token.text[0].isdigit()) or _fold(token.text) in CONJUNCTIONS:
            return None
        if verbal(ctx, i):
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
