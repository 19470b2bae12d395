"""Our trained NER model under models/nerel_ner: the manifest matches the files, and it tags.

Skipped with a reason when the model has not been trained (``python bench/train.py``).
"""

import hashlib
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "models" / "nerel_ner"
CONFIG = ROOT / "bench" / "train_config.cfg"
MAX_BYTES = 40 * 1024 * 1024
REQUIRED = ("name", "version", "spacy_version", "training_data", "split", "config_sha256",
            "date", "labels", "metrics_dev", "licence")


@pytest.fixture(scope="session")
def manifest() -> dict:
    path = MODEL / "manifest.json"
    if not path.is_file():
        pytest.skip(f"{MODEL} is absent: train it with "
                    "`python bench/train.py --data ../shared/data/nerel --out models/nerel_ner`")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def nlp(manifest):
    import spacy

    from ru_newsner.pipeline.tokenizer import RazdelTokenizer

    nlp = spacy.load(MODEL)
    nlp.tokenizer = RazdelTokenizer(nlp.vocab)
    return nlp


def test_manifest_is_complete(manifest):
    assert not [k for k in REQUIRED if k not in manifest]
    assert manifest["name"] == "nerel_ner"
    assert manifest["training_data"]["dataset"] == "NEREL v1.1"
    assert manifest["training_data"]["articles"] == 746
    split = manifest["split"]
    assert split["heldout_articles"] + split["train_articles"] == 746
    assert isinstance(split["heldout_seed"], int)
    assert {"data", "model"} <= set(manifest["licence"])


def test_config_hash_is_the_committed_config(manifest):
    assert manifest["config_sha256"] == hashlib.sha256(CONFIG.read_bytes()).hexdigest()


def test_files_match_manifest(manifest):
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    assert meta["version"] == manifest["version"]
    assert sorted(meta["labels"]["ner"]) == manifest["labels"]
    assert (MODEL / "config.cfg").is_file()
    assert not (MODEL / "model-last").exists()
    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size <= MAX_BYTES


def test_labels_have_dev_metrics(manifest):
    assert {"PER", "ORG", "LOC", "DATE"} <= set(manifest["labels"])
    per_type = manifest["metrics_dev"]["per_type"]
    for label in manifest["labels"] + ["ALL", "ALL_CORE7"]:
        assert {"p", "r", "f1", "gold", "pred"} <= set(per_type[label])


def test_vectors_match_manifest(nlp, manifest):
    vectors = manifest.get("vectors")
    if not vectors:
        assert nlp.vocab.vectors.shape[0] == 0
        return
    assert nlp.vocab.vectors.shape == (vectors["rows"], vectors["dim"])
    assert nlp.config["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"]


def test_loader_accepts_the_manifest(manifest):
    from ru_newsner.ner.model import check, read_manifest

    check(MODEL, read_manifest(MODEL))


def test_tags_a_sentence_with_our_tokenizer(nlp, manifest):
    text = "Президент России Владимир Путин встретился в Москве с главой МВД 5 августа 2008 года."
    doc = nlp(text)
    assert doc.text == text
    ents = {(e.label_, e.text) for e in doc.ents}
    for e in doc.ents:
        assert text[e.start_char:e.end_char] == e.text
        assert e.label_ in manifest["labels"]
    assert ("PER", "Владимир Путин") in ents
    assert ("LOC", "Москве") in ents


def test_pipeline_with_the_model_adds_values():
    """Issue 6: load(model=True) merges the model in; AGE/PERCENT come from it, MONEY from the
    rules (they beat the model on the held-out split of train)."""
    import ru_newsner

    if not MODEL.exists():
        pytest.skip("models/nerel_ner is absent")
    article = ru_newsner.load(model=True)(
        "Семья Обамы приобрела дом за 8,1 млн долларов. 54-летний Иван Петров получил 17% акций.")
    found = {(m.label, m.text) for m in article.mentions}
    assert {("MONEY", "8,1 млн долларов"), ("PERCENT", "17%"), ("PER", "Иван Петров")} <= found
    assert all(m.source == ("rules" if m.label == "MONEY" else "model")
               for m in article.mentions if m.kind == "value")


