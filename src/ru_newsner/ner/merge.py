"""Combine the mentions of all stages into one ordered list.

Policy: rules own DATE, TIME and LAW; slovnet owns PER, ORG and LOC. A slovnet mention is
dropped when it has exactly the span of a rule mention (e.g. "Конституция" tagged ORG) or
crosses a DATE/TIME span. Nesting is kept: "РФ" (LOC) inside "УК РФ" (LAW) stays.
"""

RULE_KINDS = {"date", "law"}


def _crosses(a, b) -> bool:
    return a.start < b.stop and b.start < a.stop and not (
        (a.start <= b.start and b.stop <= a.stop) or (b.start <= a.start and a.stop <= b.stop)
    )


def merge(mentions: list) -> list:
    """Mentions sorted by (start, -stop), conflicts resolved by the policy above."""
    ruled = [m for m in mentions if m.kind in RULE_KINDS]
    spans = {(m.start, m.stop) for m in ruled}
    dates = [m for m in ruled if m.kind == "date"]
    kept = [
        m for m in mentions
        if m.kind in RULE_KINDS
        or ((m.start, m.stop) not in spans and not any(_crosses(m, d) for d in dates))
    ]
    return sorted(kept, key=lambda m: (m.start, -m.stop, m.label))
