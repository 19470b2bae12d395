"""Workplaces told with no position named, by membership:

- *a list after an organization*: the organization, a dash or a colon, then two or more
  persons ("с музыкантами группы СВ — Вадимом Голутвиным, Евгением Казанцевым и Юрием
  Китаевым", "коллег Месси по «Барселоне»: Луиса Суареса, Неймара и Жерара Пике"). On NEREL
  train and dev every person of such a list works at the organization (18 pairs of 18, WORKPLACE
  also through the person's profession; gold mentions); one person alone after the dash is not
  (5 of 9: "«Интерфакс» — Путин заявил"), so a list needs two, and one of them named in full:
  first names alone are a story's people ("«Art in Art»: Анна и Элвис в отражении");
- *a person "из" an organization*: "Роберто Мартинес из «Уигана»", "Игорь Журавлёв из группы
  «Альянс»", "Деррик Роуз из команды Chicago Bulls" (train and dev 12 of 13);
- *an organization in brackets after a person's name*: "Лионель Месси («Барселона»)",
  "Неймар («Барселона»/«ПСЖ»)", "С. Кузина (Департамент Африки МИД России)" (NEREL train and
  dev: 8 pairs, 5 a WORKPLACE; the other 3 a politician's party, NEREL's MEMBER_OF);
- *an organization "под руководством" or "во главе с" a person*, who leads it: "театр под
  руководством Армена Джигарханяна", "оркестра Мариинского театра под управлением Гергиева",
  "секты «Ветвь Давидова» во главе с её лидером Дэвидом Корешом" (up to two words between);
- *colleagues "по" or "из" an organization*: the one whose colleagues they are and the
  colleagues named after it ("коллег Месси по «Барселоне»", "коллега по журналу «Сятко», —
  Любовь Дергачева", "партнеры по сборной Аргентины Хуан Себастьян Верон, Габриэль Хейнце",
  "коллеги из Минкомсвязи Николая Никифорова"; NEREL train and dev: 7 such pairs, all a
  WORKPLACE).
"""

import re
from collections.abc import Sequence

from ..records.relations import Role

_OPENS = re.compile(r"[»\"”]?[ \u00a0]*[—–:][ \u00a0]+")  # after the organization: "» — ", ": "
_NEXT = re.compile(r",[ \u00a0]+|[ \u00a0]+и[ \u00a0]+")  # between the list's persons
# after the person, up to the organization: " из ", " из группы «"
_FROM = re.compile(r"[ \u00a0]+из[ \u00a0]+(?:(?:группы|команды|клуба|компании|партии|ансамбля|коллектива)"
                   r"[ \u00a0]+)?[«\"„“]?")


def _role(text: str, mentions: Sequence, person: int, organization: int) -> Role:
    """A role with no title, its span from the one mention to the other."""
    start = min(mentions[person].start, mentions[organization].start)
    stop = max(mentions[person].stop, mentions[organization].stop)
    return Role(person=person, title=None, start=start, stop=stop, text=text[start:stop], organization=organization)


def _persons_at(text: str, persons: dict[int, int], mentions: Sequence, at: int) -> list[int]:
    """The persons listed from ``at`` on, with ", " or " и " between."""
    listed = []
    while (p := persons.get(at)) is not None:
        listed.append(p)
        gap = _NEXT.match(text, mentions[p].stop)
        if gap is None:
            break
        at = gap.end()
    return listed


def listed_workplaces(text: str, mentions: Sequence) -> list[Role]:
    """The persons listed after an organization, each with it."""
    persons = {m.start: i for i, m in enumerate(mentions) if m.kind == "person"}
    found = []
    for o, org in enumerate(mentions):
        if org.kind != "organization" or not (opens := _OPENS.match(text, org.stop)):
            continue
        listed = _persons_at(text, persons, mentions, opens.end())
        if len(listed) >= 2 and any(" " in mentions[p].text.strip() for p in listed):
            found += [_role(text, mentions, p, o) for p in listed]
    return found


def _starting(mentions: Sequence) -> dict[int, int]:
    """start -> the longest organization mention starting there."""
    organizations: dict[int, int] = {}
    for i, m in enumerate(mentions):
        known = organizations.get(m.start)
        if m.kind == "organization" and (known is None or m.stop > mentions[known].stop):
            organizations[m.start] = i
    return organizations


def from_workplaces(text: str, mentions: Sequence) -> list[Role]:
    """The persons "из" an organization, each with it (the outermost organization there)."""
    organizations = _starting(mentions)
    return [_role(text, mentions, p, organizations[at.end()]) for p, m in enumerate(mentions)
            if m.kind == "person" and (at := _FROM.match(text, m.stop)) and at.end() in organizations]


