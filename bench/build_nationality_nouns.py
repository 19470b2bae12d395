"""Build ``ner/data/nationality_nouns.tsv``: nouns before which a place adjective says where
a person comes from and NEREL train does not tag it LOC ("американский актёр").

    python bench/build_nationality_nouns.py [--data ../shared/data/nerel/train.jsonl] [--min 3]

Our pipeline (with an empty table) runs over train; every one-word LOC mention of the place
adjective rules counts, under the noun it modifies (``ner.places.head_noun``), as right (a
gold location at exactly its span) or not. A noun enters the table when seen ``--min``
times, in at least two articles, with a share of right ones at or below the threshold. The
threshold is chosen on a held-out fifth of train (LOC F1, exact spans); the table is then
rebuilt on all of train. NEREL dev is never read.
"""

from pathlib import Path

import ru_newsner
from heldout import build_main, share_table, span_f1
from ru_newsner.evaluate import NEREL_TYPES
from ru_newsner.ner import places
from ru_newsner.pipeline.resources import shared

OUT = Path(__file__).resolve().parents[1] / "src" / "ru_newsner" / "ner" / "data" / "nationality_nouns.tsv"
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)


def collect(rows: list[dict]) -> list[dict]:
    places.nationality_nouns = lambda: frozenset()  # the pipeline as it is without the table
    pipeline, parse = ru_newsner.load(), shared().parse
    out = []
    for row, article in zip(rows, pipeline.pipe(r["text"] for r in rows)):
        gold = {(e["start"], e["end"]) for e in row["entities"] if NEREL_TYPES.get(e["type"]) == "LOC"}
        ours = [(None, m.start, m.stop) if m.source != "rules" or " " in m.text
                else (places.head_noun(row["text"], m.stop, parse), m.start, m.stop)
                for m in article.mentions if m.label == "LOC"]
        out.append({"gold": gold, "ours": ours})
    return out


def learn(articles: list[dict], threshold: float, minimum: int) -> dict:
    return share_table(articles, lambda a: ((key, (s, e) in a["gold"]) for key, s, e in a["ours"] if key is not None),
                       minimum, lambda share: share <= threshold)


def loc_f1(articles: list[dict], table: dict) -> float:
    return span_f1(articles, lambda a: {(s, e) for key, s, e in a["ours"] if key not in table})


def write(table: dict, best: float, minimum: int) -> str:
    lines = [f"{key}\t{n}\t{share:.2f}" for key, (n, share) in sorted(table.items())]
    OUT.write_text("# noun lemma\tcount\tshare of place adjectives before it NEREL tags LOC "
                   f"(bench/build_nationality_nouns.py, threshold {best} chosen on a held-out fifth "
                   f"of train, min {minimum})\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return f"threshold {best}: {len(table)} nouns -> {OUT}"


def main(argv=None) -> int:
    return build_main(__doc__, THRESHOLDS, collect, learn, loc_f1, "LOC F1", write, argv=argv)


if __name__ == "__main__":
    raise SystemExit(main())
