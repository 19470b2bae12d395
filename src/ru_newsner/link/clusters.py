"""Entity clusters within one article: which mentions name the same person, organization,
location or legal act, and the canonical name of each.

Rules, in order, one small function per kind:
- persons: full names open clusters keyed by (last, first), both by their spelling keys
  ("Роухани" ~ "Рухани", "Остхофф" ~ "Остхоф"); a part of a double surname is its person
  ("Пайпер" of "Стефанишин-Пайпер"), a first name alone or with a patronymic the one person of
  that first name ("Виктор Фёдорович" ~ "Виктор Янукович"), also when the dictionary did not
  know it and read it as a surname ("Конор" … "Конор Макгрегор"); "М. Лабудин", "Михаил" join the
  latest compatible cluster (same normalized surname, so gender agrees; initials must match
  the first name), a lone "Лабудин" the one of that surname named most often so far (the
  article's main bearer of it); two people with one surname stay apart;
- organizations: one key for case, quote and legal-form variants; a descriptor before a
  quoted name joins the name alone ('ФК "Зенит"' ~ "Зенит"); a trailing place
  ("АКИТ РФ", "АКИТ России") is dropped from the key, and so is another place where the
  article also names the body without it ("Пресненский суд Москвы" ~ "Пресненский суд",
  ``link.place_qualified``); an abbreviation joins the name whose
  initials spell it ("АКИТ" ↔ "Ассоциация кластеров и технопарков"), and "Name (ABBR)"
  written side by side are joined; a Latin name and its Cyrillic spelling are one ("Burger
  King" ~ "Бургер Кинг", by ``ner.latin_places.readings``), and a Latin name's first word
  alone names it where it starts no other ("Berkshire" ~ "Berkshire Hathaway"); a state
  body's "гос-" or "государственный" leaves its key ("Госдума" ~ "Государственная дума" ~
  "Дума");
- locations: one key per place (``link.place_keys``: aliases as data, "РФ" ↔ "России" ↔
  "Российская Федерация" ↔ "российский"; a place adjective is the article's place its stem
  names; a state's form leaves the key; an abbreviation is the place its initials spell), a
  hyphen or a space between its words alike ("Сьюдад-Хуарес" ~ "Сьюдад Хуарес");
- laws: the top-level acts by normal form; nested parts of an act are left out.
Dates are not clustered.
"""

import re
from collections.abc import Sequence
from functools import lru_cache

from ..ner.latin_places import readings
from ..ner.parts import LEGAL_FORMS
from ..text.segment import sentence_start
from ..text.yo import fold
from .contractions import contracts
from .initials import STOP_WORDS, initials, is_abbreviation
from .place_keys import place_keys
from .place_qualified import place_qualified
from .place_worded import place_worded

_QUOTES = re.compile(r"[«»\"„“”']")
_TRAILING_PLACE = re.compile(r"\s+(рф|россии|российской федерации|сша|украины|беларуси)$")
_QUOTED_NAME = re.compile(r"[«\"„“]([^«»\"„“”]+)[»\"“”]$")  # a name in quotes that ends the normal form
_TRAILING_FORM = re.compile(r"\s+(?:%s)$" % "|".join(LEGAL_FORMS))
_THE = re.compile(r"^the\s+(?=\S)", re.I)
# the abbreviated kind of a company, club or outlet before its name ("АКБ ПЕРЕСВЕТ", "ФК Зенит",
# "ИА REGNUM"), not a unit of the body after it ("ГУ МВД", "ЦК КПСС")
_DESCRIPTOR = re.compile(r"^(?:АКБ|КБ|ФК|ХК|БК|ВК|ИА|НК|ТК|ИД|ТД|ГК|НИУ)\s+(?=\S)")  # "НИУ ВШЭ" ~ "ВШЭ"
_ADJECTIVE_ENDING = re.compile(r"(?:[иыо]й|[ая]я|[оеё]е|[ое]го|[ое]му|[ыи]м|[ое]й|[ую]ю)$", re.I)


def _org_name(normal: str, legal_form: str | None) -> str:
    """The name without quotes, legal form (before or after it: "Пересвет АО") and an English
    article: "The Rolling Stones" → "Rolling Stones"."""
    base = " ".join(_QUOTES.sub("", normal).split())
    if legal_form and base.startswith(legal_form + " "):
        base = base[len(legal_form) + 1:]
    return _TRAILING_FORM.sub("", _THE.sub("", base)) or base


