"""The engine: heads → acts → article paths → nested spans, each tagged with its rule."""

import re
from dataclasses import dataclass

from .acts import Act, extend, heads
from .parse import quoted
from .patterns import ARTICLE_TITLE, PATH_GLUE, PATH_KEYED, PATH_NOUN, PRE_BEFORE, triggered

# Act rules that alone (no jurisdiction, issuer, number, date, name) only have their quoted
# title annotated in NEREL: «закон «О полиции»» gives just «О полиции».
PLAIN_RULES = frozenset({"law", "bill", "decree", "resolution", "order", "treaty", "fed_law"})
NEEDS_ATTR = frozenset({
    "fed_const_law", "fed_law", "fz", "const_law", "law", "bill", "package", "decree",
    "resolution", "order",
})


@dataclass(frozen=True)
class Hit:
    """One span to return, with the rule that produced it and what it is made of."""

    start: int
    stop: int
    rule: str
    act: Act | None = None
    path: tuple[tuple[int, int], ...] = ()  # path elements written before the act


def accepted(act: Act, after_path: bool) -> bool:
    """Whether a head with its attributes is a mention on its own."""
    attrs = act.attrs.keys() - {"adj"}
    if act.rule == "code_abbr":
        flag = act.code.standalone if act.code else "any"
        if after_path or "jur" in attrs and flag != "path":
            return True
        if act.normals.get("named"):
            return False
        return flag in ("any", "word")
    if act.rule == "code_full":
        return "adj" in act.attrs or bool(attrs) or after_path
    if act.rule in ("constitution", "amendment", "traffic_rules", "fz_number"):
        return True
    if act.rule == "article_about":
        return "descr" in attrs and act.normals.get("descr_capital") != "1"
    if act.rule == "treaty":
        if _quoted_name(act):
            return False
        if re.match(r"[Пп]ротокол|[Хх]арти|[Сс]татут", act.normals["head"]):
            return "adj" in act.attrs or bool(attrs & {"title", "name"})
        if re.match(r"[Дд]екларац", act.normals["head"]):
            return "adj" in act.attrs or bool(attrs & {"title", "name", "descr"})
        return "adj" in act.attrs or bool(attrs) or after_path
    if _capital_word(act) and not _sentence_start(act):
        return True
    if act.rule in NEEDS_ATTR:
        if act.rule == "order":
            attrs -= {"descr"}
        if _plural(act) and attrs <= {"jur", "issuer"}:
            return after_path
        return bool(attrs - {"issuer"}) or after_path
    return False


def _quoted_name(act: Act) -> bool:
    """``партия «Национальная конвенция»``: a name in quotes, not an act."""
    return act.normals.get("before", "") in "«“„\"'" and act.normals.get("after", "") in "»”“\"'"


def _capital_word(act: Act) -> bool:
    """``Указ``, ``Конвенция`` capitalized inside a sentence name one specific act."""
    head = act.normals["head"]
    return head[0].isupper() and bool(re.match(r"Указ|Конвенц|Закон(?!оп)", head)) and (
        act.start == act.word_start)


def _plain(act: Act) -> bool:
    """An act named only by a lowercase head and its quoted title: NEREL marks the title."""
    if act.rule not in PLAIN_RULES or not act.attrs.keys() <= {"title"}:
        return False
    return act.normals["first"].islower() or act.rule == "law" and _sentence_start(act)


def _sentence_start(act: Act) -> bool:
    return act.normals.get("before", ".") in ".!?\n«»\"…"


def _plural(act: Act) -> bool:
    """The head is plural: "законы", "указов"; a treaty's by its plural adjective too ("Минские
    соглашения", "Женевских конвенций") or its head ("договоры")."""
    if act.rule == "treaty":
        return bool(re.search(r"(?:ие|ые|ых|их|ыми|ими)$", act.normals.get("adj", ""))  # not "-ым": "коалиционным"
                    or re.search(r"(?:ы|ов|ам|ами|ах|ям|ями|ях|ий)$", act.normals.get("head", "")))
    return act.rule in ("law", "decree", "order", "bill") and bool(
        re.search(r"(?:ы|ов|ам|ами|ах|и|й)$", act.normals.get("head", "")))


