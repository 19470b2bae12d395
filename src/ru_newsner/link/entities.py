"""Entities from clusters: canonical name, aliases, parts, counts, first position."""

from collections import Counter

from ..records import LegalAct, Location, Organization, Person
from ..text.yo import fold
from .aliases import location_aliases
from .clusters import clusters, is_abbreviation, org_base

ENTITY_OF = {"person": Person, "organization": Organization, "location": Location, "law": LegalAct}


def _person(members):
    best = max(members, key=lambda m: (sum(bool(p) for p in (m.first, m.middle, m.last)),
                                       not (m.first or "").endswith("."), len(m.normal)))
    return best.normal, dict(first=best.first, middle=best.middle, last=best.last)


def _organization(members):
    full = [m for m in members if not is_abbreviation(org_base(m.normal, m.legal_form))]
    best = max(full or members, key=lambda m: (len(m.normal.split()), len(m.normal)))
    return best.normal, dict(legal_form=best.legal_form)


def _location(members):
    canonical = {v for k, v in location_aliases().items()}
    nouns = [m for m in members if fold(m.normal) in canonical] or members
    best = Counter(m.normal for m in nouns).most_common(1)[0][0]
    return best, {}


def _law(members):
    return max((m.normal for m in members), key=len), {}


NAMERS = {"person": _person, "organization": _organization, "location": _location, "law": _law}


def _count(records) -> int:
    """Mentions not nested in another mention of the same entity."""
    return sum(not any(o is not m and o.start <= m.start and m.stop <= o.stop and (o.start, o.stop) != (m.start, m.stop)
                       for o in records) for m in records)


def build_entities(mentions: list, text: str = "") -> tuple[list, list]:
    """Return (mentions with ``entity`` set, entities); mentions must be in text order."""
    entity_of, entities = cluster_entities(mentions, text)
    linked = [m.model_copy(update={"entity": entity_of[i]}) if i in entity_of else m
              for i, m in enumerate(mentions)]
    return linked, entities


def cluster_entities(mentions: list, text: str = "") -> tuple[dict[int, int], list]:
    """Return ({mention index: entity index}, entities); mentions must be in text order."""
    entities, entity_of = [], {}
    for kind, members in clusters(text, mentions):
        records = [mentions[i] for i in members]
        name, extra = NAMERS[kind](records)
        aliases = sorted({m.normal for m in records} - {name})
        for i in members:
            entity_of[i] = len(entities)
        entities.append(ENTITY_OF[kind](name=name, aliases=aliases, mentions=members,
                                        count=_count(records), first_start=records[0].start, **extra))
    return entity_of, entities
