"""Build ``ner/data/relabel.tsv``: ORG/LOC normal forms NEREL train labels otherwise.

    python bench/build_relabel.py [--data ../shared/data/nerel/train.jsonl] [--min 3]

Our pipeline (with an empty table, and no facility table: build this one first, then
``bench/build_facilities.py``, which runs with it) runs over train; each ORG/LOC mention's normal form
collects what NEREL's gold says at exactly its span: our label (keep), the other of ORG/LOC
(relabel), or anything else — PRODUCT, FACILITY, no entity — (drop). A normal form enters the
table when it was seen ``--min`` times, in at least two articles, and relabel or drop wins with at least the threshold's
share. The threshold is chosen on a held-out fifth of train (micro F1 of ORG and LOC, exact
spans); the table is then rebuilt on all of train. NEREL dev is never read.
"""

from collections import Counter, defaultdict
from pathlib import Path

import ru_newsner
from heldout import build_main, span_f1
from ru_newsner.evaluate import NEREL_TYPES
from ru_newsner.ner import facilities as facilities_module
from ru_newsner.ner import relabel as relabel_module

OUT = Path(__file__).resolve().parents[1] / "src" / "ru_newsner" / "ner" / "data" / "relabel.tsv"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
OTHER = {"ORG": "LOC", "LOC": "ORG"}
ARTICLES = 2  # seen in one article only, a name says more about that article than about NEREL


def collect(rows: list[dict]) -> list[dict]:
    relabel_module.relabel_table = lambda: {}  # the pipeline as it is without the table
    facilities_module.facility_keys = lambda: frozenset()  # built after this table, with it
    pipeline = ru_newsner.load()
    out = []
    for row, article in zip(rows, pipeline.pipe(r["text"] for r in rows)):
        gold = {(NEREL_TYPES.get(e["type"]) or e["type"], e["start"], e["end"]) for e in row["entities"]}
        gold_at = defaultdict(set)
        for label, a, b in gold:
            gold_at[(a, b)].add(label)
        ours = [(m.label, m.normal.lower(), m.start, m.stop) for m in article.mentions if m.label in OTHER]
        out.append({"gold": {g for g in gold if g[0] in OTHER}, "gold_at": gold_at, "ours": ours})
    return out


def learn(articles: list[dict], threshold: float, minimum: int) -> dict:
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    seen_in: dict[tuple[str, str], set[int]] = defaultdict(set)
    for index, a in enumerate(articles):
        for label, normal, start, stop in a["ours"]:
            at = a["gold_at"].get((start, stop), set())
            votes[(label, normal)]["keep" if label in at else OTHER[label] if OTHER[label] in at else "-"] += 1
            seen_in[(label, normal)].add(index)
    table = {}
    for key, counts in votes.items():
        n = sum(counts.values())
        verdict, count = counts.most_common(1)[0]
        if verdict != "keep" and n >= minimum and len(seen_in[key]) >= ARTICLES and count / n >= threshold:
            table[key] = (None if verdict == "-" else verdict, n, count / n)
    return table


def relabeled(a: dict, table: dict) -> set:
    found = set()
    for label, normal, start, stop in a["ours"]:
        new = table[(label, normal)][0] if (label, normal) in table else label
        if new is not None:
            found.add((new, start, stop))
    return found


def micro_f1(articles: list[dict], table: dict) -> float:
    return span_f1(articles, lambda a: relabeled(a, table))


def write(table: dict, best: float, minimum: int) -> str:
    lines = [f"{label}\t{normal}\t{new or '-'}\t{n}\t{share:.2f}"
             for (label, normal), (new, n, share) in sorted(table.items())]
    OUT.write_text("# label\tnormal\tnew label (- drops)\tcount\tshare (bench/build_relabel.py, threshold "
                   f"{best} chosen on a held-out fifth of train, min {minimum})\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    return f"threshold {best}: {len(table)} normal forms -> {OUT}"


def main(argv=None) -> int:
    return build_main(__doc__, THRESHOLDS, collect, learn, micro_f1, "ORG+LOC F1", write, argv=argv)


if __name__ == "__main__":
    raise SystemExit(main())