def act_hits(act: Act) -> list[Hit]:
    """The act span and the spans nested in it (title, bare head, prefix before the title)."""
    attrs = act.attrs
    hits: list[Hit] = []
    if "title" in attrs:
        plain = _plain(act)
        hits.append(Hit(*attrs["title"], "title" if plain else "title_inner", act))
        if plain:
            return hits
    hits.append(Hit(act.start, act.stop, act.rule, act))
    if act.rule == "amendment":
        hits.append(Hit(act.word_start, act.stop, "amendment_constitution", act))
        hits.append(Hit(act.word_start, act.head_stop, "constitution_word", act))
    elif act.kind in ("code", "constitution") and "jur" in attrs:
        hits.append(Hit(act.start, act.head_stop, act.rule + "_head", act))
        if attrs["jur"][1] < act.stop:
            hits.append(Hit(act.start, attrs["jur"][1], act.rule + "_jur", act))
    elif act.kind == "constitution" and "edition" in attrs:
        hits.append(Hit(act.start, act.head_stop, act.rule + "_head", act))
    if (span := attrs.get("number")) and attrs.keys() & {"date", "issuer"} and (
            span[0] > min(attrs.get("date", span)[0], attrs.get("issuer", span)[0])):
        hits.append(Hit(*span, "number", act))
    if act.kind == "constitution" and act.word_start > act.start:
        hits.append(Hit(act.word_start, act.head_stop, "constitution_word", act))
    return hits


def path_elements(text: str) -> list[tuple[int, int]]:
    """Spans of path elements: ``ст. 104``, ``части 2``, ``п. «б»``, ``42-й статьи``."""
    found = [m.span() for m in PATH_KEYED.finditer(text) if _word_start(text, m.start())]
    for m in PATH_NOUN.finditer(text):
        pre = PRE_BEFORE.search(text, max(0, m.start() - 24), m.start())
        if pre and _word_start(text, m.start()):
            found.append((pre.start(), m.end()))
    found.sort(key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _word_start(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")


def path_chains(text: str) -> list[list[tuple[int, int]]]:
    """Runs of path elements (``п. 6 ч. 2 ст. 104``) glued by spaces or commas."""
    chains: list[list[tuple[int, int]]] = []
    for span in path_elements(text):
        if chains and PATH_GLUE.fullmatch(text, chains[-1][-1][1], span[0]):
            chains[-1].append(span)
        else:
            chains.append([span])
    return chains


_SPACE = re.compile(r"[ \t\xa0]*")
# ``статье 20.2 (организация массового мероприятия) КоАП``: a parenthesis before the code.
_GAP = re.compile(r"[ \t\xa0]*(?:\([^()\n]{1,80}\)[ \t\xa0]*)?")


def find_hits(text: str) -> list[Hit]:
    """All spans with their rules; duplicates (same span) keep the first hit."""
    if not triggered(text):
        return []
    acts = [extend(text, act) for act in heads(text)]
    by_start = {act.start: act for act in acts}
    hits: list[Hit] = []
    used: set[int] = set()
    for chain in path_chains(text):
        after = _GAP.match(text, chain[-1][1]).end()
        act = by_start.get(after) if after > chain[-1][1] else None
        if act is None or act.kind not in ("code", "constitution"):
            after = _SPACE.match(text, chain[-1][1]).end()
            act = by_start.get(after) if after > chain[-1][1] else None
        if act is not None and accepted(act, after_path=True):
            used.add(act.start)
            hits.extend(act_hits(act))
            stop = act.stop
        elif _bare_chain_ok(text, chain) and not _inside_act(acts, chain[0][0]):
            act, stop = None, chain[-1][1]
        else:
            continue
        stop = _article_title_stop(text, stop)
        commas = [i for i in range(1, len(chain)) if "," in text[chain[i - 1][1]:chain[i][0]]]
        for i, (start, _) in enumerate(chain):
            if i and commas and commas[-1] > i:
                continue  # an inner level runs over a list: "ч. 3 [ст. 30, ч. 1 ст. 318] УК РФ"
            hits.append(Hit(start, stop, "path_inner" if i else "path", act, tuple(chain[i:])))

    for act in acts:
        if act.rule == "fz_number" and _inside_act(acts, act.start):
            continue  # "Закон 152-ФЗ": the law's own number
        if act.start not in used and accepted(act, after_path=False):
            hits.extend(act_hits(act))
    seen: set[tuple[int, int]] = set()
    unique = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.stop)):
        if (hit.start, hit.stop) not in seen and hit.stop > hit.start:
            seen.add((hit.start, hit.stop))
            unique.append(hit)
    return unique


def _article_title_stop(text: str, at: int) -> int:
    """Past the article's own title: ``ч. 2 ст. 214 «Вандализм»`` (not a parenthesized one)."""
    m = ARTICLE_TITLE.match(text, at)
    span = quoted(text, m.end()) if m else None
    return span[1] + 1 if span else at


def _inside_act(acts: list[Act], at: int) -> bool:
    return any(a.start < at < a.stop and accepted(a, after_path=False) for a in acts)


def _bare_chain_ok(text: str, chain: list[tuple[int, int]]) -> bool:
    """A path with no act after it: kept when it names an article."""
    return any(
        re.match(r"(?i)ст|\d+\S*\s+стат|\w+\s+стат|[а-я.]+\s*\d+\.\d+\.\d", text[s:e])
        for s, e in chain)
