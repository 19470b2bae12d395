"""Issue 2 golden test: what the seed article must yield (read from ../shared/seed)."""

import sys

from conftest import assert_offsets


def names(article, kind):
    return {e.name for e in article.entities if e.kind == kind}


def test_offsets(seed_article):
    assert_offsets(seed_article)


def test_persons_with_parts(seed_article):
    persons = {e.name: e for e in seed_article.entities if e.kind == "person"}
    assert {"Михаил Лабудин", "Михаил Серёгин", "Василий Ковалев",
            "Сусликов Сергей Сергеевич"} <= set(persons)
    suslikov = persons["Сусликов Сергей Сергеевич"]
    assert (suslikov.first, suslikov.middle, suslikov.last) == ("Сергей", "Сергеевич", "Сусликов")
    labudin = persons["Михаил Лабудин"]
    assert (labudin.first, labudin.last) == ("Михаил", "Лабудин")
    assert labudin.count == 2


def test_organizations(seed_article):
    orgs = names(seed_article, "organization")
    for expected in ("Ассоциация кластеров и технопарков России", "АО «Омсктрансмаш»",
                     "Минпромторг России", "АО «Концерн «Уралвагонзавод»»", "Роскомнадзор"):
        assert expected in orgs, (expected, orgs)
    assert any(name.startswith("АКИТ") for name in orgs)
    legal = {e.name: e.legal_form for e in seed_article.entities if e.kind == "organization"}
    assert legal["АО «Омсктрансмаш»"] == "АО"


def test_locations(seed_article):
    assert {"Омск", "Омская область"} <= names(seed_article, "location")


def test_nothing_crosses_a_line_break(seed_article):
    assert all("\n" not in m.text for m in seed_article.mentions)
    assert not any(m.text.startswith("БК55") and len(m.text) > 4 for m in seed_article.mentions)


def test_no_pymorphy2_natasha_or_yargy(seed_article):
    for module in ("pymorphy2", "natasha", "yargy"):
        assert module not in sys.modules
