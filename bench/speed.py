"""Throughput of our full pipeline vs natasha's full pipeline, same texts, same run.

    python bench/speed.py [--data ../shared/data/nerel/dev.jsonl] [--limit 94] [--rounds 2] [--warmup 0]

``--warmup N`` first runs both pipelines over N other articles of the file (those after the
timed ones), so the timed pass sees warm caches as in a long run over an archive; with 0 each
warms up on 2 of the timed articles only, and our caches start empty.

Each pipeline runs in its own child process (so peak RSS is its own), one BLAS thread,
one core; rounds alternate ours/natasha to share the machine's noise. natasha's pipeline is
Segmenter + NewsMorphTagger + NewsNERTagger + span normalization (MorphVocab).
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time

ENV = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def load_texts(path: str, limit: int, warmup: int) -> tuple[list[str], list[str]]:
    """The timed articles, and the ``warmup`` ones after them (or 2 timed ones)."""
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line)["text"])
    return texts[:limit], texts[limit:limit + warmup] if warmup else texts[:2]


def run_ours(texts: list[str], warm: list[str], stages: list[str] | None) -> int:
    started = time.perf_counter()  # imports count as loading
    import ru_newsner
    from ru_newsner.pipeline import DEFAULT_STAGES

    pipeline = ru_newsner.load(stages=stages or DEFAULT_STAGES)
    pipeline.nlp("Прогрев.")  # spaCy and our stages import lazily
    loaded = time.perf_counter() - started
    list(pipeline.pipe(warm))
    return loaded, lambda: sum(len(a.mentions) for a in pipeline.pipe(texts))


def run_natasha(texts: list[str], warm: list[str], stages) -> int:
    started = time.perf_counter()
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    segmenter, emb = Segmenter(), NewsEmbedding()
    morph, ner, vocab = NewsMorphTagger(emb), NewsNERTagger(emb), MorphVocab()

    def run(batch):
        count = 0
        for text in batch:
            doc = Doc(text)
            doc.segment(segmenter)
            doc.tag_morph(morph)
            doc.tag_ner(ner)
            for span in doc.spans:
                span.normalize(vocab)
            count += len(doc.spans)
        return count

    loaded = time.perf_counter() - started
    run(warm)
    return loaded, lambda: run(texts)


def child(kind: str, path: str, limit: int, warmup: int, stages) -> None:
    from threadpoolctl import threadpool_limits

    texts, warm = load_texts(path, limit, warmup)
    with threadpool_limits(1):
        load_seconds, run = (run_ours if kind == "ours" else run_natasha)(texts, warm, stages)
        started = time.perf_counter()
        mentions = run()
    elapsed = time.perf_counter() - started
    tokens = sum(len(t.split()) for t in texts)
    print(json.dumps({"kind": kind, "docs": len(texts), "seconds": elapsed, "mentions": mentions,
                      "tokens": tokens, "load_seconds": load_seconds, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/nerel/dev.jsonl")
    parser.add_argument("--limit", type=int, default=94)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--warmup", type=int, default=0, help="articles after the timed ones run first")
    parser.add_argument("--stages", nargs="*", default=None)
    parser.add_argument("--child", choices=["ours", "natasha"])
    args = parser.parse_args()
    if args.child:
        child(args.child, args.data, args.limit, args.warmup, args.stages)
        return 0
    best: dict[str, dict] = {}
    for _ in range(args.rounds):
        for kind in ("ours", "natasha"):
            cmd = [sys.executable, __file__, "--child", kind, "--data", args.data, "--limit", str(args.limit),
                   "--warmup", str(args.warmup)]
            if args.stages:
                cmd += ["--stages", *args.stages]
            out = subprocess.run(cmd, env=ENV, capture_output=True, text=True, check=True).stdout
            result = json.loads(out.strip().splitlines()[-1])
            if kind not in best or result["seconds"] < best[kind]["seconds"]:
                best[kind] = result
    print("| pipeline | docs | docs/s | tokens/s | load s | peak RSS MB |\n|---|---|---|---|---|---|")
    for kind, r in best.items():
        print(f"| {kind} | {r['docs']} | {r['docs'] / r['seconds']:.1f} | "
              f"{r['tokens'] / r['seconds']:.0f} | {r['load_seconds']:.2f} | {r['peak_rss_mb']:.0f} |")
    ratio = best["natasha"]["seconds"] / best["ours"]["seconds"]
    print(f"\nspeed ratio ours/natasha: {ratio:.2f}x (best of {args.rounds} rounds, timed after load "
          f"and a warm-up on {args.warmup or 'the first 2 of the'} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
