"""The heavy resources exist once per process: one pymorphy3 analyzer (each loads its own
~20 MB of dictionaries) and one navec word list for both slovnet models."""

import subprocess
import sys

PROBE = """
import gc, pymorphy3, ru_newsner
article = ru_newsner.load()("Госдума приняла Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных». "
                             "Директор АКИТ РФ Михаил Лабудин выступил в Омске.")
assert any(m.label == "LAW" for m in article.mentions) and any(m.label == "PER" for m in article.mentions)
print(sum(isinstance(o, pymorphy3.MorphAnalyzer) for o in gc.get_objects()))
"""


def test_one_pymorphy3_analyzer_per_process():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-1] == "1"


def test_navec_is_read_without_the_similarity_tables():
    """``load_navec`` reads navec's file as ``Navec.load`` does, less the counts and the
    quantizer's tables for ``sim`` (26 MB): the same words, ids and vectors."""
    import numpy as np
    from navec import Navec

    from ru_newsner.resources import NAVEC_FILE, load_navec, model_path

    navec, full = load_navec(), Navec.load(model_path(NAVEC_FILE))
    assert not hasattr(navec.pq, "ab") and not hasattr(navec.pq, "norm")
    assert navec.vocab.counts is None
    assert navec.vocab.words == full.vocab.words and navec.vocab.word_ids == full.vocab.word_ids
    assert np.array_equal(navec.pq.indexes, full.pq.indexes) and np.array_equal(navec.pq.codes, full.pq.codes)
    for word in ("путин", "москва", "закон", "<unk>"):
        assert np.array_equal(navec[word], full[word])
