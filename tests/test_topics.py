"""ner.topics: a body's "по" topic is part of its name ("Комитет Сената США по международным отношениям")."""

import pytest

from ru_newsner.ner.topics import (
    attached_bodies,
    coordinated_complements,
    topic_bodies,
    topic_complements,
    topic_end,
)
from ru_newsner.pipeline.resources import shared


def _span(text, part, label="ORG"):
    start = text.index(part)
    return (label, start, start + len(part))


@pytest.mark.parametrize("text, name, expected", [
    ("Комитет Сената США по международным отношениям одобрил резолюцию.",
     "Комитет Сената США", "Комитет Сената США по международным отношениям"),
    ("Он вошёл в сборную России по художественной гимнастике.",
     "сборную России", "сборную России по художественной гимнастике"),
    ("Глава комитета Госдумы по природным ресурсам, собственности и земельным отношениям заявил.",
     "комитета Госдумы", "комитета Госдумы по природным ресурсам, собственности и земельным отношениям"),
    ("Комитет Госдумы по вопросам семьи, женщин и детей разработал закон.",
     "Комитет Госдумы", "Комитет Госдумы по вопросам семьи, женщин и детей"),
    ("Международный трибунал по бывшей Югославии постановил, что …",
     "Международный трибунал", "Международный трибунал по бывшей Югославии"),
    ("Депутат городского совета по избирательному округу № 29 выступил.",
     "городского совета", "городского совета по избирательному округу № 29"),
    # "по делам" is a remit ("по делу о …" is no topic), a ministry's too, its list and an abbreviation
    ("Министерство по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных "
     "бедствий сообщило о пожаре.", "Министерство по делам гражданской обороны",
     "Министерство по делам гражданской обороны, чрезвычайным ситуациям и ликвидации последствий стихийных бедствий"),
    ("Он трудился в комитете Госдумы по делам СНГ).", "комитете Госдумы", "комитете Госдумы по делам СНГ"),
    # a function word is no noun of the list ("при" is no archaic "пря")
    ("Комиссия по делам жертв войны и политических репрессий при Кабинете министров обратилась в суд.",
     "Комиссия", "Комиссия по делам жертв войны и политических репрессий"),
])
def test_topic_joins_the_name(text, name, expected):
    spans, extended = topic_complements(text, [_span(text, name)], shared().parse)
    assert [text[a:b] for _, a, b in spans] == [expected]
    assert extended == {_span(text, name): spans[0]}


@pytest.mark.parametrize("text, name", [
    ("Комитет Госдумы по итогам заседания принял решение.", "Комитет Госдумы"),  # an adverbial
    ("ФСБ по получению ключей шифрования не ответила.", "ФСБ"),  # not a body noun
    ("Сборная Чили по пенальти уступила.", "Сборная Чили"),
    ("Комитет по делу о коррупции заседал.", "Комитет"),
    ("Пресс-служба ГУ МВД по г. Москве сообщила.", "Пресс-служба ГУ МВД"),  # "г." is no topic
    ("Сотрудники отдела полиции УМВД по городу Омску.", "отдела полиции УМВД"),  # a territory, no topic
    ("Глава комиссии Совета федерации по информационной политике.", "Совета федерации"),  # the outer body's
])
def test_no_topic(text, name):
    spans, extended = topic_complements(text, [_span(text, name)], shared().parse)
    assert spans == [_span(text, name)]
    assert extended == {}


def test_phrase_stops_at_an_open_list():
    text = "комитет по обороне, который возглавил"
    end = topic_end(text, text.index(" по"), shared().parse)
    assert text[:end] == "комитет по обороне"


def test_topic_in_the_pipeline(pipeline):
    article = pipeline("Председатель комитета Совета Федерации по экономической политике Иван Петров выступил.")
    orgs = [m.text for m in article.mentions if m.label == "ORG"]
    assert "комитета Совета Федерации по экономической политике" in orgs
    assert "комитета Совета Федерации" not in orgs
    assert all(article.text[m.start:m.stop] == m.text for m in article.mentions)


@pytest.mark.parametrize("text, expected", [
    ("Он возглавлял думский комитет по обороне.", "думский комитет по обороне"),
    ("Иск подала Комиссия по ценным бумагам и биржам США.", "Комиссия по ценным бумагам и биржам"),
    ("Создана комиссию по борьбе с коррупцией.", "комиссию по борьбе с коррупцией"),
    ("Член агентства по управлению зоной отчуждения.", "агентства по управлению зоной отчуждения"),
])
def test_bodies_named_by_a_common_noun_and_their_topic(text, expected):
    found = topic_bodies(text, [], shared().parse)
    assert [text[a:b] for _, a, b in found] == [expected]


def test_no_body_inside_an_organization_or_with_an_adverbial():
    text = "Комитет Госдумы по обороне и группа по результатам проверки."
    name = ("ORG", 0, len("Комитет Госдумы"))
    assert topic_bodies(text, [name], shared().parse) == []


