"""Issue 6: an installed (non-editable) copy finds its model. Builds the wheel the way
`python -m build` does (sdist, then wheel from it), installs it into a fresh venv and extracts.

The venv gets the package from the wheel alone (--no-deps); its third-party dependencies are
made visible from the current environment by a .pth line, which adds that folder to sys.path
without running its .pth files, so the editable install of this checkout stays out."""

import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_in_fresh_venv(tmp_path):
    pytest.importorskip("build")
    if not (ROOT / "models" / "nerel_ner" / "manifest.json").is_file():
        pytest.skip("models/nerel_ner is absent")
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = dist.glob("*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          check=True, capture_output=True, text=True).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    code = ("import ru_newsner, sys; nlp = ru_newsner.load(model=True); a = nlp('Семья Ивана Петрова купила дом "
            "в Омске за 8,1 млн долларов.'); print(ru_newsner.__file__); "
            "print(sorted({m.label for m in a.mentions})); "
            "print(sorted(m.normal for m in nlp('вчера глава мвд шон лэнкфорд прибыл в киев.').mentions))")
    out = subprocess.run([str(python), "-c", code], check=True, capture_output=True, text=True,
                         cwd=tmp_path, timeout=300).stdout
    assert str(venv) in out.splitlines()[0]  # the installed copy, not this checkout
    assert "MONEY" in out and "PER" in out and "LOC" in out
    assert "'Шон Лэнкфорд'" in out.splitlines()[2]  # lower-case text read with the shipped truecaser's tables
