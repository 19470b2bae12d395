"""Nominative normal forms of multiword names, agreeing in gender and number.

"Омской области" → "Омская область", "Минпромторга России" → "Минпромторг России": the
leading adjectives and the head noun of an organization's or a place's name (:func:`head_normal`);
persons' names are ``text.person_names``'s, with the helpers here. Only words are replaced;
spaces, punctuation and quotes come from the original text.
"""

import re
from collections.abc import Callable, Sequence

from .clean import tokenizer_view
from .morph import Analysis, inflected
from .ordinals import NUMBERED, numbered_nominative
from .segment import Token
from .yo import recover_case, respect_spelling

NAME_TAGS = {"Name", "Surn", "Patr"}
INFLECTABLE = {"NOUN", "ADJF", "PRTF", "NUMR"}
OPEN_QUOTES = "«\"„“'"
CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}  # UD → pymorphy3


def inflect_reading(parses, analysis: Analysis, wanted: set[str], prefer: Callable | None = None):
    """The preferred (else the chosen) parse inflected to ``wanted`` grammemes, or None."""
    if analysis.index < 0:
        return None
    candidates = [p for p in parses if prefer(p)] if prefer else []
    candidates.sort(key=lambda p: "Fixd" in p.tag.grammemes)  # declinable readings first
    wanted = frozenset(wanted)
    for parse in candidates + [parses[analysis.index]]:
        word = inflected(parse, wanted)
        if word is not None:
            return word
    return None


def render(text: str, tokens: Sequence[Token], words: dict[int, str], titled: frozenset[int] = frozenset()) -> str:
    """The span's text with token ``i`` replaced by ``words[i]``; tokens in ``titled``
    written with a capital and small letters ("МОСКВА" → "Москва")."""
    if not tokens:
        return ""
    out, cursor = [], tokens[0].start
    for i, token in enumerate(tokens):
        gap = text[cursor:token.start]
        out.append(" " if tokenizer_view(gap).isspace() else gap)
        original = token.text.title() if i in titled else token.text
        word = words.get(i)
        out.append(original if word is None else recover_case(original, respect_spelling(token.text, word)))
        cursor = token.stop
    return "".join(out)


_PROPER_NAME = {"Geox", "Name", "Surn", "Patr"}


def capitals_of_a_name(word: str, parses, index: int) -> bool:
    """A word in capitals that is a name the dictionary knows, not an abbreviation: a
    dateline's "МОСКВА", a headline's "РОССИИ" (not "США", "МИД", "ТАСС"; three letters
    or fewer are taken for an abbreviation: "ДНР", "ГДР")."""
    return (index >= 0 and len(word) > 3 and word.isupper() and parses[index].is_known
            and bool(_PROPER_NAME & parses[index].tag.grammemes) and not any("Abbr" in p.tag for p in parses))


_OFFICE = re.compile(r"Г?У(?P<body>[А-ЯЁ]{2,})")


def _office_of(word: str, parse) -> bool:
    """``word`` names a body's office, "(главное) управление" + the body: "УФНС", "УФСБ",
    "ГУМВД", whose adjectives are neuter ("Омского УФНС" → "Омское УФНС"; pymorphy3's
    dictionary gives "УФНС" and "УФСБ" the service's feminine). The body must be an
    organization's abbreviation, so "УПК" (a code) and "УЕФА" are not."""
    match = _OFFICE.fullmatch(word)
    return match is not None and any("Abbr" in p.tag and "Orgn" in p.tag for p in parse(match["body"]))


def _head_gender(tokens, analyses, parse) -> str | None:
    """The gender of the noun the leading adjectives agree with (its chosen reading), or None."""
    for token, analysis in zip(tokens, analyses):
        if analysis.index < 0 or not token.text[:1].isalpha():
            return None
        if _office_of(token.text, parse):
            return "neut"
        tag = parse(token.text)[analysis.index].tag
        if tag.POS == "NOUN":  # an abbreviation's gender is pymorphy3's guess ("Европейского ЦБ")
            return tag.gender if tag.gender in ("masc", "femn", "neut") and "Fixd" not in tag else None
        if tag.POS not in ("ADJF", "PRTF"):
            return None
    return None


