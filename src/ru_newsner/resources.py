"""Model files shipped inside the installed ``natasha`` package, loaded without importing it.

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
NER_FILE = "model/slovnet_ner_news_v1.tar"


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


def limit_blas_threads(limit: int = 1) -> None:
    """One BLAS thread per process: OpenBLAS threads cut slovnet's throughput on few cores."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=limit, user_api="blas")


@cache
def load_navec():
    from navec import Navec

    return Navec.load(model_path(NAVEC_FILE))


def load_slovnet_morph(batch_size: int = 64):
    """slovnet's news morphology tagger, run by ner.fast_slovnet."""
    from slovnet import Morph

    from .ner.fast_slovnet import accelerate

    return accelerate(Morph.load(model_path(MORPH_FILE), batch_size=batch_size).navec(load_navec()))


def load_slovnet_ner(batch_size: int = 64):
    """slovnet's news NER (PER/LOC/ORG), run by ner.fast_slovnet."""
    from slovnet import NER

    from .ner.fast_slovnet import accelerate

    return accelerate(NER.load(model_path(NER_FILE), batch_size=batch_size).navec(load_navec()))
