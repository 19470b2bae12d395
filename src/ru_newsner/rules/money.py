"""Sums of money as NEREL marks them (MONEY): "750 млн руб", "63,2 млрд долларов США",
"$76 тыс.", "50 000 ₽", "от 3 до 5 тыс. руб.", "миллиард долларов", "6 миллионов норвежских крон".

A sum is an amount (digits with spaces or a decimal comma, or a number word), an optional
scale (тыс., млн, миллиардов …) and a currency (рублей, долларов США, евро, юаней, центов,
копеек …, or a sign before or after the amount: "$55 млн", "100 тыс. €"); a range "от A до B
<currency>" (or "с A до B") is one sum. Spans start at the amount, or at an approximation NEREL keeps ("около", "более", "до 500
тыс. рублей"), and end after the currency or scale word, with an abbreviation's dot unless it
also ends the sentence ("200 млн руб. в год", but "750 млн руб" before "В частности").

NEREL also marks an amount whose currency the sentence already gave: "316 млн (около 5 млн
долларов)", "из кредитов на 17 миллиардов рублей 12 миллиардов приходится на …". Such an
elliptical sum has a scale but no currency and no noun after it ("30 миллионов человек" counts
people), and shares its sentence with a full sum, or follows a word of money in it: "прибыль
в 6 миллиардов", "зарабатывает 30 миллионов в год", "обошлись в 930 тысяч". And it marks a
currency named without an amount ("портреты на долларах", "купила биткоины": 8 of 9 such
words on NEREL train).
"""

import re
from bisect import bisect_right

_SP = "[ \u00a0]"
_NUMBER = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d+)?(?:[-–—]\d+(?:[.,]\d+)?)?"  # "50-70"
_WORDS = (r"(?:один|одн\w+|полтор\w+|полутор\w+|дв\w+|тр\w+|четыр\w+|пят\w+|шест\w+|сем\w+|восем\w+|"
          r"девят\w+|десят\w+|сто|ст\w+|сотн\w+|сотен|несколько|нескольких)(?:" + _SP + r"+(?:сотен|десятков))?")
_SCALE = (r"(?:тыс\.|тыс\b|тысяч\w*|млн\.?|миллион\w*|млрд\.?|миллиард\w*|трлн\.?|триллион\w*|"
          r"полу?(?:тысяч|миллион|миллиард|триллион)\w*)")  # "полмиллиона", "до полумиллиона"
_CURRENCY = (r"(?:рубл\w*|руб\.?|доллар\w*(?:" + _SP + r"+США)?|долл\.?|евро|юан\w*|иен\w*|йен\w*|"
             r"фунт\w*(?:" + _SP + r"+стерлинг\w*|(?!" + _SP + r"+\d+" + _SP + r"+унц))|крон\w*|франк\w*|гривн\w*|гривен|тенге|шекел\w*|"
             r"рупи\w*|лир\w*|песо|реал\w*|злот\w*|динар\w*|рингит\w*|сом\w*|манат\w*|"
             r"биткоин\w*|(?:евро)?цент(?:а|ов|ы|ам|ами|ах)?|копе(?:йк(?:а|и|у|е|ой|ам|ами|ах)|ек)|"
             r"пенс(?:а|ов|ы)?|шиллинг(?:а|ов|и)?|сантим(?:а|ов|ы)?|дирхам(?:а|ов|ы)?|риал(?:а|ов|ы)?|"
             r"форинт(?:а|ов|ы)?|драхм(?:а|ы|у|ой|ам|ами|ах)?|песет(?:а|ы|у|ой|ам|ами|ах)?|бат(?:а|ов)?|"
             r"вон|лари)")
_ADJ = r"(?:[а-яё]+(?:ск|цк)(?:их|ий|ая|ой|ую|ие|ого|ому|им)" + _SP + "+)?"  # "норвежских крон"
# the approximations NEREL keeps inside the span: "около 200 млн руб.", "до 500 тыс. рублей"
_QUALIFIER = (r"(?:(?:около|более|менее|почти|свыше|порядка|примерно|приблизительно|до|"
              r"чуть[ \u00a0]+(?:больше|более|меньше|менее)|не[ \u00a0]+(?:более|менее))" + _SP + "+)?")
