"""Build ``link/data/professions_learned.txt``: position nouns NEREL train never showed as a
PROFESSION head often enough for ``professions.txt``, found by their meaning.

    python bench/build_learned_professions.py [--data ../shared/data/nerel/train.jsonl] [--select]

``professions.txt`` lists the heads train shows twice or more, so a role phrase headed by a
word train saw once or never ("кинокритик", "правозащитник", "сатирик") finds no role. Which
nouns name a position is a matter of meaning, so it is learned: a logistic regression over
the navec vector (the embeddings natasha's slovnet ships) of an animate noun's lemma.

- Cases: every animate common noun lemma in pymorphy3's dictionary (its guesses for unknown
  words are mostly surnames: "сердюк", "наумец"; a compound goes by its parts at run time) seen at least twice in train's texts (pymorphy3's
  first parse). Positive: in the lexicon of ``build_professions`` (train heads seen twice,
  the hand lists, not DROP) or heading a PROFESSION span in at least 30% of its uses;
  negative: under 10% or in DROP; the rest is left out.
- Model: standardized vectors, L2 penalty ``L2``, full-batch gradient descent (deterministic).
- Output: every lemma of navec's vocabulary that pymorphy3's dictionary reads first as an
  animate common noun in its dictionary form, is not already in ``professions.txt`` nor in DROP, and scores at
  least ``THRESHOLD``.

``--select`` prints the held-out scores the constants were chosen by: lexicon and model
learned on four fifths of train, role precision and recall (``bench/roles.py``'s
mention-level scoring) on the held-out fifth, for each L2 and threshold. NEREL dev is never
read.
"""

import argparse
import json
import re
import sys
from collections import Counter

import build_professions as bp
import numpy as np
from heldout import fit_logistic

from ru_newsner.link import role_words
from ru_newsner.ner.nationality import head_vector, word_vectors
from ru_newsner.pipeline.resources import shared
from ru_newsner.text.yo import fold

OUT = bp.OUT.with_name("professions_learned.txt")
L2 = 10.0         # chosen with --select among 1, 3, 10, 100, 1000
THRESHOLD = 0.6   # chosen with --select: held-out role recall 68.92 -> 71.49 at precision 79.81 -> 79.91
STEPS, RATE = 2000, 0.1
WORD = re.compile(r"[а-яё]+(?:-[а-яё]+)*")
NOT_COMMON = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init"})


def head_counts(rows: list[dict], parse) -> Counter:
    """Lemma → how many PROFESSION spans it heads."""
    counts: Counter[str] = Counter()
    for row in rows:
        for e in row["entities"]:
            if e["type"] == "PROFESSION" and (lemma := bp.head_lemma(e["text"], parse)):
                counts[fold(lemma)] += 1
    return counts


def lexicon(heads: Counter, minimum: int = 2) -> set[str]:
    """What ``build_professions`` writes for these head counts."""
    return ({w for w, n in heads.items() if n >= minimum} | {fold(w) for w in bp.HAND + bp.OCCUPATIONS}) - bp.DROP


def animate_lemma(word: str, parse) -> str | None:
    parses = parse(word)
    if not parses or not parses[0].is_known:
        return None  # guessed words are mostly surnames ("сердюк", "наумец")
    tag = parses[0].tag
    if tag.POS != "NOUN" or "anim" not in tag or tag.grammemes & NOT_COMMON:
        return None
    return fold(parses[0].normal_form)


def cases(rows: list[dict], parse, vectors) -> tuple[np.ndarray, np.ndarray]:
    heads = head_counts(rows, parse)
    known = lexicon(heads)
    uses: Counter[str] = Counter(lemma for row in rows for word in WORD.findall(row["text"].lower())
                                 if (lemma := animate_lemma(word, parse)))
    x, y = [], []
    for lemma, n in sorted(uses.items()):
        share = heads[lemma] / n
        label = (1 if (lemma in known or share >= 0.3) and lemma not in bp.DROP
                 else 0 if share < 0.1 or lemma in bp.DROP else None)
        vector = head_vector(lemma, vectors) if n >= 2 and label is not None else None
        if vector is not None:
            x.append(vector)
            y.append(label)
    return np.array(x, dtype=np.float64), np.array(y, dtype=np.float64)


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> tuple[np.ndarray, float]:
    return fit_logistic(x, y, l2, STEPS, RATE)


