"""Sentences and tokens with exact ``[start, stop)`` offsets (razdel).

Sentences never cross a line break: each non-empty line is segmented on its own, so no
later stage can build a mention across a paragraph or header line.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from razdel import sentenize, tokenize

from .clean import tokenizer_view

_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
# razdel may cut after these when a number follows ("ст. 5", "№ 3", "г. Омск")
_NO_CUT_BEFORE_NUMBER = re.compile(r"(?:\b(?:ст|ч|п|пп|подп|г|гг|стр|рис|абз)\.|№)\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    stop: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    stop: int
    tokens: tuple[Token, ...]


def lines(text: str) -> Iterator[tuple[int, int]]:
    """``(start, stop)`` of each line holding more than whitespace."""
    for match in _LINE.finditer(text):
        if not match.group().isspace():
            yield match.start(), match.end()


def _sentence_bounds(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    chunk = text[start:stop]
    pending = None
    for sent in sentenize(chunk):
        bounds = (start + sent.start, start + sent.stop)
        if pending and _should_join(text, pending, bounds):
            pending = (pending[0], bounds[1])
            continue
        if pending:
            yield pending
        pending = bounds
    if pending:
        yield pending


def _should_join(text: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """Repair razdel cuts inside references such as "ст. 104" or "№ 3543"."""
    head = text[right[0]:right[0] + 1]
    return head.isdigit() and bool(_NO_CUT_BEFORE_NUMBER.search(text[left[0]:left[1]]))


def sentences(text: str) -> list[Sentence]:
    """Segment ``text`` into sentences of tokens; offsets point into ``text``, token texts
    are cut from it (razdel reads :func:`~ru_newsner.text.clean.tokenizer_view`)."""
    original, text = text, tokenizer_view(text)
    result = []
    for line_start, line_stop in lines(text):
        for start, stop in _sentence_bounds(text, line_start, line_stop):
            tokens = tuple(
                Token(start + t.start, start + t.stop, original[start + t.start:start + t.stop])
                for t in tokenize(text[start:stop])
            )
            if tokens:
                result.append(Sentence(tokens[0].start, tokens[-1].stop, tokens))
    return result


# a place's abbreviation ends no sentence: "в г. Октябрьский", "в дер. Пятница"
_PLACE_ABBREVIATION = re.compile(r"(?<![А-Яа-яЁё])(?:г|гор|пос|пгт|с|д|дер|ст|ул)\.\Z")


def sentence_start(text: str, start: int, lines: bool = False) -> bool:
    """Whether ``start`` opens a sentence: nothing but blanks before it, or a sentence's end
    (not a place's abbreviation, "в г. Октябрьский"), a closing quote, a dash or a colon
    ("Полиция задержала …", "— Полиция …"). With ``lines``, also the start of a line (a
    headline's first word) and a quotation's first word. Without, a line start is none: a
    caption's or a list's line opens with a name ("Честер Беннингтон"), not with a capital the
    sentence gave."""
    before = text[:start].rstrip(" \t\xa0«\"„“(") if lines else text[:start].rstrip()
    return not before or before[-1] in ".!?…\n»\"—–-:" and not _PLACE_ABBREVIATION.search(before[-5:])
