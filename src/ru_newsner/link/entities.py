"""Group an article's name mentions into entities (one per canonical name and kind)."""

from ..records import Location, Organization, Person
from ..text.yo import fold

ENTITY_OF = {"person": Person, "organization": Organization, "location": Location}


def _key(mention) -> tuple[str, str]:
    return mention.kind, fold(mention.normal)


def build_entities(mentions: list) -> tuple[list, list]:
    """Return (mentions with ``entity`` set, entities); mentions must be in text order."""
    groups: dict[tuple[str, str], list[int]] = {}
    for i, m in enumerate(mentions):
        if m.kind in ENTITY_OF:
            groups.setdefault(_key(m), []).append(i)
    entities, index_of = [], {}
    for key, members in groups.items():
        first = mentions[members[0]]
        extra = {}
        if first.kind == "person":
            extra = dict(first=first.first, middle=first.middle, last=first.last)
        elif first.kind == "organization":
            extra = dict(legal_form=first.legal_form)
        index_of[key] = len(entities)
        entities.append(ENTITY_OF[first.kind](
            name=first.normal, mentions=members, count=len(members),
            first_start=first.start, **extra,
        ))
    linked = [
        m.model_copy(update={"entity": index_of[_key(m)]}) if m.kind in ENTITY_OF else m
        for m in mentions
    ]
    return linked, entities
