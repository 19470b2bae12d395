"""Pipeline.pipe: spaCy's vocabulary is built afresh once it passes a limit, so a run over an
archive does not grow without bound; the records are the same."""

import pytest

from ru_newsner.pipeline import core

TEXTS = [f"Глава МИД Сергей Лавров {i} мая 2020 года прибыл в Анкару; слово{i} и ещё{i}."
         for i in range(1, 30)]


def test_vocabulary_is_renewed_between_segments(monkeypatch):
    pipeline = core.load()
    expected = [a.model_dump() for a in pipeline.pipe(TEXTS)]
    monkeypatch.setattr(core, "SEGMENT", 5)
    monkeypatch.setattr(core, "VOCAB_LIMIT", 10)
    fresh = core.load()
    seen = []
    articles = []
    for article in fresh.pipe(TEXTS):
        articles.append(article.model_dump())
        seen.append(id(fresh.nlp))
    assert articles == expected
    assert len(set(seen)) > 1  # rebuilt along the way
    assert len(fresh.nlp.vocab) < len(pipeline.nlp.vocab)


def test_single_calls_renew_too(monkeypatch):
    monkeypatch.setattr(core, "VOCAB_LIMIT", 10)
    pipeline = core.load()
    before = pipeline.nlp
    article = pipeline(TEXTS[0])
    assert pipeline.nlp is not before
    assert [m.text for m in article.mentions if m.label == "PER"] == ["Сергей Лавров"]


def test_segments_are_read_lazily(monkeypatch):
    monkeypatch.setattr(core, "SEGMENT", 1)

    def texts():
        yield "Сергей Лавров прибыл в Анкару."
        raise RuntimeError("the reader failed")

    stream = core.load().pipe(texts())
    assert next(stream).text == "Сергей Лавров прибыл в Анкару."
    with pytest.raises(RuntimeError):
        next(stream)


def test_model_is_loaded_afresh_past_the_limit(monkeypatch):
    from ru_newsner.ner.model import MODEL_NAME, load_model, model_path
    from ru_newsner.pipeline import stages

    if not model_path(MODEL_NAME).exists():
        pytest.skip("models/nerel_ner is absent")
    pipeline = core.load(model=True)
    before = load_model()
    monkeypatch.setattr(stages, "MODEL_VOCAB_LIMIT", 10)
    values = [(m.label, m.text) for m in pipeline("54-летний Иван Петров получил 17% акций.").mentions
              if m.kind == "value"]
    assert load_model() is not before
    assert ("PERCENT", "17%") in values
