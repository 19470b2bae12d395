"""Finding acts: a head word (``закон``, ``УК``, ``постановление``) extended by what follows it."""

import re
from dataclasses import dataclass, field

from .gazetteer import Code, code_by_abbr, code_by_adjectives, lookup
from .morph import is_adjective, nominative_place, pos
from .parse import quoted
from .patterns import (
    ADJ_BEFORE,
    ADJ_STOP,
    ATTR_ABBR,
    ATTR_ARTICLE,
    ATTR_CLAUSE,
    ATTR_DATE,
    ATTR_DESCRIPTOR,
    ATTR_EDITION,
    ATTR_NAME,
    ATTR_NUMBER,
    HEAD_RULES,
    MONTHS,
    attr_issuer,
    attr_jurisdiction,
    code_abbr_regex,
)

Slice = tuple[int, int]


@dataclass
class Act:
    """One act mention being built: the head, then the attributes found after it."""

    rule: str
    kind: str
    start: int
    head_stop: int
    word_start: int  # start of the head noun, after any adjective
    stop: int = 0
    code: Code | None = None
    attrs: dict[str, Slice] = field(default_factory=dict)
    normals: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        self.stop = self.stop or self.head_stop


def heads(text: str) -> list[Act]:
    """All head words, overlaps resolved in favour of the earlier, then longer, match."""
    found = [
        Act("code_abbr", "code", m.start(), m.end(), m.start(), code=code_by_abbr()[m.group()],
            normals={"head": m.group(), "named": "1" if _NAMED.match(text, m.end()) else ""})
        for m in code_abbr_regex().finditer(text)
    ]
    low = text.lower()
    for rule in HEAD_RULES:
        if not any(stem in low for stem in rule.stems):
            continue
        for m in rule.regex.finditer(text):
            word_start = m.end() - len(m.group().split()[-1])
            act = Act(rule.name, rule.kind, m.start(), m.end(), word_start)
            act.normals["head"] = text[word_start:m.end()]
            if rule.name == "fz_number":
                act.attrs["number"] = m.span()
            before = ADJ_BEFORE[rule.adj].search(text, max(0, m.start() - 60), m.start()) if (
                rule.adj) else None
            if before is not None:
                adj_start = _adjectives_start(text, before.start(1), before.end(1), rule.name,
                                              act.normals["head"])
                if adj_start is not None:
                    act.start = adj_start
                    act.attrs["adj"] = (adj_start, before.end(1))
                    act.normals["adj"] = text[adj_start:before.end(1)]
            found.append(act)
    for act in found:
        act.normals["first"] = text[act.start]
        before = text[max(0, act.start - 3):act.start].rstrip()
        act.normals["before"] = before[-1:] or "."
        act.normals["after"] = text[act.head_stop:act.head_stop + 1]
        if act.rule == "code_abbr" and _LEGAL_FORM.search(text, max(0, act.start - 6), act.start):
            act.normals["named"] = "1"
    found.sort(key=lambda a: (a.start, -a.head_stop))
    kept: list[Act] = []
    for act in found:
        if kept and act.start < kept[-1].head_stop:
            continue
        kept.append(act)
    return kept


_LEGAL_FORM = re.compile(r"\b(?:ООО|ОАО|ЗАО|ПАО|АО|НКО)[ \t\xa0]+$")
_NAMED = re.compile(r"[ \t\xa0]*[«\"A-ZА-ЯЁ]")
_CAPITAL_ONLY = re.compile(r"[Пп]ротокол|[Дд]екларац|[Хх]арти|[Сс]татут|[Пп]акт")


_PLACE_PLURAL = re.compile(r"[А-ЯЁ][а-яё]+(?:ск|цк)(?:ие|их|им|ими)")


def _adjectives_start(text: str, start: int, stop: int, rule: str, noun: str) -> int | None:
    """Start of the adjectives that belong to the act name, or None when none do."""
    words = list(re.finditer(r"\S+", text[start:stop]))
    keep = None
    for w in reversed(words):
        word = w.group()
        if word.lower() in ADJ_STOP or not is_adjective(word):
            break
        if rule == "treaty" and ("-" in word or word.endswith(("ые", "ие", "ых", "их", "ыми"))) \
                and not _PLACE_PLURAL.fullmatch(word):
            break  # "международные договоры"; but a place's "Минские соглашения", "Женевских конвенций"
        if rule == "treaty" and _CAPITAL_ONLY.match(noun) and not word[0].isupper():
            break
        if keep is not None and word[0].islower() and text[start + keep].isupper():
            break
        keep = w.start()
    return None if keep is None else start + keep


