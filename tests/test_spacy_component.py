"""Issue 8: ru_newsner inside a user's spaCy pipeline; Doc ⇄ Article; DocBin."""

import pytest
import spacy
from spacy.tokens import DocBin

from ru_newsner.records import Article
from ru_newsner.spacy_component import from_article, to_article

TEXT = "Вчера в Омске директор АКИТ РФ Михаил Лабудин встретился с Василием Ковалевым."


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("ru")
    nlp.add_pipe("ru_newsner", config={"published_at": "2024-02-29"})  # found via the entry point
    return nlp


def test_spans_ents_and_records(nlp):
    doc = nlp(TEXT)
    group = doc.spans["ru_newsner"]
    labels = {(s.text, s.label_) for s in group}
    assert {("АКИТ РФ", "ORG"), ("РФ", "LOC"), ("Михаил Лабудин", "PER")} <= labels  # nested kept
    assert ("РФ", "LOC") not in {(e.text, e.label_) for e in doc.ents}  # ents do not overlap
    record = next(s for s in group if s.label_ == "PER" and s.text.startswith("Василием"))._.ru_newsner
    assert record.normal == "Василий Ковалев"
    date = next(s for s in group if s.label_ == "DATE")._.ru_newsner
    assert date.value_start == "2024-02-28"


def test_round_trip(nlp):
    doc = nlp(TEXT)
    article = to_article(doc)
    assert isinstance(article, Article) and article.text == TEXT
    again = from_article(nlp, article)
    assert to_article(again) == article
    assert [(s.start, s.end, s.label_) for s in again.spans["ru_newsner"]] == \
        [(s.start, s.end, s.label_) for s in doc.spans["ru_newsner"]]


def test_docbin(nlp):
    docs = list(nlp.pipe([TEXT, "Глава Сбербанка Герман Греф выступил в Москве."]))
    data = DocBin(store_user_data=True, docs=docs).to_bytes()
    loaded = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [to_article(d) for d in loaded] == [to_article(d) for d in docs]
    assert [len(d.spans["ru_newsner"]) for d in loaded] == [len(d.spans["ru_newsner"]) for d in docs]


def test_unprocessed_doc_is_a_clear_error(nlp):
    with pytest.raises(ValueError, match="not processed"):
        to_article(spacy.blank("ru")("текст"))
