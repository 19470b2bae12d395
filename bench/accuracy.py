"""Per-type precision/recall/F1 on a NEREL-style JSONL file (exact and overlap match).

    python bench/accuracy.py [--data ../shared/data/nerel/dev.jsonl] [--stages …] [--bootstrap 1000] [--case lower|upper]

Prints a Markdown table; every gold entity counts, nested ones too. Then the micro F1 over
issue 6's seven types (PER, ORG, LOC, DATE, TIME, LAW, MONEY); with ``--bootstrap N``, a table
of 95% percentile intervals of each scored type's exact F1 and of that micro average, the
articles drawn N times with replacement (seed 0). ``--case lower`` reads the texts in lower
case throughout, as RIA's dumps are written, ``--case upper`` in capitals (the offsets stay;
the gold is the same).
"""

import argparse
import sys
import time

import ru_newsner
from ru_newsner.evaluate import format_scores, intervals, read_nerel, score
from ru_newsner.pipeline import DEFAULT_STAGES


LABELS = ("PER", "ORG", "LOC", "DATE", "TIME", "LAW", "MONEY")


def our_spans(stages):
    pipeline = ru_newsner.load(stages=stages)

    def predict(texts):
        for article in pipeline.pipe(texts):
            yield {(m.label, m.start, m.stop) for m in article.mentions}

    return predict


def natasha_spans():
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def predict(texts):
        for text in texts:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_ner(tagger)
            yield {(s.type, s.start, s.stop) for s in doc.spans}

    return predict


def in_case(text: str, case: str) -> str:
    """``text`` in lower or upper case, letter by letter where that keeps its length ("ß" stays)."""
    change = str.lower if case == "lower" else str.upper
    return "".join(change(c) if len(change(c)) == 1 else c for c in text)


def format_intervals(pairs, labels, rounds: int) -> str:
    """A Markdown table of bootstrap intervals; "micro" is over issue 6's seven types."""
    scored = sorted(set(labels))
    rows = intervals(pairs, scored, rounds=rounds, micro=[k for k in LABELS if k in scored])
    lines = [f"95% interval of exact F1, articles drawn {rounds} times (seed 0)",
             "| type | F1 | interval |", "|---|---|---|"]
    lines += [f"| {k} | {100 * f:.1f} | {100 * lo:.1f}-{100 * hi:.1f} |" for k, (f, lo, hi) in rows.items()]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/nerel/dev.jsonl")
    parser.add_argument("--stages", nargs="*", default=list(DEFAULT_STAGES))
    parser.add_argument("--labels", nargs="*", default=list(LABELS), help="score only these labels")
    parser.add_argument("--natasha", action="store_true", help="score natasha's NER instead (baseline)")
    parser.add_argument("--model", action="store_true", help="add our trained model (load(model=True))")
    parser.add_argument("--bootstrap", type=int, default=0, metavar="N",
                        help="also print 95%% intervals of each type's F1 over N draws of the articles")
    parser.add_argument("--case", choices=["lower", "upper"], help="read the texts in this case throughout (RIA's dumps: lower)")
    args = parser.parse_args(argv)

    docs = list(read_nerel(args.data))
    if args.model:
        args.stages.insert(args.stages.index("ru_newsner_slovnet") + 1, "ru_newsner_model")
        args.labels = sorted(set(args.labels) | {"AGE", "PERCENT"})
    predict = natasha_spans() if args.natasha else our_spans(args.stages)
    started = time.perf_counter()
    pairs = []
    texts = [in_case(d.text, args.case) if args.case else d.text for d in docs]
    for doc, spans in zip(docs, predict(texts)):
        gold = {s for s in doc.spans if s[0] in args.labels}
        pairs.append((gold, {s for s in spans if s[0] in args.labels}))
    elapsed = time.perf_counter() - started
    who = "natasha (NewsNERTagger)" if args.natasha else f"stages {' '.join(args.stages)}"
    print(f"{args.data}{f' in {args.case} case' if args.case else ''}: {len(docs)} docs, {who}, {elapsed:.1f} s")
    print(format_scores(score(pairs)))
    seven = score([({s for s in g if s[0] in LABELS}, {s for s in p if s[0] in LABELS}) for g, p in pairs])["ALL"]
    print(f"micro F1 over {', '.join(LABELS)}: {100 * seven.f1:.2f}")
    if args.bootstrap:
        print(format_intervals(pairs, args.labels, args.bootstrap))
    return 0


if __name__ == "__main__":
    sys.exit(main())
