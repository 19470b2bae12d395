"""Boundary repairs for statistical spans, as an ordered list of small named rules.

Each rule takes ``(text, label, start, stop)`` and returns new ``(start, stop)``; NEREL's
conventions decide: a legal form and the quotes after it belong to an organization
("ООО «Газэкспорт»"), a bare quoted name does not include its quotes ("«Спартак»"),
and no span crosses a line break.
"""

import re
import unicodedata
from collections.abc import Callable

from .parts import LEGAL_FORMS

Rule = Callable[[str, str, int, int], tuple[int, int]]
_LEGAL_BEFORE = re.compile(r"(?:^|(?<=\W))(%s)\s*[«\"„]\s*$" % "|".join(LEGAL_FORMS))
_QUOTES = {"«": "»", "„": "“", '"': '"', "“": "”"}


def legal_form_prefix(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """'АО «[Омсктрансмаш]»' → '[АО «Омсктрансмаш»]'."""
    if label != "ORG":
        return start, stop
    match = _LEGAL_BEFORE.search(text, max(0, start - 12), start)
    if match and match.end() == start:
        return match.start(1), stop
    return start, stop


def close_open_quote(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """A span holding more opening than closing quotes takes in the closing quotes after it."""
    span = text[start:stop]
    for opening, closing in _QUOTES.items():
        if opening == closing:
            continue
        missing = span.count(opening) - span.count(closing)
        while missing > 0 and stop < len(text) and text[stop] == closing:
            stop, missing = stop + 1, missing - 1
    return start, stop


def strip_bare_quotes(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """'[«Спартак»]' → '«[Спартак]»': a bare quoted name without its quotes."""
    span = text[start:stop]
    if len(span) > 2 and span[0] in _QUOTES and span[-1] == _QUOTES[span[0]]:
        inner = span[1:-1]
        if span[0] not in inner and _QUOTES[span[0]] not in inner:
            return start + 1, stop - 1
    return start, stop


def _junk(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


def trim_punctuation(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """No leading/trailing spaces, controls, invisibles, commas or dashes."""
    while start < stop and (_junk(text[start]) or text[start] in ",.;:—-–"):
        start += 1
    while stop > start and (_junk(text[stop - 1]) or text[stop - 1] in ",;:—-–"):
        stop -= 1
    return start, stop


def first_line(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """Cut a span at its first line break (no mention crosses a paragraph)."""
    cut = text.find("\n", start, stop)
    return (start, cut) if cut >= 0 else (start, stop)


def no_label_colon(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """'Регистрационный номер: ЭЛ № ФС 77-60277' is a field label and value, not a name."""
    return (start, start) if ": " in text[start:stop] else (start, stop)


RULES: tuple[Rule, ...] = (
    first_line, no_label_colon, trim_punctuation, strip_bare_quotes, legal_form_prefix, close_open_quote,
)


def repair(text: str, label: str, start: int, stop: int, rules=RULES) -> tuple[int, int]:
    for rule in rules:
        start, stop = rule(text, label, start, stop)
    return start, stop
