"""Roles paired through the sentence's dependency tree, for the role phrases the adjacent
patterns of ``link.pairing_rules`` leave unpaired: "48-летнего Гуллита назначили тренером «Терека»",
"Роберт Мугабе заявил об уходе с поста президента Зимбабве", "Тодд Коумс (Todd Combs)
станет инвестиционным менеджером компании Berkshire Hathaway".

The sentence is parsed by slovnet's news dependency parser (natasha's, UD relations) and the
path from the role's head word to each person mention of the sentence is written as a
*signature*: the relations climbing from the role word to the two words' common ancestor, the
ancestor (``R`` the role word itself, ``P`` the person's word, else its part of speech), and the
relations descending to the person's head word: "xcomp|VERB|obj" (тренером ← назначили →
Гуллита), "|R|appos" (the person hangs on the role word). A table learned on NEREL train says
which signatures pair (``bench/build_role_paths.py``: the share of such candidates NEREL links
by WORKS_AS, its threshold chosen on a held-out fifth of train); of several accepted persons
the one with the surest signature, then the nearest, wins.

A phrase in a sentence that names no person is matched with the persons of the sentence
before ("Юлия Ефимова завоевала две медали. Спортсменка является …"), with the signature
"prev1|the role word's relation|the person's relation|persons there (1-3)", learned in the
same table. A plural phrase ("таких режиссёров, как Квентин Тарантино, Гас Ван Сент и Мартин
Скорсезе") has signatures of its own, prefixed "pl|", and pairs with every person they accept.
"""

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from .act_titles import same_title
from .role_context import Context
from .role_phrases import Phrase

# sentences (their words) -> per sentence, (head index or -1, relation) per word
Parser = Callable[[list[list[str]]], list[list[tuple[int, str]]]]
Sentences = Sequence[Sequence[tuple[int, int]]]  # (start, stop) of each word, per sentence
MAX_WORDS = 80  # longer "sentences" are lists or markup; the parser is not asked