def test_model_spans_do_not_depend_on_the_batch():
    """The model stage runs a few docs per forward pass (memory); a doc's spans are the same
    alone or in a batch."""
    import ru_newsner

    if not MODEL.exists():
        pytest.skip("models/nerel_ner is absent")
    texts = ["Владимир Путин провёл встречу в Москве.", "Доля выросла на 17%.",
             "54-летний Иван Петров приехал в Казань.", "Глава МИД Сергей Лавров прибыл в Анкару.",
             "Компания заработала 5 млрд рублей в 2020 году."]
    pipeline = ru_newsner.load(model=True)
    together = [[(m.label, m.start, m.stop) for m in a.mentions] for a in pipeline.pipe(texts)]
    alone = [[(m.label, m.start, m.stop) for m in pipeline(t).mentions] for t in texts]
    assert together == alone


def test_value_only_model_runs_on_cue_sentences(monkeypatch):
    """With no name type taken from the model, the model stage runs only on sentences that
    can hold an AGE or PERCENT and keeps those spans; with a policy that takes LOC from the
    model it runs on whole docs and keeps every label. The values agree."""
    import ru_newsner
    from ru_newsner.ner import combine
    from ru_newsner.pipeline import extensions as ext

    if not MODEL.exists():
        pytest.skip("models/nerel_ner is absent")
    text = "Владимир Путин провёл встречу в Москве. 54-летний Иван Петров получил 17% акций."
    nlp = ru_newsner.load(model=True).nlp
    spans = getattr(nlp(text)._, ext.MODEL_SPANS)
    values = {(label, text[a:b]) for label, a, b in spans}
    assert values >= {("AGE", "54-летний"), ("PERCENT", "17%")}
    assert {label for label, _, _ in spans} <= {"AGE", "PERCENT"}
    monkeypatch.setitem(combine.DEFAULT_POLICY, "LOC", ("fill", "slovnet"))
    whole = {(label, text[a:b]) for label, a, b in getattr(nlp(text)._, ext.MODEL_SPANS)}
    assert ("LOC", "Москве") in whole
    assert {s for s in whole if s[0] in ("AGE", "PERCENT")} == values


def test_value_windows_are_cue_words_with_their_neighbours():
    """The value-only model sees the words around each cue ("%", "лет", "-летний"), windows
    that overlap joined, never across a sentence; sentences without a cue not at all."""
    import ru_newsner
    from ru_newsner.pipeline.stages import VALUE_AFTER, VALUE_BEFORE, value_windows

    text = ("Владимир Путин провёл встречу в Москве 5 мая. "
            "По словам главы компании Ивана Сидорова, доля выросла на 17 % за один только минувший "
            "квартал, а выручка компании в том же квартале выросла ещё на 20 процентов. "
            "Ему 54 года.")
    doc = ru_newsner.load(stages=["ru_newsner_structure"]).nlp(text)
    pieces = [doc[a:b].text for _, a, b in value_windows(doc)]
    assert len(pieces) == 3  # not the first sentence: a digit alone is no cue
    first, second, third = pieces
    assert first == "Сидорова, доля выросла на 17 % за один только минувший"  # 6 words before "%", 4 after
    assert (VALUE_BEFORE, VALUE_AFTER) == (6, 4)
    assert second.endswith("20 процентов.") and third == "Ему 54 года."
    years = ru_newsner.load(stages=["ru_newsner_structure", "ru_newsner_morph"]).nlp(
        "Это случилось в 2016 году. Он умер на 81-м году жизни. Ей двадцать один год.")
    assert [years[a:b].text for _, a, b in value_windows(years)] == [
        "Он умер на 81-м году жизни.", "Ей двадцать один год."]  # a year is no age


