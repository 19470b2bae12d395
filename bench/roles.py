"""Person→role and person→organization precision/recall on NEREL (WORKS_AS, WORKPLACE).

    python bench/roles.py [--data ../shared/data/nerel/dev.jsonl] [--errors 20] [--bootstrap 1000]

Our pipeline runs on each text, then ``find_roles``. A role is right when a gold WORKS_AS
pair has exactly our person span and a PROFESSION span overlapping our role span; a
(person, organization) pair is right when a gold WORKPLACE has exactly both spans. Recall
counts gold pairs whose PERSON span is one of our PER mentions ("reachable"), and all.

The entity-level rows score what ``Article.relations`` says to a user: "entity A works as
<role>" and "entity A works at entity B". A gold WORKS_AS pair becomes (our entity of its
PERSON span, the PROFESSION span); a gold WORKPLACE pair becomes (our entity of the PERSON
span, our entity of the ORG/LOC span), when both spans are our mentions. A predicted role is
right when a gold pair has its person entity and a PROFESSION span overlapping the role; a
predicted (person entity, organization entity) pair is right when it is one of the gold pairs.
NEREL draws a relation from one mention, often not the one next to the title, so this level
counts "Картер … в качестве министра обороны США" for the entity whichever mention holds it.
The rows count the workplace classifier's pairs too (``link/workplace_model``,
``ru_newsner.load(workplaces=True)``); a last row scores the rules' pairs alone, what the
default pipeline gives. ``--bootstrap N`` adds 95% intervals of the entity-level precision and
recall over N draws of the articles. On the train file the classifier's own pairs are
in-sample: ``bench/train_workplaces.py`` prints its out-of-fold scores.
"""

import argparse
import json
import random
import time

import ru_newsner
from ru_newsner.evaluate import ratio_interval
from ru_newsner.link.roles import trace_roles
from ru_newsner.pipeline.resources import shared


def gold_pairs(doc: dict, via_profession: bool = False) -> tuple[set, set]:
    """(person span, profession span) WORKS_AS pairs and (person span, org span) WORKPLACE
    pairs; ``via_profession`` adds person→org through the person's PROFESSION's WORKPLACE
    (NEREL often links "президент США" → США but not "Барак Обама" → США)."""
    ents = {e["id"]: e for e in doc["entities"]}
    works, places = set(), set()
    if via_profession:
        prof_places = {}
        for r in doc["relations"]:
            a, b = ents.get(r["arg1"]), ents.get(r["arg2"])
            if r["type"] == "WORKPLACE" and a and b and a["type"] == "PROFESSION":
                prof_places.setdefault(r["arg1"], set()).add((b["start"], b["end"]))
        for r in doc["relations"]:
            a = ents.get(r["arg1"])
            if r["type"] == "WORKS_AS" and a and a["type"] == "PERSON":
                for org in prof_places.get(r["arg2"], ()):
                    places.add(((a["start"], a["end"]), org))
    for r in doc["relations"]:
        a, b = ents.get(r["arg1"]), ents.get(r["arg2"])
        if not a or not b or a["type"] != "PERSON":
            continue
        pair = ((a["start"], a["end"]), (b["start"], b["end"]))
        if r["type"] == "WORKS_AS" and b["type"] == "PROFESSION":
            works.add(pair)
        elif r["type"] == "WORKPLACE":
            places.add(pair)
    return works, places


ENTITY_ROWS = (  # name, (right, predicted), (found, gold)
    ("person entity→role", ("e_role_ok", "e_role_pred"), ("e_role_found", "e_role_gold")),
    ("person entity→org entity, through the profession, rules alone (the default)",
     ("r_org_ok", "r_org_pred"), ("r_org_ok", "v_org_gold")),
    ("the same with the workplace classifier", ("v_org_ok", "e_org_pred"), ("v_org_ok", "v_org_gold")),
)


