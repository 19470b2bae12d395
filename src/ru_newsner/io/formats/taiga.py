"""Taiga corpus archives (tar.gz): ``texts/<textid>.txt`` plus a metadata TSV
(``newmetadata.csv`` or ``metatable_*.csv``) joined on ``textid``.

The metadata may come after the texts in the archive, so the archive is read twice,
streaming both times (it is a file on disk; gzip decompression is cheap): pass 1 keeps
only the metadata rows (memory grows with the number of rows, never with text size),
pass 2 yields one article per text present. Metadata rows without a text yield nothing.
Quirks handled: duplicated rows (first wins), short/long rows, ``;;``-separated
``texts/metadata.csv`` (used only for ids the TSV lacks), tags and source run together
(Fontanka), CRLF texts (turned into LF), HTML entities in titles.
"""

import html
import os
import posixpath
import re
from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..articles import UniqueIds, error_article, location
from ..compression import open_stream
from ..dates import to_iso
from ..decoding import is_unusable, repair
from ..options import Options
from ..raw import RawArticle
from ..tarstream import tar_members

TSV_NAME = re.compile(r"^(newmetadata|metatable_.*)\.csv$")
FUSED_URL = re.compile(r"(https?://\S+)$")
KEPT = ("textrubric", "textregion", "author", "tags", "segment", "magazine", "textdiff")


def is_text(name: str) -> bool:
    parts = name.split("/")
    return name.endswith(".txt") and "texts" in parts[:-1]


def is_metadata(name: str) -> bool:
    base = posixpath.basename(name)
    return bool(TSV_NAME.match(base)) or (base == "metadata.csv" and is_text(name[:-4] + ".txt"))


def matches(names: list[str]) -> bool:
    return any(is_text(n) for n in names) or any(TSV_NAME.match(posixpath.basename(n)) for n in names)


def _split(line: str) -> list[str]:
    return line.split(";;") if ";;" in line else line.split("\t")


def _table(reader: BinaryIO) -> Iterator[dict[str, str]]:
    lines = (repair(raw.decode("utf-8", "surrogateescape"))[0].rstrip("\r\n") for raw in reader)
    header = [name.strip().lower() for name in _split(next(lines, ""))]
    for line in lines:
        fields = _split(line)
        if "textid" not in header or not line.strip():
            continue
        row = dict(zip(header, fields))
        if len(fields) > len(header):
            row["extra"] = "\t".join(fields[len(header):])
        yield row


def _fix_fused(row: dict[str, str]) -> dict[str, str]:
    """Fontanka: the ``source`` URL is glued to the end of ``tags``."""
    fused = FUSED_URL.search(row.get("tags", ""))
    if not row.get("source") and fused:
        row = {**row, "tags": row["tags"][: fused.start()].strip(), "source": fused.group(1)}
    return row


def read_metadata(path: str) -> dict[str, dict[str, str]]:
    """Pass 1: textid -> metadata row (TSV files first, ``;;`` files fill the gaps)."""
    tsv: dict[str, dict[str, str]] = {}
    semi: dict[str, dict[str, str]] = {}
    with open_stream(path) as stream:
        for member, reader in tar_members(stream):
            if is_metadata(member.name):
                target = tsv if TSV_NAME.match(posixpath.basename(member.name)) else semi
                for row in _table(reader):
                    target.setdefault(row["textid"].strip(), _fix_fused(row))
    return {**semi, **tsv}


def _join(stem: str, metadata: dict[str, dict[str, str]]) -> dict[str, str] | None:
    """Text file stem to its metadata: ``fontanka_20070101001`` matches ``20070101001``."""
    if stem in metadata:
        return metadata[stem]
    return metadata.get(stem.split("_", 1)[1]) if "_" in stem else None


def _article(path: str, name: str, member: str, raw: bytes, meta_row: dict[str, str] | None, stem: str, ids: UniqueIds) -> RawArticle:
    where = location(path, member, 1)
    text, replaced = repair(raw.decode("utf-8-sig", "surrogateescape"))
    if replaced and is_unusable(text, replaced):
        return error_article(location(name, member, 1), where, "undecodable", "text is not valid UTF-8")
    row = meta_row or {}
    meta = {k: row[k].strip() for k in (*KEPT, "extra") if row.get(k, "").strip()}
    if meta_row is None:
        meta["metadata"] = "absent"
    if replaced:
        meta["decode"] = f"{replaced} undecodable bytes replaced by U+FFFD"
    title = html.unescape(row.get("textname", "")).strip() or None
    return RawArticle(
        id=ids(row.get("textid", "").strip() or stem, member),
        location=where,
        text=text.replace("\r\n", "\n"),
        published_at=to_iso(row.get("date"), row.get("time")),
        title=title,
        url=row.get("source", "").strip() or None,
        meta=meta,
    )


def _halved(on_bytes: Callable[[int], None] | None, base: int) -> Callable[[int], None] | None:
    """Progress over two passes, in file-size units: (pass-1 bytes + pass-2 bytes) / 2."""
    return None if on_bytes is None else (lambda n: on_bytes((base + n) // 2))


def read(path: str, options: Options) -> Iterator[RawArticle]:
    size = os.path.getsize(path)
    metadata = read_metadata(path)
    if options.on_bytes is not None:
        options.on_bytes(size // 2)
    name, ids, limit = os.path.basename(path), UniqueIds(), options.max_article_bytes
    with open_stream(path, _halved(options.on_bytes, size)) as stream:
        for member, reader in tar_members(stream):
            if not is_text(member.name):
                continue
            stem = posixpath.splitext(posixpath.basename(member.name))[0]
            if member.size > limit:
                yield error_article(location(name, member.name, 1), location(path, member.name, 1),
                                    "too-large", f"text is larger than {limit} bytes")
                continue
            yield _article(path, name, member.name, reader.read(), _join(stem, metadata), stem, ids)
