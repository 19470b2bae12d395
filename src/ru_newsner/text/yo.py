"""The ё policy: ё is kept in surface and normal forms and folded to е only in lookup keys."""


def fold(word: str) -> str:
    """Lookup key: lower case, ё → е."""
    return word.lower().replace("ё", "е")


def respect_spelling(original: str, produced: str) -> str:
    """Keep the author's choice: if they wrote е where the dictionary has ё, write е."""
    if "ё" in produced and "ё" not in original.lower():
        return produced.replace("ё", "е").replace("Ё", "Е")
    return produced


def recover_case(original: str, produced: str) -> str:
    """Give ``produced`` the letter case shape of ``original`` (Title, UPPER, lower)."""
    if original.isupper() and len(original) > 1:
        return produced.upper()
    if "-" in original and original.count("-") == produced.count("-"):
        return "-".join(recover_case(o, p) for o, p in zip(original.split("-"), produced.split("-")))
    if original[:1].isupper():
        return produced[:1].upper() + produced[1:]
    return produced
