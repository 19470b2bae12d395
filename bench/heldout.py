"""Learning a lexicon on NEREL train with its threshold chosen on a held-out fifth of it
(shared by the bench/build_*.py lexicon builders)."""

import argparse
import json
from collections import defaultdict
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
