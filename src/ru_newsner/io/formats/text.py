"""Plain text: one ``.txt`` file is one article; a folder of ``.txt`` files (walked in
sorted order, id = path relative to the folder)."""

import os
from collections.abc import Callable, Iterator
from pathlib import Path

from ..articles import error_article
from ..compression import open_stream
from ..decoding import is_unusable, repair
from ..options import Options
from ..raw import RawArticle


def text_article(path: str, id: str, options: Options, on_bytes: Callable[[int], None] | None) -> RawArticle:
    limit = options.max_article_bytes
    with open_stream(path, on_bytes) as stream:
        raw = stream.read(limit + 1)
    if len(raw) > limit:
        return error_article(id, path, "too-large", f"text is larger than {limit} bytes")
    text, replaced = repair(raw.decode("utf-8-sig", "surrogateescape"))
    if replaced and is_unusable(text, replaced):
        return error_article(id, path, "undecodable", "text is not valid UTF-8")
    meta = {"decode": f"{replaced} undecodable bytes replaced by U+FFFD"} if replaced else {}
    return RawArticle(id=id, location=path, text=text.replace("\r\n", "\n"), meta=meta)


def read_file(path: str, options: Options) -> Iterator[RawArticle]:
    yield text_article(path, os.path.basename(path), options, options.on_bytes)


def text_files(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(".txt"):
                yield Path(root) / name


def read_folder(path: str, options: Options) -> Iterator[RawArticle]:
    """``on_bytes`` gets the bytes of all files read so far."""
    folder, done = Path(path), 0
    for file in text_files(folder):
        report = None if options.on_bytes is None else (lambda n, base=done: options.on_bytes(base + n))
        yield text_article(str(file), file.relative_to(folder).as_posix(), options, report)
        done += file.stat().st_size
