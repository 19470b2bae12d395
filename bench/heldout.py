"""Learning on NEREL train: a lexicon with its threshold chosen on a held-out fifth of it
(shared by the bench/build_*.py lexicon builders), and the shipped linear tables with their
settings chosen by our pipeline out of fold (bench/train_*.py)."""

import argparse
import json
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

import numpy as np

T = TypeVar("T")


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def choose_threshold(articles: Sequence[T], thresholds: Sequence[float],
                     learn: Callable[[Sequence[T], float], dict],
                     score: Callable[[Sequence[T], dict], float], what: str) -> tuple[float, dict]:
    """Learn on four fifths of ``articles`` (every fifth one held out) for each threshold,
    score the held-out fifth, print the scores, and relearn on all with the best threshold.

    Thresholds that tie on the held-out fifth (it holds too few cases to tell them apart) are
    broken by the decision rule behind them all: an entry whose share of right cases is p
    helps F1 when p passes half the F1 without the table, so the tied threshold closest to
    that half wins."""
    fit = [a for i, a in enumerate(articles) if i % 5]
    held = [a for i, a in enumerate(articles) if i % 5 == 0]
    base = score(held, {})
    print(f"held-out {what} without the table: {100 * base:.2f}")
    scores = {t: score(held, learn(fit, t)) for t in thresholds}
    for t, value in scores.items():
        print(f"threshold {t}: held-out {what} {100 * value:.2f}")
    top = max(scores.values())
    best = min((t for t, value in scores.items() if value >= top - 1e-12), key=lambda t: abs(t - base / 2))
    return best, learn(articles, best)


def span_f1(articles: Sequence[dict], found: Callable[[dict], set]) -> float:
    """Micro F1 of ``found(article)`` (a set of spans) against each ``article["gold"]``."""
    tp = pred = gold = 0
    for a in articles:
        spans = found(a)
        tp += len(spans & a["gold"])
        pred += len(spans)
        gold += len(a["gold"])
    return f1(tp, pred, gold)


def build_main(doc: str, thresholds: Sequence[float], collect: Callable[[list], list],
               learn: Callable[[Sequence, float, int], dict], score: Callable[[Sequence, dict], float],
               what: str, write: Callable[[dict, float, int], str], default_min: int = 3, argv=None) -> int:
    """The command line of a lexicon builder: read ``--data`` (NEREL train), ``collect`` what
    each article says, choose the threshold on the held-out fifth, ``write`` the table (it
    returns a line to print)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--data", default="../shared/data/nerel/train.jsonl")
    ap.add_argument("--min", type=int, default=default_min)
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    articles = collect(rows)
    best, table = choose_threshold(articles, thresholds, lambda arts, t: learn(arts, t, args.min), score, what)
    print(write(table, best, args.min))
    return 0


def share_table(articles: Sequence[dict], cases: Callable[[dict], Iterable[tuple[Hashable, bool]]],
                minimum: int, keep: Callable[[float], bool], articles_min: int = 2) -> dict:
    """{key: (count, share right)} over every article's ``cases`` (key, right), for the keys
    seen ``minimum`` times in ``articles_min`` articles or more whose share ``keep`` accepts."""
    counts: dict = defaultdict(lambda: [0, 0])
    seen_in: dict = defaultdict(set)
    for index, a in enumerate(articles):
        for key, right in cases(a):
            counts[key][0] += right
            counts[key][1] += 1
            seen_in[key].add(index)
    return {key: (n, right / n) for key, (right, n) in counts.items()
            if n >= minimum and len(seen_in[key]) >= articles_min and keep(right / n)}


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float, steps: int, rate: float) -> tuple[np.ndarray, float]:
    """A deterministic logistic regression (standardized features, L2 penalty, full-batch
    gradient descent), returned as (weights, bias) on the raw features: the standardization
    folded in."""
    mu, sd = x.mean(0), x.std(0) + 1e-6
    z = (x - mu) / sd
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        g = 1.0 / (1.0 + np.exp(-(z @ w + b))) - y
        w -= rate * (z.T @ g + l2 * w) / len(y)
        b -= rate * g.mean()
    return w / sd, float(b - mu @ (w / sd))


def fit_words(groups: Sequence[Sequence[tuple[Sequence[str], bool]]], c: float, min_count: int = 2,
              min_weight: float = 0.1) -> tuple[float, dict[str, float]]:
    """A logistic regression (scikit-learn, L2 of strength ``c``) over cases described by
    words, ``groups`` of (words, right) by article: words seen in fewer than ``min_count``
    articles left out, weights under ``min_weight`` dropped; returns (bias, weights), the table
    ``ru_newsner.linear`` reads."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(w for group in groups for w in {w for words, _ in group for w in words})
    x = [{w: 1 for w in words if seen[w] >= min_count} for group in groups for words, _ in group]
    y = [right for group in groups for _, right in group]
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=5000).fit(vectorizer.fit_transform(x), y)
    weights = {w: float(v) for w, v in zip(vectorizer.get_feature_names_out(), model.coef_[0]) if abs(v) >= min_weight}
    return float(model.intercept_[0]), weights


