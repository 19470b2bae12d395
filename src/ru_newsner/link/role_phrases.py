"""Role phrases ("генеральным директором АО «Омсктрансмаш»"): a position's head word, its
modifiers and complements, its title in the nominative and the organization tied to it. The
text is read through ``link.role_context``, the words through ``link.role_words``; the pairing
of a phrase with a person lives in :mod:`ru_newsner.link.pairing_rules` and
:mod:`ru_newsner.link.roles`."""

import re
from dataclasses import dataclass

from ..ner.parts import common_abbreviation
from ..ner.places import place_adjective_lemmas
from ..text.morph import inflected
from .agreement import attribute_of_another_word, attribute_of_next_word
from .boards import board_company, is_board
from .held_in import GENITIVE, joined_organization, named_at, organization_in, represented_in
from .kinship import relatives_role
from .no_positions import no_position
from .role_context import ACTING, ACTING_WORDS, CLOSE, LEGAL_LINK, OPEN, SPACE, Context, past_quotes
from .role_words import CASES, _adjective_parses, _cases, _fold, _head_parses, _is_word, _noun_in, _norm_case
from .workplace_words import CHAMBERS, DEPUTY, FOR_BODIES, NO_WORKPLACE, ORG_NOUNS, STATE_POSTS


PLACE_LINK = re.compile(f"{SPACE}(?:(?:в|во|при)(?!\\w){SPACE})?")   # "посол Ирландии в США"
# adjectives that belong to a position title ("главный редактор", "бывший министр")
MODIFIERS = frozenset("""
главный генеральный исполнительный первый старший младший бывший экс временный
действующий верховный финансовый технический коммерческий художественный спортивный
региональный федеральный государственный генеральный чрезвычайный полномочный
постоянный специальный официальный ответственный научный творческий операционный
военный городской политический почётный общественный королевский действительный наследный
ведущий окружной муниципальный санитарный внештатный
управлять
""".split())  # the second block: NEREL train's PROFESSION spans hold each at least as often as one
# stands before them ("военный" 12 to 3, "почётный" 8 to 0); "санитарный", "внештатный" of health titles;
# "управлять": the participle "управляющий" ("управляющий партнёр", "управляющий директор"), its lemma a verb


NAMED = frozenset({"имени", "прозвищу", "кличке", "фамилии"})  # "по имени …" names the holder


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
    plural_cases: frozenset[str] = frozenset()  # of the plural readings ("актрисы": nomn, accs)
    relatives: bool = False    # "дочь президента": held by the genitive name after it alone (``link.kinship``)
    counted: bool = False      # "один из экспертов", "два руководителя": one name may hold it
    former: bool = False       # "бывший министр", "экс-президент": ``title`` without it
    also: int | None = None    # a second organization: "нападающий «Реала» и [сборной Португалии]"


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
    last, i, nps, case = head, head + 1, 0, None
    tokens = ctx.tokens
    while i < len(tokens) and nps < 3:
        if case is not None and tokens[i].text in (",", "и"):  # "министр промышленности[,] торговли и …"
            j = _coordinated(ctx, i + 1, case)
            if j is None or tokens[i].text == "," and (j + 1 >= len(tokens) or tokens[j + 1].text not in (",", "и")):
                break
            last, i = j, j + 1
            continue
        if i in ctx.covered and not (place_adjective(ctx, i) or common_org(ctx, i)) \
                or not _is_word(tokens[i]) and tokens[i].text not in OPEN:
            break
        if ctx.text[tokens[last].stop:tokens[i].start].strip():
            break
        if tokens[i].text in OPEN:  # "направления «Инфраструктурное развитие»", "тренер «академиков»"
            close = _closing(ctx, i)
            if close is None:
                break
            last, i, case = close, close + 1, None  # no list after a quote: "режиссёр сериала «…» и фильма «…»"
            continue
        j, case = i, "gent"
        if _fold(tokens[i].text) == "по":
            if i + 1 < len(tokens) and _fold(tokens[i + 1].text) in NAMED:
                break  # "глава боевиков по имени Умалат Магомедов": the name, no topic
            j, case = i + 1, "datv"
        # adjectives then a noun, in ``case``
        while j < len(tokens) and (j not in ctx.covered or place_adjective(ctx, j)) and _is_word(tokens[j]) \
                and _adjective_parses(tokens[j].text, ctx.parse, {case}) \
                and (place_adjective(ctx, j) or not _noun_in(tokens[j].text, ctx.parse, case)):
            j += 1  # "армии боснийских сербов": a place adjective is an adjective here (no surname: "московского")
        if j == i and j < len(tokens) and j not in ctx.covered and common_abbreviation(tokens[j].text, ctx.parse):
            last, i, nps = j, j + 1, nps + 1  # "заместитель мэра по вопросам [ЖКХ]", "министр [АПК]"
            continue
        if not _complement_noun(ctx, j, case):
            break
        last, i, nps = j, j + 1, nps + 1
    return last


