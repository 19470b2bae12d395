"""What the statistical models see of a token: the same token count, repaired words.

Offsets never change (records point into the original text); only the word strings handed
to slovnet and pymorphy3 are repaired, rule by rule:
- invisible characters (soft hyphen, zero-width spaces, BOM, controls) and combining stress
  marks are dropped: "Ива\\u00adнов" → "Иванов", "Серге́й" → "Сергей";
- Latin look-alikes inside a Cyrillic word become Cyrillic: "Глaва" (Latin a) → "Глава";
- a sentence written in ALL CAPS or all lower case is recased: each word gets the capitals
  ``text.truecase`` (learned from cased news) gives it, the sentence's first word a capital.
  (:func:`casing` says how the dictionary alone writes a word: a lower-case name span is no
  name unless the dictionary writes it with a capital, ``ner.names.lower_case``.)
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
    if _CYRILLIC.search(word) and _LATIN.search(word):  # a Latin part of its own stays: "X-хромосома"
        word = "-".join(part.translate(_HOMOGLYPHS) if _CYRILLIC.search(part) else part for part in word.split("-"))
    return word or "_"


_CAPITAL = re.compile("[A-ZА-ЯЁ]")


def cased(text: str) -> bool:
    """Whether ``text`` has a capital letter anywhere: an article written in lower case
    throughout (RIA's dumps) has none."""
    return _CAPITAL.search(text) is not None


def needs_recasing(words: Sequence[str], in_cased_text: bool = False) -> bool:
    """A sentence of at least three words, all in capitals or all in lower case. In a text
    that has capitals elsewhere (``in_cased_text``), a lower-case sentence counts only when it
    opens with a letter: "5 января ему исполнился 61 год", "31-летний мужчина … принял ислам"
    are written as they should be, with nothing to capitalize."""
    joined = " ".join(words)
    if joined != joined.upper() and joined != joined.lower():  # mixed case: the usual sentence
        return False
    letters = [w for w in words if any(c.isalpha() for c in w)]
    if len(letters) < 3:
        return False
    if all(w == w.upper() for w in letters):
        return True
    opening = joined.lstrip("«\"'„“([-—– ")
    return all(w == w.lower() for w in letters) and not (in_cased_text and opening[:1] and not opening[0].isalpha())


_FUNCTION = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO"})


def casing(word: str, parse: Callable) -> str:
    """How the dictionary writes ``word``: "upper" (an abbreviation), "title" (a proper name)
    or "lower". A word read first as a function word is lower case whatever its rare readings
    ("с", "в", "по" are also abbreviations, "из" a name's form); an abbreviation or a proper
    name is the first reading, or a proper reading among the first three with a fair score."""
    lower = word.lower()
    parses = parse(lower) if lower.isalpha() else ()
    if not parses or parses[0].tag.POS in _FUNCTION:
        return "lower"
    top = parses[:3]
    if len(lower) <= 5 and any("Abbr" in p.tag for p in top) and parses[0].tag.POS == "NOUN":
        return "upper"
    if PROPER & parses[0].tag.grammemes or any(PROPER & p.tag.grammemes and p.score >= 0.2 for p in top):
        return "title"
    return "lower"


def model_words(words: Sequence[str], parse: Callable, in_cased_text: bool = False) -> list[str]:
    """Words as the models should see them (same count, same order); ``in_cased_text``: the
    sentence comes from a text with capitals elsewhere (:func:`needs_recasing`)."""
    cleaned = [clean_word(w) for w in words]
    if not needs_recasing(cleaned, in_cased_text):
        return cleaned
    from .truecase import recase  # imports .segment, which imports this module

    return recase(cleaned, parse)
