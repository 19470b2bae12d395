"""Record fields of a hit: kind, title, number, date, issuer, jurisdiction, path and normal.

Normal-form policy:

* an act: its head phrase (adjectives + head noun) in the nominative, the rest as written —
  ``Федеральному закону «О полиции»`` → ``Федеральный закон «О полиции»``;
* a code: the gazetteer name, Russian by default — ``УК``, ``УК РФ``, ``Уголовного кодекса``
  → ``Уголовный кодекс Российской Федерации``; with a foreign jurisdiction the name keeps it:
  ``УК Украины`` → ``Уголовный кодекс Украины`` (its nested ``УК`` too);
* an article path: first element in the nominative, the rest and the act in the genitive —
  ``ч. 8 ст. 20.2 КоАП`` → ``часть 8 статьи 20.2 Кодекса Российской Федерации об
  административных правонарушениях``;
* a bare title: the title itself.
"""

import re

from ...records import LawPath
from .acts import Act
from .find import Hit, _plural
from .gazetteer import lookup
from .morph import gender, inflect
from .parse import iso_date, law_path, number, path_kind

_KIND = {"fz": "federal_law", "fed_law": "federal_law", "traffic_rules": "other"}
_ABBR_HEADS = {"ФЗ": "Федеральный закон"}
_PATH_WORDS = {
    "article": ("статья", "статьи"), "part": ("часть", "части"), "point": ("пункт", "пункта"),
    "subpoint": ("подпункт", "подпункта"), "chapter": ("глава", "главы"),
}
_RF = " Российской Федерации"


def fields(text: str, hit: Hit) -> dict:
    """Everything of a :class:`Law` record but the offsets."""
    act = hit.act
    if hit.path:
        return _path_fields(text, hit)
    if act is None:
        return {"normal": text[hit.start:hit.stop], "act_kind": "other"}
    if hit.rule == "number":
        written = number(text[hit.start:hit.stop])
        return {"normal": written, "act_kind": _kind(act), "number": written}
    if act.rule == "amendment" and hit.start == act.word_start:
        jur = jur_written(act)
        return {"act_kind": "constitution", "jurisdiction": act.normals.get("jur"),
                "normal": inflect(act.normals["head"], "nomn", "sing") + (f" {jur}" if jur else "")}
    if hit.rule in ("title", "title_inner"):
        written = text[hit.start:hit.stop]
        return {"normal": written, "act_kind": _kind(act), "title": written}
    if hit.rule.endswith(("_head", "_jur", "_word")):
        stop = act.attrs["jur"][1] if "jur" in act.attrs else act.head_stop
        return {**_act_fields(text, act, hit.start, stop),
                "normal": act_phrase(text, act, "nomn", stop)}
    return {**_act_fields(text, act, hit.start, hit.stop),
            "normal": act_phrase(text, act, "nomn", hit.stop)}


def _kind(act: Act) -> str:
    return _KIND.get(act.rule, act.kind)


def _inside(act: Act, name: str, stop: int) -> tuple[int, int] | None:
    span = act.attrs.get(name)
    return span if span and span[1] <= stop else None


def _act_fields(text: str, act: Act, start: int, stop: int) -> dict:
    out: dict = {"act_kind": _kind(act)}
    if span := _inside(act, "title", stop):
        out["title"] = text[slice(*span)]
    if span := _inside(act, "number", stop):
        out["number"] = _fz_number(text, act) if act.rule == "fz_number" else number(text[slice(*span)])
    if span := _inside(act, "date", stop):
        out["adopted"] = iso_date(text[slice(*span)])
    if span := _inside(act, "issuer", stop):
        out["issuer"] = issuer(text[slice(*span)])
    if "jur" in act.attrs:
        out["jurisdiction"] = act.normals.get("jur")
    elif act.kind == "code" and act.code is not None:
        out["jurisdiction"] = "РФ"
    if (span := _inside(act, "article", stop)) and start == act.start:
        out["path"] = LawPath(article=re.sub(r"^ст\.\s*", "", text[slice(*span)]))
    return out


