"""Train the common-noun organizations' classifier (``ner/institution_model.py``) on NEREL train.

    pip install '.[classifiers]'   # scikit-learn, this script only
    python bench/train_institutions.py [--data ../shared/data/nerel/train.jsonl]
                                       [--out src/ru_newsner/ner/data/institution_model.tsv]

Every extent of every noun candidate (``ner.institutions.candidates`` outside slovnet's ORG
spans, all nouns) is a case, right when a gold ORGANIZATION has exactly its span as the
pipeline completes it (``ner.topics.name_complements``: "комитета Совета Федерации" + "по
экономической политике"). A logistic regression (L2 of strength C; features seen in at least
MIN_COUNT articles, weights under MIN_WEIGHT dropped) judges the nouns right at least
MIN_POSITIVES times; a candidate's best extent is an organization when it scores at least the
threshold. C and threshold are chosen by our whole pipeline's ORG F1 over all of train out of
fold: five folds by article, each fold's articles read with the classifier fitted on the other
four (and, for comparison, with the lexicon of ``bench/build_institutions.py`` learned there).
The model is then fitted on all of train and written with its threshold and nouns. NEREL dev
is not read. About six minutes on one core.
"""

import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from build_institutions import gold_spans, learn, read_docs
from heldout import PipelineOutOfFold, choose_fit_write, fit_words, fold_of, lexicon_settings, score_row, trainer_args

from ru_newsner.linear import Weights
from ru_newsner.ner.institution_model import candidate_rows, institution_spans
from ru_newsner.ner.institutions import lexicon_spans
from ru_newsner.ner.topics import name_complements
from ru_newsner.pipeline.resources import shared

CS = (0.3, 1.0, 3.0)
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.5)
MIN_COUNT = 2
MIN_WEIGHT = 0.1
MIN_POSITIVES = 2
FOLDS = 5
LEXICON = lexicon_settings(Path(__file__).resolve().parents[1] / "src/ru_newsner/ner/data/institutions.tsv")  # the baseline's


def completed(text: str, span: tuple[int, int], parse) -> tuple[int, int]:
    """The span as the pipeline leaves it after ``ner.topics.name_complements`` ("комитета
    Совета Федерации" + "по экономической политике"): a case is right when that is gold."""
    _, became = name_complements(text, [("ORG", *span)], parse)
    return became.get(("ORG", *span), ("ORG", *span))[1:]


def read_articles(rows: list[dict]) -> list[dict]:
    """Per article: its id, gold ORG spans and the cases (candidate, the
    span it gives once completed, words, right)."""
    parse = shared().parse
    out = []
    for row, doc, raw in read_docs(rows):
        gold = gold_spans(row, "ORG")
        cases = []
        for c, span, words in candidate_rows(doc, raw, parse):
            span = completed(row["text"], span, parse)
            cases.append((c, span, words, span in gold))
        out.append({"id": row["id"], "gold": gold, "cases": cases, "candidates": list(dict.fromkeys(c for c, *_ in cases))})
    return out


def fit(articles: list[dict], c: float) -> Weights:
    """The classifier fitted on ``articles``, with the nouns it judges in its notes."""
    bias, weights = fit_words([[(words, right) for _, _, words, right in a["cases"]] for a in articles], c,
                              MIN_COUNT, MIN_WEIGHT)
    positives = Counter(cand.lemma for a in articles for cand, _, _, right in a["cases"] if right)
    lemmas = " ".join(sorted(lemma for lemma, n in positives.items() if n >= MIN_POSITIVES))
    return Weights(bias, 0.0, weights, {"lemmas": lemmas})


def fold_tables(articles: list[dict]) -> list[dict]:
    """The ORG lexicon learned on all folds but each, as ``ner.institutions.lexicon_spans`` reads it."""
    tables = []
    for k in range(FOLDS):
        table: dict = {}
        for (lemma, form), (extent, *_) in learn([a for a in articles if fold_of(a["id"]) != k], *LEXICON).items():
            table.setdefault(lemma, {})[form] = extent
        tables.append(table)
    return tables


def lexicon_reader(table: dict):
    return lambda doc, raw, parse=None: lexicon_spans(doc, raw, table, "ORG", parse)


def model_reader(model: Weights, threshold: float):
    model = replace(model, threshold=threshold)
    return lambda doc, raw, parse=None: institution_spans(doc, raw, parse, model)


def main(argv=None) -> int:
    args = trainer_args(__doc__, "src/ru_newsner/ner/data/institution_model.tsv", argv)
    rows = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    articles = read_articles(rows)
    print(f"{args.data}: {len(articles)} articles, {sum(len(a['cases']) for a in articles)} cases")
    runs = PipelineOutOfFold(args.data, rows, "institution_spans", FOLDS)
    print("\nour pipeline (with the model), all of train out of fold, ORG:\n")
    print("| common-noun organizations | P | R | F1 |\n|---|---|---|---|")
    s = runs.score([lexicon_reader(t) for t in fold_tables(articles)])
    print(score_row(f"the lexicon (threshold {LEXICON[0]}, min {LEXICON[1]})", s), flush=True)
    model = choose_fit_write(
        args, runs, articles, fit, model_reader, CS, THRESHOLDS,
        "common-noun organizations: logistic regression over ner/institution_model.features",
        "bench/train_institutions.py", f"features seen in >= {MIN_COUNT} articles, weights >= {MIN_WEIGHT} kept; the "
        f"nouns right >= {MIN_POSITIVES} times judged")
    print(f"{len(model.notes['lemmas'].split())} nouns judged")
    return 0


if __name__ == "__main__":
    sys.exit(main())
