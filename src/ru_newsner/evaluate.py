"""Scoring predicted spans against NEREL-style gold, per type, exact and overlap match.

Every gold span counts, nested ones included. A NEREL file is JSON Lines of ``{id, text,
entities: [{type, start, end, text}]}``; its types are mapped to ours with :data:`NEREL_TYPES`
(types not in the map are not scored). :func:`intervals` gives each type's exact F1 a
bootstrap interval over articles, so a reader sees how far a score on a small file can move.
"""

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

NEREL_TYPES = {
    "PERSON": "PER", "ORGANIZATION": "ORG",
    "CITY": "LOC", "COUNTRY": "LOC", "STATE_OR_PROVINCE": "LOC", "LOCATION": "LOC",
    "DISTRICT": "LOC", "DATE": "DATE", "TIME": "TIME", "LAW": "LAW", "MONEY": "MONEY",
    "AGE": "AGE", "PERCENT": "PERCENT",
}

Triple = tuple[str, int, int]  # (label, start, stop)


@dataclass(frozen=True)
class GoldDoc:
    id: str
    text: str
    spans: frozenset[Triple]


@dataclass(frozen=True)
class Score:
    label: str
    gold: int
    pred: int
    exact: int
    overlap_p: int
    overlap_r: int

    @property
    def precision(self) -> float:
        return _ratio(self.exact, self.pred)

    @property
    def recall(self) -> float:
        return _ratio(self.exact, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def overlap_f1(self) -> float:
        return _f1(_ratio(self.overlap_p, self.pred), _ratio(self.overlap_r, self.gold))


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def read_nerel(path: str | Path, types: dict[str, str] = NEREL_TYPES) -> Iterator[GoldDoc]:
    """Read a NEREL JSONL file, keeping mapped types (discontinuous spans by outer extent)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            row = json.loads(line)
            spans = frozenset(
                (types[e["type"]], e["start"], e["end"])
                for e in row["entities"] if e["type"] in types
            )
            yield GoldDoc(row["id"], row["text"], spans)


def _overlaps(span: Triple, others: Iterable[Triple]) -> bool:
    label, start, stop = span
    return any(o[0] == label and o[1] < stop and start < o[2] for o in others)


def score(pairs: Iterable[tuple[Iterable[Triple], Iterable[Triple]]]) -> dict[str, Score]:
    """Score ``(gold, predicted)`` span sets per label; key ``"ALL"`` is the micro average."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for gold, pred in pairs:
        gold, pred = set(gold), set(pred)
        for span in gold:
            c = counts[span[0]]
            c[0] += 1
            c[2] += span in pred
            c[4] += _overlaps(span, pred)
        for span in pred:
            c = counts[span[0]]
            c[1] += 1
            c[3] += _overlaps(span, gold)
    total = [sum(c[i] for c in counts.values()) for i in range(5)]
    result = {label: Score(label, *c) for label, c in sorted(counts.items())}
    result["ALL"] = Score("ALL", *total)
    return result


def format_scores(scores: dict[str, Score]) -> str:
    """A Markdown table of per-label scores."""
    lines = ["| type | gold | pred | P | R | F1 | overlap F1 |", "|---|---|---|---|---|---|---|"]
    for s in scores.values():
        lines.append(
            f"| {s.label} | {s.gold} | {s.pred} | {100 * s.precision:.1f} | "
            f"{100 * s.recall:.1f} | {100 * s.f1:.1f} | {100 * s.overlap_f1:.1f} |"
        )
    return "\n".join(lines)


def ratio_interval(numerators: Sequence[float], denominators: Sequence[float], rounds: int = 1000,
                   seed: int = 0, level: float = 0.95) -> tuple[float, float, float]:
    """``sum(numerators) / sum(denominators)`` over articles (one number of each per article:
    right and predicted pairs for a precision), with a percentile bootstrap interval: the
    articles are drawn ``rounds`` times with replacement, so what one article holds moves
    together. A fixed ``seed`` draws the same articles for every call of the same length, so
    the intervals of one file's precision and recall come from the same draws. A draw with
    nothing in its denominator counts as 0."""
    num, den = np.asarray(numerators, dtype=np.float64), np.asarray(denominators, dtype=np.float64)
    if len(num) != len(den) or not len(num) or rounds < 1 or not 0 < level < 1:
        raise ValueError("an interval needs articles (as many numerators as denominators), rounds >= 1 "
                         "and 0 < level < 1")
    draws = np.random.default_rng(seed).integers(0, len(num), size=(rounds, len(num)))
    top, bottom = num[draws].sum(axis=1), den[draws].sum(axis=1)
    ratios = np.divide(top, bottom, out=np.zeros(rounds), where=bottom > 0)
    tail = 100 * (1 - level) / 2
    low, high = np.percentile(ratios, [tail, 100 - tail])
    point = num.sum() / den.sum() if den.sum() else 0.0
    return float(point), float(low), float(high)


def intervals(pairs: Iterable[tuple[Iterable[Triple], Iterable[Triple]]], labels: Iterable[str],
              rounds: int = 1000, seed: int = 0, level: float = 0.95,
              micro: Iterable[str] | None = None) -> dict[str, tuple[float, float, float]]:
    """Exact F1 per label and of the micro average over ``micro`` (``labels`` if None; key
    ``"micro"``), each as ``(f1, low, high)`` with :func:`ratio_interval`'s bootstrap interval
    over the articles (F1 is twice the right spans over gold plus predicted ones)."""
    labels = list(labels)
    pooled = set(labels if micro is None else micro)
    rows = []  # per article, per label and then the micro average: (2 * right, gold + predicted)
    for gold, pred in pairs:
        counts = score([(gold, pred)])
        per = [(2 * counts[k].exact, counts[k].gold + counts[k].pred) if k in counts else (0, 0) for k in labels]
        pool = [(2 * counts[k].exact, counts[k].gold + counts[k].pred) for k in pooled if k in counts]
        rows.append([*per, tuple(map(sum, zip(*pool))) if pool else (0, 0)])
    if not rows:
        raise ValueError("intervals need articles")
    return {key: ratio_interval([r[i][0] for r in rows], [r[i][1] for r in rows], rounds, seed, level)
            for i, key in enumerate([*labels, "micro"])}
