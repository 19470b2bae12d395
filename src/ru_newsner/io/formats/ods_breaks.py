"""ODS #proj_news_viz texts lost their line breaks: ``\\n`` became a bare letter ``n``
("…в Минобороны.nКак сообщили…"). Each rule below is a small, named regular expression;
a rule only fires where a Latin ``n`` cannot belong to a word.
"""

import re
from collections.abc import Callable, Iterator

CYRILLIC = "а-яёА-ЯЁ"
SENTENCE_END = r"[.!?…]"
OPENERS = r"[A-ZА-ЯЁ0-9«\"„“—]"

# (name, pattern, replacement), applied in this order; group "n" is the glued letter(s), each
# replaced by the replacement, or the whole match replaced by what a callable replacement returns
RULES: tuple[tuple[str, re.Pattern[str], "str | Callable[[re.Match[str]], str]"], ...] = (
    # paragraph breaks: "Минобороны.nКак", "месяца.nnДля", "сообщили».n«Это", "люди?n— Да"
    ("after-sentence", re.compile(rf"(?<={SENTENCE_END})(?P<n>n{{1,3}})(?={OPENERS})"), "\n"),
    # paragraph break after a closing quote: "Порье»nЧерез", "«Ливерпулем\"nМосква"
    ("after-closing-quote", re.compile(rf"(?<=\w[»”\"])(?P<n>n{{1,3}})(?=[A-ZА-ЯЁ0-9«„“—])"), "\n"),
    # the rest are line breaks around links, mid-sentence: dropped or made a space.
    # "ИТАР-ТАССn.", "Госдумеn.", "«Трансаэро»n),", "«Новости»n." -> no break at all
    ("before-punctuation", re.compile(rf"(?<=[{CYRILLIC}»\"])(?P<n>n)(?=[,.:;)»])"), ""),
    # "«nФедеральный" -> "«Федеральный"
    ("after-opening-quote", re.compile(rf"(?<=«)(?P<n>n)(?=[{CYRILLIC}])"), ""),
    # "Ранееnсообщалось,nчто", "—nзаявилnон", "сообщаетn«Интерфакс»nсо", "получилn15"
    ("between-words", re.compile(rf"(?<=[{CYRILLIC}»,;:—)])(?P<n>n)(?=[{CYRILLIC}«—(№0-9])"), " "),
    # a link's breaks on both sides: "газетаnThe Timesn.", "компаниейnBuy Liken,", "сайтеnGreenpeacen—"
    ("latin-link", re.compile(rf"(?<=[{CYRILLIC}—])(?P<n>n)(?P<name>[A-Z][^{CYRILLIC},:;)»—\n]{{0,60}}?)n"
                              rf"(?=[,.:;)»—])"), lambda match: _link(match)),
    # "газетаnThe Times", "компаниейnBuy", "—nRT"
    ("cyrillic-then-latin", re.compile(rf"(?<=[{CYRILLIC}—])(?P<n>n)(?=[A-Z])"), " "),
    # "агентство Reutersn.", "газетаnThe Timesn.", "—nRTn)": after a capital or a word's "s"
    # (English words end in neither "Xn" nor "sn"); "Lenin.", "Japan," and "CNN." keep theirs
    ("latin-before-punctuation", re.compile(r"(?:(?<=[A-Z])|(?<=[a-z]s))(?P<n>n)(?=[,.:;)»—])"), ""),
    # "NASAnзаявило", "Teamnи", "Бе-200nне"
    ("latin-then-cyrillic", re.compile(rf"(?<=[A-Za-z0-9])(?P<n>n)(?=[{CYRILLIC}])"), " "),
)


def _link(match: re.Match[str]) -> str:
    """The name with a space before it, and after it when a dash follows ("Greenpeace — более")."""
    return " " + match.group("name") + " " * (match.string[match.end()] == "—")


def fired(text: str) -> Iterator[tuple[str, int, str]]:
    """Debug twin: (rule name, offset, matched letters) for every place a rule would change."""
    for name, pattern, _ in RULES:
        for match in pattern.finditer(text):
            yield name, match.start(), match.group("n")


def _replace(replacement):
    if callable(replacement):
        return replacement
    return lambda match: replacement * len(match.group("n"))


def restore_breaks(text: str) -> str:
    """Put paragraph breaks back; a glued mid-sentence ``n`` becomes a space or goes.

    >>> restore_breaks("сообщили в Минобороны.nКак сообщили, Lenin.nasa")
    'сообщили в Минобороны.\\nКак сообщили, Lenin.nasa'
    """
    for _, pattern, replacement in RULES:
        text = pattern.sub(_replace(replacement), text)
    return text
