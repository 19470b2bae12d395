"""Parquet output (zstd): a folder of four tables that join on stable ids.

    OUT/articles/part-00000.parquet   one row per input article, mentions, entities, relations nested
    OUT/mentions/part-00000.parquet   flat: article_id, mention_id, entity_id, kind, label, …
    OUT/entities/part-00000.parquet   flat: article_id, entity_id, kind, name, count, …
    OUT/relations/part-00000.parquet  flat: article_id, relation_id, person_entity_id, title, …

Ids: ``mention_id = "<article_id>/m<i>"``, ``entity_id = "<article_id>/e<k>"``,
``relation_id = "<article_id>/r<j>"`` (``i``, ``k``, ``j`` are indices into the article's
lists). Kind-specific fields (a date's value, a law's path, a person's name parts) are kept as a
JSON string in ``details``. Each part is written to a
temporary name and renamed; the articles part of a chunk is written last and marks it done,
so a kill never leaves a corrupt or half-counted part behind.
"""

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

COMMON = ("start", "stop", "text", "label", "kind", "normal", "source", "entity")
ENTITY_COMMON = ("kind", "name", "count", "first_start", "mentions")
ARTICLE_FIELDS = ("id", "schema_version", "text", "published_at", "title", "url", "source", "location")

MENTION = pa.struct([
    ("start", pa.int32()), ("stop", pa.int32()), ("text", pa.string()), ("label", pa.string()),
    ("kind", pa.string()), ("normal", pa.string()), ("source", pa.string()),
    ("entity", pa.int32()), ("details", pa.string()),
])
ENTITY = pa.struct([
    ("kind", pa.string()), ("name", pa.string()), ("count", pa.int32()),
    ("first_start", pa.int32()), ("mentions", pa.list_(pa.int32())), ("details", pa.string()),
])
RELATION = pa.struct([  # a role: the record's fields, indices into the article's lists
    ("kind", pa.string()), ("person", pa.int32()), ("person_entity", pa.int32()), ("title", pa.string()),
    ("former", pa.bool_()), ("organization", pa.int32()), ("organization_entity", pa.int32()),
    ("start", pa.int32()), ("stop", pa.int32()), ("text", pa.string()), ("score", pa.float64()),
])
ARTICLES = pa.schema([*[(f, pa.string()) for f in ARTICLE_FIELDS],
                      ("error_code", pa.string()), ("error_message", pa.string()),
                      ("mentions", pa.list_(MENTION)), ("entities", pa.list_(ENTITY)),
                      ("relations", pa.list_(RELATION))])
MENTIONS = pa.schema([("article_id", pa.string()), ("mention_id", pa.string()),
                      ("entity_id", pa.string()), *[(f.name, f.type) for f in MENTION]])
ENTITIES = pa.schema([("article_id", pa.string()), ("entity_id", pa.string()),
                      *[(f.name, f.type) for f in ENTITY]])
RELATIONS = pa.schema([("article_id", pa.string()), ("relation_id", pa.string()),
                       ("person_mention_id", pa.string()), ("person_entity_id", pa.string()),
                       ("organization_mention_id", pa.string()), ("organization_entity_id", pa.string()),
                       *[(f.name, f.type) for f in RELATION]])
TABLES = ("mentions", "entities", "relations", "articles")  # write order; articles last = committed


def _details(record: dict, common) -> str:
    return json.dumps({k: v for k, v in record.items() if k not in common},
                      ensure_ascii=False, sort_keys=True)


def _nested(rec: dict, common) -> dict:
    return {**{k: rec.get(k) for k in common}, "details": _details(rec, common)}


def _id(aid: str, prefix: str, index: int | None) -> str | None:
    return None if index is None else f"{aid}/{prefix}{index}"


def _relation(aid: str, j: int, r: dict) -> dict:
    return {"article_id": aid, "relation_id": f"{aid}/r{j}",
            "person_mention_id": _id(aid, "m", r.get("person")),
            "person_entity_id": _id(aid, "e", r.get("person_entity")),
            "organization_mention_id": _id(aid, "m", r.get("organization")),
            "organization_entity_id": _id(aid, "e", r.get("organization_entity")), **r}


def tables(rows: list[dict]) -> dict[str, pa.Table]:
    articles, mentions, entities, relations = [], [], [], []
    for row in rows:
        aid = row["id"]
        error = row.get("error") or {}
        articles.append({
            **{f: row.get(f) for f in ARTICLE_FIELDS},
            "error_code": error.get("code"), "error_message": error.get("message"),
            "mentions": [_nested(m, COMMON) for m in row["mentions"]],
            "entities": [_nested(e, ENTITY_COMMON) for e in row["entities"]],
            "relations": row.get("relations") or [],
        })
        for i, m in enumerate(row["mentions"]):
            entity = m.get("entity")
            mentions.append({"article_id": aid, "mention_id": f"{aid}/m{i}",
                             "entity_id": None if entity is None else f"{aid}/e{entity}",
                             **_nested(m, COMMON)})
        for k, e in enumerate(row["entities"]):
            entities.append({"article_id": aid, "entity_id": f"{aid}/e{k}", **_nested(e, ENTITY_COMMON)})
        relations.extend(_relation(aid, j, r) for j, r in enumerate(row.get("relations") or []))
    return {
        "articles": pa.Table.from_pylist(articles, schema=ARTICLES),
        "mentions": pa.Table.from_pylist(mentions, schema=MENTIONS),
        "entities": pa.Table.from_pylist(entities, schema=ENTITIES),
        "relations": pa.Table.from_pylist(relations, schema=RELATIONS),
    }


def _part(number: int) -> str:
    return f"part-{number:05d}.parquet"


def resume_parquet(root: Path) -> tuple[int, int]:
    """(rows already committed, next part number); removes uncommitted leftovers."""
    done_parts = sorted((root / "articles").glob("part-*.parquet"))
    committed = {p.name for p in done_parts}
    for table in TABLES:
        for path in (root / table).glob("*"):
            if path.name.endswith(".tmp") or (table != "articles" and path.name not in committed):
                path.unlink()
    rows = sum(pq.ParquetFile(p).metadata.num_rows for p in done_parts)
    return rows, len(done_parts)


class ParquetWriter:
    def __init__(self, root: Path, *, resume: bool, rows_per_part: int = 2000):
        self.root = Path(root)
        if self.root.exists() and not self.root.is_dir():
            raise FileExistsError(f"{self.root} exists and is not a folder (Parquet output is a folder)")
        if not resume and self.root.exists():
            for table in TABLES:
                for path in (self.root / table).glob("*"):
                    path.unlink()
        for table in TABLES:
            (self.root / table).mkdir(parents=True, exist_ok=True)
        self.done, self.part = resume_parquet(self.root) if resume else (0, 0)
        self.rows_per_part = rows_per_part
        self.buffer: list[dict] = []

    def write(self, rows: list[dict]) -> None:
        self.buffer.extend(rows)
        if len(self.buffer) >= self.rows_per_part:
            self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        name, built = _part(self.part), tables(self.buffer)
        for table_name in TABLES:  # articles last: its part marks the chunk committed
            table = built[table_name]
            final = self.root / table_name / name
            tmp = final.with_name(final.name + ".tmp")
            pq.write_table(table, tmp, compression="zstd")
            tmp.replace(final)
        self.part += 1
        self.buffer = []

    def close(self) -> None:
        self.flush()
