"""The ``ru-newsner`` command (typer and rich, which come with spaCy)."""

import os
import sys
from pathlib import Path

import typer

app = typer.Typer(help="Russian news NER: typed records with exact offsets.", no_args_is_help=True)


@app.callback()
def main() -> None:
    """ru-newsner: people, organizations, locations, laws and dates in Russian news."""


def _sources(inputs, sample, published_at, fields):
    from .inputs import from_stream
    from .io.raw import RawArticle
    from .sample import sample_path

    if sample:
        yield from from_stream(sample_path().read_text("utf-8").splitlines(True), "sample")
    for name in inputs or []:
        path = Path(name)
        if name == "-":
            yield from from_stream(sys.stdin, "stdin", published_at)
        elif path.suffix == ".txt" and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            yield RawArticle(id=path.name, location=name, text=text, published_at=published_at)
        else:
            from .io import read

            yield from read(name, **fields)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(None, help="Dumps, files, folders of .txt, or '-' for stdin."),
    output: Path = typer.Option(None, "-o", "--output", help="A .jsonl file or a Parquet folder; stdout (JSONL) if absent."),
    fmt: str = typer.Option(None, "--format", help="jsonl or parquet (default: from the output's name)."),
    workers: int = typer.Option(None, help="Worker processes (default: number of cores)."),
    batch_size: int = typer.Option(64, help="Articles per model batch."),
    limit: int = typer.Option(None, help="Stop after this many input articles."),
    resume: bool = typer.Option(False, help="Continue where OUTPUT ends (no duplicates, no gaps)."),
    input_format: str = typer.Option(None, help="Force the input format (see ru_newsner.io.FORMATS)."),
    text_field: str = typer.Option(None, help="Text field of generic JSONL/CSV/Parquet."),
    id_field: str = typer.Option(None, help="Id field of generic JSONL/CSV/Parquet."),
    date_field: str = typer.Option(None, help="Date field of generic JSONL/CSV/Parquet."),
    sample: bool = typer.Option(False, "--sample", help="Run on the bundled sample articles."),
    published_at: str = typer.Option(None, help="Publication date (ISO) for plain-text input."),
    fork: bool = typer.Option(False, help="Memory saver: load models once, then fork workers."),
    progress: bool = typer.Option(None, help="Progress bar (default: when stderr is a terminal)."),
    rows_per_part: int = typer.Option(2000, help="Articles per Parquet part file (the resume unit)."),
    scheduler: str = typer.Option(None, help="Run on this Dask scheduler (tcp://host:8786) instead of local processes."),
    dask: str = typer.Option(None, "--dask", help="Run on a local Dask cluster: local:N starts and stops N worker processes."),
    title_in_text: bool = typer.Option(False, "--title-in-text", help="Read each row's title as its text's first line (the headline's names too; section header)."),
) -> None:
    """Extract entities from every input article: exactly one output row per input row."""
    from .batch.progress import Reporter

    for name in inputs or []:
        if name != "-" and not Path(name).exists():
            raise typer.BadParameter(f"{name} is not a file or folder", param_hint="INPUTS")
    if not inputs and not sample:
        raise typer.BadParameter("give a file, a folder, '-' or --sample", param_hint="INPUTS")

    show = sys.stderr.isatty() if progress is None else progress
    reporter = Reporter(inputs or [], enabled=show)
    fields = {k: v for k, v in dict(fmt=input_format, text_field=text_field, id_field=id_field,
                                    date_field=date_field, on_bytes=reporter.on_bytes).items() if v}
    raws = reporter.count(_sources(inputs, sample, published_at, fields))
    if title_in_text:
        from .io.raw import title_first

        raws = map(title_first, raws)
    if dask or scheduler:
        from .dask import connect, process_stream, run

        engine = connect(_dask_target(dask, scheduler))
        options = dict(batch_size=batch_size, on_rows=reporter.on_rows)
    else:
        from contextlib import nullcontext

        from .batch.run import process_stream, run

        engine = nullcontext()
        options = dict(workers=workers or os.cpu_count() or 1, batch_size=batch_size,
                       start_method="fork" if fork else "spawn", on_rows=reporter.on_rows)
    with engine as client, reporter:
        if client is not None:
            options["client"] = client
        if output is None:
            from .batch.jsonl import dumps

            def write(rows):
                sys.stdout.write("".join(dumps(r) + "\n" for r in rows))
                sys.stdout.flush()

            if limit is not None:
                import itertools
                raws = itertools.islice(raws, limit)
            summary = process_stream(raws, write, **options)
        else:
            summary = run(raws, output, fmt=fmt, resume=resume, limit=limit,
                          rows_per_part=rows_per_part, **options)
    reporter.summary(summary)


def _dask_target(dask: str | None, scheduler: str | None) -> str:
    """``--dask local:N`` or ``--scheduler ADDRESS``, checked before anything starts."""
    from .optional import require

    if dask and scheduler:
        raise typer.BadParameter("give --dask local:N or --scheduler ADDRESS, not both", param_hint="--dask")
    from .dask import local_workers

    try:
        require("distributed")
        if dask and local_workers(dask) is None:
            raise ValueError(f"{dask!r}: use local:N, or --scheduler ADDRESS for a running cluster")
    except (ImportError, ValueError) as err:
        raise typer.BadParameter(str(err), param_hint="--dask" if dask else "--scheduler") from None
    return dask or scheduler


if __name__ == "__main__":
    app()
