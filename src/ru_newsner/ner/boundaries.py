"""Boundary repairs for statistical spans, as an ordered list of small named rules.

Each rule takes ``(text, label, start, stop)`` and returns new ``(start, stop)``; NEREL's
conventions decide: a legal form and the quotes after it belong to an organization
("ООО «Газэкспорт»"), a bare quoted name does not include its quotes ("«Спартак»"),
and no span crosses a line break. These read the text alone; what a span's words say by the
dictionary (a common word or a title opening it, "святой" before it) is ``ner.span_leads``.
"""

import re
import unicodedata
from collections.abc import Callable

from .parts import LEGAL_FORMS

Rule = Callable[[str, str, int, int], tuple[int, int]]
_LEGAL_BEFORE = re.compile(r"(?:^|(?<=\W))(%s)\s*[«\"„]\s*$" % "|".join(LEGAL_FORMS))
_QUOTES = {"«": "»", "„": "“", '"': '"', "“": "”"}
_OPENING = re.compile(r"[«„\"“\[]")
_STRAIGHT_OPENING = re.compile(r"(?<!\S)\"\w")  # a straight quote after a space, before a word
_EDGE_MARKS = frozenset("»“\"”)(«„'")  # what unbalanced_quotes may cut at a span's end


def legal_form_prefix(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """'АО «[Омсктрансмаш]»' → '[АО «Омсктрансмаш»]'."""
    if label != "ORG":
        return start, stop
    match = _LEGAL_BEFORE.search(text, max(0, start - 12), start)
    if match and match.end() == start:
        return match.start(1), stop
    return start, stop


def close_open_quote(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """A span holding more opening than closing quotes (or square brackets: an editor's
    insertion, "Чарли [Брукер]") takes in the closing ones after it."""
    if not _OPENING.search(text, start, stop):
        return start, stop  # nearly every span: no opening quote or bracket to close
    span = text[start:stop]
    for opening, closing in (*_QUOTES.items(), ("[", "]")):
        if opening == closing:
            continue
        missing = span.count(opening) - span.count(closing)
        while missing > 0 and stop < len(text) and text[stop] == closing:
            stop, missing = stop + 1, missing - 1
    if span.count('"') == 1 and span[0] != '"' and text[stop:stop + 1] == '"' \
            and _STRAIGHT_OPENING.search(span):  # 'РИА "Новости"': the one quote inside opens
        stop += 1
    return start, stop


def strip_bare_quotes(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """'[«Спартак»]' → '«[Спартак]»': a bare quoted name without its quotes."""
    span = text[start:stop]
    if len(span) > 2 and span[0] in _QUOTES and span[-1] == _QUOTES[span[0]]:
        inner = span[1:-1]
        if span[0] not in inner and _QUOTES[span[0]] not in inner:
            return start + 1, stop - 1
    return start, stop


def unbalanced_quotes(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """'[Лаборатории Касперского»]' → 'Лаборатории Касперского': a closing quote or bracket
    at the end with no opening one inside, an opening bracket or quote at the end ("Басте (",
    "СИЗО «"), a lone straight quote at either end ('[Россия-24"]'), and wiki-markup "''"
    quotes, are not the name's."""
    if stop <= start or (text[start] not in "'\"" and text[stop - 1] not in _EDGE_MARKS):
        return start, stop  # nearly every span: nothing of the kind at its edges
    if text[start] == '"' and text.count('"', start, stop) == 1:
        start += 1
    while True:  # one stray character at a time, without recursion ("…»»»»")
        span = text[start:stop]
        stray = any(opening != closing and span.endswith(closing) and span.count(closing) > span.count(opening)
                    for opening, closing in (*_QUOTES.items(), ("(", ")")))
        if stray or (span.endswith('"') and span.count('"') == 1):
            stop -= 1
        elif span.endswith(("(", "«", "„")):  # "Басте (", "[СИЗО «]Лефортово»"
            stop = len(span.rstrip(" («„\u00a0")) + start
        else:
            break
    if len(span) > 4 and span.startswith("''") and span.endswith("''") and span.count("''") == 2:
        return start + 2, stop - 2  # "''[Sydney Morning Herald]''"
    if span.startswith("''") and span.count("''") % 2:
        start += 2
    elif span.endswith("''") and span.count("''") % 2:
        stop -= 2
    # half of the wiki quotes left at an edge: "''[']New York Islanders''", "[Amazon']'"
    if text[start:start + 1] == "'" and text[start + 1:start + 2] != "'" and start and text[start - 1] == "'":
        start += 1
    if text[stop - 1:stop] == "'" and text[stop - 2:stop - 1] != "'" and text[stop:stop + 1] == "'":
        stop -= 1
    return start, stop


def _junk(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]\.$")  # "Хамза Х.", "U.S.": an initial keeps its full stop


def _symbol(char: str) -> bool:
    """An emoji or another pictograph, with what joins or varies it ("👍", "❤️", "🇷🇺", "🙏🏻")."""
    return unicodedata.category(char) in ("So", "Sk") or char in "\ufe0e\ufe0f\u200d"


# an HTML entity left in a text ("&laquo;Газпром&raquo;"); not "AT&T"
_ENTITY_END = re.compile(r"&(?:[a-z]{2,8}|#\d{2,5});?$")


def trim_punctuation(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """No leading/trailing spaces, controls, invisibles, emoji, HTML entities, commas, dashes or
    slashes (TASS's dateline "МОСКВА, 9 августа. /ТАСС/."), and no full stop after a word of
    more than one letter: the sentence's ("Яндекс.", "Би-би-си."), or an abbreviation's that
    NEREL leaves out ("Netflix Inc", "Robert Henry Lawrence Jr"); an initial keeps it ("Хамза
    Х.", "U.S.")."""
    while start < stop and (_junk(text[start]) or _symbol(text[start]) or text[start] in ",.;:—-–/"):
        start += 1
    while stop > start:
        entity = _ENTITY_END.search(text, start, stop) if text.find("&", start, stop) >= 0 else None
        if entity is not None and entity.start() > start:
            stop = entity.start()
        elif _junk(text[stop - 1]) or _symbol(text[stop - 1]) or text[stop - 1] in ",;:—-–/" \
                or text[stop - 1] == "." and not _INITIAL.search(text, start, stop):
            stop -= 1
        else:
            break
    return start, stop


_REGNAL_DOT = re.compile(r"\s[IVXL]+\.$")


def regnal_dot(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """'[Харальд V.]' → '[Харальд V]': the full stop after a regnal number ends the sentence."""
    return (start, stop - 1) if label == "PER" and _REGNAL_DOT.search(text, start, stop) else (start, stop)


def first_line(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """Cut a span at its first line break (no mention crosses a paragraph)."""
    cut = text.find("\n", start, stop)
    return (start, cut) if cut >= 0 else (start, stop)


def no_label_colon(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """'Регистрационный номер: ЭЛ № ФС 77-60277' is a field label and value, not a name; a
    colon inside a bracket after the name is the bracket's: "ПАО «Аэрофлот» (MOEX: AFLT)" is
    cut before it."""
    colon = text.find(": ", start, stop)
    if colon < 0:
        return start, stop
    bracket = text.rfind("(", start, colon)
    if bracket > start and text[start:bracket].strip():
        return start, len(text[:bracket].rstrip())
    return start, start




_AGE = re.compile(r"(?:\d+-|[а-яё]+)летн(?:ий|яя|его|ей|ему|им|юю|ем)\s+", re.I)


def no_age(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """'[68-летний Э.Уитакер]' → '68-летний [Э.Уитакер]': an age is no part of a name."""
    match = _AGE.match(text, start, stop) if label == "PER" else None
    return (match.end(), stop) if match and match.end() < stop else (start, stop)


GLOSSED = ("PER", "LOC", "ORG")
MAX_GLOSSES = 4
_GLOSS = re.compile(r"(?P<name>.*?\S)\s*\((?P<gloss>[^()]*)(?:\)|$)")


_SEPARATOR = re.compile(r"\||\s+/\s+")


def split_pipe(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """'Уго|Уго Чавеса' → 'Уго', 'Уго Чавеса': a wiki link's target and its shown text are two
    mentions, as NEREL (drawn partly from Wikinews) annotates them; so are the names a spaced
    slash lists, a photo credit's 'AFP / Scanpix / LETA' (a Meduza sample; 'STEM/MARK' stays one)."""
    out, a = [], start
    for match in _SEPARATOR.finditer(text, start, stop):
        if match.start() > a:
            out.append((a, match.start()))
        a = match.end()
    return out + [(a, stop)] if stop > a else out


def split_gloss(text: str, label: str, start: int, stop: int) -> list[tuple[int, int]]:
    """'Дайан Вуд (Diane Wood)' → 'Дайан Вуд', 'Diane Wood': a name (PER/LOC/ORG) and its bracketed original
    spelling are two mentions (NEREL's convention); empty brackets are dropped. A second gloss
    splits again ("Лоуренс Зайгер (Цайгер) (Lawrence Zeiger)"), and a bracket the span leaves
    open is a gloss too ("[Карсона Ёнга (Carson Yeung], также …)"). Glosses are peeled from
    the end, at most ``MAX_GLOSSES`` of them (a longer run is left whole)."""
    if label not in GLOSSED:
        return [(start, stop)]
    glosses = []
    for _ in range(MAX_GLOSSES):
        match = _GLOSS.fullmatch(text, start, stop)
        if not match:
            break
        gloss_start, gloss_stop = trim_punctuation(text, label, match.start("gloss"), match.end("gloss"))
        if gloss_stop > gloss_start and any(c.isalpha() for c in text[gloss_start:gloss_stop]):
            glosses.append((gloss_start, gloss_stop))
        stop = match.end("name")
    return [(start, stop), *reversed(glosses)]


_DIGIT = re.compile(r"\d")


def no_digit_person(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """No person's name holds a digit: slovnet's "[Ил-76]", "[Бе-200]" are aircraft (NEREL train:
    no PER with a digit, gold or ours; regnal numbers are Roman, "Карл XVI Густав")."""
    return (start, start) if label == "PER" and _DIGIT.search(text, start, stop) else (start, stop)


_SURNAME_INITIALS = re.compile(r"[^\W\d_][\w-]*\s+[A-ZА-ЯЁ]\.\s?[A-ZА-ЯЁ]\.(?=\s)")


def initials_end_name(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """A surname and two initials end a name: slovnet's "Главный редактор: [Сидоров С.С. Тел].:"
    → "[Сидоров С.С.]" (one middle initial is the name's middle: "James B. Comey")."""
    match = _SURNAME_INITIALS.match(text, start, stop) if label == "PER" else None
    return (start, match.end()) if match else (start, stop)


_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def no_roman_numeral(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """A Roman numeral alone names no person or place: slovnet's "лауреат [XXVII] фестиваля"
    (NEREL: no PER or LOC span is one; an organization may be, "X", "MDC")."""
    whole = label in ("PER", "LOC") and stop > start and _ROMAN.fullmatch(text, start, stop)
    return (start, start) if whole else (start, stop)


_EDITION = re.compile(r"[-‐‑–]\d{2,4}$")


def no_edition_number(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """A place hyphen-joined to an edition's year names the place alone: slovnet's "[Сочи-2014]",
    "Мисс [Россия-2017]" → "[Сочи]-2014" (NEREL train: 7 of 7 such LOC spans; no place name of
    train's gold ends in "-" and digits)."""
    match = _EDITION.search(text, start, stop) if label == "LOC" else None
    return (start, match.start()) if match and match.start() > start else (start, stop)


def whole_words(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """A span does not cut a word: slovnet's "сети [Tele]2" → "[Tele2]", "[PM]2.5" → "[PM2.5]"
    (its tokens, not the text's words, bound the span)."""
    while 0 < start < stop and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    if start < stop < len(text) and text[stop - 1].isalnum():
        stop = _WORD_REST.match(text, stop).end()  # a decimal too: "[PM2].5" → "PM2.5"
    return start, stop


_WORD_REST = re.compile(r"(?:[^\W_]|(?<=\d)[.,](?=\d))*")

# the series of a media registration number, as every Russian outlet's footer writes it:
# "Свидетельство о регистрации СМИ ЭЛ № ФС 77-60277" ("ЭЛ": online, "ПИ": print)
_SERIES = re.compile(r"(?:^|(?<=\s))(?:ЭЛ|Эл|ПИ)$")  # "Эл № ФС77-…" as often as "ЭЛ"
_REGISTRATION = re.compile(r"[ \xa0]*№[ \xa0]*(?:ФС|ТУ)")


def no_registration_series(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """A span that ends in a registration number's series is no name: slovnet's "[СМИ ЭЛ] № ФС
    77-12345" (a place), "[ЭЛ] № ФС"."""
    if _SERIES.search(text, start, stop) and _REGISTRATION.match(text, stop):
        return start, start
    return start, stop


_ADDRESS = re.compile(r"\w@|://|(?<![\w.])www\.", re.IGNORECASE)
_RUN_START = re.compile(r"[^\s\[\]()<>«»\"']*\Z")  # an address's letters: no blank, bracket or quote
_RUN_STOP = re.compile(r"[^\s\[\]()<>«»\"']*")


def no_address(text: str, label: str, start: int, stop: int) -> tuple[int, int]:
    """A span inside an e-mail address or a web address is no name: slovnet's "info[@bk55.ru]"
    in a footer's contacts, "https://[gazeta.ru]/news". A site's name written alone stays
    ("Gazeta.ru сообщила")."""
    window = text[max(0, start - 80):stop + 80]
    if "@" not in window and "://" not in window and "www." not in window.lower():
        return start, stop  # most spans: no address near (a plain look, no pattern)
    run_start = _RUN_START.search(text, max(0, start - 80), start).start()
    run_stop = _RUN_STOP.match(text, stop).end()
    if _ADDRESS.search(text[run_start:run_stop]):
        return start, start
    return start, stop


RULES: tuple[Rule, ...] = (
    whole_words, first_line, no_label_colon, trim_punctuation, regnal_dot, no_age, strip_bare_quotes, legal_form_prefix,
    close_open_quote, unbalanced_quotes, no_digit_person, initials_end_name, no_roman_numeral, no_edition_number,
    no_registration_series, no_address,
)


def repair(text: str, label: str, start: int, stop: int, rules=RULES) -> tuple[int, int]:
    for rule in rules:
        start, stop = rule(text, label, start, stop)
    return start, stop
