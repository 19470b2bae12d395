"""Build ``ner/data/place_adjectives.txt`` from NEREL *train*: adjective lemmas that the
annotators mark as a location (COUNTRY, CITY, …) in at least half of their occurrences; and
``ner/data/non_place_adjectives.txt``: lemmas that derive from a place name
(``ner.places.derived_place``) but train marks in less than half of their occurrences, so
that only the others are derived at run time.

    python bench/build_place_adjectives.py [--data ../shared/data/nerel/train.jsonl]

It also prints, 5-fold over train articles, how often the derivation is right for
lower-case adjectives that the lists built on the other four folds leave to it.
"""

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import pymorphy3
from ru_newsner.ner.places import derived_place
from ru_newsner.text.morph import make_parser

LOC_TYPES = {"COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "DISTRICT"}
OUT = Path(__file__).parents[1] / "src/ru_newsner/ner/data/place_adjectives.txt"
NON = Path(__file__).parents[1] / "src/ru_newsner/ner/data/non_place_adjectives.txt"
WORD = re.compile(r"[А-Яа-яЁё-]+")


def adjective_lemma(morph, word: str) -> str | None:
    parse = morph.parse(word)[0]
    return parse.normal_form if parse.tag.POS == "ADJF" else None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data/nerel/train.jsonl")
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--min-rate", type=float, default=0.5)
    args = parser.parse_args()
    morph = pymorphy3.MorphAnalyzer()
    parse = make_parser(morph)
    marked, seen = Counter(), Counter()
    articles = []  # per article: (lemma, marked, lower case) of each adjective
    for line in open(args.data, encoding="utf-8"):
        row = json.loads(line)
        locs = {(e["start"], e["end"]) for e in row["entities"] if e["type"] in LOC_TYPES}
        found = []
        for match in WORD.finditer(row["text"]):
            lemma = adjective_lemma(morph, match.group())
            if lemma:
                seen[lemma] += 1
                marked[lemma] += (match.start(), match.end()) in locs
                found.append((lemma, (match.start(), match.end()) in locs, match.group()[:1].islower()))
        articles.append(found)
    keep = sorted(k for k, n in marked.items()
                  if n >= args.min_count and n / seen[k] >= args.min_rate)
    OUT.write_text("# adjective lemmas NEREL train marks as locations; built by "
                   "bench/build_place_adjectives.py\n" + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} lemmas -> {OUT}")
    rejected = sorted(k for k in seen if marked[k] / seen[k] < args.min_rate and derived_place(k, parse))
    NON.write_text("# adjective lemmas NEREL train saw and did not mark as locations although they derive "
                   "from a place name; built by bench/build_place_adjectives.py\n"
                   + "\n".join(rejected) + "\n", encoding="utf-8")
    print(f"{len(rejected)} lemmas -> {NON}")
    right = total = 0
    for fold in range(5):
        fold_seen, fold_marked = Counter(), Counter()
        for i, found in enumerate(articles):
            if i % 5 != fold:
                for lemma, is_place, _ in found:
                    fold_seen[lemma] += 1
                    fold_marked[lemma] += is_place
        listed = {k for k, n in fold_seen.items()  # kept, or rejected, by the other folds' lists
                  if fold_marked[k] / n < args.min_rate or fold_marked[k] >= args.min_count}
        for i, found in enumerate(articles):
            if i % 5 == fold:
                for lemma, is_place, lower in found:
                    if lower and lemma not in listed and derived_place(lemma, parse):
                        right, total = right + is_place, total + 1
    print(f"derived place adjectives, lower case, left to the derivation by the other folds: "
          f"{right} of {total} marked as locations ({100 * right / max(total, 1):.1f}%)")


if __name__ == "__main__":
    main()