def issuer(written: str) -> str:
    """``Правительства РФ`` → ``Правительство РФ``, ``Кабинета министров`` → ``Кабинет министров``.
    """
    words = re.sub(r"\s+", " ", written).split(" ")
    for n in range(len(words), 0, -1):
        head = " ".join(words[:n])
        normal = lookup("issuers.tsv", head)
        if normal and normal != "Министерство":
            rest = " ".join(words[n:])
            jur = lookup("jurisdictions.tsv", rest) if rest else None
            return " ".join(filter(None, (normal, jur or rest)))
    return " ".join([inflect(words[0], "nomn", "sing"), *words[1:]])


def act_phrase(text: str, act: Act, case: str, stop: int | None = None) -> str:
    """The act (up to ``stop``) with its head phrase in ``case`` and the rest as written."""
    stop = act.stop if stop is None else stop
    if act.code is not None:
        return _code_phrase(act, case)
    if act.rule == "traffic_rules":
        return "Правила дорожного движения" if case == "nomn" else "Правил дорожного движения"
    if act.rule == "fz_number":
        words = _ABBR_HEADS["ФЗ"] if case == "nomn" else " ".join(inflect(w, case, "sing") for w in _ABBR_HEADS["ФЗ"].split())
        return f"{words} {_fz_number(text, act)}"
    head = text[act.start:act.head_stop]
    if act.rule == "amendment":  # "Тринадцатая поправка к Конституции": inflect up to "к"
        cut = re.search(r"\s+к\s+", head)
        words = [inflect(w, case, "sing", "femn") for w in head[:cut.start()].split()]
        return " ".join(words) + head[cut.start():] + text[act.head_stop:stop]
    number_ = ("plur" if act.rule == "treaty" else None) if _plural(act) else "sing"  # "Минские соглашения"
    *adjs, noun = re.split(r"\s+", head)
    gen = gender(noun.lower()) if number_ == "sing" else None
    words = _ABBR_HEADS.get(head) or " ".join(
        [*(inflect(w, case, number_, gen) for w in adjs), inflect(noun, case, number_)])
    if case != "nomn" and head in _ABBR_HEADS:
        words = " ".join(inflect(w, case, "sing") for w in words.split())
    return words + re.sub(r"\s+", " ", text[act.head_stop:stop]).rstrip()


def _fz_number(text: str, act: Act) -> str:
    """A federal law's number however written alone: "44-ФЗ", "ФЗ-44" → "№ 44-ФЗ"."""
    return "№ " + re.search(r"\d+", text[act.start:act.head_stop]).group() + "-ФЗ"


def _code_phrase(act: Act, case: str) -> str:
    code = act.code
    name = code.normal if case == "nomn" else code.genitive
    jur = act.normals.get("jur")
    if jur and jur != "РФ" and name.endswith(_RF):
        name = name[: -len(_RF)] + " " + jur_written(act)
    return name


def jur_written(act: Act) -> str:
    return act.normals.get("jur_written", act.normals.get("jur", ""))


def _path_fields(text: str, hit: Hit) -> dict:
    elements = [text[s:e] for s, e in hit.path]
    parts = []
    for i, element in enumerate(elements):
        kind = path_kind(element)
        value = law_path([element]).model_dump().get(kind) or element
        words = _PATH_WORDS.get(kind, (element, element))
        parts.append(f"{words[0] if i == 0 else words[1]} {value}")
    out: dict = {"act_kind": "article_reference", "path": law_path(elements)}
    act = hit.act
    if act is not None:
        out.update({k: v for k, v in _act_fields(text, act, act.start, act.stop).items()
                    if k not in ("act_kind", "path")})
        out["act"] = act_phrase(text, act, "nomn")
        parts.append(act_phrase(text, act, "gent"))
    out["normal"] = " ".join(parts)
    return out
