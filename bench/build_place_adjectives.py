"""Build ``ner/data/place_adjectives.txt`` from NEREL *train*: adjective lemmas that the
annotators mark as a location (COUNTRY, CITY, …) in at least half of their occurrences.

    python bench/build_place_adjectives.py [--data ../shared/data/nerel/train.jsonl]
"""

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import pymorphy3

LOC_TYPES = {"COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "DISTRICT"}
OUT = Path(__file__).parents[1] / "src/ru_newsner/ner/data/place_adjectives.txt"
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
    marked, seen = Counter(), Counter()
    for line in open(args.data, encoding="utf-8"):
        row = json.loads(line)
        locs = {(e["start"], e["end"]) for e in row["entities"] if e["type"] in LOC_TYPES}
        for match in WORD.finditer(row["text"]):
            lemma = adjective_lemma(morph, match.group())
            if lemma:
                seen[lemma] += 1
                marked[lemma] += (match.start(), match.end()) in locs
    keep = sorted(k for k, n in marked.items()
                  if n >= args.min_count and n / seen[k] >= args.min_rate)
    OUT.write_text("# adjective lemmas NEREL train marks as locations; built by "
                   "bench/build_place_adjectives.py\n" + "\n".join(keep) + "\n", encoding="utf-8")
    print(f"{len(keep)} lemmas -> {OUT}")


if __name__ == "__main__":
    main()
