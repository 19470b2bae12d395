"""JSON Lines output: one ``Article`` per line, append-only, resumable.

A kill can only leave a partial last line; :func:`resume_jsonl` cuts it off and counts the
complete rows, so a resumed run continues with no duplicates and no gaps.
"""

import json
import os
from pathlib import Path


def dumps(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


def resume_jsonl(path: Path) -> int:
    """Complete rows already in ``path`` (a torn last line is removed)."""
    if not path.exists():
        return 0
    count, good_end = 0, 0
    with open(path, "rb") as f:
        for line in f:
            if not line.endswith(b"\n"):
                break
            try:
                json.loads(line)
            except ValueError:
                break
            count += 1
            good_end += len(line)
    if good_end != path.stat().st_size:
        with open(path, "r+b") as f:
            f.truncate(good_end)
    return count


class JsonlWriter:
    def __init__(self, path: Path, *, resume: bool):
        self.path = Path(path)
        self.done = resume_jsonl(self.path) if resume else 0
        self.file = open(self.path, "a" if resume else "w", encoding="utf-8")

    def write(self, rows: list[dict]) -> None:
        self.file.write("".join(dumps(row) + "\n" for row in rows))
        self.file.flush()

    def close(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
