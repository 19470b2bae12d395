"""Agreement of normal forms across the mentions of one entity (NEREL, no gold forms).

    python bench/normal_forms.py [--data ../shared/data/nerel/dev.jsonl ...] [--label PER] [--show N]

NEREL gives no normal forms, but it links the mentions of one person in an article to one
Wikidata item. Mentions of one item with the same number of words ("Обамы", "Обаме",
"Обама"; "Барака Обамы", "Барак Обама") should have one normal form; two that differ show that
at least one of them is wrong. Over the PERSON mentions our pipeline finds with the exact
span (written in capitalized words, initials or hyphens, Cyrillic and Latin apart), the script
prints the groups of two or more such mentions, how many of them disagree, and the share of
agreeing pairs. A group whose every normal form is the same wrong word ("Обамы" everywhere)
agrees: the share is a lower bound on the errors, not a count of them. ``--show N`` prints N
disagreeing groups. ``--label ORG`` or ``LOC`` does the same for organizations or places
(NEREL's types mapped as in bench/accuracy.py; there one item may have several names, "РФ" and
"Россия", so disagreement there is not always an error).
"""

import argparse
import json
from collections import Counter, defaultdict
from itertools import combinations

import ru_newsner
from clusters import is_link
from ru_newsner.evaluate import NEREL_TYPES


def _name_like(text: str) -> bool:
    return not any(c.isdigit() for c in text) and all(
        w[:1].isupper() and (w.isalpha() or "-" in w or "." in w) for w in text.split())


def groups(rows: list[dict], articles, label: str = "PER") -> list[list[str]]:
    """Normal forms of each (article, item, word count, script) group of found mentions."""
    out = []
    for row, article in zip(rows, articles):
        ours = {(m.start, m.stop): m for m in article.mentions if m.label == label}
        by = defaultdict(list)
        for e in row["entities"]:
            m = ours.get((e["start"], e["end"]))
            if NEREL_TYPES.get(e["type"]) == label and is_link(e.get("wikidata")) and m is not None \
                    and (label != "PER" or _name_like(m.text)):
                by[e["wikidata"], len(m.text.split()), m.text.isascii()].append(m.normal)
        out += [normals for normals in by.values() if len(normals) > 1]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="+", default=["../shared/data/nerel/dev.jsonl"])
    parser.add_argument("--label", default="PER", choices=["PER", "ORG", "LOC"])
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    pipeline = ru_newsner.load()
    found = []
    for path in args.data:
        with open(path, encoding="utf-8") as f:
            rows = [json.loads(line) for line in f if line.strip()]
        found += groups(rows, pipeline.pipe(r["text"] for r in rows), args.label)
    pairs = [(a, b) for normals in found for a, b in combinations(normals, 2)]
    agree = sum(a == b for a, b in pairs)
    split = [normals for normals in found if len(set(normals)) > 1]
    print(f"{' + '.join(args.data)}, {args.label}: {len(found)} groups of one entity's mentions, {len(split)} with "
          f"differing normal forms; pairs agreeing {agree} of {len(pairs)} ({100 * agree / max(1, len(pairs)):.2f}%)")
    for normals in split[:args.show]:
        print("  ", dict(Counter(normals)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
