"""Names read across one article: organization clusters (issue 7), names completed, repeated
and given one type from their other uses in the article (issue 6)."""

from types import SimpleNamespace

from ru_newsner.ner.repeats import (completed_extents, completed_persons, declined_quotes, majority_labels,
                                    repeated_names, surname_labels)
from ru_newsner.pipeline.resources import shared


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


def test_an_organization_is_not_named_by_a_case_its_normal_form_kept(pipeline):
    """pymorphy3 reads "Аякса" as an abbreviation, so its normal form stays "Аякса"; the
    entity is named "Аякс", as the article writes it."""
    article = pipeline('Лондонский "Тоттенхэм" победил местный "Аякс". Игроки "Аякса" рухнули на газон, '
                       'а защита "Аякса" не помогла. Болельщики "Аякса" ушли.')
    entity = article.entities[_entity_of(article, "Аякс")]
    assert entity.name == "Аякс"
    assert _entity_of(article, "Аякса") == _entity_of(article, "Аякс")


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


def _mention(text: str, label: str, words: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return SimpleNamespace(label=label, text=words, normal=words, start=start, stop=start + len(words))


def test_repeated_names_are_found_where_slovnet_missed_them():
    parse = shared().parse
    text = "Рено умерла в ночь на понедельник. Рено часто говорила о семье. Компания Freixenet и Freixenet-2."
    found = repeated_names(text, [_mention(text, "PER", "Рено"), _mention(text, "ORG", "Freixenet")], parse)
    assert [(label, text[a:b], a) for label, a, b in found] == [
        ("PER", "Рено", text.index("Рено часто")), ("ORG", "Freixenet", text.index("Freixenet-2"))]
    # a name read as two types is left alone; a person inside a quoted title too
    text = "Эсватини — новое имя. Король Эсватини выступил. Песня «Эсватини» и «Дневник Анны Франк», Анны"
    found = repeated_names(text, [_mention(text, "PER", "Эсватини"), _mention(text, "LOC", "Эсватини", 1),
                                  _mention(text, "PER", "Анны", 1)], parse)
    assert found == []


def test_declined_uses_of_a_name_or_a_persons_surname_are_found():
    parse = shared().parse
    text = ("Премьер-министр Салам Фаяд ушёл. Фаяда критиковали в Палестине. Патриархом стал Максим. "
            "Ветераны Тамбова и Тамбове собрались, а Тамбов ждёт.")
    mentions = [_mention(text, "PER", "Салам Фаяд"), _mention(text, "PER", "Патриархом"),
                _mention(text, "LOC", "Тамбов", 2)]
    found = [(label, text[a:b]) for label, a, b in repeated_names(text, mentions, parse)]
    # "Патриархом" is a dictionary word: its other forms are not looked for
    assert found == [("PER", "Фаяда"), ("LOC", "Тамбова"), ("LOC", "Тамбове")]


def test_a_surname_that_is_a_dictionary_word_is_found_as_the_full_name_writes_it():
    parse = shared().parse
    text = ("Мэр Анатолий Локоть ушёл. Локоть руководил городом. Локтем он ударил.\n"
            "Анна Франк\nДневник Анны Франк\nМария Франк")
    mentions = [_mention(text, "PER", "Анатолий Локоть"), _mention(text, "PER", "Анны Франк"),
                _mention(text, "PER", "Мария")]
    found = [(label, text[a:b], a) for label, a, b in repeated_names(text, mentions, parse)]
    # "Локтем" is the noun's form, not the name's; a first name before the surname is the name's
    # too, but not one read apart already ("[Мария] Франк")
    assert found == [("PER", "Локоть", text.index("Локоть руководил")), ("PER", "Анна Франк", text.index("Анна"))]


def test_a_name_read_under_two_types_takes_the_majority():
    text = "Тамбов Тамбов Тамбов Окава Окава"
    spans = [("LOC", 0, 6), ("LOC", 7, 13), ("ORG", 14, 20), ("PER", 21, 26), ("LOC", 27, 32)]
    mentions = [SimpleNamespace(label=label, text=text[a:b]) for label, a, b in spans]
    assert majority_labels(mentions) == {2: "LOC"}  # "Окава": a tie, left


def test_a_cut_organization_is_completed_from_its_full_name():
    text = "признано Международным союзом теоретической химии. Решения Международного союза теоретической химии"
    cut = SimpleNamespace(label="ORG", normal="Международный союз", start=9, stop=29)
    full = SimpleNamespace(label="ORG", normal="Международный союз теоретической химии",
                           start=text.index("Международного"), stop=len(text))
    assert completed_extents(text, [cut, full]) == {0: text.index(".")}


def test_a_lone_surname_takes_its_first_name_from_the_full_name():
    text = "Суд над Ратко Младичем начался. Ратко Младич молчал. Эмир Кустурица приехал. Эмир Младич ушёл."
    mentions = [_mention(text, "PER", "Ратко Младичем"), _mention(text, "PER", "Младич", 1),
                _mention(text, "PER", "Кустурица"), _mention(text, "PER", "Младич", 2)]
    # "Эмир Кустурица": no full name in the article; "Эмир Младич": not Младич's first name
    assert completed_persons(text, mentions) == {1: text.index("Ратко Младич молчал")}


def test_a_person_written_as_the_nominative_of_another_mention_takes_it(pipeline):
    """slovnet reads the subject "Валерия Касамара" as a man's genitive; the article's
    "Валерией Касамарой" shows the words are a woman's nominative: one person."""
    article = pipeline("Проректор Высшей школы экономики Валерия Касамара — зарегистрированный кандидат. "
                       "Она говорила с Валерией Касамарой.")
    persons = [m for m in article.mentions if m.label == "PER"]
    assert [(m.text, m.normal, m.first, m.last) for m in persons] == [
        ("Валерия Касамара", "Валерия Касамара", "Валерия", "Касамара"),
        ("Валерией Касамарой", "Валерия Касамара", "Валерия", "Касамара")]
    assert len({m.entity for m in persons}) == 1
    assert next(m for m in article.mentions if m.label == "ORG").normal == "Высшая школа экономики"


def test_an_editors_bracket_is_no_part_of_a_persons_normal_form(pipeline):
    article = pipeline("Вчера [юрист Любовь] Соболь приглашал(а) на встречу. Любовь Соболь пришла.")
    persons = [m for m in article.mentions if m.label == "PER"]
    assert {m.normal for m in persons} == {"Любовь Соболь"}
    assert "]" in persons[0].text  # the network's span holds the bracket; the normal form does not
    assert all(article.text[m.start:m.stop] == m.text for m in persons)
    assert [e.name for e in article.entities if e.kind == "person"] == ["Любовь Соболь"]


def test_a_place_or_organization_that_is_a_named_persons_surname_is_that_person():
    """"Николай Еркаев" … "цитирует пресс-служба СФУ [Еркаева]" (slovnet: LOC); a place the
    dictionary knows stays one ("Пётр Москва" … "Москвы")."""
    mentions = [SimpleNamespace(label="PER", text="Николай Еркаев"), SimpleNamespace(label="LOC", text="Еркаева"),
                SimpleNamespace(label="PER", text="Пётр Москва"), SimpleNamespace(label="LOC", text="Москвы"),
                SimpleNamespace(label="ORG", text="Макеенко"), SimpleNamespace(label="PER", text="Виктор Макеенко"),
                SimpleNamespace(label="ORG", text="ТАСС")]
    assert surname_labels(mentions, shared().parse) == {1: "PER", 4: "PER"}


def _quoted_mention(text: str, name: str, label: str) -> SimpleNamespace:
    start = text.index(f"«{name}»") + 1
    return SimpleNamespace(label=label, start=start, stop=start + len(name))


def test_a_quoted_organizations_declined_uses_are_found():
    """"«Уральская сталь»" read as an organization makes "«Уральской стали»" one; a quote of
    other words ("«Уральские пельмени»"), of one word ("«Спартаковца»" after "«Спартак»") or an
    organization already there is none."""
    text = ("Предприятия «Уральская сталь» и «Спартак» работают. Он был замгендиректора «Уральской стали», "
            "смотрел «Уральские пельмени» и болел за «Спартаковца».")
    mentions = [_quoted_mention(text, "Уральская сталь", "ORG"), _quoted_mention(text, "Спартак", "ORG")]
    start = text.index("Уральской стали")
    assert declined_quotes(text, mentions) == [(start, start + len("Уральской стали"), 0)]
    mentions.append(_quoted_mention(text, "Уральской стали", "ORG"))
    assert declined_quotes(text, mentions) == []
    assert declined_quotes(text.replace("«", '"').replace("»", '"'), mentions[:2]) == []


def test_a_quoted_name_read_as_an_organization_in_a_few_of_its_uses_stays_as_it_is():
    """A TV episode slovnet reads as an organization once in three uses (a Meduza article of the
    dump samples): its other uses are not made organizations."""
    text = "Эпизод «Враг народа» вышел. Во «Враге народа» герои спорят. Финал «Врага народа» понравился."
    start = text.index("Врага народа")
    mentions = [SimpleNamespace(label="ORG", start=start, stop=start + len("Врага народа"))]
    assert declined_quotes(text, mentions) == []
    assert len(declined_quotes(text, mentions + [_quoted_mention(text, "Враг народа", "ORG")])) == 1


def test_a_declined_quoted_organization_is_one_under_the_articles_name(pipeline):
    """slovnet reads "«Уральской стали»" as the place adjective "Уральской" (NEREL dev); the
    article's "«Уральская сталь»" makes it the organization, named as the article names it, and
    the position's workplace."""
    article = pipeline("В 2005 году Андрей Варичев возглавил «Михайловский ГОК». До этого он занимал пост "
                       "замгендиректора «Уральской стали». В холдинг входят предприятия «Уральская сталь».")
    org = next(m for m in article.mentions if m.text == "Уральской стали")
    assert (org.label, org.normal) == ("ORG", "Уральская сталь")
    assert org.entity == next(m.entity for m in article.mentions if m.text == "Уральская сталь" and m.label == "ORG")
    assert {(r.title, article.mentions[r.organization].text) for r in article.relations if r.title} == {
        ("замгендиректор", "Уральской стали")}


def test_a_person_is_named_by_surname_rather_than_patronymic(pipeline):
    article = pipeline("Михаил Сергеевич рассказал о перестройке. По словам Михаила Горбачева, реформы были "
                       "необходимы. Горбачев добавил, что не жалеет.")
    assert [(e.name, sorted(e.aliases)) for e in article.entities if e.kind == "person"] == [
        ("Михаил Горбачев", ["Горбачев", "Михаил Сергеевич"])]


def test_a_surname_in_ovich_after_a_first_name_alone_is_the_surname(pipeline):
    """"Юревич" is no patronymic the dictionary knows: with no other word it is the surname."""
    person = next(m for m in pipeline("Губернатор Михаил Юревич подписал указ.").mentions if m.kind == "person")
    assert (person.first, person.middle, person.last) == ("Михаил", None, "Юревич")


def test_a_lone_surname_read_as_a_plural_first_name_is_the_surname(pipeline):
    """pymorphy3 guesses "Мендонсы" a plural first name: no one's name, so it is the surname,
    in the nominative the person's full name has."""
    article = pipeline("В США умер Джордж Мендонса, моряк со знаменитой фотографии. О смерти Мендонсы "
                       "сообщил телеканал CBS.")
    lone = [m for m in article.mentions if m.kind == "person" and m.text == "Мендонсы"]
    assert [(m.normal, m.first, m.last) for m in lone] == [("Мендонса", None, "Мендонса")]
    assert len({m.entity for m in article.mentions if m.kind == "person"}) == 1


def test_a_lone_surname_the_tagger_read_as_a_first_name_takes_the_persons_surname(pipeline):
    article = pipeline("Основатели компании — Ларри Пейдж и Сергей Брин. Управление перешло к Пейджу и Брину.")
    lone = {m.text: (m.normal, m.first, m.last) for m in article.mentions
            if m.kind == "person" and " " not in m.text}
    assert lone == {"Пейджу": ("Пейдж", None, "Пейдж"), "Брину": ("Брин", None, "Брин")}, lone
