"""Train the truecaser (``text/truecase.py``) on NEREL train's cased text.

    pip install '.[classifiers]'   # scikit-learn, this script only
    python bench/train_truecase.py [--data ../shared/data/nerel/train.jsonl]
                                   [--out src/ru_newsner/text/data]
    python bench/train_truecase.py --score ../shared/data/nerel/dev.jsonl   # the shipped tables

Every word with letters of every sentence (segmented as the pipeline does), except a
sentence's first word, whose capital says nothing, is a case: described by
``truecase.features`` over the sentence lower-cased, labelled by how the article writes it
("title" for a first capital, "upper" for a word of two letters or more all in capitals, else
"lower"). Two logistic regressions (L2 of strength C; features seen in at least MIN_COUNT
articles, weights under a minimum dropped): capital or not over all cases, all capitals or
not over the capitalized ones. C and the minimum weight (a smaller table) are chosen by the
word accuracy (three ways) on a held-out fifth of the articles (``heldout.fold_of``), the
models fitted on the other four; then both are fitted on all of train and written with
threshold 0.5. The dictionary's casing (``text.clean.casing``) is printed beside for
comparison. NEREL dev is not read. About a minute on one core. ``--score FILE`` trains
nothing: it prints the word accuracy of the shipped tables and of the dictionary on FILE,
and how many of its hyphened words with a capital ``truecase.titled`` writes right, every
part's capital ("Санкт-Петербург", "Ростов-на-Дону", "Премьер-министр"), against the first
capital alone.
"""

import argparse
import json
import re
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from heldout import fit_words, fold_of

from ru_newsner.linear import Weights, format_weights
from ru_newsner.pipeline.resources import shared
from ru_newsner.text.clean import casing
from ru_newsner.text.segment import sentences
from ru_newsner.text.truecase import casings, features, has_letters, titled

CS = (1.0, 3.0, 10.0)
MIN_COUNT = 2
MIN_WEIGHTS = (0.1, 0.2, 0.4)
DATA = Path(__file__).resolve().parents[1] / "src" / "ru_newsner" / "text" / "data"


def written(word: str) -> str:
    if len(word) > 1 and word.isupper():
        return "upper"
    return "title" if word[:1].isupper() else "lower"


def read_articles(rows: list[dict], parse) -> list[dict]:
    """Per article: its id and its sentences as (words, labels, counted, features), ``counted``
    the positions of the words that count (not a sentence's first word with letters)."""
    out = []
    for row in rows:
        sents = []
        for sent in sentences(row["text"]):
            words = [t.text for t in sent.tokens]
            lettered = [i for i, w in enumerate(words) if has_letters(w)]
            sents.append((words, [written(w) for w in words], lettered[1:], features(words, parse)))
        out.append({"id": row["id"], "sentences": sents})
    return out


def cases(article: dict, which: str) -> list[tuple[list[str], bool]]:
    """(features, right) of an article's words: "capital" (title or upper) or "upper"
    (among the capitalized)."""
    found = []
    for _, labels, counted, rows in article["sentences"]:
        for i in counted:
            if which == "capital":
                found.append((rows[i], labels[i] != "lower"))
            elif labels[i] != "lower":
                found.append((rows[i], labels[i] == "upper"))
    return found


def fit(articles: list[dict], c: float, min_weight: float) -> tuple[Weights, Weights]:
    models = []
    for which in ("capital", "upper"):
        bias, weights = fit_words([cases(a, which) for a in articles], c, MIN_COUNT, min_weight)
        models.append(Weights(bias, 0.5, weights, {}))
    return models[0], models[1]


def accuracy(articles: list[dict], guess) -> float:
    """The share of counted words whose casing ``guess(words)`` gets right."""
    right = total = 0
    for article in articles:
        for words, labels, counted, _ in article["sentences"]:
            guessed = guess(words)
            right += sum(guessed[i] == labels[i] for i in counted)
            total += len(counted)
    return right / total


