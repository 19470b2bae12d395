"""A rich progress bar on stderr (articles/s, ETA from compressed bytes read) and the summary.

It shows only when asked or when stderr is a terminal, so piped output stays clean.
"""

import os
import sys

from rich.console import Console
from rich.progress import (BarColumn, Progress, TextColumn, TimeElapsedColumn,
                           TimeRemainingColumn)


class Reporter:
    def __init__(self, inputs: list[str], *, enabled: bool):
        self.enabled = enabled
        self.console = Console(stderr=True)
        sizes = [os.path.getsize(p) for p in inputs if p != "-" and os.path.isfile(p)]
        self.total_bytes = sum(sizes) or None
        self.bytes_before = 0   # bytes of inputs already finished
        self.bytes_now = 0
        self.read = 0
        self.progress = Progress(
            TextColumn("[bold]{task.fields[done]}[/] articles"), BarColumn(),
            TextColumn("{task.fields[rate]:.1f} art/s"), TimeElapsedColumn(), TimeRemainingColumn(),
            console=self.console, disable=not enabled,
        )
        self.task = self.progress.add_task("extract", total=self.total_bytes, done=0, rate=0.0)
        self.done = 0

    def on_bytes(self, n: int) -> None:
        if n < self.bytes_now:  # a new input file started
            self.bytes_before += self.bytes_now
        self.bytes_now = n

    def count(self, raws):
        for raw in raws:
            self.read += 1
            yield raw

    def on_rows(self, rows: list[dict]) -> None:
        self.done += len(rows)
        elapsed = self.progress.tasks[0].elapsed or 1e-9
        self.progress.update(self.task, completed=self.bytes_before + self.bytes_now,
                             done=self.done, rate=self.done / elapsed)

    def __enter__(self):
        self.progress.__enter__()
        return self

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)

    def summary(self, summary) -> None:
        labels = ", ".join(f"{k} {v}" for k, v in sorted(summary.labels.items())) or "none"
        rate = summary.articles / summary.seconds if summary.seconds else 0.0
        resumed = f" (after {summary.resumed} already done)" if summary.resumed else ""
        print(f"articles: {summary.articles}{resumed}; errors: {summary.errors}; "
              f"mentions by type: {labels}; wall: {summary.seconds:.1f} s ({rate:.1f} articles/s)",
              file=sys.stderr)
