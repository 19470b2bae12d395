"""slovnet's contextual morphology tagger over our sentences (UD POS and feats).

We call the model's encoder/process/decoder directly and parse its CoNLL tags ourselves
(cached): slovnet's per-token markup records cost more than the model on news text.
"""

from collections.abc import Sequence
from functools import lru_cache

from ..batching import map_by_length

Feats = tuple[tuple[str, str], ...]
Tag = tuple[str, Feats]


@lru_cache(maxsize=4096)
def parse_tag(tag: str) -> Tag:
    """'NOUN|Case=Gen|Number=Sing' → ('NOUN', (('Case', 'Gen'), ('Number', 'Sing')))."""
    pos, _, feats = tag.partition("|")
    return pos, tuple(tuple(f.split("=", 1)) for f in feats.split("|")) if feats else ()


def tag_sentences(morph, sentences: Sequence[Sequence[str]]) -> list[list[Tag]]:
    """UD ``(pos, feats)`` for every word of every sentence, batched by length."""
    infer = morph.infer

    def run(items):
        return infer.decoder(infer.process(infer.encoder([list(s) for s in items])))

    return [[parse_tag(tag) for tag in tags] for tags in map_by_length(run, sentences)]
