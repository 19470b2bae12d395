"""ner.inner_places: places nested in organization names."""

from ru_newsner.ner.inner_places import inner_places
from ru_newsner.pipeline.resources import shared


def _places(text, org):
    start = text.index(org)
    return [text[a:b] for _, a, b in inner_places(text, [("ORG", start, start + len(org))], shared().parse)]


def test_federation_is_one_place():
    text = "Дело возбудил Следственный комитет Российской Федерации."
    assert _places(text, "Следственный комитет Российской Федерации") == ["Российской Федерации"]


def test_place_names_after_the_first_word():
    assert _places("Заявление ГУ МВД России по Москве.", "ГУ МВД России по Москве") == ["России", "Москве"]


def test_first_word_and_common_words_are_no_places():
    assert _places("Москва-Сити закрыт.", "Москва-Сити") == []  # one word: the name of a thing
    assert _places("Заявил Комитет по обороне.", "Комитет по обороне") == []
    assert _places("Решение принял Басманным судом.", "Басманным судом") == []  # an adjective


def test_first_word_place_of_a_longer_name():
    assert _places("Он перешёл в Манчестер Юнайтед.", "Манчестер Юнайтед") == ["Манчестер"]


def test_existing_places_are_kept_once():
    text = "Полиция Лондона сообщила."
    spans = [("ORG", 0, 15), ("LOC", 8, 15)]
    assert inner_places(text, spans, shared().parse) == []


def test_no_place_inside_a_persons_name(pipeline):
    """Рогачёв is a town, but in "имени Дмитрия Рогачева" the word is a person's."""
    article = pipeline("Он работает в НМИЦ ДГОИ имени Дмитрия Рогачева в Москве.")
    assert "Рогачева" not in [m.text for m in article.mentions if m.label == "LOC"]


def test_a_guessed_place_reading_is_no_place():
    text = 'представители ОАО "МРСК Сибири" не могут'
    start = text.index("МРСК")
    found = inner_places(text, [("ORG", start, start + len("МРСК Сибири"))], shared().parse)
    assert [text[a:b] for _, a, b in found] == ["Сибири"]
