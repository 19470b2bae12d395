"""The scorer in ru_newsner.evaluate: exact and overlap counts, nested gold counted."""

import json

from ru_newsner.evaluate import read_nerel, score


def test_exact_and_overlap():
    gold = {("ORG", 0, 10), ("LOC", 5, 10), ("PER", 20, 30)}
    pred = {("ORG", 0, 10), ("LOC", 4, 10), ("PER", 40, 45)}
    s = score([(gold, pred)])
    assert (s["ORG"].precision, s["ORG"].recall) == (1.0, 1.0)
    assert s["LOC"].f1 == 0.0 and s["LOC"].overlap_f1 == 1.0
    assert s["PER"].gold == 1 and s["PER"].pred == 1 and s["PER"].exact == 0
    assert s["ALL"].gold == 3 and s["ALL"].exact == 1


def test_read_nerel_maps_types(tmp_path):
    row = {"id": "1", "text": "В Омске", "entities": [
        {"id": "T1", "type": "CITY", "start": 2, "end": 7, "text": "Омске"},
        {"id": "T2", "type": "AWARD", "start": 0, "end": 1, "text": "В"}]}
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = read_nerel(path)
    assert doc.spans == {("LOC", 2, 7)}
