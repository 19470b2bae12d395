"""Organizations named by a common noun: "полиция", "парламент", "правительство Грузии",
"сборная России", "администрации Обамы" (NEREL tags them ORG; slovnet, trained on names,
does not).

A candidate is a noun: bare ("полиция"), with the PER/LOC/ORG mention right after it, in
the genitive, as its complement ("власти Москвы"), or with a common noun in the genitive
("министерства юстиции", "министерству здравоохранения США"); optionally with the adjectives
right before it ("израильская армия"). Which candidates are organizations is judged in
context by ``ner.institution_model``'s classifier. A lexicon (``data/institutions.tsv``)
says, per lemma, which of the forms are organizations in most of their uses; learned from
NEREL train by ``bench/build_institutions.py`` (precision of each lemma and form on train,
held-out split for the threshold), it names the organizations' head nouns for
``ner.relabel``, and ``lexicon_spans`` reads such a lexicon for the parts of places
(``ner.regions``).
"""

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ..link.role_words import professions
from ..text.clean import casing
from ..text.yo import fold
from .compose import AGENCY
from .data_rows import data_rows
from .lookup import tokens_with_lemmas
from .places import place_adjectives

Raw = tuple[str, int, int]
_OPEN = {"«": "»", "\"": "\"", "„": "“"}
FORMS = ("bare", "placed", "of", "gen")  # "полиция" / "российских властей" / "власти Москвы" /
# "министерства юстиции" (a common noun in the genitive after it, and the name after that if any)


@dataclass(frozen=True, slots=True)
class Candidate:
    lemma: str
    form: str          # one of FORMS
    start: int         # with the adjectives before the noun
    noun_start: int    # without them
    stop: int
    place_start: int = -1  # with a place adjective right before the noun ("российским правительством"), else -1
    rel_start: int = -1    # with the relational adjectives right before it ("коалиционного правительства"), else -1


def read_lexicon(name: str) -> dict[str, dict[str, str]]:
    """lemma -> form -> which words before the noun belong to the span: "noun" (none),
    "adj" (the agreeing adjectives), "place" (a place adjective, else none), "rel" (the
    relational adjectives: "коалиционного", "федерального", not "нового", "своего"); from
    ``data/<name>``."""
    result: dict[str, dict[str, str]] = {}
    for lemma, form, adjectives, *_ in data_rows(name):
        result.setdefault(lemma, {})[form] = adjectives
    return result


@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, str]]:
    """The organizations' lexicon (``data/institutions.tsv``)."""
    return read_lexicon("institutions.tsv")


def candidates(doc: Doc, spans: list[Raw], lemmas=None, parse=None, text: str | None = None) -> Iterator[Candidate]:
    """Every noun (of ``lemmas``, all nouns if None) outside an ORG span, in its bare,
    placed, name-complement or common-noun-complement form (with ``parse``, a cached
    pymorphy3 parse, its relational adjectives found too). ``text``: the Doc's text, if the
    caller holds it (spaCy joins every token again on each ``doc.text``)."""
    text = doc.text if text is None else text
    inside_org = set()
    for label, start, stop in spans:
        if label == "ORG":
            inside_org.update(range(start, stop))
    after = {}
    for label, start, stop in spans:
        if label in ("PER", "LOC", "ORG"):
            after[start] = max(stop, after.get(start, stop))
    persons = {start for label, start, _ in spans if label == "PER"}
    for token in (doc if lemmas is None else tokens_with_lemmas(doc, frozenset(lemmas), folded=True)):
        if not (token.pos_ == "NOUN" or token.pos_ == "PROPN" and _capitalized_noun(token, parse)) \
                or token.idx in inside_org or not token.text.replace("-", "").isalpha():
            continue
        lemma = fold(token.lemma_.lower())
        if lemmas is not None and lemma not in lemmas:
            continue
        stop = token.idx + len(token)
        nxt = _next_word(doc, token)
        form = "bare"
        if nxt is not None and nxt.idx in after and nxt.morph.get("Case") == ["Gen"] \
                and not AGENCY.fullmatch(text, nxt.idx, after[nxt.idx]):
            # "власти Москвы", not "правительства Александр Новак" nor "в полиции РИА Новости"
            form, stop = "of", after[nxt.idx]
        elif nxt is not None and nxt.text in _OPEN and not nxt.whitespace_ \
                and nxt.i + 1 < len(doc) and doc[nxt.i + 1].idx in after:  # "правления «Газпрома»"
            form, stop = "of", after[doc[nxt.i + 1].idx]
            closing = _OPEN[nxt.text]
            if text[stop:stop + 1] == closing:
                stop += 1
        elif nxt is not None and nxt.pos_ == "NOUN" and nxt.norm_.islower() \
                and nxt.text.isalpha() and nxt.morph.get("Case") == ["Gen"]:
            form, stop = "gen", nxt.idx + len(nxt)  # "министерства юстиции", "кабинет министров"
            third = _next_word(doc, nxt)
            if third is not None and third.idx in after \
                    and third.morph.get("Case") == ["Gen"]:  # "министерству здравоохранения США"
                stop = after[third.idx]
        adjectives = []  # the agreeing adjectives right before the noun, nearest first
        while len(adjectives) < 2:
            left = _previous_word(doc, adjectives[-1] if adjectives else token)
            if left is None or left.pos_ != "ADJ" or left.idx in inside_org \
                    or left.morph.get("Case") != token.morph.get("Case"):
                break
            adjectives.append(left)
        first = adjectives[-1] if adjectives else token
        if form == "of" and nxt.idx in persons and _position(_previous_word(doc, first)):
            form, stop = "bare", token.idx + len(token)  # "спикера [парламента] Анатолия Каминского": his post
        place = adjectives[0].idx if adjectives and adjectives[0].lemma_ in place_adjectives() else -1
        if place >= 0 and form == "bare":
            form = "placed"  # "российских властей": a form of its own, "власти" alone is none
        rel = -1
        for adjective in adjectives:
            if parse is None or not relational(adjective.text, parse):
                break
            rel = adjective.idx
        yield Candidate(lemma, form, first.idx, token.idx, stop, place, rel)


