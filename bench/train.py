"""Train our NER model (tok2vec + ner) on NEREL v1.1 train and report it on NEREL dev.

    python bench/train.py --data ../shared/data/nerel --out models/nerel_ner

Steps, in order: NEREL train -> spaCy Docs tokenized with our RazdelTokenizer, nested
entities reduced to one layer (``--layer most``: the most non-overlapping spans, so
"Киргизии" in "МВД Киргизии" is kept as LOC; ``outer``: the outermost span wins); a
fixed-seed 10% of TRAIN articles is held out as spaCy's dev corpus (model selection);
navec's news embeddings (shipped with natasha) cut to the 50,000 most frequent words and
PCA-reduced to 64 dimensions become static vectors (``--vectors 0``: hash embeddings only);
``spacy train`` with the committed ``bench/train_config.cfg``; ``model-best`` copied to
``--out``; then the model alone is scored on NEREL dev (exact span, all gold spans of the
mapped types, nested ones included) and timed with one thread; ``manifest.json`` records
all of it. NEREL dev is never used for training or selection.
"""

import argparse
import hashlib
import json
import os
import random
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "bench" / "train_config.cfg"
NAME, VERSION = "nerel_ner", "0.1.0"
SEED, HOLDOUT = 0, 0.10

# NEREL type -> our label. PER..MONEY are ru_newsner.evaluate.NEREL_TYPES; AGE and PERCENT extra.
TYPES = {
    "PERSON": "PER", "ORGANIZATION": "ORG",
    "CITY": "LOC", "COUNTRY": "LOC", "STATE_OR_PROVINCE": "LOC", "LOCATION": "LOC",
    "DISTRICT": "LOC", "DATE": "DATE", "TIME": "TIME", "LAW": "LAW", "MONEY": "MONEY",
    "AGE": "AGE", "PERCENT": "PERCENT",
}
LICENCE = {
    "data": "NEREL v1.1 (nerel-ds/NEREL): no licence file in the repository; the paper "
            "describes it as freely available for research. Research use.",
    "model": "ours (ru_newsner project); trained weights inherit NEREL's research-use terms.",
}


# --- data ------------------------------------------------------------------------------

def read_rows(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def split_facts(ids: list[str], held: set[str]) -> dict:
    """The split as a manifest records it."""
    return {"articles": len(ids), "heldout_seed": SEED, "heldout_fraction": HOLDOUT,
            "heldout_articles": len(held), "train_articles": len(ids) - len(held),
            "heldout_ids_sha256": hashlib.sha256("\n".join(sorted(held)).encode()).hexdigest()}


def holdout_ids(ids: list[str], fraction: float = HOLDOUT, seed: int = SEED) -> set[str]:
    """A fixed-seed sample of article ids (sorted first, so file order does not matter)."""
    ids = sorted(ids)
    return set(random.Random(seed).sample(ids, round(len(ids) * fraction)))


def gold_spans(row: dict) -> set[tuple[str, int, int]]:
    """Mapped spans; discontinuous entities by their outer extent, as evaluate.read_nerel."""
    return {(TYPES[e["type"]], e["start"], e["end"]) for e in row["entities"] if e["type"] in TYPES}


def outermost(spans) -> list:
    """One layer: longer spans first, a span overlapping an already kept one is dropped."""
    kept: list = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, s.start, s.label_)):
        if all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


def most(spans) -> list:
    """One layer with the most spans: earliest end first (interval scheduling)."""
    kept: list = []
    for span in sorted(spans, key=lambda s: (s.end, s.start - s.end, s.label_)):
        if not kept or kept[-1].end <= span.start:
            kept.append(span)
    return kept


LAYERS = {"outer": outermost, "most": most}
NESTING = {"outer": "one layer: the outermost span wins, overlapping inner spans dropped",
           "most": "one layer with the most spans (earliest end first), the others dropped"}


def to_doc(nlp, row: dict, counts: Counter, layer=outermost):
    """A Doc of our tokens whose ents are one layer of the mapped gold spans."""
    doc = nlp.make_doc(row["text"])
    spans = []
    for label, start, end in gold_spans(row):
        span = doc.char_span(start, end, label=label)
        counts["spans"] += 1
        if span is None:
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            counts["expanded"] += 1
        if span is None or not span.text.strip():
            counts["skipped"] += 1
            continue
        spans.append(span)
    doc.ents = kept = layer(spans)
    counts["kept"] += len(kept)
    counts["dropped_nested"] += len(spans) - len(kept)
    return doc


def blank_nlp():
    import spacy

    from ru_newsner.pipeline.tokenizer import RazdelTokenizer

    nlp = spacy.blank("ru")
    nlp.tokenizer = RazdelTokenizer(nlp.vocab)
    return nlp


