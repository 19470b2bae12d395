"""Annotated scalar types shared by the record modules."""

from typing import Annotated, Literal

from pydantic import Field

Offset = Annotated[int, Field(ge=0, description="Character offset into the article text.")]
Label = Literal["PER", "ORG", "LOC", "DATE", "TIME", "LAW", "MONEY", "AGE", "PERCENT"]
Source = Literal["slovnet", "model", "rules", "merge"]
IsoDate = Annotated[str, Field(description="ISO 8601 date or datetime, e.g. 2024-02-28.")]
