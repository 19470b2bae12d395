"""Names read across one article: what one use of a name says about its others.

slovnet reads each sentence alone, so one article can get a name whole in one place and cut,
missed or typed otherwise in another. Over the mention records of one article (their
``label``, ``text``, ``normal``, ``start``, ``stop``):

- :func:`completed_extents`: an organization cut short where the article writes its full
  name elsewhere ("[Международным союзом] теоретической и прикладной химии");
- :func:`majority_labels`: a name read under two types takes the type of most of its uses;
- :func:`surname_labels`: a place or organization that is the surname of a person the
  article names in full is that person ("Николай Еркаев" … "[Еркаева]");
- :func:`repeated_names`: the name's other uses with no mention over them, in the same words
  or declined ("Рено" … "[Рено] часто говорила"; "Салам Фаяд" … "[Фаяда] критиковали");
- :func:`declined_quotes`: a quoted name of several words read as an organization in one case
  is that organization in the others ("«Уральская сталь»" … "замгендиректора «[Уральской стали]»").

Each returns spans; ``ner.names`` makes the records.
"""

import re
from collections import Counter

from ..link.clusters import same_surname
from ..text.yo import fold
from .dictionary_names import quoted
from .span_leads import common_word

NAME_LABELS = ("PER", "ORG", "LOC")
_BLANKS = re.compile(r"[ \t\u00a0]+")  # within a line
_CAPITALIZED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁ]?[а-яё]+)?(?![\w-])")
_WORD = re.compile(r"\w+")
_QUOTE_REACH = 500
_QUOTED = re.compile(r"«([^«»\n]{3,80})»")
_HEAD_WORDS = 8  # the longest cut name completed: "[Федеральной службы по надзору в сфере связи] …"


def _extent(text: str, mention, full: str) -> int | None:
    """Where ``mention`` ends if the article's longer name (``full``, its normal form)
    continues it: the same head in any case ("Международным союзом"), then the dependents
    ``full`` writes ("теоретической и прикладной химии", which a normal form leaves as written)."""
    if not full.startswith(mention.normal + " "):
        return None
    rest = full[len(mention.normal):].split()
    gap = _BLANKS.match(text, mention.stop)
    tail = re.compile(_BLANKS.pattern.join(map(re.escape, rest))).match(text, gap.end()) if gap else None
    return tail.end() if tail and not text[tail.end():tail.end() + 1].isalnum() else None


def completed_extents(text: str, mentions: list) -> dict[int, int]:
    """{index of an organization slovnet cut: where its name ends}. A shorter name nested in
    a longer one ("[МИД] России") is left as it is."""
    orgs = [(i, m) for i, m in enumerate(mentions) if m.label == "ORG"]
    longer: dict[str, dict[str, None]] = {}  # each word-prefix of a multiword name -> the names it begins
    for _, m in orgs:
        words = m.normal.split(" ")
        for k in range(1, min(len(words), _HEAD_WORDS + 1)):
            longer.setdefault(" ".join(words[:k]), {})[m.normal] = None
    if not longer:
        return {}
    reach: dict[int, int] = {}  # start -> the furthest organization stop there
    for _, m in orgs:
        reach[m.start] = max(reach.get(m.start, m.stop), m.stop)
    out = {}
    for i, m in orgs:
        stop = next((e for full in longer.get(m.normal, ()) if (e := _extent(text, m, full))), None)
        if stop is not None and reach[m.start] < stop:
            out[i] = stop
    return out


_WORD_BEFORE = re.compile(r"([А-ЯЁ][а-яё]+)[ \u00a0]+$")


def completed_persons(text: str, mentions: list) -> dict[int, int]:
    """{index of a lone surname: where the person's name starts} when the word before it is
    the first name of that person's full name elsewhere in the article ("[Ратко] Младич" where
    the article also writes "Ратко Младича"; NEREL train: 6 of 6 such spans)."""
    full: dict[str, list[str]] = {}  # surname's first three letters -> first names, lower case
    for m in mentions:
        words = m.text.split()
        if m.label == "PER" and len(words) >= 2:
            full.setdefault(words[-1][:3].lower(), []).append(f"{words[0].lower()} {words[-1].lower()}")
    if not full:
        return {}
    taken = {m.stop for m in mentions}
    out = {}
    for i, m in enumerate(mentions):
        if m.label != "PER" or " " in m.text or not (names := full.get(m.text[:3].lower())):
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
        if before is None or before.end(1) in taken:
            continue
        first, last = before.group(1).lower(), m.text.lower()
        if any(same_surname(first, a) and same_surname(last, b) for a, b in (n.split(" ") for n in names)):
            out[i] = before.start(1)
    return out


