"""Peak memory of the default pipeline over a long run, where the vocabulary keeps growing.

    python bench/memory.py [--articles 1500] [--model]

Our caches (pymorphy3 parses, analyses, inflections, word ids) and spaCy's vocabulary keep
every new word until their limits, and NEREL's 840 articles hold only ~40,000 distinct words.
An archive of millions of articles holds millions, so after the NEREL articles this runs
synthetic articles that bring new words all the time: each takes 200 new words of navec's
250,000-word vocabulary (in its order) and 200 of its 5,000 most common, some capitalized,
in sentences of 20 words. RSS is printed after loading, after the NEREL articles and every 250
synthetic ones; peak RSS at the end.
"""

import argparse
import json
import random
import resource
import sys
import time


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic(words: list[str], count: int, seed: int = 0):
    """Articles whose new words march through ``words`` (navec order: common first)."""
    rng = random.Random(seed)
    common, position = words[:5000], 5000
    for _ in range(count):
        new = words[position:position + 200]
        position = position + 200 if position + 400 < len(words) else 5000
        picked = new + rng.sample(common, 200)
        rng.shuffle(picked)
        picked = [w.capitalize() if rng.random() < 0.15 else w for w in picked]
        yield " ".join(" ".join(picked[i:i + 20]) + "." for i in range(0, len(picked), 20))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nerel", default="../shared/data/nerel/train.jsonl")
    parser.add_argument("--articles", type=int, default=1500, help="synthetic articles after NEREL's")
    parser.add_argument("--model", action="store_true", help="with our trained model")
    args = parser.parse_args()

    import ru_newsner
    from ru_newsner.resources import load_navec

    started = time.perf_counter()
    pipeline = ru_newsner.load(model=args.model)
    print(f"| after load | {rss_mb():.0f} MB |")
    with open(args.nerel, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    for _ in pipeline.pipe(texts):
        pass
    print(f"| after {len(texts)} NEREL articles | {rss_mb():.0f} MB |")
    words = [w for w in load_navec().vocab.words if w.isalpha()]
    done = 0
    for done, _ in enumerate(pipeline.pipe(synthetic(words, args.articles)), 1):
        if done % 250 == 0:
            print(f"| + {done} synthetic articles ({done * 200:,} new words) | {rss_mb():.0f} MB |")
    print(f"\npeak RSS {peak_mb():.0f} MB over {len(texts) + done} articles "
          f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
