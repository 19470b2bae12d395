"""The head of an organization name whose last part is a place, another organization or a
person, as an organization of its own, the way NEREL nests them: "МВД Киргизии" holds ORG
"МВД", "правительство Руснока" holds "правительство",
"Министерство туризма Австралии" holds "Министерство туризма", "Совета Безопасности ООН"
holds "Совета Безопасности". A dependent body does not: "посольства США", "сборной
Бразилии", "власти Тамбова", "университет Макгилла" stay one mention. The same holds for the
noun after a place adjective: "Российское правительство" holds "правительство", "бельгийская
полиция" holds "полиция"; "киргизских властей" stays one (train: 24 such nouns of the
lexicon annotated, 10 not; of the nouns outside it 7 annotated, 111 not).

Which heads stand alone is mostly a property of the head's first word (a state body, "МВД",
"правительство", "парламент", "министерство"; not an embassy or a team): the lexicon
``data/org_heads.tsv`` lists those first-word lemmas, learned from NEREL train by
``bench/build_org_heads.py`` (share of such heads NEREL annotates, threshold chosen on a
held-out fifth of train). The pipeline judges the candidates in context instead
(``ner.org_head_model``); ``org_heads`` with the lexicon is the baseline it is compared with.
"""

import re
from collections.abc import Iterator
from functools import lru_cache

from ..text.yo import fold
from .compose import GAPS
from .data_rows import data_rows
from .places import place_adjectives

Raw = tuple[str, int, int]
_GAP = re.compile(f"(?:{'|'.join(map(re.escape, GAPS))}|\\s+)$")  # "МВД России", "ГУ МВД по (городу) Москве"
_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def head_lexicon() -> frozenset[str]:
    """First-word lemmas (lower case, ё folded) whose heads are organizations of their own."""
    return frozenset(row[0] for row in data_rows("org_heads.tsv"))


def head_key(word: str, parse) -> str:
    parses = parse(word)
    return fold((parses[0].normal_form if parses else word).lower())


def head_candidates(text: str, spans: list[Raw], parse) -> Iterator[tuple[str, int, int]]:
    """(key, start, stop) of the head of every ORG span that ends in a nested LOC, ORG or PER span
    (the first of them, so "Центр … ФСБ России" gives "Центр …"), the gap before it being
    blanks or " по "; none where the head holds "при" ("[совета при президенте] РФ")."""
    for label, start, stop in spans:
        if label != "ORG":
            continue
        tails = [a for lab, a, b in spans if lab in ("LOC", "ORG", "PER") and b == stop and start < a]
        if not tails:
            continue
        gap = _GAP.search(text, start, min(tails))
        word = _WORD.search(text, start, gap.start()) if gap and " при " not in text[start:gap.end()] else None
        if word:
            yield head_key(word.group(), parse), start, gap.start()


_NOUN_AFTER = re.compile(r"\s+(\w+(?:-\w+)?)")


def noun_candidates(text: str, spans: list[Raw], parse) -> Iterator[tuple[str, int, int]]:
    """(key, start, stop) of the noun of every two-word ORG span whose first word is a place
    adjective (``places.place_adjectives``): "Российское правительство" gives "правительство"."""
    adjectives = place_adjectives()
    for label, start, stop in spans:
        first = _WORD.match(text, start) if label == "ORG" else None
        if first is None or head_key(first.group(), parse) not in adjectives:
            continue
        noun = _NOUN_AFTER.fullmatch(text, first.end(), stop)
        if noun:
            yield head_key(noun.group(1), parse), noun.start(1), stop


def org_heads(text: str, spans: list[Raw], parse, lexicon=None) -> list[Raw]:
    """ORG spans for the heads (and nouns after a place adjective) whose key is in
    ``lexicon`` (``head_lexicon()`` by default)."""
    lexicon = head_lexicon() if lexicon is None else lexicon
    candidates = [*head_candidates(text, spans, parse), *noun_candidates(text, spans, parse)]
    return [("ORG", a, b) for key, a, b in candidates if key in lexicon]
