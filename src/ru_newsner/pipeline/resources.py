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


@cache
def shared() -> Resources:
    import pymorphy3

    from ..text.morph import make_parser

    files.limit_blas_threads(1)
    return Resources(
        morph=files.load_slovnet_morph(),
        ner=files.load_slovnet_ner(),
        parse=make_parser(pymorphy3.MorphAnalyzer()),
    )
