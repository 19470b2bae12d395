"""Combining the name spans of two statistical sources per type, by a policy table.

Policies (chosen on the held-out split of NEREL train, see bench/RESULTS.md):
- ``"slovnet"`` / ``"model"``: that source alone;
- ``"fill"``: slovnet, plus the model's spans where slovnet has no span of any label;
- ``"union"``: both; a span both give is kept once with source ``merge``; where two spans of
  one label cross (overlap without nesting), the ``prefer``red source's span wins; nested
  spans from either are kept (NEREL nests ORG in ORG, LOC in ORG).
"""

Raw = tuple[str, int, int]          # (label, start, stop)
Sourced = tuple[str, int, int, str]  # (label, start, stop, source)

# chosen per type by bench/merge_policy.py on the held-out split of NEREL train (the
# articles the model did not train on); it applies when the model stage runs
DEFAULT_POLICY: dict[str, tuple[str, str]] = {
    "PER": ("slovnet", "slovnet"),
    "ORG": ("slovnet", "slovnet"),  # since the common-noun ORG rules: 73.6 vs union 72.1
    "LOC": ("slovnet", "slovnet"),  # since the nationality classifier and compound places: 91.7 vs fill 91.4
}


def _crosses(a: Sourced, b: Sourced) -> bool:
    return a[1] < b[2] and b[1] < a[2] and not (
        (a[1] <= b[1] and b[2] <= a[2]) or (b[1] <= a[1] and a[2] <= b[2]))


def _free(span: Raw, others: list[Raw]) -> bool:
    return not any(o[1] < span[2] and span[1] < o[2] for o in others)


def combine(slovnet: list[Raw], model: list[Raw], policy=DEFAULT_POLICY) -> list[Sourced]:
    result: list[Sourced] = []
    for label in sorted({s[0] for s in slovnet} | {s[0] for s in model}):
        how, prefer = policy.get(label, ("slovnet", "slovnet"))
        ours = {(s[1], s[2]) for s in slovnet if s[0] == label}
        theirs = {(s[1], s[2]) for s in model if s[0] == label}
        if how == "slovnet":
            result += [(label, a, b, "slovnet") for a, b in ours]
        elif how == "model":
            result += [(label, a, b, "model") for a, b in theirs]
        elif how == "fill":
            result += [(label, a, b, "slovnet") for a, b in ours]
            result += [(label, a, b, "model") for a, b in theirs if _free((label, a, b), slovnet)]
        else:
            shared = ours & theirs
            both = [(label, a, b, "merge") for a, b in shared]
            first = [(label, a, b, prefer) for a, b in (theirs if prefer == "model" else ours) - shared]
            other_name = "slovnet" if prefer == "model" else "model"
            other = (ours if prefer == "model" else theirs) - shared
            kept = both + first
            kept += [(label, a, b, other_name) for a, b in other
                     if not any(_crosses((label, a, b, other_name), k) for k in kept)]
            result += kept
    return sorted(result, key=lambda s: (s[1], -s[2], s[0]))
