"""The parsed parts of a value mention: its amount, unit and qualifier.

"2,5 миллиарда долларов" → 2.5e9 USD; "от 3 до 5 тыс. руб." → 3000 to 5000 RUB; "около £30 млн"
→ about 3e7 GBP; "75 центов" → 0.75 USD; "54-летний" → 54 years; "17,5%" → 17.5 %.

A currency is its ISO 4217 code ("BTC" for bitcoin, which has none), read from its word, the
adjective before it ("норвежских крон" → NOK, "канадских долларов" → CAD) or a sign before the
amount ($ € £ ¥); a word several countries' currencies share without an adjective that says
whose ("крон", "динаров") has no code. Hundredths (центы, копейки, пенсы) are counted in the
whole unit. An amount without digits or a number word ("миллиарды рублей", "несколько
миллионов") has none; a scale alone in the singular is one of it ("миллиард долларов" → 1e9).
"""

import re
from decimal import Decimal
from typing import NamedTuple

from .money import SPELLED

_SP = r"[ \u00a0]"


class Amount(NamedTuple):
    amount: float | None
    amount_max: float | None  # the upper bound of a range ("от 3 до 5 тыс.", "210-250 млн")
    unit: str | None          # ISO 4217 code, "year" (AGE), "%" (PERCENT)
    qualifier: str | None     # "about", "over", "at_least", "under", "up_to"


_SCALES = (("трлн", Decimal(10**12)), ("триллион", Decimal(10**12)), ("млрд", Decimal(10**9)),
           ("миллиард", Decimal(10**9)), ("млн", Decimal(10**6)), ("миллион", Decimal(10**6)),
           ("тыс", Decimal(1000)))
_WORD_NUMBERS = {  # a number word's forms → its value; consecutive ones add up ("двадцать пять")
    "один одна одно одного одной одному одним одном одну": 1, "полтора полторы полутора": 1.5,
    "два две двух двум двумя": 2, "три трех трёх трем трём тремя": 3,
    "четыре четырех четырёх четырем четырём четырьмя": 4, "пять пяти пятью": 5, "шесть шести шестью": 6,
    "семь семи семью": 7, "восемь восьми восемью": 8, "девять девяти девятью": 9, "десять десяти десятью": 10,
    "одиннадцать одиннадцати": 11, "двенадцать двенадцати": 12, "тринадцать тринадцати": 13,
    "четырнадцать четырнадцати": 14, "пятнадцать пятнадцати": 15, "шестнадцать шестнадцати": 16,
    "семнадцать семнадцати": 17, "восемнадцать восемнадцати": 18, "девятнадцать девятнадцати": 19,
    "двадцать двадцати двадцатью": 20, "тридцать тридцати тридцатью": 30, "сорок сорока": 40,
    "пятьдесят пятидесяти": 50, "шестьдесят шестидесяти": 60, "семьдесят семидесяти": 70,
    "восемьдесят восьмидесяти": 80, "девяносто девяноста": 90, "сто ста": 100,
    "двести двухсот двумстам": 200, "триста трехсот трёхсот": 300, "четыреста четырехсот четырёхсот": 400,
    "пятьсот пятисот": 500,
}
_WORD_NUMBER = {form: value for forms, value in _WORD_NUMBERS.items() for form in forms.split()}
_QUALIFIERS = (
    (re.compile(rf"(?:около|примерно|приблизительно|порядка){_SP}"), "about"),
    (re.compile(rf"не{_SP}+(?:менее|младше|моложе){_SP}"), "at_least"),
    (re.compile(rf"не{_SP}+(?:более|старше){_SP}"), "up_to"),
    (re.compile(rf"(?:более|свыше|старше|чуть{_SP}+(?:больше|более)){_SP}"), "over"),
    (re.compile(rf"(?:менее|почти|младше|моложе|чуть{_SP}+(?:меньше|менее)){_SP}"), "under"),
    (re.compile(rf"до{_SP}"), "up_to"),
)
# a number written into a word before "-летний", "-летие" ("девятилетней", "шестидесятивосьмилетняя")
_GLUED = {"одно": 1, "полу": 0.5, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
          "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10, "одиннадцати": 11,
          "двенадцати": 12, "тринадцати": 13, "четырнадцати": 14, "пятнадцати": 15, "шестнадцати": 16,
          "семнадцати": 17, "восемнадцати": 18, "девятнадцати": 19, "двадцати": 20, "тридцати": 30,
          "сорока": 40, "пятидесяти": 50, "шестидесяти": 60, "семидесяти": 70, "восьмидесяти": 80,
          "девяноста": 90, "сто": 100, "двухсот": 200, "трехсот": 300, "трёхсот": 300, "пятисот": 500}