def extend(text: str, act: Act) -> Act:
    """Take the attributes that follow the head: jurisdiction, issuer, date, number, title…"""
    if act.rule == "code_full" and "adj" in act.attrs:
        act.code = code_by_adjectives(text[slice(*act.attrs["adj"])])
    pos_ = act.head_stop
    while (step := _next_attr(text, act, pos_)) is not None:
        name, span, stop = step
        act.attrs[name] = span
        pos_ = act.stop = stop
    _to_closing_quote(text, act)
    return act


_QUOTED_HEADS = frozenset({"law", "bill", "decree", "treaty", "fed_law", "package"})


def _to_closing_quote(text: str, act: Act) -> None:
    """``«указ против анонимности в Сети»``: a quoted act name runs to its closing quote."""
    if act.rule not in _QUOTED_HEADS or act.start == 0 or text[act.start - 1] not in "«„“":
        return
    span = quoted(text, act.start - 1)
    if span is None or span[0] != act.start or span[1] <= act.stop or span[1] - span[0] > 150:
        return
    rest = text[act.stop:span[1]]
    if re.search(r"[.!?;]", rest) or not (act.attrs.keys() & {"descr", "name"} or re.match(
            r"\s+(?:о|об|против|по|в\s+поддержку)\s", text[act.head_stop:span[1]])):
        return
    act.attrs["descr"] = (act.attrs.get("descr", (act.head_stop + 1,))[0], span[1])
    act.stop = span[1]


def _next_attr(text: str, act: Act, at: int) -> tuple[str, Slice, int] | None:
    has = act.attrs
    if "title" in has and act.kind != "treaty":  # "Закон Омской области «О …» от 18.11.2002 № 407-ОЗ"
        if "date" not in has and (m := ATTR_DATE.match(text, at)):
            return "date", m.span("date"), m.end()
        if "number" not in has and (m := ATTR_NUMBER.match(text, at)):
            return "number", m.span("number"), m.end()
        return None
    if "title" in has or "clause" in has or "article" in has:
        return None
    if "descr" in has:
        m = ATTR_DATE.match(text, at)
        return ("date", m.span("date"), m.end()) if m and "date" not in has else None
    if act.kind == "constitution" and "edition" not in has and (m := ATTR_EDITION.match(text, at)):
        return "edition", m.span("edition"), m.end()
    if "jur" not in has and "issuer" not in has and (m := attr_jurisdiction().match(text, at)):
        act.normals["jur"] = lookup("jurisdictions.tsv", m.group("jur")) or nominative_place(m.group("jur"))
        act.normals["jur_written"] = re.sub(r"\s+", " ", m.group("jur"))
        return "jur", m.span("jur"), m.end()
    if not has.keys() & {"jur", "issuer", "name", "date", "number"}:
        if act.rule in ("law", "package", "bill") and (m := ATTR_NAME.match(text, at)):
            if not lookup("jurisdictions.tsv", m.group("name")):
                return "name", m.span("name"), m.end()
        if act.rule == "treaty" and (m := ATTR_ABBR.match(text, at)):
            return "name", m.span("name"), m.end()
    if "issuer" not in has and act.kind not in ("code", "constitution") and (
            m := attr_issuer().match(text, at)):
        return "issuer", m.span("issuer"), m.end()
    if "date" not in has and (m := ATTR_DATE.match(text, at)):
        return "date", m.span("date"), m.end()
    if "number" not in has and (m := ATTR_NUMBER.match(text, at)):
        return "number", m.span("number"), m.end()
    q = re.compile(r"\s*").match(text, at).end()
    if act.kind not in ("code", "article_reference"):
        if (span := quoted(text, q)) is not None:
            return "title", span, span[1] + 1
    if act.kind == "code" and (m := ATTR_ARTICLE.match(text, at)):
        return "article", m.span("article"), _after_quote(text, m.end())
    if act.kind == "code":
        m = re.compile(r"\s+(об\s+административных\s+правонарушениях)\b").match(text, at)
        return ("descr", m.span(1), m.end()) if m else None
    if act.rule in ("law", "bill") and not has and (m := ATTR_CLAUSE.match(text, at)):
        return "clause", m.span("clause"), m.end()
    if "number" in has or "date" in has or act.rule in ("resolution", "order"):
        return None
    if act.kind != "constitution" and (m := ATTR_DESCRIPTOR.match(text, at)):
        stop = descriptor_stop(text, m.start("descr"), m.end("descr"))
        if stop is not None:
            words = text[m.start("descr"):stop].split()
            act.normals["descr_capital"] = "1" if words[1][:1].isupper() else ""
            return "descr", (m.start("descr"), stop), stop
    return None


def _after_quote(text: str, at: int) -> int:
    """Past a quoted article title written right after: ``КоАП РФ ст. 20.3 «…»``."""
    m = re.compile(r"[ \t\xa0]+(?=«)").match(text, at)
    span = quoted(text, m.end()) if m else None
    return span[1] + 1 if span else at


