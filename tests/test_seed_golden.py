"""Issue 2 golden test: what the seed article must yield (read from ../shared/seed)."""

import sys

from conftest import SEED_PUBLISHED

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
                     "Минпромторг России", "АО «Концерн «Уралвагонзавод»»"):
        assert expected in orgs, (expected, orgs)
    aliases = {a for e in seed_article.entities if e.kind == "organization" for a in e.aliases}
    assert "Роскомнадзор" in aliases and any(a.startswith("АКИТ") for a in aliases)
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


def dates(article):
    return {m.text: m for m in article.mentions if m.kind == "date"}


def test_seed_dates_resolved_against_publication(seed_article):
    """Issue 3: the seed's dates, resolved against its publication time."""
    found = dates(seed_article)
    stamp = found["29-02-2024 07:55:08"]
    assert (stamp.value_start, stamp.granularity) == ("2024-02-29T07:55:08", "second")
    yesterday = next(m for text, m in found.items() if text.startswith("Вчера"))
    assert (yesterday.value_start, yesterday.value_end) == ("2024-02-28", "2024-02-28")
    this_year = next(m for text, m in found.items() if "этом году" in text)
    assert (this_year.value_start, this_year.value_end, this_year.is_relative) == (
        "2024-01-01", "2024-12-31", True)
    assert found["19.12.2014"].value_start == "2014-12-19"
    span = found["2008-2014"]
    assert (span.date_kind, span.value_start, span.value_end) == ("range", "2008-01-01", "2014-12-31")


def test_seed_dates_without_any_anchor_stay_unresolved(seed_text):
    import ru_newsner

    article = ru_newsner.load(structure=False)(seed_text)
    relative = [m for m in article.mentions if m.kind == "date" and m.is_relative]
    assert relative and all(m.value_start is None for m in relative)
    assert article.published_at is None and all(m.section is None for m in article.mentions)


def test_seed_header_timestamp_is_the_anchor(pipeline, seed_text):
    """Issue 7: without published_at, the header's timestamp anchors relative dates."""
    article = pipeline(seed_text)
    assert article.published_at == SEED_PUBLISHED
    assert article.title == "В Омской области продолжают строить «ТехноОмск»"
    assert article.source == "bk55.ru"
    yesterday = next(m for m in article.mentions if m.kind == "date" and m.text.startswith("Вчера"))
    assert yesterday.value_start == "2024-02-28" and yesterday.anchor.startswith("2024-02-29")


def test_seed_sections(seed_article):
    section = {m.text: m.section for m in seed_article.mentions}
    assert section["29-02-2024 07:55:08"] == "header"
    assert section["Михаила Лабудина"] == "body"
    assert section["Роскомнадзор"] == "footer"
    assert section["19.12.2014"] == "footer"
    suslikov = [m for m in seed_article.mentions if m.text == "Сусликов Сергей Сергеевич"]
    assert suslikov and all(m.section == "footer" for m in suslikov)


def test_seed_laws(seed_article):
    """Issue 4: both acts with kind, title as written, and the issuer of the постановление."""
    laws = [m for m in seed_article.mentions if m.kind == "law" and m.parent is None]
    by_kind = {m.act_kind: m for m in laws}
    federal = by_kind["federal_law"]
    assert federal.title.replace("\xa0", " ") == "О промышленной политике в Российской Федерации"
    assert federal.title in seed_article.text  # exactly as written, no-break spaces included
    resolution = by_kind["resolution"]
    assert resolution.issuer == "Кабинет министров"
    assert resolution.title.startswith("Об") and "(промышленных) парков" in resolution.title
    assert seed_article.text[resolution.start:resolution.stop] == resolution.text


def test_law_parents_point_into_article_mentions(seed_article):
    for m in seed_article.mentions:
        if m.kind == "law" and m.parent is not None:
            outer = seed_article.mentions[m.parent]
            assert outer.kind == "law" and outer.start <= m.start and m.stop <= outer.stop
            assert (outer.start, outer.stop) != (m.start, m.stop)