def majority_labels(mentions: list) -> dict[int, str]:
    """{index: type} for the uses of a name the article reads under two types, given the type
    most of its uses have ("Тамбов": LOC four times, ORG once → LOC); a tie is left."""
    labels: dict[str, Counter] = {}
    for m in mentions:
        if m.label in NAME_LABELS:
            labels.setdefault(m.text, Counter())[m.label] += 1
    out = {}
    for i, m in enumerate(mentions):
        counts = labels.get(m.text) if m.label in NAME_LABELS else None
        if counts and len(counts) > 1:
            (top, n), (_, second) = counts.most_common(2)
            if n > second and top != m.label:
                out[i] = top
    return out


def surname_labels(mentions: list, parse) -> dict[int, str]:
    """{index: "PER"} for the one-word organizations and places that are the surname of a
    person the article names in full, in any case ("Николай Еркаев" … "пресс-служба СФУ
    [Еркаева]", read as a place), unless pymorphy3's dictionary (``parse``) knows the word as a
    place or organization."""
    surnames: dict[str, set[str]] = {}  # by their first three letters, which same_surname needs
    for m in mentions:
        if m.label == "PER" and len(m.text.split()) > 1:
            last = fold(m.text.split()[-1])
            surnames.setdefault(last[:3], set()).add(last)
    out = {}
    for i, m in enumerate(mentions):
        word = m.text
        if m.label not in ("ORG", "LOC") or not word.isalpha() or not word[:1].isupper() or word.isupper():
            continue
        folded = fold(word)
        if any(same_surname(folded, s) for s in surnames.get(folded[:3], ())) \
                and not any(p.is_known and {"Geox", "Orgn"} & p.tag.grammemes for p in parse(word.lower())):
            out[i] = "PER"
    return out


def _word_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _quoted(text: str, start: int) -> bool:
    """Inside a quoted title ("«Дневник [Анны] Франк»"), read over at most ``_QUOTE_REACH``
    characters before: a long line is not read again for every name on it."""
    reach = max(0, start - _QUOTE_REACH)
    return quoted(text[reach:start], start - reach)


def _one_type(mentions: list) -> dict[str, str]:
    """{name: its type} for the names the article reads under one type only."""
    labels: dict[str, set[str]] = {}
    for m in mentions:
        if m.label in NAME_LABELS and len(m.text) > 2:
            labels.setdefault(m.text, set()).add(m.label)
    return {t: next(iter(ls)) for t, ls in labels.items() if len(ls) == 1}


def _declined_words(mentions: list, names: dict[str, str]) -> dict[str, dict[str, str]]:
    """{first three letters: {word: type}}: one-word names, and the surnames of persons'
    full names ("Салам Фаяд" → "Фаяд"), whose declined forms are looked for."""
    words: dict[str, str] = {}
    for m in mentions:
        if m.label == "PER" and " " in m.text:
            last = m.text.split()[-1]
            if _CAPITALIZED.fullmatch(last) and words.setdefault(last, "PER") != "PER":
                words[last] = ""  # read under two types: none
    for name, label in names.items():
        if _CAPITALIZED.fullmatch(name) and words.setdefault(name, label) != label:
            words[name] = ""
    out: dict[str, dict[str, str]] = {}
    for word, label in words.items():
        if label:
            out.setdefault(word[:3].lower(), {})[word.lower()] = label
    return out


_BEFORE = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+[ \u00a0]\Z")


def _first_name_before(text: str, start: int, parse) -> int:
    """Where a person's name ends at a surname at ``start``: at the first name right before
    it on its line, if any ("Анна Франк" in a caption), else at the surname."""
    before = _BEFORE.search(text, max(0, start - 20), start)
    if before and any("Name" in p.tag for p in parse(before.group()[:-1])):
        return before.start()
    return start


