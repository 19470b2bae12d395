"""``bench/stage_times.py`` times every stage of the pipeline it runs (a small file of our own)."""

import json
import re
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "stage_times.py"


def test_every_stage_and_the_roles_are_timed(tmp_path):
    data = tmp_path / "articles.jsonl"
    texts = ["Директор АКИТ РФ Михаил Лабудин выступил в Омске 28 февраля 2024 года.",
             "Госдума приняла Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных».",
             "Министр обороны Сергей Шойгу прибыл в Москву."]
    data.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), "--data", str(data), "--limit", "3", "--no-model"],
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("3 articles in ")
    rows = dict(re.findall(r"^\| (.+?) \| [\d.]+ \| ([\d.]+)% \|", out, re.MULTILINE))
    for part in ("ru_newsner_structure", "ru_newsner_morph", "ru_newsner_slovnet", "ru_newsner_names",
                 "ru_newsner_dates", "ru_newsner_laws", "records (to_article)", "  of which roles (find_roles)",
                 "tokenizer (razdel, spaCy Doc)"):
        assert part in rows, part
    assert "ru_newsner_model" not in rows  # --no-model
    whole = sum(float(share) for part, share in rows.items() if not part.startswith(" "))
    assert 50 < whole <= 100.5  # the parts the pass is made of, none counted twice