# the sum in words after its figures, as legal texts write it: "100 000 (ста тысяч) рублей", "5 (пять) тысяч"
SPELLED = rf"{_SP}*\([а-яё \u00a0-]{{3,80}}\)"
# a number with its scale, and the smaller parts after a scale ("58 тысяч 300 рублей", "1 млн 200 тыс. руб.")
_AMOUNT = (rf"(?:{_NUMBER})(?:{SPELLED})?(?:{_SP}*{_SCALE}(?:{_SP}+\d+(?:{_SP}*{_SCALE})?)*)?"
           rf"|(?:{_WORDS}{_SP}+)?{_SCALE}")
_SIGNED = rf"[$€£¥₽]{_SP}?(?:{_NUMBER})(?:{_SP}*{_SCALE})?"
_PLAIN = rf"(?:{_AMOUNT})(?:{SPELLED})?{_SP}*{_ADJ}{_CURRENCY}"
_SIGN_AFTER = rf"(?:{_NUMBER})(?:{_SP}*{_SCALE})?{_SP}*[₽$€£¥]"  # "50 000 ₽", "100 тыс. €"
_RANGE = rf"(?:от|с){_SP}+(?:{_NUMBER}|{_WORDS})(?:{_SP}*{_SCALE})?{_SP}+до{_SP}+(?:{_PLAIN})"
MONEY = re.compile(rf"(?<![\w$€£¥₽.,])(?:{_RANGE}|{_QUALIFIER}(?:{_SIGNED}|{_PLAIN}|{_SIGN_AFTER}))(?![\w])", re.I)


_BARE_SCALE = (r"(?:тыс\.?|тысяч[аиу]?|млн\.?|миллион(?:а|ов|ы)?|млрд\.?|миллиард(?:а|ов|ы)?|трлн\.?|"
               r"триллион(?:а|ов|ы)?)")  # not "миллиардера"
_BARE = re.compile(rf"(?<![\w$€£¥.,]){_QUALIFIER}(?:(?:{_NUMBER}){_SP}*|{_WORDS}{_SP}+){_BARE_SCALE}(?![\w])",
                   re.IGNORECASE)
# words of money before a bare amount: nouns of sums and verbs of paying and earning (stems)
_MONEY_WORD = re.compile(r"(?<![а-яё])(?:прибыл|доход|выручк|долг|задолженност|бюджет|стоимост|стои[лт]|"
                         r"цен[аеуыо]|сумм[аеуыо]|зарплат|оклад|гонорар|штраф|кредит|займ|заём|инвестиц|"
                         r"капитал|убыт|ущерб|компенсац|взятк|выплат|пособи|налог(?![а-яё]{3})|зарабат|заработ|обош|"
                         r"обойд|потрат|трат|расход|продал\w*\s+за|купил\w*\s+за)", re.IGNORECASE)
# a currency named without an amount, which NEREL marks too ("портреты на долларах", "купила
# биткоины", "зарплата выросла в рублях"); in lower case where a capital makes another name
# ("Иена" the city, "Юань" the dynasty, "Евро" the championship)
_BARE_CURRENCY = re.compile(r"(?<![\w$€£¥.,-])(?:[Дд]оллар(?:ы|а|ов|ам|ами|ах|у|ом|е)?|"
                            r"[Рр]убл(?:ь|я|ей|ю|ем|и|ям|ями|ях|е)|[Бб]иткоин(?:ы|а|ов|ам|ами|ах|у|ом|е)?|"
                            r"евро|юан(?:ь|я|ей|и|ям|ями|ях|ем|е)|[ий]ен(?:а|ы|у|ой|е|ам|ами|ах)?|"
                            r"гривн(?:а|ы|у|ой|е|ам|ами|ах)|гривен)(?![\w-])")
# a banknote's or coin's value as an adjective, which NEREL marks as a sum ("со 100-долларовой
# купюры", "на 20-долларовой купюре": train and dev 2 of 2)
_DENOMINATION = re.compile(r"(?<![\w$€£¥.,-])\d+(?:[.,]\d+)?-(?:долларов|рубл[её]в|евров|фунтов|юанев|гривенн|центов|копеечн)"
                           r"\w*?(?:ый|ий|ая|ое|ые|ого|ой|ую|ом|ых|ым|ыми|ому)(?![\w-])", re.IGNORECASE)
