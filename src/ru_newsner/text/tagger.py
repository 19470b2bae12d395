"""slovnet's contextual morphology tagger over our sentences (UD POS and feats)."""

from collections.abc import Sequence

from ..batching import map_by_length

Tag = tuple[str, dict[str, str]]


def tag_sentences(morph, sentences: Sequence[Sequence[str]]) -> list[list[Tag]]:
    """UD ``(pos, feats)`` for every word of every sentence, batched by length."""
    markups = map_by_length(lambda items: morph.infer([list(s) for s in items]), sentences)
    return [[(token.pos, token.feats) for token in markup.tokens] for markup in markups]
