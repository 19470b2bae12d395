"""The heavy resources exist once per process: one pymorphy3 analyzer (each loads its own
~20 MB of dictionaries) and one navec word list for both slovnet models."""

import subprocess
import sys

PROBE = """
import gc, pymorphy3, ru_newsner
article = ru_newsner.load()("Госдума приняла Федеральный закон от 27.07.2006 № 152-ФЗ «О персональных данных». "
                             "Директор АКИТ РФ Михаил Лабудин выступил в Омске.")
assert any(m.label == "LAW" for m in article.mentions) and any(m.label == "PER" for m in article.mentions)
print(sum(isinstance(o, pymorphy3.MorphAnalyzer) for o in gc.get_objects()))
"""


def test_one_pymorphy3_analyzer_per_process():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-1] == "1"
