"""The cached pymorphy3 parser: one per process, shared by the stages and the rules, and a
Cyrillic word's spellings share one look-up."""

import pytest

from ru_newsner.text.morph import analyzer, make_parser, parser


@pytest.fixture(scope="module")
def parse():
    return make_parser(analyzer())


@pytest.mark.parametrize("written", ["Министр", "МИНИСТР", "Генпрокуратуры", "Северо-Западный", "Ли"])
def test_a_cyrillic_words_spellings_share_one_lookup(parse, written):
    assert parse(written) is parse(written.lower())
    assert parse(written) == tuple(analyzer().parse(written))  # pymorphy3 reads it in lower case


def test_a_new_spelling_is_no_new_lookup(parse):
    parse("правительство")
    misses = parse.cache_info().misses
    parse("Правительство")
    parse("ПРАВИТЕЛЬСТВО")
    assert parse.cache_info().misses == misses


@pytest.mark.parametrize("written", ["Я", "Ж", "Apple", "US", "ЧМ-2010"])
def test_initials_and_other_scripts_keep_their_case(parse, written):
    assert parse(written) == tuple(analyzer().parse(written))
    assert parse(written) is not parse(written.lower())


def test_one_parser_per_process():
    from ru_newsner.link.role_context import _default_parse
    from ru_newsner.pipeline.resources import shared

    assert parser() is parser() is _default_parse()
    assert shared().parse is parser()
