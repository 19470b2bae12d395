"""Regex fragments the date rules are built from (normalized text: lower case, ё → е)."""

from . import lexicon as lx

START = r"(?<![\w/:])(?<!\d[.,])"
END = r"(?!\w)(?![/:.,]\d)"
LEAD = (r"(?:(?:примерно|приблизительно)\s+)?"
        r"(?:в\s+течение|на\s+протяжении|в|во|с|c|со|до|по|на|за|от|к|ко|около|через|спустя)\s+")
POS = (r"(?:(?:в|во|с|со|до|к|на|по)\s+)?(?:(?:сам(?:ом|ого|ый|ому|ое)\s+)?"
       r"(?:начал[еоау]|конц[еау]|середин[еуы]|исход[еу])|(?:перв|втор)(?:ой|ую|ая)\s+половин[еуы]|"
       r"(?:перв|последн)(?:ые|ых|ие|их)\s+(?:дни|дней|днях|числа|чисел|числах))\s+")  # "в первые дни января"
# (a quarter or a half of a year is a date of its own, rule "part_of_year", not a position in one)
OPT_LEAD = rf"(?:{POS}|{LEAD})?"
APPROX = (r"(?:около|почти|более(?:\s+чем)?|менее(?:\s+чем)?|свыше|больше(?:\s+чем)?|меньше(?:\s+чем)?|"
          r"примерно|приблизительно|порядка|целых|не\s+менее|не\s+более|"
          r"не\s+больше|не\s+меньше|максимум|минимум|ровно)")
NUMWORD = lx.alternation(lx.NUMBERS)
# a range's lower bound in digits or words: "от 8 до 20 лет", "от двух до пяти лет"
DUR_LEAD = (rf"(?:(?:более\s+чем\s+|менее\s+чем\s+)?(?:за|на|в\s+течени[еи]|на\s+протяжении|"
            rf"(?:от\s+(?:\d+(?:[.,]\d+)?|{NUMWORD})\s+)?до)(?:\s+(?:последние|ближайшие|первые|следующие|"
            r"прошедшие|минувшие|последних|ближайших|следующих|первых|прошедших|минувших))?|последние|ближайшие|"
            r"первые|долгие|целые)")
QTY = (rf"(?:\d+(?:[.,]\d+)?(?:\s*[-–—]\s*\d+)?|{NUMWORD}(?:\s+{NUMWORD})?(?:\s+с\s+половиной)?|{lx.VAGUE_NUMBERS})")
UNIT = lx.alternation(lx.UNITS)
HALF = lx.alternation(lx.HALF_UNITS)
REL = lx.alternation(lx.RELATIVE)
REL_EXACT = lx.alternation(lx.RELATIVE[:4])
YW = r"(?:\s*год(?:а|у|ом|е|ы|ов|ах|ам)?(?!\w)|\s*гг?(?!\w))"  # NEREL: "в 2013 г" without the dot
# the century a decade is of: "90-е годы XX века", "девяностые годы двадцатого века", "70-х годов
# прошлого века"
CENTURY_OF = (rf"\s+(?:(?P<dcen>[xvi]{{1,5}}|\d{{1,2}})(?:-?го)?\s+(?:века|в\.)|"
              rf"(?P<dcenw>{lx.alternation(lx.CENTURY_WORDS)}){lx.ORDINAL_END}\s+(?:века|столетия)|"
              rf"(?P<drc>{lx.alternation(lx.RELATIVE[:4])})\s+(?:века|столетия))")
DECADE_WORD = lx.alternation(lx.DECADE_WORDS)
TZ = (r"(?:\s*(?:мск|по\s+(?:местному|московскому|киевскому|гринвичу|[а-я]+скому|[а-я]+ому)"
      r"(?:\s+времени)?|по\s+москве|gmt|utc))")
TLEAD = (r"(?:(?:около|примерно|приблизительно|после|до|с|со|в|к|на|начиная\s+с|незадолго\s+до)"
         r"(?:\s+в)?\s+)")
ADJ_NUM = (r"(?:\d+-?|(?:одно|двух|трех|четырех|пяти|шести|семи|восьми|девяти|десяти|"
           r"одиннадцати|двенадцати|тринадцати|четырнадцати|пятнадцати|шестнадцати|семнадцати|"
           r"восемнадцати|девятнадцати|двадцати|тридцати|сорока|пятидесяти|шестидесяти|"
           r"семидесяти|восьмидесяти|девяноста|ста|сто|полу|полутора|нескольки|много)+)")


def day(n: int) -> str:
    return rf"(?P<d{n}>3[01]|[12]\d|0?[1-9])(?:-?(?:го|е|ое|м))?"


MONTH_ABBR = lx.alternation(lx.MONTHS_ABBR)


def month_gen(n: int) -> str:
    """A month in the genitive, or abbreviated; the abbreviation's full stop only before a
    year ("5 сент. 2019 г."), as a year's "г." keeps none."""
    return rf"(?P<m{n}>{lx.alternation(lx.MONTHS_GEN)}|{MONTH_ABBR}(?:\.(?=\s*\d))?(?![а-я]))"


def month(n: int) -> str:
    return rf"(?P<m{n}>{lx.alternation(lx.MONTHS)})"


def year(n: int) -> str:
    return rf"(?P<y{n}>1[0-9]{{3}}|20[0-9]{{2}})(?:-?(?:го|м|й))?"


def year_or_rel(n: int) -> str:
    """"2016 года", "2016" or "прошлого года"."""
    return rf"(?:{year(n)}{YW}?|(?P<r{n}>{REL})\s+года)"


def weekday(n: int) -> str:
    return rf"(?P<w{n}>{lx.alternation(lx.WEEKDAYS)})"
