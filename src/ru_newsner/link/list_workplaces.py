"""Workplaces a list gives: an organization, a dash or a colon, then two or more persons
("с музыкантами группы СВ — Вадимом Голутвиным, Евгением Казанцевым и Юрием Китаевым",
"коллег Месси по «Барселоне»: Луиса Суареса, Неймара и Жерара Пике", "высшее руководство
Китая — Ли Кэцян, Ли Чжаньшу, …"). On NEREL train and dev every person of such a list works at
the organization (18 pairs of 18, WORKPLACE also through the person's profession; gold
mentions); one person alone after the dash is not (5 of 9: "«Интерфакс» — Путин заявил"), so
a list needs two, and one of them named in full: first names alone are a story's people
("«Art in Art»: Анна и Элвис в отражении").
"""

import re
from collections.abc import Sequence

from ..records.relations import Role

_OPENS = re.compile(r"[»\"”]?[ \u00a0]*[—–:][ \u00a0]+")  # after the organization: "» — ", ": "
_NEXT = re.compile(r",[ \u00a0]+|[ \u00a0]+и[ \u00a0]+")  # between the list's persons


def list_workplaces(text: str, mentions: Sequence) -> list[Role]:
    """Roles without a title (``title`` None; the span from the organization to the person)
    for the persons listed after an organization."""
    if "—" not in text and "–" not in text and ":" not in text:
        return []
    persons = {m.start: i for i, m in enumerate(mentions) if m.kind == "person"}
    found = []
    for o, org in enumerate(mentions):
        if org.kind != "organization" or not (opens := _OPENS.match(text, org.stop)):
            continue
        listed, at = [], opens.end()
        while (p := persons.get(at)) is not None:
            listed.append(p)
            gap = _NEXT.match(text, mentions[p].stop)
            if gap is None:
                break
            at = gap.end()
        if len(listed) < 2 or all(" " not in mentions[p].text.strip() for p in listed):
            continue
        found += [Role(person=p, title=None, start=org.start, stop=mentions[p].stop,
                       text=text[org.start:mentions[p].stop], organization=o) for p in listed]
    return found
