"""Entities: what several mentions of one article refer to."""

from typing import Literal

from pydantic import Field

from .base import Record
from .scalars import Offset


class EntityBase(Record):
    name: str = Field(description="Canonical (nominative) name.")
    aliases: list[str] = Field(default=[], description="Other normal forms of its mentions.")
    mentions: list[int] = Field(description="Indices into Article.mentions, in text order.")
    count: int = Field(ge=1, description="How many times the article names it: a mention nested in "
                       "another mention of the same entity (the name inside 'АО «Омсктрансмаш»') is "
                       "not counted again.")
    first_start: Offset


class Person(EntityBase):
    kind: Literal["person"] = "person"
    first: str | None = None
    middle: str | None = None
    last: str | None = None
    gender: Literal["male", "female"] | None = Field(default=None, description=(
        "Most of its mentions' genders, a mention with a first name written out counting three times; None on "
        "a tie."))


class Organization(EntityBase):
    kind: Literal["organization"] = "organization"
    legal_form: str | None = None


class Location(EntityBase):
    kind: Literal["location"] = "location"
    place_kind: Literal["country", "city", "region", "district", "other"] | None = Field(default=None, description=(
        "What NEREL train calls the place most of its forms name: a country, a city, a region (state, "
        "province, oblast), a district, or another place (continent, sea, river, mountain); None for a "
        "place NEREL train does not name."))


class LegalAct(EntityBase):
    """Repeated references to one act (top-level LAW mentions with one normal form)."""

    kind: Literal["law"] = "law"
