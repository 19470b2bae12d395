"""Writers: JSONL torn-line repair, Parquet tables that join, uncommitted parts removed."""

import pyarrow.parquet as pq

from ru_newsner.batch.jsonl import JsonlWriter, resume_jsonl
from ru_newsner.batch.parquet import ParquetWriter, resume_parquet
from ru_newsner.batch.partition import process_partition
from tests.batch.conftest import make_raws


def test_jsonl_torn_last_line_is_cut(tmp_path):
    path = tmp_path / "out.jsonl"
    path.write_text('{"id": "1"}\n{"id": "2"}\n{"id": "3", "te', encoding="utf-8")
    assert resume_jsonl(path) == 2
    assert path.read_text(encoding="utf-8") == '{"id": "1"}\n{"id": "2"}\n'


def test_jsonl_writer_appends_on_resume(tmp_path):
    path = tmp_path / "out.jsonl"
    w = JsonlWriter(path, resume=False)
    w.write([{"id": "1"}])
    w.close()
    w = JsonlWriter(path, resume=True)
    assert w.done == 1
    w.write([{"id": "2"}])
    w.close()
    assert path.read_text(encoding="utf-8").splitlines() == ['{"id":"1"}', '{"id":"2"}']


def test_parquet_tables_join_on_stable_ids(tmp_path, pipeline):
    rows = process_partition(pipeline, make_raws(12, bad_every=6))
    w = ParquetWriter(tmp_path / "out", resume=False, rows_per_part=5)
    w.write(rows[:7])
    w.write(rows[7:])
    w.close()
    articles = pq.read_table(tmp_path / "out" / "articles").to_pylist()
    mentions = pq.read_table(tmp_path / "out" / "mentions").to_pylist()
    entities = pq.read_table(tmp_path / "out" / "entities").to_pylist()
    assert [a["id"] for a in articles] == [r["id"] for r in rows]
    assert sum(len(a["mentions"]) for a in articles) == len(mentions)
    ids = {e["entity_id"] for e in entities}
    assert all(m["entity_id"] in ids for m in mentions if m["entity_id"])
    texts = {a["id"]: a["text"] for a in articles}
    assert all(texts[m["article_id"]][m["start"]:m["stop"]] == m["text"] for m in mentions)
    assert sum(a["error_code"] is not None for a in articles) == 2
    relations = pq.read_table(tmp_path / "out" / "relations").to_pylist()
    assert relations and sum(len(a["relations"]) for a in articles) == len(relations)
    by_mention = {m["mention_id"]: m for m in mentions}
    for r in relations:  # a role joins its person and organization by their ids
        assert by_mention[r["person_mention_id"]]["kind"] == "person"
        assert by_mention[r["person_mention_id"]]["entity_id"] == r["person_entity_id"] in ids
        assert texts[r["article_id"]][r["start"]:r["stop"]] == r["text"]
    assert {(by_mention[r["person_mention_id"]]["normal"], r["title"], by_mention[r["organization_mention_id"]]["text"])
            for r in relations if r["article_id"] == "a00000"} == {("Анна Смирнова", "генеральный директор",
                                                                  "АО «Омсктрансмаш»")}


def test_parquet_resume_drops_uncommitted_parts(tmp_path, pipeline):
    rows = process_partition(pipeline, make_raws(4))
    w = ParquetWriter(tmp_path / "out", resume=False, rows_per_part=2)
    w.write(rows[:2])
    w.write(rows[2:])
    w.close()
    (tmp_path / "out" / "articles" / "part-00001.parquet").unlink()  # as if killed mid-part
    (tmp_path / "out" / "mentions" / "part-00002.parquet.tmp").write_bytes(b"junk")
    assert resume_parquet(tmp_path / "out") == (2, 1)
    assert not (tmp_path / "out" / "mentions" / "part-00001.parquet").exists()
    assert not list((tmp_path / "out").rglob("*.tmp"))