def test_value_cues_are_ages_and_shares_not_words_that_contain_their_letters():
    """A cue is a word of age or share ("68-летний", "пятилетняя", "72-х летний", "в
    возрасте", "%"), not a word that merely holds the letters ("понедельник", "пистолет",
    "летом", "многолетний")."""
    import ru_newsner
    from ru_newsner.pipeline.stages import value_windows

    nlp = ru_newsner.load(stages=["ru_newsner_structure", "ru_newsner_morph"]).nlp
    cued = ["Ей 68-летний муж.", "Это пятилетняя дочь.", "Ему 72-х летний друг.", "Умер в возрасте ста.",
            "Рост на 5 %.", "Дело несовершеннолетней.", "Это двухмесячный щенок.", "Отмечали 10-летие."]
    plain = ["Встреча в понедельник.", "Нашли пистолет.", "Это было летом.", "Многолетний труд.",
             "Вертолет сел.", "Он удовлетворен."]
    assert [bool(value_windows(nlp(t))) for t in cued] == [True] * len(cued)
    assert [bool(value_windows(nlp(t))) for t in plain] == [False] * len(plain)


def test_numpy_blas_ops_multiply_like_thincs_own():
    import numpy as np
    from thinc.api import NumpyOps

    from ru_newsner.ner.blas_ops import NumpyBlasOps

    rng = np.random.default_rng(0)
    x, y = rng.random((7, 5), dtype=np.float32), rng.random((5, 3), dtype=np.float32)
    ours, theirs = NumpyBlasOps(), NumpyOps()
    for a, b, t1, t2 in ((x, y, False, False), (x.T.copy(), y, True, False), (x, y.T.copy(), False, True)):
        expected = theirs.gemm(a, b, trans1=t1, trans2=t2)
        assert np.allclose(ours.gemm(a, b, trans1=t1, trans2=t2), expected, atol=1e-5)
        out = np.zeros((7, 3), dtype=np.float32)
        assert ours.gemm(a, b, out=out, trans1=t1, trans2=t2) is out and np.allclose(out, expected, atol=1e-5)


def test_model_without_its_string_store_gives_the_same_spans():
    """load_model leaves the training strings on disk and multiplies with numpy's BLAS; the
    spans are those of the whole model as spaCy loads it (thinc's blis)."""
    import spacy

    from ru_newsner.ner.model import load_model, model_path
    from ru_newsner.pipeline.tokenizer import RazdelTokenizer

    if not MODEL.exists():
        pytest.skip("models/nerel_ner is absent")
    texts = ["Владимир Путин провёл встречу в Москве 5 мая 2020 года.",
             "54-летний Иван Петров получил 17% акций ОАО «Газпром» за 8,1 млн долларов.",
             "Глава МИД России Сергей Лавров прибыл в Анкару по приглашению Мевлюта Чавушоглу."]
    whole, lean = spacy.load(model_path()), load_model()
    assert len(lean.vocab.strings) < len(whole.vocab.strings) / 10
    assert {type(n.ops).__name__ for n in lean.get_pipe("tok2vec").model.walk()} == {"NumpyBlasOps"}
    assert "NumpyBlasOps" not in {type(n.ops).__name__ for n in whole.get_pipe("tok2vec").model.walk()}
    spans = []
    for nlp in (whole, lean):
        nlp.tokenizer = RazdelTokenizer(nlp.vocab)
        spans.append([[(e.label_, e.start_char, e.end_char) for e in doc.ents] for doc in nlp.pipe(texts)])
    assert spans[0] == spans[1] and any(spans[0])


def test_the_loaded_model_reads_with_our_tokenizer(manifest):
    """``load_model`` builds the model with our tokenizer: spaCy's Russian one (some 2,000
    exceptions) is neither built nor read from disk, and the model tags as before."""
    from ru_newsner.ner.model import load_model
    from ru_newsner.pipeline.tokenizer import RazdelTokenizer

    model = load_model()
    assert isinstance(model.tokenizer, RazdelTokenizer)
    assert model.config["nlp"]["tokenizer"]["@tokenizers"] == "ru_newsner.razdel_tokenizer.v1"
    text = "Президент России Владимир Путин встретился в Москве с главой МВД 5 августа 2008 года."
    assert ("PER", "Владимир Путин") in {(e.label_, e.text) for e in model(text).ents}
