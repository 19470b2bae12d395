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