def org_base(normal: str, legal_form: str | None) -> str:
    """:func:`_org_name` without a trailing country too: "АКИТ РФ" → "АКИТ"."""
    base = _org_name(normal, legal_form)
    match = _TRAILING_PLACE.search(fold(base))
    return base[:match.start()] if match and match.start() > 0 else base


_CASE_TAILS = {"", "а", "я", "у", "ю", "ом", "ем", "ым", "им", "ой", "ей", "е", "ы", "и", "ого", "ому", "ь", "ый", "ий"}
_LATIN_KEY = re.compile(r"[a-z][a-z&'’.-]*(?: [a-z&'’.-]+)*")
_STATE = re.compile(r"^(?:государственн(?:ая|ый|ое)\s+|гос(?=[а-яё]{4}))")
_CYRILLIC_KEY = re.compile(r"[а-яё][а-яё-]*(?: [а-яё-]+)*")


@lru_cache(maxsize=20_000)
def _readings(word: str) -> frozenset[str]:
    return frozenset(readings(word))


def spelled_alike(latin: str, cyrillic: str) -> bool:
    """A Latin name and a Cyrillic one spelled from it by English rules, word by word and up to
    a case ending ("Burger King" ~ "бургер кинг", "FIFA" ~ "фифа", "Forbes" ~ "форбса"; the
    readings of ``ner.latin_places``), lower-case keys both."""
    a, b = latin.split(), cyrillic.split()
    return len(a) == len(b) and all(
        len(y) > 2 and (y in _readings(x) or any(y.endswith(tail) and y[:-len(tail)] in _readings(x)
                                                  for tail in _CASE_TAILS if tail))
        for x, y in zip(a, b))


def _initials_kept(name: str) -> str:
    """Initials of the words between spaces, an abbreviation among them whole: "Техрик-е
    Талибан Пакистан" → "ттп", "Европейский ЦБ" → "ецб"."""
    return fold("".join(w if is_abbreviation(w) else w[0] for w in name.split() if w.lower() not in STOP_WORDS)).lower()


def same_surname(a: str, b: str) -> bool:
    """Folded surnames equal up to a case ending: "обамы" ~ "обама", "джаггера" ~ "джаггер"."""
    if a == b:
        return True
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 3 and a[n:] in _CASE_TAILS and b[n:] in _CASE_TAILS


def same_words(a: str, b: str) -> bool:
    """Names of two words or more, equal word by word up to case endings."""
    mine, theirs = a.split(), b.split()
    return len(mine) > 1 and len(mine) == len(theirs) and all(same_surname(x, y) for x, y in zip(mine, theirs))


_DOUBLE = re.compile(r"([бвгджзклмнпрстфхцчшщ])\1")
_INNER_DJ = re.compile(r"(?<=\w)дж")  # "Бриджит" ~ "Брижит", "Ахмадинеджад" ~ "Ахмадинежад"; not an initial "Дж."


def spelling_key(name: str) -> str:
    """A folded name with the usual variants of a foreign name's Russian spelling made one: "э"
    as "е", "оу" as "у", "дж" inside a word as "ж", doubled consonants single ("Роухани" ~
    "Рухани", "Чэпмен" ~ "Чепмен", "Остхофф" ~ "Остхоф", "Бриджит" ~ "Брижит")."""
    return _DOUBLE.sub(r"\1", _INNER_DJ.sub("ж", fold(name).lower().replace("э", "е").replace("оу", "у")))


_GENERATION = re.compile(r"^(?:младш|старш)")


def _parts(surname: str) -> list[str]:
    """The parts of a double surname ("стефанишин-пайпер"), not "младший" of "буш-младший"."""
    return [p for p in surname.split("-") if len(p) > 2 and not _GENERATION.match(p)] if "-" in surname else []


def _surname(m) -> str:
    words = spelling_key(m.last or "").split()
    return words[-1] if words else ""


