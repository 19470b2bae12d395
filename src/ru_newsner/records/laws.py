"""Legal acts and references into them."""

from typing import Literal

from pydantic import Field

from .base import Record
from .mentions import MentionBase
from .scalars import IsoDate

LawKind = Literal[
    "constitution", "code", "federal_law", "federal_constitutional_law", "regional_law",
    "law", "decree", "resolution", "order", "treaty", "article_reference", "other",
]


class LawPath(Record):
    """A position inside an act: ``п. 6 ч. 2 ст. 104`` → point 6, part 2, article 104."""

    article: str | None = None
    part: str | None = None
    point: str | None = None
    subpoint: str | None = None
    chapter: str | None = None


class Law(MentionBase):
    kind: Literal["law"] = "law"
    label: Literal["LAW"] = "LAW"
    act_kind: LawKind = "other"
    title: str | None = Field(default=None, description="The title exactly as written.")
    number: str | None = None
    adopted: IsoDate | None = None
    issuer: str | None = Field(default=None, description="Normal form of the issuing body.")
    jurisdiction: str | None = None
    path: LawPath | None = None
    act: str | None = Field(default=None, description="Normal form of the act a path points into.")
    parent: int | None = Field(default=None, description="Index of the enclosing LAW mention.")
