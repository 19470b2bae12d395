"""Sums of money as NEREL marks them (MONEY): "750 млн руб", "63,2 млрд долларов США",
"$76 тыс.", "от 3 до 5 тыс. руб.", "миллиард долларов", "6 миллионов норвежских крон".

A sum is an amount (digits with spaces or a decimal comma, or a number word), an optional
scale (тыс., млн, миллиардов …) and a currency (рублей, долларов США, евро, юаней …, or a
sign before the amount: "$55 млн"); a range "от A до B <currency>" is one sum. Spans start at
the amount, or at an approximation NEREL keeps ("около", "более", "до 500 тыс. рублей"), and
end after the currency or scale word, with an abbreviation's dot unless it also ends the
sentence ("200 млн руб. в год", but "750 млн руб" before "В частности").
"""

import re

_SP = "[ \u00a0]"
_NUMBER = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d+)?(?:[-–—]\d+(?:[.,]\d+)?)?"  # "50-70"
_WORDS = (r"(?:один|одн\w+|полтор\w+|дв\w+|тр\w+|четыр\w+|пят\w+|шест\w+|сем\w+|восем\w+|"
          r"девят\w+|десят\w+|сто|ст\w+|несколько|нескольких)(?:" + _SP + r"+(?:сотен|десятков))?")
_SCALE = r"(?:тыс\.|тыс\b|тысяч\w*|млн\.?|миллион\w*|млрд\.?|миллиард\w*|трлн\.?|триллион\w*)"
_CURRENCY = (r"(?:рубл\w*|руб\.?|доллар\w*(?:" + _SP + r"+США)?|долл\.?|евро|юан\w*|иен\w*|йен\w*|"
             r"фунт\w*(?:" + _SP + r"+стерлинг\w*)?|крон\w*|франк\w*|гривн\w*|гривен|тенге|шекел\w*|"
             r"рупи\w*|лир\w*|песо|реал\w*|злот\w*|динар\w*|рингит\w*|сом\w*|манат\w*|"
             r"биткоин\w*)")
_ADJ = r"(?:[а-яё]+(?:ск|цк)(?:их|ий|ая|ой|ую|ие|ого|ому|им)" + _SP + "+)?"  # "норвежских крон"
# the approximations NEREL keeps inside the span: "около 200 млн руб.", "до 500 тыс. рублей"
_QUALIFIER = (r"(?:(?:около|более|менее|почти|свыше|порядка|примерно|приблизительно|до|"
              r"чуть[ \u00a0]+(?:больше|более|меньше|менее)|не[ \u00a0]+(?:более|менее))" + _SP + "+)?")
_AMOUNT = rf"(?:{_NUMBER})(?:{_SP}*{_SCALE})?|(?:{_WORDS}{_SP}+)?{_SCALE}"
_SIGNED = rf"[$€£¥]{_SP}?(?:{_NUMBER})(?:{_SP}*{_SCALE})?"
_PLAIN = rf"(?:{_AMOUNT}){_SP}*{_ADJ}{_CURRENCY}"
_RANGE = rf"от{_SP}+(?:{_NUMBER}|{_WORDS})(?:{_SP}*{_SCALE})?{_SP}+до{_SP}+(?:{_PLAIN})"
MONEY = re.compile(rf"(?<![\w$€£¥.,])(?:{_RANGE}|{_QUALIFIER}(?:{_SIGNED}|{_PLAIN}))(?![\w])", re.I)


_SENTENCE_END = re.compile(r"\s*(?:$|\n|[A-ZА-ЯЁ«\"])")


def money_spans(text: str) -> list[tuple[int, int]]:
    """``(start, stop)`` of every sum of money in ``text``, in order, not overlapping."""
    spans = []
    for match in MONEY.finditer(text):
        stop = match.end()
        if text[stop - 1] == "." and _SENTENCE_END.match(text, stop):
            stop -= 1  # "750 млн руб.  В частности": the dot ends the sentence
        spans.append((match.start(), stop))
    return spans
