"""Fine-tune slovnet's news NER network on NEREL train and score it alone and inside our
pipeline; ``--target corrected --out models/slovnet_ner_nerel`` writes the pack the pipeline
runs (RESULTS.md, "slovnet fine-tuned on NEREL").

    pip install '.[finetune]'      # torch 2.13, CPU
    python bench/finetune_slovnet.py --data ../shared/data/nerel --out /tmp/slovnet_ft [--target most|outer|corrected] [--dev]
    python bench/finetune_slovnet.py --data ../shared/data/nerel --out /tmp/slovnet_ft --target corrected --folds 5

slovnet's torch modules are rebuilt with the shipped pack's weights (navec embeddings frozen;
shape embeddings, the CNN, batch norm scale and shift, the tag projection and the CRF trained;
the batch norm statistics kept), then trained on one flat layer of NEREL's PER/ORG/LOC,
sentence by sentence with slovnet's own tokenizer and vocabularies: Adam, 5 epochs, 32
sentences a batch, fixed seeds. The target layer (spans widened to slovnet's tokens) is one of
``bench/train.py``'s layers of the gold spans ("most", "outer"), or "corrected": the shipped
network's own spans on the article, corrected by the gold — a span with exactly a gold span's
extent takes its type (or goes, when the gold there is no PER/ORG/LOC: "Белый дом" is a
facility), one overlapping a gold PER/ORG/LOC keeps its boundaries (the conventions our rules
were written for), one overlapping none goes, and the gold spans no kept span touches are
added (the "most" layer of them).

The 75 held-out train articles of ``bench/train.py`` are never trained on. The network is
exported as a slovnet pack (``OUT/slovnet_ner_nerel.tar``, loadable like
``slovnet_ner_news_v1.tar``) and scored, exact span over every gold span: alone, and as the NER
of ``ru_newsner.load(model=True)``, on the held-out articles (and on dev with ``--dev``).

With ``--folds K`` the networks are out of fold instead: train is cut in K folds by a hash of
the article id, and each fold's articles are read by a network trained on the other folds
(``OUT/fold<k>.tar``), so our pipeline is scored on all of train, and on its held-out
articles, with a network that never saw the article — against the shipped network.
"""

import argparse
import json
import random
import sys
import zlib
from collections import namedtuple
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train import LAYERS, TYPES, holdout_ids, most, read_rows, split_facts  # noqa: E402

LABELS = ("PER", "ORG", "LOC")
Flat = namedtuple("Flat", "label_ start end")  # what train.LAYERS read of a span


def gold(row: dict) -> set[tuple[str, int, int]]:
    return {(TYPES[e["type"]], e["start"], e["end"]) for e in row["entities"] if TYPES.get(e["type"]) in LABELS}


def widened(row: dict, tokens: list) -> dict[tuple[int, int], set]:
    """Every gold entity's extent widened to slovnet's tokens, with its mapped types (None for
    a NEREL type we do not map)."""
    out: dict[tuple[int, int], set] = {}
    for e in row["entities"]:
        inside = [t for t in tokens if t.stop > e["start"] and t.start < e["end"]]
        if inside:
            out.setdefault((inside[0].start, inside[-1].stop), set()).add(TYPES.get(e["type"]))
    return out


def layer_target(layer: str):
    """One of ``bench/train.py``'s layers of the gold PER/ORG/LOC, widened to slovnet's tokens."""
    def target(row: dict, tokens: list) -> list:
        spans = {Flat(label, a, b) for (a, b), labels in widened(row, tokens).items()
                 for label in labels if label in LABELS}
        return LAYERS[layer](list(spans))

    return target


def corrected_target(shipped: dict[str, set]):
    """The shipped network's spans (``shipped[row id]``) corrected by the gold (module doc)."""
    def target(row: dict, tokens: list) -> list:
        gold_at = widened(row, tokens)
        main = [(a, b) for (a, b), labels in gold_at.items() if labels & set(LABELS)]
        kept = []
        for label, a, b in sorted(shipped[row["id"]], key=lambda s: s[1:]):
            if (a, b) in gold_at:
                ours = sorted(gold_at[(a, b)] & set(LABELS))
                if ours:
                    kept.append(Flat(label if label in ours else ours[0], a, b))
            elif any(x < b and a < y for x, y in main):
                kept.append(Flat(label, a, b))
        free = [Flat(label, a, b) for (a, b), labels in gold_at.items() for label in labels
                if label in LABELS and not any(k.start < b and a < k.end for k in kept)]
        return sorted(kept + most(free), key=lambda s: (s.start, s.end))

    return target


