"""A person's role (position) and organization: "генеральным директором АО «Омсктрансмаш»
Василием Ковалевым" → Role(title "генеральный директор", organization АО «Омсктрансмаш»).

A *role phrase* is built around a head noun from ``data/professions.txt`` (head lemmas of
NEREL train PROFESSION spans, ``bench/build_professions.py``): position modifiers on the left
("генеральный", "бывший"), genitive and "по …" complements on the right ("министр финансов",
"руководитель направления «…»"), then an ORG/LOC mention that becomes the organization
("президент США"). The phrase is paired with a person by the adjacent-pattern rules of
``link.pairing_rules`` (``RULES``, tried in order), then through the dependency tree
(``link.role_paths``), a role in the genitive after a noun of kinship only with the name
after it (``link.kinship``: "дочь президента"), and a name inside an act's title with no role
around it (``link.act_titles``); verbs give workplaces (``link.verb_workplaces``), so do lists
of persons after an organization and "из" (``link.member_workplaces``), and on request a
classifier more (``link.workplace_model``). ``trace_roles`` says which step fired.
"""

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from ..records.relations import Role
from .act_titles import same_title, title_of
from .country_titles import country_titles
from .pairing_rules import FORWARD, RULES, coordinated_role, role_then_person
from .predicate_roles import AGENT
from .role_paths import across_sentences, candidates, choose, role_paths, seen_paths, sentence_words
from .member_workplaces import member_workplaces
from .pronouns import PRONOUNS, opens_sentence, verb_gender
from .role_context import Context, _context, _default_parse, tokenize, who  # noqa: F401 - tokenize re-exported
from .role_phrases import Phrase, phrase_at
from .role_words import _fold, _head_parses, professions  # noqa: F401 - professions re-exported
from .verb_workplaces import verb_workplaces
from .workplace_model import model_workplaces


def _inside_paired(covering: dict[int, list[Phrase]], phrase: Phrase, person: int, ctx: Context) -> bool:
    """"заместитель председателя правительства Новак": "председателя" is no role of Новак.
    ``covering`` maps a token to the phrases spanning it (linear in the text's length)."""
    return any(o.head != phrase.head and ctx.paired.get(o.head) == person
               for o in covering.get(phrase.head, ()))


def _titles_allow(ctx: Context, rule, phrase: Phrase, person: int) -> bool:
    """An act's title pairs inside itself, and a role at its end with the name right after it
    ("указ об отставке мэра Москвы] Лужкова"); a name inside it ("законопроект Яровой") holds
    no role of the text around it."""
    if same_title(ctx, phrase, person):
        return True
    return rule is role_then_person and title_of(ctx, ctx.mentions[person].start) is None


# women's nouns that may name a man too
EITHER = frozenset({"модель", "персона", "кинозвезда", "телезвезда", "супермодель", "фотомодель"})


def _gender_allows(ctx: Context, phrase: Phrase, person: int) -> bool:
    """A woman's title ("руководительница", "актриса": a feminine noun only) is no man's: "Сама
    экс-руководительница рекомендовала …" does not name И.Муравьев of the sentence before. A man
    is one whose name has a word the dictionary knows as a man's only, declined ("Иван",
    "Муравьев"; not "Ли", "Диалло": the tagger calls a name it does not know a man's). A past verb
    right before an instrumental title tells its holder's gender ("Стал генералом")."""
    m = ctx.mentions[person]
    before = ctx.tokens[phrase.first - 1].text if phrase.first > 0 and phrase.cases <= {"ablt"} else ""
    told = verb_gender(ctx.parse, before) if before and not {
        _fold(p.normal_form) for p in ctx.parse(before.lower())[:1]} & AGENT else None  # "назначил министром …"
    if told is not None and getattr(m, "gender", None) not in (None, told):
        return False  # "Стал генералом" is no woman's, "Стала генералом" no man's
    words = re.findall(r"[^\W\d_]+", m.normal)
    if getattr(m, "gender", None) != "male" or not any(_mans_word(w, ctx.parse) for w in words):
        return True
    parses = _head_parses(ctx.tokens[phrase.head].text, ctx.parse)
    return not parses or any(p.tag.POS != "NOUN" or "femn" not in p.tag or p.normal_form in EITHER
                             for p in parses)