_VOWEL = re.compile(r"[аеёиоуыэюяaeiouy]", re.I)
# a known noun ending so is Russian ("Чечня", "Земля"); a foreign place's guessed "-я" is
# its prepositional's "-е" misread ("Сиэттле" → "Сиэттля")
_HARD_YA = re.compile(r"[бвгджзклмнпрстфхцчшщ]я$", re.I)
# a guessed word ending so is a masculine nominative, not a plural name's genitive ("Хэбэй",
# "Унцукуль", "Пакатан"); "-ов", "-ев", "-ей", "-ам", "-ах" are plural endings ("Березников",
# "Викиновостей", "Викиновостям")
_CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщйь]$(?<![оеё]в)(?<!ей)(?<![ая][мх])", re.I)


def _undeclined_guess(word: str, tag, parse, case: str | None) -> bool:
    """A word the dictionary does not know whose guessed case is not to be undone: one ending
    in a consonant read as a plural ("Хэбэй" → "Хэбэи"), unless its last hyphened part is a
    known word ("Братьев-мусульман"); or one in "-у"/"-ю" read as a dative, which places and
    foreign names in "-у" are not, where slovnet reads no dative ("в Малибу" → "Малиб")."""
    last = word.rsplit("-", 1)[-1]
    if _CONSONANT_END.search(word) and "plur" in tag and not any(p.is_known for p in parse(last)):
        return True
    return word[-1:].lower() in ("у", "ю") and tag.case == "datv" and case != "Dat"


def _place_reading(parses, analysis: Analysis) -> Analysis:
    """A guessed place noun read as a place: of the readings in the chosen one's case and
    number, a declinable geographical name's that keeps the written stem ("Куала-Лумпура" →
    "Куала-Лумпур", not the person's "Куал-Лумпур"; "Путраджае" → "Путраджая")."""
    chosen, word = parses[analysis.index], parses[analysis.index].word
    for index, p in enumerate(parses):
        if p.tag.POS == "NOUN" and "Geox" in p.tag and "Fixd" not in p.tag and p.tag.case == chosen.tag.case \
                and p.tag.number == chosen.tag.number and p.normal_form[:len(word) - 2] == word[:-2]:
            return analysis if index == analysis.index else Analysis(
                analysis.pos, analysis.feats, p.normal_form, str(p.tag), index)
    return analysis


def _known_place_reading(parses, analysis: Analysis) -> Analysis:
    """A dictionary word of a place read as the dictionary's place where the tagger's case
    allows it: "Сумы" in "в Сумы" (accusative) is the city "Сумы", not the genitive of "сума"."""
    case = CASES.get(dict(analysis.feats).get("Case"))
    for index, p in enumerate(parses):
        if p.is_known and p.tag.POS == "NOUN" and "Geox" in p.tag and "Fixd" not in p.tag and p.tag.case == case:
            return Analysis(analysis.pos, analysis.feats, p.normal_form, str(p.tag), index)
    return analysis


def _ends_in_neuter(word: str, parse) -> bool:
    """``word`` ends with a dictionary neuter noun of five letters or more: a compound
    ("росимущество", "минобразование"), whose guessed neuter is right."""
    return any(p.is_known and p.tag.POS == "NOUN" and "neut" in p.tag and p.normal_form == word[i:]
               for i in range(1, len(word) - 4) for p in parse(word[i:]))


def _guessed_nominative(word: str, written: str, tag, parse, titled_names: bool) -> str:
    """The nominative ``word`` pymorphy3 guessed for a noun it does not know (``written``),
    with the guesses a name does not take undone: one in "-е" is no consonant + "я" ("в Тусоне"
    → "Тусон", "в Совфеде" → "Совфед"); an organization's genitive in "-а" is a masculine's,
    not a neuter's ("Русала" → "Русал"), unless it ends in a neuter noun ("Росимущества")."""
    stem = written[:-1].lower()
    if _HARD_YA.search(word) and word[:-1] == stem and written[-1:] == "е":
        return word[:-1]
    if not titled_names and "neut" in tag and word[-1:] == "о" and word[:-1] == stem and written[-1:] == "а" \
            and not _ends_in_neuter(word, parse):
        return word[:-1]
    return word


# capitals inside a word and at its end: an abbreviation that keeps a syllable in small letters
# ("ОмГМУ", "СибГУ"; not "ВКонтакте", which ends in a small one)
_MIXED_ABBREVIATION = re.compile(r"[А-ЯЁA-Z][а-яёa-z]+[А-ЯЁA-Z]+(?:[а-яёa-z]+[А-ЯЁA-Z]+)*")


_DASHES = frozenset("—–")


