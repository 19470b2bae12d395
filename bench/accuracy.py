"""Per-type precision/recall/F1 on a NEREL-style JSONL file (exact and overlap match).

    python bench/accuracy.py [--data ../shared/data/nerel/dev.jsonl] [--stages …]

Prints a Markdown table; every gold entity counts, nested ones too.
"""

import argparse
import sys
import time

import ru_newsner
from ru_newsner.evaluate import format_scores, read_nerel, score
from ru_newsner.pipeline import DEFAULT_STAGES


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/nerel/dev.jsonl")
    parser.add_argument("--stages", nargs="*", default=list(DEFAULT_STAGES))
    parser.add_argument("--labels", nargs="*", default=None, help="score only these labels")
    args = parser.parse_args(argv)

    docs = list(read_nerel(args.data))
    pipeline = ru_newsner.load(stages=args.stages)
    started = time.perf_counter()
    pairs = []
    for doc, article in zip(docs, pipeline.pipe(d.text for d in docs)):
        gold = {s for s in doc.spans if not args.labels or s[0] in args.labels}
        pred = {(m.label, m.start, m.stop) for m in article.mentions
                if not args.labels or m.label in args.labels}
        pairs.append((gold, pred))
    elapsed = time.perf_counter() - started
    print(f"{args.data}: {len(docs)} docs, stages {' '.join(args.stages)}, {elapsed:.1f} s")
    print(format_scores(score(pairs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
