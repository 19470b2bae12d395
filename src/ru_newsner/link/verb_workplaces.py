"""Workplaces a verb gives, with no position named: "Квирикашвили возглавлял правительство Грузии",
"Малышков руководил департаментом потребрынка", "Роналду не будет играть за сборную Португалии",
"Павел служил в Нацгвардии".

The sentence's dependency tree (natasha's slovnet parser, as for ``link.role_paths``) decides: the
person is the verb's subject (``nsubj``), or the noun a participle modifies ("Уоррен Баффет,
возглавляющий конгломерат"); the organization (an ORG or LOC mention, the outermost where they
nest) is the verb's object for "возглавлять", "руководить", its oblique after "за" for "играть",
"выступать" and after "в" for "служить" and "работать" (and "на" for "работать": "работал на
«Первом канале»", no pair on NEREL either way), also where the parser hangs it on the position the
verb takes ("работает стажером [в компании «Омскавтотранс»]"; none on NEREL; a position of the
lexicon holds it itself, ``link.held_in``). On NEREL train these pairs are a WORKPLACE (also
through the person's profession) 14 times in 16 where no role gave the pair; "работать в" takes an
organization only (a place: 8 of 12 wrong, "работал в Индии"; an organization: 9 of 13 right,
"Хансен работал в компании Opera", and the wrong ones mostly NEREL's silence, "консультантом в
магазине ''Gucci''"); so do "присоединиться к", "тренировать", "преподавать в" (4 of 4 right:
"Хансен присоединился к Mozilla", "Веркотерен тренировал «Спортинг»"); the perfectives "сыграть
за", "выступить за" and "забить за" ("забил 5 голов за «Ювентус»") and "поиграть за" as "играть
за", and any verb's subject is a member of the organization it is "в составе" of, as "за" says
("выступал в составе «Зенита»", "В 2017 году в составе «Реала» он выиграл чемпионат"; train 1 pair
more, right), "проработать в" as "работать в" (no
pair on train or dev either way: "Эберсман проработал в Genentech"); "представлять в" a
parliament's chamber ("Сешнс представляет Алабаму в Сенате", "Габбард, представляющая в Конгрессе
штат Гавайи"; train and dev 3 pairs more, all right), not a court ("представлял интересы компании
в суде"); "основать" was left out, and "перейти в", "вступить в", "состоять в" (no pair on train
to judge them by). An infinitive takes its governing verb's subject ("Грин начал работать в
HSBC"), and so do an adverbial participle ("Выступая за «Сибирь», Тарасенко забросил"; train 1
pair more, right), a participle on the title a name stands beside ("представитель Чехии Милан
Томашик, выступающий за шведский клуб «Дален»"; train 6 pairs more, 5 right) and a verb in a row
of them with no subject of its own ("Кеннеди родилась …, окончила …, работала в Госдепартаменте");
an organization coordinated with the verb's one is one too ("в Госдепартаменте и [Министерстве
здравоохранения]"; the two: 3 pairs more on dev and 1 on train, all right); a name in apposition
to the subject is it ("тренер Франк Веркотерен возглавил «Спортинг»"), and so is a name
coordinated with the subject on its side of the verb ("Пейдж и [Брин] возглавляли Google"; not
"A и B работали в институте, [C] — в компании", whose verb is left out; train 3 pairs more, 2
annotated); for the verbs of heading
the roles may be swapped, the organization the subject and the person the object ("Центральный
банк Италии возглавляет Марио Драги", or the parser's reading of an undeclined name so: train one
pair more, right); a negated verb gives none ("Кудрин не собирается работать в правительстве"). A
verb of heading also pairs the organization a clause is on with the clause's person: a passive
participle's agent ("РСП, возглавляемый Никитой Михалковым"), a relative clause's subject
("партия, которую возглавляет Чинават"); NEREL train: 3 pairs more, all right. A participle after
"A и B," is B's, though the parser hangs it on A. A subject "он"/"она" stands for the one person
of its gender named before it in its sentence or the one before, and a sentence opened by a past
verb with no subject ("Преподавал русский язык в Высшей партийной школе") is about the article's
person of the verb's gender (``link.pronouns.unnamed_subject``; train and dev: 4 pairs more, all
right, 3 of them NEREL's with other bounds of the organization's name). A hire gives one too ("пригласили
на работу в Голливуд"), and so does "во главе" an organization or a country with no "с" after it,
for the subject of the verb it hangs on or the person ("Во главе «Ромашки» стоит Иван Петров",
"Братушек станет первой женщиной во главе правительства Словении"; NEREL train: 2 pairs more, one
annotated, the other "Шмидт останется во главе совета директоров"). Only sentences holding such a
verb, an organization and a person (or a pronoun after a sentence naming one, or no subject) are
parsed.
"""

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from ..records.relations import Role
from .pronouns import PRONOUNS, antecedent, unnamed_subject, verb_gender
from .role_paths import MAX_WORDS, Parser, Sentences

