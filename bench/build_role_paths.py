"""Build src/ru_newsner/link/data/role_paths.tsv: the dependency-path signatures that pair a role phrase with a person.

    python bench/build_role_paths.py [--data ../shared/data/nerel/train.jsonl] [--min 3]

Our pipeline runs on each NEREL train article; the adjacent-pattern rules of ``link.pairing_rules``
pair what they can; every phrase they leave is matched with each person of its sentence
(``link.role_paths.candidates``, slovnet's news dependency parser). A candidate is right when
NEREL links that person's entity to a PROFESSION overlapping the phrase (WORKS_AS, whichever
mention of the entity the relation is drawn from). The table keeps the signatures seen
``--min`` times in two articles or more, those whose share of right candidates passes the
threshold marked as pairing; a candidate whose signature is rarer is judged by its coarse
signature (``link.role_paths.coarse``), learned the same way from such candidates.
The threshold is chosen on a held-out fifth of train, by issue 7's goal: the highest recall
of all person→role pairs (the rules' and the table's together) whose precision stays at or
above ``MIN_PRECISION`` (80, the issue's line). Dev is not read.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout import build_main, f1, share_table  # noqa: E402
from roles import gold_pairs  # noqa: E402

import ru_newsner  # noqa: E402
from ru_newsner.link.role_paths import candidates, choose, coarse  # noqa: E402
from ru_newsner.link.roles import rule_pass  # noqa: E402
from ru_newsner.pipeline.resources import shared  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src/ru_newsner/link/data/role_paths.tsv"
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9)
MIN_PRECISION = 0.80


def _right(gold: set, entity, start: int, stop: int) -> bool:
    return any(g[0] == entity and g[1][0] < stop and start < g[1][1] for g in gold)


def collect(rows: list) -> list:
    pipeline = ru_newsner.load()
    resources = shared()
    articles = []
    for doc, article in zip(rows, pipeline.pipe(d["text"] for d in rows)):
        mentions = article.mentions
        entity = {(m.start, m.stop): m.entity for m in mentions}
        works, _ = gold_pairs(doc)
        gold = {(entity[p], prof) for p, prof in works if p in entity}
        ctx, phrases, covering, found = rule_pass(doc["text"], mentions, resources.parse)
        base = {(mentions[r.person].entity, r.start, r.stop) for _, r in found}
        cases = []
        for c in candidates(ctx, phrases, covering, resources.syntax):
            start, stop = ctx.tokens[c.phrase.first].start, ctx.tokens[c.phrase.last].stop
            cases.append((c, _right(gold, mentions[c.person].entity, start, stop),
                          (mentions[c.person].entity, start, stop)))
        articles.append({"cases": cases, "gold": len(gold),
                         "base_pred": len(base), "base_ok": sum(_right(gold, *b) for b in base)})
    return articles


def learn(articles, threshold: float, minimum: int) -> dict:
    """{signature: (count, share right, pairs)} for every signature seen ``minimum`` times in
    two articles or more, and for the coarse signatures ("~…") of the candidates whose full
    signature is not (their own count and share, the same threshold)."""
    full = share_table(articles, lambda a: [(c.signature, right) for c, right, _ in a["cases"]],
                       minimum, lambda share: True)
    rare = share_table(articles, lambda a: [(key, right) for c, right, _ in a["cases"]
                                            if c.signature not in full and (key := coarse(c.signature))],
                       minimum, lambda share: True)
    return {key: (n, share, share >= threshold) for key, (n, share) in {**full, **rare}.items()}


def score(articles, table: dict) -> float:
    """Person→role recall where the precision keeps to ``MIN_PRECISION``; below zero (the
    precision's shortfall) where it does not."""
    tp, pred, gold = _counts(articles, table)
    precision, recall = tp / pred if pred else 0.0, tp / gold if gold else 0.0
    print(f"  {len(table)} signatures: precision {100 * precision:.2f}, recall {100 * recall:.2f}, "
          f"F1 {100 * f1(tp, pred, gold):.2f}")
    return recall if precision >= MIN_PRECISION else precision - MIN_PRECISION


def _counts(articles, table: dict) -> tuple[int, int, int]:
    tp = pred = gold = 0
    shares = {k: share for k, (_, share, kept) in table.items() if kept}
    seen = frozenset(k for k in table if not k.startswith("~"))
    for a in articles:
        right = {id(c): ok for c, ok, _ in a["cases"]}
        by_phrase = {}
        for c, _, _ in a["cases"]:
            by_phrase.setdefault(id(c), c)
        chosen = choose([c for c, _, _ in a["cases"]], shares, seen)
        picked = [next(c for c, _, _ in a["cases"] if c.phrase is p and c.person == q) for p, q in chosen]
        tp += a["base_ok"] + sum(right[id(c)] for c in picked)
        pred += a["base_pred"] + len(picked)
        gold += a["gold"]
    return tp, pred, gold


def write(table: dict, threshold: float, minimum: int) -> str:
    lines = [f"# signature\tcount\tshare right\tpairs (NEREL train; threshold {threshold}, min {minimum}; "
             "bench/build_role_paths.py)"]
    lines += [f"{key}\t{n}\t{share:.3f}\t{'yes' if kept else 'no'}"
              for key, (n, share, kept) in sorted(table.items(), key=lambda kv: (-kv[1][2], -kv[1][1], kv[0]))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    kept = sum(k for _, _, k in table.values())
    return f"{OUT}: {kept} of {len(table)} signatures pair at threshold {threshold}"


if __name__ == "__main__":
    raise SystemExit(build_main(__doc__, THRESHOLDS, collect, learn, score,
                                "person→role recall at precision ≥ 80 (below 0: precision short of 80)",
                                write, default_min=3))
