"""Score the date rules on NEREL DATE/TIME (exact spans) and time them.

Usage: python bench/dates_probe.py [train|dev] [--errors N]
"""

import argparse
import time
from pathlib import Path

from ru_newsner.evaluate import format_scores, read_nerel, score
from ru_newsner.rules.dates import find_dates

DATA = Path("/work/shared/data/nerel")
LABELS = {"DATE", "TIME"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default="train")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--label", default="DATE")
    args = ap.parse_args()
    docs = list(read_nerel(DATA / f"{args.split}.jsonl"))
    find_dates(docs[0].text)  # warm up: compile the regexes once, outside the timing
    t0 = time.perf_counter()
    preds = [{(m.label, m.start, m.stop) for m in find_dates(d.text)} for d in docs]
    elapsed = time.perf_counter() - t0
    golds = [{s for s in d.spans if s[0] in LABELS} for d in docs]
    print(format_scores(score(zip(golds, preds))))
    chars = sum(len(d.text) for d in docs)
    print(f"\n{len(docs)} docs, {chars / len(docs):.0f} chars/doc: {elapsed:.2f}s, "
          f"{len(docs) / elapsed:.0f} docs/s, {chars / elapsed / 1e6:.2f} MB/s")
    shown = 0
    for d, g, p in zip(docs, golds, preds):
        for kind, spans, other in (("FN", g - p, p), ("FP", p - g, g)):
            for label, s, e in sorted(spans):
                if label != args.label or shown >= args.errors:
                    continue
                shown += 1
                print(f"{kind} {d.text[max(0, s - 30):s]!r} [[{d.text[s:e]}]] {d.text[e:e + 25]!r}")


if __name__ == "__main__":
    main()