def sentences(row: dict, target) -> list[tuple[list[str], list]]:
    """(words, BIO tags) per sentence, as slovnet trains, of the flat spans ``target`` gives
    for the article; a span across sentences is lost."""
    from slovnet.bio import spans_bio
    from slovnet.sent import sentenize
    from slovnet.span import Span
    from slovnet.token import tokenize

    spans = [Span(s.start, s.end, s.label_) for s in target(row, list(tokenize(row["text"])))]
    out = []
    for sent in sentenize(row["text"]):
        words = list(tokenize(sent.text))
        inside = [Span(s.start - sent.start, s.stop - sent.start, s.type) for s in spans
                  if sent.start <= s.start and s.stop <= sent.stop]
        if words:
            out.append(([w.text for w in words], list(spans_bio(words, inside))))
    return out


class Network:
    """slovnet's NER as torch modules, with the shipped pack's weights and vocabularies."""

    def __init__(self, navec):
        import torch
        from slovnet.const import SHAPE, TAG, WORD
        from slovnet.exec.model import NER as ExecNER
        from slovnet.exec.pack import Pack
        from slovnet.model.cnn import CNNEncoder
        from slovnet.model.emb import Embedding, NavecEmbedding, WordShapeEmbedding
        from slovnet.model.tag import NER, NERHead

        from ru_newsner.resources import NER_FILE, model_path

        with Pack(model_path(NER_FILE)) as pack:
            ex = pack.load_model(ExecNER)
            ex = ex.inject_arrays(dict(pack.load_arrays(ex.weights)))
            self.words, self.shapes, self.tags = (pack.load_vocab(name) for name in (WORD, SHAPE, TAG))
        self.navec = navec
        array = lambda w: torch.from_numpy(np.array(w.array, dtype=np.float32))  # noqa: E731
        shape = Embedding(*ex.emb.shape.weight.shape, self.shapes.pad_id)
        emb = WordShapeEmbedding(NavecEmbedding(self.navec), shape)
        dims = [layer.conv.weight.shape[0] for layer in ex.encoder.layers]
        encoder = CNNEncoder(emb.dim, dims, ex.encoder.layers[0].conv.weight.shape[2])
        head = NERHead(dims[-1], len(self.tags))
        self.model = NER(emb, encoder, head)
        with torch.no_grad():
            shape.weight.copy_(array(ex.emb.shape.weight))
            for mine, theirs in zip(encoder.layers, ex.encoder.layers):
                mine.conv.weight.copy_(array(theirs.conv.weight))
                mine.conv.bias.copy_(array(theirs.conv.bias))
                mine.norm.weight.copy_(array(theirs.norm.weight))
                mine.norm.bias.copy_(array(theirs.norm.bias))
                mine.norm.running_mean.copy_(array(theirs.norm.mean))
                mine.norm.running_var.copy_(array(theirs.norm.std) ** 2 - mine.norm.eps)
            head.proj.weight.copy_(array(ex.head.proj.weight).T)
            head.proj.bias.copy_(array(ex.head.proj.bias))
            head.crf.transitions.copy_(array(ex.head.crf.transitions))

    def encode(self, words: list[str]):
        from slovnet.shape import word_shape

        return [self.words.encode(w.lower()) for w in words], [self.shapes.encode(word_shape(w)) for w in words]

    def tensors(self, items):
        import torch

        n = max(len(w) for w, _ in items)
        words = torch.full((len(items), n), self.words.pad_id, dtype=torch.long)
        shapes = torch.full((len(items), n), self.shapes.pad_id, dtype=torch.long)
        for i, (w, s) in enumerate(items):
            words[i, :len(w)], shapes[i, :len(s)] = torch.tensor(w), torch.tensor(s)
        return words, shapes, words == self.words.pad_id

    def train(self, rows: list[dict], target, epochs: int, lr: float, batch: int, seed: int) -> int:
        """Fine-tune on ``rows``, the flat spans ``target`` gives (:func:`sentences`); returns
        the number of sentences."""
        import torch

        examples = [(*self.encode(words), [self.tags.encode(t) for t in tags])
                    for row in rows for words, tags in sentences(row, target)]
        params = [p for p in self.model.parameters() if p.requires_grad]  # navec's are not
        optimizer = torch.optim.Adam(params, lr=lr)
        order, rng = list(range(len(examples))), random.Random(seed)
        for _ in range(epochs):
            self.model.eval()  # batch norm keeps slovnet's statistics; its scale and shift train
            rng.shuffle(order)
            for i in range(0, len(order), batch):
                chunk = [examples[j] for j in order[i:i + batch]]
                words, shapes, pad = self.tensors([(w, s) for w, s, _ in chunk])
                tags = torch.zeros_like(words)
                for k, (_, _, t) in enumerate(chunk):
                    tags[k, :len(t)] = torch.tensor(t)
                loss = self.model.head.crf(self.model(words, shapes, pad), tags, ~pad)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
        return len(examples)

    def export(self, path: Path) -> None:
        """A slovnet pack of the network, navec left out as in the shipped one; the same
        weights give the same bytes (vocabularies gzipped without a time stamp)."""
        import gzip

        from slovnet.const import SHAPE, TAG, WORD
        from slovnet.exec.pack import DumpPack, Meta, vocab_name

        arrays, ex = self.model.to_exec().strip_navec().separate_arrays()
        with DumpPack(path) as pack:
            pack.dump_meta(Meta("slovnet_ner_nerel"))
            pack.dump_model(ex)
            pack.dump_arrays(arrays)
            for vocab, name in ((self.words, WORD), (self.shapes, SHAPE), (self.tags, TAG)):
                pack.write(gzip.compress("\n".join(vocab.items).encode("utf8"), mtime=0), vocab_name(name))


