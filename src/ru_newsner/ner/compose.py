"""Span-level rules over slovnet's output that follow NEREL's conventions.

- ``org_of_place``: "Минпромторга" (ORG) + "России" (LOC) → ORG "Минпромторга России",
  the LOC kept nested inside it ("ВС США", "Полиция Малайзии", "правительства Омской области");
  likewise an ORG followed by a capitalized ORG: "ГУ" + "МВД России" → "ГУ МВД России",
  "Международный трибунал" + "ООН"; not a news agency a report is told to ("в полиции РИА
  Новости").
- ``name_and_abbreviation``: "Федеральной службой … (Роскомнадзор)" → the full name and the
  abbreviation as two ORG mentions, parentheses left out.
- ``bracketed_abbreviation`` (called with a parser, after the others): "Верховный суд России
  (ВС)": the bracketed abbreviation after an ORG is an ORG unless it names a place.
- ``latin_gloss``: "«Хьюстон Кроникл» (Houston Chronicle)", "Тарнак (Tarnak)": a Latin name in
  brackets right after a Cyrillic organization or place is its original spelling, a mention of
  the same type (train: 36 of the 41 such glosses are annotated so; slovnet missed 5).
- ``quoted_name``: "ОАО «Башкирэнерго»", "группы ''The Beatles''" → the quoted name nested as an
  ORG of its own (NEREL annotates it more often than the whole: 37 against 15 on train).
"""

import re

Raw = tuple[str, int, int]
_PAREN = re.compile(r"^(?P<full>.+?)\s*\((?P<abbr>[^()]+)\)$")
_QUOTED = re.compile(r"\S.*?\s*(?:«(?P<a>[^«»]+)»?|\"(?P<b>[^\"]+)\"?|''(?P<c>[^']+)(?:'')?|„(?P<d>[^„“]+)“?)$")


# news agencies a report is told to ("сообщили в полиции РИА Новости", "цитирует слова
# руководителя палаты РИА Новости"): no body's name goes on with them (NEREL train + dev: no
# organization ends with one; only "Русской службе BBC" with a Latin one)
AGENCY = re.compile(r"(?:РИА\s+(?:«|\")?Новост\w*(?:»|\")?|(?:ИТАР-)?ТАСС|Интерфакс\w*|РБК)")


# a territorial office is a Russian-named body's ("ГУ МВД России по Москве"), not a Latin-named
# outlet's topic ("Видеосводка от ANNA NEWS по Донбассу")
_CYRILLIC = re.compile("[А-Яа-яЁё]")


# what joins a name to the place or name after it: a blank, or a territorial office's "по"
# ("ГУ МВД России по Москве", "… по городу Омску", "… по г. Москве")
GAPS = (" ", "\xa0", " по ", " по городу ", " по г. ", " по г.")


def org_of_place(text: str, spans: list[Raw], parse=None) -> list[Raw]:
    """Organizations composed with the place or organization after them (the module's doc);
    with ``parse``, only a place that can be in the genitive or the nominative: "МИД России",
    "суда США", not the object after a body that acts ("Решением ЕСПЧ [Россию] обязали")."""
    ordered = sorted(spans, key=lambda s: (s[1], -s[2]))
    extra: list[Raw] = []
    offices: set[Raw] = set()
    for _ in range(3):  # chains: "ГУ" + "МВД" + "России" → "ГУ МВД России"
        starts: dict[int, list[Raw]] = {}
        for s in ordered + extra:
            starts.setdefault(s[1], []).append(s)
        found = []
        for left in ordered + extra:
            for gap in GAPS:
                for right in starts.get(left[2] + len(gap), ()):
                    office = gap.startswith(" по ")
                    if left[0] == "ORG" and right[0] in ("LOC", "ORG") and text[left[2]:right[1]] == gap \
                            and (right[0] == "LOC" or text[right[1]:right[1] + 1].isupper()) \
                            and (right[0] != "LOC" or office or parse is None
                                 or _genitive(text, right[1], right[2], parse)) \
                            and (not office or right[0] == "LOC" and _CYRILLIC.search(text, left[1], left[2])) \
                            and not (right[0] == "ORG" and AGENCY.fullmatch(text, right[1], right[2])):
                        span = ("ORG", left[1], right[2])
                        if span not in extra and span not in found:
                            found.append(span)
                        if office:
                            offices.add(span)
        if not found:
            break
        extra += found
    extra = [s for s in extra if not (s in offices and _branch_of(text, s, ordered + extra))]
    longest = {}  # start -> stop of the composed ORG starting there
    for _, a, b in extra:
        longest[a] = max(b, longest.get(a, b))
    kept = [s for s in ordered if not (s[0] == "ORG" and s[2] < longest.get(s[1], -1))]
    return kept + [s for s in extra if s[2] == longest[s[1]]]


