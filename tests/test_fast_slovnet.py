"""ner.fast_slovnet: the channel-last encoder and cached word ids give slovnet's own tags and spans."""

import numpy as np
import pytest
from razdel import tokenize
from slovnet import NER, Morph, Syntax
from threadpoolctl import threadpool_limits

from ru_newsner.ner.fast_slovnet import CachedItems, ChannelLastEncoder, NavecDecoder, ProjectedEncoder, WordShapeIds
from ru_newsner.resources import (
    MORPH_FILE, NER_FILE, SYNTAX_FILE, load_navec, load_slovnet_morph, load_slovnet_ner, load_slovnet_syntax,
    model_path, ner_pack,
)

SENTENCES = [
    "Директор АКИТ РФ Михаил Лабудин рассказал о планах Минпромторга России.",
    "Вчера, 28 февраля, в Омске прошло совещание правительства Омской области.",
    "Генеральный директор АО «Омсктрансмаш» Василий Ковалев подписал соглашение.",
    "Да.",
    "Роскомнадзор заблокировал сайт, сообщил пресс-секретарь Кремля Дмитрий Песков в понедельник.",
]


@pytest.fixture(scope="module")
def apis():
    return {
        "morph": (Morph.load(model_path(MORPH_FILE)).navec(load_navec()), load_slovnet_morph()),
        "ner": (NER.load(str(ner_pack())).navec(load_navec()), load_slovnet_ner()),  # ours, fine-tuned
        "natasha ner": (NER.load(model_path(NER_FILE)).navec(load_navec()), load_slovnet_ner(pack=model_path(NER_FILE))),
        "syntax": (Syntax.load(model_path(SYNTAX_FILE)).navec(load_navec()), load_slovnet_syntax()),
    }


def test_encoder_swapped(apis):
    for name, (_, ours) in apis.items():
        model = ours.infer.model
        if name == "syntax":  # the parser reads few sentences: no kept products
            assert isinstance(model.encoder, ChannelLastEncoder)
        else:
            assert isinstance(model.encoder, ProjectedEncoder) and isinstance(model.emb, WordShapeIds)
            assert isinstance(model.encoder.encoder, ChannelLastEncoder)
        assert isinstance(ours.infer.encoder.item, CachedItems)
        assert isinstance(model.emb.word, NavecDecoder)


@pytest.mark.parametrize("limit", [2000, 40, 8])
def test_kept_products_give_the_encoders_output(apis, limit):
    """Rows kept, rows emptied when full (40) and a batch of more words than rows (8) all give
    the channel-last encoder's output on the embedded words."""
    stock, _ = apis["ner"]
    model = stock.infer.model
    encoder = ChannelLastEncoder(model.encoder)
    projected = ProjectedEncoder(encoder, NavecDecoder(model.emb.word), model.emb.shape.weight.array, limit)
    rng = np.random.default_rng(2)
    vocabulary, shapes = rng.integers(0, 250_000, size=30), model.emb.shape.weight.array.shape[0]
    seen = set()
    for _ in range(4):  # the same words again: from the kept rows
        word_id = rng.choice(vocabulary, size=(3, 7))
        seen.update(word_id.ravel().tolist())
        shape_id = rng.integers(0, shapes, size=(3, 7))
        mask = np.zeros((3, 7), bool)
        mask[1, 4:] = True
        expected = encoder(model.emb(word_id, shape_id), mask)
        np.testing.assert_allclose(projected((word_id, shape_id), mask), expected, rtol=1e-4, atol=1e-4)
        assert projected.used <= limit
    if limit == 2000:  # each word's row kept once
        assert (projected.slot >= 0).sum() == projected.used == len(seen)


def test_navec_vectors_bit_identical(apis):
    stock, _ = apis["morph"]
    embedding = stock.infer.model.emb.word
    ids = np.random.default_rng(1).integers(0, embedding.indexes.array.shape[0], size=(5, 9))
    assert np.array_equal(NavecDecoder(embedding)(ids), embedding(ids))


def test_cached_ids_equal_slovnet_ids(apis):
    stock, _ = apis["ner"]
    encoder = stock.infer.encoder
    words = "В Омске ОМСКЕ омске 2024 «Омсктрансмаш» Ковалев Ковалев x".split()
    cached = CachedItems(encoder, limit=3)
    assert cached(words) == encoder.item(words)
    assert cached(words) == encoder.item(words)  # from the cache, emptied at the limit
    assert len(cached.cache) <= len(set(words))