def pack_spans(pack: Path, texts: list[str], navec) -> list[set]:
    """The spans slovnet's own numpy execution of ``pack`` finds in ``texts``."""
    from slovnet import NER

    ner = NER.load(str(pack)).navec(navec)
    return [{(s.type, s.start, s.stop) for s in markup.spans} for markup in ner.map(texts)]


def pipeline_spans(pack: Path, texts: list[str]) -> list[set]:
    """Our pipeline's PER/ORG/LOC with ``pack`` as its slovnet NER."""
    import ru_newsner
    import ru_newsner.resources as resources
    from ru_newsner.pipeline.resources import shared

    ours = resources.ner_pack
    resources.ner_pack = lambda: pack
    shared.cache_clear()  # the process's models, loaded again with this pack
    try:
        nlp = ru_newsner.load(model=True)
        return [{(m.label, m.start, m.stop) for m in a.mentions if m.label in LABELS} for a in nlp.pipe(texts)]
    finally:
        resources.ner_pack = ours
        shared.cache_clear()


def f1s(golds: list[set], preds: list[set]) -> dict[str, float]:
    """Exact-span F1 per label, in percent."""
    out = {}
    for label in LABELS:
        tp = sum(len({s for s in g if s[0] == label} & p) for g, p in zip(golds, preds))
        n = sum(len({s for s in p if s[0] == label}) + len({s for s in g if s[0] == label}) for g, p in zip(golds, preds))
        out[label] = round(200 * tp / n, 1) if n else 0.0
    return out


def f1_row(golds: list[set], preds: list[set]) -> str:
    return " | ".join(f"{v:.1f}" for v in f1s(golds, preds).values())


