"""Names read across one article: organization clusters (issue 7), names completed, repeated
and given one type from their other uses in the article (issue 6)."""


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


def test_repeated_names_are_found_where_the_model_missed_them():
    from types import SimpleNamespace

    from ru_newsner.ner.names import repeated_names

    def mention(text, label, word, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        return SimpleNamespace(label=label, text=word, start=start, stop=start + len(word))

    text = "Рено умерла в ночь на понедельник. Рено часто говорила о семье. Компания Freixenet и Freixenet-2."
    found = repeated_names(text, [mention(text, "PER", "Рено"), mention(text, "ORG", "Freixenet")])
    assert [(label, text[a:b], a) for label, a, b in found] == [
        ("PER", "Рено", text.index("Рено часто")), ("ORG", "Freixenet", text.index("Freixenet-2"))]
    # a name read as two types is left alone; a person inside a quoted title too
    text = "Эсватини — новое имя. Король Эсватини выступил. Песня «Эсватини» и «Дневник Анны Франк», Анны"
    found = repeated_names(text, [mention(text, "PER", "Эсватини"), mention(text, "LOC", "Эсватини", 1),
                                  mention(text, "PER", "Анны", 1)])
    assert found == []


def test_a_name_read_under_two_types_takes_the_majority(monkeypatch):
    from types import SimpleNamespace

    from ru_newsner.ner import names

    def mention(label, text, start, stop, source="slovnet"):
        return SimpleNamespace(label=label, text=text[start:stop], start=start, stop=stop, source=source)

    rebuilt = []
    monkeypatch.setattr(names, "make_mention", lambda doc, text, label, start, stop, parse, source:
                        rebuilt.append(label) or mention(label, text, start, stop, source))
    text = "Тамбов Тамбов Тамбов Окава Окава"
    spans = [("LOC", 0, 6), ("LOC", 7, 13), ("ORG", 14, 20), ("PER", 21, 26), ("LOC", 27, 32)]
    out = names.majority_labels(None, text, [mention(label, text, a, b) for label, a, b in spans], None)
    assert [m.label for m in out] == ["LOC", "LOC", "LOC", "PER", "LOC"]  # a tie is left
    assert rebuilt == ["LOC"]
