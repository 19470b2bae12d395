"""Location aliases as data: "РФ", "России", "российских" → one canonical place."""

from functools import cache
from importlib.resources import files

from ..text.yo import fold


@cache
def location_aliases() -> dict[str, str]:
    """folded alias → folded canonical name (lines with one canonical are merged)."""
    text = files("ru_newsner.link").joinpath("data/location_aliases.tsv").read_text("utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        canonical, *aliases = (fold(part) for part in line.split("\t"))
        table.setdefault(canonical, canonical)
        for alias in aliases:
            table.setdefault(alias, canonical)
    return table


def location_key(normal: str, text: str) -> str:
    table = location_aliases()
    for candidate in (fold(normal), fold(text)):
        if candidate in table:
            return table[candidate]
    return fold(normal)