def write_manifest(out: Path, pack: Path, args, ids: list[str], held: set[str], metrics: dict) -> None:
    """``OUT/manifest.json``, what ``ru_newsner.ner.model.ner_pack_path`` checks on load."""
    import datetime
    from importlib.metadata import version

    import torch

    from ru_newsner.ner.model import file_sha256
    from ru_newsner.resources import NER_FILE, model_path

    manifest = {
        "name": "slovnet_ner_nerel", "version": "1.0.0",
        "base": {"pack": Path(NER_FILE).name, "from": f"natasha {version('natasha')} (slovnet {version('slovnet')})",
                 "sha256": file_sha256(model_path(NER_FILE))},
        "pack": pack.name, "pack_sha256": file_sha256(pack),
        "labels": list(LABELS),
        "training_data": {"dataset": "NEREL v1.1", "split": "train", "articles": len(ids) - len(held),
                          "types": {k: v for k, v in TYPES.items() if v in LABELS}},
        "split": split_facts(ids, held),
        "target": args.target,
        "training": {"command": "python bench/finetune_slovnet.py " + " ".join(sys.argv[1:]), "epochs": args.epochs,
                     "lr": args.lr, "batch": args.batch, "seed": args.seed, "torch": torch.__version__},
        "date": datetime.date.today().isoformat(),
        "metrics_heldout": metrics.get("held-out", {}), "metrics_dev": metrics.get("dev", {}),
        "licence": "network and vocabularies: slovnet's news NER (MIT, Alexander Kukushkin), weights fine-tuned "
                   "on NEREL v1.1 train (research use; see NEREL's licence)",
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def seeded(seed: int) -> None:
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def fold_of(row: dict, folds: int) -> int:
    return zlib.crc32(row["id"].encode()) % folds


def out_of_fold(rows: list[dict], held: set[str], target, navec, args) -> None:
    """Each fold read by a network trained on the other folds; our pipeline scored on all of
    train and on the held-out articles, with those networks and with the shipped one."""
    found: dict[str, set] = {}
    for k in range(args.folds):
        seeded(args.seed)
        network = Network(navec)
        count = network.train([r for r in rows if fold_of(r, args.folds) != k], target, args.epochs, args.lr,
                              args.batch, args.seed)
        pack = args.out / f"fold{k}.tar"
        network.export(pack)
        part = [r for r in rows if fold_of(r, args.folds) == k]
        found.update(zip([r["id"] for r in part], pipeline_spans(pack, [r["text"] for r in part])))
        print(json.dumps({"fold": k, "sentences": count, "articles read": len(part), "pack": str(pack)}), flush=True)
    from ru_newsner.resources import NER_FILE, model_path

    shipped = dict(zip([r["id"] for r in rows], pipeline_spans(model_path(NER_FILE), [r["text"] for r in rows])))
    print("| NER | where | PER | ORG | LOC |\n|---|---|---|---|---|")
    for where, part in (("train, out of fold", rows), ("held-out", [r for r in rows if r["id"] in held])):
        golds = [gold(r) for r in part]
        for name, preds in (("our pipeline, slovnet as shipped", shipped), ("our pipeline, fine-tuned out of fold", found)):
            print(f"| {name} | {where} | {f1_row(golds, [preds[r['id']] for r in part])} |", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/nerel"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--target", choices=sorted(LAYERS) + ["corrected"], default="most",
                    help="what the network learns: a layer of the gold, or the shipped network's spans corrected by it")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dev", action="store_true", help="also score NEREL dev (never trained or selected on)")
    ap.add_argument("--folds", type=int, default=0, help="score out-of-fold networks on all of train instead")
    args = ap.parse_args(argv)
    import torch
    from navec import Navec

    from ru_newsner.resources import NAVEC_FILE, NER_FILE, model_path

    torch.set_num_threads(1)
    rows = read_rows(args.data / "train.jsonl")
    held = holdout_ids([r["id"] for r in rows])
    args.out.mkdir(parents=True, exist_ok=True)
    navec = Navec.load(model_path(NAVEC_FILE))
    if args.target == "corrected":
        spans = pack_spans(model_path(NER_FILE), [r["text"] for r in rows], navec)
        target = corrected_target(dict(zip([r["id"] for r in rows], spans)))
    else:
        target = layer_target(args.target)
    if args.folds:
        out_of_fold(rows, held, target, navec, args)
        return 0
    seeded(args.seed)
    network = Network(navec)
    count = network.train([r for r in rows if r["id"] not in held], target, args.epochs, args.lr,
                          args.batch, args.seed)
    pack = args.out / "slovnet_ner_nerel.tar"
    network.export(pack)
    print(json.dumps({"target": args.target, "sentences": count, "epochs": args.epochs, "lr": args.lr,
                      "seed": args.seed, "pack": str(pack)}), flush=True)
    sets = {"held-out": [r for r in rows if r["id"] in held]}
    if args.dev:
        sets["dev"] = read_rows(args.data / "dev.jsonl")
    metrics: dict = {}
    print("| NER | where | PER | ORG | LOC |\n|---|---|---|---|---|")
    for where, part in sets.items():
        texts, golds = [r["text"] for r in part], [gold(r) for r in part]
        for name, preds in (("slovnet as shipped, alone", pack_spans(model_path(NER_FILE), texts, navec)),
                            ("fine-tuned, alone", pack_spans(pack, texts, navec))):
            metrics.setdefault(where, {})[name] = f1s(golds, preds)
            print(f"| {name} | {where} | {f1_row(golds, preds)} |", flush=True)
    for where, part in sets.items():
        texts, golds = [r["text"] for r in part], [gold(r) for r in part]
        for name, chosen in (("our pipeline, slovnet as shipped", model_path(NER_FILE)), ("our pipeline, fine-tuned slovnet", pack)):
            preds = pipeline_spans(chosen, texts)
            metrics[where][name] = f1s(golds, preds)
            print(f"| {name} | {where} | {f1_row(golds, preds)} |", flush=True)
    write_manifest(args.out, pack, args, [r["id"] for r in rows], held, metrics)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
