"""ru_newsner: people, organizations, locations, laws and dates in Russian news, as typed records."""

from typing import TYPE_CHECKING

from .errors import NewsNerError
from .records import (SCHEMA_VERSION, Article, DateMention, Law, Location, LocationMention,
                      Organization, OrganizationMention, Person, PersonMention, json_schema)

if TYPE_CHECKING:
    from .pipeline import Pipeline, load

__all__ = [
    "SCHEMA_VERSION", "Article", "DateMention", "Law", "Location", "LocationMention",
    "NewsNerError", "Organization", "OrganizationMention", "Person", "PersonMention",
    "Pipeline", "extract", "json_schema", "load",
]


def extract(text: str, *, published_at=None, id: str | None = None) -> Article:
    """One-off extraction with a process-wide default pipeline."""
    from .pipeline.core import default_pipeline

    return default_pipeline()(text, id=id, published_at=published_at)


def __getattr__(name: str):
    """``load`` and ``Pipeline`` are imported on first use: the pipeline imports spaCy (about
    0.9 s), which reading records (``ru_newsner.records``, ``ru_newsner.io``) does not need."""
    if name in ("Pipeline", "load"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