@pytest.mark.parametrize("text, names, expected", [
    ("Глава Следственного комитета при прокуратуре РФ выступил.", ["прокуратуре РФ"],
     "Следственного комитета при прокуратуре РФ"),
    ("Член экономического совета при главе администрации Брянской области.",
     ["администрации Брянской области"], "экономического совета при главе администрации Брянской области"),
    ("Заседание совета при президенте РФ прошло.", ["РФ"], "совета при президенте РФ"),
])
def test_bodies_attached_to_another(text, names, expected):
    spans = [_span(text, name, "ORG" if " " in name else "LOC") for name in names]
    result, made = attached_bodies(text, spans, shared().parse)
    assert [text[a:b] for _, a, b in made] == [expected]
    assert set(spans) < set(result)


def test_no_attachment_for_an_adverbial():
    text = "Кредиты иностранных организаций при посредничестве Катара выросли."
    assert attached_bodies(text, [_span(text, "Катара", "LOC")], shared().parse)[1] == {}


@pytest.mark.parametrize("text, name, expected", [
    ("Его приняли в Союз издателей и распространителей печатной продукции.",
     "Союз издателей", "Союз издателей и распространителей печатной продукции"),
    ("Она член Норвежской академии наук и литературы.", "Норвежской академии наук",
     "Норвежской академии наук и литературы"),
])
def test_coordinated_complements_join_the_name(text, name, expected):
    spans, extended = coordinated_complements(text, [_span(text, name)], shared().parse)
    assert [text[a:b] for _, a, b in spans] == [expected]


@pytest.mark.parametrize("text, name, place, expected", [
    # the list's last complement takes the name after it in: it is the organization's too
    ("Об этом сообщает Федерация лесбиянок, геев, бисексуалов и транссексуалов Аргентины.", "Федерация лесбиянок",
     "Аргентины", "Федерация лесбиянок, геев, бисексуалов и транссексуалов Аргентины"),
    ("Он член Союза писателей и журналистов России.", "Союза писателей", "России",
     "Союза писателей и журналистов России"),
    # an abbreviation of common nouns closes a list
    ("Об этом сообщили в Министерстве строительства, архитектуры и ЖКХ Омской области.", "Министерстве строительства",
     "Омской области", "Министерстве строительства, архитектуры и ЖКХ Омской области"),
    # "управления" takes its object in the instrumental first
    ("Он руководил департаментом управления программами и конкурсных процедур Минобрнауки.",
     "департаментом управления", "Минобрнауки",
     "департаментом управления программами и конкурсных процедур Минобрнауки"),
    ("Об этом сообщил глава департамента управления имуществом администрации города.", "департамента управления",
     "администрации города", "департамента управления имуществом администрации города"),
])
def test_coordinated_complements_and_the_name_after_them(text, name, place, expected):
    spans, _ = coordinated_complements(text, [_span(text, name), _span(text, place, "LOC")], shared().parse)
    assert text[spans[0][1]:spans[0][2]] == expected


def test_a_span_holding_its_topic_takes_the_rest_of_its_list(pipeline):
    """slovnet's "Комитет по здравоохранению" ends inside the topic's list."""
    article = pipeline("Комитет по здравоохранению, социальной политике и спорту одобрил поправки.")
    assert "Комитет по здравоохранению, социальной политике и спорту" in [m.text for m in article.mentions]


@pytest.mark.parametrize("text, name", [
    ("Это решение правительства и силовых структур.", "правительства"),  # one word: two bodies
    ("Встреча Военно-воздушных сил и Морского флота.", "Военно-воздушных сил"),  # a capital: another body
    ("Депутаты Госдумы и фракций спорили.", "Госдумы"),
])
def test_two_bodies_stay_apart(text, name):
    others = [_span(text, "Морского флота")] if "Морского" in text else []  # the second body a name too
    spans, extended = coordinated_complements(text, [_span(text, name), *others], shared().parse)
    spans = spans[:1]
    assert spans == [_span(text, name)] and extended == {}


def test_name_complements_follow_a_span_through_the_steps(monkeypatch):
    import ru_newsner.ner.topics as topics

    a, b, c, n = ("ORG", 0, 5), ("ORG", 0, 9), ("ORG", 0, 14), ("ORG", 20, 25)
    monkeypatch.setattr(topics, "topic_complements", lambda text, spans, parse: ([b], {a: b}))
    monkeypatch.setattr(topics, "attached_bodies", lambda text, spans, parse: (spans + [n], {n: n}))
    monkeypatch.setattr(topics, "coordinated_complements", lambda text, spans, parse: ([c, n], {b: c}))
    spans, became = topics.name_complements("x" * 30, [a], None)
    assert spans == [c, n]
    assert became == {a: c, n: n}  # the original span to its last form; a new span to itself


def test_a_group_of_a_tournament_is_no_remit(pipeline):
    article = pipeline("Соперниками сборной России по группе B стали Латвия, Австрия и Италия.")
    assert "сборной России" in [m.text for m in article.mentions if m.label == "ORG"]
    assert not any("по группе" in m.text for m in article.mentions)
