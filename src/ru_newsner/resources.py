"""Model files shipped inside the installed ``natasha`` package, loaded without importing it,
and our own slovnet NER pack (``models/slovnet_ner_nerel``: slovnet's news NER fine-tuned on
NEREL train, the same network and vocabularies).

``import natasha`` pulls in pymorphy2 and yargy (and fails on Python 3.12+), so we only
locate its data folder with ``importlib.util.find_spec`` and load the files with slovnet
and navec directly.
"""

import importlib.util
from functools import cache
from pathlib import Path

from .errors import ResourceError

NAVEC_FILE = "emb/navec_news_v1_1B_250K_300d_100q.tar"
MORPH_FILE = "model/slovnet_morph_news_v1.tar"
NER_FILE = "model/slovnet_ner_news_v1.tar"  # natasha's; the pipeline reads ner_pack() instead
SYNTAX_FILE = "model/slovnet_syntax_news_v1.tar"


def natasha_data_dir() -> Path:
    """The ``data`` folder of the installed natasha package (located, not imported)."""
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ResourceError("natasha is not installed; `pip install natasha` ships the model files")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def model_path(name: str) -> Path:
    path = natasha_data_dir() / name
    if not path.is_file():
        raise ResourceError(f"model file {path} is missing; reinstall natasha")
    return path


def ner_pack() -> Path:
    """The NER pack the pipeline runs: ours, fine-tuned on NEREL (checked against its manifest)."""
    from .ner.model import ner_pack_path

    return ner_pack_path()


def limit_blas_threads(limit: int = 1) -> None:
    """One BLAS thread per process: OpenBLAS threads cut slovnet's throughput on few cores."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=limit, user_api="blas")


@cache
def load_navec():
    """navec's news embeddings, read as ``Navec.load`` reads them but for two things nothing
    here uses: the training count of each word (250,002 Python ints in a list hold ~9 MB) and
    the quantizer's precomputed norms and centroid products, which serve only ``Navec.sim``
    (26 MB, and a quarter of a second of loading; :func:`_quantizer`)."""
    from navec import Navec
    from navec.meta import Meta
    from navec.tar import Tar
    from navec.vocab import Vocab

    with Tar(str(model_path(NAVEC_FILE))) as tar:
        meta = Meta.from_file(tar.load("meta.json"))
        Meta.check_protocol(meta.protocol)
        vocab = Vocab.from_file(tar.load("vocab.bin"))
        pq = _quantizer(tar.load("pq.bin"))
    vocab.counts = None
    return Navec(meta, vocab, pq)


def _quantizer(file):
    """navec's ``PQ`` read from its file (``PQ.from_file``) without ``PQ.precompute``: a
    vector's look-up (``pq[id]``, slovnet's embeddings, which read ``indexes`` and ``codes``)
    works; ``sim`` does not."""
    import numpy as np
    from navec.pq import PQ

    vectors, dim, qdim, centroids = np.frombuffer(file.read(4 * 4), np.uint32)
    pq = PQ.__new__(PQ)
    pq.vectors, pq.dim, pq.qdim, pq.centroids = vectors, dim, qdim, centroids
    pq.indexes = np.frombuffer(file.read(vectors * qdim), np.uint8).reshape(vectors, qdim)
    pq.codes = np.frombuffer(file.read(), np.float32).reshape(qdim, centroids, -1)
    pq.qdims = np.arange(qdim)
    return pq


def _navec_words():
    """slovnet's word vocabulary over navec's own word list and index (not a copy)."""
    from slovnet.vocab import Vocab

    words = load_navec().vocab
    vocab = Vocab.__new__(Vocab)
    vocab.items, vocab.item_ids, vocab.unk_id, vocab.pad_id = words.words, words.word_ids, words.unk_id, words.pad_id
    return vocab


def _read_pack(name: str | Path, model_kind, labels_name: str):
    """(model with its arrays, shapes vocabulary, tags or relations vocabulary) of a slovnet
    news pack, without the pack's own copy of the word vocabulary: the news packs carry
    navec's 250,002 words in navec's order, about 40 MB as a Python list and dict per model,
    so the words read from navec serve all of them (the pack's list is checked against them
    as text, never built)."""
    from gzip import decompress

    from slovnet.const import SHAPE, WORD
    from slovnet.exec.pack import Pack, vocab_name

    words = _navec_words()
    path = name if isinstance(name, Path) else model_path(name)
    with Pack(path) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(model_kind)
        arrays = dict(pack.load_arrays(model.weights))
        shapes, labels = pack.load_vocab(SHAPE), pack.load_vocab(labels_name)
        if decompress(pack.read(vocab_name(WORD))).decode("utf8") != "\n".join(words.items):
            raise ResourceError(f"{path}: its word vocabulary is not navec's; reinstall the package that ships it")
    return model.inject_arrays(arrays), words, shapes, labels


# words whose first-layer products each tagger keeps (ner.fast_slovnet.ProjectedEncoder: 3 MB a
# model; on 400 NEREL articles 2,000 saved a little more time, 0.65 s against 0.5 s, and cost 5 MB
# more of peak memory, which is at its goal's 400 MB)
PROJECTED_WORDS = 1000


@cache
def _word_ids(shapes: tuple[str, ...]) -> dict:
    """One cache of word and shape ids for the models over navec's words (:func:`_read_pack`
    checks every model's word list) and one shape list: each new word encoded once, not once
    per model."""
    return {}


def _load_tagger(api, model_kind, infer_kind, name: str | Path, batch_size: int):
    """``slovnet.NER.load``/``Morph.load`` over navec's words (:func:`_read_pack`)."""
    from slovnet.const import TAG
    from slovnet.exec.encoders import TagEncoder
    from slovnet.exec.infer import TagDecoder

    from .ner.fast_slovnet import accelerate

    model, words, shapes, tags = _read_pack(name, model_kind, TAG)
    infer = infer_kind(model, TagEncoder(words, shapes, batch_size), TagDecoder(tags))
    return accelerate(api(infer, batch_size).navec(load_navec()), _word_ids(tuple(shapes.items)), PROJECTED_WORDS)


