"""Score ``find_laws`` on NEREL LAW spans (exact match) and time it.

    python bench/laws_probe.py [train|dev] [--errors N] [--speed]
"""

import sys
import time
from collections import Counter
from pathlib import Path

from ru_newsner.evaluate import format_scores, read_nerel, score
from ru_newsner.rules.laws import find_laws
from ru_newsner.rules.laws.find import find_hits

NEREL = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "nerel"


def main(argv: list[str]) -> None:
    split = argv[0] if argv and not argv[0].startswith("-") else "train"
    docs = list(read_nerel(NEREL / f"{split}.jsonl", types={"LAW": "LAW"}))
    pairs, errors = [], Counter()
    for doc in docs:
        pred = {("LAW", m.start, m.stop) for m in find_laws(doc.text)}
        pairs.append((doc.spans, pred))
        for tag, spans in (("FN", doc.spans - pred), ("FP", pred - doc.spans)):
            for _, s, e in spans:
                errors[(tag, doc.text[max(0, s - 25):s].replace("\n", " "), doc.text[s:e])] += 1
    print(format_scores(score(pairs)))
    if "--errors" in argv:
        n = int(argv[argv.index("--errors") + 1])
        for (tag, left, span), _ in sorted(errors.items())[:n]:
            print(f"{tag} …{left}[[{span}]]")
    if "--rules" in argv:
        rules = Counter()
        for doc in docs:
            for hit in find_hits(doc.text):
                rules[(hit.rule, ("LAW", hit.start, hit.stop) in doc.spans)] += 1
        for name in sorted({r for r, _ in rules}):
            print(f"{name:22} TP {rules[(name, True)]:4}  FP {rules[(name, False)]:4}")
    if "--speed" in argv:
        texts = [d.text for d in docs]
        t0 = time.perf_counter()
        for _ in range(3):
            for t in texts:
                find_laws(t)
        dt = time.perf_counter() - t0
        chars = 3 * sum(map(len, texts))
        print(f"{3 * len(texts) / dt:.0f} docs/s, {chars / dt / 1e6:.2f} M chars/s "
              f"(mean doc {chars / 3 / len(texts):.0f} chars)")


if __name__ == "__main__":
    main(sys.argv[1:])
