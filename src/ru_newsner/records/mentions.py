"""Mentions: one record per span of the article, discriminated by ``kind``.

Offsets are ``[start, stop)`` into the article text, so that
``article.text[m.start:m.stop] == m.text`` always holds.
"""

from typing import Literal

from pydantic import Field, model_validator

from .base import Record
from .scalars import Label, Offset, Source


class Span(Record):
    start: Offset
    stop: Offset
    text: str

    @model_validator(mode="after")
    def _check_span(self):
        if self.stop < self.start:
            raise ValueError(f"stop ({self.stop}) < start ({self.start})")
        if len(self.text) != self.stop - self.start:
            raise ValueError("text length differs from stop - start")
        return self


class MentionBase(Span):
    label: Label
    normal: str = Field(description=(
        "Normal form: nominative for names and acts, the resolved ISO value for dates "
        "(\"2024-02-28\", \"2008/2014\", \"P2Y\"), the lower-cased text if unresolved."))
    source: Source = Field(description="The stage that produced the mention.")
    entity: int | None = Field(
        default=None, description="Index into Article.entities of the entity it refers to."
    )
    section: Literal["header", "body", "footer"] | None = Field(
        default=None, description="Part of a scraped page the mention is in (None: not detected).")


class PersonMention(MentionBase):
    kind: Literal["person"] = "person"
    label: Literal["PER"] = "PER"
    first: str | None = None
    middle: str | None = None
    last: str | None = None
    gender: Literal["male", "female"] | None = Field(default=None, description=(
        "What the name's words and the words agreeing with them say (\"Уайт заявила\": female); "
        "None where they say nothing."))


class OrganizationMention(MentionBase):
    kind: Literal["organization"] = "organization"
    label: Literal["ORG"] = "ORG"
    legal_form: str | None = Field(default=None, description="АО, ООО, ПАО, ФГУП… split off.")
    name: str = Field(description="The normal form without the legal form.")


class LocationMention(MentionBase):
    kind: Literal["location"] = "location"
    label: Literal["LOC"] = "LOC"


class ValueMention(MentionBase):
    """MONEY ("8,1 млн долларов", from our rules), AGE ("54-летний"), PERCENT ("17%"): from our
    trained model, when it runs (``ru_newsner.load(model=True)``); with their parsed parts
    (``rules.amounts``)."""

    kind: Literal["value"] = "value"
    label: Literal["MONEY", "AGE", "PERCENT"]
    amount: float | None = Field(default=None, description=(
        "The number, scale applied, in whole units: \"2,5 млрд долларов\" → 2500000000, \"75 центов\" "
        "→ 0.75; a range's lower bound; None where no number is written (\"миллиарды рублей\")."))
    amount_max: float | None = Field(default=None, description=(
        "A range's upper bound (\"от 3 до 5 тыс. руб.\" → 5000, \"210-250 млн\"), else None."))
    unit: str | None = Field(default=None, description=(
        "MONEY: the currency's ISO 4217 code (\"RUB\", \"USD\", \"NOK\"; \"BTC\"), None where the "
        "text does not say whose (\"крон\", a sum without a currency); an elliptical sum's is that of the "
        "sum its sentence gave before it (\"140,5 млрд рублей, дефицит — 8 млрд\"); AGE: \"year\"; "
        "PERCENT: \"%\"."))
    qualifier: Literal["about", "over", "at_least", "under", "up_to"] | None = Field(default=None, description=(
        "The approximation written before it: около/примерно (about), более/свыше (over), не менее "
        "(at_least), менее/почти (under), до/не более (up_to)."))