_GLUED_WORD = re.compile(r"([а-яё]+?)лет(?:н|и)[а-яё]*")
_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:,\d{3}){2,}|\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[а-яё]+")
_SCALE_WORD = re.compile(r"(?<![а-яё])(?:трлн|триллион|млрд|миллиард|млн|миллион|тыс)")
_RANGE = re.compile(rf"(?:от|с){_SP}+(?P<low>.+?){_SP}+до{_SP}+(?P<high>.+)$")
# the parts of a sum written in several scales: a number, then its scale word if any
_PART = re.compile(rf"(?<![\d,.])(\d{{1,3}}(?:{_SP}\d{{3}})+|\d+(?:[.,]\d+)?)"
                   rf"({_SP}*(?:трлн|триллион|млрд|миллиард|млн|миллион|тыс)[а-яё]*\.?)?", re.IGNORECASE)

# currency words (stems, lower case) → code; None where the adjective must say whose
_CURRENCIES = (
    ("евроцент", "EUR", 0.01), ("цент", "USD", 0.01), ("копе", "RUB", 0.01), ("пенс", "GBP", 0.01),
    ("рубл", "RUB", 1), ("руб", "RUB", 1), ("доллар", "USD", 1), ("долл", "USD", 1), ("евро", "EUR", 1),
    ("юан", "CNY", 1), ("иен", "JPY", 1), ("йен", "JPY", 1), ("фунт", "GBP", 1), ("гривн", "UAH", 1),
    ("гривен", "UAH", 1), ("тенге", "KZT", 1), ("шекел", "ILS", 1), ("рупи", "INR", 1), ("лир", "TRY", 1),
    ("реал", "BRL", 1), ("злот", "PLN", 1), ("рингит", "MYR", 1), ("сом", "KGS", 1), ("лари", "GEL", 1),
    ("форинт", "HUF", 1), ("бат", "THB", 1), ("вон", "KRW", 1), ("биткоин", "BTC", 1),
    ("франк", None, 1), ("крон", None, 1), ("песо", None, 1), ("динар", None, 1), ("манат", None, 1),
    ("риал", None, 1), ("дирхам", None, 1), ("шиллинг", None, 1), ("драхм", "GRD", 1), ("песет", "ESP", 1),
    ("сантим", None, 0.01),
)
# an adjective before the currency word (its stem) → code, for the currencies it tells apart
_WHOSE = {
    "доллар": (("канадск", "CAD"), ("австралийск", "AUD"), ("гонконгск", "HKD"), ("сингапурск", "SGD"),
               ("новозеландск", "NZD"), ("тайваньск", "TWD"), ("американск", "USD")),
    "крон": (("норвежск", "NOK"), ("шведск", "SEK"), ("датск", "DKK"), ("чешск", "CZK"), ("исландск", "ISK"),
             ("эстонск", "EEK")),
    "франк": (("швейцарск", "CHF"), ("французск", "FRF"), ("бельгийск", "BEF")),
    "песо": (("аргентинск", "ARS"), ("мексиканск", "MXN"), ("чилийск", "CLP"), ("колумбийск", "COP"),
             ("филиппинск", "PHP"), ("кубинск", "CUP"), ("уругвайск", "UYU")),
    "динар": (("сербск", "RSD"), ("кувейтск", "KWD"), ("иракск", "IQD"), ("алжирск", "DZD"),
              ("иорданск", "JOD"), ("тунисск", "TND"), ("бахрейнск", "BHD"), ("ливийск", "LYD")),
    "манат": (("азербайджанск", "AZN"), ("туркменск", "TMT")),
    "риал": (("иранск", "IRR"), ("саудовск", "SAR"), ("катарск", "QAR"), ("оманск", "OMR"), ("йеменск", "YER")),
    "дирхам": (("эмиратск", "AED"), ("марокканск", "MAD")),
    "шиллинг": (("кенийск", "KES"), ("австрийск", "ATS"), ("угандийск", "UGX"), ("танзанийск", "TZS")),
    "фунт": (("египетск", "EGP"), ("ливанск", "LBP"), ("сирийск", "SYP")),
    "рупи": (("пакистанск", "PKR"), ("индонезийск", "IDR"), ("непальск", "NPR"), ("шри-ланкийск", "LKR")),
    "лир": (("итальянск", "ITL"),),
    "сом": (("узбекск", "UZS"),),
}
_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB"}
_SPELLED = re.compile(SPELLED, re.IGNORECASE)  # "(ста тысяч)" after the figures
_SIGNED_THOUSANDS = re.compile(r"(?<=[$€£¥])\s?\d{1,3}(?:,\d{3})+(?![\d,])")


