"""Names slovnet labels against NEREL's conventions, by normal form: "СМИ" is no organization
(the media at large), "Twitter" and "интернет" are products, "Храмовая гора" is a facility,
while "Кремль", "Евросоюз" and "ЕС" are organizations, not places. A name that is a Latin
designation with a number ("COVID-19", "SARS-CoV-2", "F-35") or ends in a year ("ЕГЭ-2013",
"ЧМ-2018") names a disease, a product or an event, never a person, an organization or a place.

The table (``data/relabel.tsv``: label, normal form, new label or ``-`` to drop) is learned
from NEREL train by ``bench/build_relabel.py``: a normal form enters it when our pipeline
gave it often enough and NEREL's gold mostly disagrees (threshold chosen on a held-out fifth
of train).
"""

import re
from functools import lru_cache

from .data_rows import data_rows
from .institutions import lexicon
from .topics import HEADS


@lru_cache(maxsize=1)
def relabel_table() -> dict[tuple[str, str], str | None]:
    """(label, lower-case normal form) -> new label, or None to drop the mention."""
    return {(label, normal): None if new == "-" else new for label, normal, new, *_ in data_rows("relabel.tsv")}


@lru_cache(maxsize=1)
def institution_heads() -> frozenset[str]:
    """Nouns that head an organization's name, never a place's: the organizations' lexicon
    (``ner.institutions``) and the bodies named by their remit (``ner.topics``), but "центр"
    and "группа" (a town's centre, a group of islands)."""
    return frozenset(lexicon()) | (HEADS - {"центр", "группа"})


_UNION = re.compile(r"(?!советский )[а-яё-]+(?: [а-яё-]+)* союз")  # of a lower-case normal form
_CENTRE_COMPOUND = re.compile(r"(?!эпи)[а-яё]{3,}центр")  # "гидрометцентр", not "центр" nor "эпицентр"

# "COVID-19", "SARS-CoV-2", "F-35": Latin letters, a hyphen, a number (NEREL: train's 7 are
# products, dev's 24 diseases); "ЕГЭ-2013", "Мисс Россия-2017": a name of a year (train's 31
# events and awards, dev's 2 events); none a person, an organization or a place
_DESIGNATION = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*-\d+[A-Za-z]?|[A-Za-z]+\d+[.,]\d+")  # "COVID-19", "PM2.5"
_OF_A_YEAR = re.compile(r".*[^\W\d_]-(?:19|20)\d\d")


# holidays slovnet reads as persons ("перед [Хэллоуином]", "к [Хануке]", "с [Ураза-байрамом]");
# NEREL leaves them out or tags them EVENT
_HOLIDAY = re.compile(r"(?:х[эе]ллоуин|ханук|(?:курбан|ураза)[-\s]байрам|рамадан|навруз|песах)\w*", re.IGNORECASE)


def holiday(name: str) -> bool:
    """``name`` is a holiday's, no person's, organization's or place's."""
    return _HOLIDAY.fullmatch(name) is not None


def designation(name: str) -> bool:
    """``name`` is a Latin designation with a number or a name ending in a year: a disease,
    a product or an event, not a name of a person, an organization or a place."""
    name = name.replace("\u2011", "-").replace("\u2013", "-")
    return _DESIGNATION.fullmatch(name) is not None or _OF_A_YEAR.fullmatch(name) is not None


def relabel(label: str, normal: str, table=None) -> str | None:
    """The label a mention should have (None: no mention); ``label`` when the table is silent.
    A place named by an institution's noun is an organization ("Кувейтский суд",
    "Чертановский суд"), and so is one word compounded with "-центр" ("Гидрометцентр",
    "Медцентр"; no place's name is, where "центр" alone may be a town's centre), and a union
    ("Европейский союз", as all NEREL's names of a "союз" but the country "Советский Союз")."""
    table = relabel_table() if table is None else table
    normal = normal.lower()
    if label == "LOC" and (" " in normal and normal.rsplit(" ", 1)[1] in institution_heads()
                           or _CENTRE_COMPOUND.fullmatch(normal) or _UNION.fullmatch(normal)):
        return table.get(("ORG", normal), "ORG")
    return table.get((label, normal), label)


_DATELINE = re.compile(r"[ \t]*,[ \t]*\d{1,2}[ \t\u00a0]+[а-яё]")  # ", 10 августа", ", 31 янв"


def dateline_place(text: str, start: int, stop: int, parse) -> bool:
    """The capitals opening a line before ", <day> <month>" name the place of a dateline
    ("ИРКУТСК, 10 августа. /ТАСС/.", "БУЭНОС-АЙРЕС, 10 авг – РИА Новости"), whatever slovnet
    read them as; not an agency's name ("ТАСС, 11 августа.": an organization or abbreviation
    to pymorphy3, ``parse``)."""
    name = text[start:stop]
    return name.isupper() and len(name) > 2 and not text[text.rfind("\n", 0, start) + 1:start].strip() \
        and _DATELINE.match(text, stop) is not None \
        and not any({"Orgn", "Abbr"} & p.tag.grammemes for word in name.lower().split() for p in parse(word))
