"""Which reading of a word an adjective before it agrees with: "Широкая премьера" is a film's
first showing, "бывшего премьера" a premier. NEREL train: 4 pairs of a role word read so were
all wrong ("главная премьера «Травиаты» Верди", "жёсткую критику"), and no right one was lost."""

from .role_words import _cases, _norm_case


def agree(adjective, noun) -> bool:
    """Whether two pymorphy3 parses agree in case, number and (singular) gender."""
    a, n = adjective.tag, noun.tag
    if not _norm_case(_cases(a)) & _norm_case(_cases(n)) or a.number != n.number:
        return False
    return a.number == "plur" or n.gender is None or "ms-f" in n or a.gender == n.gender


def attribute_of_another_word(tokens, head: int, text: str, parse, readings) -> bool:
    """Whether the adjective right before token ``head`` agrees with none of its ``readings``
    (the position ones) but with another noun reading of the word."""
    if head == 0 or text[tokens[head - 1].stop:tokens[head].start].strip() or "-" in tokens[head].text:
        return False  # "первая женщина-генпрокурор" agrees with its first part
    before = [p for p in parse(tokens[head - 1].text) if p.tag.POS in ("ADJF", "PRTF")]
    if not before or len(parse(tokens[head - 1].text)) != len(before):
        return False  # only a word that is an adjective in every reading
    others = [p for p in parse(tokens[head].text) if p.tag.POS == "NOUN" and p not in readings]
    return not any(agree(a, p) for a in before for p in readings) and any(agree(a, p) for a in before for p in others)


def attribute_of_next_word(tokens, head: int, text: str, parse) -> bool:
    """Whether token ``head``, first an adjective though a position as a noun ("военный",
    "управляющий", "рабочий"), is an attribute of the noun right after it that agrees with it:
    "в зоне специальной военной операции", "управляющая компания", "рабочая группа" hold no
    position; in "военный прокурор" the position is the prosecutor's (``MODIFIERS``). Agreeing
    adjectives may stand between: "ведущий сербский политик" is a leading politician."""
    if head + 1 >= len(tokens) or not tokens[head].text.isalpha():
        return False  # "исполняющего обязанности губернатора": the acting official's token
    readings = parse(tokens[head].text)
    if not readings or readings[0].tag.POS not in ("ADJF", "PRTF"):
        return False
    adjectives = [p for p in readings if p.tag.POS in ("ADJF", "PRTF")]
    for i in range(head + 1, min(head + 4, len(tokens))):
        after = tokens[i]
        if text[tokens[i - 1].stop:after.start].strip() or not after.text.isalpha() or after.text[:1].isupper():
            return False
        parses = parse(after.text)
        if not parses or parses[0].tag.POS not in ("NOUN", "ADJF"):
            return False  # "уполномоченный по правам ребенка": "по" is a preposition first
        if parses[0].tag.POS == "NOUN":
            return any(agree(a, n) for a in adjectives for n in parses if n.tag.POS == "NOUN")
        adjectives = [a for a in adjectives if any(agree(a, b) for b in parses if b.tag.POS == "ADJF")]
        if not adjectives:
            return False
    return False
