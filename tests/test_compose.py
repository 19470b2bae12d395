"""ner.compose: NEREL's composition of organization names."""

import pytest

from ru_newsner.ner.compose import compose


def _texts(text, spans):
    return [(label, text[a:b]) for label, a, b in compose(text, spans)]


def _span(text, part, label="ORG"):
    start = text.index(part)
    return (label, start, start + len(part))


@pytest.mark.parametrize(("text", "whole", "inner"), [
    ('Акции ОАО "Башкирэнерго" выросли.', 'ОАО "Башкирэнерго"', "Башкирэнерго"),
    ("Участник группы ''The Beatles'' умер.", "группы ''The Beatles''", "The Beatles"),
    ("Матч ФК «Спартак-Москва» отменён.", "ФК «Спартак-Москва»", "Спартак-Москва"),
])
def test_quoted_name_is_nested(text, whole, inner):
    assert _texts(text, [_span(text, whole)]) == [("ORG", whole), ("ORG", inner)]


def test_quotes_alone_or_lower_case_add_nothing():
    text = "Клуб «Спартак» и фонд «зелёных» встретились."
    spans = [_span(text, "«Спартак»"), _span(text, "фонд «зелёных»")]
    assert _texts(text, spans) == [("ORG", "«Спартак»"), ("ORG", "фонд «зелёных»")]


def test_name_and_abbreviation_and_place():
    text = "Решение Федеральной службы по надзору (Роскомнадзор) и МВД России."
    spans = [_span(text, "Федеральной службы по надзору (Роскомнадзор)"), _span(text, "МВД"),
             _span(text, "России", "LOC")]
    assert _texts(text, spans) == [("ORG", "Федеральной службы по надзору"), ("ORG", "Роскомнадзор"),
                                   ("ORG", "МВД России"), ("LOC", "России")]


def test_a_news_agency_told_goes_on_no_name():
    """"сообщили в Минобороны РИА Новости": the agency is told; "ГУ" + "МВД" still compose."""
    text = "Об этом сообщили в Минобороны РИА Новости, а в ГУ МВД промолчали."
    spans = [_span(text, "Минобороны"), _span(text, "РИА Новости"), _span(text, "ГУ"), _span(text, "МВД")]
    assert ("ORG", "Минобороны РИА Новости") not in _texts(text, spans)
    assert ("ORG", "ГУ МВД") in _texts(text, spans)


def test_bracketed_abbreviation_after_an_organization_is_one():
    from ru_newsner.ner.compose import bracketed_abbreviation
    from ru_newsner.pipeline.resources import shared

    text = "Верховный суд России (ВС) и федеральный суд Сан-Франциско (США) решили."
    spans = [("ORG", 0, 20), ("LOC", text.index("ВС"), text.index("ВС") + 2),
             ("ORG", text.index("федеральный"), text.index(" (США")),
             ("LOC", text.index("США"), text.index("США") + 3)]
    out = bracketed_abbreviation(text, spans, shared().parse)
    assert [(label, text[a:b]) for label, a, b in out] == [
        ("ORG", "Верховный суд России"), ("ORG", "ВС"), ("ORG", "федеральный суд Сан-Франциско"), ("LOC", "США")]
    alone = "Приехал (ВС) вчера."  # no organization before it
    assert bracketed_abbreviation(alone, [("LOC", 9, 11)], shared().parse) == [("LOC", 9, 11)]


def test_latin_gloss_after_a_cyrillic_name_is_its_original_spelling():
    text = "Об этом сообщила газета «Хьюстон Кроникл» (Houston Chronicle), мост через реку Тарнак (Tarnak; 1 км)."
    spans = [_span(text, "Хьюстон Кроникл"), _span(text, "Тарнак", "LOC")]
    assert _texts(text, spans) == [("ORG", "Хьюстон Кроникл"), ("ORG", "Houston Chronicle"),
                                   ("LOC", "Тарнак"), ("LOC", "Tarnak")]
    latin = "Журнал Time Out Melbourne (Roberto Seba) вышел."  # a Latin name's bracket: a credit, not a gloss
    assert _texts(latin, [_span(latin, "Time Out Melbourne")]) == [("ORG", "Time Out Melbourne")]


def test_a_territorial_office_is_a_russian_named_bodys():
    """"ГУ МВД России по Москве" composes; "от ANNA NEWS по Донбассу" is an outlet's topic."""
    text = "Видеосводка от ANNA NEWS по Донбассу. Сообщили в МВД России по Москве."
    spans = [_span(text, "ANNA NEWS"), _span(text, "Донбассу", "LOC"), _span(text, "МВД России"),
             _span(text, "Москве", "LOC")]
    found = _texts(text, spans)
    assert ("ORG", "ANNA NEWS по Донбассу") not in found
    assert ("ORG", "МВД России по Москве") in found


def test_a_place_joins_an_organization_only_in_the_genitive_or_nominative():
    """"МИД Кубы", "ОМПБ Винница" compose; the object after a body that acts does not
    ("Решением ЕСПЧ [Россию] обязали"), save a territorial office's dative ("по Москве")."""
    from ru_newsner.pipeline.resources import shared

    text = "Решением ЕСПЧ Россию обязали платить. В МИД Кубы и в ОМПБ Винница. В МВД России по Москве."
    spans = [_span(text, "ЕСПЧ"), _span(text, "Россию", "LOC"), _span(text, "МИД"), _span(text, "Кубы", "LOC"),
             _span(text, "ОМПБ"),
             _span(text, "Винница", "LOC"), _span(text, "МВД России"), _span(text, "Москве", "LOC")]
    found = [(label, text[a:b]) for label, a, b in compose(text, spans, shared().parse)]
    assert ("ORG", "ЕСПЧ Россию") not in found and ("ORG", "ЕСПЧ") in found
    assert {("ORG", "МИД Кубы"), ("ORG", "ОМПБ Винница"), ("ORG", "МВД России по Москве")} <= set(found)
    assert ("ORG", "ЕСПЧ Россию") in _texts(text, spans)  # without a parser, as before


@pytest.mark.parametrize("office", ["УМВД России по городу Омску", "ГУ МВД по г. Москве", "УФСБ по Пермскому краю"])
def test_a_territorial_office_may_name_its_city_by_the_word_city(office):
    """"по городу Омску", "по г. Москве" are a territory as "по Москве" is."""
    text = f"Сообщили в {office} вчера."
    body = office.split(" по ")[0]
    place = office.split()[-2] + " " + office.split()[-1] if "Пермскому" in office else office.split()[-1]
    found = _texts(text, [_span(text, body), _span(text, place, "LOC")])
    assert ("ORG", office) in found


def test_a_branch_holds_the_territory_not_the_body_it_is_a_branch_of():
    """"[Главное управление МВД России по Нижегородской области]" is one office; "МВД России по
    Нижегородской области" inside it is none ("ГУ [МВД России по Москве]" likewise)."""
    for text, branch, body, place in [
        ("Главное управление МВД России по Нижегородской области начало проверку.", "Главное управление",
         "МВД России", "Нижегородской области"),
        ("В пресс-службе ГУ МВД России по Москве уточнили.", "ГУ", "МВД России", "Москве"),
    ]:
        found = _texts(text, [_span(text, branch), _span(text, body), _span(text, place, "LOC")])
        whole = text[text.index(branch):text.index(place) + len(place)]
        assert ("ORG", whole) in found
        assert ("ORG", text[text.index(body):text.index(place) + len(place)]) not in found
