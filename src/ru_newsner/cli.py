"""The ``ru-newsner`` command (typer, which comes with spaCy)."""

import sys
from pathlib import Path

import typer

app = typer.Typer(help="Russian news NER: typed records with exact offsets.", no_args_is_help=True)


@app.callback()
def main() -> None:
    """ru-newsner: people, organizations, locations, laws and dates in Russian news."""


@app.command()
def extract(
    inputs: list[str] = typer.Argument(None, help="Files (.txt or .jsonl) or '-' for stdin."),
    sample: bool = typer.Option(False, "--sample", help="Run on the bundled sample articles."),
    published_at: str = typer.Option(None, help="Publication date (ISO) for plain-text input."),
    batch_size: int = typer.Option(32, help="Articles per batch."),
) -> None:
    """Print one JSON ``Article`` record per input article."""
    from .inputs import from_stream
    from .pipeline import load
    from .records import Article
    from .sample import sample_path

    sources = []
    if sample:
        sources.append(("sample", sample_path().read_text("utf-8").splitlines(True)))
    for name in inputs or []:
        if name == "-":
            sources.append(("stdin", sys.stdin))
        else:
            path = Path(name)
            if not path.is_file():
                raise typer.BadParameter(f"{name} is not a file", param_hint="INPUTS")
            sources.append((path.name, path.open(encoding="utf-8", errors="replace")))
    if not sources:
        raise typer.BadParameter("give a file, '-' or --sample", param_hint="INPUTS")

    pipeline = load()
    for source, lines in sources:
        pending: list = []
        for item in from_stream(lines, source, published_at):
            if isinstance(item, Article):
                pending.append(item)
                continue
            pending.append(item)
            if len(pending) >= batch_size:
                _flush(pipeline, pending, batch_size)
        _flush(pipeline, pending, batch_size)


def _flush(pipeline, pending: list, batch_size: int) -> None:
    from .records import Article

    items = [p for p in pending if not isinstance(p, Article)]
    try:
        results = iter(list(pipeline.pipe(items, batch_size=batch_size)))
    except Exception:  # one bad article must not sink its batch: retry one by one
        results = iter([_one(pipeline, item) for item in items])
    for p in pending:
        article = p if isinstance(p, Article) else next(results)
        sys.stdout.write(article.model_dump_json() + "\n")
    pending.clear()


def _one(pipeline, item):
    from .records import Article, ArticleError

    text, meta = item
    try:
        return next(pipeline.pipe([item]))
    except Exception as err:  # noqa: BLE001 - reported as an error row
        return Article(id=meta.get("id"), text=text if isinstance(text, str) else "",
                       error=ArticleError(code=type(err).__name__, message=str(err)))