def format_intervals(per_article: list[dict], rounds: int) -> str:
    """The entity-level precision and recall with bootstrap intervals over the articles."""
    lines = [f"\n95% intervals, articles drawn {rounds} times (seed 0)\n",
             "| relation | P | interval | R | interval |", "|---|---|---|---|---|"]
    for name, *ratios in ENTITY_ROWS:
        cells = []
        for top, bottom in ratios:
            point, low, high = ratio_interval([a[top] for a in per_article], [a[bottom] for a in per_article], rounds)
            cells += [f"{100 * point:.1f}", f"{100 * low:.1f}-{100 * high:.1f}"]
        lines.append(f"| {name} | {' | '.join(cells)} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data/nerel/dev.jsonl")
    ap.add_argument("--errors", type=int, default=0, help="print this many false positives/negatives")
    ap.add_argument("--bootstrap", type=int, default=0, metavar="N",
                    help="also print 95%% intervals of the entity-level rows over N draws of the articles")
    args = ap.parse_args(argv)
    docs = [json.loads(line) for line in open(args.data, encoding="utf-8")]
    pipeline = ru_newsner.load()
    resources = shared()
    n = {k: 0 for k in ("role_pred", "role_ok", "role_gold", "role_reach", "role_found",
                        "org_pred", "org_ok", "org_gold", "org_reach", "org_found", "org_lenient",
                        "e_role_pred", "e_role_ok", "e_role_gold", "e_role_found",
                        "e_org_pred", "e_org_ok", "e_org_gold", "v_org_ok", "v_org_gold",
                        "r_org_pred", "r_org_ok")}
    wrong, missed, fired = [], [], {}
    seconds = 0.0
    per_article = []  # each article's share of the counts, for the intervals
    for doc, article in zip(docs, pipeline.pipe([d["text"] for d in docs])):
        before = dict(n)
        text, mentions = doc["text"], article.mentions
        started = time.perf_counter()
        traced = trace_roles(text, mentions, resources.parse, resources.syntax, workplaces=True)
        seconds += time.perf_counter() - started
        works, places = gold_pairs(doc)
        lenient = gold_pairs(doc, via_profession=True)[1]
        persons = {(m.start, m.stop) for m in mentions if m.kind == "person"}
        n["role_gold"] += len(works)
        n["org_gold"] += len(places)
        reach_w = {p for p in works if p[0] in persons}
        reach_p = {p for p in places if p[0] in persons}
        n["role_reach"] += len(reach_w)
        n["org_reach"] += len(reach_p)
        hit_w, hit_p, orgs = set(), set(), set()
        entity_of = {(m.start, m.stop): m.entity for m in mentions}
        gold_we = {(entity_of[p], prof) for p, prof in works if p in entity_of}
        gold_pe = {(entity_of[p], entity_of[o]) for p, o in places if p in entity_of and o in entity_of}
        gold_pe_via = gold_pe | {(entity_of[p], entity_of[o]) for p, o in lenient
                                 if p in entity_of and o in entity_of}
        pred_we = {(mentions[role.person].entity, (role.start, role.stop)) for _, role in traced
                   if role.title is not None}  # a verb's workplace names no position
        pred_pe = {(mentions[role.person].entity, mentions[role.organization].entity)
                   for _, role in traced if role.organization is not None}
        n["e_role_gold"] += len(gold_we)
        n["e_role_pred"] += len(pred_we)
        n["e_role_ok"] += sum(any(g[0] == e and g[1][0] < b and a < g[1][1] for g in gold_we)
                              for e, (a, b) in pred_we)
        n["e_role_found"] += sum(any(e == g[0] and g[1][0] < b and a < g[1][1] for e, (a, b) in pred_we)
                                 for g in gold_we)
        n["e_org_gold"] += len(gold_pe)
        n["e_org_pred"] += len(pred_pe)
        n["e_org_ok"] += len(pred_pe & gold_pe)
        n["v_org_gold"] += len(gold_pe_via)
        n["v_org_ok"] += len(pred_pe & gold_pe_via)
        rules_pe = {(mentions[role.person].entity, mentions[role.organization].entity)
                    for rule, role in traced if role.organization is not None and rule != "model"}
        n["r_org_pred"] += len(rules_pe)
        n["r_org_ok"] += len(rules_pe & gold_pe_via)
        for rule, role in traced:
            m = mentions[role.person]
            person = (m.start, m.stop)
            if role.title is None:  # a verb's workplace ("возглавил «Газпром»"): no position to score
                orgs.add((person, (mentions[role.organization].start, mentions[role.organization].stop),
                          rule, m.text, mentions[role.organization].text, role.start))
                continue
            good = [g for g in works if g[0] == person and g[1][0] < role.stop and role.start < g[1][1]]
            n["role_pred"] += 1
            n["role_ok"] += bool(good)
            hit_w.update(good)
            fired.setdefault(rule, [0, 0])
            fired[rule][0] += 1
            fired[rule][1] += bool(good)
            if not good:
                wrong.append(("role", rule, m.text, role.text, text[max(0, role.start - 60):role.stop + 60]))
            if role.organization is not None:
                o = mentions[role.organization]
                orgs.add((person, (o.start, o.stop), rule, m.text, o.text, role.start))
        for person, org, rule, ptext, otext, at in orgs:
            n["org_pred"] += 1
            n["org_lenient"] += (person, org) in lenient
            if (person, org) in places:
                n["org_ok"] += 1
                hit_p.add((person, org))
            else:
                wrong.append(("org", rule, ptext, otext, text[max(0, at - 60):org[1] + 60]))
        n["role_found"] += len(hit_w)
        n["org_found"] += len(hit_p)
        per_article.append({k: n[k] - before[k] for k in n})
        for p in sorted(reach_w - hit_w):
            missed.append(("role", text[p[0][0]:p[0][1]], text[p[1][0]:p[1][1]],
                           text[max(0, min(p[0][0], p[1][0]) - 30):max(p[0][1], p[1][1]) + 30]))
        for p in sorted(reach_p - hit_p):
            missed.append(("org", text[p[0][0]:p[0][1]], text[p[1][0]:p[1][1]],
                           text[max(0, min(p[0][0], p[1][0]) - 30):max(p[0][1], p[1][1]) + 30]))

    def pct(a, b):
        return 100 * a / b if b else 0.0

    print(f"{args.data}: {len(docs)} articles, find_roles {1000 * seconds / len(docs):.1f} ms/article")
    print("| relation | predicted | P | R (reachable) | R (all gold) | gold reachable / all |")
    print("|---|---|---|---|---|---|")
    for key, name in (("role", "person→role (WORKS_AS)"), ("org", "person→org (WORKPLACE)")):
        print(f"| {name} | {n[key + '_pred']} | {pct(n[key + '_ok'], n[key + '_pred']):.1f} "
              f"| {pct(n[key + '_found'], n[key + '_reach']):.1f} | {pct(n[key + '_found'], n[key + '_gold']):.1f} "
              f"| {n[key + '_reach']} / {n[key + '_gold']} |")
    print("\nEntity level (what Article.relations says):\n")
    print("| relation | predicted | P | R | gold pairs |\n|---|---|---|---|---|")
    print(f"| person entity→role | {n['e_role_pred']} | {pct(n['e_role_ok'], n['e_role_pred']):.1f} "
          f"| {pct(n['e_role_found'], n['e_role_gold']):.1f} | {n['e_role_gold']} |")
    print(f"| person entity→org entity | {n['e_org_pred']} | {pct(n['e_org_ok'], n['e_org_pred']):.1f} "
          f"| {pct(n['e_org_ok'], n['e_org_gold']):.1f} | {n['e_org_gold']} |")
    print(f"| person entity→org entity, WORKPLACE also through the person's PROFESSION | {n['e_org_pred']} "
          f"| {pct(n['v_org_ok'], n['e_org_pred']):.1f} | {pct(n['v_org_ok'], n['v_org_gold']):.1f} "
          f"| {n['v_org_gold']} |")
    print(f"| the same, the rules alone (the default, no workplace classifier) | {n['r_org_pred']} "
          f"| {pct(n['r_org_ok'], n['r_org_pred']):.1f} | {pct(n['r_org_ok'], n['v_org_gold']):.1f} "
          f"| {n['v_org_gold']} |")
    print(f"\nperson→org precision counting WORKPLACE through the person's gold PROFESSION "
          f"(\"президент США\" → США): {pct(n['org_lenient'], n['org_pred']):.1f}")
    print("rules (predicted, correct roles):", {k: tuple(v) for k, v in fired.items()})
    if args.bootstrap:
        print(format_intervals(per_article, args.bootstrap))
    if args.errors:
        rng = random.Random(0)
        print("\n# false positives")
        for row in rng.sample(wrong, min(args.errors, len(wrong))):
            print(" ", row)
        print("\n# missed (reachable)")
        for row in rng.sample(missed, min(args.errors, len(missed))):
            print(" ", row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
