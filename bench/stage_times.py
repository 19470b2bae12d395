"""Where our pipeline's time goes: the wall time of each stage, of the records' assembly and of
the roles inside it, over the same articles as ``bench/speed.py``.

    python bench/stage_times.py [--data ../shared/data/nerel/train.jsonl] [--limit 400] [--model | --no-model]

One process, one BLAS thread, timed after loading and a warm-up on 2 of the articles (our
caches start empty, as in ``bench/speed.py``). The shares are of the timed pass: the stages,
the tokenizer (razdel's segmentation into a spaCy Doc, run as the first stage reads its batch)
and the records' assembly add up to it but for the pipeline's glue; the roles are part of the
records' time. Only a ratio within one run means anything on a shared machine.
"""

import argparse
import json
import os
import time
from collections import Counter
from itertools import islice

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


def _timed(totals: Counter, name: str, function):
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - started
    return timed


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data/nerel/train.jsonl")
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--model", action=argparse.BooleanOptionalAction, default=True)
    args = ap.parse_args(argv)

    import ru_newsner
    from ru_newsner.link import roles
    from ru_newsner.pipeline import core, stages, tokenizer

    totals: Counter = Counter()
    for stage in (c for c in vars(stages).values() if isinstance(c, type) and issubclass(c, stages.Stage)):
        if stage is not stages.Stage and "process" in vars(stage):
            stage.process = _timed(totals, stage.name, stage.process)
    core.to_article = _timed(totals, "records (to_article)", core.to_article)
    roles.find_roles = _timed(totals, "  of which roles (find_roles)", roles.find_roles)
    tokenizer.RazdelTokenizer.__call__ = _timed(totals, "tokenizer (razdel, spaCy Doc)", tokenizer.RazdelTokenizer.__call__)

    with open(args.data, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in islice(f, args.limit)]
    pipeline = ru_newsner.load(model=args.model)
    list(pipeline.pipe(texts[:2]))
    totals.clear()
    started = time.perf_counter()
    list(pipeline.pipe(texts))
    elapsed = time.perf_counter() - started
    print(f"{len(texts)} articles in {elapsed:.2f} s, {len(texts) / elapsed:.1f} docs/s "
          f"(model={args.model})\n")
    print("| part | s | share | ms per article |\n|---|---|---|---|")
    for name, seconds in totals.most_common():
        print(f"| {name} | {seconds:.2f} | {100 * seconds / elapsed:.1f}% | {1000 * seconds / len(texts):.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
