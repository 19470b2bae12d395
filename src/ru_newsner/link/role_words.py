"""The words of positions and how they are read: the lexicon of position heads
(:func:`professions`), the readings of a word that are positions (:func:`_head_parses`), cases
(:func:`_cases`, :func:`_norm_case`) and the cases a person's name can be in, which a role must
agree with (:func:`person_cases`, :func:`agrees`); the words that may stand between a role and
its holder (:func:`filler`, :func:`adjective_place`) and those that end its reach (:data:`CONJUNCTIONS`,
:func:`verbal`)."""

import re
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from ..text.segment import Token
from .role_context import ACTING, ACTING_WORDS, Context

if TYPE_CHECKING:
    from .role_phrases import Phrase

CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2", "acc2"})
PREFIXES = ("экс-", "вице-")
FUSED = ("гос", "медиа", "со")  # "госсоветник", "медиаменеджер", "сопредседатель": a position's kind
NAME = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=1)
def professions() -> frozenset[str]:
    """Head lemmas of positions: NEREL train's PROFESSION heads with the hand lists
    (``professions.txt``) and the nouns a navec classifier reads as positions
    (``professions_learned.txt``: "правозащитник", "кинокритик")."""
    words: set[str] = set()
    for name in ("professions.txt", "professions_learned.txt"):
        text = files("ru_newsner.link").joinpath("data", name).read_text("utf-8")
        words.update(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return frozenset(words)


def _fold(word: str) -> str:
    return word.lower().replace("ё", "е")


def _cases(tag) -> set[str]:
    return set(tag.grammemes & CASES) if tag.grammemes & CASES else set()


def _norm_case(cases: set[str]) -> set[str]:
    out = set(cases)
    out |= {"gent"} if "gen2" in cases else set()
    out |= {"loct"} if "loc2" in cases else set()
    out |= {"accs"} if "acc2" in cases else set()
    return out


FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "PRED"})


@lru_cache(maxsize=200_000)
def _head_parses(word: str, parse) -> tuple:
    """Parses of ``word`` (a noun, or a singular adjective used as one: "управляющий")
    whose lemma is a position; a hyphenated word is tried by its first part ("сенатора-демократа"),
    then by its last ("рок-музыканта")."""
    if ACTING.fullmatch(word):
        return _head_parses("врио", parse)  # "и.о. министра": an acting official, as "врио"
    if ACTING_WORDS.fullmatch(word):  # "исполняющим обязанности": the participle's case and gender
        return tuple(p for p in parse(word.split()[-2].lower()) if p.tag.POS == "PRTF")
    lexicon = professions()
    parses = parse(word)
    if parses and parses[0].tag.POS in FUNCTION_POS:
        return ()  # "после" is first a preposition, not the locative of "посол"
    found = []
    for p in parses:
        if p.tag.POS not in ("NOUN", "ADJF", "PRTF") or "plur" in p.tag and p.tag.POS != "NOUN":
            continue
        if p.tag.POS != "NOUN" and "neut" in p.tag:
            continue  # "военное прошлое": no person is neuter
        lemma = _fold(p.normal_form)
        if lemma in lexicon or any(lemma.startswith(x) and lemma[len(x):] in lexicon for x in PREFIXES + FUSED):
            found.append(p)
    if not found and "-" in word and not word.startswith(PREFIXES):
        # "сенатора-демократа" by its first part; "рок-музыканта", "арт-директор" by the last
        return _head_parses(word.split("-")[0], parse) or _head_parses(word.rsplit("-", 1)[1], parse)
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


def agrees(phrase: "Phrase", cases: set[str] | None) -> bool:
    return cases is None or not cases or bool(phrase.cases & cases)


CONJUNCTIONS = frozenset({"и", "или", "а", "но"})


def filler(ctx: Context, i: int, cases: frozenset[str]) -> bool:
    """A word that may stand between a role and a name: "54-летний", "канадец", "новым"."""
    token = ctx.tokens[i]
    if i in ctx.covered:
        return adjective_place(ctx, i)
    if token.text[0].isdigit():
        return "-" in token.text
    if not _is_word(token) or token.text[0].isupper() or _fold(token.text) in CONJUNCTIONS:
        return False
    parses = ctx.parse(token.text)
    return any(p.tag.POS in ("ADJF", "PRTF", "NOUN") and _norm_case(_cases(p.tag)) & cases
               for p in parses[:2])


def adjective_place(ctx: Context, i: int) -> bool:
    """"российский" tagged LOC inside "российский предприниматель"."""
    m = ctx.mentions[ctx.covered[i]]
    return m.kind == "location" and m.text[:1].islower()


VERBAL = frozenset({"VERB", "INFN", "PRTS", "GRND"})


def verbal(ctx: Context, i: int) -> bool:
    """Token ``i`` is first read as a verb, an infinitive, a short participle or a gerund."""
    parses = ctx.parse(ctx.tokens[i].text)
    return bool(parses) and parses[0].tag.POS in VERBAL
