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