def _person_clusters(mentions, indices: list[int], text: str = "") -> list[list[int]]:
    """Full names open clusters; a one-word mention joins the cluster named most often so far
    whose surname it is (the very same surname first, then up to a case ending) or, failing
    that, the latest whose first name it is (the same, then up to a case ending). Clusters are
    indexed by the surname's first three letters and by first name, so long articles stay
    linear."""
    clusters: list[dict] = []  # {"last", "first", "key", "members"}
    by_prefix: dict[str, list[dict]] = {}
    by_first: dict[str, list[dict]] = {}
    first_names: dict[str, set[str]] = {}  # first three letters -> first names
    by_key: dict[str, dict] = {}
    by_start: dict[str, list[dict]] = {}

    def latest(candidates, test):
        return next((c for c in reversed(candidates) if test(c)), None)

    def most_named(candidates, test):  # the article's main bearer of a surname, the latest of equals
        fits = [c for c in reversed(candidates) if test(c)]
        return max(fits, key=lambda c: len(c["members"])) if fits else None

    for i in indices:
        m = mentions[i]
        last, first = _surname(m), spelling_key(m.first or "")
        single = len(m.normal.split()) == 1 and not (m.first and m.last)  # not "В.Зворыкин"
        if single:
            word = last or first
            near = by_prefix.get(word[:3], [])  # the same surname first: "Сурков" is no "Суркова"
            found = (most_named(near, lambda c: word == c["last"]) or most_named(near, lambda c: same_surname(word, c["last"]))
                     or most_named(near, lambda c: "-" in c["last"] and any(same_surname(word, p)
                                                                             for p in _parts(c["last"])))
                     or latest(by_first.get(word, []), lambda c: True)
                     or latest([c for name in first_names.get(word[:3], ()) if same_surname(word, name)
                                for c in by_first[name]], lambda c: True))  # "Серены" … "Серена Уильямс"
        elif last:
            found = latest(by_prefix.get(last[:3], []), lambda c: same_surname(last, c["last"]) and (
                not first or not c["first"] or _same_first(first, c["first"])))
            if found is None and first:  # "Кэтрин" … "Кэтрин Джексон": the surname comes later
                found = latest(by_first.get(first, []),
                               lambda c: not c["last"] and not _listed_together(text, mentions, c["members"], [i]))
            if found is None and first:  # "Конор" (read as a surname) … "Конор Макгрегор"
                found = latest(by_prefix.get(first[:3], []), lambda c: c["last"] == first and not c["first"]
                               and " " not in c["key"])
                if found is not None:
                    found["last"] = ""  # the lone word was the first name: the full name's surname is the surname
            if found is None:  # "Сноуден" (read as a first name) … "Эдвард Сноуден"
                found = latest(by_first.get(last, []), lambda c: not c["last"] and " " not in c["key"])
                if found is not None:
                    found["first"] = ""  # the lone word was the surname: the full name's first name is the first
        else:  # "Дмитрий Романович": first name and patronymic
            found = by_key.get(fold(m.normal))
        if found is None and not single:  # "Ким Чон Нам" … "Ким Чон Наму", whatever its parts
            key = fold(m.normal)
            found = latest(by_start.get(key[:3], []), lambda c: same_words(key, c["key"]))
        if found is None:
            found = {"last": "" if single and not m.last else last, "key": fold(m.normal),
                     "first": first if not single or not m.last else "", "members": []}
            clusters.append(found)
            by_key.setdefault(found["key"], found)
            by_start.setdefault(found["key"][:3], []).append(found)
            if found["last"]:
                for part in {found["last"], *_parts(found["last"])}:  # "Пайпер" of "Стефанишин-Пайпер"
                    by_prefix.setdefault(part[:3], []).append(found)
        found["members"].append(i)
        if not single and len(first) > len(found["first"]):
            found["first"] = first
        if found["first"] and found not in by_first.get(found["first"], []):
            by_first.setdefault(found["first"], []).append(found)
            first_names.setdefault(found["first"][:3], set()).add(found["first"])
        if not single and last and not found["last"]:
            found["last"] = last
            for part in {last, *_parts(last)}:
                by_prefix.setdefault(part[:3], []).append(found)
    return [c["members"] for c in _first_names_joined(clusters, by_first, mentions, text)]


def _first_names_joined(clusters: list[dict], by_first: dict[str, list[dict]], mentions, text: str) -> list[dict]:
    """A cluster of a first name alone ("Уго" before "Уго Чавеса" joined the lone "Чавес") or
    of a first name and patronymic ("Виктор Фёдорович") joins the one person of the article with
    that first name and a surname, but for one listed right beside it: in "Михаил Агранович и
    Михаил Хасая" the word the dictionary reads as a patronymic is a surname."""
    out = []
    for c in clusters:
        named = [o for o in by_first.get(c["first"], ()) if o is not c and o["last"]] if c["first"] and not c["last"] else []
        if len(named) == 1 and not _listed_together(text, mentions, c["members"], named[0]["members"]):
            named[0]["members"] = sorted(named[0]["members"] + c["members"])
        else:
            out.append(c)
    return out


_LIST_LINK = re.compile(r"[ \xa0]*(?:,|и)[ \xa0]*")


