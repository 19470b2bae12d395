"""ner.relabel: NEREL's labels for names slovnet labels otherwise."""

from ru_newsner.ner.relabel import designation, relabel, relabel_table


def test_table_is_learned_data():
    table = relabel_table()
    assert table[("ORG", "сми")] is None
    assert table[("LOC", "кремль")] == "ORG"


def test_relabel_keeps_what_the_table_does_not_know():
    assert relabel("ORG", "Газпром") == "ORG"
    assert relabel("ORG", "СМИ") is None
    assert relabel("LOC", "Евросоюз") == "ORG"
    assert relabel("LOC", "Москва", {}) == "LOC"


def test_relabeled_in_the_article(pipeline):
    article = pipeline("Как сообщают СМИ, Кремль не ответил на запрос.")
    found = [(m.text, m.label, m.kind) for m in article.mentions if m.label in ("ORG", "LOC")]
    assert ("Кремль", "ORG", "organization") in found
    assert all(text != "СМИ" for text, _, _ in found)


def test_a_place_named_by_an_institution_noun_is_an_organization():
    assert relabel("LOC", "Кувейтский суд", {}) == "ORG"
    assert relabel("LOC", "Чертановский суд", {}) == "ORG"
    assert relabel("LOC", "Калининградская область", {}) == "LOC"
    assert relabel("LOC", "Торговый центр", {}) == "LOC"  # "центр" may name a place's centre
    assert relabel("LOC", "суд", {}) == "LOC"  # one word: no name headed by the noun
    assert relabel("ORG", "Чертановский суд", {}) == "ORG"
    assert relabel("LOC", "Гидрометцентр", {}) == "ORG"  # one word compounded with "-центр"
    assert relabel("LOC", "Эпицентр", {}) == "LOC"
    assert relabel("LOC", "Европейский союз", {}) == "ORG"  # a union is an organization
    assert relabel("LOC", "Советский Союз", {}) == "LOC"  # but the country


def test_a_centre_compound_in_the_article_is_an_organization(pipeline):
    article = pipeline("Синоптики Гидрометцентра прогнозируют морозы.")
    assert [(m.text, m.label, m.normal) for m in article.mentions] == [("Гидрометцентра", "ORG", "Гидрометцентр")]


def test_a_datelines_place_is_a_place_whatever_slovnet_read(pipeline):
    article = pipeline("ИРКУТСК, 10 августа. /ТАСС/. Превышение ПДК зафиксировано в городе.")
    assert [(m.text, m.label, m.normal) for m in article.mentions if m.text == "ИРКУТСК"] == [
        ("ИРКУТСК", "LOC", "Иркутск")]
    article = pipeline("ТАСС, 11 августа. Число эвакуированных достигло тысячи человек.")
    assert [m.label for m in article.mentions if m.text == "ТАСС"] == ["ORG"]


def test_designations_and_names_of_a_year():
    for name in ("COVID-19", "Covid-19", "SARS-CoV-2", "F-35", "ЕГЭ-2013", "Мисс Россия-2017", "ЧМ\u20112018", "PM2.5"):
        assert designation(name), name
    for name in ("ТВ-3", "Египет-25", "Формула-1", "M-1 Global", "2013-2014", "Москва"):
        assert not designation(name), name


def test_a_disease_named_by_a_designation_is_no_organization(pipeline):
    article = pipeline("Итальянский боксёр умер от Covid-19. Премьер Борис Джонсон заболел COVID-19.")
    assert [m.text for m in article.mentions if m.label in ("ORG", "LOC", "PER")] == ["Борис Джонсон"]


def test_a_holiday_is_no_name(pipeline):
    from ru_newsner.ner.relabel import holiday

    assert all(holiday(w) for w in ("Хэллоуином", "Хеллоуин", "Хануке", "Ураза-байрамом", "Курбан-Байрама"))
    assert not any(holiday(w) for w in ("Хананов", "Рамзан", "Песков"))
    article = pipeline("Хакеры взломали сайт перед Хэллоуином. Мэр поздравил горожан с Ураза-байрамом.")
    assert not [m.text for m in article.mentions if m.label in ("ORG", "LOC", "PER")]
