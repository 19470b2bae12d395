"""The scorer in ru_newsner.evaluate: exact and overlap counts, nested gold counted."""

import json

import pytest

from ru_newsner.evaluate import intervals, ratio_interval, read_nerel, score


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


def _article(right: int, wrong: int, label: str = "ORG"):
    """An article with ``right`` predicted spans that match gold and ``wrong`` that do not."""
    gold = {(label, 10 * i, 10 * i + 5) for i in range(right + wrong)}
    pred = {(label, 10 * i, 10 * i + 5) for i in range(right)} | {(label, 10 * i + 1, 10 * i + 5) for i in range(right, right + wrong)}
    return gold, pred


def test_intervals_hold_the_score_and_repeat_with_the_seed():
    pairs = [_article(9, 1), _article(5, 5), _article(10, 0), _article(2, 8), _article(7, 3, "LOC")]
    first = intervals(pairs, ["ORG", "LOC"], rounds=300, seed=1)
    assert first == intervals(pairs, ["ORG", "LOC"], rounds=300, seed=1)
    org, micro = first["ORG"], first["micro"]
    assert org[0] == score(pairs)["ORG"].f1 == 26 / 40
    assert org[1] < org[0] < org[2]  # articles this unequal give an interval of some width
    assert micro[0] == score(pairs)["ALL"].f1


def test_intervals_of_equal_articles_have_no_width():
    f1, low, high = intervals([_article(3, 1)] * 6, ["ORG"], rounds=50)["ORG"]
    assert low == high == f1 == 0.75


def test_intervals_of_a_label_never_seen_are_zero():
    assert intervals([_article(3, 1)], ["LAW"], rounds=10)["LAW"] == (0.0, 0.0, 0.0)


def test_intervals_refuse_nothing_to_draw():
    with pytest.raises(ValueError):
        intervals([], ["ORG"])


def test_ratio_interval_precision_and_recall_share_draws():
    right, predicted, gold = [9, 1, 5, 0, 7], [10, 4, 5, 2, 8], [12, 2, 9, 1, 7]
    p = ratio_interval(right, predicted, rounds=400, seed=3)
    r = ratio_interval(right, gold, rounds=400, seed=3)
    assert p[0] == 22 / 29 and r[0] == 22 / 31
    assert p[1] < p[0] < p[2] and r[1] < r[0] < r[2]
    assert ratio_interval(right, predicted, rounds=400, seed=4) != p  # another seed, other draws
    with pytest.raises(ValueError):
        ratio_interval([1, 2], [3])


def test_the_micro_average_over_a_subset():
    pairs = [_article(9, 1), _article(7, 3, "LOC"), _article(1, 9, "LAW")]
    both = intervals(pairs, ["ORG", "LOC", "LAW"], rounds=50, micro=["ORG", "LOC"])
    assert both["micro"][0] == 2 * 16 / 40  # LAW scored on its own, left out of the average
    assert both["LAW"][0] == 0.1
    assert intervals(pairs, ["ORG", "LOC"], rounds=50)["micro"] == both["micro"]
