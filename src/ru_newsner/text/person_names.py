"""Nominative normal forms of persons' names, and the gender their words say.

"Михаила Серёгина" → "Михаил Серёгин", "Анжелиной Джоли" → "Анжелина Джоли", "Черного" →
"Черный": every name word to the nominative, keeping the person's gender
(:func:`person_gender`, the tagger's corrected by the names' own forms), with surnames the
dictionary does not know declined back from their endings. :func:`name_gender` is the gender
the name's words alone say, for the records.
"""

import re
from functools import lru_cache

from .morph import Analysis, inflected
from .normalize import CASES, NAME_TAGS, capitals_of_a_name, inflect_reading, render

# endings of a declined name the dictionary does not know; "-и", "-е", "-о" are left alone:
# mostly indeclinable foreign names ("Уитни", "Фриске", "Трише"), save "-ии" ("Гарсии")
GUESSED_ENDING = re.compile(r"(?:[аяуюы]|ом|ем|ём|ой|ей|ии|ию|ией)$", re.I)
# the genitive "-и" that spelling puts for "-ы" after a velar ("Навки", "Волги" of "Навка",
# "Волга"); not "-ски"/"-цки", which Polish and Czech women's names keep ("Моники Левински")
VELAR_GENITIVE = re.compile(r"(?<![сц])[гкх]и$", re.I)
# a word no declined name ends with, whatever pymorphy3 guesses: a consonant ("Уилер", not a
# woman's "Уилера" declined), or "-и" after a letter that "-я" declension would not leave there
# ("Джоли", "Геловани"; not "Норьеги", the genitive of "Норьега")
UNDECLINED_ENDING = re.compile(r"(?:[бвгджзклмнпрстфхцчшщ]|[^гкхжшчщи]и)$", re.I)


# the Arabic "ад-Дин" of a name ("Бадр ад-Дин", "Салах ад-Дин", "Шамс уд-Дин") declined
_FAITH = re.compile(r"((?:ад|ид|уд|эд|ед)-[Дд]ин)(?:а|у|ом|е)")


def _is_nominative(analysis: Analysis) -> bool:
    return dict(analysis.feats).get("Case") in (None, "Nom")


