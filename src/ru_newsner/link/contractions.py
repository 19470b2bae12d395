"""Compound contractions of a body's name ("сложносокращённые слова"): "Минобороны" is
"Министерство обороны", "Генпрокуратура" "Генеральная прокуратура", "Совбез ООН" "Совет
безопасности ООН", "Минобрнауки" "Министерство образования и науки".

A contraction is read as the first letters of each word of the full name run together (a
linking "о" may join them: "Центробанк"), the last word often whole and as the name declines
it ("обороны"); the words after it are the full name's own ("ООН"). Both are lower-case keys
(``link.clusters``).
"""

from functools import lru_cache

from .initials import STOP_WORDS  # left out: "Минобрнауки" of "Министерство образования и науки"


def contracts(short: str, full: str) -> bool:
    """Whether the key ``short`` contracts the key ``full``: its first word is the first
    letters (three or more of the first word, two or more of each next) of two or more words of
    ``full`` run together, each word in turn, and its other words are the rest of ``full``."""
    if not short.split():
        return False
    head, *rest = short.split()
    words = full.split()
    for k in range(len(words) - len(rest), 1, -1):
        if words[k:] == rest and words[0] != head and _segments(head, tuple(words[:k]), True):
            return True
    return False


@lru_cache(maxsize=4096)
def _segments(letters: str, words: tuple[str, ...], first: bool) -> bool:
    """``letters`` as prefixes of ``words`` in order (skippable words may be left out)."""
    if not words:
        return not letters
    word, others = words[0], words[1:]
    if word in STOP_WORDS and not first and _segments(letters, others, False):
        return True
    for length in range(min(len(word), len(letters)), 2 if first else 1, -1):
        if letters.startswith(word[:length]):
            rest = letters[length:]
            if _segments(rest, others, False) or others and rest[:1] == "о" and _segments(rest[1:], others, False):
                return True  # a linking "о" between the parts: "Центробанк" of "Центральный банк"
    return False
