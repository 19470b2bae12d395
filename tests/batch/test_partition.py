"""Issue 5: one output row per input row, errors in place, order kept."""

from ru_newsner.batch.partition import process_partition
from ru_newsner.io.raw import RawArticle
from tests.batch.conftest import make_raws


def test_every_row_comes_back_in_order(pipeline):
    raws = make_raws(25, bad_every=5)
    rows = process_partition(pipeline, raws, batch_size=7)
    assert [r["id"] for r in rows] == [r.id for r in raws]
    errors = [r for r in rows if r["error"]]
    assert len(errors) == 5 and all(e["error"]["code"] == "bad_json" for e in errors)
    assert all(e["location"].startswith("gen:") for e in errors)
    good = [r for r in rows if not r["error"]]
    assert all(any(m["label"] == "PER" for m in r["mentions"]) for r in good)


def test_a_failing_article_does_not_sink_its_batch(pipeline):
    raws = make_raws(6)
    bad = RawArticle(id="bad-date", location="x:3", text="Текст.", published_at="не дата")
    raws.insert(2, bad)
    rows = process_partition(pipeline, raws)
    assert [r["id"] for r in rows] == [r.id for r in raws]
    assert rows[2]["error"]["code"] == "E003"
    assert all(r["error"] is None for i, r in enumerate(rows) if i != 2)


def test_row_without_text():
    raw = RawArticle(id="n", location="f:1", text=None)
    (row,) = process_partition(None, [raw])
    assert row["error"]["code"] == "no_text" and row["text"] == ""