# the persons of a sentence and the one before it, where it holds "он"/"она"; the person its
# left-out subject stands for
Others = tuple[list[int] | None, int | None]
from .workplace_words import LEGISLATURES

# verb lemma -> (the organization's relation to it, the prepositions it may take; none for an
# object); an instrumental object the parser also calls an oblique ("руководившая [Рособрнадзором]")
VERBS = {
    "возглавлять": ("obj", ()), "возглавить": ("obj", ()), "руководить": (("obj", "obl"), ()),
    "управлять": (("obj", "obl"), ()),
    "играть": ("obl", ("за",)), "сыграть": ("obl", ("за",)), "выступать": ("obl", ("за",)),
    "выступить": ("obl", ("за",)), "забить": ("obl", ("за",)), "служить": ("obl", ("в",)),
    "работать": ("obl", ("в", "на")), "трудиться": ("obl", ("в", "на")), "проработать": ("obl", ("в", "на")),
    "поиграть": ("obl", ("за",)), "представлять": ("obl", ("в",)),
    "присоединиться": ("obl", ("к",)), "тренировать": ("obj", ()), "преподавать": ("obl", ("в",)),
}
# verbs of heading: the organization may be their subject and the person their object
HEADING = frozenset({"возглавлять", "возглавить", "руководить", "управлять"})
# verbs whose workplace is an organization only ("работал в Индии" names no workplace)
ORGANIZATIONS_ONLY = frozenset({"работать", "трудиться", "проработать", "присоединиться", "тренировать", "преподавать"})
_VERB_POS = frozenset({"VERB", "INFN", "PRTF", "GRND"})
_STEMS = re.compile(r"(?i)(?<!\w)(?:возглав|руковод|управля|труди|трудя|игра|сыгра|выступ|забил|забьет|забьёт|"
                    r"служ|работа|проработа|поигра|присоедин|тренир|препода|представля)\w*")


def _lemma(word: str, parse) -> str | None:
    return next((p.normal_form for p in parse(word.lower())[:2]
                 if p.tag.POS in _VERB_POS and p.normal_form in VERBS), None)


_JOINED = ("appos", "flat:foreign", "flat", "conj")


def _on_the_verbs(tree: list[tuple[int, str]], h: int | None, v: int, relation) -> int | None:
    """The word up to two apposition, name or conjunct links above ``h`` that stands in ``relation``
    to the verb ``v`` ("возглавляющий компанию [Berkshire Hathaway]", "в Госдепе и [Минздраве]", "в
    хедж-фонде … и в военной корпорации [Lockheed Martin]"), or ``h`` itself."""
    up = h
    for _ in range(2):
        if up is None or tree[up][1] not in _JOINED or tree[up][0] < 0:
            break
        up = tree[up][0]
        if _attached(tree, up, v, relation):
            return up
    return h


def _gerund(word: str, parse) -> bool:
    return any(p.tag.POS == "GRND" for p in parse(word.lower())[:2])


def _head(words: list[tuple[int, int]], tree: list[tuple[int, str]], start: int, stop: int) -> int | None:
    """The word of a mention whose head lies outside it."""
    inside = [k for k, (a, b) in enumerate(words) if start <= a and b <= stop]
    return next((k for k in inside if tree[k][0] not in inside), None)


def _person_words(words, tree, person) -> list[int]:
    """The words standing for ``person`` in the tree: its head word, and the noun it is in
    apposition to ("тренер Франк Веркотерен возглавил": "тренер" is the subject)."""
    h = _head(words, tree, person.start, person.stop)
    if h is None:
        return []
    return [h, tree[h][0]] if tree[h][1] == "appos" and tree[h][0] >= 0 else [h]


