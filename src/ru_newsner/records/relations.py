"""Relations between an article's mentions: a person's role (position) and organization."""

from typing import Literal

from pydantic import Field

from .base import Record
from .scalars import Offset


class Role(Record):
    """"генеральным директором АО «Омсктрансмаш» Василием Ковалевым" → title "генеральный
    директор", organization АО «Омсктрансмаш», person Василий Ковалев."""

    kind: Literal["role"] = "role"
    person: int = Field(description="Index into Article.mentions of the person mention.")
    title: str | None = Field(description="The position in the nominative: 'генеральный директор'; None "
                                          "where a verb gives the workplace alone ('возглавил «Газпром»'), "
                                          "membership does ('группы СВ — Вадимом Голутвиным, Юрием "
                                          "Китаевым', 'Мартинес из «Уигана»') or the workplace classifier "
                                          "does (see score).")
    former: bool = Field(default=False, description="The text says the position is held no more: 'бывшего "
                                                    "министра обороны' → title 'министр обороны', former "
                                                    "True (new in schema 1.5).")
    start: Offset = Field(description="Span of the position words (or of that verb; for membership's and "
                                      "the classifier's pairs, from the one mention to the other) in the "
                                      "text.")
    stop: Offset
    text: str
    organization: int | None = Field(
        default=None, description="Index into Article.mentions of the ORG (or LOC: 'президент США') mention.")
    score: float | None = Field(
        default=None, description="The workplace classifier's probability where it alone gives the pair "
                                  "(title None); None for the rules' roles.")
    person_entity: int | None = Field(default=None, description="Index into Article.entities.")
    organization_entity: int | None = None