def _complement_noun(ctx: Context, j: int, case: str) -> bool:
    """A noun in ``case`` at token ``j``, not a word read first as a verb ("Режиссёрами фильма
    [стали] …": "стали" is no genitive of "сталь" there)."""
    tokens = ctx.tokens
    return j < len(tokens) and (j not in ctx.covered or common_org(ctx, j)) and _is_word(tokens[j]) \
        and not tokens[j].text[0].isupper() and _noun_in(tokens[j].text, ctx.parse, case) \
        and ctx.parse(tokens[j].text)[0].tag.POS not in ("VERB", "INFN")


def _coordinated(ctx: Context, j: int, case: str) -> int | None:
    """The noun ending a complement in ``case`` that starts at token ``j``, after "и" or a comma of
    a list ("министр промышленности, [торговли] и [развития] предпринимательства", "заместитель
    губернатора по промышленности, [транспорту] и [потребительскому рынку]"); None where none does,
    or where it is another position ("встреча министра обороны и министра иностранных дел")."""
    tokens = ctx.tokens
    while j < len(tokens) and j not in ctx.covered and _is_word(tokens[j]) \
            and _adjective_parses(tokens[j].text, ctx.parse, {case}) and not _noun_in(tokens[j].text, ctx.parse, case):
        j += 1
    if j < len(tokens) and j not in ctx.covered and common_abbreviation(tokens[j].text, ctx.parse):
        return j  # "министерство строительства и [ЖКХ]"
    if not _complement_noun(ctx, j, case) \
            or any(case in _norm_case(_cases(p.tag)) for p in _head_parses(tokens[j].text, ctx.parse)):
        return None  # "энергетики" is no position in the genitive singular
    return j


def place_adjective(ctx: Context, i: int) -> bool:
    """Token ``i`` is a place adjective tagged LOC: "российский", "московского", or one
    opening a sentence ("Южноафриканский президент Джейкоб Зума")."""
    index = ctx.covered.get(i)
    if index is None:
        return False
    m = ctx.mentions[index]
    if m.kind != "location" or " " in m.text:
        return False
    return m.text[:1].islower() or any(p.tag.POS == "ADJF" for p in ctx.parse(m.text.lower())[:1])


def _place_derived(ctx: Context, i: int) -> bool:
    """Token ``i`` is a lower-case adjective of a place that is no mention here ("испанской",
    which NEREL mostly reads as a nationality; the place adjectives' lists, either of them)."""
    word = ctx.tokens[i].text
    return word[:1].islower() and any(p.tag.POS == "ADJF" and p.normal_form in place_adjective_lemmas()
                                      for p in ctx.parse(word))


def common_org(ctx: Context, i: int) -> bool:
    """Token ``i`` is a one-word organization named by a common noun: "правительства" in
    "заместитель председателя правительства" belongs to the title."""
    index = ctx.covered.get(i)
    if index is None:
        return False
    m = ctx.mentions[index]
    return m.kind == "organization" and m.text.islower() and " " not in m.text


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


