"""A ministry named by its compound contraction: the "Мин" of "министерство" and its field
run together, the field in the genitive ("Минцифры", "Минтруда", "Минобороны") or cut short
and declined as a noun ("Минфина", "Минюсте", "Минстроя").

slovnet knows the ministries of the news it was trained on; a newer one it reads as the first
word of the person named after it ("Глава [Минцифры Максут Шадаев]") or as a place ("В
[Минцифры] сообщили"). NEREL train and dev tag 32 of their 34 such words as organizations
("Минобороны" and "Минспорта" once untagged), and no other word of theirs reads as one:
surnames ("Мингазов", "Минников": a plural genitive), "Миннесота", "Минск", "Минусинского"
do not.
"""

import re

_WORD = re.compile(r"[А-ЯЁа-яё]+")
_CONTRACTION = re.compile(r"Мин(?!истр)(?P<field>[а-яё]{3,})")  # not "Министр", "Министерство"
# fields cut short, declined as the contraction's own noun; and compounds of a genitive
_SHORT = re.compile(r"(?:фин|юст|здрав|транс|промторг|сельхоз|культ|кавказ)(?:а|у|ом|е)?"
                    r"|стро(?:й|я|ю|ем|е)|энерго|\w+(?:развития|науки|связ(?:ь|и|ью))")


def ministry(word: str, parse) -> bool:
    """Whether ``word`` is a ministry's contraction: "Мин" and a field the dictionary knows as a
    singular noun in the genitive, or one of the short fields."""
    match = _CONTRACTION.fullmatch(word)
    if match is None:
        return False
    field = match.group("field")
    return _SHORT.fullmatch(field) is not None or any(
        p.is_known and p.tag.POS == "NOUN" and p.tag.case == "gent" and "sing" in p.tag
        and not p.tag.grammemes & {"Fixd", "Abbr"} for p in parse(field))


def ministries_apart(text: str, raw: list[tuple[str, int, int]], parse) -> list[tuple[str, int, int]]:
    """slovnet's spans with a ministry's contraction made an organization of its own: a place
    of that one word is the organization ("В [Минцифры] сообщили"), a person opening with it is
    the organization and the person after it ("Глава [Минцифры] [Максут Шадаев]")."""
    out = []
    for label, start, stop in raw:
        words = list(_WORD.finditer(text, start, stop)) if label in ("PER", "LOC") else []
        if not words or words[0].start() != start or not ministry(words[0].group(), parse):
            out.append((label, start, stop))
        elif label == "LOC" and len(words) == 1 and words[0].end() == stop:
            out.append(("ORG", start, stop))
        elif label == "PER" and len(words) > 1:
            out += [("ORG", start, words[0].end()), ("PER", words[1].start(), stop)]
        else:
            out.append((label, start, stop))
    return out
