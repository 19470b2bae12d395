"""The organization a position is held in: "директором [в компании «Ромашка»]", "пост
генерального директора [в нефтедобывающей компании ООО "МНКТ"]", "журналистом [в «Коммерсанте»]";
and a second one joined by "и" to the first: "нападающий «Реала» и [сборной Португалии]",
"адвокатом в хедж-фонде Bridgewater Associates и [в военной корпорации Lockheed Martin]".

After the position's last word come "в"/"во", then the organization's name, or a kind of
body ("компании", "банке": ``ner.apposed_names.KINDS``) in the locative with its adjectives, or
a legal form, before the name ('в ОАО "Башкирэнерго"'); ``named_at`` reads the same in another
case (a board's company in the genitive: ``link.boards``). Only an organization counts: a place
after "в" is where the post is held, not a workplace ("послом в США").
"""

import re

from ..ner.apposed_names import KINDS
from .role_context import LEGAL_LINK, QUOTE, SPACE, Context, past_quotes
from .role_words import _fold
from .workplace_words import REPRESENTATIVES

IN = re.compile(f"{SPACE}(?:в|во)[ \t\u00a0]+(?:[«\"„“]{SPACE})?")
_WORDS = 3  # words between "в" and the name: "нефтедобывающей компании ООО"


LOCATIVE = frozenset({"loct", "loc2"})
GENITIVE = frozenset({"gent", "gen2"})


def _in_case(ctx: Context, i: int, cases: frozenset[str], kinds: frozenset[str] | None) -> bool:
    """Token ``i`` is a word in one of ``cases``: an adjective, or with ``kinds`` a noun among them."""
    for p in ctx.parse(ctx.tokens[i].text.lower()):
        if not cases & p.tag.grammemes:
            continue
        if kinds is None and p.tag.POS in ("ADJF", "PRTF") or kinds is not None and p.tag.POS == "NOUN" \
                and _fold(p.normal_form).rsplit("-", 1)[-1] in kinds:  # "хедж-фонде": a fund
            return True
    return False


def named_at(ctx: Context, i: int | None, cases: frozenset[str]) -> int | None:
    """The organization mention at token ``i``, or after a kind of body in ``cases`` with its
    adjectives ("нефтедобывающей компании"), or after a legal form ("ООО «Ромашка»"); None if
    another word or mention comes first."""
    kind = False
    for _ in range(_WORDS + 1):
        if i is None:
            return None
        index = ctx.mention_at.get(i)
        if index is not None:
            return index if ctx.mentions[index].kind == "organization" else None
        if legal := LEGAL_LINK.match(ctx.text, ctx.tokens[i].start):
            i = ctx.token_at.get(legal.end())  # "компании ООО «…»": the legal form outside the name
            kind = True
            continue
        if kind or not ctx.tokens[i].text[:1].isalpha():
            return None
        if _in_case(ctx, i, cases, KINDS):
            kind = True
        elif not _in_case(ctx, i, cases, None):
            return None
        i = ctx.token_at.get(QUOTE.match(ctx.text, ctx.tokens[i].stop).end())
    return None


def organization_in(ctx: Context, last: int) -> int | None:
    """The organization mention named after "в" right after token ``last``, or None."""
    link = IN.match(ctx.text, ctx.tokens[last].stop)
    return named_at(ctx, ctx.token_at.get(link.end()), LOCATIVE) if link else None


_AT = re.compile(f"{SPACE}(?:в|во|при)(?!\\w){SPACE}(?:[«\"„“]{SPACE})?")


def represented_in(ctx: Context, head_parse, index: int) -> int | None:
    """The organization a place is represented in, after location mention ``index`` that a
    representative's position (``head_parse``) takes: "представитель России [в ООН]", "постпред
    России [при ООН]", "послом Японии [в МАГАТЭ]"; None otherwise."""
    place = ctx.mentions[index]
    if place.kind != "location" or _fold(head_parse.normal_form) not in REPRESENTATIVES:
        return None
    link = _AT.match(ctx.text, past_quotes(ctx, place))
    i = ctx.token_at.get(link.end()) if link else None
    other = ctx.mention_at.get(i) if i is not None else None
    return other if other is not None and ctx.mentions[other].kind == "organization" else None


_AND = re.compile(f"{SPACE}и{SPACE}(?:[«\"„“]{SPACE})?")
_AND_IN = re.compile(f"{SPACE}и{SPACE}(?:в|во)[ \t\u00a0]+(?:[«\"„“]{SPACE})?")


def joined_organization(ctx: Context, index: int, end: int) -> int | None:
    """A second organization joined by "и" to organization mention ``index``, whose phrase ends
    at ``end`` ("нападающий «Реала» и [сборной Португалии]"), maybe after "в" and a kind of body
    ("… и в [военной корпорации Lockheed Martin]"), or None."""
    if ctx.mentions[index].kind != "organization":
        return None
    if link := _AND_IN.match(ctx.text, end):  # "в хедж-фонде … и [в военной корпорации Lockheed Martin]"
        return named_at(ctx, ctx.token_at.get(link.end()), LOCATIVE)
    link = _AND.match(ctx.text, end)
    i = ctx.token_at.get(link.end()) if link else None
    other = ctx.mention_at.get(i) if i is not None else None
    return other if other is not None and ctx.mentions[other].kind == "organization" else None
