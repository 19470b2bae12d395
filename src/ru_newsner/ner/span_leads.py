"""What a span's words say, read with the dictionary (``text.morph``'s pymorphy3 parses): a
lone word of a class no name belongs to is no place or organization ("[Переизбранный] в
октябре Чавес"), nor a plural noun of people ("[Американцы] отказались"); a common word opening
a sentence and a person's span is no part of the name ("[Пресс-агент Гибсона]" → "Пресс-агент
[Гибсона]"), nor a noun of people opening an organization's ("Военнослужащие [группировки
Минобороны России]"), nor a verb form ("Основал [Благотворительный фонд …]"), nor a title
("Король [Абдалла]"); "святой" before a saint's name is ("[святого Петра]"). The repairs that
read the text alone are ``ner.boundaries``.
"""

import re

from ..text.segment import sentence_start
from ..text.yo import fold

_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr")
_WORD = re.compile(r"\S+")
_EDGE = ",.:;!?«»\"()"  # punctuation stuck to a word
_WORD_BEFORE = re.compile(r"([А-ЯЁа-яё-]+)[ \u00a0]+$")


def common_word(word: str, parse) -> bool:
    """A dictionary word with no proper-name reading: "Кардиологу", "Пресс-агент", "Есть"."""
    word = word.rsplit("-", 1)[-1].strip(_EDGE)
    parses = parse(word) if word.isalpha() else ()
    return bool(parses) and all(p.is_known and not any(g in p.tag for g in _PROPER) for p in parses)


_NO_NAME_CLASSES = frozenset({"NPRO", "ADVB", "INFN", "GRND", "PRTF", "PRCL", "CONJ", "PREP", "PRED", "COMP", "NUMR"})


def _no_name_class(word: str, parse) -> bool:
    """A dictionary word with no proper-name reading whose first reading is a pronoun, adverb,
    infinitive, participle, particle, … or an ordinal ("Двенадцатое")."""
    parses = parse(word.strip(_EDGE))
    first = parses[0].tag if parses else None
    if first is None or not (first.POS in _NO_NAME_CLASSES or (first.POS == "ADJF" and "Anum" in first)):
        return False
    return common_word(word, parse)


def lone_common_word(text: str, label: str, start: int, stop: int, parse) -> bool:
    """A LOC, or an ORG outside quotes, of one word of a class no name belongs to ("Ещё
    студенткой выступала", "[Переизбранный] в октябре Чавес"; NEREL train: 5 such spans, none
    right); a quoted name stays ("газета «Сегодня»", "канал «Вести»"). Nor is a plural noun of
    people a place, nor a common noun that opens a sentence or a line as a plural subject
    ("[Власти] считают", "[Власти] США арестовали": NEREL train 3 such places, none right; a town
    the dictionary knows, "Химки", "Горки", stays), nor a correspondent's "Корр." a name."""
    words = list(_WORD.finditer(text, start, stop))
    if len(words) == 1 and label == "LOC":
        word = words[0].group()
        if _people(word, parse) or sentence_start(text, start, lines=True) and _plural_subject(word, parse):
            return True
    if _BYLINE.fullmatch(text, start, stop) and text[stop:stop + 1] == ".":
        return True  # a byline's "/[Корр]. ТАСС Сергей Изотов/": the correspondent, no name
    if len(words) != 1 or not _no_name_class(words[0].group(), parse):
        return False
    return label == "LOC" or not (start and text[start - 1] in "«\"„“'")


_BYLINE = re.compile(r"(?:[Сс]пец|[Сс]об)?[Кк]орр")


def _plural_subject(word: str, parse) -> bool:
    """A dictionary word with no proper-name reading, read only as nouns, one of them a plural
    nominative ("Власти", "Силы")."""
    word = word.strip(_EDGE)
    if not common_word(word, parse):
        return False
    parses = parse(word)
    return all(p.tag.POS == "NOUN" for p in parses) and any({"plur", "nomn"} <= p.tag.grammemes for p in parses)