def _listed_together(text: str, mentions, ours: list[int], theirs: list[int]) -> bool:
    """A name of two words or more of ``ours`` and one of ``theirs`` stand side by side in a
    list, a comma or "и" between: two people, not one (a surname, a comma and a first name is
    one: "Чавес, Уго")."""
    return any(_LIST_LINK.fullmatch(text, mentions[a].stop, mentions[b].start) for x in ours for y in theirs
               for a, b in ((x, y), (y, x)) if mentions[a].stop <= mentions[b].start
               and " " in mentions[a].normal and " " in mentions[b].normal)


def _glossed(text: str, mentions, groups: list[list[int]]) -> list[list[int]]:
    """"Анджело Роттоли (Angelo Rottoli)": a name and its bracketed spelling are one person."""
    owner = {i: k for k, group in enumerate(groups) for i in group}
    order = sorted(owner, key=lambda i: mentions[i].start)
    merged = {k: k for k in range(len(groups))}

    def find(k):
        while merged[k] != k:
            k = merged[k]
        return k

    for a, b in zip(order, order[1:]):
        if re.fullmatch(r"\s*\(\s*", text[mentions[a].stop:mentions[b].start]) \
                and text[mentions[b].stop:mentions[b].stop + 1] == ")":
            ka, kb = find(owner[a]), find(owner[b])
            if ka != kb:
                merged[max(ka, kb)] = min(ka, kb)
    out: dict[int, list[int]] = {}
    for k, group in enumerate(groups):
        out.setdefault(find(k), []).extend(group)
    return [sorted(g) for g in out.values()]


def _same_first(a: str, b: str) -> bool:
    """First names of one person: an initial and its name, or a name and its short form ("Джо" ~
    "Джозеф", "Даниэл" ~ "Даниэле")."""
    if a.endswith(".") or b.endswith("."):
        return a[0] == b[0]
    short, long = sorted((a, b), key=len)
    return a == b or len(short) >= 3 and long.startswith(short)


_BRACKET_BEFORE = re.compile(r"\s*\(\Z")


