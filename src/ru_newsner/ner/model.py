"""Our trained models under ``models/``: the spaCy NER pipeline (``nerel_ner``, with
``load(model=True)``) and the slovnet NER pack every pipeline runs (``slovnet_ner_nerel``);
each found and checked against its manifest.

``RU_NEWSNER_MODELS`` may point to another models folder (for a freshly trained model); it
must then hold both folders (copy the one not retrained).

An installed wheel carries ``models/`` as ``ru_newsner/models`` (hatch force-include); an
editable checkout reads the top-level ``models/`` folder.
"""

import hashlib
import json
import os
from functools import cache
from importlib.resources import files
from pathlib import Path

from ..errors import ModelError

MODEL_NAME = "nerel_ner"
REQUIRED = ("name", "version", "spacy_version", "training_data", "split", "config_sha256",
            "date", "labels", "metrics_dev", "licence")
NER_PACK = "slovnet_ner_nerel"  # slovnet's news NER fine-tuned on NEREL train
PACK_REQUIRED = ("name", "version", "base", "pack", "pack_sha256", "training_data", "split", "target",
                 "date", "metrics_heldout", "metrics_dev", "licence")
BUILD = {MODEL_NAME: "python bench/train.py --out models/nerel_ner",
         NER_PACK: "python bench/finetune_slovnet.py --target corrected --out models/slovnet_ner_nerel"}


def models_dir() -> Path:
    override = os.environ.get("RU_NEWSNER_MODELS")
    if override:
        return Path(override)
    installed = Path(str(files("ru_newsner"))) / "models"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parents[3] / "models"


def model_path(name: str = MODEL_NAME) -> Path:
    path = models_dir() / name
    if not (path / "manifest.json").is_file():
        raise ModelError(f"model {name!r} not found at {path}: reinstall ru_newsner, or train it "
                         f"with `{BUILD.get(name, 'python bench/train.py --out models/' + name)}`")
    return path


def read_manifest(path: Path, required: tuple[str, ...] = REQUIRED) -> dict:
    manifest = json.loads((path / "manifest.json").read_text(encoding="utf-8"))
    missing = [k for k in required if k not in manifest]
    if missing:
        raise ModelError(f"{path}/manifest.json lacks {missing}")
    return manifest


def check(path: Path, manifest: dict) -> None:
    """The files are the ones the manifest describes, for a spaCy that can load them."""
    import spacy

    config = path / "config.cfg"
    if not config.is_file():
        raise ModelError(f"{path} has no config.cfg: the model folder is incomplete")
    want = manifest["spacy_version"].split(".")[:2]
    if spacy.__version__.split(".")[:2] != want:
        raise ModelError(f"model {manifest['name']} was trained with spaCy {manifest['spacy_version']}, "
                         f"this is spaCy {spacy.__version__}: install spacy=={'.'.join(want)}.*")
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    if meta.get("version") != manifest["version"]:
        raise ModelError(f"{path}: meta.json version {meta.get('version')} != manifest {manifest['version']}")


def ner_pack_path(name: str = NER_PACK) -> Path:
    """The slovnet NER pack under ``models/<name>/``, checked against its manifest (the file's
    SHA-256): a missing or changed pack is a clear error, not other spans."""
    path = model_path(name)
    manifest = read_manifest(path, PACK_REQUIRED)
    pack = path / manifest["pack"]
    if not pack.is_file():
        raise ModelError(f"{pack} is missing: reinstall ru_newsner, or fine-tune it with `{BUILD[NER_PACK]}`")
    if file_sha256(pack) != manifest["pack_sha256"]:
        raise ModelError(f"{pack} is not the file its manifest describes (SHA-256 differs)")
    return pack


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@cache
def load_model(name: str = MODEL_NAME):
    """The trained spaCy pipeline (tok2vec + ner), checked against its manifest.

    Its string store (every string of training, 134k) is left on disk: the model reads words
    through hashes (its hash embeddings and the vectors' keys), and the strings of new words
    are added as they come; without it the model takes ~25 MB less, with the same spans
    (``tests/test_model.py``). Its tokenizer is ours (it reads the Docs our stages build); its
    matrices are multiplied by numpy's BLAS, not blis
    (:mod:`.blas_ops`: faster here, the same spans)."""
    import spacy
    from spacy.attrs import IDS

    from ..pipeline.tokenizer import razdel_config
    from .blas_ops import use_numpy_blas

    path = model_path(name)
    manifest = read_manifest(path)
    check(path, manifest)
    # the model reads the Docs our stages build: its own tokenizer, spaCy's Russian one, is
    # neither built nor read from disk
    nlp = spacy.load(path, exclude=["strings", "tokenizer"], config=razdel_config())
    use_numpy_blas(nlp)
    getters = nlp.vocab.lex_attr_getters  # computed for each new word: only those read
    nlp.vocab.lex_attr_getters = {k: v for k, v in getters.items() if k in {IDS[a] for a in LEX_ATTRS}}
    return nlp


# the lexeme attributes the model's tok2vec reads (config: NORM, PREFIX, SUFFIX, SHAPE), and
# the two spaCy itself reads; spaCy computes some 20 for every new word otherwise
LEX_ATTRS = ("NORM", "PREFIX", "SUFFIX", "SHAPE", "LOWER", "IS_SPACE")