# a territorial branch: "[Главное] управление", "ГУ", right before the body it is a branch of
_BRANCH = re.compile(r"(?:(?<![\w-])ГУ|[Уу]правлени[еяюи]|[Уу]правлением)\s+$")


def _branch_of(text: str, span: Raw, spans: list[Raw]) -> bool:
    """A territorial office inside a branch's that ends with it ("ГУ [МВД России по Москве]",
    "Следственном управлении [Следственного комитета Армении по Гегаркуникской области]"): the
    territory is the branch's, the inner one is no body of its own (NEREL train + dev: 12 such
    inner offices unannotated, 2 annotated)."""
    return any(o[0] == "ORG" and o[1] < span[1] and o[2] == span[2] and _BRANCH.search(text, o[1], span[1])
               for o in spans)


_FIRST_WORD = re.compile(r"[А-Яа-яЁё-]+")


def _genitive(text: str, start: int, stop: int, parse) -> bool:
    """A place's first word can be in the genitive or the nominative (a name in apposition:
    "ОМПБ Винница"), or does not decline ("США", "Сочи", "Germany"); "Россию", "Украиной",
    "Москве" cannot."""
    word = _FIRST_WORD.match(text, start, stop)
    if word is None:
        return True
    parses = parse(word.group())
    return not parses or any(p.tag.case in ("gent", "gen2", "nomn", None) or "Fixd" in p.tag for p in parses)


def name_and_abbreviation(text: str, spans: list[Raw]) -> list[Raw]:
    result = []
    for label, start, stop in spans:
        match = _PAREN.match(text[start:stop]) if label == "ORG" else None
        if not match:
            result.append((label, start, stop))
            continue
        result.append((label, start, start + match.end("full")))
        result.append((label, start + match.start("abbr"), start + match.end("abbr")))
    return result


_ABBR = re.compile(r"[A-ZА-ЯЁ][A-ZА-ЯЁ&]{1,7}")


def bracketed_abbreviation(text: str, spans: list[Raw], parse) -> list[Raw]:
    """An abbreviation in brackets right after an organization's name is the organization's:
    "Верховный суд России (ВС)", "Федеральной налоговой службе РФ (ФНС)" (slovnet says LOC;
    train: 6 such, all ORG in NEREL), unless pymorphy3 knows it as a place ("федеральный суд
    Сан-Франциско (США)")."""
    ends = {stop for label, _, stop in spans if label == "ORG"}
    result = []
    for label, start, stop in spans:
        if label == "LOC" and _ABBR.fullmatch(text, start, stop) and text[start - 1:start] == "(" \
                and text[stop:stop + 1] == ")" and (start - 2 in ends or start - 1 in ends) \
                and not any("Geox" in p.tag for p in parse(text[start:stop])):
            label = "ORG"
        result.append((label, start, stop))
    return result


_GLOSS = re.compile(r"[»\"“]?[ \u00a0]*\(([A-Z][A-Za-z0-9.&'’ -]*[A-Za-z0-9.])(?=[;,)])")
_CYRILLIC = re.compile(r"[А-Яа-яЁё]")


def latin_gloss(text: str, spans: list[Raw]) -> list[Raw]:
    taken = {(a, b) for _, a, b in spans}
    outer: dict[int, Raw] = {}  # stop -> the longest ORG/LOC span ending there
    for span in spans:
        if span[0] in ("ORG", "LOC") and (span[2] not in outer or span[1] < outer[span[2]][1]):
            outer[span[2]] = span
    result = list(spans)
    for label, start, stop in outer.values():
        match = _GLOSS.match(text, stop)
        if match and _CYRILLIC.search(text, start, stop) and match.span(1) not in taken:
            result.append((label, *match.span(1)))
    return result


def quoted_name(text: str, spans: list[Raw]) -> list[Raw]:
    result = list(spans)
    for label, start, stop in spans:
        match = _QUOTED.match(text, start, stop) if label == "ORG" else None
        group = next((g for g in "abcd" if match and match.group(g) is not None), None)
        if group and match.start(group) > start + 1:
            a, b = match.span(group)
            while b > a and text[b - 1].isspace():
                b -= 1
            if text[a:a + 1].isupper() or text[a:a + 1].isdigit():
                result.append((label, a, b))
    return result


RULES = (name_and_abbreviation, org_of_place, quoted_name, latin_gloss)


def compose(text: str, spans: list[Raw], parse=None) -> list[Raw]:
    """``RULES`` in turn; ``parse`` (pymorphy3's) lets ``org_of_place`` read a place's case."""
    for rule in RULES:
        spans = rule(text, spans, parse) if rule is org_of_place else rule(text, spans)
    return sorted(set(spans), key=lambda s: (s[1], -s[2]))
