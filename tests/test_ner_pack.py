"""Our slovnet NER pack (models/slovnet_ner_nerel): found, checked against its manifest, run."""

import hashlib
import json
import shutil

import pytest

from ru_newsner.errors import ModelError
from ru_newsner.ner.model import NER_PACK, PACK_REQUIRED, model_path, ner_pack_path
from ru_newsner.resources import NER_FILE, load_slovnet_ner
from ru_newsner.resources import model_path as natasha_file


@pytest.fixture(scope="module")
def manifest():
    return json.loads((model_path(NER_PACK) / "manifest.json").read_text(encoding="utf-8"))


def test_manifest_describes_the_pack_and_its_base(manifest):
    assert all(k in manifest for k in PACK_REQUIRED)
    pack = ner_pack_path()
    assert pack.name == manifest["pack"]
    assert hashlib.sha256(pack.read_bytes()).hexdigest() == manifest["pack_sha256"]
    base = natasha_file(NER_FILE)  # fine-tuned from natasha's pack: the base named is the one installed
    assert hashlib.sha256(base.read_bytes()).hexdigest() == manifest["base"]["sha256"]
    assert manifest["pack_sha256"] != manifest["base"]["sha256"]
    assert manifest["training_data"]["split"] == "train" and manifest["split"]["heldout_articles"] > 0
    for where in ("metrics_heldout", "metrics_dev"):
        scores = manifest[where]["our pipeline, fine-tuned slovnet"]
        assert set(scores) == {"PER", "ORG", "LOC"} and all(0 < v <= 100 for v in scores.values())


@pytest.fixture
def copied_models(tmp_path, monkeypatch):
    folder = tmp_path / NER_PACK
    shutil.copytree(model_path(NER_PACK), folder)
    monkeypatch.setenv("RU_NEWSNER_MODELS", str(tmp_path))
    return folder


def test_a_changed_pack_is_refused(copied_models, manifest):
    pack = copied_models / manifest["pack"]
    pack.write_bytes(pack.read_bytes() + b"\0")
    with pytest.raises(ModelError, match="SHA-256"):
        ner_pack_path()


def test_a_missing_pack_is_a_clear_error(copied_models, manifest):
    (copied_models / manifest["pack"]).unlink()
    with pytest.raises(ModelError, match="missing"):
        ner_pack_path()


def test_an_incomplete_manifest_is_refused(copied_models, manifest):
    short = {k: v for k, v in manifest.items() if k != "pack_sha256"}
    (copied_models / "manifest.json").write_text(json.dumps(short), encoding="utf-8")
    with pytest.raises(ModelError, match="pack_sha256"):
        ner_pack_path()
