"""The per-article result: text, mentions, entities, schema version."""

from typing import Annotated, Literal, Union

from pydantic import Field, model_validator

from .base import Record
from .dates import DateMention
from .entities import LegalAct, Location, Organization, Person
from .laws import Law
from .mentions import LocationMention, OrganizationMention, PersonMention, ValueMention
from .relations import Role

SCHEMA_VERSION = "1.5"

Mention = Annotated[
    Union[PersonMention, OrganizationMention, LocationMention, DateMention, Law, ValueMention],
    Field(discriminator="kind"),
]
Entity = Annotated[Union[Person, Organization, Location, LegalAct], Field(discriminator="kind")]


class ArticleError(Record):
    code: str
    message: str


class Article(Record):
    schema_version: Literal["1.5"] = SCHEMA_VERSION
    id: str | None = None
    text: str = Field(description=(
        "The text all offsets point into: for HTML input, the plain text after stripping tags "
        "(offsets point into this plain text, not into the HTML)."))
    published_at: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="Site or dataset the article came from.")
    location: str | None = Field(default=None, description="Where it was read: file[:member]:row.")
    mentions: list[Mention] = []
    entities: list[Entity] = []
    relations: list[Role] = Field(default=[], description="A person's position and organization.")
    error: ArticleError | None = None

    @model_validator(mode="after")
    def _check_offsets(self):
        for m in self.mentions:
            if self.text[m.start:m.stop] != m.text:
                raise ValueError(f"mention {m.text!r} does not match text[{m.start}:{m.stop}]")
        return self
