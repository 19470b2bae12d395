"""What a reader yields: one input article, or the error that stood in its place."""

import re
from dataclasses import dataclass, field, replace


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One input row. ``text`` is plain text (HTML already stripped); offsets of the output
    point into it. Where the row could not be read, ``text`` is None and ``error`` says why."""

    id: str                       # stable across runs: URL, dataset id, or "<file>[:<member>]:<row>"
    location: str                 # where it was read: "<path>[:<member>]:<row>"
    text: str | None
    published_at: str | None = None   # ISO 8601 date or datetime
    title: str | None = None
    url: str | None = None
    meta: dict[str, str] = field(default_factory=dict)  # other fields kept as strings
    error: tuple[str, str] | None = None  # (code, message)


def title_first(raw: RawArticle) -> RawArticle:
    """``raw`` with its title read as the text's first line: "<title>\\n\\n<text>", so the
    headline's names are found too (the structure stage then reads that line as the header's
    title: its mentions are in section ``header``). Dumps keep the title apart: 6 of the 125
    sample rows open their text with it. Left as it is: a row with no title or no text, and a
    text that already opens with its title. A line break inside the title becomes a space."""
    title = re.sub(r"\s*\n\s*", " ", (raw.title or "").strip())
    if not title or not isinstance(raw.text, str) or raw.text.lstrip().startswith(title):
        return raw
    return replace(raw, text=f"{title}\n\n{raw.text}")
