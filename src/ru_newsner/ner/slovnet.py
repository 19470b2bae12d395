"""slovnet's news NER (PER, ORG, LOC) over our own tokens, batched across sentences."""

from collections.abc import Sequence

from ..batching import map_by_length

RawSpan = tuple[str, int, int]  # (label, first token, last token + 1) within a sentence


def bio_spans(tags: Sequence[str]) -> list[RawSpan]:
    """Spans from BIO tags; an I- without a matching B- starts a span too."""
    spans, label, start = [], None, 0
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, kind = tag.partition("-")
        if label and (prefix != "I" or kind != label):
            spans.append((label, start, i))
            label = None
        if prefix in ("B", "I") and label is None:
            label, start = kind, i
    return spans


def tag_sentences(ner, sentences: Sequence[Sequence[str]]) -> list[list[RawSpan]]:
    """NER spans for every sentence (lists of words), in order."""
    infer = ner.infer

    def run(items):
        return infer.decoder(infer.process(infer.encoder([list(words) for words in items])))

    return [bio_spans(tags) for tags in map_by_length(run, sentences)] if sentences else []
