"""ru_newsner: people, organizations, locations, laws and dates in Russian news, as typed records."""

from .errors import NewsNerError
from .pipeline import Pipeline, load
from .records import (SCHEMA_VERSION, Article, DateMention, Law, Location, LocationMention,
                      Organization, OrganizationMention, Person, PersonMention, json_schema)

__all__ = [
    "SCHEMA_VERSION", "Article", "DateMention", "Law", "Location", "LocationMention",
    "NewsNerError", "Organization", "OrganizationMention", "Person", "PersonMention",
    "Pipeline", "extract", "json_schema", "load",
]


def extract(text: str, *, published_at=None, id: str | None = None) -> Article:
    """One-off extraction with a process-wide default pipeline."""
    from .pipeline.core import default_pipeline

    return default_pipeline()(text, id=id, published_at=published_at)