# (gender, case) → [(ending, nominative ending)] for surnames in -ов/-ев/-ин/-ын/-ский
_SURNAME_ENDINGS = {
    ("Masc", "Gen"): [("ского", "ский"), ("цкого", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"),
                      ("ина", "ин"), ("ына", "ын")],
    ("Masc", "Acc"): [("ского", "ский"), ("цкого", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"),
                      ("ина", "ин"), ("ына", "ын")],
    ("Masc", "Dat"): [("скому", "ский"), ("ову", "ов"), ("еву", "ев"), ("ёву", "ёв"), ("ину", "ин"),
                      ("ыну", "ын")],
    ("Masc", "Ins"): [("ским", "ский"), ("овым", "ов"), ("евым", "ев"), ("ёвым", "ёв"), ("иным", "ин"),
                      ("ыным", "ын")],
    ("Masc", "Loc"): [("ском", "ский"), ("ове", "ов"), ("еве", "ев"), ("ёве", "ёв"), ("ине", "ин"),
                      ("ыне", "ын")],
    ("Fem", "Gen"): [("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ыной", "ына")],
    ("Fem", "Dat"): [("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ыной", "ына")],
    ("Fem", "Ins"): [("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ыной", "ына")],
    ("Fem", "Loc"): [("ской", "ская"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ыной", "ына")],
    ("Fem", "Acc"): [("скую", "ская"), ("ову", "ова"), ("еву", "ева"), ("ину", "ина"), ("ыну", "ына")],
}


def surname_nominative(word: str, gender: str | None, case: str | None) -> str | None:
    """Nominative of a surname unknown to the dictionary, from its ending; None if unsure."""
    for ending, nominative in _SURNAME_ENDINGS.get((gender or "Masc", case or ""), ()):
        if word.lower().endswith(ending):
            return word[: len(word) - len(ending)] + nominative
    return None


def person_gender(tokens, analyses, parse) -> str | None:
    """"Masc" or "Fem": the tagger's gender of the name's words (which the sentence's verbs
    and adjectives agree with), overruled where only a man's or only a woman's name is written
    so; None where the tagger gives none."""
    gender = next((dict(a.feats).get("Gender") for a in analyses if dict(a.feats).get("Gender")), None)
    if gender == "Fem" and any(_masculine_form(t.text, a, parse) for t, a in zip(tokens, analyses)):
        gender = "Masc"  # slovnet's "Колби Ковингтоном" (Fem, Gen): only a man's name ends so
    elif gender == "Masc" and (any(_womans_first_name(parse(t.text), dict(a.feats).get("Case"))
                                   for t, a in zip(tokens[: max(1, len(tokens) - 1)], analyses))
                               or any(_womans_oblique_name(parse(t.text)) for t in tokens)):
        gender = "Fem"  # slovnet's "Мирославой Немцовой", "Селене Гомес", "Грету Тунберг" (Masc)
    return gender if gender in ("Masc", "Fem") else None


def name_gender(tokens, analyses, parse) -> str | None:
    """"Masc"/"Fem" where the name's words are the dictionary's of one gender only in the
    tagger's case, and no word says the other: a first name ("Грету", "Хиллари"), a patronymic, a
    surname of a gendered form ("Захаровой", "Путин"), or one declined as only a man's is
    ("Клинтона"); a surname ending in a consonant, undeclined, is either's ("Клинтон", "Шапиро",
    "Меркель"). None where the words say nothing or both ("Уайт")."""
    said = set()
    for token, analysis in zip(tokens, analyses):
        said |= _word_gender(token.text, CASES.get(dict(analysis.feats).get("Case")), parse)
    return {"masc": "Masc", "femn": "Fem"}.get(said.pop()) if len(said) == 1 else None


@lru_cache(maxsize=20_000)
def _word_gender(word: str, case: str | None, parse) -> frozenset:
    """The one gender a name word's readings in ``case`` have ({"masc"}, {"femn"}), or none."""
    readings = [p for p in parse(word) if p.tag.grammemes & NAME_TAGS and p.tag.gender in ("masc", "femn")
                and ("Name" in p.tag or "Fixd" not in p.tag)]
    if word[-1:].lower() in _CONSONANTS:  # his nominative is her every case
        readings = [p for p in readings if "Name" in p.tag or "Patr" in p.tag or p.tag.case != "nomn"]
    in_case = [p for p in readings if p.tag.case == case]
    if not in_case and case in ("gent", "accs") and readings and all(p.tag.case == "nomn" for p in readings):
        return frozenset()  # a woman's nominative read as a genitive: "Илона [Маска]", a man's
    readings = in_case or readings
    genders = frozenset(p.tag.gender for p in readings)
    return genders if len(genders) == 1 else frozenset()


_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщь")


def person_normal(text, tokens, analyses, parse, gender: str | None = None) -> str:
    """Every name word to the nominative, keeping the person's gender (``person_gender``'s,
    computed here unless given)."""
    gender = gender or person_gender(tokens, analyses, parse)
    grammeme = {"Masc": "masc", "Fem": "femn"}.get(gender)
    words, titled, stems = {}, set(), {}
    for i, (token, analysis) in enumerate(zip(tokens, analyses)):
        if not token.text[:1].isalpha() or len(token.text) < 2:
            continue
        if token.text.isupper():
            if not capitals_of_a_name(token.text, parse(token.text), analysis.index):
                continue
            titled.add(i)
        faith = _FAITH.fullmatch(token.text)
        if faith:  # "Бадр ад-Дина": "ад-Дин" ("of the faith") is a man's, "-а" its genitive
            words[i] = faith.group(1).lower()
            continue
        shared = _shared_surname(token.text, grammeme) if i == len(tokens) - 1 and i > 0 else None
        if shared:  # "Борис и [Марина Ходорковские]"
            words[i] = shared
            continue
        parses = parse(token.text)
        named = _never_nominative(parses)
        case = parses[analysis.index].tag.case if analysis.index >= 0 else None
        tagged = dict(analysis.feats).get("Case")  # the tagger's, where the dictionary's reading may differ
        if _is_nominative(analysis) and not named:
            tagged = _case_of_the_first_name(analysis, gender, tokens, analyses, parse, i)
            if tagged is None:
                continue
            case = CASES[tagged]
        if named and tagged in (None, "Nom"):  # "суперзвездой [Анжелиной] Джоли", "НИИ им. [Склифосовского]"
            if case is None or not any(p.tag.case == case for p in named):
                case = named[0].tag.case
            tagged = _UD_CASE.get(case)
        saint = next((p for p in parses if p.normal_form == "святой"), None)  # "святого Петра"
        if saint is not None:
            words[i] = inflected(saint, frozenset({"nomn", "sing", grammeme or "masc"}))
            continue

        def prefer(p, case=case, guessable=not UNDECLINED_ENDING.search(token.text)):
            return (p.tag.POS == "NOUN" and bool(NAME_TAGS & p.tag.grammemes) and "plur" not in p.tag
                    and _gender_fits(p, grammeme) and (case is None or p.tag.case == case)
                    and (p.is_known or guessable))  # a guessed "Джоли" is no "Джоля" declined

        junior = _junior(token.text, parse, grammeme, case)
        if junior:
            words[i] = junior
            continue
        mans = _mans_name_as_womans(token.text, parses, gender, tagged, [t.text for t in tokens[i + 1:]])
        if mans:  # "Илона Маска" is Илон Маск's
            words[i] = mans
            continue
        declined = _a_declension(parses, token.text, tagged)
        if declined and _UD_CASE.get(case) != tagged:  # pymorphy3 guesses another case: "Кулебу" a dative
            stems[i] = declined
            continue
        if any(prefer(p) for p in parses):
            word = inflect_reading(parses, analysis, {"nomn", "sing"}, prefer)
        else:
            word = surname_nominative(token.text, gender, tagged) \
                or _mans_dative(token.text, parses, grammeme, tagged) \
                or _guessed_nominative(parses, grammeme, case) \
                or (_adjective_surname(parses, grammeme, case)  # a lone "Черного" too, not a first name
                    if (i > 0 or len(tokens) == 1) and token.text[:1].isupper() else None)
        if word is not None:
            words[i] = _double_declined(token.text, word, tagged) if grammeme == "masc" else word
        elif grammeme == "masc" and not _dictionary_name(parses, tagged):
            stems[i] = _consonant_stem(token.text, tagged)
    if len(tokens) == 1 or words:  # in a longer name another word must have been declined too
        words.update((i, w) for i, w in stems.items() if w)
    return render(text, tokens, words, frozenset(titled))


def _case_of_the_first_name(analysis: Analysis, gender: str | None, tokens, analyses, parse, i: int) -> str | None:
    """The oblique case of a first name the dictionary knows as the person's gender, for a
    word after it the tagger read as a nominative of the other gender: "Владимира Щеголькова"
    is a man's genitive, not a woman's "Щеголькова" (where the first name is no name the
    dictionary knows, "Лолла Каримова", the tagger's reading stays)."""
    grammeme = {"Masc": "masc", "Fem": "femn"}.get(gender)
    if grammeme is None or i == 0 or dict(analysis.feats).get("Gender") in (None, gender):
        return None
    first, reading = analyses[0], None
    if first.index >= 0:
        reading = parse(tokens[0].text)[first.index]
    if reading is None or not reading.is_known or "Name" not in reading.tag or reading.tag.gender != grammeme:
        return None
    case = dict(first.feats).get("Case")
    return case if case in CASES and case != "Nom" and reading.tag.case == CASES[case] else None


# a surname in the nominative plural, shared by two first names ("Борис и Марина Ходорковские",
# "Иван и Мария Петровы"): its singular of the person's gender; no singular surname ends so
_PLURAL_SURNAME = re.compile(r"(?<=[сц]к)ие$|(?<=[оеё]в)ы$|(?<=[иы]н)ы$")
_SINGULAR = {("ие", "masc"): "ий", ("ие", "femn"): "ая", ("ы", "masc"): "", ("ы", "femn"): "а"}


def _shared_surname(word: str, grammeme: str | None) -> str | None:
    match = _PLURAL_SURNAME.search(word)
    if match is None or grammeme is None or not word[:1].isupper():
        return None
    return word[: match.start()] + _SINGULAR[match.group(), grammeme]


# endings of a declined word that no indeclinable foreign name has ("Фоссе", "Исаму", "Трише" have)
_DECLINED_ONLY = re.compile(r"(?:ой|ей|ого|его|ому|ему|ым|им|ом|ем)$", re.I)


def _never_nominative(parses) -> list:
    """The dictionary's readings of a word it knows as a name in the singular, where it knows
    no nominative of the word at all and the word ends as only a declined word ends
    ("Анжелиной", "Склифосовского"): the tagger's nominative, which it gives rare names,
    cannot be right. Empty otherwise."""
    known = [p for p in parses if p.is_known]
    if not known or not _DECLINED_ONLY.search(known[0].word) or any(p.tag.case == "nomn" for p in known):
        return []
    return [p for p in known if NAME_TAGS & p.tag.grammemes and "sing" in p.tag and "Fixd" not in p.tag]


def _double_declined(written: str, word: str, case: str | None) -> str:
    """A man's double surname with both parts declined takes its first part to the nominative
    too, where the dictionary's reading changed only the last ("Диаса-Канеля" → "Диас-Канель",
    not "Диаса-Канель"); an undeclined first part stays ("Жан-Поля" → "Жан-Поль")."""
    head, _, tail = written.partition("-")
    new_head, _, new_tail = word.partition("-")
    if not tail or new_head != head.lower() or new_tail == tail.lower() or not (head[:1].isupper() and tail[:1].isupper()):
        return word
    stem = _consonant_stem(head, case)
    return f"{stem.lower()}-{new_tail}" if stem else word


def _dictionary_name(parses, case: str | None) -> bool:
    """The dictionary knows the word as a name, or reads it in the tagger's case."""
    return any(p.is_known and NAME_TAGS & p.tag.grammemes or p.tag.case == _PYMORPHY_CASE.get(case)
               for p in parses)


# a man's name of the consonant declension in an oblique case: its endings, hard and soft; a
# soft ending stands for "-ь" after a consonant that takes one, for a hard stem after "ж ш ч щ ц"
# ("Пейджем"), for "-й" after a vowel ("Карзая")
_CONSONANT_ENDINGS = {"Gen": ("а", "я"), "Acc": ("а", "я"), "Dat": ("у", "ю"), "Ins": ("ом", "ем", "ём")}
_SOFT = frozenset({"я", "ю", "ем", "ём"})
_PYMORPHY_CASE = {k: v for k, v in CASES.items() if k != "Nom"}  # the oblique cases
_UD_CASE = {v: k for k, v in _PYMORPHY_CASE.items()}
_HUSHING = frozenset("жшчщц")
_SOFTENED = frozenset("бвдзлмнпрстф")
_VOWELS = frozenset("аеёиоуыэюя")


def _consonant_stem(word: str, case: str | None) -> str | None:
    """The nominative of a man's name the dictionary does not know, declined as Russian
    declines a consonant stem in the case the tagger gives it ("Брэда Питта" → "Питт", "Сергея
    Скрипаля" → "Скрипаль", "Хамида Карзая" → "Карзай"); None when the word does not end so."""
    low = word.lower()
    for ending in _CONSONANT_ENDINGS.get(case or "", ()):
        stem = word[: len(word) - len(ending)]
        if not low.endswith(ending) or len(stem) < 3 or not stem.isalpha():
            continue
        last = stem[-1].lower()
        if ending not in _SOFT:
            return stem if last not in _VOWELS and last not in "йь" and "а" <= last <= "я" else None
        if last in _SOFTENED:
            return stem + "ь"
        if last in _HUSHING:
            return stem
        return stem + "й" if last in _VOWELS else None
    return None


_JUNIOR = re.compile(r"(\w+)-((?:младш|старш)\w+)$", re.I)  # "Буша-младшего"


def _junior(word: str, parse, grammeme: str | None, case: str | None) -> str | None:
    """"Буша-младшего" → "Буш-младший": the surname and the adjective each in the nominative,
    or None (no such word, or either part not read in ``case``)."""
    match = _JUNIOR.match(word)
    if not match:
        return None
    name, rank = match.groups()
    names = [p for p in parse(name) if NAME_TAGS & p.tag.grammemes and p.tag.case == case]
    ranks = [p for p in parse(rank) if p.tag.POS == "ADJF" and p.tag.case == case]
    if not ranks:
        return None
    first = inflected(names[0], frozenset({"nomn", "sing"})) if names else _guessed_nominative(parse(name), grammeme, case)
    second = inflected(ranks[0], frozenset({"nomn", "sing", grammeme or "masc"}))
    return f"{first}-{second}" if first and second else None


def _adjective_surname(parses, grammeme: str | None, case: str | None) -> str | None:
    """A surname declined as an adjective the dictionary knows only as one ("Сергея [Черного]",
    "Андрея [Белого]") in the nominative of the person's gender, or None."""
    for p in parses:
        tag = p.tag
        if tag.POS == "ADJF" and "sing" in tag and case is not None and tag.case == case \
                and (grammeme is None or tag.gender == grammeme):
            return inflected(p, frozenset({"nomn", "sing", grammeme or tag.gender or "masc"}))
    return None


MASCULINE_CASE_ENDING = re.compile(r"(?:ом|ем|ём|ому|ему|ого|его|ым|им)$", re.I)


def _masculine_form(word: str, analysis: Analysis, parse) -> bool:
    """A name word declined as only a man's name declines: a masculine oblique-case reading
    ending in "-ом", "-ему", "-ого", "-ым", … ("Ковингтоном"; a woman's "Ковингтон" would not
    decline, and her adjectival surname ends in "-ой"/"-ую"), or a dative in "-у"/"-ю"
    ("Тайрону"; a woman's dative ends in "-е"/"-и", her "-у" is an accusative: "Грету")."""
    dative = dict(analysis.feats).get("Case") == "Dat" and word[-1:].lower() in ("у", "ю")
    if analysis.index < 0 or not (MASCULINE_CASE_ENDING.search(word) or dative):
        return False
    tag = parse(word)[analysis.index].tag
    return tag.POS == "NOUN" and "masc" in tag and tag.case not in (None, "nomn") and "Fixd" not in tag \
        and (not dative or tag.case == "datv")


def _mans_name_as_womans(word: str, parses, gender: str | None, case: str | None, after: list[str]) -> str | None:
    """A man's first name in the genitive or accusative that the dictionary knows only as a
    woman's in the nominative: "Илона [Маска]" is Илон Маск's, "Яна Гамарника" Ян's, where the
    tagger reads a man's genitive and the surname ``after`` it is no woman's nominative too
    ("Лолла Каримова", "Мария Шукшина" are women the tagger misread). Its consonant stem, or None."""
    if gender != "Masc" or case not in ("Gen", "Acc") or not after or any(_HER_SURNAME.search(w) for w in after):
        return None
    known = [p for p in parses if p.is_known]
    if not known or not all("Name" in p.tag and p.tag.gender == "femn" and p.tag.case == "nomn" for p in known):
        return None
    return _consonant_stem(word, case)


_HER_SURNAME = re.compile(r"(?:ова|ева|ёва|ина|ына|ая|яя)$", re.I)


def _womans_first_name(parses, case: str | None) -> bool:
    """The dictionary knows the word as a woman's first name in the tagger's case, and as
    nothing masculine ("Мирославой", "Селене"; not "Мирослава", also a man's genitive, nor
    "Сталина", also a surname's, nor "Саша", of either gender, nor "Арлена Спектера", a
    woman's nominative where the tagger reads a genitive)."""
    known = [p for p in parses if p.is_known and "plur" not in p.tag]  # no person is a plural
    wanted = _PYMORPHY_CASE.get(case, "nomn")
    return any("Name" in p.tag.grammemes and p.tag.gender == "femn" and p.tag.case == wanted for p in known) \
        and not any({"masc", "ms-f"} & p.tag.grammemes or p.tag.gender is None and NAME_TAGS & p.tag.grammemes
                    for p in known)


def _womans_oblique_name(parses) -> bool:
    """The dictionary knows the word only as a woman's name or surname, not in the nominative,
    and it ends as only a declined word ends ("Назарбаевой", "Зухрой"): whatever gender the
    tagger gives, she is a woman (a nominative reading could be a man's unknown name declined,
    "Арлена Спектера"; a foreign man's "Янну", "Али" read as a woman's "Янна", "Аля")."""
    known = [p for p in parses if p.is_known]
    return bool(known) and bool(_DECLINED_ONLY.search(known[0].word)) and all(
        NAME_TAGS & p.tag.grammemes and p.tag.gender == "femn" and p.tag.case != "nomn" and "ms-f" not in p.tag
        for p in known)


# a name of the "-а" declension in an oblique case that no other declension of a name ends so:
# the genitive's "-ы" (a man's consonant stem takes "-а"; "-и" is left: "Судзуки", "Бенедучи"
# are not declined), the accusative's "-у"/"-ю" (a man's consonant stem takes "-а"/"-я")
_A_ENDINGS = {"Gen": (("ы", "а"),), "Acc": (("у", "а"), ("ю", "я"))}


def _mans_dative(word: str, parses, grammeme: str | None, case: str | None) -> str | None:
    """A man's name the dictionary does not know, in a dative in "-у"/"-ю", is a consonant
    stem's ("Шарлю де [Голлю]" → "Голль", "Шарлю [Азнавуру]" → "Азнавур"), not the accusative
    of a woman's "-а"/"-я" name that pymorphy3 guesses ("Голля"): a man's "-а" name's dative
    ends in "-е". A man's dative pymorphy3 guesses itself stays its ("Осовцу" → "Осовец")."""
    if grammeme != "masc" or case != "Dat" or any(p.is_known or p.tag.POS == "NOUN" and "masc" in p.tag
                                                  and p.tag.case == "datv" for p in parses):
        return None
    return _consonant_stem(word, case)


def _a_declension(parses, word: str, case: str | None) -> str | None:
    """The nominative of a name the dictionary does not know, declined as "-а" nouns decline,
    in the tagger's case where its ending says so: "Дмитрия Кулебы", "Кулебу" → "Кулеба";
    None otherwise (pymorphy3 guesses a plural "кулебы" or a dative "кулебу")."""
    if any(p.is_known for p in parses) or not word[:1].isupper():
        return None
    low = word.lower()
    for ending, nominative in _A_ENDINGS.get(case or "", ()):
        if low.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending)] + nominative
    return None


def _gender_fits(p, grammeme: str | None) -> bool:
    """A reading fits the person's gender when it has it or is of common gender ("Обамы": ms-f)."""
    return grammeme is None or grammeme in p.tag.grammemes or "ms-f" in p.tag.grammemes


def _guessed_nominative(parses, grammeme: str | None, case: str | None) -> str | None:
    """A name the dictionary does not know, declined the way pymorphy3 guesses it
    ("Маккаррика" → "Маккаррик"), or read as a common noun ("Шредера" → "Шредер"): a
    singular noun reading in the word's case that fits the person's gender; none for a
    case-less or nominative word or an indeclinable reading."""
    if case in (None, "nomn") or not parses:
        return None
    if not GUESSED_ENDING.search(parses[0].word) and not (case == "gent" and VELAR_GENITIVE.search(parses[0].word)):
        return None  # but "Татьяны Навки": a genitive of "навка"
    for p in parses:
        tag = p.tag
        if tag.POS == "NOUN" and tag.case == case and "sing" in tag and not tag.grammemes & {"Fixd", "Abbr"} \
                and (_gender_fits(p, grammeme)  # a man's guessed "Гарсии" declines like "мамы"
                     or not p.is_known and grammeme == "masc" and p.normal_form[-1:] in ("а", "я")):
            return inflected(p, frozenset({"nomn", "sing"}))
    return None
