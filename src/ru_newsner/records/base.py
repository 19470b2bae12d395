"""The strict pydantic base every public record derives from."""

from pydantic import BaseModel, ConfigDict


class Record(BaseModel):
    """Frozen, strict about unknown fields: the public output contract."""

    model_config = ConfigDict(frozen=True, extra="forbid")
