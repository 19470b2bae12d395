"""Building ``RawArticle`` records: locations, location-based ids, unique ids, error rows."""

import hashlib

from .raw import RawArticle


def location(path: str, member: str | None, row: int | str) -> str:
    """Where a row was read: ``<path>[:<member>]:<row>``."""
    return f"{path}:{member}:{row}" if member else f"{path}:{row}"


def error_article(
    id: str, where: str, code: str, message: str, meta: dict[str, str] | None = None
) -> RawArticle:
    return RawArticle(id=id, location=where, text=None, meta=meta or {}, error=(code, message))


def _digest(value: str) -> int:
    return int.from_bytes(hashlib.blake2b(value.encode("utf-8", "surrogatepass"), digest_size=8).digest())


class UniqueIds:
    """Keeps ids unique within one file: a repeated id gets ``#<row>`` appended.

    Remembers 64-bit hashes only (about 50 bytes per article).
    """

    def __init__(self) -> None:
        self._seen: set[int] = set()

    def __call__(self, wanted: str, row_suffix: str) -> str:
        key = _digest(wanted)
        if key in self._seen:
            wanted = f"{wanted}#{row_suffix}"
            key = _digest(wanted)
        self._seen.add(key)
        return wanted
