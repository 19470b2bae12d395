"""Fine-tune slovnet's news NER network on NEREL train and score it alone and inside our
pipeline (an experiment: RESULTS.md, "slovnet fine-tuned on NEREL"; the pipeline ships slovnet
as natasha does).

    pip install '.[finetune]'      # torch 2.13, CPU
    python bench/finetune_slovnet.py --data ../shared/data/nerel --out /tmp/slovnet_ft [--layer most|outer] [--dev]

slovnet's torch modules are rebuilt with the shipped pack's weights (navec embeddings frozen;
shape embeddings, the CNN, batch norm scale and shift, the tag projection and the CRF trained;
the batch norm statistics kept), then trained on one flat layer of NEREL's PER/ORG/LOC (the
layers of ``bench/train.py``, spans widened to slovnet's tokens), sentence by sentence with
slovnet's own tokenizer and vocabularies: Adam, 5 epochs, 32 sentences a batch, fixed seeds.
The 75 held-out train articles of ``bench/train.py`` are never trained on. The network is
exported as a slovnet pack (``OUT/slovnet_ner_nerel.tar``, loadable like
``slovnet_ner_news_v1.tar``) and scored, exact span over every gold span: alone, and as the NER
of ``ru_newsner.load(model=True)``, on the held-out articles (and on dev with ``--dev``).
"""

import argparse
import json
import random
import sys
from collections import Counter, namedtuple
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train import LAYERS, TYPES, holdout_ids, read_rows  # noqa: E402

LABELS = ("PER", "ORG", "LOC")
Flat = namedtuple("Flat", "label_ start end")  # what train.LAYERS read of a span


def gold(row: dict) -> set[tuple[str, int, int]]:
    return {(TYPES[e["type"]], e["start"], e["end"]) for e in row["entities"] if TYPES.get(e["type"]) in LABELS}


def sentences(row: dict, layer: str) -> list[tuple[list[str], list]]:
    """(words, BIO tags) per sentence, as slovnet trains: one layer of the gold spans widened
    to slovnet's tokens; a span across sentences is lost."""
    from slovnet.bio import spans_bio
    from slovnet.sent import sentenize
    from slovnet.span import Span
    from slovnet.token import tokenize

    tokens = list(tokenize(row["text"]))
    widened = set()
    for label, start, stop in gold(row):
        inside = [t for t in tokens if t.stop > start and t.start < stop]
        if inside:
            widened.add(Flat(label, inside[0].start, inside[-1].stop))
    spans = [Span(s.start, s.end, s.label_) for s in LAYERS[layer](list(widened))]
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

    def __init__(self):
        import torch
        from navec import Navec
        from slovnet.const import SHAPE, TAG, WORD
        from slovnet.exec.model import NER as ExecNER
        from slovnet.exec.pack import Pack
        from slovnet.model.cnn import CNNEncoder
        from slovnet.model.emb import Embedding, NavecEmbedding, WordShapeEmbedding
        from slovnet.model.tag import NER, NERHead

        from ru_newsner.resources import NAVEC_FILE, NER_FILE, model_path

        with Pack(model_path(NER_FILE)) as pack:
            ex = pack.load_model(ExecNER)
            ex = ex.inject_arrays(dict(pack.load_arrays(ex.weights)))
            self.words, self.shapes, self.tags = (pack.load_vocab(name) for name in (WORD, SHAPE, TAG))
        self.navec = Navec.load(model_path(NAVEC_FILE))
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

    def train(self, rows: list[dict], layer: str, epochs: int, lr: float, batch: int, seed: int) -> int:
        """Fine-tune on ``rows``; returns the number of sentences."""
        import torch

        examples = [(*self.encode(words), [self.tags.encode(t) for t in tags])
                    for row in rows for words, tags in sentences(row, layer)]
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
        """A slovnet pack of the network, navec left out as in the shipped one."""
        from slovnet.const import SHAPE, TAG, WORD
        from slovnet.exec.pack import DumpPack, Meta, vocab_bytes, vocab_name

        arrays, ex = self.model.to_exec().strip_navec().separate_arrays()
        with DumpPack(path) as pack:
            pack.dump_meta(Meta("slovnet_ner_nerel"))
            pack.dump_model(ex)
            pack.dump_arrays(arrays)
            for vocab, name in ((self.words, WORD), (self.shapes, SHAPE), (self.tags, TAG)):
                pack.write(vocab_bytes(vocab), vocab_name(name))


