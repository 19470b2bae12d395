"""Hits → public :class:`Law` records, with parents for nested spans."""

from ...records import Law
from .find import Hit, find_hits
from .normalize import fields


def find_laws(text: str) -> list[Law]:
    """Legal acts and references in ``text``, nested ones included, sorted by (start, -stop)."""
    hits = find_hits(text)
    laws: list[Law] = []
    for i, hit in enumerate(hits):
        values = fields(text, hit)
        values["normal"] = " ".join(values["normal"].split())
        laws.append(Law(
            start=hit.start, stop=hit.stop, text=text[hit.start:hit.stop], source="rules",
            parent=_parent(hits, i), **values,
        ))
    return laws


def explain_laws(text: str) -> list[tuple[str, str]]:
    """The debug twin of :func:`find_laws`: ``(rule that fired, span text)`` per mention.

    >>> explain_laws("по ст. 105 УК РФ")
    [('path', 'ст. 105 УК РФ'), ('code_abbr', 'УК РФ'), ('code_abbr_head', 'УК')]
    """
    return [(hit.rule, text[hit.start:hit.stop]) for hit in find_hits(text)]


MAX_ACT_CHARS = 2000  # no legal reference is longer; bounds the look-back (linear time)


def _parent(hits: list[Hit], i: int) -> int | None:
    """Index of the smallest earlier-sorted hit that encloses hit ``i``."""
    hit, best = hits[i], None
    for j in range(i - 1, -1, -1):
        other = hits[j]
        if hit.start - other.start > MAX_ACT_CHARS:
            break
        if other.start <= hit.start and hit.stop <= other.stop:
            if best is None or other.stop - other.start < hits[best].stop - hits[best].start:
                best = j
    return best
