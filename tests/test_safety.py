"""Issue 10: safe input handling. Archive members are read in memory and never written by
their path; no pickle/eval/exec on input paths; no network modules imported by a run."""

import io
import re
import subprocess
import sys
import tarfile
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "ru_newsner"


def test_no_pickle_eval_exec_in_our_code():
    pattern = re.compile(r"\b(pickle|marshal|shelve)\b|\beval\(|\bexec\(|yaml\.load\(")
    hits = [f"{p.relative_to(SRC)}:{n}" for p in SRC.rglob("*.py")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
            if pattern.search(line) and not line.lstrip().startswith("#")]
    assert not hits, hits


def test_tar_members_are_not_extracted(tmp_path):
    """A member named '../../evil.txt' (path traversal) is read in memory, never written."""
    from ru_newsner.io import read

    archive = tmp_path / "news.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name in ("2014/2014-08-site.ru.csv", "../../evil.csv"):
            data = ("date,URL,edition,topics,title,text\n"
                    "2014-08-01,http://x/1,-,-,T,Иван Петров приехал в Омск.\n").encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    before = {p for p in tmp_path.parent.rglob("*")}
    rows = list(read(archive))
    assert rows and all(r.text is None or "Омск" in r.text for r in rows)
    assert {p for p in tmp_path.parent.rglob("*")} == before
    assert not (tmp_path.parent.parent / "evil.csv").exists()


def test_a_run_opens_no_connection(tmp_path):
    """URLs in the data are text: with every socket connection refused, the run succeeds."""
    dump = tmp_path / "d.jsonl"
    dump.write_text('{"id": "1", "text": "Иван Петров приехал в Омск. http://example.com/x.txt"}\n',
                    encoding="utf-8")
    code = ("import socket, sys\n"
            "def refuse(*a, **k):\n    raise RuntimeError('network access attempted')\n"
            "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
            "import ru_newsner.cli as c\n"
            "sys.argv = ['ru-newsner', 'extract', %r, '--workers', '1', '--no-progress']\n"
            "c.app()") % str(dump)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert '"Иван Петров"' in out.stdout and "network access attempted" not in out.stderr