_HALF_SCALE = re.compile(r"полу?(?:тысяч|миллион|миллиард|триллион)")


def _number(text: str) -> Decimal | None:
    """The first number of ``text``, digits ("1 496", "2,5", "1.000.000") or number words
    ("двадцать пять"), or one for a scale alone in the singular ("миллиард долларов")."""
    match = _NUMBER.search(text)
    if match:
        digits = match.group().replace("\u00a0", "").replace(" ", "")
        if digits.count(".") > 1 or digits.count(",") > 1:  # "1.000.000", "1,000,000"
            return Decimal(digits.replace(".", "").replace(",", ""))
        return Decimal(digits.replace(",", "."))
    words = _WORD.findall(text.lower())
    if any(w.startswith(("нескольк", "сотн", "сотен", "десятк")) for w in words):
        return None  # "несколько миллионов", "сотни тысяч": no one number
    if words and _HALF_SCALE.match(words[0]):
        return Decimal("0.5")  # "полмиллиона", "полумиллиона": half the scale
    total = None
    glued = _GLUED_WORD.fullmatch(words[0]) if len(words) == 1 else None
    if glued:
        return _glued_number(glued.group(1))
    for word in words:
        if word in _WORD_NUMBER:
            total = (total or 0) + Decimal(str(_WORD_NUMBER[word]))
        elif total is not None:
            return total
        elif any(word.startswith(s) for s, _ in _SCALES):  # "миллиард долларов", not "миллиарды рублей"
            return None if re.search(r"(?:ы|ов|ам|ами|ах)$", word) or word == "тысяч" else Decimal(1)
    return total


def _glued_number(prefix: str) -> Decimal | None:
    """"шестидесятивосьми" → 68: the prefix cut into number words' genitives, longest first."""
    total, rest = Decimal(0), prefix
    while rest:
        head = next((g for g in sorted(_GLUED, key=len, reverse=True) if rest.startswith(g)), None)
        if head is None:
            return None
        total, rest = total + Decimal(str(_GLUED[head])), rest[len(head):]
    return total or None


def _scale(text: str) -> Decimal:
    low = text.lower()
    return next((value for stem, value in _SCALES if re.search(rf"(?<![а-яё])(?:полу?)?{stem}", low)), Decimal(1))


