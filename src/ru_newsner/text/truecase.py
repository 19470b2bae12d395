"""Capitals for text written without them, learned from cased news: "юлия тимошенко внесла
в кабмин" → "Юлия Тимошенко внесла в кабмин", "заявил глава мвд" → "заявил глава МВД".

RIA's dumps are lower case throughout, and slovnet, trained on cased news, finds few names
there; the rules of dates, laws and names read capitals too. The dictionary alone
(``text.clean.casing``: pymorphy3's Name/Surn/Geox/Orgn/Abbr readings) capitalizes a
proper name it knows but no foreign surname ("лэнкфорд", "кисслинг") and no name of common
words ("партии регионов" stays lower, as it should; "единая россия" too, as it should not).
Here each word is judged in context by two logistic regressions trained on NEREL train's
cased text (``bench/train_truecase.py`` writes ``data/truecase_capital.tsv`` and
``data/truecase_upper.tsv``): is it written with a capital, and if so all in capitals. A
word is described by itself, its suffix and dictionary readings (proper-name grammemes,
whether pymorphy3 knows it), and the words on either side.

:func:`recase` gives the words of one sentence their capitals (the first word one whatever the
model says); :func:`recased_view` a copy of a whole lower-case text with capitals, of the same
length, offsets unchanged, which the pipeline reads in its place (``pipeline.core``).
"""

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib.resources import files

from ..linear import Weights, read_weights, score
from .segment import sentences

_PROPER = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Init", "Trad")
_HYPHENATED = re.compile(r"[а-яё]+(?:-[а-яё]+)+")
_LATIN = re.compile("[a-z]")
_ADDRESS_PART = re.compile(r"[a-z0-9]+|[@._-]", re.I)
# where a sentence may open: the provisional capitals of recased_view
_OPENING = re.compile(r"(?:^|[.!?…]+[»\"')]*\s+)[«\"'(—–-]*\s*(\w)")


@lru_cache(maxsize=1)
def shipped() -> tuple[Weights, Weights]:
    """The trained tables: (capital or not, all capitals or not)."""
    data = files("ru_newsner.text").joinpath("data")
    return (read_weights(data.joinpath("truecase_capital.tsv").read_text("utf-8"), "truecase capital model"),
            read_weights(data.joinpath("truecase_upper.tsv").read_text("utf-8"), "truecase upper model"))


def has_letters(word: str) -> bool:
    return any(c.isalpha() for c in word)


@lru_cache(maxsize=100_000)  # news words repeat
def _readings(word: str, parse: Callable) -> tuple[str, ...]:
    """What the dictionary says of a lower-case word: its kind of script, part of speech,
    proper-name grammemes (first reading, or one of the next two), whether it is known."""
    if _LATIN.search(word):
        return ("latin",)
    if not word.isalpha() and not _HYPHENATED.fullmatch(word):
        return ("nonalpha",)
    parses = parse(word)
    if not parses:
        return ()
    top = parses[0]
    found = [f"pos={top.tag.POS}", f"known={top.is_known}"]
    found += [f"top={g}" for g in _PROPER if g in top.tag]
    found += [f"alt={g}" for g in _PROPER if any(g in p.tag for p in parses[1:3])]
    return tuple(found)


def features(words: Sequence[str], parse: Callable) -> list[list[str]]:
    """The words that describe each of ``words`` (one sentence, any case) for the models."""
    lower = [w.lower() for w in words]
    readings = [_readings(w, parse) for w in lower]
    rows = []
    for i, word in enumerate(lower):
        row = [f"w={word}", *readings[i], f"s2={word[-2:]}", f"s3={word[-3:]}", f"p3={word[:3]}",
               f"len={min(len(word), 8)}"]
        row.append(f"pw={lower[i - 1]}" if i else "pw=<s>")
        row.append(f"nw={lower[i + 1]}" if i + 1 < len(lower) else "nw=</s>")
        if i:
            row += [f"p:{r}" for r in readings[i - 1]]
        if i + 1 < len(lower):
            row += [f"n:{r}" for r in readings[i + 1]]
        rows.append(row)
    return rows


