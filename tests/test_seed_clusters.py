"""Issue 7 golden test: the seed article's entity clusters (tests/golden/seed_entities.json)."""

import json
from pathlib import Path

import pytest

from ru_newsner.text.yo import fold

GOLDEN = json.loads((Path(__file__).parent / "golden" / "seed_entities.json").read_text("utf-8"))


@pytest.mark.parametrize("expected", GOLDEN["entities"], ids=lambda e: e["name"][:40])
def test_entity(seed_article, expected):
    matches = [e for e in seed_article.entities if e.kind == expected["kind"]
               and ({expected["name"], *expected.get("aliases", [])} & {e.name, *e.aliases})]
    assert len(matches) == 1, [(e.name, e.aliases) for e in matches]
    entity = matches[0]
    assert entity.name == expected["name"]
    assert set(expected.get("aliases", [])) <= set(entity.aliases)
    assert entity.count == expected["count"] <= len(entity.mentions)  # nested mentions count once
    first = seed_article.mentions[entity.mentions[0]]
    assert first.section == expected["section"]
    assert all(seed_article.mentions[i].entity == seed_article.entities.index(entity) for i in entity.mentions)


def test_one_entity_per_name(seed_article):
    for kind in ("person", "organization", "location", "law"):
        names = [fold(n) for e in seed_article.entities if e.kind == kind for n in (e.name, *e.aliases)]
        assert len(names) == len(set(names)), kind


def test_exactly_the_people(seed_article):
    people = {e.name for e in seed_article.entities if e.kind == "person"}
    assert people == {e["name"] for e in GOLDEN["entities"] if e["kind"] == "person"}


def test_roles_as_typed_relations(seed_article):
    """Issue 7: the seed's roles reach the Article, linked to entities."""
    got = {(seed_article.entities[r.person_entity].name, r.title,
            None if r.organization_entity is None else seed_article.entities[r.organization_entity].name)
           for r in seed_article.relations}
    assert ("Михаил Лабудин", "директор", "Ассоциация кластеров и технопарков России") in got
    assert ("Василий Ковалев", "генеральный директор", "АО «Омсктрансмаш»") in got
    assert ("Сусликов Сергей Сергеевич", "главный редактор", None) in got
    assert any(p == "Михаил Серёгин" and t.startswith("руководитель направления") for p, t, _ in got)
    for r in seed_article.relations:
        assert seed_article.text[r.start:r.stop] == r.text
        assert seed_article.mentions[r.person].kind == "person"
