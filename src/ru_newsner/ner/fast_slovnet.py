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

*The first layer from kept products* (the taggers only, :class:`ProjectedEncoder`). Two thirds of
the encoder's multiplications are the first layer's: each word's 300 navec numbers and 30 shape
numbers times the layer's weights. The shape's product is a table (a few hundred shapes); the
word's is kept for the last ``limit`` words (1,000: 3 MB per model), so that a word met again
costs one row's look-up. Same tags and spans on NEREL train and dev (the two sums are added in
another order, within float rounding).
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
        return self.after_first(_finish(self.layers[0], _taps(self.layers[0], input), mask), mask)

    def after_first(self, x: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """The layers after the first over its output ``x``."""
        for layer in self.layers[1:]:
            x = _finish(layer, _taps(layer, x), mask)
        return x


def _taps(layer: _Layer, x: np.ndarray) -> np.ndarray:
    """Every position's product with all the layer's kernel taps, ``x`` (batch × positions ×
    channels) padded with ``layer.padding`` zero positions on each side: zeros, then the input
    in the middle (np.pad's generic machinery costs more than the layer itself on one short
    sentence), then one matrix product over all positions of the batch (a 3-d product runs one
    per sentence, about 15% slower)."""
    batch, width, channels = x.shape
    padded = np.zeros((batch, width + 2 * layer.padding, channels), dtype=x.dtype)
    padded[:, layer.padding:layer.padding + width] = x
    length = padded.shape[1]
    return (padded.reshape(batch * length, channels) @ layer.weight).reshape(batch, length, -1)


def _finish(layer: _Layer, taps: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The layer's output from ``taps`` (batch × padded positions × kernel · filters, every
    position's product with all kernel taps): the taps' shifted slices summed, ReLU and the batch
    norm in place, padded positions (``mask`` True) zeroed."""
    batch, length, _ = taps.shape
    taps = taps.reshape(batch, length, layer.kernel, layer.filters)
    width = length - layer.kernel + 1
    out = taps[:, :width, 0, :] + layer.bias
    for k in range(1, layer.kernel):
        out += taps[:, k:k + width, k, :]
    np.maximum(out, 0, out=out)
    out *= layer.scale
    out += layer.shift
    out[mask] = 0
    return out


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


class WordShapeIds:
    """Drop-in for the model's ``WordShapeEmbedding`` under :class:`ProjectedEncoder`: hands the
    ids on (the encoder looks the vectors' products up itself); ``word`` and ``shape`` stay
    readable (``ner.nationality`` reads navec's vectors through ``word``)."""

    def __init__(self, word: NavecDecoder, shape):
        self.word, self.shape = word, shape

    def __call__(self, word_id: np.ndarray, shape_id: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return word_id, shape_id


_CHUNK = 128  # rows of float64 products at a time: 128 x 768 x 8 bytes


class ProjectedEncoder:
    """Drop-in for the encoder of a model whose ``emb`` is :class:`WordShapeIds`: ``((word ids,
    shape ids), mask) -> output``. The first layer's product of a position is its word's row
    (navec vector times the word part of the weights, kept for the last ``limit`` words; the
    rows are emptied when full) plus its shape's (a table); the layers after it are
    :class:`ChannelLastEncoder`'s."""

    def __init__(self, encoder: ChannelLastEncoder, words: NavecDecoder, shapes: np.ndarray, limit: int):
        first = encoder.layers[0]
        self.encoder, self.words, self.limit = encoder, words, limit
        self.word_weight = np.ascontiguousarray(first.weight[:words.dim])
        self.shape_rows = np.ascontiguousarray(shapes @ first.weight[words.dim:], dtype=np.float32)
        self.rows = np.empty((limit, first.weight.shape[1]), dtype=np.float32)
        self.slot = np.full(len(words.indexes), -1, dtype=np.int32)  # word id -> its row, -1: none
        self.used = 0

    def _products(self, ids: np.ndarray, out: np.ndarray) -> np.ndarray:
        """``out`` filled with the navec vectors of ``ids`` times the word part of the weights,
        each row the same bits whatever else the batch holds (a record must not depend on the
        articles read before it). A float32 product's rounding depends on the number of rows and
        a row's place among them (the BLAS's blocking); one in float64, rounded to float32,
        gives the same float32 but where the float64 results of two blockings straddle a float32
        rounding boundary (none in 8,094 rows of batches of 1-400, one or two BLAS threads).
        ``_CHUNK`` rows at a time, so that the float64 arrays stay small."""
        weight = self.word_weight.astype(np.float64)  # 1.8 MB while it runs, not kept
        for start in range(0, len(ids), _CHUNK):
            vectors = self.words(ids[start:start + _CHUNK]).astype(np.float64)
            out[start:start + len(vectors)] = vectors @ weight
        return out

    def _word_rows(self, word_id: np.ndarray) -> np.ndarray:
        flat = word_id.ravel()
        slots = self.slot[flat]
        if (slots < 0).any():
            new = np.unique(flat[slots < 0])
            if self.used + len(new) > self.limit:  # full: start again
                self.slot[:] = -1
                self.used = 0
                new = np.unique(flat)
                if len(new) > self.limit:  # more words than rows: computed, not kept
                    return self._products(flat, np.empty((len(flat), self.rows.shape[1]), dtype=np.float32))
            self._products(new, self.rows[self.used:self.used + len(new)])
            self.slot[new] = np.arange(self.used, self.used + len(new), dtype=np.int32)
            self.used += len(new)
            slots = self.slot[flat]
        return self.rows[slots]

    def __call__(self, ids: tuple[np.ndarray, np.ndarray], mask: np.ndarray) -> np.ndarray:
        word_id, shape_id = ids
        first = self.encoder.layers[0]
        batch, width = word_id.shape
        taps = np.zeros((batch, width + 2 * first.padding, first.weight.shape[1]), dtype=np.float32)
        inner = self._word_rows(word_id) + self.shape_rows[shape_id.ravel()]
        taps[:, first.padding:first.padding + width] = inner.reshape(batch, width, -1)
        return self.encoder.after_first(_finish(first, taps, mask), mask)


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


def accelerate(api, word_ids: dict | None = None, projected: int = 0):
    """Swap the CNN encoder of a loaded slovnet ``Morph``/``NER``/``Syntax`` for
    :class:`ChannelLastEncoder`, its navec look-up for :class:`NavecDecoder` and its word
    encoding for :class:`CachedItems` (over ``word_ids``, a cache shared with models of the
    same vocabularies, if given); with ``projected`` (a number of words), the first layer is
    computed from kept products (:class:`ProjectedEncoder`). Returns ``api``. Parts of another
    kind are left as they are."""
    model, encoder = api.infer.model, api.infer.encoder
    if type(model.encoder).__name__ == "CNNEncoder":
        model.encoder = ChannelLastEncoder(model.encoder)
    emb = getattr(model, "emb", None)
    if emb is not None and type(getattr(emb, "word", None)).__name__ == "NavecEmbedding":
        emb.word = NavecDecoder(emb.word)
        if projected and isinstance(model.encoder, ChannelLastEncoder):
            model.encoder = ProjectedEncoder(model.encoder, emb.word, emb.shape.weight.array, projected)
            model.emb = WordShapeIds(emb.word, emb.shape)
    if hasattr(encoder, "words_vocab") and hasattr(encoder, "shapes_vocab"):
        encoder.item = CachedItems(encoder, cache=word_ids)
    return api
