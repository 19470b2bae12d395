"""The reader of each format, and the guard that turns a corrupt stream into one error row."""

import lzma
import os
import tarfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from .articles import error_article, location
from .formats import buriy, generic, lenta, ods, ria, taiga, text
from .options import Options
from .raw import RawArticle

Reader = Callable[[str, Options], Iterator[RawArticle]]

READERS: dict[str, Reader] = {
    "lenta": lenta.read,
    "ria": ria.read,
    "buriy": buriy.read,
    "ods": ods.read,
    "taiga": taiga.read,
    "jsonl": generic.read_jsonl,
    "csv": generic.read_csv,
    "parquet": generic.read_parquet,
    "txt-dir": text.read_folder,
    "txt": text.read_file,
}
CORRUPT = (EOFError, zlib.error, lzma.LZMAError, tarfile.TarError, OSError)


def _zstd_errors() -> tuple[type[BaseException], ...]:
    try:
        import zstandard
    except ImportError:
        return ()
    return (zstandard.ZstdError,)


def guarded(reader: Reader, path: str, options: Options) -> Iterator[RawArticle]:
    """Run ``reader``; a decompression/archive error ends the file with one error article
    standing for the rest of it, instead of an exception that stops the batch."""
    count = 0
    try:
        for article in reader(path, options):
            count += 1
            yield article
    except CORRUPT + _zstd_errors() as error:
        if isinstance(error, (FileNotFoundError, PermissionError, IsADirectoryError)):
            raise
        row = f"rest-after-{count}"
        yield error_article(
            location(os.path.basename(path), None, row),
            location(path, None, row),
            "corrupt-stream",
            f"the file is corrupt or truncated after {count} articles: {type(error).__name__}: {error}",
        )
    if options.on_bytes is not None:
        options.on_bytes(os.path.getsize(path) if os.path.isfile(path) else _folder_size(path))


def _folder_size(path: str) -> int:
    return sum(file.stat().st_size for file in text.text_files(Path(path)))
