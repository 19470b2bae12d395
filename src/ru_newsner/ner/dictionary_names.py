"""Person names slovnet missed, found by the dictionary: a run of capitalized words that
pymorphy3 knows only as personal names (every reading a first name, surname or patronymic:
"Шнуров", "Руснока", "Политковской"), outside quotes (titles of works: «Борис Годунов») and
outside every mention, is a PER mention. On NEREL train this adds 30 PER mentions, about 21
of them right (PER F1 95.5 → 95.6); the wrong ones are mostly names inside names of things
("Госпиталь Святой Марии").
"""

import re

Raw = tuple[str, int, int]
_WORD = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?![\w-])")
_NAME = frozenset({"Name", "Surn", "Patr"})
_PAIRS = (("«", "»"), ("„", "“"))


def only_name(word: str, parse) -> bool:
    parses = parse(word)
    return bool(parses) and all(p.is_known and p.tag.grammemes & _NAME for p in parses)


def _quoted(text: str, start: int) -> bool:
    line = text[text.rfind("\n", 0, start) + 1:start]
    return any(line.count(a) > line.count(b) for a, b in _PAIRS) or line.count('"') % 2 == 1


def dictionary_names(text: str, spans: list[Raw], parse) -> list[Raw]:
    """PER spans for the runs of name-only words no span overlaps."""
    taken = bytearray(len(text))  # 1 where a span covers the character
    for _, a, b in spans:
        taken[a:b] = b"\x01" * (b - a)
    words = [w for w in _WORD.finditer(text) if taken.find(1, w.start(), w.end()) < 0
             and only_name(w.group(), parse)]
    found, i = [], 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and text[words[j].end():words[j + 1].start()] == " ":
            j += 1
        if not _quoted(text, words[i].start()):
            found.append(("PER", words[i].start(), words[j].end()))
        i = j + 1
    return found
