"""Build ``ner/data/institutions.tsv``: common nouns that name organizations in NEREL train
(with ``--label LOC``, ``ner/data/regions.tsv``: parts of places, "юге Турции").

    python bench/build_institutions.py [--data ../shared/data/nerel/train.jsonl] [--label ORG|LOC]

Every noun outside slovnet's ORG spans is a candidate in its bare form ("полиция") or with
the PER/LOC/ORG mention after it ("власти Москвы"), with no words before it, with a place adjective right before it ("российским
правительством"), with all the agreeing adjectives before it or with the relational ones only
("коалиционного правительства", not "нового правительства")
(``ru_newsner.ner.institutions.candidates``). A candidate is right when a gold entity of the label
(ORGANIZATION; for LOC the place types) has exactly its span. Per lemma and form we keep the best of the four extents, and the
lemma-form enters the lexicon when it has at least ``--min`` candidates and its precision
reaches the threshold. The threshold is chosen on a held-out fifth of train (F1 of the
label: slovnet's spans plus the accepted candidates, exact match); the lexicon is then rebuilt on
all of train. NEREL dev is never read.

Since the twentieth session the pipeline finds common-noun organizations with the classifier
of ``bench/train_institutions.py`` (``ner/institution_model.py``), which judges each candidate
in context; the ORG lexicon still names the nouns ``ner.relabel`` reads as organizations'
heads, and is the baseline that classifier is compared with.
"""

import argparse
import json
from collections import defaultdict
from pathlib import Path

import ru_newsner
from heldout import choose_threshold, f1
from ru_newsner.evaluate import NEREL_TYPES
from ru_newsner.ner.institutions import candidates, span_start
from ru_newsner.ner.names import slovnet_raw
from ru_newsner.pipeline import extensions as ext
from ru_newsner.pipeline.resources import shared

DATA = Path(__file__).resolve().parents[1] / "src" / "ru_newsner" / "ner" / "data"
OUT = {"ORG": DATA / "institutions.tsv", "LOC": DATA / "regions.tsv"}
THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8)
EXTENTS = ("noun", "place", "adj", "rel")


def read_docs(rows: list[dict]):
    """(row, Doc, slovnet's spans repaired) per article: the tokens, morphology and NER the
    candidates are read from, as ``ner.names`` sees them."""
    pipeline = ru_newsner.load(stages=("ru_newsner_morph", "ru_newsner_slovnet"), structure=False)
    parse = shared().parse
    docs = []
    for row in rows:
        doc = pipeline.nlp.make_doc(row["text"])
        setattr(doc._, ext.TEXT, row["text"])
        ext.mark(doc, "tokens")
        docs.append(doc)
    for _, proc in pipeline.nlp.pipeline:
        docs = list(proc.pipe(docs))
    for row, doc in zip(rows, docs):
        yield row, doc, slovnet_raw(row["text"], doc.spans[ext.SLOVNET_GROUP], parse)


def gold_spans(row: dict, label: str) -> set[tuple[int, int]]:
    """The article's gold spans of ``label`` (ORGANIZATION; for LOC the place types)."""
    return {(e["start"], e["end"]) for e in row["entities"] if NEREL_TYPES.get(e["type"]) == label}


def collect(rows: list[dict], label: str) -> list[dict]:
    """Per article: gold spans of ``label``, slovnet's spans of it, and the candidates."""
    parse = shared().parse
    return [{"gold": gold_spans(row, label), "ours": {(a, b) for lab, a, b in raw if lab == label},
             "candidates": list(candidates(doc, raw, parse=parse))} for row, doc, raw in read_docs(rows)]


def learn(articles: list[dict], threshold: float, minimum: int) -> dict[tuple[str, str], tuple[bool, int, float]]:
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: dict.fromkeys(("n", *EXTENTS), 0))
    for a in articles:
        for c in a["candidates"]:
            n = counts[(c.lemma, c.form)]
            n["n"] += 1
            for extent in EXTENTS:
                n[extent] += (span_start(c, extent), c.stop) in a["gold"]
    table = {}
    for key, n in counts.items():
        extent = max(EXTENTS, key=lambda e: n[e])  # ties: the first, "noun"
        if n["n"] >= minimum and n[extent] / n["n"] >= threshold:
            table[key] = (extent, n["n"], n[extent] / n["n"])
    return table


def label_f1(articles: list[dict], table) -> float:
    tp = pred = gold = 0
    for a in articles:
        found = set(a["ours"])
        for c in a["candidates"]:
            entry = table.get((c.lemma, c.form))
            if entry:
                found.add((span_start(c, entry[0]), c.stop))
        tp += len(found & a["gold"])
        pred += len(found)
        gold += len(a["gold"])
    return f1(tp, pred, gold)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data/nerel/train.jsonl")
    ap.add_argument("--min", type=int, default=4)
    ap.add_argument("--label", choices=sorted(OUT), default="ORG")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    articles = collect(rows, args.label)
    best, table = choose_threshold(articles, THRESHOLDS, lambda arts, t: learn(arts, t, args.min),
                                   label_f1, f"{args.label} F1")
    lines = [f"{lemma}\t{form}\t{extent}\t{n}\t{precision:.2f}"
             for (lemma, form), (extent, n, precision) in sorted(table.items())]
    OUT[args.label].write_text("# lemma\tform\tspan\tcandidates\tprecision on NEREL train (bench/build_institutions.py, "
                   f"threshold {best} chosen on a held-out fifth of train, min {args.min})\n"
                   + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"threshold {best}: {len(table)} lemma-forms -> {OUT[args.label]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