def repeated_names(text: str, mentions: list, parse) -> list[tuple[str, int, int]]:
    """``(type, start, stop)`` of the article's other uses of its names with no mention over
    them: the same words ("Рено умерла", "[Рено] часто говорила"), or a one-word name or a
    person's surname declined ("[Фаяда] критиковали" after "Салам Фаяд"; a dictionary word,
    "Патриархом", is none, save a person's surname in the form the full name writes it:
    "[Локоть] руководил" after "Анатолий Локоть"), for a name of one type only (not "Эсватини"
    read as a person here and a place there); a person's name not inside a quoted title."""
    names = _one_type(mentions)
    if not names:
        return []
    taken = bytearray(len(text))  # 1 under a mention
    for m in mentions:
        taken[m.start:m.stop] = b"\x01" * (m.stop - m.start)
    found = []

    def add(label: str, a: int, b: int) -> None:
        if taken.find(1, a, b) < 0 and not (label == "PER" and _quoted(text, a)):
            found.append((label, a, b))
            taken[a:b] = b"\x01" * (b - a)

    by_first: dict[str, list[str]] = {}  # a name's first word -> the names, longest first
    for name in sorted(names, key=len, reverse=True):  # "Freixenet Group" before "Freixenet"
        first = _WORD.match(name)
        if first:
            by_first.setdefault(first.group(), []).append(name)
    declined = _declined_words(mentions, names)
    person_ends = {m.stop for m in mentions if m.label == "PER"}
    for word in _WORD.finditer(text):  # one pass over the words: linear in the article
        w = word.group()
        here, known = by_first.get(w), declined.get(w[:3].lower()) if w[0].isupper() else None
        if not here and not known:
            continue
        a = word.start()
        for name in here or ():
            if text.startswith(name, a) and not _word_char(text, a - 1) and not _word_char(text, a + len(name)):
                add(names[name], a, a + len(name))
                break
        if known and (match := _CAPITALIZED.match(text, a)) and taken.find(1, a, match.end()) < 0:
            lower = match.group().lower()
            if known.get(lower) == "PER":  # a one-word name in this form is found by its words above
                if a - 1 not in person_ends:  # not the surname of a first name read apart ("[Анна] Франк")
                    # "Анатолий Локоть" … "[Локоть] руководил": a dictionary word too; with a first name before it
                    add("PER", _first_name_before(text, a, parse), match.end())
                continue
            labels = {label for w, label in known.items() if w != lower and same_surname(lower, w)}
            if len(labels) == 1 and not common_word(match.group(), parse):
                add(labels.pop(), a, match.end())
    return sorted(found, key=lambda f: f[1])


def _stems(name: str) -> tuple[str, ...]:
    """A name's words cut before their case endings, lower case: "Уральской стали" and
    "Уральская сталь" give ("уральс", "ста")."""
    return tuple(w[:max(3, min(len(w) - 2, 6))] for w in _WORD.findall(fold(name).lower()))


def declined_quotes(text: str, mentions: list) -> list[tuple[int, int, int]]:
    """``(start, stop, index)``: the quoted names of two words or more, inside the quotes, with no
    organization there, whose words in another case are the quoted organization
    ``mentions[index]`` ("«Уральская сталь»" … "«[Уральской стали]»", "«Коза Ностра»" …
    "«[Коза Ностры]»", which slovnet reads as a place's adjective or a person; NEREL train and
    dev: 3 such quotes, all organizations), where it is an organization in half its uses at
    least (not a TV episode, "«Враг народа»", that slovnet reads as one once in ten)."""
    if "«" not in text:
        return []
    orgs = {(m.start, m.stop): i for i, m in enumerate(mentions) if m.label == "ORG"}
    quotes = [(q.start(1), q.end(1), _stems(q.group(1))) for q in _QUOTED.finditer(text)] if orgs else []
    known = {stems: orgs[a, b] for a, b, stems in quotes if (a, b) in orgs and len(stems) > 1}
    votes = Counter(stems for a, b, stems in quotes if stems in known and (a, b) not in orgs)
    votes.subtract(stems for a, b, stems in quotes if (a, b) in orgs)  # an organization in half its uses at least
    return [(a, b, known[stems]) for a, b, stems in quotes if stems in known and (a, b) not in orgs
            and votes[stems] <= 0]
