"""Hits → public :class:`Law` records, with parents for nested spans."""

from ...records import Law
from .find import Hit, find_hits
from .normalize import fields


def find_laws(text: str) -> list[Law]:
    """Legal acts and references in ``text``, nested ones included, sorted by (start, -stop)."""
    hits = find_hits(text)
    laws: list[Law] = []
    for i, hit in enumerate(hits):
        parent = _parent(hits, i)
        laws.append(Law(
            start=hit.start, stop=hit.stop, text=text[hit.start:hit.stop], source="rules",
            parent=parent, **fields(text, hit),
        ))
    return laws


def _parent(hits: list[Hit], i: int) -> int | None:
    """Index of the smallest earlier-sorted hit that encloses hit ``i``."""
    hit, best = hits[i], None
    for j in range(i - 1, -1, -1):
        other = hits[j]
        if other.start <= hit.start and hit.stop <= other.stop:
            if best is None or other.stop - other.start < hits[best].stop - hits[best].start:
                best = j
    return best
