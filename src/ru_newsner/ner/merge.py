"""Combine the mentions of all stages into one ordered list.

Policy: rules own DATE, TIME and LAW; slovnet owns PER, ORG and LOC. A slovnet mention is
dropped when it has exactly the span of a rule mention (e.g. "Конституция" tagged ORG) or
crosses a DATE/TIME span. Nesting is kept: "РФ" (LOC) inside "УК РФ" (LAW) stays.
A duration DATE overlapping the model's AGE is dropped: "ему было по крайней мере 50 лет", "до
65 лет" are ages the date rules read as durations (``_age_reading``; chosen on the model's
held-out split of NEREL train, bench/RESULTS.md). Nothing inside a URL is a mention.
"""

import re
from bisect import bisect_left

RULE_KINDS = {"date", "law"}
DURATION_ADJ = re.compile(r"летн|годичн|месячн", re.I)
URL = re.compile(r"(?:https?://|www\.)[^\s\]\[)(«»\"<>]+", re.I)


def _crosses(a, b) -> bool:
    return a.start < b.stop and b.start < a.stop and not (
        (a.start <= b.start and b.stop <= a.stop) or (b.start <= a.start and a.stop <= b.stop)
    )


def relink_parents(raw: list, merged: list) -> list:
    """LAW ``parent`` indices point into the law list of the rules; make them point into
    ``merged`` (the article's mentions)."""
    laws = [m for m in raw if m.kind == "law"]
    where = {id(m): i for i, m in enumerate(merged)}
    return [
        m.model_copy(update={"parent": where.get(id(laws[m.parent]))})
        if m.kind == "law" and m.parent is not None else m
        for m in merged
    ]


def merge(mentions: list, text: str | None = None) -> list:
    """Mentions sorted by (start, -stop), conflicts resolved by the policy above; with the
    article's ``text``, no mention inside a URL is kept (percent-encoded Cyrillic in a link
    reads as "0%", "82%")."""
    kept = mentions
    if text is not None and ("://" in text or "www." in text):
        links = [(m.start(), m.end()) for m in URL.finditer(text)]
        kept = [m for m in mentions if not any(a <= m.start and m.stop <= b for a, b in links)]
    return relink_parents(mentions, _merge(kept))  # a law whose parent was dropped has none


def _age_reading(m) -> bool:
    """A DATE that may be an age: a duration ("50 лет", "до 65 лет"), not an offset ("35 лет
    назад") and not an adjective the date rules took for a duration before its noun ("с
    23-летним стажем")."""
    return m.label == "DATE" and getattr(m, "date_kind", None) == "duration" and not DURATION_ADJ.search(m.text)


def _merge(mentions: list) -> list:
    ages = [m for m in mentions if m.label == "AGE"]
    if ages:
        mentions = [m for m in mentions if not (_age_reading(m) and any(
            m.start < a.stop and a.start < m.stop for a in ages))]
    ruled = [m for m in mentions if m.kind in RULE_KINDS]
    spans = {(m.start, m.stop) for m in ruled}
    dates = sorted((m for m in ruled if m.kind == "date"), key=lambda d: d.start)
    starts = [d.start for d in dates]
    longest = max((d.stop - d.start for d in dates), default=0)

    def crosses_a_date(m) -> bool:  # only dates starting within reach are looked at
        lo, hi = bisect_left(starts, m.start - longest), bisect_left(starts, m.stop)
        return any(_crosses(m, d) for d in dates[lo:hi])

    kept = [m for m in mentions if m.kind in RULE_KINDS
            or ((m.start, m.stop) not in spans and not crosses_a_date(m))]
    return sorted(kept, key=lambda m: (m.start, -m.stop, m.label))
