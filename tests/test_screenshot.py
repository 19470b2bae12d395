"""Issue 8: the highlighted seed article, opened in headless Chromium and saved as PNG."""

import shutil
import subprocess

import pytest

from ru_newsner.display import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_seed_screenshot(seed_article, tmp_path):
    html = tmp_path / "seed.html"
    html.write_text(render_html(seed_article), encoding="utf-8")
    png = tmp_path / "seed.png"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,2600",
                    f"--screenshot={png}", html.as_uri()],
                   check=True, capture_output=True, timeout=120)
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a real, non-blank picture


def test_html_shows_every_golden_mention_with_its_type(seed_article):
    html = render_html(seed_article)
    for name in ("Лабудина", "Серёгина", "Ковалевым", "Сусликов", "Омсктрансмаш", "Роскомнадзор", "Омской"):
        assert name in html
    for label in ("PER", "ORG", "LOC", "DATE", "LAW"):
        assert label in html
