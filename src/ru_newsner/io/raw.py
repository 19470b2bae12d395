"""What a reader yields: one input article, or the error that stood in its place."""

from dataclasses import dataclass, field


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
