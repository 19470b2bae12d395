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
                                          "where a verb gives the workplace alone ('возглавил «Газпром»').")
    start: Offset = Field(description="Span of the position words (or of that verb) in the text.")
    stop: Offset
    text: str
    organization: int | None = Field(
        default=None, description="Index into Article.mentions of the ORG (or LOC: 'президент США') mention.")
    person_entity: int | None = Field(default=None, description="Index into Article.entities.")
    organization_entity: int | None = None