_BRACKET = re.compile(r"[ \u00a0]*\([ \u00a0]*[«\"„“]?")
_SLASH = re.compile(r"[»\"”]?[ \u00a0]*/[ \u00a0]*[«\"„“]?")
_BRACKET_END = re.compile(r"[»\"”]?[ \u00a0]*[)/,]")  # "(«Барселона»)", "(«Барселона»/«ПСЖ»)", "(Ishome, …)"


def bracketed_workplaces(text: str, mentions: Sequence) -> list[Role]:
    """The person with the organization in brackets right after the name: "Лионель Месси
    («Барселона»)", "Джанлуиджи Буффон (Ювентус)", "С. Кузина (Департамент Африки МИД России)"."""
    organizations = _starting(mentions)
    found = []
    for p, m in enumerate(mentions):
        at = _BRACKET.match(text, m.stop) if m.kind == "person" else None
        o = organizations.get(at.end()) if at else None
        while o is not None and _BRACKET_END.match(text, mentions[o].stop):
            found.append(_role(text, mentions, p, o))
            then = _SLASH.match(text, mentions[o].stop)  # "(«Барселона»/«ПСЖ»)": both
            o = organizations.get(then.end()) if then else None
    return found


_LED = re.compile(r"[»\"”)]?[ \u00a0]+(?:под[ \u00a0]+(?:руководством|управлением)|во[ \u00a0]+главе[ \u00a0]+со?)"
                 r"[ \u00a0]+(?:[а-яё]+(?:-[а-яё]+)*[ \u00a0]+){0,2}")  # "… во главе с [её лидером] "


def led_workplaces(text: str, mentions: Sequence) -> list[Role]:
    """The person an organization is "под руководством" of or "во главе с", with it (the
    outermost organization ending there)."""
    persons = {m.start: i for i, m in enumerate(mentions) if m.kind == "person"}
    ending: dict[int, int] = {}  # stop -> the longest organization ending there
    for i, m in enumerate(mentions):
        known = ending.get(m.stop)
        if m.kind == "organization" and (known is None or m.start < mentions[known].start):
            ending[m.stop] = i
    return [_role(text, mentions, persons[led.end()], o) for o in ending.values()
            if (led := _LED.match(text, mentions[o].stop)) and led.end() in persons]


_COLLEAGUE = re.compile(r"(?<![\w-])(?:коллег|партн[её]р|одноклубни[кц]|сослуживц|сослуживец|напарни[кц])[а-яё]*"
                        r"[ \u00a0]+", re.IGNORECASE)
_OF = re.compile(r"[ \u00a0]*(?:по|из)[ \u00a0]+")  # the colleagues' organization after it
_KIND = re.compile(r"[а-яё]+[ \u00a0]+[«\"„“]?|[«\"„“]")  # "по [группе «]Блестящие»"
_AFTER = re.compile(r"[»\"”]?(?:[ \u00a0]*[,:])?(?:[ \u00a0]*[—–])?[ \u00a0]+")  # "по «Барселоне»: " up to a name


def colleague_workplaces(text: str, mentions: Sequence) -> list[Role]:
    """The persons whose colleagues "по" or "из" an organization the text names, and the
    colleagues named right after it, each with the organization (the outermost starting there)."""
    persons = {m.start: i for i, m in enumerate(mentions) if m.kind == "person"}
    organizations = _starting(mentions)
    found = []
    for word in _COLLEAGUE.finditer(text):
        whose = persons.get(word.end())  # "коллег [Месси] по"
        of = _OF.match(text, mentions[whose].stop if whose is not None else word.end())
        if of is None:
            continue
        o = organizations.get(of.end())
        if o is None and (kind := _KIND.match(text, of.end())):
            o = organizations.get(kind.end())
        if o is None:
            continue
        after = _AFTER.match(text, mentions[o].stop)
        colleagues = _persons_at(text, persons, mentions, after.end()) if after else []
        found += [_role(text, mentions, p, o) for p in ([whose] if whose is not None else []) + colleagues]
    return found


def member_workplaces(text: str, mentions: Sequence) -> list[Role]:
    """Roles without a title (``title`` None; the span from the one mention to the other) for
    the workplaces a list, "из", brackets, "под руководством", "во главе с" or colleagues tell."""
    found = led_workplaces(text, mentions) if "под " in text or "главе" in text else []
    found += bracketed_workplaces(text, mentions) if "(" in text else []
    found += colleague_workplaces(text, mentions)
    if "из" not in text and "—" not in text and "–" not in text and ":" not in text:
        return found
    return listed_workplaces(text, mentions) + from_workplaces(text, mentions) + found
