"""The data files of ``ner/data`` (lexicons learned from NEREL train by ``bench/build_*.py``):
tab-separated rows, ``#`` comment lines."""

from importlib.resources import files


def data_rows(name: str) -> list[list[str]]:
    """The rows of ``ner/data/<name>``, each a list of its tab-separated fields (blank lines
    and comments left out)."""
    text = files("ru_newsner.ner").joinpath(f"data/{name}").read_text("utf-8")
    return [[field.strip() for field in line.split("\t")]
            for line in text.splitlines() if line.strip() and not line.startswith("#")]
