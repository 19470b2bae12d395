"""Persons inside the names of things (NEREL tags them PER, nested in the outer name):

- after "имени"/"им.": "Театр имени Евгения Вахтангова", "НИИ им. Склифосовского",
  "Вентилятор им. А. Абдулова" — initials, then a surname, or a first name and a surname;
- an organization named after a person, the name ending it: "Музея Анны Ахматовой";
- "Нобелевская премия": the adjective made from Nobel's name, before "премия" (PER in NEREL
  train 39 times of 39; before other nouns, "нобелевский лауреат", "Нобелевского комитета",
  4 times of 14, so not there).

An eponym already tagged ORG or LOC by slovnet ("Театр имени Моссовета") is left alone.

A disease named after its describer is no mention of a person ("болезнь Паркинсона",
"болезнью Альцгеймера": NEREL train 4 of 5 untagged), unless the article names that person
otherwise: "Болезнь Чавеса" of an article about Уго Чавес is his illness.
"""

import re

from ..link.clusters import same_surname
from ..text.yo import fold

Raw = tuple[str, int, int]
_GAP = "[ \u00a0]"
_INITIALS = f"(?:[А-ЯЁ]\\.{_GAP}?){{0,2}}"
_WORD = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
_NAMED = re.compile(f"(?<![\\w.])(?:имени|им\\.){_GAP}+(?P<name>{_INITIALS}{_WORD})(?:{_GAP}(?P<more>{_WORD}))?"
                    f"(?P<regnal>{_GAP}[IVXL]+(?!\\w))?")  # "имени Эдуарда VII"
_NOBEL = re.compile(r"(?<!\w)[Нн]обелевск[а-яё]+(?=\s+преми)")


def eponym_spans(text: str, spans: list[Raw], parse) -> list[Raw]:
    taken = {(a, b): label for label, a, b in spans}
    found = []
    for match in _NAMED.finditer(text):
        start, stop = match.span("name")
        more = match.group("more")
        first = match.group("name")
        if more and "." not in first and any("Name" in p.tag for p in parse(first)[:2]):
            stop = match.end("more")  # "Евгения Вахтангова"
        if any(g in p.tag for p in parse(first.split()[-1])[:2] for g in ("Orgn", "Abbr")):
            continue  # "Театр имени Моссовета": an organization's name
        if match.group("regnal") and stop == match.end("more" if more else "name"):
            stop = match.end("regnal")
        if taken.get((start, stop)) in (None, "PER"):
            found.append(("PER", start, stop))
    for match in _NOBEL.finditer(text):
        if match.span() not in taken:
            found.append(("PER", *match.span()))
    found += _named_after(text, spans, parse)
    return [s for s in found if (s[1], s[2]) not in taken]


def named_organizations(text: str, spans: list[tuple]) -> list[tuple]:
    """``spans`` with an organization right before "имени"/"им." extended over the person of
    ``spans`` named after it: "[ОмГУ] им. Ф.М. Достоевского" → "[ОмГУ им. Ф.М. Достоевского]",
    "[заводе им]. Серго Орджоникидзе" → "[заводе им. Серго Орджоникидзе]". NEREL writes the
    eponym into the name, the head alone untagged (47 of its 53 such organizations)."""
    ends = {}
    for label, start, stop, *_ in spans:
        match = _NAMED_BEFORE.search(text, max(0, start - 12), start) if label == "PER" else None
        if match:
            ends[match.start()] = stop
    if not ends:
        return spans
    out = {}  # (label, start, stop, source...) in, the same out, once each, in order
    for label, a, b, *rest in spans:
        named = next((n for n in ends if a < n and (b <= n and not text[b:n].strip() or b == n + 2)), None)
        out[(label, a, ends[named], *rest) if label == "ORG" and named is not None else (label, a, b, *rest)] = None
    return list(out)


_NAMED_BEFORE = re.compile(f"(?<![\\w.])(?:имени|им\\.){_GAP}+\\Z")


_NAME_END = re.compile(f"(?P<before>[А-ЯЁа-яё]+){_GAP}(?P<first>{_WORD}){_GAP}(?P<last>{_WORD})$"
                       f"|(?P<noun>[А-ЯЁа-яё]+){_GAP}(?P<surname>{_WORD})$")
_NOT_COMMON = ("Name", "Surn", "Patr", "Abbr", "Init")


def _named_after(text: str, spans: list[Raw], parse) -> list[Raw]:
    """An organization named after a person without "имени", the person ending its name:
    - a first name the dictionary knows and a second capitalized word, both genitive: "Музея
      [Анны Ахматовой]", "Медицинском центре [Джонса Хопкинса]" (NEREL train: 3 such persons
      untagged by slovnet, all PER in NEREL);
    - a common noun and a surname in the genitive that has no nominative reading:
      "Лаборатории [Касперского]", "Дома [Романовых]" (train: 6 of 6), not "Ляпис Трубецкой"."""
    found = []
    for label, start, stop in spans:
        match = _NAME_END.search(text, start, stop) if label == "ORG" else None
        if not match:
            continue
        if match.group("first"):
            first, last = parse(match.group("first")), parse(match.group("last"))
            if first and first[0].is_known and any("Name" in p.tag and p.tag.case == "gent" for p in first) \
                    and any(p.tag.case == "gent" for p in last):
                found.append(("PER", match.start("first"), stop))
            continue
        noun, surname = parse(match.group("noun")), parse(match.group("surname"))
        if noun and noun[0].tag.POS == "NOUN" and not any(g in noun[0].tag for g in _NOT_COMMON) \
                and any("Surn" in p.tag and p.tag.case == "gent" for p in surname) \
                and not any(p.tag.case == "nomn" for p in surname):
            found.append(("PER", match.start("surname"), stop))
    return found


_DISEASE = re.compile(r"(?:болезн|синдром)[а-яё]*[ \u00a0]+$", re.IGNORECASE)


def disease_eponyms(text: str, mentions: list) -> set[int]:
    """Indices of the one-word person mentions that name a disease after a person no other
    person mention of the article names ("болезнь [Паркинсона]")."""
    named = [i for i, m in enumerate(mentions) if m.label == "PER" and " " not in m.text
             and _DISEASE.search(text, max(0, m.start - 20), m.start)]
    if not named:
        return set()
    others = {fold(w) for i, m in enumerate(mentions) if m.label == "PER" and i not in named for w in m.text.split()}
    return {i for i in named if not any(same_surname(fold(mentions[i].text), w) for w in others)}
