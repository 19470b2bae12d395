"""Bodies named by a compound contraction that slovnet misses or mislabels: a ministry, the
"Мин" of "министерство" and its field run together ("Минцифры", "Минтруда", "Минобороны";
"Минфина", "Минюсте", "Минстроя" cut short and declined), a state university, its city's
first letters and "ГУ" ("ОмГУ", "ТюмГУ", "НовГУ", "СПбГУ", "ОмГТУ", "ВолгГМУ"), and a body
whose level or city runs into its kind ("Мосгорсуд", "Мособлсуд", "Мосгоризбирком",
"Моссовет", "Горсовет", "Облизбирком", "Генштаб", "Росгвардия", "Роскомнадзор"): one of the
contracted levels (:data:`_LEVELS`), then the dictionary's form of a body's noun (:data:`BODY_NOUNS`),
after at most a few more contracted letters ("Рос|ком|надзор", "Мос|гор|избирком").

A body of that kind is declined as its noun: "Мосбиржи" is "Мосбиржа" (the dictionary, not
knowing the word, guesses "Мосбиржи"), "Росгвардии" "Росгвардия". Of the words in NEREL train
and dev that read as such a body, 154 of 162 are tagged organizations on their own (the other
8 are "Генштаба", "Госдумы" and "Генпрокуратуры" not tagged alone); slovnet finds nearly all,
but leaves out a rarer form ("Госдумами") and newer bodies ("Мосгорсуда"), and read
"Мосгоризбиркома" as a person.

slovnet knows the ministries of the news it was trained on; a newer one it reads as the first
word of the person named after it ("Глава [Минцифры Максут Шадаев]") or as a place ("В
[Минцифры] сообщили"). NEREL train and dev tag 32 of their 34 such words as organizations
("Минобороны" and "Минспорта" once untagged), and no other word of theirs reads as one:
surnames ("Мингазов", "Минников": a plural genitive), "Миннесота", "Минск", "Минусинского"
do not. A university it finds, leaves out ("Студенты ОмГУ") or reads as a place or a person
("В [ТюмГУ]", "Выпускник [НовГУ]"); NEREL has none.
"""

import re
from functools import lru_cache

from ..text.morph import analyzer, inflected

_WORD = re.compile(r"[А-ЯЁа-яё]+")
_MINISTRY = re.compile(r"Мин(?!истр)(?P<field>[а-яё]{3,})")  # not "Министр", "Министерство"
# fields cut short, declined as the contraction's own noun; and compounds of a genitive
_SHORT = re.compile(r"(?:фин|юст|здрав|транс|промторг|сельхоз|культ|кавказ)(?:а|у|ом|е)?"
                    r"|стро(?:й|я|ю|ем|е)|энерго|\w+(?:развития|науки|связ(?:ь|и|ью))")
# a state university or institute: a city's first letters (one capital, then small letters, or
# "СПб"), capitals ending in "ГУ", "ГТУ", "ГПУ", "ГМУ", "ГАУ", "ГЭУ", "ГИ", "ГМА" …
_UNIVERSITY = re.compile(r"(?:[А-ЯЁ][а-яё]{1,5}|СПб)[А-ЯЁ]{0,2}Г(?:[ТПМАЭЛ]?У|[ТМ]?И|[МС]?А)")
_UNIVERSITY_WORD = re.compile(rf"(?<![\w-]){_UNIVERSITY.pattern}(?![\w-])")


# the levels a body's contracted name opens with: Moscow's city and region, Russia's, the
# state's, the general (staff, prosecutor's office), the chief, a region's and a city's
_LEVELS = r"Мособл|Мосгор|Мос|Рос|Гос|Ген|Глав|Обл|Гор"
# nouns of a body's kind ("дума", "суд", "избирком", "надзор", …); a person's title
# ("Генпрокурор", "Госсекретарь") or a thing ("Госпиталь") is none
BODY_NOUNS = frozenset({
    "дума", "суд", "избирком", "совет", "надзор", "прокуратура", "биржа", "гвардия", "авиация",
    "штаб", "департамент", "инспекция", "комитет", "архив", "реестр", "ассамблея", "банк",
})
_MORE_LETTERS = 6  # "Рос|здрав|надзор", "Гос|санэпид|надзор"


@lru_cache(maxsize=1)
def _body_words() -> re.Pattern:
    """A word that may be a body's contraction: a level, at most :data:`_MORE_LETTERS` more
    letters, then a written form of one of :data:`BODY_NOUNS` (the dictionary's, of both
    numbers), so that the dictionary is asked only of words that end like one."""
    forms = {form.word for noun in BODY_NOUNS for form in analyzer().parse(noun)[0].lexeme}
    ending = "|".join(sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<level>{_LEVELS})(?P<more>[а-яё]{{0,{_MORE_LETTERS}}}?)(?P<noun>{ending})(?![\w-])")


def body(word: str, parse) -> str | None:
    """The nominative of ``word`` if it is a body's contraction (``_LEVELS``, a few contracted
    letters, then a form the dictionary knows of one of :data:`BODY_NOUNS`): "Мосгорсуда" →
    "Мосгорсуд", "Мосбиржи" → "Мосбиржа"; else None."""
    match = _body_words().fullmatch(word)
    if match is None:
        return None
    for p in parse(match.group("noun")):
        if p.tag.POS == "NOUN" and p.is_known and p.normal_form in BODY_NOUNS:
            form = inflected(p, frozenset({"nomn", "sing"}))
            if form:
                return word[:match.start("noun")] + form
    return None


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
    return university(word) or ministry(word, parse) or body(word, parse) is not None


def contractions_apart(text: str, raw: list[tuple[str, int, int]], parse) -> list[tuple[str, int, int]]:
    """slovnet's spans with a contracted body's name made an organization of its own: a place or
    person of that one word is the organization ("В [Минцифры] сообщили", "Выпускник
    [НовГУ]"), a person opening with it is the organization and the person after it ("Глава
    [Минцифры] [Максут Шадаев]"); and a university or a body no span holds is one ("Студенты
    [ОмГУ]", "решение [Мосгорсуда]")."""
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
    bodies = [m for m in _body_words().finditer(text) if body(m.group(), parse) is not None]
    for match in [*_UNIVERSITY_WORD.finditer(text), *bodies]:
        if not any(a < match.end() and match.start() < b for a, b in taken):
            out.append(("ORG", *match.span()))
    return out
