"""Workplaces a trained classifier reads from a sentence where no rule pairs the person and
the organization: "Сергей Магнитский, работавший юристом в инвестиционной компании Hermitage
Capital Management", "Марисса Майер до 2012 года 13 лет работала в Google", "его партнеры по
сборной Аргентины Хуан Себастьян Верон".

Every (person, ORG or LOC mention) pair of one sentence is described by words (the lemmas
between them, the words beside each, the organization's first word and case, the order and
distance, the person's titles, how often the organization is named) and scored by a logistic
regression trained on NEREL train's WORKPLACE pairs (``bench/train_workplaces.py``, which
writes ``data/workplace_model.tsv``: its weights, threshold and provenance). An entity pair
no rule gave becomes a role without a title (``title`` None) when its best pair scores at
least the threshold; the role's span runs from the one mention to the other and its
``score`` is the probability.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from ..linear import Weights, read_weights, score
from ..records.relations import Role
from .role_context import Context

Sentences = list[list[tuple[int, int]]]
PLACES = ("organization", "location")
NEAR = 12  # words between the two mentions at most (more: 4% of NEREL train's pairs are a WORKPLACE)
_VERBAL = frozenset({"VERB", "PRTF", "GRND", "INFN"})


@lru_cache(maxsize=1)
def shipped() -> Weights:
    """The trained model shipped in ``link/data/workplace_model.tsv``."""
    return read_weights(files("ru_newsner.link").joinpath("data", "workplace_model.tsv").read_text("utf-8"),
                        "workplace model")


def _bucket(n: int, cuts: tuple[int, ...] = (0, 1, 2, 3, 5, 8, 12, 20)) -> str:
    return next((str(c) for c in cuts if n <= c), "more")


def _lemma(ctx: Context, word: str) -> str:
    word = word.lower()
    if not word.isalpha():
        return word
    parses = ctx.parse(word)
    return parses[0].normal_form if parses else word


def _pos(ctx: Context, word: str) -> str | None:
    parses = ctx.parse(word.lower()) if word.isalpha() else ()
    return parses[0].tag.POS if parses else None


def _case(ctx: Context, word: str) -> str | None:
    parses = ctx.parse(word.lower()) if word.isalpha() else ()
    return parses[0].tag.case if parses else None


def _tokens(ctx: Context, start: int, stop: int) -> range:
    """Indices of the tokens inside ``[start, stop)``."""
    return range(bisect_left(ctx.starts, start), bisect_left(ctx.starts, stop))


def _listed_after(ctx: Context, k: int) -> str:
    """The word before a list of organizations ending at token ``k`` ("выступал за клубы
    «Манчестер Юнайтед», «Престон Норт Энд»" → "клуб" for the second); "" if none."""
    k -= 1
    while k >= 0 and (k in ctx.covered and ctx.mentions[ctx.covered[k]].kind in PLACES
                      or ctx.tokens[k].text in {",", "и", "«", "»", '"', "(", ")"}):
        k -= 1
    return _lemma(ctx, ctx.tokens[k].text) if k >= 0 else ""


@dataclass(frozen=True, slots=True)
class Facts:
    """What the article as a whole says about its persons and organizations."""
    roles_of: dict[int, list[Role]]    # person mention -> the rules' roles
    titles: dict[int, set[str]]        # person entity -> the first words of its titles, lemmas
    counts: dict[int, int]             # entity -> mentions
    top: int | None                    # the organization named most often
    cooccur: dict[tuple[int, int], int]  # (person entity, organization entity) -> sentences
    working: frozenset[int]            # person entities the rules give a workplace
    workplaces: frozenset[int]         # organization entities the rules give a person
    starts: list[int]                  # the mentions' starts, for bisect
    nested: frozenset[int]             # ORG/LOC mentions inside another ORG/LOC mention
    lemmas: dict[int, str]             # token -> lemma, filled as read


def features(ctx: Context, person: int, place: int, facts: Facts, persons_here: int) -> list[str]:
    """The words that describe one (person, organization) pair of a sentence."""
    p, o = ctx.mentions[person], ctx.mentions[place]
    order = "PO" if p.stop <= o.start else "OP"
    left, right = (p, o) if order == "PO" else (o, p)
    tokens, known = ctx.tokens, facts.lemmas

    def lemma(k: int) -> str:
        if k not in known:
            known[k] = _lemma(ctx, tokens[k].text)
        return known[k]

    between = _tokens(ctx, left.stop, right.start)
    dist = _bucket(len(between))
    out = [f"order={order}", f"dist={dist}", f"od={order}{dist}", f"okind={o.label}", f"ok_order={o.label}{order}"]
    before_o = range(max(0, bisect_left(ctx.starts, o.start) - 2), bisect_left(ctx.starts, o.start))
    read = [lemma(k) for k in between]
    out += [f"btw={x}" for x in read]
    out += [f"bb={x}_{y}" for x, y in zip(read, read[1:])]
    out += [f"verb={order}{lemma(k)}" for k in between if _pos(ctx, tokens[k].text) in _VERBAL]
    if between:
        out += [f"bfirst={lemma(between[0])}", f"blast={lemma(between[-1])}"]
    first = o.text.split()[0].strip('«»"') if o.text.split() else ""
    if first.isalpha():
        case = _case(ctx, first)
        out.append(f"ocase={case}{order}")
        if before_o:
            out.append(f"prep_case={lemma(before_o[-1])}{case}")
    out += [f"prevo{len(before_o) - n}={lemma(k)}" for n, k in enumerate(before_o)]
    k = bisect_left(ctx.starts, p.start)
    out += [f"prevp{n}={lemma(k - n)}" for n in (1, 2) if k - n >= 0]
    out.append(f"listed={_listed_after(ctx, bisect_left(ctx.starts, o.start))}")
    k = bisect_left(ctx.starts, p.stop)
    if k < len(tokens):
        out.append(f"nextp={lemma(k)}")
    out.append(f"ohead={_lemma(ctx, first) if first else ''}")
    inside = []  # the mentions between the two (the list is sorted by start)
    for m in ctx.mentions[bisect_left(facts.starts, left.stop):bisect_left(facts.starts, right.start)]:
        if m.stop <= right.start:
            inside.append(m)
    out.append(f"pb={_bucket(sum(m.kind == 'person' for m in inside), (0, 1, 2))}")
    out.append(f"ob={_bucket(sum(m.kind in PLACES for m in inside), (0, 1, 2))}")
    out.append(f"onested={place in facts.nested}")
    roles = facts.roles_of.get(person, [])
    out.append(f"prole={bool(roles)}")
    for r in roles:
        if r.title:
            out.append(f"rtitle={_lemma(ctx, r.title.split()[0])}")
        out.append(f"rorg={r.organization is not None}")
    out.append(f"ocount={_bucket(facts.counts.get(o.entity, 0), (1, 2, 3, 5, 10))}")
    for t in sorted(facts.titles.get(p.entity, ())):
        out += [f"etitle={t}", f"etitle_ok={t}{o.label}"]
    out.append(f"otop={o.entity == facts.top}")
    out.append(f"cooc={_bucket(facts.cooccur.get((p.entity, o.entity), 0), (1, 2, 3))}")
    out.append(f"pworks={p.entity in facts.working}")
    out.append(f"oworks={o.entity in facts.workplaces}")
    out.append(f"npers={_bucket(persons_here, (1, 2, 3))}")
    return out


def _nested(mentions: Sequence) -> frozenset[int]:
    """The ORG/LOC mentions inside another one (mentions sorted by start, outermost first)."""
    out, reach, span = set(), -1, None  # the farthest stop of the ORG/LOC mentions so far, and its span
    for i, m in enumerate(mentions):
        if m.kind not in PLACES:
            continue
        if m.stop <= reach and (m.start, m.stop) != span:
            out.add(i)
        if m.stop > reach:
            reach, span = m.stop, (m.start, m.stop)
    return frozenset(out)


def _apart(ctx: Context, p, o) -> bool:
    """The two mentions do not overlap and at most NEAR words lie between them."""
    left, right = (p, o) if p.stop <= o.start else (o, p)
    return left.stop <= right.start and len(_tokens(ctx, left.stop, right.start)) <= NEAR


def candidates(ctx: Context, roles: Sequence[Role], sentences: Sentences,
               skip: frozenset[tuple[int, int]] = frozenset()) -> list[tuple[int, int, list[str]]]:
    """(person mention, organization mention, features) for every pair of one sentence whose
    mentions do not overlap, at most NEAR words apart, and whose (person entity, organization entity) is not in ``skip``;
    ``sentences``: the word spans of each sentence. ``ctx.mentions`` sorted by start."""
    mentions = ctx.mentions
    starts = [s[0][0] for s in sentences if s]
    bounded = [s for s in sentences if s]
    persons: dict[int, list[int]] = {}
    places: dict[int, list[int]] = {}
    for i, m in enumerate(mentions):
        k = bisect_right(starts, m.start) - 1
        if k < 0 or m.stop > bounded[k][-1][1] or m.entity is None:
            continue
        if m.kind == "person":
            persons.setdefault(k, []).append(i)
        elif m.kind in PLACES:
            places.setdefault(k, []).append(i)
    if not persons.keys() & places.keys():
        return []
    roles_of: dict[int, list[Role]] = {}
    titles: dict[int, set[str]] = {}
    for r in roles:
        roles_of.setdefault(r.person, []).append(r)
        if r.title:
            titles.setdefault(mentions[r.person].entity, set()).add(_lemma(ctx, r.title.split()[0]))
    counts: dict[int, int] = {}
    for m in mentions:
        if m.entity is not None:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    org_counts = {m.entity: counts[m.entity] for m in mentions if m.kind == "organization" and m.entity is not None}
    pairs = [(k, i, j) for k in sorted(persons.keys() & places.keys()) for i in persons[k] for j in places[k]
             if _apart(ctx, mentions[i], mentions[j])]
    cooccur: dict[tuple[int, int], int] = {}
    for key in {(k, mentions[i].entity, mentions[j].entity) for k, i, j in pairs}:
        cooccur[key[1:]] = cooccur.get(key[1:], 0) + 1
    pairs = [(k, i, j) for k, i, j in pairs if (mentions[i].entity, mentions[j].entity) not in skip]
    if not pairs:
        return []
    linked = [r for r in roles if r.organization is not None]
    facts = Facts(roles_of, titles, counts, max(org_counts, key=org_counts.get) if org_counts else None, cooccur,
                  frozenset(mentions[r.person].entity for r in linked),
                  frozenset(mentions[r.organization].entity for r in linked), [m.start for m in mentions],
                  _nested(mentions), {})
    return [(i, j, features(ctx, i, j, facts, len(persons[k]))) for k, i, j in pairs]


def model_workplaces(ctx: Context, roles: Sequence[Role], sentences: Callable[[], Sentences],
                     model: Weights | None = None) -> list[Role]:
    """Roles without a title for the entity pairs no role in ``roles`` gives, whose best
    sentence pair scores at least the model's threshold (one per entity pair)."""
    mentions = ctx.mentions
    if not any(m.kind == "person" for m in mentions) or not any(m.kind in PLACES for m in mentions):
        return []
    model = model or shipped()
    paired = {(mentions[r.person].entity, mentions[r.organization].entity) for r in roles if r.organization is not None}
    best: dict[tuple[int, int], tuple[float, int, int]] = {}
    for i, j, words in candidates(ctx, roles, sentences(), frozenset(paired)):
        key = (mentions[i].entity, mentions[j].entity)
        s = score(model, words)
        if s >= model.threshold and s > best.get(key, (0.0,))[0]:
            best[key] = (s, i, j)
    out = []
    for s, i, j in best.values():
        start, stop = min(mentions[i].start, mentions[j].start), max(mentions[i].stop, mentions[j].stop)
        out.append(Role(person=i, title=None, start=start, stop=stop, text=ctx.text[start:stop],
                        organization=j, score=round(s, 4)))
    return sorted(out, key=lambda r: (r.start, r.person))
