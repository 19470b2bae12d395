"""A spaCy tokenizer that segments with razdel, so offsets agree with slovnet.

``doc.text`` equals the input exactly: gaps other than one space become whitespace
tokens, and sentence starts come from :func:`ru_newsner.text.segment.sentences`.
"""

from spacy.tokens import Doc

from ..text.segment import sentences


class RazdelTokenizer:
    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words, spaces, starts = [], [], []
        cursor = 0
        for sentence in sentences(text):
            for i, token in enumerate(sentence.tokens):
                gap = text[cursor:token.start]
                if gap == " " and words:
                    spaces[-1] = True
                elif gap:
                    if gap.startswith(" ") and words and not spaces[-1]:
                        spaces[-1], gap = True, gap[1:]
                    words.append(gap)
                    spaces.append(False)
                    starts.append(len(words) == 1)
                words.append(token.text)
                spaces.append(False)
                starts.append(i == 0)
                cursor = token.stop
        if cursor < len(text):
            words.append(text[cursor:])
            spaces.append(False)
            starts.append(len(words) == 1)
        if not words:
            return Doc(self.vocab, words=[])
        starts[0] = True
        return Doc(self.vocab, words=words, spaces=spaces, sent_starts=starts)

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs):
        return self

    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs):
        return self


_REGISTERED = "ru_newsner.razdel_tokenizer.v1"


def create_tokenizer():
    """spaCy's tokenizer factory for ``@tokenizers = "ru_newsner.razdel_tokenizer.v1"`` (also an
    entry point of the package, so that a saved pipeline's config loads in a fresh process)."""
    return lambda nlp: RazdelTokenizer(nlp.vocab)


def razdel_config() -> dict:
    """spaCy config overrides that build a pipeline (``spacy.blank``, ``spacy.load``) with
    :class:`RazdelTokenizer`, registered here once: spaCy's Russian tokenizer, with some 2,000
    exceptions, is then never built only to be replaced (0.1-0.3 s a pipeline on this machine)."""
    import spacy

    if _REGISTERED not in spacy.registry.tokenizers:
        spacy.registry.tokenizers(_REGISTERED, func=create_tokenizer)
    return {"nlp": {"tokenizer": {"@tokenizers": _REGISTERED}}}
