"""Optional dependencies, imported in one place with a friendly error when missing."""

import importlib

EXTRAS = {"matplotlib": "notebook", "pandas": "notebook", "duckdb": "query", "zstandard": "zstd",
          "dask": "dask", "distributed": "dask"}


def require(module: str):
    try:
        return importlib.import_module(module)
    except ImportError:
        extra = EXTRAS.get(module.split(".")[0], "notebook")
        raise ImportError(f"{module} is needed here: pip install 'ru_newsner[{extra}]'") from None
