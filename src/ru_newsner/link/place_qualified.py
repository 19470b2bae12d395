"""An organization named once with its place and once without: "Пресненский суд Москвы" …
"Пресненский суд". The place (a location mention that ends the name) is dropped when the
article names the body without it as well, writes the name with a capital (a proper name, not
"правительство Москвы" … "правительство"), and gives it no other place ("Верховный суд
Татарстана" and "Верховный суд РФ" stay two courts). The name NEREL nests in "<name> <place>"
does not count as written alone: NEREL links it to the kind of body ("Министерство юстиции" in
"Министерство юстиции Великобритании" is any ministry of justice).

NEREL (``bench/clusters.py``): organization pairs dev 280 → 282, P 98.6, R 86.5 → 87.1; train
4,838 → 4,856, P 95.8, R 86.3 → 86.6."""

from collections.abc import Sequence

from ..text.yo import fold


def _without_place(m, ending: Sequence) -> tuple[str, str] | None:
    """(folded name without its place, folded place) for an organization whose name ends in
    one of the ``ending`` place mentions (those that stop where it stops)."""
    for p in ending:
        if m.start < p.start and m.normal.endswith(p.text):
            name = m.normal[:len(m.normal) - len(p.text)].rstrip()
            if len(name.split()) >= 2 and name[:1].isupper():
                return fold(name), fold(p.normal)
    return None


def place_qualified(mentions: Sequence, groups: list[list[int]], bases: dict[int, str],
                    countried: set[int]) -> list[list[int]]:
    """``groups`` (organization clusters, mention indices) with each one of names "<name>
    <place>" joined to the one of "<name>" alone, when the name comes with that place only.
    ``bases``: each mention's name without quotes, legal form and a trailing country
    (``clusters.org_base``); ``countried``: the mentions that had such a country."""
    ending: dict[int, list] = {}  # stop -> the places that stop there
    for m in mentions:
        if m.kind == "location":
            ending.setdefault(m.stop, []).append(m)
    owner = {i: k for k, group in enumerate(groups) for i in group}
    spans = [(mentions[i].start, mentions[i].stop) for i in owner]
    bare: dict[str, int] = {}       # folded name -> group of a mention written so
    stripped: set[str] = set()      # names the article also writes with a country ("… России")
    qualified: dict[str, dict[str, set[int]]] = {}  # name -> place -> groups
    for i, k in owner.items():
        m, key = mentions[i], fold(bases[i])
        if i in countried:
            stripped.add(key)
        elif not any(a <= m.start and m.stop <= b and (a, b) != (m.start, m.stop) for a, b in spans):
            bare.setdefault(key, k)  # written alone, not the name nested in "<name> <place>"
        found = _without_place(m, ending.get(m.stop, ()))
        if found is not None:
            qualified.setdefault(found[0], {}).setdefault(found[1], set()).add(k)
    merged = {k: k for k in range(len(groups))}
    for key, by_place in qualified.items():
        if key in bare and key not in stripped and len(by_place) == 1:
            for k in next(iter(by_place.values())):
                merged[k] = bare[key]
    out: dict[int, list[int]] = {}
    for k, group in enumerate(groups):
        out.setdefault(merged[k], []).extend(group)
    return [sorted(g) for g in out.values()]
