"""Run a batched model over items sorted by length, so each batch pads little; order kept."""

from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def map_by_length(run: Callable[[list[Sequence[T]]], Iterable[R]], items: Sequence[Sequence[T]]) -> list[R]:
    """``run`` sees the items shortest first; results come back in the items' order."""
    order = sorted(range(len(items)), key=lambda i: len(items[i]))
    results: list = [None] * len(items)
    for index, result in zip(order, run([items[i] for i in order])):
        results[index] = result
    return results
