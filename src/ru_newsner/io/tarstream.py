"""Members of a tar archive read one by one from a stream: never extracted to disk."""

import io
import tarfile
from collections.abc import Iterator
from typing import BinaryIO


class _MemberReader(io.RawIOBase):
    """A forward-only view of one member (tarfile's stream-mode reader cannot say
    whether it is seekable, which ``io.TextIOWrapper`` asks)."""

    def __init__(self, member_file: BinaryIO):
        self._file = member_file

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[override]
        data = self._file.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def tar_members(stream: BinaryIO) -> Iterator[tuple[tarfile.TarInfo, io.BufferedReader]]:
    """Regular members in archive order with a reader for each (valid until the next one)."""
    with tarfile.open(fileobj=stream, mode="r|*") as archive:
        for member in archive:
            if not member.isreg():
                continue
            reader = archive.extractfile(member)
            if reader is not None:
                yield member, io.BufferedReader(_MemberReader(reader))


def is_tar(head: bytes) -> bool:
    return len(head) >= 262 and head[257:262] == b"ustar"