def _currency(text: str) -> tuple[str | None, Decimal]:
    """(code, share of the whole unit) of the currency named in ``text``."""
    for sign, code in _SIGNS.items():
        if sign in text:
            return code, Decimal(1)
    words = _WORD.findall(text.lower())
    for i, word in enumerate(words):
        for stem, code, share in _CURRENCIES:
            if word.startswith(stem) and not any(word.startswith(s) for s, _ in _SCALES):
                before = words[i - 1] if i else ""
                whose = next((c for adj, c in _WHOSE.get(stem, ()) if before.startswith(adj)), None)
                return whose or code, Decimal(str(share))
    return None, Decimal(1)


def _qualifier(text: str) -> tuple[str | None, str]:
    low = text.lower()
    for pattern, name in _QUALIFIERS:
        match = pattern.match(low)
        if match:
            return name, text[match.end():]
    return None, text


def _float(value: Decimal | None, *factors: Decimal) -> float | None:
    if value is None:
        return None
    for factor in factors:
        value *= factor
    return float(value)


def _hyphen_range(text: str) -> tuple[Decimal, Decimal] | None:
    """Both numbers of "210-250" at the start of ``text``'s first number, if it is such a range."""
    first = _NUMBER.search(text)
    if first and re.match(r"[-–—]\d", text[first.end():]):
        return _number(first.group()), _number(_NUMBER.match(text, first.end() + 1).group())
    return None


def money_amount(text: str) -> Amount:
    """The parts of a MONEY mention's text."""
    qualifier, rest = _qualifier(text.strip())
    rest = _SPELLED.sub("", rest, count=1)  # "100 000 (ста тысяч) рублей": the figures say it
    rest = _SIGNED_THOUSANDS.sub(lambda m: m.group().replace(",", ""), rest)  # "$635,000": English digits
    code, share = _currency(rest)
    scale = _scale(rest)
    match = _RANGE.match(rest.lower())
    if match:  # "от 3 до 5 тыс. руб.": the upper bound's scale is the lower one's if it has none
        low, high = match.group("low"), match.group("high")
        high_scale = _scale(high)
        low_scale = _scale(low) if _SCALE_WORD.search(low.lower()) else high_scale
        return Amount(_float(_number(low), low_scale, share), _float(_number(high), high_scale, share), code,
                      qualifier)
    both = _hyphen_range(rest)
    if both:
        return Amount(_float(both[0], scale, share), _float(both[1], scale, share), code, qualifier)
    parts = _PART.findall(rest)
    if len(parts) > 1 and parts[0][1]:  # "58 тысяч 300 рублей", "1 млн 200 тыс. руб.": each number times its scale
        return Amount(_float(sum(_number(n) * _scale(s) for n, s in parts), share), None, code, qualifier)
    return Amount(_float(_number(rest), scale, share), None, code, qualifier)


def _plain_amount(text: str, unit: str) -> Amount:
    """An amount with no scale or currency: a range "от 13 до 18 лет", "20-30%", or one number."""
    qualifier, rest = _qualifier(text.strip())
    match = _RANGE.match(rest.lower())
    if match:
        return Amount(_float(_number(match.group("low"))), _float(_number(match.group("high"))), unit, qualifier)
    both = _hyphen_range(rest) if not re.search(r"\d-?(?:ти|ми|х)?[ -]?летн", rest) else None
    if both:
        return Amount(_float(both[0]), _float(both[1]), unit, qualifier)
    return Amount(_float(_number(rest)), None, unit, qualifier)


def age_amount(text: str) -> Amount:
    """The parts of an AGE mention ("54-летний", "от 13 до 18 лет", "моложе 35 лет"): years."""
    return _plain_amount(text, "year")


def percent_amount(text: str) -> Amount:
    """The parts of a PERCENT mention ("17%", "17,5 процента", "на 20-30%")."""
    return _plain_amount(text, "%")


_BY_LABEL = {"MONEY": money_amount, "AGE": age_amount, "PERCENT": percent_amount}


def value_amount(label: str, text: str) -> Amount:
    """The parts of a value mention of ``label`` (MONEY, AGE, PERCENT)."""
    return _BY_LABEL[label](text)