def addresses(words: Sequence[str]) -> set[int]:
    """The positions of the words of e-mail addresses and domain names ("rakurs @ tries 55 . ru",
    "bk55 . ru"): runs of Latin words, digits and "@ . _ -" holding an "@", or a full stop
    before a Latin word."""
    found: set[int] = set()
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and _ADDRESS_PART.fullmatch(words[j]):
            j += 1
        run = words[i:j]
        if "@" in run or any(a == "." and _LATIN.match(b) for a, b in zip(run, run[1:])):
            found.update(range(i, j))
        i = max(j, i + 1)
    return found


def casings(words: Sequence[str], parse: Callable, models: tuple[Weights, Weights] | None = None) -> list[str]:
    """"lower", "title" or "upper" for each word of a sentence (words without letters,
    abbreviations with full stops, "т.д.", and the parts of addresses "lower")."""
    capital, upper = models or shipped()
    result = []
    kept = addresses(words) if "@" in words or "." in words else set()
    for i, (word, row) in enumerate(zip(words, features(words, parse))):
        if not has_letters(word) or "." in word or i in kept or score(capital, row) < capital.threshold:
            result.append("lower")
        else:
            result.append("upper" if score(upper, row) >= upper.threshold else "title")
    return result


def titled(word: str, parse: Callable) -> str:
    """A lower-case word with a capital, and one on each later hyphened Cyrillic part of three
    letters or more that the dictionary does not know or reads as a name: "Сьюдад-Хуарес",
    "Санкт-Петербург", "Ростов-на-Дону", but "Премьер-министр", "Уголовно-процессуальный"
    (NEREL's hyphened words written with a capital: 649 of 755 so, against 242 with the first
    capital alone)."""
    parts = word.split("-")
    return "-".join(part[:1].upper() + part[1:] if k == 0 or _name_part(part, parse) else part
                    for k, part in enumerate(parts))


def _name_part(part: str, parse: Callable) -> bool:
    if len(part) < 3 or _LATIN.search(part):
        return False  # "на", "о"; a Latin part keeps the table's case ("E-mail")
    parses = parse(part)
    return not any(p.is_known for p in parses) or any(g in parses[0].tag for g in _PROPER)


def recase(words: Sequence[str], parse: Callable, models: tuple[Weights, Weights] | None = None) -> list[str]:
    """The words of one sentence with the capitals the models give them, the first word
    with letters capitalized; the same count, each word its length."""
    out, opened = [], False
    for word, case in zip(words, casings(words, parse, models)):
        lower = word.lower()
        new = lower.upper() if case == "upper" else titled(lower, parse) if case == "title" else lower
        if not opened and has_letters(word):
            new, opened = new[:1].upper() + new[1:], True
        out.append(new if len(new) == len(word) else word)
    return out


def provisional(text: str) -> str:
    """``text`` in lower case with a capital after each sentence end (and at its start)."""
    lowered = text.lower()
    chars = list(lowered if len(lowered) == len(text) else (c if len(c.lower()) != 1 else c.lower() for c in text))
    for match in _OPENING.finditer(text):
        i = match.start(1)
        if len(chars[i].upper()) == 1:
            chars[i] = chars[i].upper()
    return "".join(chars)


def recased_view(text: str, parse: Callable, models: tuple[Weights, Weights] | None = None) -> str:
    """A copy of ``text`` (in one case throughout) of the same length with the capitals of
    :func:`recase`, sentence by sentence; the sentences are found (``text.segment``) on a
    provisional copy with a capital after each full stop, since razdel cuts only before a
    capital (it keeps "г. москва", "т. е." whole). Only a letter's case may change:
    ``view[i].lower() == text[i].lower()``."""
    chars = list(text)
    for sent in sentences(provisional(text)):
        words = [text[t.start:t.stop] for t in sent.tokens]
        for token, new in zip(sent.tokens, recase(words, parse, models)):
            for k, c in enumerate(new):
                j = token.start + k
                if c != chars[j] and c.lower() == chars[j].lower():  # the case alone changes
                    chars[j] = c
    return "".join(chars)