_RELATIVE = frozenset({"который", "которая", "которые"})


def _relative_subject(text: str, words: list[tuple[int, int]], tree: list[tuple[int, str]], v: int) -> bool:
    """The verb ``v``'s subject is "который": a second subject the parser gives it is its object
    ("Петров, который возглавляет «Роснефть»": an inanimate accusative reads as a nominative)."""
    return any(tree[c] == (v, "nsubj") and text[a:b].lower() in _RELATIVE for c, (a, b) in enumerate(words))


def _heads_of(tree: list[tuple[int, str]], v: int, stands: dict[int, list[int]], h: int) -> list[int]:
    """The persons heading the organization whose head word is ``h`` through a clause on it: a
    passive participle with the person its agent ("РСП, возглавляемый Никитой Михалковым"), or a
    relative clause with the person its subject ("партия «Пхыа Тхаи», которую возглавляет Чинават")."""
    governor, relation = tree[v]
    if relation not in ("acl", "acl:relcl") or governor not in (h, tree[h][0] if tree[h][1] == "appos" else h):
        return []
    roles = ("obl:agent", "obl") if relation == "acl" else ("nsubj",)
    return [p for p, at in stands.items() if at and tree[at[0]][0] == v and tree[at[0]][1] in roles]


def _nearest_conjunct(tree: list[tuple[int, str]], stands: dict[int, list[int]], p: int, v: int) -> int:
    """The person a participle after "A и B," modifies: B, the conjunct nearest before it, where
    the parser hangs it on A ("Гвардиола и Жозе Моуринью, тренирующий «Реал»")."""
    later = [(at[0], q) for q, at in stands.items() if at and tree[at[0]] == (stands[p][0], "conj") and at[0] < v]
    return max(later)[1] if later else p


def _attached(tree: list[tuple[int, str]], h: int, v: int, relation: str | tuple[str, ...]) -> bool:
    """Word ``h`` stands in ``relation`` (or one of them) to the verb ``v``, or, for an oblique,
    hangs on the position the verb takes in the instrumental ("работает стажером [в компании]":
    the parser hangs the place of work on the position)."""
    relations = (relation,) if isinstance(relation, str) else relation
    if tree[h][0] == v and tree[h][1] in relations:
        return True
    head = tree[h][0]
    return relations == ("obl",) and tree[h][1] == "nmod" and head >= 0 and tree[head] in ((v, "xcomp"), (v, "obl"))


# a hire: "пригласили на работу в Голливуд", "поступил на службу в"
_HIRE = re.compile(r"(?<![\w-])[Нн]а[ \xa0]+(работу|службу)[ \xa0]+(?:в|во)[ \xa0]+[«\"„]?")
_WHICH = frozenset({"который", "которого", "которому", "которым", "которая", "которую", "которой",
                    "которые", "которых", "которыми"})


def _hired(text: str, words, tree, organizations: list[int], hires: dict[int, int], mentions: Sequence,
           stands: dict[int, list[int]]) -> list[Role]:
    """The organizations after "на работу в" that the verb governing "работу" hires its subject
    or object into ("[Машкова] пригласили на работу в Голливуд", "[Хабиров] был приглашен на
    работу в Кремль"; a relative pronoun stands for the noun its clause is on: "[Сагитова],
    которого перевели на работу в мэрию Уфы"). NEREL train: the organization after "на работу в"
    is the WORKPLACE of the person hired in each of the 5 sentences that name both."""
    found = []
    for o in organizations:
        w = next((i for i, (a, _) in enumerate(words) if a == hires[mentions[o].start]), None)
        v = tree[w][0] if w is not None else -1
        if v < 0 or v > 0 and text[words[v - 1][0]:words[v - 1][1]].lower() == "не":
            continue
        governors = {v} | ({tree[v][0]} if tree[v][1] == "xcomp" and tree[v][0] >= 0 else set())
        hired = {c for c, (head, rel) in enumerate(tree) if head in governors and rel in ("nsubj", "nsubj:pass", "obj")}
        if tree[v][1] == "acl:relcl" and any(text[words[c][0]:words[c][1]].lower() in _WHICH for c in hired):
            hired.add(tree[v][0])  # "Сагитова, которого перевели": the clause's noun
        a, b = words[v]
        found += [Role(person=p, title=None, start=a, stop=b, text=text[a:b], organization=o)
                  for p, at in stands.items() if hired & set(at)]
    return found


