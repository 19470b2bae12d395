"""Choose the per-type merge policy of slovnet and our model on the held-out split of NEREL
*train* (the articles bench/train.py kept out of training), then print the ablation on a
report file (NEREL dev): slovnet only, model only, union preferring either.

    python bench/merge_policy.py [--select ../shared/data/nerel/train.jsonl] [--report ../shared/data/nerel/dev.jsonl]
"""

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import ru_newsner  # noqa: E402
from ru_newsner.evaluate import read_nerel, score  # noqa: E402
from ru_newsner.ner import combine as combine_module  # noqa: E402
from ru_newsner.pipeline import DEFAULT_STAGES  # noqa: E402
from train import holdout_ids  # noqa: E402

LABELS = ("PER", "ORG", "LOC")
POLICIES = {
    "slovnet only": ("slovnet", "slovnet"),
    "model only": ("model", "model"),
    "union, model wins": ("union", "model"),
    "union, slovnet wins": ("union", "slovnet"),
    "slovnet, model fills gaps": ("fill", "slovnet"),
}


def f1_by_label(pipeline, docs) -> dict[str, float]:
    pairs = []
    for doc, article in zip(docs, pipeline.pipe(d.text for d in docs)):
        gold = {s for s in doc.spans if s[0] in LABELS}
        pairs.append((gold, {(m.label, m.start, m.stop) for m in article.mentions if m.label in LABELS}))
    return {k: 100 * v.f1 for k, v in score(pairs).items()}


def table(pipeline, docs) -> dict[str, dict[str, float]]:
    rows = {}
    for name, policy in POLICIES.items():
        combine_module.DEFAULT_POLICY.update({label: policy for label in LABELS})
        rows[name] = f1_by_label(pipeline, docs)
    return rows


def show(title: str, rows: dict) -> None:
    print(f"\n{title}\n| policy | " + " | ".join(LABELS) + " |\n|---|" + "---|" * len(LABELS))
    for name, f1 in rows.items():
        print(f"| {name} | " + " | ".join(f"{f1.get(label, 0):.1f}" for label in LABELS) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--select", default="../shared/data/nerel/train.jsonl")
    parser.add_argument("--report", default="../shared/data/nerel/dev.jsonl")
    args = parser.parse_args()
    ids = [json.loads(line)["id"] for line in open(args.select, encoding="utf-8")]
    held = holdout_ids(ids)
    select = [d for d in read_nerel(args.select) if d.id in held]
    stages = list(DEFAULT_STAGES)
    stages.insert(stages.index("ru_newsner_slovnet") + 1, "ru_newsner_model")
    pipeline = ru_newsner.load(stages=stages)
    selection = table(pipeline, select)
    show(f"selection: held-out split of train ({len(select)} articles), exact F1", selection)
    best = {label: max(selection, key=lambda name: selection[name][label]) for label in LABELS}
    print("\nchosen per type:", json.dumps({k: POLICIES[v] for k, v in best.items()}))
    show("report: " + args.report + ", exact F1", table(pipeline, list(read_nerel(args.report))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
