"""The text a role step reads: its tokens (look-alike letters made Cyrillic for the
dictionary, offsets kept) and which mention covers each, in one :class:`Context` shared by the
role phrases (``link.role_phrases``), the pairing rules (``link.pairing_rules``), the
dependency paths (``link.role_paths``) and the workplace classifier."""

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..ner.parts import LEGAL_FORMS
from ..text.clean import tokenizer_view
from ..text.segment import Token

if TYPE_CHECKING:
    from .role_phrases import Phrase

# "и.о." (acting) is one word, as "врио" is; initials are capitals both ("И.О. Петров")
ACTING = re.compile(r"[Ии]\.[ \xa0]?о\.")
# "(временно) исполняющий обязанности" is one word too, declined as its participle
ACTING_WORDS = re.compile(r"(?:[Вв]ременно[ \xa0]+)?[Ии]сполняющ[а-яё]{1,3}[ \xa0]+обязанности")
TOKEN = re.compile(rf"{ACTING.pattern}(?=[ \xa0]*[^\W\d_])|{ACTING_WORDS.pattern}(?![\w-])"
                   r"|[^\W\d_]+(?:[-‐][^\W\d_]+)*|\d+(?:[-‐][^\W\d_]+)?|\S")
SPACE = "[ \t\u00a0]*"
OPEN, CLOSE = "«\"„“", "»\"“”"
QUOTE = re.compile(f"{SPACE}(?:[«\"„“]{SPACE})?")  # a space, maybe an opening quote: before a name
# a legal form outside an organization's quoted name: 'гендиректор ОАО "Башкирэнерго"', "в компании
# ООО «Ромашка»" (NEREL's organization is the quoted name)
LEGAL_LINK = re.compile(f"{SPACE}(?:{'|'.join(LEGAL_FORMS)}){SPACE}(?:[«\"„“]{SPACE})?")


@lru_cache(maxsize=1)
def _default_parse():
    from ..text.morph import parser

    return parser()


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    tokens: list[Token]
    mentions: Sequence
    parse: Callable
    mention_at: dict[int, int]   # token index → outermost mention starting there
    covered: dict[int, int]      # token index → outermost mention covering it
    token_at: dict[int, int]     # char start → token index
    starts: list[int]            # token starts, for bisect
    first_of: dict[int, int] = field(default_factory=dict)  # phrase first token → head
    paired: dict[int, int] = field(default_factory=dict)    # phrase head → person mention
    phrases: dict[int, "Phrase"] = field(default_factory=dict)  # phrase head → phrase
    laws: tuple[tuple[int, int], ...] = ()  # (start, stop) of the acts' titles, which cover no token


def who(mentions: Sequence, i: int) -> int:
    """Mention ``i``'s entity, or a key of its own (negative) where it has none: what "the same
    person" compares."""
    return mentions[i].entity if mentions[i].entity is not None else -1 - i


def past_quotes(ctx: Context, m) -> int:
    """The end of mention ``m`` past its closing quote or wiki italics, where it opens with them."""
    before, after = ctx.text[max(0, m.start - 2):m.start], ctx.text[m.stop:m.stop + 2]
    if after[:1] and after[:1] in CLOSE and before[-1:] and before[-1:] in OPEN:
        return m.stop + 1
    if after == "''" and before == "''":
        return m.stop + 2  # wiki italics
    return m.stop


def tokenize(text: str) -> list[Token]:
    """Words and signs; a word's ``text`` as the dictionary should read it (``text.clean``:
    "Cолист" with a Latin "C" is "Солист"), its offsets the text's."""
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(tokenizer_view(text))]


def _context(text: str, mentions: Sequence, parse) -> Context:
    tokens = tokenize(text)
    token_at = {t.start: i for i, t in enumerate(tokens)}
    starts = [t.start for t in tokens]
    mention_at, covered = {}, {}
    for index, m in enumerate(mentions):  # sorted by (start, -stop): outermost first
        if m.kind == "law":
            continue  # a role inside an act's title is a role: "указ об отставке мэра Москвы Лужкова"
        inside = []
        for i in range(bisect_left(starts, m.start), len(tokens)):
            if tokens[i].stop > m.stop:
                break
            inside.append(i)
        if not inside:
            continue
        mention_at.setdefault(inside[0], index)
        for i in inside:
            covered.setdefault(i, index)
    laws = tuple((m.start, m.stop) for m in mentions if m.kind == "law")
    return Context(text, tokens, mentions, parse, mention_at, covered, token_at, starts, laws=laws)


def next_token(ctx: Context, offset: int) -> int | None:
    """The first token that starts at ``offset`` or after it; None past the last."""
    i = bisect_left(ctx.starts, offset)
    return i if i < len(ctx.tokens) else None


def index_from(ctx: Context, offset: int) -> int | None:
    """The token that starts at ``offset``, else the next one (:func:`next_token`)."""
    i = ctx.token_at.get(offset)
    return next_token(ctx, offset) if i is None else i
