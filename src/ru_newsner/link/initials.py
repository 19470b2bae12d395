"""Initials and abbreviations of names: "Ассоциация кластеров и технопарков" spells "АКИТ"
(the stop words left out or kept), "СКФО" is an abbreviation."""

import re

# words a name's initials and contractions leave out: "Министерство образования и науки" →
# "МОН", "Минобрнауки"
STOP_WORDS = frozenset({"и", "в", "по", "на", "для", "при", "о", "об", "с", "со", "за"})


def initials(key: str, with_stop_words: bool) -> str:
    """The first letters of the words of ``key`` (split at spaces and hyphens)."""
    words = [w for w in re.split(r"[\s-]+", key) if w and (with_stop_words or w not in STOP_WORDS)]
    return "".join(w[0] for w in words)


def is_abbreviation(text: str) -> bool:
    """Two to eight capitals, spaces aside: "ООН", "ФСБ РФ"."""
    letters = text.replace(" ", "")
    return 2 <= len(letters) <= 8 and letters.isupper()
