"""Build ``link/data/location_aliases.tsv`` from NEREL *train*: surface lemmas that the
annotators link to one Wikidata item (РФ, Россия, Российская Федерация, российский…).

    python bench/build_location_aliases.py [--data ../shared/data/nerel/train.jsonl]

Each output line: the canonical name, then its aliases (lemmas, lower case), tab-separated.
"""

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import pymorphy3

LOC = {"COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "DISTRICT"}
OUT = Path(__file__).parents[1] / "src/ru_newsner/link/data/location_aliases.tsv"


def lemma(morph, text: str) -> str:
    words = text.split()
    if len(words) == 1 and not text.isupper():
        return morph.parse(text)[0].normal_form
    return text.lower()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="../shared/data/nerel/train.jsonl")
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    morph = pymorphy3.MorphAnalyzer()
    names: dict[str, Counter] = defaultdict(Counter)   # wikidata id -> nominative names
    for line in open(args.data, encoding="utf-8"):
        for e in json.loads(line)["entities"]:
            if e["type"] in LOC and e.get("wikidata"):
                names[e["wikidata"]][lemma(morph, e["text"])] += 1
    lines = []
    for counter in names.values():
        aliases = [name for name, n in counter.most_common() if n >= args.min_count]
        if len(aliases) > 1:
            canonical = next((a for a in aliases if not a.endswith(("ий", "ый", "ой"))), aliases[0])
            lines.append("\t".join([canonical] + [a for a in aliases if a != canonical]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("# canonical<TAB>aliases…, lemmas in lower case; built by "
                   "bench/build_location_aliases.py from NEREL train\n" + "\n".join(sorted(lines)) + "\n",
                   encoding="utf-8")
    print(f"{len(lines)} locations -> {OUT}")


if __name__ == "__main__":
    main()