def _said_of(text: str, words, tree, governors: set[int], mentions: Sequence, others: "Others") -> list[int]:
    """The person a pronoun subject of the verb stands for (``link.pronouns``; NEREL train and dev:
    8 of 10 organizations after "он"/"она" and a verb of work are a WORKPLACE), or with no subject
    at all the person a sentence opened by a past verb is about ("Преподавал в Высшей партийной
    школе")."""
    before, unnamed = others
    if before is None and unnamed is None:
        return []
    for c, (head, rel) in enumerate(tree):
        if rel in ("nsubj", "nsubj:pass") and head in governors:
            p = antecedent(mentions, before or (), text[words[c][0]:words[c][1]], words[c][0])
            return [] if p is None else [p]
    return [] if unnamed is None else [unnamed]


def _subjects(text: str, words, tree, v: int, stands: dict[int, list[int]], parse) -> tuple[set[int] | None, list[int]]:
    """The words whose subject is the verb ``v``'s (None where one is negated: "Кудрин не
    собирается работать в правительстве") and the persons standing as it: the verb's subject, or
    its governor's when it is an infinitive after one ("Грин начал работать в HSBC"), a verb in a
    row with no subject of its own, an adverbial participle's clause; the noun a participle is on;
    with each subject the persons coordinated with it."""
    a, b = words[v]
    governors = {v} | ({tree[v][0]} if tree[v][1] == "xcomp" and tree[v][0] >= 0 else set())
    if tree[v][1] == "conj" and tree[v][0] >= 0 and (v, "nsubj") not in tree:
        governors.add(tree[v][0])  # "Кеннеди родилась …, работала в …": the first verb's subject
    if tree[v][1] == "advcl" and tree[v][0] >= 0 and _gerund(text[a:b], parse):
        governors.add(tree[v][0])  # "Выступая за «Сибирь», Тарасенко забросил …": the clause's subject
    if any(g > 0 and text[words[g - 1][0]:words[g - 1][1]].lower() == "не" for g in governors):
        return None, []
    heads = {h for at in stands.values() for h in at if tree[h][1] == "nsubj" and tree[h][0] in governors}
    # and those coordinated with them on the same side of the verb: "[Иван Петров] и [Сергей Сидоров]
    # работали в «Газпроме»", not the subject of a clause whose verb is left out ("A и B работали
    # в институте, [C] — в компании")
    subjects = [p for p, at in stands.items() if at and any(
        h in heads or tree[h][1] == "conj" and tree[h][0] in heads and (h < v) == (tree[h][0] < v) for h in at)]
    subjects += [_nearest_conjunct(tree, stands, p, v) for p, at in stands.items()
                 if at and tree[v][1].startswith("acl") and tree[v][0] in at and p not in subjects]
    return governors, subjects


def _doers(text: str, words, tree, v: int, stands: dict[int, list[int]], parse, mentions: Sequence,
           others: Others) -> list[int] | None:
    """The persons doing verb ``v``: its subjects (``_subjects``), or the one a pronoun subject or a
    subject left out stands for (``_said_of``); None where the verb is negated."""
    governors, persons = _subjects(text, words, tree, v, stands, parse)
    if governors is None:
        return None
    return persons or _said_of(text, words, tree, governors, mentions, others)


# "во главе" an organization or a country, no "с" after it: the place at its head ("Во главе «Ромашки»
# стоит Иван Петров", "Рауля Кастро во главе компартии")
_AT_HEAD = re.compile(r"(?<![\w-])[Вв]о[ \xa0]+главе(?![ \xa0]+со?(?!\w))")


