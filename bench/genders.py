"""Persons' genders against a silver standard: the dictionary's gender of their first name.

    python bench/genders.py [--data ../shared/data/nerel/dev.jsonl ...] [--show N]

NEREL gives no genders. For every person entity our pipeline finds whose canonical first name
is written out and pymorphy3's dictionary knows as a first name of one gender only ("Мария",
"Сергей"; not "Саша", "Дана", a guess or an initial), that gender is the silver answer; the
script prints how many entities carry a gender at all, how many of the silver ones do, and how
often ours agrees; and the same of each mention of those entities on its own (a surname alone,
"Скрипаля", has the gender its words and the tagger give it, before the entity's vote). Where the dictionary's first name is another person's ("Дон" for Dawn
Sturgess, "Арлена" read in "Арлена Спектер"), the silver answer is the wrong one: ``--show N``
prints N disagreements to read.
"""

import argparse
import json
from functools import cache

import ru_newsner
from ru_newsner.text.morph import analyzer


@cache
def dictionary_gender(first: str) -> str | None:
    """"male"/"female" of a first name the dictionary knows with one gender only, else None."""
    genders = {p.tag.gender for p in analyzer().parse(first)
               if p.is_known and "Name" in p.tag and p.tag.gender in ("masc", "femn")}
    return {"masc": "male", "femn": "female"}.get(genders.pop()) if len(genders) == 1 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="+", default=["../shared/data/nerel/dev.jsonl"])
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    pipeline = ru_newsner.load()
    entities = gendered = silver = silver_gendered = agree = 0
    mentions = mentions_gendered = mentions_agree = 0  # each mention of a silver entity, on its own
    disagree = []
    for path in args.data:
        with open(path, encoding="utf-8") as f:
            texts = [json.loads(line)["text"] for line in f if line.strip()]
        for article in pipeline.pipe(texts):
            for entity in (e for e in article.entities if e.kind == "person"):
                entities += 1
                gendered += entity.gender is not None
                truth = dictionary_gender(entity.first) if entity.first and not entity.first.endswith(".") else None
                if truth is None:
                    continue
                silver += 1
                silver_gendered += entity.gender is not None
                agree += entity.gender == truth
                for i in entity.mentions:
                    mentions += 1
                    mentions_gendered += article.mentions[i].gender is not None
                    mentions_agree += article.mentions[i].gender == truth
                if entity.gender not in (None, truth):
                    disagree.append(f"{entity.name}: ours {entity.gender}, the first name's {truth}")
    print(" + ".join(args.data))
    print(f"person entities: {entities}, with a gender: {gendered} ({100 * gendered / max(1, entities):.1f}%)")
    print(f"with a dictionary first name: {silver}, with a gender: {silver_gendered}; "
          f"agreeing: {agree} of {silver_gendered} ({100 * agree / max(1, silver_gendered):.2f}%)")
    print(f"their mentions: {mentions}, with a gender: {mentions_gendered}; agreeing: {mentions_agree} of "
          f"{mentions_gendered} ({100 * mentions_agree / max(1, mentions_gendered):.2f}%)")
    for line in disagree[:args.show]:
        print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
