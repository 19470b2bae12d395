"""A few short news-style articles written for this project (no third-party text)."""

from importlib.resources import files


def sample_path():
    """Path-like of the bundled ``articles.jsonl`` (one JSON article per line)."""
    return files("ru_newsner.sample").joinpath("articles.jsonl")
