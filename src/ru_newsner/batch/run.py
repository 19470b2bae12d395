"""A whole batch run: readers → chunks → pool → writer, with resume, limit and a summary."""

import itertools
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..io.raw import RawArticle
from .jsonl import JsonlWriter
from .parquet import ParquetWriter
from .pool import ordered_map
from .worker import init_worker, pipeline, run_chunk


@dataclass
class Summary:
    articles: int = 0
    errors: int = 0
    resumed: int = 0
    labels: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, rows: list[dict]) -> None:
        self.articles += len(rows)
        for row in rows:
            self.errors += row.get("error") is not None
            self.labels.update(m["label"] for m in row["mentions"])


def output_format(output: str | os.PathLike, fmt: str | None) -> str:
    if fmt:
        if fmt not in ("jsonl", "parquet"):
            raise ValueError(f"unknown output format {fmt!r}: use jsonl or parquet")
        return fmt
    return "jsonl" if str(output).endswith((".jsonl", ".json", ".ndjson")) else "parquet"


def open_writer(output, fmt: str, resume: bool, rows_per_part: int = 2000):
    if fmt == "jsonl":
        return JsonlWriter(Path(output), resume=resume)
    return ParquetWriter(Path(output), resume=resume, rows_per_part=rows_per_part)


def chunked(items: Iterable[RawArticle], size: int) -> Iterator[list[RawArticle]]:
    items = iter(items)
    while chunk := list(itertools.islice(items, size)):
        yield chunk


def process_stream(raws: Iterable[RawArticle], write: Callable[[list[dict]], None], *,
                   workers: int = 1, chunk_size: int = 64, batch_size: int = 64,
                   start_method: str = "spawn", on_rows: Callable[[list[dict]], None] | None = None,
                   ) -> Summary:
    """Process rows in order through ``workers`` processes; ``write`` gets each chunk's rows."""
    summary, started = Summary(), time.perf_counter()
    if start_method == "fork":
        pipeline()  # load once in the parent; forked workers share its pages
    chunks = ((chunk, batch_size) for chunk in chunked(raws, chunk_size))
    results = ordered_map(run_chunk, chunks, workers=workers, initializer=init_worker,
                          start_method=start_method)
    return drain(results, write, on_rows, summary, started)


def drain(results: Iterable[list[dict]], write: Callable[[list[dict]], None],
          on_rows: Callable[[list[dict]], None] | None, summary: Summary, started: float) -> Summary:
    """Write each chunk's rows in order and count them (shared by the pool and Dask)."""
    for rows in results:
        write(rows)
        summary.add(rows)
        if on_rows:
            on_rows(rows)
    summary.seconds = time.perf_counter() - started
    return summary


def run(raws: Iterable[RawArticle], output, *, fmt: str | None = None, resume: bool = False,
        limit: int | None = None, rows_per_part: int = 2000, process=None, **options) -> Summary:
    """Extract ``raws`` into ``output`` (JSONL file or Parquet folder); resumable.
    ``process`` is the stream processor (default: the local pool's :func:`process_stream`)."""
    writer = open_writer(output, output_format(output, fmt), resume, rows_per_part)
    try:
        done = writer.done
        stream = itertools.islice(raws, done, limit)
        summary = (process or process_stream)(stream, writer.write, **options)
        summary.resumed = done
    finally:
        writer.close()
    return summary
