"""What the statistical models see of a token: the same token count, repaired words.

Offsets never change (records point into the original text); only the word strings handed
to slovnet and pymorphy3 are repaired, rule by rule:
- invisible characters (soft hyphen, zero-width spaces, BOM, controls) and combining stress
  marks are dropped: "Ива\\u00adнов" → "Иванов", "Серге́й" → "Сергей";
- Latin look-alikes inside a Cyrillic word become Cyrillic: "Глaва" (Latin a) → "Глава";
- a sentence written in ALL CAPS or all lower case is recased from the dictionary: proper
  names (pymorphy3's Name/Surn/Patr/Geox/Orgn) get a capital, abbreviations capitals, the
  rest lower case, and the sentence's first word a capital.
"""

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

_INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]")
_CYRILLIC = re.compile("[а-яё]", re.I)
_LATIN = re.compile("[a-z]", re.I)
_HOMOGLYPHS = str.maketrans("aeopcxyAEOPCXMHKTBy", "аеорсхуАЕОРСХМНКТВу")
PROPER = {"Name", "Surn", "Patr", "Geox", "Orgn"}


_CONTROL = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]")
_LOOKALIKE = "aeopcxyAEOPCXMHKTB"
_MIXED = re.compile(f"(?<=[а-яёА-ЯЁ])[{_LOOKALIKE}]+|[{_LOOKALIKE}]+(?=[а-яёА-ЯЁ])")


def tokenizer_view(text: str) -> str:
    """A copy of ``text`` of the same length for the tokenizer: control characters become
    spaces and Latin look-alikes touching Cyrillic letters become Cyrillic, so "Глaва" is
    one token; tokens are then cut from the original text at the same offsets."""
    text = _CONTROL.sub(" ", text)
    return _MIXED.sub(lambda m: m.group().translate(_HOMOGLYPHS), text)


@lru_cache(maxsize=50_000)  # news words repeat: the cache answers most calls
def clean_word(word: str) -> str:
    """The word without invisibles and stress marks, with look-alikes made Cyrillic."""
    word = _INVISIBLE.sub("", word)
    if any(unicodedata.combining(c) for c in word):
        word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c)
                       or c not in "\u0301\u0300")
        word = unicodedata.normalize("NFC", word)
    if _CYRILLIC.search(word) and _LATIN.search(word):
        word = word.translate(_HOMOGLYPHS)
    return word or "_"


def needs_recasing(words: Sequence[str]) -> bool:
    joined = " ".join(words)
    if joined != joined.upper() and joined != joined.lower():  # mixed case: the usual sentence
        return False
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if len(letters) < 3:
        return False
    return all(w == w.upper() for w in letters) or all(w == w.lower() for w in letters)


def recase(words: Sequence[str], parse: Callable) -> list[str]:
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        parses = parse(lower) if lower.isalpha() else ()
        grammemes = set().union(*(p.tag.grammemes for p in parses[:3])) if parses else set()
        if "Abbr" in grammemes and len(lower) <= 5:
            new = lower.upper()
        elif grammemes & PROPER and (not parses or parses[0].score >= 0.2 or PROPER & parses[0].tag.grammemes):
            new = lower[:1].upper() + lower[1:]
        else:
            new = lower
        if i == 0:
            new = new[:1].upper() + new[1:]
        out.append(new)
    return out


def model_words(words: Sequence[str], parse: Callable) -> list[str]:
    """Words as the models should see them (same count, same order)."""
    cleaned = [clean_word(w) for w in words]
    return recase(cleaned, parse) if needs_recasing(cleaned) else cleaned