def _at_head(text: str, words, tree, places: list[int], mentions: Sequence, stands: dict[int, list[int]],
             parse, others: Others) -> list[Role]:
    """The persons at the head of an organization or a country after "во главе": the subject of
    the verb "во главе" it hangs on, or the person it hangs on ("[Кастро] во главе компартии")."""
    found = []
    for o in places:
        h = _head(words, tree, mentions[o].start, mentions[o].stop)
        if h is not None and tree[h][1] == "appos" and tree[h][0] >= 0:
            h = tree[h][0]  # "во главе компании «Ромашка»"
        at = _head_word(text, words, tree, h) if h is not None else None
        if at is None or tree[h][0] < 0:
            continue
        g = tree[h][0]
        persons = [p for p, ws in stands.items() if g in ws]
        if not persons and tree[g][1] == "xcomp" and tree[g][0] >= 0:
            g = tree[g][0]  # "станет первой женщиной во главе правительства": the verb's subject
        if not persons and any(p.tag.POS in _VERB_POS for p in parse(text[words[g][0]:words[g][1]].lower())):
            persons = _doers(text, words, tree, g, stands, parse, mentions, others) or []
        a, b = words[at]
        found += [Role(person=p, title=None, start=a, stop=b, text=text[a:b], organization=o) for p in persons]
    return found


# "в составе" an organization, with any verb: "В 2017 году в составе «Реала» он выиграл чемпионат"
_SQUAD = re.compile(r"(?<![\w-])[Вв][ \xa0]+составе(?!\w)")


def _in_squads(text: str, words, tree, organizations: list[int], mentions: Sequence, stands: dict[int, list[int]],
               parse, others: Others) -> list[Role]:
    """The subjects of a verb an organization is "в составе" of ("Тихонов выходил на поле в составе
    «Спартака»", "Руссос записал три диска в составе группы Aphrodite’s Child"), each with it."""
    found = []
    for o in organizations:
        h = _head(words, tree, mentions[o].start, mentions[o].stop)
        squad = tree[h][0] if h is not None and tree[h][1] == "nmod" else -1
        if squad < 0 or text[words[squad][0]:words[squad][1]].lower() != "составе" or tree[squad][1] != "obl":
            continue
        v = tree[squad][0]
        if v < 0 or not any(p.tag.POS in _VERB_POS for p in parse(text[words[v][0]:words[v][1]].lower())[:2]):
            continue
        persons = _doers(text, words, tree, v, stands, parse, mentions, others) or []
        a, b = words[squad]
        found += [Role(person=p, title=None, start=a, stop=b, text=text[a:b], organization=o) for p in persons]
    return found


def _head_word(text: str, words, tree, h: int) -> int | None:
    """The word "главе" of "во главе" the parser makes word ``h``'s preposition."""
    for c, (head, rel) in enumerate(tree):
        if head == h and rel == "case" and text[words[c][0]:words[c][1]].lower() == "во":
            return next((d for d, (x, r) in enumerate(tree) if x == c and r == "fixed"
                         and text[words[d][0]:words[d][1]].lower() == "главе"), None)
    return None


