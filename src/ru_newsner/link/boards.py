"""A company's board and the company: who sits on "[совета директоров] «Башинформа»" or on
"[правления "Газпрома"]" works for the company too.

NEREL pairs the holder with both where the board is a mention ("член правления "Газпрома" Олег
Аксютин" → правление "Газпрома", Газпром; "председатель совета директоров банка HSBC" → совет
директоров банка HSBC, HSBC) and with the company where it is not ("Председатель правления
межрегиональной общественной организации … «Справедливость»"). On NEREL train reading the
company too adds 10 pairs, 8 of them gold (the other two: NEREL pairs only the board, "член
правления ЕЦБ"). A board's member works there, unlike a party's ("член правления" holds a
workplace, "член партии" does not: ``link.workplace_words.NO_WORKPLACE``).
"""

import re

from .held_in import GENITIVE, named_at
from .role_context import QUOTE, Context

BOARD = re.compile(r"(?:совет\w*\s+директоров|правлени[еяюи]|(?:наблюдательн|попечительск)\w+\s+совет\w*)"
                   r"(?![\w-])", re.IGNORECASE)


def is_board(text: str, start: int = 0) -> bool:
    """Whether ``text`` names a board at ``start``: "совета директоров", "Правление", "наблюдательного совета"."""
    return BOARD.match(text, start) is not None


def board_company(ctx: Context, index: int) -> int | None:
    """The company whose board organization mention ``index`` is: the organization inside it
    ('правления "Газпрома"') or right after it ("Совета директоров «Башинформа»", "совета
    директоров банка HSBC", "правления ОАО «РЖД»"); None where the mention is no board or names
    no company."""
    board = ctx.mentions[index]
    if board.kind != "organization" or not is_board(board.text):
        return None
    for other, m in enumerate(ctx.mentions):
        if other != index and m.kind == "organization" and board.start < m.start and m.stop <= board.stop:
            return other
    return company_after(ctx, board.stop)


def company_after(ctx: Context, end: int) -> int | None:
    """The organization named in the genitive at character ``end`` (after a board's words), or None."""
    return named_at(ctx, ctx.token_at.get(QUOTE.match(ctx.text, end).end()), GENITIVE)
