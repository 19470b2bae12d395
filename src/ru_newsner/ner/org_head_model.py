"""Heads of organization names as organizations of their own, judged in context: NEREL nests
"МВД" in "МВД Киргизии" and "правительство" in "Российское правительство", not "посольства"
in "посольства США"; and the same head is nested in one article and not in another.

The candidates are ``ner.org_heads``' (the head of an ORG span that ends in a nested place,
organization or person; the noun after a place adjective). Each is described by words: the
head's first-word lemma, its kind, its length and capitals, the word before the whole name, the
nested name's type and first lemma and the gap before it ("по"), whether the article names the
head alone elsewhere and how often its text occurs; a logistic regression trained on NEREL
train (``bench/train_org_heads.py``, which writes ``data/org_head_model.tsv``) scores it, and a
head is an organization when it scores at least the table's threshold. It replaced the
lexicon of first words (``data/org_heads.tsv``, ``ner.org_heads.org_heads``).
"""

import re
from functools import lru_cache
from importlib.resources import files

from ..linear import Weights, read_weights, score
from .org_heads import head_candidates, head_key, noun_candidates

Raw = tuple[str, int, int]
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def shipped() -> Weights:
    """The trained table shipped in ``ner/data/org_head_model.tsv``."""
    return read_weights(files("ru_newsner.ner").joinpath("data", "org_head_model.tsv").read_text("utf-8"),
                        "organization head model")


def _bucket(n: int, top: int) -> str:
    return str(min(n, top))


def features(text: str, spans: list[Raw], kind: str, key: str, start: int, stop: int, parse) -> list[str]:
    """The words that describe the head ``text[start:stop]`` (``kind`` "head" or "noun",
    ``key`` its first word's lemma) among the article's ``spans``."""
    if kind == "head":  # the name it heads, and the name nested at its end
        outer = [s for s in spans if s[0] == "ORG" and s[1] == start and s[2] > stop]
    else:
        outer = [s for s in spans if s[0] == "ORG" and s[2] == stop and s[1] < start]
    name = max(outer, key=lambda s: s[2] - s[1]) if outer else ("ORG", start, stop)
    tails = [s for s in spans if kind == "head" and s[0] in ("LOC", "ORG", "PER") and s[2] == name[2] and name[1] < s[1]]
    head = text[start:stop]
    before = _WORD.findall(text, max(0, name[1] - 30), name[1])
    word_before = head_key(before[-1], parse) if before else "<s>"
    words = [f"K={key}", f"KIND={kind}", f"NW={_bucket(len(_WORD.findall(head)), 4)}", f"UP={head.isupper()}",
             f"B={word_before}", f"KB={key}|{word_before}"]
    if tails:
        tail = min(tails, key=lambda s: s[1])
        tail_words = _WORD.findall(text, tail[1], tail[2])
        words += [f"T={tail[0]}", f"KT={key}|{tail[0]}", f"TK={head_key(tail_words[0], parse) if tail_words else '-'}",
                  f"GAP={text[stop:tail[1]].strip()}", f"TN={_bucket(len(tail_words), 3)}"]
    alone = sum(1 for s in spans if s[0] == "ORG" and text[s[1]:s[2]] == head and (s[1], s[2]) != (start, stop))
    words += [f"ALONE={_bucket(alone, 2)}", f"CNT={_bucket(text.count(head), 4)}"]
    return words


def head_cases(text: str, spans: list[Raw], parse) -> list[tuple[int, int, list[str]]]:
    """(start, stop, words) of every head candidate among ``spans``."""
    candidates = [("head", *c) for c in head_candidates(text, spans, parse)]
    candidates += [("noun", *c) for c in noun_candidates(text, spans, parse)]
    return [(a, b, features(text, spans, kind, key, a, b, parse)) for kind, key, a, b in candidates]


def model_heads(text: str, spans: list[Raw], parse, model: Weights | None = None) -> list[Raw]:
    """ORG spans for the heads ``model`` (the shipped table by default) accepts."""
    model = model or shipped()
    return [("ORG", a, b) for a, b, words in head_cases(text, spans, parse) if score(model, words) >= model.threshold]
