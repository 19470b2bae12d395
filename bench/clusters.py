"""Cluster quality on NEREL dev against its Wikidata links (issue 7).

    python bench/clusters.py [--data ../shared/data/nerel/dev.jsonl] [--bootstrap 1000]

Gold: PERSON/ORG/LOC mentions carrying a ``wikidata`` item id (NEREL's 566 "NULL" values in dev
mean "no item" and are not links, so they are left out); two mentions of one article with
the same id are one entity. Scored over the gold linked mentions our pipeline finds with the
exact span and type: pairwise precision/recall of "same entity" links (our pairs among those
mentions vs gold pairs among them). Coverage says how many linked gold mentions we found.
``--bootstrap N`` adds 95% intervals of the overall precision and recall over N draws of the
articles.
"""

import argparse
import json
from itertools import combinations

import ru_newsner
from ru_newsner.evaluate import NEREL_TYPES, ratio_interval

KINDS = {"PER", "ORG", "LOC"}


def is_link(wikidata: str | None) -> bool:
    """A Wikidata item id ("Q159"); NEREL writes "NULL" for "no item", which links nothing."""
    return bool(wikidata) and wikidata.startswith("Q")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/nerel/dev.jsonl")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N",
                        help="also print 95%% intervals of precision and recall over N draws of the articles")
    args = parser.parse_args()
    rows = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    pipeline = ru_newsner.load()
    tp = pred_pairs = gold_pairs = found = linked = 0
    per_type = {k: [0, 0, 0] for k in KINDS}
    per_article = []  # (right, ours, gold) pairs of each article, for the intervals
    for row, article in zip(rows, pipeline.pipe(r["text"] for r in rows)):
        before = (tp, pred_pairs, gold_pairs)
        gold = {}
        for e in row["entities"]:
            label = NEREL_TYPES.get(e["type"])
            if label in KINDS and is_link(e.get("wikidata")):
                gold[(label, e["start"], e["end"])] = e["wikidata"]
        linked += len(gold)
        ours = {(m.label, m.start, m.stop): m.entity for m in article.mentions if m.label in KINDS}
        common = [k for k in gold if k in ours]
        found += len(common)
        for a, b in combinations(common, 2):
            same_gold, same_ours = gold[a] == gold[b], ours[a] == ours[b]
            tp += same_gold and same_ours
            pred_pairs += same_ours
            gold_pairs += same_gold
            if a[0] == b[0]:
                c = per_type[a[0]]
                c[0] += same_gold and same_ours
                c[1] += same_ours
                c[2] += same_gold
        per_article.append((tp - before[0], pred_pairs - before[1], gold_pairs - before[2]))

    def pr(t, p, g):
        return 100 * t / p if p else 0.0, 100 * t / g if g else 0.0

    print(f"{args.data}: linked gold mentions {linked}, found with exact span and type {found} "
          f"({100 * found / linked:.1f}%)")
    print("| type | pairs ours | pairs gold | precision | recall |\n|---|---|---|---|---|")
    for k, (t, p, g) in sorted(per_type.items()):
        print(f"| {k} | {p} | {g} | {pr(t, p, g)[0]:.1f} | {pr(t, p, g)[1]:.1f} |")
    print(f"| ALL | {pred_pairs} | {gold_pairs} | {pr(tp, pred_pairs, gold_pairs)[0]:.1f} | "
          f"{pr(tp, pred_pairs, gold_pairs)[1]:.1f} |")
    if args.bootstrap:
        right, ours, theirs = zip(*per_article)
        print(f"95% intervals, articles drawn {args.bootstrap} times (seed 0): "
              + ", ".join(f"{name} {100 * point:.1f} ({100 * low:.1f}-{100 * high:.1f})" for name, (point, low, high) in
                          (("precision", ratio_interval(right, ours, args.bootstrap)),
                           ("recall", ratio_interval(right, theirs, args.bootstrap)))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