@dataclass(frozen=True, slots=True)
class Candidate:
    phrase: Phrase
    person: int       # mention index
    signature: str
    distance: int     # words between the role word and the person's word


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, float, bool], ...]:
    text = files("ru_newsner.link").joinpath("data/role_paths.tsv").read_text("utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return tuple((row[0], float(row[2]), row[3] == "yes") for row in rows)


def role_paths() -> dict[str, float]:
    """The shipped table: signature -> share of NEREL train candidates that pair, for the
    signatures (and coarse signatures, "~…") that pair."""
    return {key: share for key, share, kept in _rows() if kept}


@lru_cache(maxsize=1)
def seen_paths() -> frozenset[str]:
    """Every full signature NEREL train saw often enough to judge, paired or not: only the
    others fall back to their coarse signature."""
    return frozenset(key for key, _, _ in _rows() if not key.startswith("~"))


def coarse(signature: str) -> str | None:
    """The signature with its path cut to the role word's and the person's own relations
    and its length: "nmod>nmod>obl|VERB|nsubj" → "~obl|VERB|nsubj|4"; None for the sentence
    before. A rare path is judged by its coarse signature (held-out person→role recall 67.84
    → 68.92 at precision 80.97 → 80.31)."""
    plural = signature.startswith("pl|")
    bare = signature.removeprefix("pl|")
    if bare.startswith("prev") or bare.count("|") != 2:
        return None
    climb, ancestor, descend = bare.split("|")
    up, down = climb.split(">") if climb else [], descend.split(">") if descend else []
    return (f"~{'pl|' if plural else ''}{up[-1] if up else ''}|{ancestor}|{down[-1] if down else ''}|"
            f"{len(up) + len(down)}")


def across_sentences(signature: str) -> bool:
    """The signature pairs a phrase with a person of the sentence before ("prev1|…")."""
    return signature.removeprefix("pl|").startswith("prev")


def share(signature: str, table: dict[str, float], seen: frozenset[str] = frozenset()) -> float | None:
    """The share ``table`` gives ``signature``, or its coarse signature when ``seen`` lacks it."""
    if signature in table:
        return table[signature]
    if signature in seen:
        return None
    key = coarse(signature)
    return table.get(key) if key else None


def parser(syntax) -> Parser:
    """A :data:`Parser` over a loaded slovnet ``Syntax``: its encoder, model and decoding as
    ``SyntaxInfer`` runs them, without building a markup record per word."""
    from slovnet.exec.mask import split_masked

    infer = syntax.infer
    model, rels = infer.model, infer.decoder.rels_vocab

    def parse(sentences: list[list[str]]) -> list[list[tuple[int, str]]]:
        trees = []
        for batch in infer.encoder(sentences):
            pred = model(batch.word_id, batch.shape_id, batch.pad_mask)
            mask = ~batch.pad_mask
            heads = split_masked(model.head.decode(pred.head_id, mask), mask)
            labels = split_masked(model.rel.decode(pred.rel_id, mask), mask)
            trees += [[(head - 1, rels.decode(rel)) for head, rel in zip(h.tolist(), r.tolist())]
                      for h, r in zip(heads, labels)]
        return trees
    return parse


def _chain(heads: list[tuple[int, str]], i: int) -> list[int]:
    out = [i]
    while heads[out[-1]][0] >= 0 and len(out) <= len(heads):
        out.append(heads[out[-1]][0])
    return out


def signature(heads: list[tuple[int, str]], role: int, person: int, kind: Callable[[int], str]) -> str | None:
    """"up relations|ancestor|down relations" from word ``role`` to word ``person``;
    ``kind(i)`` names an ancestor that is neither of them (its part of speech)."""
    up, down = _chain(heads, role), _chain(heads, person)
    common = next((x for x in up if x in down), None)
    if common is None:
        return None
    climb = [heads[x][1] for x in up[:up.index(common)]]
    descend = [heads[x][1] for x in reversed(down[:down.index(common)])]
    ancestor = "R" if common == role else "P" if common == person else kind(common)
    return ">".join(climb) + "|" + ancestor + "|" + ">".join(descend)


# the reporters a news item is told to: "об этом корреспонденту ИТАР-ТАСС сообщили", "рассказала
# в интервью корреспонденту The New Times" (NEREL train + dev: 3 of 3 hold no name of the text)
_ADDRESSEES = ("корреспондент", "журналист", "репортер", "репортёр")


def _open_phrases(ctx: Context, phrases: Sequence[Phrase], covering: dict[int, list[Phrase]]) -> list[Phrase]:
    """Phrases no rule paired and inside no paired phrase; a relative's role ("дочь президента")
    is held by the name right after it or by none of the sentence; a reporter in the dative, the
    one a report is told to, by none (a name right after it is the rules')."""
    return [p for p in phrases if p.head not in ctx.paired and not p.relatives and not any(
        o.head != p.head and o.head in ctx.paired for o in covering.get(p.head, ()))
        and not (p.cases == {"datv"} and p.title.split()[0] in _ADDRESSEES)]


def _number(phrase: Phrase) -> str:
    """The signature's prefix: "pl|" for a plural phrase ("таких исполнителей, как Элтон
    Джон, Марк Энтони"), which pairs with each person its path accepts."""
    return "pl|" if phrase.plural else ""


def sentence_words(text: str) -> list[list[tuple[int, int]]]:
    from ..text.segment import sentences

    return [[(t.start, t.stop) for t in s.tokens] for s in sentences(text)]


def candidates(ctx: Context, phrases: Sequence[Phrase], covering: dict[int, list[Phrase]],
               parse_tree: Parser, sentences: Callable[[], Sentences] | None = None) -> list[Candidate]:
    """Every (open role phrase, person mention of its sentence) with its signature.
    ``sentences()`` gives the word spans of each sentence (the pipeline's; ``text.segment``'s
    if None), asked only when a phrase is open."""
    open_phrases = _open_phrases(ctx, phrases, covering)
    if not open_phrases:
        return []
    sentences = sentence_words(ctx.text) if sentences is None else sentences()
    starts = [s[0][0] for s in sentences]

    def sentence_of(start: int, stop: int) -> int | None:
        k = bisect_right(starts, start) - 1
        return k if k >= 0 and stop <= sentences[k][-1][1] else None

    phrases_in: dict[int, list[Phrase]] = {}
    for p in open_phrases:
        k = sentence_of(ctx.tokens[p.head].start, ctx.tokens[p.head].stop)
        if k is not None:
            phrases_in.setdefault(k, []).append(p)
    people_in: dict[int, list] = {}
    for i, m in enumerate(ctx.mentions):
        if m.kind == "person" and (k := sentence_of(m.start, m.stop)) is not None:
            people_in.setdefault(k, []).append((i, m))
    # the phrase's own sentence when it names persons, else the one before it ("Спортсменка …";
    # two back as well: held-out F1 72.63 against 72.69)
    # a plural phrase only within its own sentence: parsing the one before for it gave no
    # signature that passed on train, at 30% more sentences parsed
    for k in [k for k in phrases_in if k not in people_in]:
        singular = [p for p in phrases_in.pop(k) if not p.plural]
        if singular:
            phrases_in[k] = singular
    pairs = [(k, k if k in people_in else k - 1) for k in sorted(phrases_in)
             if k in people_in or k - 1 in people_in]
    needed = sorted({j for pair in pairs for j in pair if len(sentences[j]) <= MAX_WORDS})
    if not needed:
        return []
    words = {k: [(a, b, ctx.text[a:b]) for a, b in sentences[k]] for k in needed}
    trees = dict(zip(needed, parse_tree([[w for _, _, w in words[k]] for k in needed])))
    found = []
    for k, j in pairs:
        if k not in trees or j not in trees:
            continue
        if k == j:
            found += _sentence_candidates(ctx, phrases_in[k], people_in[k], words[k], trees[k])
        else:
            found += _previous_candidates(ctx, phrases_in[k], people_in[j], words[k], trees[k], words[j], trees[j],
                                          k - j)
    return [c for c in found if same_title(ctx, c.phrase, c.person)]


def _word_at(words, offset: int) -> int | None:
    return next((i for i, (a, b, _) in enumerate(words) if a <= offset < b), None)


def _head_word(words, heads, start: int, stop: int) -> int | None:
    """The word of ``[start, stop)`` whose head lies outside it."""
    mine = [i for i, (a, b, _) in enumerate(words) if start <= a and b <= stop]
    return next((i for i in mine if heads[i][0] not in mine), mine[0]) if mine else None


def _previous_candidates(ctx, phrases, people, words, heads, prev_words, prev_heads, back: int) -> list[Candidate]:
    """A phrase of a sentence with no person, each person of the sentence ``back`` before it:
    the signature is "prev<back>|the role word's relation|the person's relation|persons there
    (1-3)"."""
    found = []
    crowd = min(len(people), 3)
    roles = {id(p): r for p in phrases if (r := _word_at(words, ctx.tokens[p.head].start)) is not None}
    # the subjects of two clauses of a sentence that names no one are two people ("Журналист
    # добавил, что бывший советский лидер …"): the person before goes to the one nearest the root
    subjects = {id(p): roles[id(p)] for p in phrases
                if not p.plural and id(p) in roles and heads[roles[id(p)]][1].startswith("nsubj")}
    depths = {k: len(_chain(heads, r)) for k, r in subjects.items()}
    top = min(depths.values(), default=0)
    for phrase in phrases:
        role = roles.get(id(phrase))
        if role is None or depths.get(id(phrase), 0) > top:
            continue
        for index, m in people:
            person = _head_word(prev_words, prev_heads, m.start, m.stop)
            if person is not None:
                sig = f"{_number(phrase)}prev{back}|{heads[role][1]}|{prev_heads[person][1]}|{crowd}"
                found.append(Candidate(phrase, index, sig, len(prev_words) - person + role))
    return found


# a quotation's end and the verb that says who spoke it: "…», — заявил", '…" – сообщил'
_SPEECH_END = re.compile(r"[»”\"],?\s*[—–-]\s*(\w+)")


def _across_speech(ctx: Context, start: int, stop: int) -> bool:
    """A quotation ends between ``start`` and ``stop`` and a verb tells who spoke it: a role
    in the quoted words is someone the speaker talks of ("«…для президента», — приводит ТАСС
    заявление Кудрина"), not the speaker's. A quoted name and its apposition ('ОАО "Корпорация
    МИТ" - разработчика') go on."""
    return any((parses := ctx.parse(match.group(1).lower())) and parses[0].tag.POS == "VERB"
               for match in _SPEECH_END.finditer(ctx.text, start, stop))


# prepositions whose role word is another person's than the clause's ("переговоры с министром",
# "обратился к губернатору", "письмо от министра"), unless the person hangs on it ("с министром
# Дмитрием Кулебой")
_ANOTHERS = frozenset({"с", "со", "к", "ко", "у", "от", "для", "о", "об", "обо", "про", "против", "перед", "без"})


def _sentence_candidates(ctx, phrases, people, words, heads) -> list[Candidate]:
    def kind(i: int) -> str:
        parses = ctx.parse(words[i][2])
        return str(parses[0].tag.POS) if parses else "X"

    found = []
    for phrase in phrases:
        role = _word_at(words, ctx.tokens[phrase.head].start)
        if role is None:
            continue
        first, last = ctx.tokens[phrase.first].start, ctx.tokens[phrase.last].stop
        another = any(h == role and r == "case" and words[c][2].lower() in _ANOTHERS for c, (h, r) in enumerate(heads))
        for index, m in people:
            person = None if first <= m.start < last else _head_word(words, heads, m.start, m.stop)
            if person is None:
                continue
            sig = signature(heads, role, person, kind)
            if sig is not None and another and not sig.startswith("|R|"):
                continue  # "Столтенберг провел переговоры с [министром обороны] Украины": another's role
            if sig is not None and _across_speech(ctx, min(first, m.start), max(last, m.stop)):
                continue  # "«… для президента», — приводит ТАСС заявление Кудрина"
            if sig is not None:
                found.append(Candidate(phrase, index, _number(phrase) + sig, abs(person - role)))
    return found


def choose(found: Sequence[Candidate], table: dict[str, float],
           seen: frozenset[str] = frozenset()) -> list[tuple[Phrase, int]]:
    """Per singular phrase, the accepted candidate with the surest signature (``share``),
    then the nearest; a plural phrase keeps every accepted person. A phrase inside a chosen one
    is its complement, held by no one ("стал советником [президента]"), as for the rules'
    phrases (:func:`_open_phrases`)."""
    best: dict[int, tuple[float, Candidate]] = {}
    every: list[Candidate] = []
    for c in found:
        sure = share(c.signature, table, seen)
        if sure is None:
            continue
        if c.phrase.plural:
            every.append(c)
            continue
        held = best.get(c.phrase.head)
        if held is None or (-sure, c.distance) < (-held[0], held[1].distance):
            best[c.phrase.head] = (sure, c)
    chosen = sorted([*(c for _, c in best.values()), *every], key=lambda c: (c.phrase.first, c.person))
    spans = {(c.phrase.first, c.phrase.last, c.phrase.head) for c in chosen}
    return [(c.phrase, c.person) for c in chosen
            if not any(a <= c.phrase.head <= b and h != c.phrase.head for a, b, h in spans)]
