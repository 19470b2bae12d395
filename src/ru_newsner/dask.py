"""The batch job on Dask (dask.distributed): the same partition function, writers and bytes.

    from ru_newsner.dask import extract
    extract("lenta.csv.gz", "out/", client="local:4")   # or "tcp://host:8786", a Client, None

The client reads the dumps (Dask would read a compressed file as one partition), cuts them
into chunks of RawArticles and keeps a bounded window of chunks submitted; a worker runs
:func:`~ru_newsner.batch.partition.process_partition` with the pipeline loaded once per
process; the client writes the results in input order with the local batch writers. A task
lost with its worker is recomputed by the scheduler and each chunk is written exactly once,
so nothing is lost or duplicated.

:func:`map_frames` is the same job for Spark's ``mapInPandas`` and Ray Data's
``map_batches`` (docs/engines.md). dask, distributed and pandas are imported when used.
"""

import itertools
import os
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import partial

from .batch.jsonl import dumps
from .batch.run import Summary, chunked, drain
from .batch.run import run as batch_run
from .io.raw import RawArticle
from .optional import require

# The environment of the workers we start. distributed sets MALLOC_TRIM_THRESHOLD_=65536,
# which took natasha from 48 to 33 docs/s; None unsets it (glibc's default, as in the pool).
WORKER_ENV = {"MALLOC_TRIM_THRESHOLD_": None, "OMP_NUM_THREADS": "1",
              "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
FRAME_SCHEMA = "id string, error string, json string"  # what map_frames yields (Spark DDL)


# ---- the cluster ---------------------------------------------------------------------------

def local_workers(spec: str) -> int | None:
    """``"local:N"`` → N, ``"local"`` → the number of cores, anything else → None."""
    name, _, count = spec.partition(":")
    if name != "local":
        return None
    if not count:
        return os.cpu_count() or 1
    if not count.isdigit() or int(count) < 1:
        raise ValueError(f"bad Dask target {spec!r}: use local:N (N ≥ 1) or a scheduler address")
    return int(count)


@contextmanager
def _worker_environ():
    """Nannies write their environment into ours before spawning; give ours back after."""
    saved = {k: os.environ.get(k) for k in WORKER_ENV}
    os.environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@contextmanager
def local_cluster(n_workers: int):
    """A LocalCluster of ``n_workers`` single-threaded processes on 127.0.0.1 and its client."""
    dask, distributed = require("dask"), require("distributed")
    environ = {**dask.config.get("distributed.nanny.pre-spawn-environ"), **WORKER_ENV}
    config = {"distributed.nanny.pre-spawn-environ": environ,
              "distributed.worker.profile.enabled": False}  # its stack sampling costs ~5% CPU
    with _worker_environ(), dask.config.set(config):
        with distributed.LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                      host="127.0.0.1", dashboard_address=None) as cluster:
            with distributed.Client(cluster, set_as_default=False) as client:
                yield client


@contextmanager
def connect(target=None):
    """A client for ``target``: a Client (used as is), ``"local[:N]"`` (a LocalCluster started
    and stopped here), a scheduler address, or None (the current client, else ``"local"``)."""
    distributed = require("distributed")
    if target is None:
        try:
            target = distributed.default_client()
        except ValueError:
            target = "local"
    if not isinstance(target, str):
        yield target
    elif (n := local_workers(target)) is not None:
        with local_cluster(n) as client:
            yield client
    else:
        with distributed.Client(target, set_as_default=False) as client:
            _warn_malloc_trim(client)
            yield client


def _warn_malloc_trim(client) -> None:
    found = {v for v in client.run(_malloc_trim).values() if v}
    if found:
        warnings.warn(f"Dask workers run with MALLOC_TRIM_THRESHOLD_={found.pop()}, which slows "
                      "extraction by about 30%; start them with the dask config "
                      "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_: null "
                      "(see docs/engines.md)", stacklevel=3)


# ---- the worker side -----------------------------------------------------------------------

def _malloc_trim() -> str | None:
    return os.environ.get("MALLOC_TRIM_THRESHOLD_")


_LOCK = threading.Lock()  # a worker with several threads still runs one partition at a time


def run_partition(raws: list[RawArticle], batch_size: int = 64) -> list[dict]:
    """Rows of one chunk, with the process's pipeline (loaded on first use, then cached)."""
    from .batch.worker import run_chunk

    with _LOCK:
        return run_chunk((raws, batch_size))


# ---- the client side -----------------------------------------------------------------------

def ordered_rows(client, chunks: Iterable[list[RawArticle]], *, batch_size: int = 64,
                 window: int | None = None) -> Iterator[list[dict]]:
    """Each chunk's rows, in input order, with at most ``window`` chunks submitted."""
    window = window or 4 * max(sum(client.nthreads().values()), 1)
    token = os.urandom(4).hex()
    pending: deque = deque()
    for number, chunk in enumerate(chunks):
        future = client.submit(run_partition, chunk, batch_size, key=f"ru-newsner-{token}-{number}")
        pending.append((future, [raw.id for raw in chunk]))
        if len(pending) >= window:
            yield _take(pending)
    while pending:
        yield _take(pending)


