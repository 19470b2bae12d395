"""The heavy resources of one process, built once and shared by the stages."""

from dataclasses import dataclass
from functools import cache, partial
from typing import Any, Callable

from .. import resources as files


@dataclass(frozen=True)
class Resources:
    morph: Any  # slovnet Morph
    ner: Any    # slovnet NER
    parse: Callable  # cached pymorphy3 parse
    analyze: Callable  # (word, pos, feats) -> Analysis; the morph stage keeps each one's row
    nationality: Callable  # head noun lemma -> whether a place adjective before it is a nationality
    latin_place: Callable  # Latin word -> whether it names a place (ner.latin_places)
    syntax: Callable  # sentences' words -> their dependency trees (link.role_paths.Parser)


@cache
def shared() -> Resources:
    from ..link.role_paths import parser
    from ..ner.latin_places import place_test
    from ..ner.nationality import nationality_test, word_vectors
    from ..text.morph import analyze, analyzer
    from ..text.morph import parser as word_parser

    files.limit_blas_threads(1)
    parse = word_parser()
    ner = files.load_slovnet_ner()
    vectors = word_vectors(ner)
    return Resources(
        morph=files.load_slovnet_morph(),
        ner=ner,
        parse=parse,
        analyze=partial(analyze, parse),
        nationality=nationality_test(vectors),
        latin_place=place_test(analyzer(), vectors),
        syntax=parser(files.load_slovnet_syntax()),
    )
