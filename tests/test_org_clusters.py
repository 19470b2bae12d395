"""Issue 7: organization clusters on small written texts (descriptors, quotes, abbreviations)."""


def _entity_of(article, text: str) -> int:
    found = [m.entity for m in article.mentions if m.kind == "organization" and m.text == text]
    assert found, (text, [(m.label, m.text) for m in article.mentions])
    return found[0]


def test_a_descriptor_and_a_quoted_name_is_the_name_alone(pipeline):
    article = pipeline('Главный тренер петербургского ФК "Зенит" Сергей Семак считает, что "Зениту" '
                       'нужен нападающий. Матч с ФК "Спартак" пройдет в мае, "Спартак" готов.')
    assert _entity_of(article, 'ФК "Зенит"') == _entity_of(article, "Зениту")
    assert _entity_of(article, 'ФК "Спартак"') == _entity_of(article, "Спартак")
    assert _entity_of(article, 'ФК "Зенит"') != _entity_of(article, 'ФК "Спартак"')


def test_a_name_the_article_writes_in_full_is_taken_whole(pipeline):
    """slovnet cuts "[Международным союзом] теоретической …"; the article's full name elsewhere
    completes it. A head nested in a longer name ("МИД" in "МИД России") stays; no name is
    completed over a line break."""
    article = pipeline("Открытие не признано Международным союзом теоретической и прикладной химии, "
                       "сообщает РИА «Новости». Японцы ждут решения Международного союза теоретической "
                       "и прикладной химии. Глава МИД России прибыл. МИД России сообщил.")
    orgs = [m.text for m in article.mentions if m.label == "ORG"]
    assert "Международным союзом теоретической и прикладной химии" in orgs
    assert "Международным союзом" not in orgs
    assert orgs.count("МИД России") == 2 and orgs.count("МИД") == 2
    assert len({m.entity for m in article.mentions if "союз" in m.text}) == 1