_HYPHENED = re.compile(r"(?<![\w-])([А-ЯЁ][а-яёА-ЯЁ]*(?:-[а-яёА-ЯЁ]+)+)(?![\w-])")


def hyphened(rows: list[dict], parse) -> tuple[int, int, int]:
    """Of the hyphened Cyrillic words the articles write with a first capital (abbreviations,
    "ГПБ-Ипотека", left out): how many ``titled`` writes right from lower case, how many the
    first capital alone, and how many there are."""
    right = first = total = 0
    for row in rows:
        for match in _HYPHENED.finditer(row["text"]):
            word = match.group(1)
            if any(c.isupper() for c in word.split("-")[0][1:]):
                continue
            lower = word.lower()
            total += 1
            right += titled(lower, parse) == word
            first += lower[:1].upper() + lower[1:] == word
    return right, first, total


def read_rows(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data/nerel/train.jsonl")
    ap.add_argument("--out", default=str(DATA), help="the folder of the two tables")
    ap.add_argument("--c", type=float, help="try this C only")
    ap.add_argument("--score", metavar="FILE", help="train nothing: score the shipped tables on FILE")
    args = ap.parse_args(argv)
    parse = shared().parse
    if args.score:
        articles = read_articles(read_rows(args.score), parse)
        words = sum(len(s[2]) for a in articles for s in a["sentences"])
        print(f"{args.score}: {len(articles)} articles, {words} words (a sentence's first word left out)")
        print(f"the dictionary's casing: word accuracy {100 * accuracy(articles, lambda ws: [casing(w, parse) for w in ws]):.2f}")
        print(f"the shipped tables: word accuracy {100 * accuracy(articles, lambda ws: casings(ws, parse)):.2f}")
        right, first, total = hyphened(read_rows(args.score), parse)
        print(f"hyphened words written with a capital (not all capitals): {total}; capitals of every part "
              f"right with truecase.titled {right} ({100 * right / total:.1f}%), with the first capital alone "
              f"{first} ({100 * first / total:.1f}%)")
        return 0
    articles = read_articles(read_rows(args.data), parse)
    learn = [a for a in articles if fold_of(a["id"]) != 0]
    held = [a for a in articles if fold_of(a["id"]) == 0]
    words = sum(len(s[2]) for a in held for s in a["sentences"])
    print(f"{args.data}: {len(articles)} articles; held-out fifth {len(held)} articles, {words} words")
    dictionary = accuracy(held, lambda ws: [casing(w, parse) for w in ws])
    print(f"the dictionary's casing: word accuracy {100 * dictionary:.2f}", flush=True)
    best = None
    for c in (args.c,) if args.c else CS:
        for min_weight in MIN_WEIGHTS:
            models = fit(learn, c, min_weight)
            score = accuracy(held, lambda ws: casings(ws, parse, models))
            print(f"the models, C {c}, weights of at least {min_weight}: word accuracy {100 * score:.2f}, "
                  f"{len(models[0].weights) + len(models[1].weights)} weights", flush=True)
            if best is None or score > best[0] + 1e-9:
                best = (score, c, min_weight)
    _, c, min_weight = best
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for which, model in zip(("capital", "upper"), fit(articles, c, min_weight)):
        path = out / f"truecase_{which}.tsv"
        path.write_text(format_weights(replace(model, threshold=0.5), [
            f"truecase: {'capital or not' if which == 'capital' else 'all capitals or not, among the capitalized'}; "
            f"bench/train_truecase.py on {args.data} ({len(articles)} articles), {date.today()}",
            f"C {c}, weights of at least {min_weight}: the best word accuracy on a held-out fifth of the articles (the models fitted on the other "
            f"four; the dictionary's casing {100 * dictionary:.2f}, the models {100 * best[0]:.2f})"]), encoding="utf-8")
        print(f"{len(model.weights)} weights written to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