def _title(ctx: Context, first: int, head: int, last: int, head_parse, cases: set[str]) -> str:
    """The title in the nominative; its adjectives agree with the head in one of ``cases``
    (those of all the head's position readings: "первую … космонавта")."""
    gender = next((g for g in ("masc", "femn", "neut") if g in head_parse.tag), "masc")
    text = ctx.tokens[head].text
    lead = None  # "женщины-генпрокурора": the first part says the gender, and is declined too
    if "-" in text and _fold(head_parse.word) == _fold(text.rsplit("-", 1)[1]):
        lead = next((p for p in ctx.parse(text.rsplit("-", 1)[0]) if p.tag.POS == "NOUN" and "anim" in p.tag), None)
        if lead is not None and lead.tag.gender in ("masc", "femn"):
            gender = lead.tag.gender
    words = []
    for i in range(first, head):
        word = ctx.tokens[i].text
        parses = _adjective_parses(word, ctx.parse, cases)
        form = inflected(parses[0], frozenset({"nomn", "sing", gender})) if parses else None
        words.append(form or word.lower())
    nominative = inflected(head_parse, frozenset({"nomn", "sing"}))
    if ACTING.fullmatch(text):  # "и.о." as written
        form = text.lower()
    elif ACTING_WORDS.fullmatch(text):  # "временно исполняющим обязанности" → "временно исполняющий обязанности"
        *lead, participle, duties = text.lower().split()
        form = " ".join([*lead, nominative or participle, duties])
    else:
        form = nominative or text.lower()
    if "-" in text and _fold(head_parse.word) == _fold(text.rsplit("-", 1)[1]):
        part = (inflected(lead, frozenset({"nomn", "sing"})) if lead is not None else None) \
            or text.rsplit("-", 1)[0].lower()
        form = part + "-" + form  # "рок-музыканта" → "рок-музыкант", "женщины-генпрокурора" → "женщина-генпрокурор"
    words.append(form)
    title = " ".join(words)
    if last > head:
        title += ctx.text[ctx.tokens[head].stop:ctx.tokens[last].stop]
    return re.sub(r"\s+", " ", title)


