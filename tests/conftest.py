"""Session-scoped heavy fixtures and the path to ../shared (skipped with a reason if absent)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "article.txt"
NEREL_DEV = SHARED / "data" / "nerel" / "dev.jsonl"
SEED_PUBLISHED = "2024-02-29T07:55:08"


def shared_file(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"{path} is absent: ../shared is not laid beside this checkout")
    return path


@pytest.fixture(scope="session")
def pipeline():
    import ru_newsner

    return ru_newsner.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_file(SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_article(pipeline, seed_text):
    return pipeline(seed_text, id="seed", published_at=SEED_PUBLISHED)


def assert_offsets(article) -> None:
    """Offsets are sacred: every mention's text is exactly its slice of the article."""
    for m in article.mentions:
        assert 0 <= m.start <= m.stop <= len(article.text)
        assert article.text[m.start:m.stop] == m.text, m