def load_slovnet_syntax(batch_size: int = 16):
    """slovnet's news dependency parser (UD relations) over navec's words, like the taggers,
    run by ner.fast_slovnet."""
    from slovnet import Syntax
    from slovnet.const import REL
    from slovnet.exec.encoders import SyntaxEncoder
    from slovnet.exec.infer import SyntaxDecoder, SyntaxInfer
    from slovnet.exec.model import Syntax as SyntaxModel

    from .ner.fast_slovnet import accelerate

    model, words, shapes, rels = _read_pack(SYNTAX_FILE, SyntaxModel, REL)
    infer = SyntaxInfer(model, SyntaxEncoder(words, shapes, batch_size), SyntaxDecoder(rels))
    return accelerate(Syntax(infer, batch_size).navec(load_navec()), _word_ids(tuple(shapes.items)))


def load_slovnet_morph(batch_size: int = 16):
    """slovnet's news morphology tagger, run by ner.fast_slovnet."""
    from slovnet import Morph
    from slovnet.exec.infer import MorphInfer
    from slovnet.exec.model import Morph as MorphModel

    return _load_tagger(Morph, MorphModel, MorphInfer, MORPH_FILE, batch_size)


def load_slovnet_ner(batch_size: int = 16, pack: Path | None = None):
    """slovnet's news NER network (PER/LOC/ORG) with the weights of ``pack`` (by default
    :func:`ner_pack`, ours fine-tuned on NEREL; ``model_path(NER_FILE)`` is natasha's), run by
    ner.fast_slovnet."""
    from slovnet import NER
    from slovnet.exec.infer import NERInfer
    from slovnet.exec.model import NER as NERModel

    return _load_tagger(NER, NERModel, NERInfer, pack or ner_pack(), batch_size)
