"""Parts of places that NEREL tags as places of their own: "юге Турции", "центре Киева",
"пригороде Бостона", "столицы Киргизии", "британской столице". slovnet tags only the name
("Турции"), which stays nested.

The candidates are those of ``ner.institutions`` (a noun with the place after it in the
genitive, or with a place adjective before it); the lexicon ``data/regions.tsv`` says which
lemmas and forms are places. It is learned from NEREL train by ``bench/build_institutions.py
--label LOC`` (precision of each lemma and form on train, threshold chosen on a held-out fifth).
"""

from functools import lru_cache

from spacy.tokens import Doc

from .institutions import lexicon_spans, read_lexicon

Raw = tuple[str, int, int]


@lru_cache(maxsize=1)
def region_lexicon() -> dict[str, dict[str, str]]:
    return read_lexicon("regions.tsv")


def region_spans(doc: Doc, spans: list[Raw], parse=None, text: str | None = None) -> list[Raw]:
    """LOC spans for the parts of places the lexicon accepts (``text``: the Doc's, if held)."""
    return lexicon_spans(doc, spans, region_lexicon(), "LOC", parse, text)