def _dashed_name(tokens) -> int | None:
    """The index of the dash before a name's second name, the apposition of official names
    ("Ханты-Мансийский автономный округ — Югра", "Кемеровская область — Кузбасс"): one or
    two capitalized words after a dash inside the span; None if there is none."""
    at = next((i for i, t in enumerate(tokens) if t.text in _DASHES), None)
    if at is None or at == 0 or not 1 <= len(tokens) - at - 1 <= 2:
        return None
    return at if all(t.text[:1].isupper() and t.text.replace("-", "").isalpha() for t in tokens[at + 1:]) else None


def head_normal(text, tokens, analyses, parse, titled_names: bool = False) -> str:
    """Inflect the leading adjectives and the head noun; dependents stay as written. With
    ``titled_names`` (places) a leading name in capitals is written as a name ("МОСКВА" →
    "Москва"); an organization's capitals are kept ("ПАРНАС"). A second name after a dash is
    inflected as a name of its own ("Ханты-Мансийском автономном округе — Югре" →
    "Ханты-Мансийский автономный округ — Югра")."""
    if (dash := _dashed_name(tokens)) is not None:
        return (head_normal(text, tokens[:dash], analyses[:dash], parse, titled_names)
                + re.sub(r"\s+", " ", text[tokens[dash - 1].stop:tokens[dash + 1].start])
                + head_normal(text, tokens[dash + 1:], analyses[dash + 1:], parse, titled_names))
    words, titled, singular = {}, set(), False
    numbered = bool(tokens) and NUMBERED.fullmatch(tokens[0].text.lower()) is not None  # "45-му округу"
    gender = _head_gender(tokens[numbered:], analyses[numbered:], parse)
    head_number = "sing"
    for i, (token, analysis) in enumerate(zip(tokens, analyses)):
        if i == 0 and numbered:
            continue
        if token.text in OPEN_QUOTES or not token.text[:1].isalpha():
            break
        if analysis.index < 0:
            break
        if _MIXED_ABBREVIATION.fullmatch(token.text):
            break  # "ОмГМУ", "СибГУ": an abbreviation written with its small letters
        parses = parse(token.text)
        if token.text.isupper() and len(token.text) > 1:
            if not (titled_names and capitals_of_a_name(token.text, parses, analysis.index)):
                break  # an abbreviation heads the name and does not decline
            titled.add(i)
        tag = parses[analysis.index].tag
        if tag.POS not in INFLECTABLE:
            break
        if tag.case == "nomn":
            if tag.POS == "NOUN":
                break
            continue
        if tag.POS == "NOUN" and not parses[analysis.index].is_known:
            case = dict(analysis.feats).get("Case")
            if case == "Nom" or _undeclined_guess(token.text, tag, parse, case):
                break  # a guessed noun's other case is not trusted ("Невада", "Хэбэй", "Малибу")
            if titled_names:
                analysis = _place_reading(parses, analysis)
                tag = parses[analysis.index].tag
        elif tag.POS == "NOUN" and titled_names and "Geox" not in tag:
            analysis = _known_place_reading(parses, analysis)  # "в Сумы": the city, not a bag's "Сума"
            tag = parses[analysis.index].tag
            if tag.case == "nomn":
                break
        number = tag.number or "sing"
        if tag.POS == "NOUN" and singular:
            number = "sing"  # one of a list's nouns: "Киренском, Братском районах" → "Братский район"
        singular = singular or tag.POS in ("ADJF", "PRTF") and number == "sing"
        word = None
        if gender and number == "sing" and tag.POS in ("ADJF", "PRTF") and any(  # "в «Белом Рождестве»": neuter
                p.tag.POS == tag.POS and p.tag.gender == gender and p.tag.case == tag.case for p in parses):
            word = inflect_reading(parses, analysis, {"nomn", number, gender})
        word = word or inflect_reading(parses, analysis, {"nomn", number})
        if word is not None and not _VOWEL.search(word.rsplit("-", 1)[-1]):
            word = None  # a hyphened name's guessed last part lost its only vowel ("Санта-Фе" → "Санта-Ф")
        if word is not None and tag.POS == "NOUN" and not parses[analysis.index].is_known:
            word = _guessed_nominative(word, token.text, tag, parse, titled_names)
        if word is not None:
            words[i] = word
        if tag.POS == "NOUN":
            head_number = number
            break
    if numbered and words and (word := numbered_nominative(tokens[0].text, gender, head_number, parse)):
        words[0] = word
    return render(text, tokens, words, frozenset(titled))