def fold_of(article_id: str, folds: int = 5) -> int:
    """The fold of an article, by a hash of its id (the same in every run)."""
    return zlib.crc32(article_id.encode()) % folds


class PipelineOutOfFold:
    """Our pipeline (with the model) over a NEREL file, each fold's articles read with a
    function of ``ru_newsner.ner.names`` (``attribute``) replaced by the reader learned on the
    other folds; ORG scored against the gold."""

    def __init__(self, path: str, rows: list[dict], attribute: str, folds: int = 5):
        import ru_newsner
        from ru_newsner.evaluate import read_nerel

        self.rows, self.attribute, self.folds, self.nlp = rows, attribute, folds, ru_newsner.load(model=True)
        self.gold = {d.id: {s for s in d.spans if s[0] == "ORG"} for d in read_nerel(path)}

    def score(self, readers: Sequence[Callable]):
        """ORG's ``evaluate.Score`` with ``readers[k]`` in the function's place for fold k."""
        import ru_newsner.ner.names as names
        from ru_newsner.evaluate import score

        shipped, pairs = getattr(names, self.attribute), []
        try:
            for k, reader in enumerate(readers):
                setattr(names, self.attribute, reader)
                part = [r for r in self.rows if fold_of(r["id"], self.folds) == k]
                for row, article in zip(part, self.nlp.pipe([r["text"] for r in part])):
                    pairs.append((self.gold[row["id"]], {(m.label, m.start, m.stop) for m in article.mentions
                                                         if m.label == "ORG"}))
        finally:
            setattr(names, self.attribute, shipped)
        return score(pairs)["ORG"]


def score_row(name: str, s) -> str:
    """A Markdown row of an ``evaluate.Score``'s precision, recall and F1."""
    return f"| {name} | {100 * s.precision:.2f} | {100 * s.recall:.2f} | {100 * s.f1:.2f} |"


def choose_by_pipeline(runs: PipelineOutOfFold, fit_fold: Callable[[int, float], object],
                       reader: Callable[[object, float], Callable], cs: Sequence[float],
                       thresholds: Sequence[float]) -> tuple[float, float]:
    """The (C, threshold) with the best ORG F1 of ``runs``: for each C the folds' models
    (``fit_fold(k, c)``: fitted without fold k), for each threshold each fold read with
    ``reader(its model, threshold)``; a row printed for each."""
    best = None
    for c in cs:
        models = [fit_fold(k, c) for k in range(runs.folds)]
        for t in thresholds:
            s = runs.score([reader(m, t) for m in models])
            print(score_row(f"the classifier, C {c}, threshold {t}", s), flush=True)
            if best is None or s.f1 > best[0] + 1e-9:
                best = (s.f1, c, t)
    return best[1], best[2]


def trainer_args(doc: str, default_out: str, argv=None) -> argparse.Namespace:
    """The command line of a classifier's trainer: ``--data`` (NEREL train), ``--out`` (the
    table), ``--c`` and ``--threshold`` (try only these)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--data", default="../shared/data/nerel/train.jsonl")
    ap.add_argument("--out", default=default_out)
    ap.add_argument("--c", type=float, help="try this C only")
    ap.add_argument("--threshold", type=float, help="try this threshold only")
    return ap.parse_args(argv)


def lexicon_settings(path) -> tuple[float, int]:
    """The threshold and minimum a lexicon builder wrote in the first line of its table."""
    with open(path, encoding="utf-8") as f:
        found = re.search(r"threshold ([\d.]+) .*min (\d+)", f.readline())
    return float(found.group(1)), int(found.group(2))


def choose_fit_write(args: argparse.Namespace, runs: PipelineOutOfFold, articles: Sequence[dict],
                     fit: Callable[[Sequence[dict], float], object], reader: Callable, cs: Sequence[float],
                     thresholds: Sequence[float], title: str, script: str, note: str):
    """Choose C and threshold by ``runs`` (``--c``/``--threshold`` narrow the grid), fit the
    model on all ``articles`` and write its table to ``args.out`` with where it came from;
    returns the model (``ru_newsner.linear.Weights``)."""
    from dataclasses import replace
    from datetime import date
    from pathlib import Path

    from ru_newsner.linear import format_weights

    tried_c, tried_t = (args.c,) if args.c else tuple(cs), (args.threshold,) if args.threshold else tuple(thresholds)
    c, threshold = choose_by_pipeline(runs, lambda k, c: fit([a for a in articles if fold_of(a["id"], runs.folds) != k], c),
                                      reader, tried_c, tried_t)
    model = replace(fit(articles, c), threshold=threshold)
    Path(args.out).write_text(format_weights(model, [
        f"{title}; {script} on {args.data} ({len(articles)} articles), {date.today()}",
        f"C {c} (of {tried_c}) and threshold {threshold} (of {tried_t}): the best ORG F1 of our pipeline over all "
        f"of train out of fold ({runs.folds} folds by article); {note}"]), encoding="utf-8")
    print(f"\nC {c}, threshold {threshold}; {len(model.weights)} weights written to {args.out}")
    return model