def phrase_at(ctx: Context, head: int) -> Phrase | None:
    token = ctx.tokens[head]
    if head in ctx.covered or not _is_word(token) or len(token.text) < 3:
        return None
    parses = _head_parses(token.text, ctx.parse)
    if not parses or attribute_of_another_word(ctx.tokens, head, ctx.text, ctx.parse, parses) \
            or attribute_of_next_word(ctx.tokens, head, ctx.text, ctx.parse):
        return None
    if no_position(ctx, head, parses):
        return None
    cases = set()
    for p in parses:
        cases |= _norm_case(_cases(p.tag))
    first = _left(ctx, head, cases)
    last = _complements(ctx, head)
    end, organization, also = ctx.tokens[last].stop, None, None
    index = _organization_after(ctx, last)
    if index is None:
        index = organization_in(ctx, last)  # "директором в компании «Ромашка»"
    if index is not None:
        end = _more_places(ctx, past_quotes(ctx, ctx.mentions[index]))
        organization = index if (at := represented_in(ctx, parses[0], index)) is None else at  # "… России [в ООН]"
        also = joined_organization(ctx, index, end)
        if also is None:
            also = board_company(ctx, index)  # "председатель Совета директоров [«Башинформа»]"
        if also is not None:  # "нападающий «Реала» и [сборной Португалии]"
            end = max(end, past_quotes(ctx, ctx.mentions[also]))
    if organization is None:  # "начальник полиции": the organization inside the title
        organization = next((ctx.covered[i] for i in range(last, head, -1) if common_org(ctx, i)), None)
    if organization is not None and not _workplace(ctx, head, last, parses[0], organization):
        organization = also = None
    if organization is None and first > 0 and place_adjective(ctx, first - 1) \
            and not ctx.text[ctx.tokens[first - 1].stop:ctx.tokens[first].start].strip() \
            and _fold(parses[0].normal_form) in STATE_POSTS:
        organization = ctx.covered[first - 1]  # "российским президентом", "французского посла"
    singular = [p for p in parses if "plur" not in p.tag]
    title = _title(ctx, first, head, last, (singular or parses)[0], cases)
    candidate = _candidate_for(ctx, first)
    if candidate is not None:  # "кандидат в президенты": no president, and no workplace yet
        stop = end if organization is not None else ctx.tokens[last].stop  # "… в мэры Москвы"
        title = re.sub(r"\s+", " ", f"{candidate[1][0].normal_form} в {ctx.text[ctx.tokens[first].start:stop]}")
        first, organization, also, parses = candidate[0], None, None, candidate[1]  # it agrees with the holder
        cases = {c for p in parses for c in _norm_case(_cases(p.tag))}
        singular = [p for p in parses if "plur" not in p.tag]
    title, former = _former(title)
    if _quantified(ctx, first):  # "два руководителя РУСАДА: …", "один из экспертов ИИИ …"
        return Phrase(first, head, last, CASES, organization, end, title, plural=True, counted=True,
                      former=former, also=also)
    plural_cases = frozenset(c for p in parses if "plur" in p.tag for c in _norm_case(_cases(p.tag)))
    # one holder agrees with a singular reading: "мать спортсменки Даниела Липницкая" is no
    # "спортсменки" (nominative plural) holder; the plural readings serve a list (plural_cases)
    held = frozenset(c for p in singular for c in _norm_case(_cases(p.tag))) if singular else frozenset(cases)
    if "gent" in held and relatives_role(ctx.tokens, first, ctx.parse):
        return Phrase(first, head, last, held & {"gent"}, organization, end, title, plural=not singular,
                      relatives=True, former=former, also=also)
    return Phrase(first, head, last, held, organization, end, title, plural=not singular,
                  plural_cases=plural_cases, former=former, also=also)


_FORMER = re.compile(r"(?:бывш(?:ий|ая|ее|ие)|экс)(?:\s+|-)(?=\w)")


def _former(title: str) -> tuple[str, bool]:
    """"бывший министр обороны" → ("министр обороны", True): what the position is, apart from
    the text's saying it is held no more."""
    m = _FORMER.match(title)
    return (title, False) if m is None else (title[m.end():], True)


def _candidate_for(ctx: Context, first: int) -> tuple[int, list] | None:
    """The token of "кандидат" and its parses when the phrase from token ``first`` is what a
    candidate stands for ("кандидатом в [президенты]", "кандидата в [мэры Москвы]"), else None."""
    if first < 2 or _fold(ctx.tokens[first - 1].text) != "в" \
            or ctx.text[ctx.tokens[first - 2].stop:ctx.tokens[first].start].strip() != "в":
        return None
    word = ctx.tokens[first - 2].text
    parses = [p for p in ctx.parse(word.lower()) if p.normal_form in ("кандидат", "кандидатка")]
    return (first - 2, parses) if parses else None


QUANTIFIERS = frozenset("два две три четыре оба обе".split())
ONE_OF = re.compile(f"(?:один|одна|одного|одной|одним|одному|одну){SPACE}из{SPACE}$", re.I)


def _numeral(ctx: Context, i: int) -> bool:
    """Token ``i`` counts: "два", "пять", "несколько", "5" (a cardinal governs the noun's case)."""
    word = _fold(ctx.tokens[i].text)
    if word in QUANTIFIERS or word == "несколько" or word.isdigit():
        return True
    return any(p.tag.POS == "NUMR" and "nomn" in p.tag for p in ctx.parse(word))  # not "двух генералов"


