"""Person names slovnet missed or mislabeled, found by the dictionary.

Missed: a run of capitalized words that
pymorphy3 knows only as personal names (every reading a first name, surname or patronymic:
"Шнуров", "Руснока", "Политковской"), outside quotes (titles of works: «Борис Годунов») and
outside every mention, is a PER mention. On NEREL train this adds 30 PER mentions, about 21
of them right (PER F1 95.5 → 95.6); the wrong ones are mostly names inside names of things
("Госпиталь Святой Марии").

Mislabeled: a LOC span of slovnet's made of name-only words is a person unless a preposition
or a place noun stands before it ("в Вирджинии", "округа Харрис" stay places; "администрации
[Клинтона]", "Действия [Земана]", "аэропорту [Кеннеди]" are persons). On train: 11 such spans
relabeled right, 3 wrong.
"""

import re

from ..text.yo import fold

Raw = tuple[str, int, int]
CAPITALIZED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")
_NAME = frozenset({"Name", "Surn", "Patr"})
_PAIRS = (("«", "»"), ("„", "“"))
_REGNAL = re.compile(r" [IVXL]+(?!\w)")


def only_name(word: str, parse) -> bool:
    parses = parse(word)
    return bool(parses) and all(p.is_known and p.tag.grammemes & _NAME for p in parses)


def quoted(text: str, start: int) -> bool:
    """``start`` inside an open quotation on its line (a title of a work, a name of a thing)."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    return any(line.count(a) > line.count(b) for a, b in _PAIRS) or line.count('"') % 2 == 1


_BEFORE = re.compile(r"([А-Яа-яЁё-]+)[^\w]*$")
_PREPOSITIONS = frozenset("в во на из от до под около у с со по через за к ко над близ возле между".split())
_PLACE_NOUNS = frozenset("""штат округ графство город район провинция область край республика деревня
село поселок остров река озеро гора регион столица префектура кантон коммуна департамент
земля станица аул муниципалитет городок""".split())  # lemmas, ё folded


def _placed(text: str, start: int, parse) -> bool:
    """A preposition or a place noun ("штат", "округа") right before ``start``."""
    match = _BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return False
    word = match.group(1).lower()
    parses = parse(word)
    return word in _PREPOSITIONS or bool(parses) and fold(parses[0].normal_form) in _PLACE_NOUNS


def persons_not_places(text: str, spans: list[Raw], parse) -> list[Raw]:
    """``spans`` with each LOC of name-only words and no preposition or place noun before it
    relabeled PER."""
    out = []
    for label, start, stop in spans:
        words = text[start:stop].split()
        if label == "LOC" and words and all(CAPITALIZED.fullmatch(w) and only_name(w, parse) for w in words) \
                and not _placed(text, start, parse):
            label = "PER"
        out.append((label, start, stop))
    return out


def free_words(text: str, spans: list[Raw]) -> list[re.Match]:
    """The capitalized words no span overlaps."""
    taken = bytearray(len(text))  # 1 where a span covers the character
    for _, a, b in spans:
        taken[a:b] = b"\x01" * (b - a)
    return [w for w in CAPITALIZED.finditer(text) if taken.find(1, w.start(), w.end()) < 0]


def dictionary_names(text: str, spans: list[Raw], parse) -> list[Raw]:
    """PER spans for the runs of name-only words no span overlaps."""
    words = [w for w in free_words(text, spans) if only_name(w.group(), parse)]
    found, i = [], 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and text[words[j].end():words[j + 1].start()] == " ":
            j += 1
        if not quoted(text, words[i].start()):
            regnal = _REGNAL.match(text, words[j].end())  # "Эдуарда VII"
            found.append(("PER", words[i].start(), regnal.end() if regnal else words[j].end()))
        i = j + 1
    return found