def convert(train_path: Path, work: Path, layer: str = "most") -> dict:
    """NEREL train -> work/train.spacy and work/heldout.spacy; returns the split facts."""
    from spacy.tokens import DocBin

    rows = read_rows(train_path)
    held = holdout_ids([r["id"] for r in rows])
    nlp, counts = blank_nlp(), Counter()
    bins = {"train": DocBin(), "heldout": DocBin()}
    for row in rows:
        part = "heldout" if row["id"] in held else "train"
        bins[part].add(to_doc(nlp, row, counts, LAYERS[layer]))
    for part, docbin in bins.items():
        docbin.to_disk(work / f"{part}.spacy")
    return {**split_facts([r["id"] for r in rows], held), "layer": layer, "span_alignment": dict(counts)}


# --- optional static vectors: navec (shipped with natasha), top words, PCA-reduced ----------

def navec_path() -> Path:
    """natasha's navec archive, located without importing natasha."""
    import importlib.util

    spec = importlib.util.find_spec("natasha")
    if spec is None:
        raise SystemExit("--vectors needs natasha installed (it ships navec's news embeddings)")
    folder = Path(list(spec.submodule_search_locations)[0])
    return folder / "data" / "emb" / "navec_news_v1_1B_250K_300d_100q.tar"


def build_vectors(work: Path, rows: int, dim: int) -> Path:
    """A blank pipeline with navec's ``rows`` most frequent words (lower and Title keys, UPPER
    too for words of up to 5 letters, sharing a row), PCA-reduced to ``dim``."""
    import numpy
    import spacy
    from navec import Navec
    from spacy.vectors import Vectors

    navec = Navec.load(str(navec_path()))
    ids = [i for i in numpy.argsort(-numpy.asarray(navec.vocab.counts), kind="stable")
           if not navec.vocab.words[i].startswith("<")][:rows]
    full = navec.pq.unpack()[ids].astype("float32")
    full -= full.mean(axis=0)
    _, _, components = numpy.linalg.svd(full, full_matrices=False)
    data = numpy.ascontiguousarray(full @ components[:dim].T, dtype="float32")
    nlp = spacy.blank("ru")  # only its vocab is used; spaCy's tokenizer saves cleanly
    words = [navec.vocab.words[i] for i in ids]  # navec is lowercase; spaCy keys by ORTH
    vectors = Vectors(strings=nlp.vocab.strings, data=data,
                      keys=[nlp.vocab.strings.add(w) for w in words])
    for row, word in enumerate(words):
        forms = {word.capitalize(), word.upper()} if len(word) <= 5 else {word.capitalize()}
        for form in forms - {word}:
            vectors.add(nlp.vocab.strings.add(form), row=row)
    nlp.vocab.vectors = vectors
    path = work / "vectors"
    nlp.to_disk(path)
    return path


# --- training --------------------------------------------------------------------------

def train(work: Path, overrides: list[str]) -> float:
    """``spacy train`` on the converted corpora; returns wall seconds."""
    cmd = [sys.executable, "-m", "spacy", "train", str(CONFIG), "--output", str(work / "train"),
           "--paths.train", str(work / "train.spacy"), "--paths.dev", str(work / "heldout.spacy"),
           *overrides]
    print("+", " ".join(cmd), flush=True)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True)
    return time.perf_counter() - t0


def install(best: Path, out: Path) -> None:
    """Copy model-best to ``out`` (nothing else) and stamp meta.json with our name/version."""
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(best, out)
    meta_path = out / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(name=NAME, version=VERSION)
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")


# --- evaluation (run in a child with one BLAS thread) ------------------------------------

def evaluate(model: Path, dev_path: Path) -> dict:
    """The model alone on NEREL dev: per-type exact-span scores, load time, docs/s."""
    import spacy

    from ru_newsner.evaluate import score
    from ru_newsner.pipeline.tokenizer import RazdelTokenizer

    t0 = time.perf_counter()
    nlp = spacy.load(model)
    load_s = time.perf_counter() - t0
    nlp.tokenizer = RazdelTokenizer(nlp.vocab)
    rows = read_rows(dev_path)
    texts = [r["text"] for r in rows]
    list(nlp.pipe(texts[:5]))  # warm-up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=16))
    pipe_s = time.perf_counter() - t0
    pairs = [(gold_spans(r), {(e.label_, e.start_char, e.end_char) for e in d.ents})
             for r, d in zip(rows, docs)]
    core = set(t for t in TYPES.values() if t not in ("AGE", "PERCENT"))
    table = {k: _score_dict(s) for k, s in score(pairs).items()}
    core_all = score([({s for s in g if s[0] in core}, {s for s in p if s[0] in core})
                      for g, p in pairs])["ALL"]
    table["ALL_CORE7"] = _score_dict(core_all)
    return {"per_type": table, "load_s": round(load_s, 3), "docs": len(texts),
            "chars": sum(map(len, texts)), "docs_per_s": round(len(texts) / pipe_s, 1),
            "threads": os.environ.get("OPENBLAS_NUM_THREADS")}


