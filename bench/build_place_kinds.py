"""Build ``link/data/place_kinds.tsv`` from NEREL *train*: for each normal form our pipeline
writes for a place that NEREL types COUNTRY, CITY, STATE_OR_PROVINCE, DISTRICT or LOCATION
(the mention's exact span found), and for each head noun of such a name of several words, the
type NEREL gives it most often, if in at least ``--share`` of its uses.

    python bench/build_place_kinds.py [--data ../shared/data/nerel] [--share 0.5]

The share is chosen on the held-out split of train (``heldout.holdout_ids``: tables built on the
other articles, scored on those); then the table is built on all of train, and dev is scored:
of our LOC mentions with a gold span, how many get a kind (coverage) and how many the gold's
(accuracy), where the mention's entity kind is its mentions' majority, else the words before
them say it (``link.place_kinds``).
"""

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import ru_newsner
from ru_newsner.link import place_kinds
from ru_newsner.link.place_kinds import KINDS, cue_kind, head_noun
from ru_newsner.text.yo import fold
from train import holdout_ids

OUT = Path(__file__).parents[1] / "src/ru_newsner/link/data/place_kinds.tsv"
SHARES = (0.5, 0.6, 0.7, 0.8)


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def matched(rows: list[dict]) -> tuple[list, list]:
    """Per article: (normal form, gold kind, entity index) of each of our LOC mentions whose
    exact span NEREL types as a place; and {entity index: every LOC mention's normal form}."""
    pipeline = ru_newsner.load()
    found, forms = [], []
    for row, article in zip(rows, pipeline.pipe(r["text"] for r in rows)):
        gold = {(e["start"], e["end"]): KINDS[e["type"]] for e in row["entities"] if e["type"] in KINDS}
        found.append([(m.normal, gold[m.start, m.stop], m.entity) for m in article.mentions
                      if m.label == "LOC" and (m.start, m.stop) in gold])
        entity_forms = defaultdict(list)
        for m in article.mentions:
            if m.label == "LOC" and m.entity is not None:
                entity_forms[m.entity].append(m.normal)
        cues = {e: cue_kind(row["text"], [m.start for m in article.mentions if m.entity == e]) for e in entity_forms}
        forms.append({e: (normals, cues[e]) for e, normals in entity_forms.items()})
    return found, forms


def table(articles, share: float) -> dict[str, str]:
    votes = defaultdict(Counter)
    for found in articles:
        for normal, kind, _ in found:
            votes[fold(normal)][kind] += 1
            if (head := head_noun(normal)) is not None:
                votes["head:" + head][kind] += 1
    return {key: c.most_common(1)[0][0] for key, c in votes.items()
            if c.most_common(1)[0][1] / sum(c.values()) >= share}


def score(articles, rows) -> tuple[int, int, int]:
    """(mentions, with a kind, right): each mention's kind is its entity's (all the entity's
    matched and unmatched forms voting, as at run time)."""
    total = given = right = 0
    for found, normals in zip(articles, rows):
        for normal, kind, entity in found:
            entity_normals, cue = normals.get(entity, ([normal], None))
            guess = place_kinds.place_kind(entity_normals) or cue
            total += 1
            given += guess is not None
            right += guess == kind
    return total, given, right


def use(kinds: dict[str, str]) -> None:

    names = {k: v for k, v in kinds.items() if not k.startswith("head:")}
    heads = {k[5:]: v for k, v in kinds.items() if k.startswith("head:")}
    place_kinds._table = lambda: (names, heads)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data/nerel"))
    args = parser.parse_args()
    train, dev = read(args.data / "train.jsonl"), read(args.data / "dev.jsonl")
    held = holdout_ids([r["id"] for r in train])
    (fit_found, _), (test_found, test_forms) = matched([r for r in train if r["id"] not in held]), \
        matched([r for r in train if r["id"] in held])
    best = None
    for share in SHARES:
        use(table(fit_found, share))
        total, given, right = score(test_found, test_forms)
        print(f"held-out, share {share}: {given} of {total} with a kind, {right} right "
              f"(accuracy {100 * right / max(1, given):.1f}%, right of all {100 * right / max(1, total):.1f}%)")
        if best is None or right > best[1]:
            best = (share, right)
    kinds = table(fit_found + test_found, best[0])
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(f"# the kind NEREL train gives each place form / head noun most often (share >= {best[0]});"
                " built by bench/build_place_kinds.py\n")
        for key in sorted(kinds):
            f.write(f"{key}\t{kinds[key]}\n")
    print(f"share {best[0]}: {len(kinds)} forms and heads -> {OUT}")
    use(kinds)
    total, given, right = score(*matched(dev))
    print(f"dev: {given} of {total} with a kind ({100 * given / max(1, total):.1f}%), {right} right "
          f"(accuracy {100 * right / max(1, given):.1f}%, right of all {100 * right / max(1, total):.1f}%)")


if __name__ == "__main__":
    main()
