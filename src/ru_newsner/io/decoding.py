"""Undecodable bytes: replaced and noted, or an error when too much of the text is lost."""

import re

BAD_BYTES = re.compile(r"[\udc80-\udcff]")
UNUSABLE_SHARE = 0.1  # more than this share of characters undecodable: the text is unusable


def repair(text: str) -> tuple[str, int]:
    """Replace surrogate-escaped bytes (from ``errors="surrogateescape"``) by U+FFFD.

    Returns the text and how many bytes were replaced.
    """
    count = len(BAD_BYTES.findall(text))
    if not count:
        return text, 0
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace"), count


def is_unusable(text: str, replaced: int) -> bool:
    return replaced > UNUSABLE_SHARE * max(len(text), 1)
