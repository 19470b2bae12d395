"""Linear classifiers shipped as tables of weights: trained by scripts in ``bench/`` (with
scikit-learn), read and scored here without it.

A table is text: ``# key<TAB>value`` header lines (``bias`` and ``threshold`` required; other
keys, such as a model's word list, kept as notes), other ``#`` lines as comments, then
``feature<TAB>weight`` rows. A case is a list of feature strings; its score is the logistic
of the bias plus the weights of its features (unknown features weigh nothing).
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Weights:
    bias: float
    threshold: float
    weights: dict[str, float]
    notes: Mapping[str, str] = field(default_factory=dict)


def read_weights(text: str, what: str = "model") -> Weights:
    """The table in ``text``; a ValueError naming ``what`` when its bias or threshold is missing."""
    header: dict[str, str] = {}
    weights: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("# ") and "\t" in line and " " not in line[2:].split("\t", 1)[0]:
            key, value = line[2:].split("\t", 1)
            header[key] = value
        elif line and not line.startswith("#"):
            feature, weight = line.rsplit("\t", 1)
            weights[feature] = float(weight)
    missing = {"bias", "threshold"} - set(header)
    if missing:
        raise ValueError(f"{what}: the {' and '.join(sorted(missing))} header line(s) missing")
    notes = {k: v for k, v in header.items() if k not in ("bias", "threshold")}
    return Weights(float(header["bias"]), float(header["threshold"]), weights, notes)


def score(model: Weights, words: Sequence[str]) -> float:
    """The probability ``model`` gives a case described by ``words``."""
    z = model.bias + sum(model.weights.get(w, 0.0) for w in words)
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


def format_weights(model: Weights, comments: list[str]) -> str:
    """The table of ``model`` as :func:`read_weights` reads it, ``comments`` first (one ``#``
    line each), its notes after the bias and threshold, the weights sorted by feature."""
    lines = [f"# {line}" for line in comments]
    lines += [f"# bias\t{model.bias:.6f}", f"# threshold\t{model.threshold}"]
    lines += [f"# {key}\t{value}" for key, value in model.notes.items()]
    lines += [f"{w}\t{v:.4f}" for w, v in sorted(model.weights.items())]
    return "\n".join(lines) + "\n"
