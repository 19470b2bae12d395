"""Python's cyclic garbage collector runs less often while our stages compute.

Our caches of recent words (pymorphy3 parses and our analyses: ~300,000 container objects
once warm) are walked by every full collection of the cyclic collector, and at Python's
default thresholds (700, 10, 10) that cost 13-15% of the pipeline's time on news text. None of
our records or caches make reference cycles; reference counting frees them. So while a
pipeline computes, each generation's threshold is at least :data:`THRESHOLDS`, and the
caller's thresholds are put back before each article is handed over: code between articles
runs under the caller's own settings. A collector switched off (``gc.disable()`` or a first
threshold of 0) stays off.
"""

import gc
from collections.abc import Iterator
from typing import TypeVar

T = TypeVar("T")
THRESHOLDS = (50_000, 20, 100)
_END = object()


def _raised(saved: tuple[int, ...]) -> tuple[int, ...]:
    if not saved[0]:  # 0 switches automatic collection off: leave it so
        return saved
    return tuple(max(mine, theirs) for mine, theirs in zip(THRESHOLDS, saved))


def collected_rarely(items: Iterator[T]) -> Iterator[T]:
    """``items`` with each ``next()`` computed under :data:`THRESHOLDS`."""
    while True:
        saved = gc.get_threshold()
        gc.set_threshold(*_raised(saved))
        try:
            item = next(items, _END)
        finally:
            gc.set_threshold(*saved)
        if item is _END:
            return
        yield item