def _org_clusters(text: str, mentions, indices: list[int]) -> list[list[int]]:
    bases = {i: org_base(mentions[i].normal, mentions[i].legal_form) for i in indices}
    keys = {i: fold(bases[i]).replace("-", " ") for i in indices}  # "Братья-мусульмане" ~ "Братья мусульмане"
    parent = {i: i for i in indices}

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a, b):
        parent[find(b)] = find(a)

    by_key: dict[str, int] = {}
    one_word: dict[str, list[str]] = {}  # first three letters -> one-word keys
    for i in indices:  # same name up to case, quotes, legal form, stop words
        key = " ".join(w for w in keys[i].split() if w not in STOP_WORDS)
        same = by_key.get(key)
        if same is None and " " not in key:  # "Минкомсвязи" ~ "Минкомсвязь": a case ending apart
            same = next((by_key[k] for k in one_word.get(key[:3], []) if same_surname(key, k)), None)
        if same is not None:
            union(same, i)
        else:
            by_key[key] = i
            if " " not in key:
                one_word.setdefault(key[:3], []).append(key)
    # a name the article also writes declined: quoted so, it is another body's ('пресс-служба "Арсенала"')
    declined = {fold(mentions[i].text) for i in indices if fold(mentions[i].text) != fold(mentions[i].normal)}
    for i in indices:  # 'ФК "Зенит"', "АКБ ПЕРЕСВЕТ" ~ "Зенит", "Пересвет": a descriptor and a name ~ the name alone
        quoted = _QUOTED_NAME.search(mentions[i].normal)
        described = _DESCRIPTOR.match(bases[i])
        if quoted and fold(quoted.group(1)) in declined and not all(
                _ADJECTIVE_ENDING.search(w) for w in mentions[i].normal[:quoted.start()].split()):
            continue  # but "Санкт-Петербургского «Зенита»" is the club
        name = quoted.group(1) if quoted and quoted.start() > 0 else bases[i][described.end():] if described else None
        if name:
            key = " ".join(w for w in fold(name).split() if w not in STOP_WORDS)
            same = by_key.get(key)
            if same is None and " " not in key:
                same = next((by_key[k] for k in one_word.get(key[:3], []) if same_surname(key, k)), None)
            if same is not None:
                union(same, i)
    state: dict[str, int] = {}  # "Госдума", "Государственная дума", "Дума": one body
    for key, i in by_key.items():
        if (bare := _STATE.sub("", key)) != key:
            if bare in state:
                union(state[bare], i)
            state.setdefault(bare, i)
    for bare, i in state.items():
        j = by_key.get(bare)
        if j is not None and mentions[j].text[:1].isupper() and not sentence_start(text, mentions[j].start):
            union(i, j)  # "в Думе"; not "банк" beside "Госбанк", nor a sentence's "Банк сообщил"
    fulls = [(key, i) for key, i in by_key.items() if " " in key]
    for key, i in by_key.items():  # "Минобороны" ~ "Министерство обороны", "Совбез ООН" ~ "Совет безопасности ООН"
        for full, j in fulls:
            if full[:2] == key[:2] and contracts(key, full):
                union(j, i)
    heads: dict[str, list[int]] = {}  # "Berkshire" ~ "Berkshire Hathaway", "Opera" ~ "Opera Software"
    for key, i in by_key.items():
        if " " in key and _LATIN_KEY.fullmatch(key):
            heads.setdefault(key.split()[0], []).append(i)
    for key, i in by_key.items():
        if " " not in key and len(key) > 2 and len(heads.get(key, ())) == 1:  # the one Latin name it starts
            union(heads[key][0], i)
    latin = [(k, i) for k, i in by_key.items() if _LATIN_KEY.fullmatch(k)]
    for key, i in by_key.items() if latin else ():  # "Burger King" ~ "Бургер Кинг", "FIFA" ~ "ФИФА"
        match = next((j for k, j in latin if spelled_alike(k, key)), None) if _CYRILLIC_KEY.fullmatch(key) else None
        if match is not None:
            union(match, i)
    spelled: dict[str, int] = {}  # initials of every multiword full name -> its first mention
    for j in indices:
        if not is_abbreviation(bases[j]):
            whole = fold(_QUOTES.sub("", mentions[j].normal))
            if len(whole.split()) > 1:
                for k in (keys[j], whole, _EPONYM.sub("", whole)):  # "МГУ": "… университет [имени Ломоносова]"
                    for stop in (True, False):
                        spelled.setdefault(initials(k, stop), j)
                spelled.setdefault(_initials_kept(bases[j]), j)
    ending = {}  # where each name ends -> the innermost name ending there ("комитета [партии] (ODS)")
    for j in indices:
        if mentions[j].stop not in ending or mentions[j].start > mentions[ending[mentions[j].stop]].start:
            ending[mentions[j].stop] = j
    for i in indices:
        m = mentions[i]
        if is_abbreviation(bases[i]) and keys[i].replace(" ", "") in spelled:
            union(spelled[keys[i].replace(" ", "")], i)
        bracket = _BRACKET_BEFORE.search(text, max(0, m.start - 4), m.start)
        if bracket and bracket.start() in ending:  # "Full Name (ABBR)": "…коммуникаций РФ (Минцифры)"
            union(ending[bracket.start()], i)  # a name nested in a longer one may end elsewhere
    groups: dict[int, list[int]] = {}
    for i in indices:
        groups.setdefault(find(i), []).append(i)
    countried = {i for i in indices if bases[i] != _org_name(mentions[i].normal, mentions[i].legal_form)}
    return place_qualified(mentions, list(groups.values()), bases, countried)


_EPONYM = re.compile(r"\s+(?:имени|им\.)\s.*$")


def _keyed_clusters(indices: list[int], key) -> list[list[int]]:
    groups: dict[str, list[int]] = {}
    for i in indices:
        groups.setdefault(key(i), []).append(i)
    return list(groups.values())


def clusters(text: str, mentions: Sequence) -> list[tuple[str, list[int]]]:
    """``(kind, mention indices)`` for every entity, in order of first mention."""
    by_kind: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if m.kind == "law" and m.parent is not None:
            continue
        by_kind.setdefault(m.kind, []).append(i)
    result = []
    people = _glossed(text, mentions, _person_clusters(mentions, by_kind.get("person", []), text))
    result += [("person", c) for c in people]
    places = by_kind.get("location", [])
    keys = place_keys(mentions, places)
    organizations = place_worded(mentions, _org_clusters(text, mentions, by_kind.get("organization", [])), keys)
    result += [("organization", c) for c in organizations]
    # "Сьюдад-Хуарес" ~ "Сьюдад Хуарес": a hyphen or a space between the words
    result += [("location", c) for c in _keyed_clusters(places, lambda i: keys[i].replace("-", " "))]
    result += [("law", c) for c in _keyed_clusters(by_kind.get("law", []), lambda i: fold(mentions[i].normal))]
    return sorted(result, key=lambda kc: kc[1][0])
