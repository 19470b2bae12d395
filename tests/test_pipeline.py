"""The spaCy backbone: order kept, stage order enforced, inputs checked (issue 2)."""

import pytest
from spacy.tokens import Doc

import ru_newsner
from conftest import assert_offsets
from ru_newsner.errors import InputError, StageOrderError
from ru_newsner.pipeline.stages import NamesStage


def test_pipe_keeps_order(pipeline):
    texts = [f"Сообщение {i}: в Москве выступил Иван Петров." if i % 2 else "Пусто." for i in range(7)]
    articles = list(pipeline.pipe([(t, {"id": str(i)}) for i, t in enumerate(texts)], batch_size=3))
    assert [a.id for a in articles] == [str(i) for i in range(7)]
    assert [a.text for a in articles] == texts
    for a in articles:
        assert_offsets(a)


def test_doc_text_is_kept_exactly(pipeline):
    text = "  Иван  Петров\n\n\tприехал в\u00a0Москву.  "
    doc = pipeline.nlp.make_doc(text)
    assert doc.text == text
    assert pipeline(text).text == text


@pytest.mark.parametrize("text", ["", " ", "\n\n", ".", "а"])
def test_trivial_texts(pipeline, text):
    article = pipeline(text)
    assert article.mentions == []


def test_stage_before_its_needs_is_refused():
    with pytest.raises(StageOrderError, match="needs"):
        ru_newsner.load(stages=["ru_newsner_names", "ru_newsner_morph", "ru_newsner_slovnet"])


def test_stage_called_on_unprepared_doc_raises(pipeline):
    doc = Doc(pipeline.nlp.vocab, words=["Иван", "Петров"])
    with pytest.raises(StageOrderError, match="ru_newsner_names"):
        NamesStage()(doc)


def test_published_at_is_validated(pipeline):
    with pytest.raises(InputError, match="ISO"):
        pipeline("Вчера.", published_at="29 февраля")


def test_non_text_is_refused(pipeline):
    with pytest.raises(InputError):
        pipeline(b"bytes")


def test_extract_helper():
    article = ru_newsner.extract("Глава Сбербанка Герман Греф.", id="x")
    assert article.id == "x"
    assert "Герман Греф" in {m.normal for m in article.mentions}


def test_ids_of_any_type_become_strings(pipeline):
    """README example: ids from enumerate() are ints."""
    articles = list(pipeline.pipe([(t, {"id": i}) for i, t in enumerate(["Омск.", "Казань."])]))
    assert [a.id for a in articles] == ["0", "1"]


def test_core_never_imports_batch_or_io():
    """STYLE 11: the core (records, text, ner, rules, pipeline) stands without io/batch/cli."""
    import subprocess
    import sys

    code = ("import sys, ru_newsner; ru_newsner.extract('Иван Петров приехал в Омск вчера.'); "
            "print(sorted(m for m in sys.modules if m.split('.')[:2] in (['ru_newsner', 'batch'], "
            "['ru_newsner', 'io'], ['ru_newsner', 'cli']) or m.split('.')[0] in "
            "('natasha', 'pymorphy2', 'yargy')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_vocabulary_computes_only_the_word_attributes_read():
    from spacy.attrs import IDS

    from ru_newsner.pipeline.core import LEX_ATTRS, build_nlp

    nlp = build_nlp([])
    assert set(nlp.vocab.lex_attr_getters) == {IDS[a] for a in LEX_ATTRS}
    doc = nlp("Иван  пришёл\n\nдомой.")
    assert [t.is_space for t in doc] == [t.text.isspace() for t in doc]
    assert any(t.is_space for t in doc)
    assert [t.lower_ for t in doc if not t.is_space] == ["иван", "пришёл", "домой", "."]


def test_morph_rows_kept_past_the_tables_size(pipeline, monkeypatch):
    """The morph stage's kept rows (a table of uint64, ``MorphStage._ROWS_LIMIT`` rows, emptied
    when full) give the same tokens when one article holds more new words than the table
    and when articles empty it in turn."""
    from ru_newsner.pipeline.stages import MorphStage

    texts = ["Губернатор Омской области Виталий Хоценко провёл совещание в правительстве региона.",
             "Директор АКИТ РФ Михаил Лабудин рассказал о планах Минпромторга России на следующий год."]

    def tokens(nlp):
        return [[(t.text, t.pos_, t.lemma_, t.tag_, str(t.morph)) for t in nlp(text)] for text in texts * 2]

    expected = tokens(ru_newsner.load().nlp)
    monkeypatch.setattr(MorphStage, "_ROWS_LIMIT", 3)
    small = ru_newsner.load().nlp
    morph = small.get_pipe("ru_newsner_morph")
    morph._rows = None
    assert tokens(small) == expected
    assert len(morph._rows[2]) > 3  # grown within an article


def test_the_pipeline_is_built_with_our_tokenizer_only():
    """spaCy's Russian tokenizer is not built only to be replaced: the config names ours."""
    from ru_newsner.pipeline.tokenizer import RazdelTokenizer

    nlp = ru_newsner.load().nlp
    assert isinstance(nlp.tokenizer, RazdelTokenizer)
    assert nlp.config["nlp"]["tokenizer"]["@tokenizers"] == "ru_newsner.razdel_tokenizer.v1"


def test_our_tokenizer_is_known_to_spacy_without_importing_us():
    """The package's entry point names our tokenizer to spaCy: a config that names it builds in
    a fresh process that has not imported ru_newsner."""
    import subprocess
    import sys

    probe = ("import sys, spacy\n"
             "nlp = spacy.blank('ru', config={'nlp': {'tokenizer': {'@tokenizers': 'ru_newsner.razdel_tokenizer.v1'}}})\n"
             "print(type(nlp.tokenizer).__name__, [t.text for t in nlp('В 2024 г. ТехноОмск вошёл в АКИТ.')])\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.startswith("RazdelTokenizer ")
    assert "'ТехноОмск'" in out and "'АКИТ'" in out


def test_reading_records_does_not_import_spacy():
    """The schema, the readers and the command line's help load without the pipeline: spaCy
    (about 0.9 s of importing) comes with ``ru_newsner.load`` on first use."""
    import subprocess
    import sys

    code = ("import sys, ru_newsner, ru_newsner.records, ru_newsner.io\n"
            "before = 'spacy' in sys.modules\n"
            "from ru_newsner import load, Pipeline\n"
            "assert load is ru_newsner.load and Pipeline.__name__ == 'Pipeline'\n"
            "try:\n    ru_newsner.no_such_name\nexcept AttributeError as e:\n    missing = str(e)\n"
            "print(before, 'spacy' in sys.modules, missing)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False True module 'ru_newsner' has no attribute 'no_such_name'"
