"""Names slovnet labels against NEREL's conventions, by normal form: "СМИ" is no organization
(the media at large), "Twitter" and "интернет" are products, "Храмовая гора" is a facility,
while "Кремль", "Евросоюз" and "ЕС" are organizations, not places.

The table (``data/relabel.tsv``: label, normal form, new label or ``-`` to drop) is learned
from NEREL train by ``bench/build_relabel.py``: a normal form enters it when our pipeline
gave it often enough and NEREL's gold mostly disagrees (threshold chosen on a held-out fifth
of train).
"""

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def relabel_table() -> dict[tuple[str, str], str | None]:
    """(label, lower-case normal form) -> new label, or None to drop the mention."""
    text = files("ru_newsner.ner").joinpath("data/relabel.tsv").read_text("utf-8")
    table: dict[tuple[str, str], str | None] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            label, normal, new = line.split("\t")[:3]
            table[(label, normal)] = None if new == "-" else new
    return table


def relabel(label: str, normal: str, table=None) -> str | None:
    """The label a mention should have (None: no mention); ``label`` when the table is silent."""
    table = relabel_table() if table is None else table
    return table.get((label, normal.lower()), label)
