"""The ё policy: ё is kept in surface and normal forms and folded to е only in lookup keys."""

import re


def fold(word: str) -> str:
    """Lookup key: lower case, ё → е."""
    return word.lower().replace("ё", "е")


def respect_spelling(original: str, produced: str) -> str:
    """Keep the author's choice: if they wrote е where the dictionary has ё, write е."""
    if "ё" in produced and "ё" not in original.lower():
        return produced.replace("ё", "е").replace("Ё", "Е")
    return produced


_INFLECTED_ABBREVIATION = re.compile(r"([А-ЯЁA-Z]{2,})[а-яёa-z]{1,3}")


def recover_case(original: str, produced: str) -> str:
    """Give ``produced`` the letter case shape of ``original`` (Title, UPPER, lower; an
    inflected abbreviation's capitals: "МИДа" → "МИД"; a word that did not change keeps its
    own: "СдПГ"; a capital inside a word stays where the words agree: "АвтоВАЗа" → "АвтоВАЗ")."""
    if produced.lower() == original.lower():
        return original
    if original.isupper() and len(original) > 1:
        return produced.upper()
    abbreviation = _INFLECTED_ABBREVIATION.fullmatch(original)
    if abbreviation and produced.lower().startswith(abbreviation.group(1).lower()):
        n = len(abbreviation.group(1))
        return produced[:n].upper() + produced[n:]
    if "-" in original and original.count("-") == produced.count("-"):
        return "-".join(recover_case(o, p) for o, p in zip(original.split("-"), produced.split("-")))
    if any(c.isupper() for c in original[1:]):  # a capital inside the word: "АвтоВАЗа" → "АвтоВАЗ"
        n = next((i for i, (a, b) in enumerate(zip(original.lower(), produced.lower())) if a != b),
                 min(len(original), len(produced)))
        return original[:n] + produced[n:]
    if original[:1].isupper():
        return produced[:1].upper() + produced[1:]
    return produced
