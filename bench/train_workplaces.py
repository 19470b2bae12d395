"""Train the workplace classifier (``link/workplace_model.py``) on NEREL train.

    pip install scikit-learn   # this script only
    python bench/train_workplaces.py [--data ../shared/data/nerel/train.jsonl]
                                     [--out src/ru_newsner/link/data/workplace_model.tsv]

Our pipeline reads each article; every (person, ORG/LOC mention) pair of one sentence is a
candidate, labelled by NEREL's WORKPLACE pairs (also through the person's PROFESSION, as
``bench/roles.py`` scores them). A logistic regression (scikit-learn, L2 of strength C, the best of CS; features
seen in at least MIN_COUNT articles, weights under MIN_WEIGHT dropped) is scored out of fold, five folds by article, the rules'
pairs kept: the threshold is the lowest whose entity-level person→organization precision,
rules and classifier together, stays at least MIN_PRECISION. The model is then fitted on all
of train and written with its threshold. NEREL dev is not read.
"""

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import ru_newsner
from ru_newsner.link.role_paths import sentence_words
from ru_newsner.link.roles import rule_pass
from ru_newsner.link.workplace_model import candidates
from ru_newsner.pipeline.resources import shared

sys.path.insert(0, str(Path(__file__).parent))
from heldout import fit_words  # noqa: E402
from roles import gold_pairs  # noqa: E402

CS = (0.3, 1.0, 3.0)  # the L2 strengths tried; the one with the best recall at MIN_PRECISION is kept
MIN_COUNT = 2
MIN_WEIGHT = 0.1  # smaller weights are dropped (a third of them stay; out of fold the same scores)
MIN_PRECISION = 83.0
FOLDS = 5
THRESHOLDS = [t / 100 for t in range(30, 96, 5)]


def read_articles(path: str) -> list[dict]:
    """Per article: candidate (entity pair, label, features), gold and rule entity pairs."""
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    nlp, parse = ru_newsner.load(), shared().parse
    rows = []
    for doc, article in zip(docs, nlp.pipe([d["text"] for d in docs])):
        text, ms = doc["text"], article.mentions
        rules = article.relations  # the default pipeline: the rules' roles alone
        entity_of = {(m.start, m.stop): m.entity for m in ms}
        gold_spans = gold_pairs(doc)[1] | gold_pairs(doc, via_profession=True)[1]
        ctx = rule_pass(text, ms, parse)[0]
        cands = [((ms[i].entity, ms[j].entity), ((ms[i].start, ms[i].stop), (ms[j].start, ms[j].stop)) in gold_spans, words)
                 for i, j, words in candidates(ctx, rules, sentence_words(text))]
        rows.append({
            "gold": {(entity_of[p], entity_of[o]) for p, o in gold_spans if p in entity_of and o in entity_of},
            "rules": {(ms[r.person].entity, ms[r.organization].entity) for r in rules if r.organization is not None},
            "cands": cands,
        })
    return rows


def fit(rows: list[dict], c: float) -> tuple[float, dict[str, float]]:
    """(bias, weights) fitted on the candidate pairs of ``rows`` (``heldout.fit_words``)."""
    return fit_words([[(words, label) for _, label, words in row["cands"]] for row in rows], c, MIN_COUNT, MIN_WEIGHT)


def pair_scores(row: dict, bias: float, weights: dict[str, float]) -> dict:
    from ru_newsner.linear import Weights, score

    model = Weights(bias, 0.0, weights)
    best: dict = {}
    for pair, _, words in row["cands"]:
        best[pair] = max(best.get(pair, 0.0), score(model, words))
    return best


def sweep(rows: list[dict], scores: list[dict]) -> list[tuple[float, int, int, int]]:
    """(threshold, predicted, right, gold) with the rules' pairs kept."""
    gold = sum(len(r["gold"]) for r in rows)
    out = []
    for t in THRESHOLDS + [2.0]:
        pred = right = 0
        for row, s in zip(rows, scores):
            found = row["rules"] | {pair for pair, v in s.items() if v >= t}
            pred, right = pred + len(found), right + len(found & row["gold"])
        out.append((t, pred, right, gold))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data/nerel/train.jsonl")
    ap.add_argument("--out", default="src/ru_newsner/link/data/workplace_model.tsv")
    args = ap.parse_args(argv)
    rows = read_articles(args.data)
    print(f"{args.data}: {len(rows)} articles, {sum(len(r['cands']) for r in rows)} candidate pairs, "
          f"{sum(label for r in rows for _, label, _ in r['cands'])} of them WORKPLACE")
    best = None
    for c in CS:
        scores: list[dict] = [{} for _ in rows]
        for fold in range(FOLDS):
            bias, weights = fit([r for n, r in enumerate(rows) if n % FOLDS != fold], c)
            for n, row in enumerate(rows):
                if n % FOLDS == fold:
                    scores[n] = pair_scores(row, bias, weights)
        print(f"C {c}: out of fold, entity-level person→organization (rules' pairs kept):")
        print("| threshold | predicted | P | R |\n|---|---|---|---|")
        table = sweep(rows, scores)
        for t, pred, right, gold in table:
            print(f"| {'rules only' if t > 1 else t} | {pred} | {100 * right / pred:.1f} | {100 * right / gold:.1f} |")
        t, _, right, _ = min((row for row in table if 100 * row[2] / row[1] >= MIN_PRECISION), key=lambda row: row[0])
        if best is None or right > best[2]:
            best = (c, t, right)
    c, threshold, _ = best
    bias, weights = fit(rows, c)
    kept = sorted(weights.items())
    lines = [f"# workplace classifier: logistic regression over link/workplace_model.features; "
             f"bench/train_workplaces.py on {args.data} ({len(rows)} articles), {date.today()}",
             f"# C {c} (of {CS}), features seen in >= {MIN_COUNT} articles, weights >= {MIN_WEIGHT} kept; threshold: the lowest with out-of-fold "
             f"precision >= {MIN_PRECISION} ({FOLDS} folds by article)",
             f"# bias\t{bias:.6f}", f"# threshold\t{threshold}"]
    lines += [f"{w}\t{v:.4f}" for w, v in kept]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"C {c}, threshold {threshold}; {len(kept)} weights written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
