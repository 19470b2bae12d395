"""Gazetteers kept as data files in ``rules/data``, loaded once with importlib.resources."""

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

DATA = "ru_newsner.rules.data"


@dataclass(frozen=True)
class Code:
    """One code of law: its abbreviations, full-name stem and normal forms."""

    abbrs: tuple[str, ...]
    standalone: str  # "any", "jur" (needs РФ or an article before) or "path"
    stem: str | None  # stem of the adjective(s) of the full name, "уголовн"
    normal: str
    genitive: str


def read_rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a data file, comments and blank lines skipped."""
    text = files(DATA).joinpath(name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _dash(value: str) -> str | None:
    return None if value == "-" else value


@cache
def codes() -> tuple[Code, ...]:
    """The codes gazetteer (``codes.tsv``)."""
    return tuple(
        Code(tuple(a for a in abbrs.split("|") if a != "-"), flag, _dash(stem), normal, gen)
        for abbrs, flag, stem, normal, gen in read_rows("codes.tsv")
    )


@cache
def code_by_abbr() -> dict[str, Code]:
    return {abbr: code for code in codes() for abbr in code.abbrs}


def code_by_adjectives(words: str) -> Code | None:
    """The code whose full-name stem starts the adjectives ``words`` (any case), if any."""
    low = re.sub(r"\s+", " ", words.lower())
    for code in sorted(codes(), key=lambda c: -len(c.stem or "")):
        if code.stem and all(
            w.startswith(s) for w, s in zip(low.split(" "), code.stem.split(" "), strict=False)
        ) and len(low.split(" ")) == len(code.stem.split(" ")):
            return code
    return None


@cache
def table(name: str) -> tuple[tuple[re.Pattern, str | None], ...]:
    """A ``pattern → normal`` table (``jurisdictions.tsv``, ``issuers.tsv``)."""
    return tuple((re.compile(pattern), _dash(normal)) for pattern, normal in read_rows(name))


@cache
def table_regex(name: str) -> str:
    """All patterns of a table as one alternation (longest written first)."""
    patterns = [p.pattern for p, _ in table(name)]
    return "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")"


def lookup(name: str, written: str) -> str | None:
    """The normal of the first row of table ``name`` that matches all of ``written``."""
    for pattern, normal in table(name):
        if pattern.fullmatch(written):
            return normal
    return None
