"""Learning a lexicon on NEREL train with its threshold chosen on a held-out fifth of it
(shared by bench/build_institutions.py and bench/build_relabel.py)."""

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def f1(tp: int, pred: int, gold: int) -> float:
    return 2 * tp / (pred + gold) if pred + gold else 0.0


def choose_threshold(articles: Sequence[T], thresholds: Sequence[float],
                     learn: Callable[[Sequence[T], float], dict],
                     score: Callable[[Sequence[T], dict], float], what: str) -> tuple[float, dict]:
    """Learn on four fifths of ``articles`` (every fifth one held out) for each threshold,
    score the held-out fifth, print the scores, and relearn on all with the best threshold."""
    fit = [a for i, a in enumerate(articles) if i % 5]
    held = [a for i, a in enumerate(articles) if i % 5 == 0]
    print(f"held-out {what} without the table: {100 * score(held, {}):.2f}")
    scores = {t: score(held, learn(fit, t)) for t in thresholds}
    for t, value in scores.items():
        print(f"threshold {t}: held-out {what} {100 * value:.2f}")
    best = max(scores, key=scores.get)
    return best, learn(articles, best)