def pack_spans(pack: Path, texts: list[str], navec) -> list[set]:
    """The spans slovnet's own numpy execution of ``pack`` finds in ``texts``."""
    from slovnet import NER

    ner = NER.load(str(pack)).navec(navec)
    return [{(s.type, s.start, s.stop) for s in markup.spans} for markup in ner.map(texts)]


def pipeline_spans(pack: Path | None, texts: list[str]) -> list[set]:
    """Our pipeline's PER/ORG/LOC with ``pack`` as its slovnet NER (the shipped one if None)."""
    import ru_newsner
    import ru_newsner.resources as resources
    from ru_newsner.pipeline.resources import shared

    shipped = resources.model_path
    if pack is not None:
        resources.model_path = lambda name: pack if name == resources.NER_FILE else shipped(name)
    shared.cache_clear()  # the process's models, loaded again with this pack
    try:
        nlp = ru_newsner.load(model=True)
        return [{(m.label, m.start, m.stop) for m in a.mentions if m.label in LABELS} for a in nlp.pipe(texts)]
    finally:
        resources.model_path = shipped
        shared.cache_clear()


def f1_row(golds: list[set], preds: list[set]) -> str:
    cells = []
    for label in LABELS:
        tp = sum(len({s for s in g if s[0] == label} & p) for g, p in zip(golds, preds))
        n = sum(len({s for s in p if s[0] == label}) + len({s for s in g if s[0] == label}) for g, p in zip(golds, preds))
        cells.append(f"{200 * tp / n:.1f}" if n else "-")
    return " | ".join(cells)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/nerel"))
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--layer", choices=sorted(LAYERS), default="most")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dev", action="store_true", help="also score NEREL dev (never trained or selected on)")
    args = ap.parse_args(argv)
    import torch

    torch.set_num_threads(1)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    rows = read_rows(args.data / "train.jsonl")
    held = holdout_ids([r["id"] for r in rows])
    network = Network()
    count = network.train([r for r in rows if r["id"] not in held], args.layer, args.epochs, args.lr,
                          args.batch, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    pack = args.out / "slovnet_ner_nerel.tar"
    network.export(pack)
    print(json.dumps({"layer": args.layer, "sentences": count, "epochs": args.epochs, "lr": args.lr,
                      "seed": args.seed, "pack": str(pack)}), flush=True)
    from ru_newsner.resources import NER_FILE, model_path

    sets = {"held-out": [r for r in rows if r["id"] in held]}
    if args.dev:
        sets["dev"] = read_rows(args.data / "dev.jsonl")
    print("| NER | where | PER | ORG | LOC |\n|---|---|---|---|---|")
    for where, part in sets.items():
        texts, golds = [r["text"] for r in part], [gold(r) for r in part]
        for name, preds in (("slovnet as shipped, alone", pack_spans(model_path(NER_FILE), texts, network.navec)),
                            ("fine-tuned, alone", pack_spans(pack, texts, network.navec))):
            print(f"| {name} | {where} | {f1_row(golds, preds)} |", flush=True)
    for where, part in sets.items():
        texts, golds = [r["text"] for r in part], [gold(r) for r in part]
        for name, chosen in (("our pipeline, slovnet as shipped", None), ("our pipeline, fine-tuned slovnet", pack)):
            print(f"| {name} | {where} | {f1_row(golds, pipeline_spans(chosen, texts))} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