def _people(word: str, parse) -> bool:
    """A dictionary word read only as a plural noun of people: "Американцы", "Россияне",
    "Лесоводов" — no place, though slovnet tags a headline's "[Американцы] отказались от …"."""
    parses = parse(word.strip(_EDGE).lower())
    return bool(parses) and all(p.is_known and p.tag.POS == "NOUN" and "anim" in p.tag and "plur" in p.tag
                                and "Fixd" not in p.tag and not any(g in p.tag for g in _PROPER) for p in parses)


def common_lead(text: str, start: int, stop: int, parse) -> tuple[int, int]:
    """A PER span opening a sentence with a common word loses it: '[Пресс-агент Гибсона]' →
    'Пресс-агент [Гибсона]', '[Есть Марко Ройс]' → 'Есть [Марко Ройс]'; a lone common word
    there ('Испанец', 'Постоялец') is no name at all. Kept: 'Лебедь Александр' (a surname the
    dictionary knows as a noun, then a first name) and anything mid-sentence, where the
    capital is informative ('Эмир Кустурица', 'Серена Уильямс', 'Лебедь'). But a lone word of a
    class no name belongs to is none anywhere, a capital after a lost full stop: 'место [Оно]
    меня вдохновило', '[Впоследствии] развивая', 'его [Двенадцатое] воплощение' (NEREL train:
    8 such spans, none a name; verbs are left, 'Лью', 'Мори' are names)."""
    words = list(_WORD.finditer(text, start, stop))
    if len(words) == 1 and _no_name_class(words[0].group(), parse):
        return start, start
    if not words or not words[0].group()[:1].isupper() or not sentence_start(text, start) \
            or len(words[0].group()) <= 2 or not common_word(words[0].group(), parse):
        return start, stop  # mid-sentence, a capital says "name": "Эмир Кустурица", "Лебедь";
        # a word of two letters is a name's ("Си Цзиньпин", "Ли Кэцян")
    if len(words) == 1:
        return start, start
    rest = [parse(w.group().strip(",.")) for w in words[1:]]
    # a first name the dictionary knows ("Лебедь Александр"), not a guess ("Прислуга Макафи")
    first_names = all(ps and ps[0].is_known and any(g in ps[0].tag for g in ("Name", "Patr")) for ps in rest)
    return (start, stop) if first_names else (words[1].start(), stop)


def people_lead(text: str, start: int, stop: int, parse) -> tuple[int, int]:
    """An ORG span opening a sentence with a common noun of people and then a common noun in the
    genitive loses the people: '[Военнослужащие группировки Минобороны России]' →
    'Военнослужащие [группировки Минобороны России]' (a TASS sample; slovnet took the capital
    for a name's). Kept: a name that starts with people ('Врачи без границ', 'Свидетели
    Иеговы': a preposition or a name follows) and anything mid-sentence. NEREL train + dev: no
    such span either way."""
    words = list(_WORD.finditer(text, start, stop))
    if len(words) < 2 or not words[0].group()[:1].isupper() or not sentence_start(text, start):
        return start, stop
    first, second = words[0].group().strip(_EDGE), words[1].group().strip(_EDGE)
    if not common_word(first, parse) or not second[:1].islower() or not common_word(second, parse):
        return start, stop
    people = parse(first)[0].tag
    if people.POS != "NOUN" or "anim" not in people:
        return start, stop
    if not any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in parse(second)):
        return start, stop
    return words[1].start(), stop


_KIND_THEN_QUOTE = re.compile(r"([А-ЯЁ][а-яё]+)[ \u00a0]+(?=[«\"„“])")


def kind_lead(text: str, start: int, stop: int, parse) -> tuple[int, int]:
    """An ORG span opening a sentence with the kind of body its quoted name follows loses the
    kind: '[Компания «Российские железные дороги»]' → 'Компания [«Российские железные
    дороги»]', as the kind in lower case is left out mid-sentence (NEREL train + dev: 7 such
    names at a sentence's start, all annotated without their kind)."""
    from .apposed_names import KINDS

    match = _KIND_THEN_QUOTE.match(text, start, stop)
    if match is None or not sentence_start(text, start) \
            or not any(p.normal_form in KINDS for p in parse(match.group(1).lower())):
        return start, stop
    return match.end(), stop


_VERB_CLASSES = frozenset({"VERB", "INFN", "GRND", "PRTS"})
_SHORT_NAME = 6  # names that read as verb forms are short: "Лью", "Мори", "Серена", "Делило"


