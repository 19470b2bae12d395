"""Issue 10: property tests over the whole extraction, 10,000 generated texts per run
(3,000 random Unicode, 3,000 Russian-like, 3,000 storms, 1,000 very long tokens; 1,000 more
Russian-like with the workplace classifier on). Properties: no exception; every mention's and
every relation's offsets are exact and inside the text; the record validates against the
published JSON Schema; extracting the same text twice gives the same record."""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ru_newsner.records import Article, json_schema

BATCH = 50  # texts per example, run through pipe(); examples per strategy below: 10,000 texts in all

NAMES = ["Михаил Лабудин", "Анна Иванова", "Серге\u0301й Петро\u0301в", "Ива\u00adнов", "Ёлкин Пётр",
         "М. Лабудин", "ПЕТРОВ", "Obama", "Дональд Трамп"]
ORGS = ["АО «Концерн «Уралвагонзавод»»", "ООО \"Ромашка\"", "Минпромторг России", "ФГУП «Почта»",
        "Роскомнадзор", "АКИТ РФ", "«Спартак»"]
PLACES = ["Омской области", "Москве", "Санкт-Петербург", "РФ", "Нью-Йорке", "Кыргызстане"]
DATES = ["вчера", "29-02-2024 07:55:08", "в 2018 году", "с 25 по 29 июля", "31 февраля", "19.12.2014",
         "2008-2014", "в 5 утра", "на прошлой неделе", "COVID-19", "2000 рублей", "ежегодно"]
LAWS = ["ч. 2 ст. 104 УК РФ", "Федеральный закон № 488-ФЗ", "п. 6 ч. 2 ст. 104", "КоАП",
        "постановление Правительства РФ от 25.05.2020 №3543 «О мерах»", "Конституции"]
GLUE = [" ", ", ", ". ", "\n", "\n\n", " — ", " и ", " в ", " по ", "«", "»", "(", ")", ":", "\u200b",
        "\u00a0", "\t", "…", "!?"]
WORDS = st.sampled_from(NAMES + ORGS + PLACES + DATES + LAWS + ["сказал", "встреча", "прошла", "суд"])

random_unicode = st.text(max_size=400)
russian_like = st.lists(st.tuples(WORDS, st.sampled_from(GLUE)), max_size=40).map(
    lambda parts: "".join(w + g for w, g in parts))
storms = st.text(alphabet=" \n\t\r.,;:!?-—–«»\"'()[]{}…\u00a0\u200b\u2028\u00ad№§", max_size=300)
long_tokens = st.builds(  # a cheap seed repeated into a 200–6,000 character token
    lambda seed, times, around: around + " " + seed * times + " " + around,
    st.text(alphabet="аБвГдЕёЖ", min_size=4, max_size=60), st.integers(50, 100),
    st.sampled_from(NAMES + DATES + LAWS))


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft202012Validator(json_schema())


def check(pipeline, validator, texts: list[str]) -> None:
    articles = list(pipeline.pipe(texts, batch_size=BATCH))
    assert [a.text for a in articles] == texts
    for text, article in zip(texts, articles):
        for m in article.mentions:
            assert 0 <= m.start <= m.stop <= len(text)
            assert text[m.start:m.stop] == m.text
        for r in article.relations:
            assert text[r.start:r.stop] == r.text
            assert article.mentions[r.person].kind == "person"
            assert r.organization is None or article.mentions[r.organization].kind in ("organization", "location")
            assert r.score is None or (r.title is None and 0.0 < r.score <= 1.0)
        data = json.loads(article.model_dump_json())
        validator.validate(data)
        assert Article.model_validate(data) == article
    assert list(pipeline.pipe(texts, batch_size=7)) == articles  # deterministic, batching aside


@pytest.mark.parametrize("strategy, examples", [
    (random_unicode, 60), (russian_like, 60), (storms, 60), (long_tokens, 20),
], ids=["random_unicode", "russian_like", "storms", "long_tokens"])
def test_extraction_properties(pipeline, validator, strategy, examples):
    @settings(max_examples=examples, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(st.lists(strategy, min_size=BATCH, max_size=BATCH))
    def run(texts):
        calls.append(len(texts))
        check(pipeline, validator, texts)

    calls: list[int] = []
    run()
    assert sum(calls) >= examples * BATCH  # the texts promised above were really generated


def test_workplace_classifier_properties(validator):
    """The same properties with the workplace classifier switched on (1,000 Russian-like texts)."""
    import ru_newsner

    pipeline = ru_newsner.load(workplaces=True)
    scored: list[int] = []

    @settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(st.lists(russian_like, min_size=BATCH, max_size=BATCH))
    def run(texts):
        check(pipeline, validator, texts)
        scored.append(sum(r.score is not None for a in pipeline.pipe(texts) for r in a.relations))

    run()
    assert sum(scored) > 0  # the classifier did add roles to check