def _mans_word(word: str, parse) -> bool:
    names = [p for p in parse(word) if p.tag.grammemes & {"Name", "Surn", "Patr"} and "sing" in p.tag]
    return bool(names) and all(p.is_known and p.tag.gender == "masc" and "Fixd" not in p.tag for p in names)


def _role(ctx: Context, phrase: Phrase, person: int) -> Role:
    # the span is the title's: "бывшего" a word of its own stays out, "экс-" inside a word in
    first = phrase.first + (phrase.former and "-" not in ctx.tokens[phrase.first].text)
    start, stop = ctx.tokens[first].start, ctx.tokens[phrase.last].stop
    return Role(person=person, title=phrase.title, start=start, stop=stop,
                text=ctx.text[start:stop], organization=phrase.organization, former=phrase.former)


def _roles(ctx: Context, phrase: Phrase, person: int) -> list[Role]:
    """The phrase's role for ``person``, and one more with its second organization, if any."""
    role = _role(ctx, phrase, person)
    return [role] if phrase.also is None else [role, role.model_copy(update={"organization": phrase.also})]


REACH = 40  # tokens: no rule pairs a role phrase with a person farther away than this


def _near_persons(ctx: Context) -> list[int]:
    """Indices of the tokens within ``REACH`` tokens of a person mention, in order: the only
    places a role phrase can pair (so the lexicon look-up skips most of a long text); and those
    of a sentence opened by a past verb, whose subject is left out ("Был президентом …",
    ``link.pronouns.unnamed_subject``), or holding "он"/"она", up to ``REACH`` tokens on."""
    near: set[int] = set()
    n = len(ctx.tokens)
    for m in ctx.mentions:
        if m.kind == "person":
            first = bisect_left(ctx.starts, m.start)
            last = bisect_left(ctx.starts, m.stop)
            near.update(range(max(0, first - REACH), min(n, last + REACH)))
    for i, token in enumerate(ctx.tokens):
        if i not in near and (token.text.lower() in PRONOUNS or token.text[:1].isupper() and opens_sentence(ctx, i)
                              and verb_gender(ctx.parse, token.text)):
            near.update(range(i, min(n, i + REACH)))
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
            if phrase.head in ctx.paired or phrase.relatives and rule not in FORWARD:
                continue  # "Мария Иванова, внучка бывшего директора": the relative holds no role
            persons = rule(ctx, phrase)
            persons = [persons] if isinstance(persons, int) else persons or []
            persons = [p for p in persons if not _inside_paired(covering, phrase, p, ctx)
                       and _titles_allow(ctx, rule, phrase, p) and _gender_allows(ctx, phrase, p)]
            if persons:
                ctx.paired[phrase.head] = persons[0]
                found.extend((rule.__name__, role) for p in persons for role in _roles(ctx, phrase, p))
    return ctx, phrases, covering, found


def trace_roles(text: str, mentions: Sequence, parse=None, syntax=None,
                paths: dict[str, float] | None = None, sentences=None,
                workplaces: bool = False) -> list[tuple[str, Role]]:
    """Like :func:`find_roles`, with the name of the rule that paired each role
    ("syntax_path" for ``link.role_paths``, "verb" for ``link.verb_workplaces``, "member" for
    ``link.member_workplaces``, "model" for ``link.workplace_model``)."""
    mentions = _holders(text, mentions)
    ctx, phrases, covering, found = rule_pass(text, mentions, parse)
    if syntax is not None:
        sentences = cache(sentences or (lambda: sentence_words(text)))  # asked by up to three steps
        found_paths = candidates(ctx, phrases, covering, syntax, sentences)
        chosen = choose(found_paths, role_paths() if paths is None else paths,
                        seen_paths() if paths is None else frozenset())
        held = _titles_held(mentions, [role for _, role in found])
        across = {(c.phrase.head, c.person) for c in found_paths if across_sentences(c.signature)}
        for phrase, person in chosen:
            if not _gender_allows(ctx, phrase, person):
                continue
            if (phrase.head, person) in across and phrase.organization is None \
                    and _held_by_another(mentions, held, phrase.title, person):
                continue  # "журналист Алексей Венедиктов … Журналист добавил": not Горбачев
            ctx.paired[phrase.head] = person
            found += [("syntax_path", role) for role in _roles(ctx, phrase, person)]
        found += [("verb", role) for role in _unpaired(mentions, [role for _, role in found],
                                                       verb_workplaces(text, mentions, ctx.parse, syntax, sentences))]
    found += [("member", role) for role in _unpaired(mentions, [role for _, role in found],
                                                     member_workplaces(text, mentions))]
    if syntax is not None and workplaces:
        found += [("model", role) for role in model_workplaces(ctx, [role for _, role in found], sentences)]
    found = [(name, role) for (name, _), role in zip(found, country_titles(mentions, [r for _, r in found], ctx.parse))]
    found.sort(key=lambda pair: (pair[1].start, pair[1].person))
    return found


