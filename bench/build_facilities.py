"""Build ``ner/data/facilities.tsv``: first-noun lemmas of ORG and LOC mentions that NEREL
train rarely confirms ("собор" for ORG, "кладбище" and "улица" for LOC).

    python bench/build_facilities.py [--data ../shared/data/nerel/train.jsonl] [--min 3]

Our pipeline (with an empty table and the relabel table: build this after
``bench/build_relabel.py``) runs over train; each ORG and LOC mention counts, under its
label and the key ``ner.facilities.facility_key`` gives it, as right (a gold entity of its
label at exactly its span) or not. A (label, key) enters the table when seen ``--min`` times,
in at least two articles, with a precision at or below the threshold. The threshold is
chosen on a held-out fifth of train (micro F1 of ORG and LOC, exact spans); the table is
then rebuilt on all of train. NEREL dev is never read.
"""

from pathlib import Path

import ru_newsner
from heldout import build_main, share_table, span_f1
from ru_newsner.evaluate import NEREL_TYPES
from ru_newsner.ner import facilities as facilities_module
from ru_newsner.pipeline.resources import shared

OUT = Path(__file__).resolve().parents[1] / "src" / "ru_newsner" / "ner" / "data" / "facilities.tsv"
THRESHOLDS = (0.0, 0.1, 0.2, 0.3, 0.4)


def collect(rows: list[dict]) -> list[dict]:
    facilities_module.facility_keys = lambda: frozenset()  # the pipeline as it is without the table
    pipeline, parse = ru_newsner.load(), shared().parse
    out = []
    for row, article in zip(rows, pipeline.pipe(r["text"] for r in rows)):
        gold = {(NEREL_TYPES[e["type"]], e["start"], e["end"]) for e in row["entities"]
                if NEREL_TYPES.get(e["type"]) in ("ORG", "LOC")}
        text = row["text"]
        ours = [((m.label, facilities_module.facility_key(m.text, parse, text[max(0, m.start - 40):m.start])),
                 m.label, m.start, m.stop)
                for m in article.mentions if m.label in ("ORG", "LOC")]
        out.append({"gold": gold, "ours": ours})
    return out


def learn(articles: list[dict], threshold: float, minimum: int) -> dict:
    return share_table(articles, lambda a: ((key, (label, s, e) in a["gold"])
                                            for key, label, s, e in a["ours"] if key[1] is not None),
                       minimum, lambda share: share <= threshold)


def org_loc_f1(articles: list[dict], table: dict) -> float:
    return span_f1(articles, lambda a: {(label, s, e) for key, label, s, e in a["ours"] if key not in table})


def write(table: dict, best: float, minimum: int) -> str:
    lines = [f"{label}\t{key}\t{n}\t{precision:.2f}" for (label, key), (n, precision) in sorted(table.items())]
    OUT.write_text("# label\tkey\tcount\tprecision (bench/build_facilities.py, threshold "
                   f"{best} chosen on a held-out fifth of train, min {minimum})\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    return f"threshold {best}: {len(table)} keys -> {OUT}"


def main(argv=None) -> int:
    return build_main(__doc__, THRESHOLDS, collect, learn, org_loc_f1, "ORG+LOC F1", write, argv=argv)


if __name__ == "__main__":
    raise SystemExit(main())
