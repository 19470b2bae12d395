"""The public schema: strict, frozen, versioned, its JSON Schema pinned by a snapshot."""

import json
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from ru_newsner.records import Article, LocationMention, PersonMention, json_schema

SNAPSHOT = Path(__file__).parent / "snapshots" / "article.schema.json"


def test_json_schema_matches_snapshot():
    schema = json.dumps(json_schema(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if os.environ.get("RU_NEWSNER_UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(schema, encoding="utf-8")
    assert schema == SNAPSHOT.read_text(encoding="utf-8"), (
        "schema changed: bump SCHEMA_VERSION if incompatible, then rerun with "
        "RU_NEWSNER_UPDATE_SNAPSHOTS=1"
    )


def test_extra_fields_are_refused():
    with pytest.raises(ValidationError):
        PersonMention(start=0, stop=1, text="И", normal="И", source="slovnet", nickname="x")


def test_records_are_frozen():
    m = LocationMention(start=0, stop=4, text="Омск", normal="Омск", source="slovnet")
    with pytest.raises(ValidationError):
        m.start = 1


def test_article_refuses_lying_offsets():
    m = LocationMention(start=0, stop=4, text="Омск", normal="Омск", source="slovnet")
    with pytest.raises(ValidationError, match="does not match"):
        Article(text="В Омске", mentions=[m])


def test_round_trip_keeps_kinds():
    m = LocationMention(start=2, stop=7, text="Омске", normal="Омск", source="slovnet")
    article = Article(id="a", text="В Омске", mentions=[m])
    again = Article.model_validate_json(article.model_dump_json())
    assert again == article
    assert type(again.mentions[0]) is LocationMention


def test_span_length_must_match():
    with pytest.raises(ValidationError):
        LocationMention(start=0, stop=3, text="Омск", normal="Омск", source="slovnet")
