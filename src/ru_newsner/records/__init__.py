"""The public, versioned output schema."""

from .article import SCHEMA_VERSION, Article, ArticleError, Entity, Mention
from .dates import DateMention, DateParts
from .entities import LegalAct, Location, Organization, Person
from .laws import Law, LawPath
from .relations import Role
from .mentions import (LocationMention, MentionBase, OrganizationMention, PersonMention, Span,
                       ValueMention)

__all__ = [
    "SCHEMA_VERSION", "Article", "ArticleError", "DateMention", "DateParts", "Entity", "Law",
    "LawPath", "LegalAct", "Location", "LocationMention", "Mention", "MentionBase", "Organization",
    "OrganizationMention", "Person", "PersonMention", "Role", "Span", "ValueMention", "json_schema",
]


def json_schema() -> dict:
    """JSON Schema of one output row (an ``Article``)."""
    return Article.model_json_schema()
