"""Roles and names inside an act's title: "указ об отставке мэра Москвы Лужкова" pairs inside
it, "законопроект Яровой" holds no role of the text around it, nor "закон «О выборах мэра
Москвы»" a person's. The titles are the law mentions' spans (``Context.laws``, which the role
steps read as text, not as a mention that covers its words)."""


def title_of(ctx, offset: int) -> tuple[int, int] | None:
    """The act's title (its mention's span) that holds ``offset``, if any."""
    return next((law for law in ctx.laws if law[0] <= offset < law[1]), None)


def same_title(ctx, phrase, person: int) -> bool:
    """Whether the role phrase and the person mention stand in the same act's title or both
    outside any."""
    return title_of(ctx, ctx.tokens[phrase.head].start) == title_of(ctx, ctx.mentions[person].start)
