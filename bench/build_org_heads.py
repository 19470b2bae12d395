"""Build ``ner/data/org_heads.tsv``: first words of organization-name heads that NEREL
annotates as organizations of their own ("МВД" in "МВД Киргизии").

    python bench/build_org_heads.py [--data ../shared/data/nerel/train.jsonl] [--min 3]

Our pipeline (with an empty lexicon) runs over train; every head ``ner.org_heads`` finds in
its mentions (and every noun after a place adjective) counts, under its first word's lemma, as annotated (NEREL has an ORG at exactly
its span) or not. A lemma enters the lexicon when seen ``--min`` times, in at least two
articles, with an annotated share of at least the threshold. The threshold is chosen on a
held-out fifth of train (ORG F1, exact spans); the lexicon is then rebuilt on all of train.
NEREL dev is never read. Since the twentieth session the pipeline judges heads with the
classifier of ``bench/train_org_heads.py``; this lexicon is the baseline it is compared with.
"""

from pathlib import Path

import ru_newsner
import ru_newsner.ner.names as names
from heldout import build_main, share_table, span_f1
from ru_newsner.evaluate import NEREL_TYPES
from ru_newsner.ner import org_heads as heads_module
from ru_newsner.pipeline.resources import shared

OUT = Path(__file__).resolve().parents[1] / "src" / "ru_newsner" / "ner" / "data" / "org_heads.tsv"
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def collect(rows: list[dict]) -> list[dict]:
    names.model_heads = lambda text, spans, parse, model=None: []  # the pipeline as it is without heads
    pipeline, parse = ru_newsner.load(), shared().parse
    out = []
    for row, article in zip(rows, pipeline.pipe(r["text"] for r in rows)):
        gold = {(e["start"], e["end"]) for e in row["entities"] if NEREL_TYPES.get(e["type"]) == "ORG"}
        raw = [(m.label, m.start, m.stop) for m in article.mentions if m.label in ("PER", "ORG", "LOC")]
        ours = {(a, b) for label, a, b in raw if label == "ORG"}
        candidates = [*heads_module.head_candidates(row["text"], raw, parse),
                      *heads_module.noun_candidates(row["text"], raw, parse)]
        heads = [(key, a, b) for key, a, b in candidates if (a, b) not in ours]
        out.append({"gold": gold, "ours": ours, "heads": heads})
    return out


def learn(articles: list[dict], threshold: float, minimum: int) -> dict:
    return share_table(articles, lambda a: ((key, (s, e) in a["gold"]) for key, s, e in a["heads"]),
                       minimum, lambda share: share >= threshold)


def org_f1(articles: list[dict], table: dict) -> float:
    return span_f1(articles, lambda a: a["ours"] | {(s, e) for key, s, e in a["heads"] if key in table})


def write(table: dict, best: float, minimum: int) -> str:
    lines = [f"{key}\t{n}\t{share:.2f}" for key, (n, share) in sorted(table.items())]
    OUT.write_text("# lemma\tcount\tannotated share (bench/build_org_heads.py, threshold "
                   f"{best} chosen on a held-out fifth of train, min {minimum})\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    return f"threshold {best}: {len(table)} lemmas -> {OUT}"


def main(argv=None) -> int:
    return build_main(__doc__, THRESHOLDS, collect, learn, org_f1, "ORG F1", write, argv=argv)


if __name__ == "__main__":
    raise SystemExit(main())
