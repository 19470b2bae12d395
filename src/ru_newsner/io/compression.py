"""Open a dump file as one stream of decompressed bytes, counting the raw bytes read.

Compression is told from magic bytes, not from the file name. zstd needs the optional
``zstandard`` module; everything else is the standard library.
"""

import bz2
import gzip
import io
import lzma
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import BinaryIO

MAGIC: tuple[tuple[str, bytes], ...] = (
    ("gzip", b"\x1f\x8b"),
    ("bz2", b"BZh"),
    ("xz", b"\xfd7zXZ\x00"),
    ("zstd", b"\x28\xb5\x2f\xfd"),
)
CHUNK = 1 << 16


def sniff_compression(head: bytes) -> str | None:
    """Name of the compression whose magic starts ``head``, or None for plain bytes."""
    for name, magic in MAGIC:
        if head.startswith(magic):
            return name
    return None


class CountingReader(io.RawIOBase):
    """A raw file that reports how many bytes were read from it so far."""

    def __init__(self, raw: BinaryIO, on_bytes: Callable[[int], None] | None = None):
        self._raw = raw
        self._on_bytes = on_bytes
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        n = self._raw.readinto(buffer) or 0
        self.count += n
        if self._on_bytes is not None and n:
            self._on_bytes(self.count)
        return n


def _zstd_reader(raw: BinaryIO) -> BinaryIO:
    try:
        import zstandard
    except ImportError as error:
        raise ImportError(
            "this file is zstd-compressed: install the 'zstandard' module "
            "(pip install zstandard) or decompress it first (zstd -d)"
        ) from error
    return zstandard.ZstdDecompressor().stream_reader(raw, read_size=CHUNK)


def decompressor(kind: str | None, raw: BinaryIO) -> BinaryIO:
    """Wrap ``raw`` in the streaming decompressor for ``kind``."""
    if kind is None:
        return raw
    if kind == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if kind == "bz2":
        return bz2.BZ2File(raw, mode="rb")
    if kind == "xz":
        return lzma.LZMAFile(raw, mode="rb")
    if kind == "zstd":
        return _zstd_reader(raw)
    raise ValueError(f"unknown compression {kind!r}")


def read_head(path: str | os.PathLike, size: int = CHUNK) -> bytes:
    """First ``size`` raw bytes of the file."""
    with open(path, "rb") as file:
        return file.read(size)


@contextmanager
def open_stream(
    path: str | os.PathLike, on_bytes: Callable[[int], None] | None = None
) -> Iterator[io.BufferedReader]:
    """The decompressed content of ``path`` as a buffered binary stream (never fully read)."""
    kind = sniff_compression(read_head(path, 8))
    with open(path, "rb") as file:
        counted = CountingReader(file, on_bytes)
        inner = decompressor(kind, counted)  # type: ignore[arg-type]
        try:
            yield io.BufferedReader(inner, CHUNK)  # type: ignore[arg-type]
        finally:
            inner.close()


def peek_decompressed(path: str | os.PathLike, size: int = CHUNK) -> bytes:
    """Up to ``size`` bytes of decompressed content; whatever could be read if corrupt."""
    parts: list[bytes] = []
    got = 0
    try:
        with open_stream(path) as stream:
            while got < size:
                part = stream.read1(min(4096, size - got))
                if not part:
                    break
                parts.append(part)
                got += len(part)
    except (EOFError, OSError, lzma.LZMAError, ValueError):
        pass
    return b"".join(parts)