def scored_vocabulary(parse, vectors, words) -> dict[str, np.ndarray]:
    """navec words in their dictionary form read first as animate common nouns → vectors."""
    out = {}
    for word in words:
        if WORD.fullmatch(word) and animate_lemma(word, parse) == word and word not in bp.DROP:
            out[word] = vectors(word)
    return out


def learned(model: tuple[np.ndarray, float], vocabulary: dict, threshold: float, known: set[str]) -> set[str]:
    w, b = model
    words = sorted(set(vocabulary) - known)
    if not words:
        return set()
    probability = 1.0 / (1.0 + np.exp(-(np.stack([vocabulary[v] for v in words]) @ w + b)))
    return {v for v, p in zip(words, probability) if p >= threshold}


def role_scores(rows: list[dict], mentions: list, known: frozenset[str]) -> tuple[float, float]:
    """Mention-level role precision and recall of ``bench/roles.py`` with ``known`` as the
    position lexicon."""
    from roles import gold_pairs

    from ru_newsner.link.roles import trace_roles

    resources = shared()
    original = role_words.professions
    role_words.professions = lambda: known
    role_words._head_parses.cache_clear()
    tp = predicted = gold = 0
    try:
        for row, found in zip(rows, mentions):
            works, _ = gold_pairs(row)
            persons = {(m.start, m.stop) for m in found if m.kind == "person"}
            gold += sum(1 for person, _ in works if person in persons)
            for _, role in trace_roles(row["text"], found, resources.parse, resources.syntax):
                predicted += 1
                person = (found[role.person].start, found[role.person].stop)
                tp += any(p == person and s < role.stop and role.start < e for p, (s, e) in works)
    finally:
        role_words.professions = original
        role_words._head_parses.cache_clear()
    return tp / max(predicted, 1), tp / max(gold, 1)


def select(rows: list[dict], parse, vectors, vocabulary: dict) -> None:
    import ru_newsner

    fit_rows = [r for i, r in enumerate(rows) if i % 5]
    held = [r for i, r in enumerate(rows) if i % 5 == 0]
    mentions = [a.mentions for a in ru_newsner.load().pipe(r["text"] for r in held)]
    known = lexicon(head_counts(fit_rows, parse))
    p, r = role_scores(held, mentions, frozenset(known))
    print(f"held-out roles, lexicon of the fit folds only: P {100 * p:.2f} R {100 * r:.2f}")
    x, y = cases(fit_rows, parse, vectors)
    for l2 in (1.0, 3.0, 10.0, 100.0, 1000.0):
        model = fit(x, y, l2)
        for threshold in (0.4, 0.5, 0.6, 0.7, 0.8):
            extra = learned(model, vocabulary, threshold, known)
            p, r = role_scores(held, mentions, frozenset(known | extra))
            print(f"L2 {l2:g} threshold {threshold}: {len(extra)} learned, P {100 * p:.2f} R {100 * r:.2f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data/nerel/train.jsonl")
    ap.add_argument("--select", action="store_true", help="print the held-out scores of the constants")
    args = ap.parse_args(argv)
    with open(args.data, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    resources = shared()
    parse, vectors = resources.parse, word_vectors(resources.ner)
    vocabulary = scored_vocabulary(parse, vectors, resources.ner.infer.encoder.words_vocab.items)
    if args.select:
        select(rows, parse, vectors, vocabulary)
        return 0
    known = {line for line in bp.OUT.read_text("utf-8").splitlines() if line and not line.startswith("#")}
    x, y = cases(rows, parse, vectors)
    extra = learned(fit(x, y, L2), vocabulary, THRESHOLD, known)
    OUT.write_text("# animate nouns a navec classifier reads as positions (bench/build_learned_professions.py)\n"
                   + "\n".join(sorted(extra)) + "\n", encoding="utf-8")
    print(f"{len(extra)} lemmas ({len(y)} cases, {int(y.sum())} positive; {len(vocabulary)} candidates) -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
