"""Person names slovnet mislabeled, found by the dictionary, and the capitalized words no span
holds (``free_words``, read by ``ner.dictionary_places``).

Until the fifteenth session a run of capitalized words pymorphy3 knows only as personal names,
outside quotes and every mention, was a PER mention too (on train with natasha's network 21
right of 30); with the network fine-tuned on NEREL it lost (out of fold on train 48 wrong and
16 right against 5 and 19 without it: its one-word spans kept the names read across the
article from taking the whole name, "[Пегги] Уитсон"), and was removed (bench/RESULTS.md).

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