def _verb_only(word: str, parse) -> bool:
    word = word.strip(_EDGE)
    parses = parse(word) if word.isalpha() else ()
    if not parses or parses[0].tag.POS not in _VERB_CLASSES:  # most words fail here, cheaply
        return False
    return all(p.tag.POS in _VERB_CLASSES for p in parses) and common_word(word, parse)


def verb_lead(text: str, start: int, stop: int, parse) -> tuple[int, int]:
    """No name holds a verb: a span with a verb form in lower case is none ('[Фонд создан для
    помощи …]', '[Центр возглавлял]'), and a capitalized verb form of more than six letters
    opening it is cut ('[Основал Благотворительный фонд …]' → 'Основал [Благотворительный
    фонд …]', '[Обучался] музыке'). A word counts when every reading pymorphy3 gives is a
    dictionary verb form (finite, infinitive, gerund, short participle) and none a name.
    NEREL train: 9 such spans, none right; names that read as verbs are short ('Лью',
    'Серена') or capitalized inside a name ('Джек Лью', 'МОК')."""
    words = text[start:stop].split()  # most spans: a word or two, capitalized; no regex
    if any(w[:1].islower() and _verb_only(w, parse) for w in words[1:]):
        return start, start
    if words and len(words[0].strip(_EDGE)) > _SHORT_NAME and _verb_only(words[0], parse):
        second = list(_WORD.finditer(text, start, stop))[1:2]
        rest = second[0].start() if second and not second[0].group()[:1].islower() else stop
        return (rest, stop) if rest < stop else (start, start)
    return start, stop


def title_lead(text: str, start: int, stop: int, parse, titles: frozenset[str]) -> tuple[int, int]:
    """A capitalized title opening a PER span is no part of the name (NEREL tags it as a
    profession): '[Король Абдалла]' → 'Король [Абдалла]', 'улице [Генерала Дорохова]' →
    'Генерала [Дорохова]'; a title with nothing but adjectives after it ('Папы Римского',
    'Принца Кембриджского') is no name at all. ``titles``: lemmas of positions. Kept: a word
    pymorphy3 also reads as a first name. On NEREL train: 6 spans right after the cut, 4
    wrong ('Эмир Кустурица', 'Короля Лир'); kept after another title ('режиссёра Эмира Кустурицы':
    2 more right). A title alone, whose first reading is one, is no name ('напомнил [Папа]',
    'прежний [Предстоятель]', 'Мик Джаггер [Рокер]': 10 such on train, 1 a name)."""
    words = list(_WORD.finditer(text, start, stop))
    if not words or not words[0].group()[:1].isupper():
        return start, stop
    if len(words) == 1:  # a title alone is none either: "напомнил [Папа]", "прежний [Предстоятель]"
        parses = parse(words[0].group().strip(_EDGE))
        lone = parses and fold(parses[0].normal_form.lower()) in titles and not any("Name" in p.tag for p in parses)
        return (start, start) if lone else (start, stop)
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before and any(fold(p.normal_form.lower()) in titles for p in parse(before.group(1))):
        return start, stop  # a title before it: "Режиссёр [Эмир Кустурица]" names Эмир
    parses = parse(words[0].group().strip(_EDGE))
    if not parses or any("Name" in p.tag for p in parses) \
            or not any(fold(p.normal_form.lower()) in titles for p in parses):
        return start, stop
    rest = [parse(w.group().strip(_EDGE)) for w in words[1:]]
    if all(ps and ps[0].tag.POS == "ADJF" for ps in rest):
        return start, start
    return words[1].start(), stop


_SAINT_BEFORE = re.compile(r"(?<![\w-])(?:[Сс]вят(?:ой|ого|ому|ым|ом|ая|ую|ые|ых|ыми))[ \u00a0]+$")


def saint_lead(text: str, start: int, stop: int) -> tuple[int, int]:
    """A saint's name takes in "святой" before it: 'святого [Петра]' → '[святого Петра]',
    'госпитале Святой [Марии]' (NEREL train: 9 of 11 such names)."""
    match = _SAINT_BEFORE.search(text, max(0, start - 12), start)
    return (match.start(), stop) if match and stop > start else (start, stop)
