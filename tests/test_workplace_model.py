"""The workplace classifier: a pair of one sentence no rule gives, scored by weights trained on
NEREL train (``link/data/workplace_model.tsv``, built by ``bench/train_workplaces.py``)."""

import math

import pytest

import ru_newsner
from ru_newsner.link.role_paths import sentence_words
from ru_newsner.link.roles import find_roles, rule_pass
from ru_newsner.link.workplace_model import Weights, candidates, model_workplaces, read_weights, score, shipped
from ru_newsner.pipeline.resources import shared

# "работавший на" no rule reads ("работать в" an organization is ``link.verb_workplaces``')
MAGNITSKY = ("Сергей Магнитский, юрист, работавший на инвестиционную компанию Hermitage Capital Management, "
             "умер в СИЗО.")


@pytest.fixture(scope="module")
def pipeline():
    return ru_newsner.load(workplaces=True)


def _pairs(article):
    return [(article.mentions[r.person].text, article.mentions[r.organization].text)
            for r in article.relations if r.score is not None]


def test_the_shipped_model_loads():
    model = shipped()
    assert 0.0 < model.threshold < 1.0 and math.isfinite(model.bias)
    assert len(model.weights) > 1000
    assert model.weights["verb=POработать"] > 0  # "X работал в Y" speaks for a workplace


def test_weights_without_their_header_are_refused():
    with pytest.raises(ValueError, match="threshold"):
        read_weights("# bias\t-1.0\norder=PO\t0.5\n")
    model = read_weights("# comment\n# bias\t-1.5\n# threshold\t0.6\norder=PO\t0.5\nbtw=в\t-0.25\n")
    assert model == Weights(-1.5, 0.6, {"order=PO": 0.5, "btw=в": -0.25})
    assert score(model, ["order=PO", "unknown"]) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_a_workplace_no_rule_gives(pipeline):
    article = pipeline(MAGNITSKY)
    (role,) = [r for r in article.relations if r.score is not None]
    assert role.title is None and role.score >= shipped().threshold
    assert _pairs(article) == [("Сергей Магнитский", "Hermitage Capital Management")]
    assert article.text[role.start:role.stop] == role.text  # offsets are sacred
    assert role.text.startswith("Сергей Магнитский") and role.text.endswith("Management")
    assert role.person_entity == article.mentions[role.person].entity
    assert role.organization_entity == article.mentions[role.organization].entity


def _context(pipeline, text):
    article = pipeline(text)
    rules = [r for r in article.relations if r.score is None]
    return article, rule_pass(text, article.mentions, shared().parse)[0], rules


def test_features_read_the_words_between(pipeline):
    article, ctx, rules = _context(pipeline, MAGNITSKY)
    (found,) = [(i, j, words) for i, j, words in candidates(ctx, rules, sentence_words(MAGNITSKY))
                if article.mentions[j].text == "Hermitage Capital Management"]
    words = found[2]
    assert {"order=PO", "btw=работать", "btw=юрист", "verb=POработать", "okind=ORG"} <= set(words)
    assert candidates(ctx, rules, sentence_words(MAGNITSKY)) == candidates(ctx, rules, sentence_words(MAGNITSKY))


def test_pairs_stay_within_a_sentence(pipeline):
    text = "Сергей Магнитский умер в СИЗО. Компания Hermitage Capital Management наняла его юристом."
    article, ctx, rules = _context(pipeline, text)
    pairs = [(article.mentions[i].text, article.mentions[j].text)
             for i, j, _ in candidates(ctx, rules, sentence_words(text))]
    assert ("Сергей Магнитский", "Hermitage Capital Management") not in pairs


def test_the_threshold_decides(pipeline):
    text = "Сергей Магнитский консультировал компанию Hermitage Capital Management в Москве. Магнитский умер в Москве."
    article, ctx, rules = _context(pipeline, text)
    spans = lambda: sentence_words(text)  # noqa: E731
    assert model_workplaces(ctx, rules, spans, Weights(-20.0, 0.5, {})) == []
    everything = model_workplaces(ctx, rules, spans, Weights(20.0, 0.5, {}))
    # one role per entity pair: the person with the company and with the city (named twice)
    keys = [(article.mentions[r.person].entity, article.mentions[r.organization].entity) for r in everything]
    assert len(keys) == len(set(keys)) == 2
    assert {article.mentions[r.organization].text for r in everything} == {"Hermitage Capital Management", "Москве"}


def test_a_pair_the_rules_give_is_not_repeated(pipeline):
    text = "Генеральный директор АО «Омсктрансмаш» Василий Ковалев рассказал о планах."
    article, ctx, rules = _context(pipeline, text)
    assert [(r.title, article.mentions[r.organization].text) for r in rules] == [
        ("генеральный директор", "АО «Омсктрансмаш»")]
    found = model_workplaces(ctx, rules, lambda: sentence_words(text), Weights(20.0, 0.5, {}))
    given = {(article.mentions[r.person].entity, article.mentions[r.organization].entity) for r in rules}
    assert all((article.mentions[r.person].entity, article.mentions[r.organization].entity) not in given
               for r in found)


def test_no_classifier_without_the_parser(pipeline):
    # find_roles without a parser is the adjacent patterns alone: no verb, no classifier
    article = pipeline(MAGNITSKY)
    assert all(r.score is None for r in find_roles(MAGNITSKY, article.mentions, shared().parse, workplaces=True))
    with_parser = find_roles(MAGNITSKY, article.mentions, shared().parse, shared().syntax, workplaces=True)
    assert [article.mentions[r.organization].text for r in with_parser if r.score is not None] == [
        "Hermitage Capital Management"]


def test_the_entity_table_names_the_workplace(pipeline):
    from ru_newsner.display import entity_table

    roles = entity_table(pipeline(MAGNITSKY)).set_index("name")["roles"]
    assert "место работы (Hermitage Capital Management)" in roles["Сергей Магнитский"]


def test_off_by_default():
    article = ru_newsner.load()(MAGNITSKY)
    assert all(r.score is None for r in article.relations)
    assert not any(r.organization is not None and article.mentions[r.organization].text == "Hermitage Capital Management"
                   for r in article.relations)


def test_a_pipeline_keeps_the_switch_over_a_stream():
    texts = [MAGNITSKY, "Сегодня в Москве тепло.", MAGNITSKY]
    on, off = ru_newsner.load(workplaces=True), ru_newsner.load()
    assert [len(_pairs(a)) for a in on.pipe(texts)] == [1, 0, 1]
    assert [len(_pairs(a)) for a in off.pipe(texts)] == [0, 0, 0]
