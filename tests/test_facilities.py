"""ner.facilities: ORG and LOC mentions that name a facility are dropped (NEREL's FACILITY)."""

from ru_newsner.ner.facilities import facility_key, facility_keys, is_facility, street_name
from ru_newsner.pipeline.resources import shared


def test_table_is_learned_data():
    keys = facility_keys()
    assert {("ORG", "собор"), ("LOC", "кладбище")} <= keys
    assert not {("ORG", "правительство"), ("ORG", "партия"), ("ORG", "университет"), ("LOC", "область")} & keys


def test_key_is_the_first_noun_before_a_quote():
    parse = shared().parse
    assert facility_key("Исаакиевский собор", parse) == "собор"
    assert facility_key("Боткинской больнице", parse) == "больница"
    assert facility_key("ЗАО «Грузинская железная дорога»", parse) == "зао"
    assert facility_key("Google", parse) is None


def test_only_listed_keys_are_facilities():
    parse = shared().parse
    assert is_facility("LOC", "Новом Городском кладбище", parse, {("LOC", "кладбище")})
    assert not is_facility("ORG", "Новом Городском кладбище", parse, {("LOC", "кладбище")})
    assert not is_facility("ORG", "Министерство финансов", parse, {("ORG", "кладбище")})
    assert not is_facility("ORG", "Исаакиевский собор", parse, frozenset())


def test_pipeline_drops_the_facility_keeps_the_place(pipeline, monkeypatch):
    text = "Туристы посетили Казанский собор в Петербурге."
    import ru_newsner.ner.facilities as facilities

    monkeypatch.setattr(facilities, "facility_keys", lambda: frozenset())
    assert "Казанский собор" in [m.text for m in pipeline(text).mentions if m.label == "ORG"]  # slovnet's
    monkeypatch.undo()
    article = pipeline(text)
    assert [m.text for m in article.mentions if m.label == "ORG"] == []
    assert "Петербурге" in [m.text for m in article.mentions if m.label == "LOC"]


def test_pipeline_drops_a_facility_tagged_as_a_place(pipeline):
    article = pipeline("Его похоронят на Новодевичьем кладбище в Москве.")
    assert [m.text for m in article.mentions if m.label == "LOC"] == ["Москве"]


def test_a_quoted_name_is_keyed_by_the_noun_before_its_quote():
    parse = shared().parse
    assert facility_key("Маракана", parse, "на легендарном стадионе «") == "«стадион"
    assert facility_key("Войковская", parse, "станции метро «") == "«метро"
    assert facility_key("Газпром", parse, "в «") == "газпром"  # no noun before the quote: its own
    assert facility_key("Маракана", parse, "на легендарном стадионе ") != "«стадион"  # not quoted


def test_pipeline_drops_a_quoted_station_keeps_the_party(pipeline):
    article = pipeline("Он родился у станции метро «Войковская» и вступил в партию «Единая Россия».")
    assert "Войковская" not in [m.text for m in article.mentions]
    assert "Единая Россия" in [m.text for m in article.mentions if m.label == "ORG"]


def test_a_street_name_is_no_place_but_the_town_of_its_streets_is():
    parse = shared().parse
    for text, name in [("Это случилось на улице Челюскинцев.", "Челюскинцев"),
                       ("Митинг прошёл на площади Победы.", "Победы"),
                       ("Адрес: ул. Рябиновой, 5.", "Рябиновой")]:
        assert street_name(text, text.index(name), parse), text
    for text, name in [("Люди вышли на улицы Каира.", "Каира"), ("Он живёт в Москве.", "Москве"),
                       ("Новая улица. Москва строится.", "Москва")]:
        assert not street_name(text, text.index(name), parse), text


def test_pipeline_drops_the_street_keeps_the_town(pipeline):
    text = "Шествие прошло по улице Соборности в Полтаве, а затем на улицах Киева."
    places = {m.text for m in pipeline(text).mentions if m.label == "LOC"}
    assert {"Полтаве", "Киева"} <= places
    assert "Соборности" not in places  # slovnet tags it LOC


def test_an_arena_is_a_facility_by_its_word(pipeline):
    """"Газпром Арене", "Арене Омск": a stadium, no organization (NEREL: "Казань Арена" FACILITY)."""
    parse = shared().parse
    assert is_facility("ORG", "Газпром Арене", parse) and is_facility("ORG", "Минск-арена", parse)
    assert not is_facility("ORG", "Аренда", parse)
    article = pipeline("Матч прошел на «Газпром Арене». Игра на «ВТБ Арене» отменена.")
    assert not [m.text for m in article.mentions if m.label in ("ORG", "LOC")]