def _quantified(ctx: Context, first: int) -> bool:
    """A numeral before the phrase governs its case, not the holder's: "два бывших
    руководителя", "один из экспертов"."""
    if first > 0 and _numeral(ctx, first - 1) \
            and not ctx.text[ctx.tokens[first - 1].stop:ctx.tokens[first].start].strip():
        return True
    return ONE_OF.search(ctx.text, max(0, ctx.tokens[first].start - 20), ctx.tokens[first].start) is not None


# "депутат от «Единой России»", 'гендиректор ОАО "Башкирэнерго"' (NEREL's organization is the
# quoted name), "руководителя ''Samsung Electronics''" (wiki italics)
ORG_LINK = re.compile(f"{SPACE}(?:от(?!\\w){SPACE})?(?:(?:[«\"„“]|''){SPACE})?")  # not "[от]дела"


def _organization_after(ctx: Context, last: int) -> int | None:
    """The ORG/LOC mention right after the phrase's last token: adjacent, quoted, after
    "от" ("сенатор от Техаса"), or after a place adjective ("полузащитник московского
    «Спартака»" → «Спартак»; "испанской «Барселоны»", whose adjective is no mention), or after
    genitive adjectives the name leaves out ("председателем правящей Либерально-демократической
    партии Японии")."""
    link = ORG_LINK.match(ctx.text, ctx.tokens[last].stop)
    i = ctx.token_at.get(link.end())
    index = ctx.mention_at.get(i) if i is not None else None
    if index is None and (legal := LEGAL_LINK.match(ctx.text, ctx.tokens[last].stop)):
        i = ctx.token_at.get(legal.end())  # a legal form outside the name: 'ОАО "Башкирэнерго"'
        index = ctx.mention_at.get(i) if i is not None else None
    if i is not None and (place_adjective(ctx, i) if index is not None else _place_derived(ctx, i)):
        after = ORG_LINK.match(ctx.text, ctx.mentions[index].stop if index is not None else ctx.tokens[i].stop)
        j = ctx.token_at.get(after.end()) if "от" not in after.group() else None
        nxt = ctx.mention_at.get(j) if j is not None else None
        if nxt is not None and ctx.mentions[nxt].kind == "organization":
            return nxt
    if index is None and i is not None and "от" not in link.group():
        index = named_at(ctx, i, GENITIVE)
    if index is None or ctx.mentions[index].kind not in ("organization", "location"):
        return None
    return index


def _workplace(ctx: Context, head: int, last: int, head_parse, organization: int) -> bool:
    """Whether the ORG/LOC right after the phrase is the head's workplace."""
    lemma = _fold(head_parse.normal_form)
    org = ctx.mentions[organization]
    if lemma in NO_WORKPLACE and not (lemma in FOR_BODIES and org.kind == "organization") \
            and not (lemma == "член" and (CHAMBERS.match(org.text) or is_board(org.text)
                                          or last > head and is_board(ctx.text, ctx.tokens[head + 1].start))):
        return False
    first = ctx.parse(org.text.split()[0]) if org.text.split() else ()
    if " " not in org.text and first and first[0].tag.POS == "ADJF" and ctx.text[org.start - 1:org.start] not in OPEN:
        return False  # "Папа римский", "герцог Кембриджский"; a quoted name is one ("группы «Блестящие»")
    inside = range(head + 1, last + 1)
    if org.kind == "location" and any(
            _fold(p.normal_form) in ORG_NOUNS for i in inside for p in ctx.parse(ctx.tokens[i].text)[:1]):
        return False
    # a position in the complement ("заместитель [председателя]") takes the place after it
    # ("заместитель министра транспорта России" does not work for Russia), not an organization
    # ("заместитель председателя Комитета Госдумы по науке" works there; NEREL train: 23 of 25
    # such pairs); "министр энергетики РФ" holds no position ("энергетики" is no genitive of
    # "энергетик")
    nested = org.kind == "location" and any(
        _norm_case(_cases(p.tag)) & {"gent", "datv"} for i in inside for p in _head_parses(ctx.tokens[i].text, ctx.parse))
    return not nested or lemma in DEPUTY