def _titles_held(mentions: Sequence, roles: Sequence[Role]) -> dict[str, set]:
    """{title: the person entities the adjacent patterns gave it}."""
    held: dict[str, set] = {}
    for role in roles:
        if role.title is not None:
            held.setdefault(role.title, set()).add(who(mentions, role.person))
    return held


def _held_by_another(mentions: Sequence, held: dict[str, set], title: str, person: int) -> bool:
    """The title was given by an adjacent pattern to another person of the article, and not to
    this one: a phrase the dependency tree reaches across sentences ("Журналист добавил") is
    that person's mention again, not a second holder."""
    holders = held.get(title)
    return bool(holders) and who(mentions, person) not in holders


def _unpaired(mentions: Sequence, roles: Sequence[Role], new: Sequence[Role]) -> list[Role]:
    """The roles of ``new`` whose person and organization none of ``roles`` (nor an earlier one
    of ``new``) pairs yet, by entity where the mentions carry one."""
    paired = {(who(mentions, r.person), who(mentions, r.organization)) for r in roles if r.organization is not None}
    out = []
    for role in new:
        if (key := (who(mentions, role.person), who(mentions, role.organization))) not in paired:
            paired.add(key)
            out.append(role)
    return out


_EPONYM = re.compile(r"(?<!\bпо )(?<![\w.])(?:имени|им\.)[ \u00a0]*$", re.IGNORECASE)


def _holders(text: str, mentions: Sequence) -> Sequence:
    """The mentions, each person a name is named after ("руководитель хора им. Пятницкого",
    "театр имени Моссовета") marked as no person, so that no step pairs a role with it (NEREL
    train and dev: 61 such persons, none a holder; "человек по имени Фалмут Карни" is a name, and
    counts). The indices stay those of ``mentions``."""
    eponyms = [i for i, m in enumerate(mentions) if m.kind == "person"
               and _EPONYM.search(text, max(0, m.start - 12), m.start)]
    if not eponyms:
        return mentions
    masked = list(mentions)
    for i in eponyms:
        masked[i] = masked[i].model_copy(update={"kind": "eponym"})
    return masked


def find_roles(text: str, mentions: Sequence, parse=None, syntax=None, sentences=None,
               workplaces: bool = False) -> list[Role]:
    """Roles of the article's persons; indices point into ``mentions``.

    ``parse``: a cached ``word -> tuple[pymorphy3 Parse, ...]`` (built if None). With ``syntax``
    (a ``link.role_paths.Parser``, ``pipeline.resources.shared().syntax``) the phrases the
    adjacent patterns leave are paired through the dependency tree and verbs give workplaces
    (``title`` None); ``workplaces`` adds the workplace classifier's (``title`` None, ``score``
    set). ``sentences()``: each sentence's word spans (``text.segment``'s if None). A role's
    ``text == text[start:stop]`` is its position words (a verb; for the classifier, from the
    person to the organization); the organization is the ORG/LOC mention after the position
    (for a title naming its country by "страны", "глава государства", the country named before
    it: ``link.country_titles``).
    """
    return [role for _, role in trace_roles(text, mentions, parse, syntax, sentences=sentences, workplaces=workplaces)]