def _take(pending: deque) -> list[dict]:
    future, ids = pending.popleft()
    rows = future.result()
    if [row["id"] for row in rows] != ids:
        raise RuntimeError(f"Dask task {future.key} returned {len(rows)} rows for {len(ids)} "
                           "inputs or in another order; this is a bug: please report it")
    return rows


def process_stream(raws: Iterable[RawArticle], write: Callable[[list[dict]], None], *, client,
                   chunk_size: int = 64, batch_size: int = 64,
                   on_rows: Callable[[list[dict]], None] | None = None) -> Summary:
    """:func:`ru_newsner.batch.run.process_stream` on a Dask cluster: same rows, same order."""
    rows = ordered_rows(client, chunked(raws, chunk_size), batch_size=batch_size)
    return drain(rows, write, on_rows, Summary(), time.perf_counter())


def run(raws: Iterable[RawArticle], output, *, client, fmt: str | None = None,
        resume: bool = False, limit: int | None = None, rows_per_part: int = 2000,
        **options) -> Summary:
    """:func:`ru_newsner.batch.run.run` on a Dask cluster: same output files, resumable."""
    return batch_run(raws, output, fmt=fmt, resume=resume, limit=limit, rows_per_part=rows_per_part,
                     process=partial(process_stream, client=client), **options)


def _raws(inputs, read_options: dict) -> Iterable[RawArticle]:
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    inputs = list(inputs) if isinstance(inputs, (list, tuple)) else inputs
    if isinstance(inputs, list) and all(isinstance(i, (str, os.PathLike)) for i in inputs):
        from .io import read

        return itertools.chain.from_iterable(read(path, **read_options) for path in inputs)
    return inputs


def extract(inputs, output, client=None, *, fmt: str | None = None, resume: bool = False,
            limit: int | None = None, rows_per_part: int = 2000, chunk_size: int = 64,
            batch_size: int = 64, on_rows=None, **read_options) -> Summary:
    """Extract dumps (paths, read with :func:`ru_newsner.io.read` and ``read_options``) or
    RawArticles into ``output`` (a .jsonl file or a Parquet folder) on Dask; see
    :func:`connect` for ``client``. The output equals the local batch run's."""
    raws = _raws(inputs, read_options)
    with connect(client) as connected:
        return run(raws, output, client=connected, fmt=fmt, resume=resume, limit=limit,
                   rows_per_part=rows_per_part, chunk_size=chunk_size, batch_size=batch_size,
                   on_rows=on_rows)


def bag(raws: Iterable[RawArticle], *, chunk_size: int = 64, batch_size: int = 64):
    """A lazy ``dask.bag`` of output rows for notebooks (the raws are held in the graph, so
    keep it to what fits in memory; :func:`extract` streams)."""
    db = require("dask.bag")
    return db.from_sequence(list(raws), partition_size=chunk_size).map_partitions(
        run_partition, batch_size)


# ---- Spark mapInPandas / Ray Data map_batches ----------------------------------------------

def _cell(value) -> str | None:
    if value is None or (not isinstance(value, (list, dict)) and value != value):  # NaN, NaT
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _raw(record: dict) -> RawArticle:
    text = record.get("text")
    cells = {k: _cell(v) for k, v in record.items() if k != "text"}
    ident = cells.pop("id", None) or cells.get("location") or ""
    fields = {k: cells.pop(k, None) for k in ("location", "published_at", "title", "url")}
    meta = {k: v for k, v in cells.items() if v is not None}
    return RawArticle(id=ident, location=fields.pop("location") or ident,
                      text=text if isinstance(text, str) else None, meta=meta, **fields)


def frame_rows(frame, batch_size: int = 64):
    """One pandas DataFrame of articles (columns ``id``, ``text``, optional ``published_at``,
    ``title``, ``url``, ``location``, others kept as meta) → one row each, in order, as
    ``id``, ``error`` (code or None) and ``json`` (the JSONL line, without its newline)."""
    pandas = require("pandas")
    raws = [_raw(record) for record in frame.to_dict("records")]
    rows = run_partition(raws, batch_size)
    return pandas.DataFrame({"id": [r["id"] for r in rows],
                             "error": [(r.get("error") or {}).get("code") for r in rows],
                             "json": [dumps(r) for r in rows]}, dtype=object)


def map_frames(frames: Iterable, batch_size: int = 64) -> Iterator:
    """Spark's ``mapInPandas`` function: DataFrames in, :func:`frame_rows` of each out."""
    for frame in frames:
        yield frame_rows(frame, batch_size)
