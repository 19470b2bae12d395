"""The heavy resources of one process, built once and shared by the stages."""

from dataclasses import dataclass
from functools import cache
from typing import Any, Callable

from .. import resources as files


@dataclass(frozen=True)
class Resources:
    morph: Any  # slovnet Morph
    ner: Any    # slovnet NER
    parse: Callable  # cached pymorphy3 parse
    analyze: Callable  # cached (word, pos, feats) -> Analysis


@cache
def shared() -> Resources:
    import pymorphy3

    from ..text.morph import make_analyzer, make_parser

    files.limit_blas_threads(1)
    parse = make_parser(pymorphy3.MorphAnalyzer())
    return Resources(
        morph=files.load_slovnet_morph(),
        ner=files.load_slovnet_ner(),
        parse=parse,
        analyze=make_analyzer(parse),
    )
