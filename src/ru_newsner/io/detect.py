"""Which format a dump is in: from content (magic bytes, headers, tar member names) first,
the file name only for generic formats whose content is ambiguous."""

import csv
import json
import os
from pathlib import Path

from .compression import open_stream, peek_decompressed, read_head
from .csvrows import sniff_delimiter
from .formats import buriy, lenta, ods, ria, taiga
from .tarstream import is_tar, tar_members

FORMATS: tuple[str, ...] = (
    "lenta", "ria", "buriy", "ods", "taiga", "jsonl", "csv", "parquet", "txt-dir", "txt",
)
COMPRESSED_SUFFIXES = frozenset({".gz", ".bz2", ".xz", ".zst", ".zstd"})
BY_SUFFIX = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv", ".txt": "txt", ".parquet": "parquet",
}
TAR_PEEK_MEMBERS = 64


def unknown(path: str | os.PathLike, why: str) -> ValueError:
    return ValueError(
        f"cannot tell the format of {os.fspath(path)!r} ({why}); pass fmt= one of {', '.join(FORMATS)}"
    )


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    while suffixes and suffixes[-1] in COMPRESSED_SUFFIXES:
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _first_line(head: bytes) -> str:
    return head.split(b"\n", 1)[0].decode("utf-8", "ignore").lstrip("\ufeff").rstrip("\r")


def _known_csv(line: str) -> str | None:
    header = next(csv.reader([line], delimiter=","), [])
    for name, module in (("lenta", lenta), ("ods", ods), ("buriy", buriy)):
        if module.matches([h.strip() for h in header]):
            return name
    return None


def _json_kind(line: str) -> str | None:
    try:
        first = json.loads(line)
    except ValueError:
        return "jsonl" if line.startswith("{") else None
    if isinstance(first, dict):
        return "ria" if ria.matches(first) else "jsonl"
    return None


def _tar_kind(path: str | os.PathLike) -> str:
    names: list[str] = []
    try:
        with open_stream(path) as stream:
            for member, reader in tar_members(stream):
                names.append(member.name)
                if member.name.lower().endswith(".csv") and not taiga.is_metadata(member.name):
                    if buriy.matches(_known_header(reader.read(4096))):
                        return "buriy"
                if taiga.matches(names) or len(names) >= TAR_PEEK_MEMBERS:
                    break
    except (EOFError, OSError, ValueError):
        pass
    if taiga.matches(names):
        return "taiga"
    raise unknown(path, f"a tar archive that is neither buriy nor Taiga: {names[:5]}")


def _known_header(head: bytes) -> list[str]:
    return next(csv.reader([_first_line(head)]), [])


def _from_content(path: Path, head: bytes) -> str | None:
    line = _first_line(head)
    if line.lstrip().startswith("{"):
        return _json_kind(line.strip())
    return _known_csv(line)


def _guess(path: Path, head: bytes) -> str:
    line = _first_line(head)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 4:  # not just a character cut at the end of the peek
            raise unknown(path, "binary content") from None
    if sniff_delimiter(line) in line and len(head) > len(line) + 1:
        return "csv"
    return "txt"


def detect_format(path: str | os.PathLike) -> str:
    """One of ``FORMATS`` for ``path``; ``ValueError`` when it cannot be told."""
    file = Path(path)
    if file.is_dir():
        return "txt-dir"
    if not file.is_file():
        raise FileNotFoundError(f"no such file: {os.fspath(path)!r}")
    if read_head(file, 4) == b"PAR1":
        return "parquet"
    head = peek_decompressed(file)
    if is_tar(head):
        return _tar_kind(file)
    return _from_content(file, head) or BY_SUFFIX.get(_suffix(file)) or _guess(file, head)
