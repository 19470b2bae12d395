"""Bodies named by a compound contraction that slovnet misses or mislabels: a ministry, the
"Мин" of "министерство" and its field run together ("Минцифры", "Минтруда", "Минобороны";
"Минфина", "Минюсте", "Минстроя" cut short and declined), and a state university, its city's
first letters and "ГУ" ("ОмГУ", "ТюмГУ", "НовГУ", "СПбГУ", "ОмГТУ", "ВолгГМУ").

slovnet knows the ministries of the news it was trained on; a newer one it reads as the first
word of the person named after it ("Глава [Минцифры Максут Шадаев]") or as a place ("В
[Минцифры] сообщили"). NEREL train and dev tag 32 of their 34 such words as organizations
("Минобороны" and "Минспорта" once untagged), and no other word of theirs reads as one:
surnames ("Мингазов", "Минников": a plural genitive), "Миннесота", "Минск", "Минусинского"
do not. A university it finds, leaves out ("Студенты ОмГУ") or reads as a place or a person
("В [ТюмГУ]", "Выпускник [НовГУ]"); NEREL has none.
"""

import re

_WORD = re.compile(r"[А-ЯЁа-яё]+")
_MINISTRY = re.compile(r"Мин(?!истр)(?P<field>[а-яё]{3,})")  # not "Министр", "Министерство"
# fields cut short, declined as the contraction's own noun; and compounds of a genitive
_SHORT = re.compile(r"(?:фин|юст|здрав|транс|промторг|сельхоз|культ|кавказ)(?:а|у|ом|е)?"
                    r"|стро(?:й|я|ю|ем|е)|энерго|\w+(?:развития|науки|связ(?:ь|и|ью))")
# a state university or institute: a city's first letters (one capital, then small letters, or
# "СПб"), capitals ending in "ГУ", "ГТУ", "ГПУ", "ГМУ", "ГАУ", "ГЭУ", "ГИ", "ГМА" …
_UNIVERSITY = re.compile(r"(?:[А-ЯЁ][а-яё]{1,5}|СПб)[А-ЯЁ]{0,2}Г(?:[ТПМАЭЛ]?У|[ТМ]?И|[МС]?А)")
_UNIVERSITY_WORD = re.compile(rf"(?<![\w-]){_UNIVERSITY.pattern}(?![\w-])")


def ministry(word: str, parse) -> bool:
    """Whether ``word`` is a ministry's contraction: "Мин" and a field the dictionary knows as a
    singular noun in the genitive, or one of the short fields."""
    match = _MINISTRY.fullmatch(word)
    if match is None:
        return False
    field = match.group("field")
    return _SHORT.fullmatch(field) is not None or any(
        p.is_known and p.tag.POS == "NOUN" and p.tag.case == "gent" and "sing" in p.tag
        and not p.tag.grammemes & {"Fixd", "Abbr"} for p in parse(field))


def university(word: str) -> bool:
    """Whether ``word`` is a state university's contraction ("ОмГУ", "СПбГУ", "ВолгГТУ")."""
    return _UNIVERSITY.fullmatch(word) is not None


def contracted(word: str, parse) -> bool:
    return university(word) or ministry(word, parse)


def contractions_apart(text: str, raw: list[tuple[str, int, int]], parse) -> list[tuple[str, int, int]]:
    """slovnet's spans with a contracted body's name made an organization of its own: a place or
    person of that one word is the organization ("В [Минцифры] сообщили", "Выпускник
    [НовГУ]"), a person opening with it is the organization and the person after it ("Глава
    [Минцифры] [Максут Шадаев]"); and a university no span holds is one ("Студенты [ОмГУ]")."""
    out = []
    for label, start, stop in raw:
        words = list(_WORD.finditer(text, start, stop)) if label in ("PER", "LOC") else []
        if not words or words[0].start() != start or not contracted(words[0].group(), parse):
            out.append((label, start, stop))
        elif len(words) == 1 and words[0].end() == stop:
            out.append(("ORG", start, stop))
        elif label == "PER":
            out += [("ORG", start, words[0].end()), ("PER", words[1].start(), stop)]
        else:
            out.append((label, start, stop))
    taken = sorted((a, b) for _, a, b in out)
    for match in _UNIVERSITY_WORD.finditer(text):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            out.append(("ORG", *match.span()))
    return out
