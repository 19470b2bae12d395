"""An order-keeping map over a process pool, with a bounded number of chunks in flight.

``Pool.imap`` would read the whole input ahead; here at most ``window`` chunks wait, so
memory stays flat however large the dump.
"""

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor


def ordered_map(fn: Callable, chunks: Iterable, *, workers: int, initializer: Callable,
                start_method: str = "spawn", window: int | None = None) -> Iterator:
    """``fn(chunk)`` for every chunk, results in input order."""
    if workers <= 1:
        initializer()
        for chunk in chunks:
            yield fn(chunk)
        return
    context = multiprocessing.get_context(start_method)
    window = window or 2 * workers
    with ProcessPoolExecutor(workers, mp_context=context, initializer=initializer) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(fn, chunk))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