_BLANKS = frozenset({"\xa0", "\u2009", "\u202f"})  # no-break, thin and narrow no-break spaces


def _next_word(doc: Doc, token):
    """The token after ``token`` across one blank: a space, or a no-break space (a whitespace
    token of its own in the Doc, as its text must stay the input's: "власти\xa0Москвы");
    None otherwise."""
    i = token.i + 1
    if token.whitespace_:
        return doc[i] if i < len(doc) else None
    if i + 1 < len(doc) and doc[i].text in _BLANKS:
        return doc[i + 1]
    return None


def _previous_word(doc: Doc, token):
    """The token before ``token`` across one blank (:func:`_next_word`), or None."""
    i = token.i - 1
    if i < 0:
        return None
    if doc[i].whitespace_:
        return doc[i]
    if i >= 1 and doc[i].text in _BLANKS and not doc[i - 1].whitespace_:
        return doc[i - 1]
    return None


def _position(token) -> bool:
    """``token`` (None: no word) is a singular position noun ("спикера", "главы"): the person after the institution that
    follows it holds the post, and is no owner of the institution ("правительства Руснока")."""
    return token is not None and token.pos_ == "NOUN" and token.morph.get("Number") == ["Sing"] \
        and fold(token.lemma_.lower()) in professions()


def _capitalized_noun(token, parse) -> bool:
    """A sentence's first word, capitalized by spelling, that the tagger takes for a name
    ("Парламент Таиланда избрал…") but pymorphy3 (``parse``) reads first as a common noun
    and writes in lower case (no place, name or abbreviation: "Россия" stays a name). The
    word as the models read it (``norm_``: an ALL CAPS headline recased) is judged."""
    word = token.norm_
    if not token.is_sent_start or parse is None or not word[1:].islower():
        return False
    parses = parse(word.lower())
    return bool(parses) and parses[0].tag.POS == "NOUN" and casing(word, parse) == "lower"


@lru_cache(maxsize=20_000)
def relational(word: str, parse) -> bool:
    """An adjective of relation ("коалиционный", "федеральный", "областной"), not of quality
    or a pronoun ("новый", "большой", "свой", "который") nor a participle, by pymorphy3's
    first reading (``parse``)."""
    parses = parse(word)
    return bool(parses) and parses[0].tag.POS == "ADJF" and not {"Qual", "Apro"} & parses[0].tag.grammemes


def span_start(c: Candidate, extent: str) -> int:
    if extent == "adj":
        return c.start
    if extent == "rel" and c.rel_start >= 0:
        return c.rel_start
    if extent == "place" and c.place_start >= 0:
        return c.place_start
    return c.noun_start


def lexicon_spans(doc: Doc, spans: list[Raw], table: dict[str, dict[str, str]], label: str,
                  parse=None, text: str | None = None) -> list[Raw]:
    """``label`` spans for the candidates ``table`` accepts; existing spans are kept as they
    are (``text``: the Doc's, as for :func:`candidates`)."""
    found = []
    for c in candidates(doc, spans, table, parse, text):
        extent = table[c.lemma].get(c.form)
        if extent is not None:
            found.append((label, span_start(c, extent), c.stop))
    return found