# where a scale word can start ("тыс", "млн", "миллиард", …, any case of the first letter):
# a plain pattern, five times faster than the scale words themselves with IGNORECASE
_SCALE_HINT = re.compile(r"[тмТМ](?:ыс|лн|лрд|илли|рлн|рилли|ЫС|ЛН|ЛРД|ИЛЛИ|РЛН|РИЛЛИ)")
_NEXT_WORD = re.compile(rf"{_SP}*([а-яё]+(?:-[а-яё]+)*)", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+(?=[«\"A-ZА-ЯЁ])|\n")
_SENTENCE_END = re.compile(r"\s*(?:$|\n|[A-ZА-ЯЁ«\"])")


def money_spans(text: str, parse=None) -> list[tuple[int, int]]:
    """``(start, stop)`` of every sum of money in ``text``, in order, not overlapping. With
    ``parse`` (a pymorphy3 ``word -> parses`` function) elliptical sums count too."""
    spans = [_without_final_dot(text, match) for match in MONEY.finditer(text)]
    if "-" in text:
        spans = sorted(spans + [m.span() for m in _DENOMINATION.finditer(text)])
    if parse is not None:
        spans = sorted(spans + _elliptical(text, spans, parse))
    return _with_bare_currencies(text, spans)


def _with_bare_currencies(text: str, sums: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``sums`` (in order, not overlapping) and the currencies named outside them."""
    bare = [match.span() for match in _BARE_CURRENCY.finditer(text)]
    if not bare:
        return sums
    starts = [a for a, _ in sums]
    for start, stop in bare:
        i = bisect_right(starts, start)
        if not (i and sums[i - 1][1] > start):
            sums.append((start, stop))
    return sorted(sums)


def _without_final_dot(text: str, match) -> tuple[int, int]:
    stop = match.end()
    if text[stop - 1] == "." and _SENTENCE_END.match(text, stop):
        stop -= 1  # "750 млн руб.  В частности": the dot ends the sentence
    return match.start(), stop


def _elliptical(text: str, sums: list[tuple[int, int]], parse) -> list[tuple[int, int]]:
    """Amounts with a scale and no currency in a sentence that has a full sum or a word of
    money before them."""
    windows = []  # around each scale word: the amount before it, the scale's own end
    for hint in _SCALE_HINT.finditer(text):
        lo, hi = max(0, hint.start() - 80), min(len(text), hint.end() + 12)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    if not windows:
        return []
    breaks = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]
    with_sum = {bisect_right(breaks, start) for start, _ in sums}  # sentences, by number
    starts = [a for a, _ in sums]  # in order, not overlapping
    found = []
    for match in (m for lo, hi in windows for m in _BARE.finditer(text, lo, hi)):
        start, stop = _without_final_dot(text, match)
        sentence = bisect_right(breaks, start)
        if sentence not in with_sum and not _MONEY_WORD.search(text, breaks[sentence - 1], start):
            continue
        i = bisect_right(starts, start)  # the sum starting at or before this amount, and the next
        if i and sums[i - 1][1] > start or i < len(sums) and sums[i][0] < stop:
            continue
        after = _NEXT_WORD.match(text, stop)  # not past a sentence's final dot
        if after and _genitive_word(after.group(1).lower(), parse):
            continue  # "30 миллионов человек"
        found.append((start, stop))
    return found


def elided_currencies(text: str, sums: list[tuple[int, int]]) -> dict[int, int]:
    """For each elliptical sum among ``sums`` (in order; a scale and no currency: "дефицит —
    около 8 млрд"), the index of the sum before it in its sentence that names the currency
    ("бюджет составит 140,5 млрд рублей"). A sum after it does not: in "316 млн (около 5 млн
    долларов)" the dollars are the rubles' conversion."""
    bare = {i for i, (start, stop) in enumerate(sums) if _BARE.fullmatch(text, start, stop)}
    if not bare:
        return {}  # most articles: no sentence break looked for
    breaks = [0, *(m.end() for m in _SENTENCE_BREAK.finditer(text))]
    found = {}
    for i in bare:
        sentence = bisect_right(breaks, sums[i][0])
        for j in range(i - 1, -1, -1):
            if bisect_right(breaks, sums[j][0]) != sentence:
                break
            if j not in bare:
                found[i] = j
                break
    return found


def _genitive_word(word: str, parse) -> bool:
    """A noun or adjective in the genitive, the thing counted ("человек", "жителей"); not a
    preposition that pymorphy3 also reads as an indeclinable abbreviation ("в")."""
    return any(p.tag.POS in ("NOUN", "ADJF") and "gent" in p.tag and "Fixd" not in p.tag
               for p in parse(word)[:2])
