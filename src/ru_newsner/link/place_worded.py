"""An organization named once with its place's adjective and once with its place's name:
"бельгийская полиция" … "Полиция Бельгии", "Российское правительство" … "Правительство
России". One name opens with an adjective of a place, the other ends with the place, both
place mentions of one location cluster (their keys, ``link.clusters``), and the words besides
are the same ("полиция", "правительство")."""

import re
from collections.abc import Sequence

from ..text.yo import fold

_ADJECTIVE = re.compile(r"(?:[иыо]й|[ая]я|[ое]е|[ое]го|[ое]му|[ыи]м|[ое]й|[ую]ю|[ыи]е|[ыи]х)$")


def place_worded(mentions: Sequence, groups: list[list[int]], place_keys: dict[int, str]) -> list[list[int]]:
    """``groups`` (organization clusters, mention indices) with the one of "<adjective>
    <name>" joined to the one of "<name> <place>" where the adjective and the place have one
    key in ``place_keys`` (location mention index → its cluster's key)."""
    starting: dict[int, list[int]] = {}
    ending: dict[int, list[int]] = {}
    for j in place_keys:
        starting.setdefault(mentions[j].start, []).append(j)
        ending.setdefault(mentions[j].stop, []).append(j)
    adjectived: dict[tuple[str, str], set[int]] = {}  # (words besides, place key) -> groups
    named: dict[tuple[str, str], set[int]] = {}
    for k, group in enumerate(groups):
        for i in group:
            m, words = mentions[i], mentions[i].normal.split()
            for j in starting.get(m.start, ()):
                p = mentions[j]
                if len(words) >= 2 and p.stop < m.stop and " " not in p.text and _ADJECTIVE.search(fold(p.text)):
                    adjectived.setdefault((fold(" ".join(words[1:])), place_keys[j]), set()).add(k)
            for j in ending.get(m.stop, ()):
                p = mentions[j]
                if p.start > m.start and m.normal.endswith(p.text) and (name := m.normal[:-len(p.text)].strip()):
                    named.setdefault((fold(name), place_keys[j]), set()).add(k)
    merged = list(range(len(groups)))

    def find(k: int) -> int:
        while merged[k] != k:
            k = merged[k]
        return k

    for key, by_adjective in adjectived.items():
        for k in named.get(key, ()):
            for a in by_adjective:
                merged[find(a)] = find(k)
    out: dict[int, list[int]] = {}
    for k, group in enumerate(groups):
        out.setdefault(find(k), []).extend(group)
    return [sorted(g) for g in out.values()]
