"""slovnet's contextual morphology tagger over our sentences (UD POS and feats)."""

from collections.abc import Sequence

Tag = tuple[str, dict[str, str]]


def tag_sentences(morph, sentences: Sequence[Sequence[str]]) -> list[list[Tag]]:
    """UD ``(pos, feats)`` for every word of every sentence, batched by slovnet."""
    result = []
    for markup in morph.map([list(words) for words in sentences]):
        result.append([(token.pos, token.feats) for token in markup.tokens])
    return result
