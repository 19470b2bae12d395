"""Python's cyclic garbage collector runs less often while our stages compute.

Our caches of recent words (pymorphy3 parses and our analyses: ~300,000 container objects
once warm) are walked by every full collection of the cyclic collector, and at Python's
default thresholds (700, 10, 10) that cost 13-15% of the pipeline's time on news text. None of
our records or caches make reference cycles; reference counting frees them. So while a
pipeline computes, each generation's threshold is at least :data:`THRESHOLDS`. Between
articles, when the caller's code runs, the youngest generation's threshold is the caller's
own (their allocations are collected as they would be); the older generations' thresholds
stay raised until the iteration ends, when the caller's are put back (measured: restoring
them between articles as well cost 1-5% of the pipeline's speed, in collections of the
older generations that walk the caches). A collector switched off (``gc.disable()`` or a
first threshold of 0) stays off.
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
    """``items`` with each ``next()`` computed under :data:`THRESHOLDS`; between items the
    caller's youngest-generation threshold, and the caller's thresholds again at the end."""
    older = gc.get_threshold()[1:]
    try:
        while True:
            youngest = gc.get_threshold()[0]  # the caller's, which they may change between items
            gc.set_threshold(*_raised((youngest, *older)))
            try:
                item = next(items, _END)
            finally:
                between = (youngest, *_raised((youngest, *older))[1:])
                gc.set_threshold(*between)
            if item is _END:
                return
            yield item
    finally:
        gc.set_threshold(gc.get_threshold()[0], *older)