def test_models_of_one_vocabulary_share_their_word_ids(apis):
    caches = [ours.infer.encoder.item.cache for _, ours in apis.values()]
    assert caches[0] is caches[1] is caches[2]
    words = "Роскомнадзор заблокировал сайт".split()
    for stock, ours in apis.values():  # ids from the shared cache equal each model's own
        assert ours.infer.encoder.item(words) == stock.infer.encoder.item(words)


def test_same_arrays_as_slovnet(apis):
    rng = np.random.default_rng(0)
    for stock, _ in apis.values():
        encoder = stock.infer.model.encoder
        channels = encoder.layers[0].conv.weight.shape[1]
        x = rng.standard_normal((7, 13, channels)).astype(np.float32)
        mask = np.zeros((7, 13), bool)
        mask[2, 5:] = True
        mask[6, 1:] = True
        expected = encoder(x.copy(), mask)
        got = ChannelLastEncoder(encoder)(x.copy(), mask)
        assert got.shape == expected.shape
        np.testing.assert_allclose(got, expected, rtol=1e-4, atol=1e-3)
        assert not got[mask].any()


@pytest.mark.parametrize("threads", [1, 2])
def test_kept_products_do_not_depend_on_what_came_before(apis, threads):
    """The same sentence gives the same bits whether its words were kept from earlier batches,
    computed with many new words, or computed as the batch's one new word, with one BLAS thread
    (the pipeline's) or two; a float32 product's bits would depend on the batch's size."""
    stock, _ = apis["morph"]
    model = stock.infer.model

    def fresh():
        return ProjectedEncoder(ChannelLastEncoder(model.encoder), NavecDecoder(model.emb.word),
                                model.emb.shape.weight.array, 400)

    word_id = np.array([[11, 2024, 777, 5000, 123456, 99]])
    shape_id = np.ones_like(word_id)
    mask = np.zeros(word_id.shape, bool)
    with threadpool_limits(limits=threads, user_api="blas"):
        alone = fresh()((word_id, shape_id), mask)
        warm = fresh()
        warm((word_id[:, :-1], shape_id[:, :-1]), mask[:, :-1])  # all but one word kept before
        assert np.array_equal(warm((word_id, shape_id), mask), alone)
        for before in (1, 7, 50, 333):  # kept among batches of other sizes, at other places
            crowd = fresh()
            ids = np.concatenate([np.arange(300, 300 + before), word_id[0]])[None]
            crowd((ids, np.ones_like(ids)), np.zeros(ids.shape, bool))
            assert np.array_equal(crowd((word_id, shape_id), mask), alone), before


def test_same_morph_tags(apis):
    stock, ours = apis["morph"]
    words = [s.rstrip(".").split() for s in SENTENCES]
    expected = [[t.tag for t in m.tokens] for m in stock.map(words)]
    assert [[t.tag for t in m.tokens] for m in ours.map(words)] == expected


@pytest.mark.parametrize("name", ["ner", "natasha ner"])
def test_same_ner_spans(apis, name):
    stock, ours = apis[name]
    expected = [[(s.start, s.stop, s.type) for s in m.spans] for m in stock.map(SENTENCES)]
    assert any(expected)
    assert [[(s.start, s.stop, s.type) for s in m.spans] for m in ours.map(SENTENCES)] == expected


def test_same_dependency_trees(apis):
    stock, ours = apis["syntax"]
    words = [[t.text for t in tokenize(s)] for s in SENTENCES]
    expected = [[(t.head_id, t.rel) for t in m.tokens] for m in stock.map(words)]
    assert [[(t.head_id, t.rel) for t in m.tokens] for m in ours.map(words)] == expected


def test_word_vocabulary_is_navecs_own_for_every_model(apis):
    words = load_navec().vocab
    for stock, ours in apis.values():
        vocab = ours.infer.encoder.words_vocab
        assert vocab.item_ids is words.word_ids and vocab.items is words.words  # shared, not copied
        stock_vocab = stock.infer.encoder.words_vocab
        for word in ("лабудин", "омск", "<unk>", "<pad>", "несуществующееслово"):
            assert vocab.encode(word) == stock_vocab.encode(word)
        assert (vocab.unk_id, vocab.pad_id) == (stock_vocab.unk_id, stock_vocab.pad_id)
