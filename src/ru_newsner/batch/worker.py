"""Per-process state of a pool worker: the pipeline, loaded once by the initializer."""

import os

_PIPELINE = []


def init_worker() -> None:
    """Pool initializer: one BLAS thread, models loaded from package files once."""
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    pipeline()


def pipeline():
    if not _PIPELINE:
        from ..pipeline import load

        _PIPELINE.append(load())
    return _PIPELINE[0]


def run_chunk(args) -> list[dict]:
    """Worker entry point: a chunk of RawArticles (never model objects) in, rows out."""
    from .partition import process_partition

    raws, batch_size = args
    return process_partition(pipeline(), raws, batch_size)