_STOP_POS = frozenset({"VERB", "INFN", "PRTS", "ADVB", "PRCL", "PRED", "GRND", "NPRO", "COMP"})
_WORD = re.compile(r"«[^»\n]{1,60}»|[\w-]+|\S")


def descriptor_stop(text: str, start: int, stop: int) -> int | None:
    """Cut an ``о/об …`` descriptor before punctuation, a verb, a name or a dated phrase."""
    words = list(_WORD.finditer(text, start, stop))
    end, between, paired = None, False, -1
    # a line in capitals ("ЗАКОН О ЗАЩИТЕ ДАННЫХ", a headline) says nothing by its capitals
    line_end = text.find("\n", start, stop)
    line_end = stop if line_end < 0 else line_end  # the descriptor's own line
    capitals = [w.group() for w in words if w.start() < line_end and w.group()[:1].isalpha() and len(w.group()) > 1]
    shouted = len(capitals) > 1 and all(w.isupper() for w in capitals)
    for i, w in enumerate(words):
        word = w.group()
        if not (word[0].isalnum() or word[0] == "«") or word == "«" or _latin(word):
            break
        if word == "и" and i + 1 < len(words) and (between or _and_continues(words[i + 1].group())) \
                and not _act_follows(text, words, i + 1):
            if between:  # "между Москвой и Московской областью": the pair's second half goes on
                between, paired = False, i + 1
            continue
        between = between or word.lower() == "между"
        if i < 1:
            end = w.end()
            continue
        prev = words[i - 1].group().lower()
        if word[0] == "«":
            end = w.end()
            continue
        tag = pos(word.lower()) if word[0].isalpha() else "NUMB"
        if tag in _STOP_POS or tag == "NUMB" or word.lower() in ("и", "а", "но", "или", "ещё"):
            break
        if tag == "PREP" and i + 1 < len(words) and _date_word(words[i + 1].group()):
            break
        if paired == i - 1 and word[0].isupper() and words[i - 1].group()[0].isupper():
            paired = i  # the pair's second half is a name of several words: "и Южной Осетией"
        if word[0].isupper() and not (shouted and w.start() < line_end) and pos(prev) != "PREP" and i != paired and not _jurisdiction_at(words, i) and not (
                i > 0 and _jurisdiction_at(words, i - 1) and not lookup("jurisdictions.tsv", words[i - 1].group())):
            break  # the second word of a two-word jurisdiction goes on: "в Российской Федерации"
        if _nominative_noun(word) and pos(prev) not in ("PREP", "ADJF", "CONJ"):
            break
        end = w.end()
    if end is None or len(words) < 2 or end <= words[0].end():
        return None
    if words[1].group().lower() in ("том", "чем", "этом", "котором") or pos(
            words[1].group().lower()) in ("NPRO", "ADVB", "CONJ", "PRCL"):
        return None
    while pos(text[start:end].split()[-1].lower()) in ("PREP", "CONJ") and end > words[1].end():
        end = start + text[start:end].rstrip().rfind(" ")
    return end


def _act_follows(text: str, words: list[re.Match], i: int) -> bool:
    """Whether another act's head opens at ``words[i]``, past its adjectives ("… о стабилизации
    и ассоциации и [переходное торговое соглашение]": two acts, not one title)."""
    while i < len(words) and words[i].group()[:1].isalpha() and is_adjective(words[i].group().lower()):
        i += 1
    return i < len(words) and any(rule.regex.match(text, words[i].start()) for rule in HEAD_RULES)


def _date_word(word: str) -> bool:
    return word[0].isdigit() or bool(re.match(MONTHS, word.lower()))


def _and_continues(word: str) -> bool:
    """``о правах и свободах``: a lowercase noun or adjective after ``и`` goes on the phrase."""
    return word in ("о", "об") or word[0].islower() and pos(word) in ("NOUN", "ADJF")


def _jurisdiction_at(words: list[re.Match], i: int) -> bool:
    """Whether a jurisdiction (``России``, ``Российской Федерации``) starts at ``words[i]``."""
    one = words[i].group()
    two = f"{one} {words[i + 1].group()}" if i + 1 < len(words) else one
    return bool(lookup("jurisdictions.tsv", one) or lookup("jurisdictions.tsv", two))


def _latin(word: str) -> bool:
    return bool(re.match(r"[A-Za-z]", word))


def _nominative_noun(word: str) -> bool:
    from .morph import analyzer

    parse = analyzer().parse(word.lower())[0]
    return parse.tag.POS == "NOUN" and parse.tag.case in ("nomn",)