def verb_workplaces(text: str, mentions: Sequence, parse, syntax: Parser,
                    sentences: Callable[[], Sentences]) -> list[Role]:
    """Roles without a title (``title`` None, the verb's span) for the verb-given workplaces."""
    hires = {m.end(): m.start(1) for m in _HIRE.finditer(text)}  # organization start → "работу" start
    if not _STEMS.search(text) and not hires and not _AT_HEAD.search(text) and not _SQUAD.search(text):
        return []
    spans = sentences()
    starts = [s[0][0] for s in spans]
    persons: dict[int, list[int]] = {}
    places: dict[int, list[int]] = {}
    reach = -1  # the farthest stop of the organizations and places so far, by start
    for i in sorted(range(len(mentions)), key=lambda i: (mentions[i].start, -mentions[i].stop)):
        m = mentions[i]
        k = bisect_right(starts, m.start) - 1
        outer = m.kind in ("organization", "location") and m.stop > reach  # the outermost of nested ones
        if outer:
            reach = m.stop
        if k < 0 or m.stop > spans[k][-1][1]:
            continue
        if m.kind == "person":
            persons.setdefault(k, []).append(i)
        elif outer:
            places.setdefault(k, []).append(i)
    working = [k for k in sorted(places) if len(spans[k]) <= MAX_WORDS
               and (any(_lemma(text[a:b], parse) for a, b in spans[k] if _STEMS.fullmatch(text[a:b]))
                    or any(mentions[o].start in hires for o in places[k])
                    or _AT_HEAD.search(text, spans[k][0][0], spans[k][-1][1])
                    or _SQUAD.search(text, spans[k][0][0], spans[k][-1][1]))]
    # a pronoun may stand for a person of the sentence or of the one before: "Он возглавлял …"
    said = {k for k in working if (k in persons or k - 1 in persons)
            and any(text[a:b].lower() in PRONOUNS for a, b in spans[k])}
    # a sentence opened by a past verb, its subject left out: "Был президентом …", "Преподавал в …"
    unnamed = {k: p for k in working if k not in persons and k not in said and (p := unnamed_subject(
        mentions, verb_gender(parse, text[slice(*spans[k][0])]), spans[k][0][0])) is not None}
    wanted = [k for k in working if k in persons or k in said or k in unnamed]
    if not wanted:
        return []
    trees = syntax([[text[a:b] for a, b in spans[k]] for k in wanted])
    found = []
    for k, tree in zip(wanted, trees):
        words = spans[k]
        stands = {p: _person_words(words, tree, mentions[p]) for p in persons.get(k, ())}
        hired = [o for o in places[k] if mentions[o].start in hires]
        found += _hired(text, words, tree, hired, hires, mentions, stands)
        others = ([*persons.get(k - 1, ()), *persons.get(k, ())] if k in said else None, unnamed.get(k))
        if _AT_HEAD.search(text, words[0][0], words[-1][1]):  # the tree's walk only where "во главе" is
            found += _at_head(text, words, tree, places[k], mentions, stands, parse, others)
        if _SQUAD.search(text, words[0][0], words[-1][1]):
            bodies = [o for o in places[k] if mentions[o].kind == "organization"]
            found += _in_squads(text, words, tree, bodies, mentions, stands, parse, others)
        for v, (a, b) in enumerate(words):
            lemma = _lemma(text[a:b], parse) if _STEMS.fullmatch(text[a:b]) else None
            if lemma is None:
                continue
            relation, prepositions = VERBS[lemma]
            subjects = _doers(text, words, tree, v, stands, parse, mentions, others)
            if subjects is None:
                continue  # "Кудрин не собирается работать в правительстве": no workplace
            # "банк возглавляет Марио Драги", or the parser's swap of the two
            objects = [p for p, at in stands.items() if at and tree[at[0]] == (v, "obj")] if lemma in HEADING else []
            for o in places[k]:
                body = mentions[o].kind == "organization"
                if lemma in ORGANIZATIONS_ONLY and not body \
                        or lemma == "представлять" and not (body and LEGISLATURES.match(mentions[o].text)):
                    continue  # "работал в Индии"; "представлял интересы компании в суде"
                h = _head(words, tree, mentions[o].start, mentions[o].stop)
                if lemma == "представлять" and h is not None and tree[h][1] == "nmod" and tree[h][0] >= 0 \
                        and tree[tree[h][0]] == (v, "obj"):
                    # "представляет Пензенскую область [в Совете Федерации]"
                    found += [Role(person=p, title=None, start=a, stop=b, text=text[a:b], organization=o)
                              for p in subjects]
                    continue
                if lemma in HEADING and h is not None and mentions[o].kind == "organization" \
                        and (heads := _heads_of(tree, v, stands, h)):
                    found += [Role(person=p, title=None, start=a, stop=b, text=text[a:b], organization=o)
                              for p in heads]
                    continue
                if objects and h is not None and tree[h] == (v, "nsubj") and mentions[o].kind == "organization":
                    found += [Role(person=p, title=None, start=a, stop=b, text=text[a:b], organization=o)
                              for p in objects]
                    continue
                h = _on_the_verbs(tree, h, v, relation)
                if h is None or not (_attached(tree, h, v, relation) or relation == "obj" and tree[h] == (v, "nsubj")
                                     and _relative_subject(text, words, tree, v)):
                    continue
                cases = [text[words[c][0]:words[c][1]].lower() for c, (head, rel) in enumerate(tree)
                         if head == h and rel == "case"]
                if cases not in ([[p] for p in prepositions] or [[]]):
                    continue  # one of the verb's prepositions, or none where it takes none
                found += [Role(person=p, title=None, start=a, stop=b, text=text[a:b], organization=o)
                          for p in subjects]
    return found
