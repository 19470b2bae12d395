"""Temporal expressions: DATE and TIME mentions with a resolved interval."""

from typing import Literal

from pydantic import Field

from .base import Record
from .mentions import MentionBase
from .scalars import IsoDate

Granularity = Literal["century", "decade", "year", "season", "month", "week", "day",
                      "hour", "minute", "second"]
DateKind = Literal["point", "range", "duration", "set"]


class DateParts(Record):
    """What the text itself says, before any resolution."""

    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = Field(default=None, ge=0, le=6, description="0 = Monday.")
    time: str | None = Field(default=None, description="HH:MM or HH:MM:SS.")
    season: Literal["winter", "spring", "summer", "autumn"] | None = None
    century: int | None = None
    decade: int | None = None
    holiday: str | None = None
    offset: int | None = Field(default=None, description="Signed offset for relative dates.")
    unit: Granularity | None = Field(default=None, description="Unit of offset or duration.")
    amount: float | None = Field(default=None, description="Count of units in a duration.")


class DateMention(MentionBase):
    kind: Literal["date"] = "date"
    label: Literal["DATE", "TIME"] = "DATE"
    date_kind: DateKind = "point"
    granularity: Granularity | None = None
    value_start: IsoDate | None = Field(default=None, description="Interval start, inclusive.")
    value_end: IsoDate | None = Field(default=None, description="Interval end, inclusive.")
    duration: str | None = Field(default=None, description="ISO 8601 duration, e.g. P2Y.")
    is_relative: bool = False
    anchor: IsoDate | None = Field(default=None, description="What a relative date was resolved against.")
    parts: DateParts = DateParts()
