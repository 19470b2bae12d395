"""ner.org_heads: the head of "МВД Киргизии" is an organization of its own (NEREL nests it)."""

from ru_newsner.ner.org_heads import head_candidates, head_lexicon, noun_candidates, org_heads
from ru_newsner.pipeline.resources import shared

from helpers import spans_of


def test_lexicon_is_learned_data():
    lexicon = head_lexicon()
    assert {"мвд", "министерство", "правительство"} <= lexicon
    assert not {"посольство", "сборная", "власть"} & lexicon  # dependent bodies stay whole


def test_heads_of_names_ending_in_a_place_or_an_organization():
    text = "Заявление Центра информационной безопасности ФСБ России и ГУ МВД по Москве."
    spans = spans_of(text, ("ORG", "Центра информационной безопасности ФСБ России"), ("ORG", "ФСБ России"),
                   ("LOC", "России"), ("ORG", "ГУ МВД по Москве"), ("LOC", "Москве"))
    heads = [(key, text[a:b]) for key, a, b in head_candidates(text, spans, shared().parse)]
    assert heads == [("центр", "Центра информационной безопасности"), ("фсб", "ФСБ"), ("гу", "ГУ МВД")]
    text = "Сообщили в УМВД по городу Омску и ГУ МВД по г. Москве."
    spans = spans_of(text, ("ORG", "УМВД по городу Омску"), ("LOC", "Омску"), ("ORG", "ГУ МВД по г. Москве"),
                     ("LOC", "Москве"))
    heads = [(key, text[a:b]) for key, a, b in head_candidates(text, spans, shared().parse)]
    assert heads == [("умвд", "УМВД"), ("гу", "ГУ МВД")]


def test_only_lexicon_heads_become_mentions():
    text = "Об этом сообщили МВД Киргизии и посольство США."
    spans = spans_of(text, ("ORG", "МВД Киргизии"), ("LOC", "Киргизии"), ("ORG", "посольство США"), ("LOC", "США"))
    assert [text[a:b] for _, a, b in org_heads(text, spans, shared().parse, {"мвд"})] == ["МВД"]
    assert org_heads("Полиция сообщила.", [("ORG", 0, 7)], shared().parse, {"полиция"}) == []


def test_pipeline_nests_the_head(pipeline):
    article = pipeline("Об этом сообщает пресс-служба МВД Киргизии.")
    orgs = {(m.text, m.source) for m in article.mentions if m.label == "ORG"}
    assert {("МВД Киргизии", "slovnet"), ("МВД", "rules")} <= orgs, orgs
    assert all(article.text[m.start:m.stop] == m.text for m in article.mentions)


def test_noun_after_a_place_adjective():
    text = "Российское правительство и киргизские власти, а также Иван Петров."
    spans = spans_of(text, ("ORG", "Российское правительство"), ("ORG", "киргизские власти"), ("PER", "Иван Петров"))
    nouns = [(key, text[a:b]) for key, a, b in noun_candidates(text, spans, shared().parse)]
    assert nouns == [("правительство", "правительство"), ("власть", "власти")]
    assert [text[a:b] for _, a, b in org_heads(text, spans, shared().parse)] == ["правительство"]


def test_no_head_cut_at_pri():
    text = "Заседание совета при президенте РФ прошло."
    spans = spans_of(text, ("ORG", "совета при президенте РФ"), ("LOC", "РФ"))
    assert list(head_candidates(text, spans, shared().parse)) == []
