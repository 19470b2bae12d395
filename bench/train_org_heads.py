"""Train the organization heads' classifier (``ner/org_head_model.py``) on NEREL train.

    pip install '.[classifiers]'   # scikit-learn, this script only
    python bench/train_org_heads.py [--data ../shared/data/nerel/train.jsonl]
                                    [--out src/ru_newsner/ner/data/org_head_model.tsv]

Our pipeline (with the model) reads train; every head ``ner.org_heads`` finds among the
mentions the heads' step sees (the head of an ORG span that ends in a nested name, the noun
after a place adjective) is a case, right when a gold ORGANIZATION has exactly its span. A
logistic regression (L2 of strength C; features seen in at least MIN_COUNT articles, weights
under MIN_WEIGHT dropped) scores them; a head is an organization when it scores at least the
threshold. C and threshold are chosen by our whole pipeline's ORG F1 over all of train out of
fold (five folds by article, each read with the classifier fitted on the other four; and, for
comparison, with the lexicon of ``bench/build_org_heads.py`` learned there). The model is then
fitted on all of train and written with its threshold. NEREL dev is not read. About five
minutes on one core.
"""

import json
import sys
from dataclasses import replace
from pathlib import Path

from heldout import (PipelineOutOfFold, choose_fit_write, fit_words, fold_of, lexicon_settings, score_row,
                     share_table, trainer_args)

import ru_newsner
import ru_newsner.ner.names as names
from ru_newsner.linear import Weights
from ru_newsner.ner.org_head_model import head_cases, model_heads
from ru_newsner.ner.org_heads import head_candidates, noun_candidates, org_heads
from ru_newsner.pipeline.resources import shared

CS = (0.3, 1.0, 3.0)
THRESHOLDS = (0.3, 0.4, 0.5)
MIN_COUNT = 2
MIN_WEIGHT = 0.1
FOLDS = 5
DATA = Path(__file__).resolve().parents[1] / "src" / "ru_newsner" / "ner" / "data"


def read_articles(rows: list[dict]) -> list[dict]:
    """Per article: its id, the heads' cases (start, stop, words, right) and the lexicon's
    (key, right), from the mentions the heads' step of our pipeline sees."""
    seen: list[tuple[str, list]] = []
    step = names.model_heads

    def spy(text, spans, parse, model=None):
        seen.append((text, list(spans)))
        return []  # what the step adds is not read by the steps before it

    names.model_heads = spy
    try:
        list(ru_newsner.load(model=True).pipe([r["text"] for r in rows]))
    finally:
        names.model_heads = step
    parse = shared().parse
    out = []
    for row, (text, spans) in zip(rows, seen):
        gold = {(e["start"], e["end"]) for e in row["entities"] if e["type"] == "ORGANIZATION"}
        ours = {(a, b) for label, a, b in spans if label == "ORG"}
        keys = [(key, (a, b) in gold) for key, a, b in [*head_candidates(text, spans, parse),
                                                         *noun_candidates(text, spans, parse)] if (a, b) not in ours]
        out.append({"id": row["id"], "keys": keys,
                    "cases": [(a, b, words, (a, b) in gold) for a, b, words in head_cases(text, spans, parse)]})
    return out


def fit(articles: list[dict], c: float) -> Weights:
    bias, weights = fit_words([[(words, right) for _, _, words, right in a["cases"]] for a in articles], c,
                              MIN_COUNT, MIN_WEIGHT)
    return Weights(bias, 0.0, weights)


def reader(model: Weights, threshold: float):
    """``model_heads`` with ``model`` at ``threshold``."""
    model = replace(model, threshold=threshold)
    return lambda text, spans, parse, _=None: model_heads(text, spans, parse, model)


def lexicon(articles: list[dict], threshold: float, minimum: int) -> frozenset[str]:
    """The first-word lemmas ``bench/build_org_heads.py`` would learn from ``articles``."""
    return frozenset(share_table(articles, lambda a: a["keys"], minimum, lambda share: share >= threshold))


def main(argv=None) -> int:
    args = trainer_args(__doc__, str(DATA / "org_head_model.tsv"), argv)
    rows = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    articles = read_articles(rows)
    print(f"{args.data}: {len(articles)} articles, {sum(len(a['cases']) for a in articles)} heads")
    runs = PipelineOutOfFold(args.data, rows, "model_heads", FOLDS)
    settings = lexicon_settings(DATA / "org_heads.tsv")
    tables = [lexicon([a for a in articles if fold_of(a["id"]) != k], *settings) for k in range(FOLDS)]
    print("\nour pipeline (with the model), all of train out of fold, ORG:\n")
    print("| organization heads | P | R | F1 |\n|---|---|---|---|")
    s = runs.score([lambda text, spans, parse, model=None, t=t: org_heads(text, spans, parse, t) for t in tables])
    print(score_row(f"the lexicon (threshold {settings[0]}, min {settings[1]})", s), flush=True)
    choose_fit_write(args, runs, articles, fit, reader, CS, THRESHOLDS,
                     "organization heads: logistic regression over ner/org_head_model.features",
                     "bench/train_org_heads.py", f"features seen in >= {MIN_COUNT} articles, weights >= {MIN_WEIGHT} kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