def _score_dict(s) -> dict:
    return {"gold": s.gold, "pred": s.pred, "p": round(100 * s.precision, 1),
            "r": round(100 * s.recall, 1), "f1": round(100 * s.f1, 1),
            "overlap_f1": round(100 * s.overlap_f1, 1)}


def evaluate_in_child(model: Path, dev_path: Path) -> dict:
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    cmd = [sys.executable, __file__, "--evaluate-only", str(model), "--data", str(dev_path.parent)]
    out = subprocess.run(cmd, check=True, env=env, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


# --- manifest --------------------------------------------------------------------------

def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def write_manifest(out: Path, split: dict, metrics: dict, train_s: float, overrides: list[str],
                   vectors: dict):
    import spacy

    labels = sorted(spacy.load(out).get_pipe("ner").labels)
    manifest = {
        "name": NAME, "version": VERSION, "spacy_version": spacy.__version__,
        "pipeline": ["tok2vec", "ner"],
        "tokenizer": "ru_newsner.pipeline.tokenizer.RazdelTokenizer (set it after spacy.load)",
        "training_data": {"dataset": "NEREL v1.1", "split": "train",
                          "articles": split["articles"], "types": TYPES,
                          "nesting": NESTING[split["layer"]],
                          "span_alignment": split["span_alignment"]},
        "split": {k: v for k, v in split.items() if k.startswith(("heldout", "train_"))},
        "config": "bench/train_config.cfg", "config_overrides": overrides, "vectors": vectors,
        "config_sha256": hashlib.sha256(CONFIG.read_bytes()).hexdigest(),
        "seed": SEED, "date": date.today().isoformat(), "labels": labels,
        "train_wall_s": round(train_s), "size_bytes": dir_size(out),
        "metrics_dev": {"data": "NEREL v1.1 dev (94 articles), model alone, exact span, all "
                                "gold spans of the mapped types incl. nested "
                                "(ru_newsner.evaluate.score)",
                        **metrics},
        "licence": LICENCE,
        "command": " ".join(["python", "bench/train.py", *map(shlex.quote, sys.argv[1:])]),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    return manifest


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "nerel")
    ap.add_argument("--out", type=Path, default=ROOT / "models" / NAME)
    ap.add_argument("--work", type=Path, help="keep corpora and checkpoints here (default: temp)")
    ap.add_argument("--layer", choices=LAYERS, default="most",
                    help="which one-layer view of the nested gold to train on (most: chosen on "
                         "the held-out train split, 76.3 vs 75.7 F1 at 1500 steps)")
    ap.add_argument("--vectors", type=int, default=50000, metavar="ROWS",
                    help="navec static vectors for this many most frequent words (0: none, hash "
                         "embeddings only; held-out train F1 80.4 vs 83.3 with 50000)")
    ap.add_argument("--vectors-dim", type=int, default=64, help="PCA dimension of --vectors")
    ap.add_argument("--evaluate-only", type=Path, metavar="MODEL", help=argparse.SUPPRESS)
    # the rest goes to spacy train, e.g. --training.max_steps 500
    args, overrides = ap.parse_known_args(argv)
    if args.evaluate_only:
        print(json.dumps(evaluate(args.evaluate_only, args.data / "dev.jsonl")))
        return
    with tempfile.TemporaryDirectory(prefix="nerel_ner_") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        split = convert(args.data / "train.jsonl", work, args.layer)
        print(json.dumps(split), flush=True)
        if args.vectors:
            path = build_vectors(work, args.vectors, args.vectors_dim)
            overrides += ["--paths.vectors", str(path),
                          "--components.tok2vec.model.embed.include_static_vectors", "true"]
        train_s = train(work, overrides)
        install(work / "train" / "model-best", args.out)
    metrics = evaluate_in_child(args.out, args.data / "dev.jsonl")
    vectors = {"source": "navec_news_v1_1B_250K_300d_100q (natasha)", "rows": args.vectors,
               "dim": args.vectors_dim, "pca": True} if args.vectors else None
    manifest = write_manifest(args.out, split, metrics, train_s, overrides, vectors)
    keys = ("labels", "train_wall_s", "size_bytes", "metrics_dev")
    print(json.dumps({k: manifest[k] for k in keys}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
