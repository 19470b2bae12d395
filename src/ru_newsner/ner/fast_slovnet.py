"""slovnet's models run faster with the same weights and the same outputs.

Three changes to a loaded slovnet ``Morph``/``NER`` (:func:`accelerate`):

*The CNN encoder, channel-last.*
slovnet's numpy ``Conv1d`` builds an im2col copy of every window (batch × positions ×
channels × kernel) before one matrix product; its BatchNorm works on swapped axes. Here each
layer is one matrix product of the padded input (batch · positions × channels) with all
kernel taps side by side, then the taps' shifted slices are summed; ReLU and the batch norm
(folded into one scale and shift) run in place. Tags agree with slovnet's own encoder (see
``tests/test_fast_slovnet.py``).

*navec vectors decoded with one take.* The product-quantized vectors are gathered from the
flattened code book with one index array instead of two (bit-identical vectors).

*Word ids cached.* slovnet encodes every word of every sentence again (its shape, then two
vocabulary look-ups); news words repeat, so the ids of a word are kept in a bounded dict.
"""

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, slots=True)
class _Layer:
    weight: np.ndarray  # channels x (kernel * filters)
    bias: np.ndarray    # filters
    scale: np.ndarray   # batch norm folded: x * scale + shift
    shift: np.ndarray
    padding: int
    kernel: int
    filters: int


def _layer(layer) -> _Layer:
    conv, norm = layer.conv, layer.norm
    filters, channels, kernel = conv.weight.array.shape
    # weight[c, k * F + f] = W[f, c, k]
    weight = np.ascontiguousarray(conv.weight.array.transpose(1, 2, 0).reshape(channels, kernel * filters))
    scale = norm.weight.array / norm.std.array
    shift = norm.bias.array - norm.mean.array * scale
    return _Layer(weight, conv.bias.array, scale.astype(np.float32), shift.astype(np.float32),
                  conv.padding, kernel, filters)


class ChannelLastEncoder:
    """Drop-in for ``slovnet.exec.model.CNNEncoder``: ``(input, mask) -> output``, both
    batch × positions × features, padded positions (``mask`` True) zeroed after each layer."""

    def __init__(self, encoder):
        self.layers = [_layer(layer) for layer in encoder.layers]

    def __call__(self, input: np.ndarray, mask: np.ndarray) -> np.ndarray:
        x = input
        for layer in self.layers:
            # zeros, then the input in the middle: np.pad's generic machinery costs more than
            # the layer itself on one short sentence
            batch, width, channels = x.shape
            padded = np.zeros((batch, width + 2 * layer.padding, channels), dtype=x.dtype)
            padded[:, layer.padding:layer.padding + width] = x
            length = padded.shape[1]
            taps = (padded.reshape(batch * length, channels) @ layer.weight).reshape(
                batch, length, layer.kernel, layer.filters)
            width = length - layer.kernel + 1
            out = taps[:, :width, 0, :] + layer.bias
            for k in range(1, layer.kernel):
                out += taps[:, k:k + width, k, :]
            np.maximum(out, 0, out=out)
            out *= layer.scale
            out += layer.shift
            out[mask] = 0
            x = out
        return x


class NavecDecoder:
    """Drop-in for ``slovnet.exec.model.NavecEmbedding``: word ids → navec vectors."""

    def __init__(self, embedding):
        qdim, centroids, chunk = embedding.codes.array.shape
        self.indexes = embedding.indexes.array
        self.codes = embedding.codes.array.reshape(qdim * centroids, chunk)
        self.offsets = np.arange(qdim, dtype=np.int64) * centroids
        self.dim = qdim * chunk

    def __call__(self, input: np.ndarray) -> np.ndarray:
        rows = self.indexes[input.ravel()].astype(np.int64) + self.offsets
        return self.codes.take(rows, axis=0).reshape(*input.shape, self.dim)


class CachedItems:
    """Drop-in for ``WordShapeEncoder.item``: ``words -> (word ids, shape ids)``, each word's
    pair computed once (the cache is emptied when it reaches ``limit`` words). Models whose
    vocabularies are the same may share one ``cache`` (the morphology tagger, the NER and the
    parser all read navec's words and one shape list)."""

    def __init__(self, encoder, limit: int = 100_000, cache: dict | None = None):
        from slovnet.shape import word_shape

        self.words, self.shapes, self.shape = encoder.words_vocab, encoder.shapes_vocab, word_shape
        self.limit = limit
        self.cache: dict[str, tuple[int, int]] = {} if cache is None else cache

    def __call__(self, words):
        cache = self.cache
        if len(cache) >= self.limit:
            cache.clear()
        word_ids, shape_ids = [], []
        for word in words:
            ids = cache.get(word)
            if ids is None:
                ids = cache[word] = (self.words.encode(word.lower()), self.shapes.encode(self.shape(word)))
            word_ids.append(ids[0])
            shape_ids.append(ids[1])
        return word_ids, shape_ids


def accelerate(api, word_ids: dict | None = None):
    """Swap the CNN encoder of a loaded slovnet ``Morph``/``NER`` for
    :class:`ChannelLastEncoder`, its navec look-up for :class:`NavecDecoder` and its word
    encoding for :class:`CachedItems` (over ``word_ids``, a cache shared with models of the
    same vocabularies, if given); returns ``api``. Parts of another kind are left as they are."""
    model, encoder = api.infer.model, api.infer.encoder
    if type(model.encoder).__name__ == "CNNEncoder":
        model.encoder = ChannelLastEncoder(model.encoder)
    emb = getattr(model, "emb", None)
    if emb is not None and type(getattr(emb, "word", None)).__name__ == "NavecEmbedding":
        emb.word = NavecDecoder(emb.word)
    if hasattr(encoder, "words_vocab") and hasattr(encoder, "shapes_vocab"):
        encoder.item = CachedItems(encoder, cache=word_ids)
    return api
