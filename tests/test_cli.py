"""The ru-newsner command: sample run, JSON Lines in, error rows for bad lines."""

import json

from typer.testing import CliRunner

from ru_newsner.cli import app
from ru_newsner.records import Article

runner = CliRunner()


def rows(output: str) -> list[Article]:
    return [Article.model_validate_json(line) for line in output.splitlines() if line.strip()]


def test_sample_runs():
    result = runner.invoke(app, ["extract", "--sample"])
    assert result.exit_code == 0, result.output
    articles = rows(result.stdout)
    assert len(articles) == 3
    assert all(a.mentions for a in articles)
    assert {"sample-1", "sample-2", "sample-3"} == {a.id for a in articles}


def test_bad_lines_become_error_rows():
    lines = "\n".join([
        json.dumps({"id": "ok", "text": "Иван Петров приехал в Омск."}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "no-text", "title": "x"}),
        json.dumps({"id": "ok2", "text": "Вчера в Казани."}, ensure_ascii=False),
    ]) + "\n"
    result = runner.invoke(app, ["extract", "-"], input=lines)
    assert result.exit_code == 0, result.output
    articles = rows(result.stdout)
    assert [a.id for a in articles] == ["ok", "stdin:2", "stdin:3", "ok2"]
    assert articles[1].error.code == "bad_json"
    assert articles[2].error.code == "no_text"
    assert articles[0].error is None and articles[0].mentions


def test_plain_text_input(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Вчера в Омске выступил Михаил Лабудин.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--published-at", "2024-02-29"])
    assert result.exit_code == 0, result.output
    (article,) = rows(result.stdout)
    assert article.published_at == "2024-02-29"
    assert "Михаил Лабудин" in {m.normal for m in article.mentions}


def test_missing_file_is_a_clear_error():
    result = runner.invoke(app, ["extract", "/nonexistent/file.txt"])
    assert result.exit_code != 0
    assert "not a file" in result.output


def test_title_in_text_finds_the_headlines_names():
    line = json.dumps({"id": "a", "title": "Промсвязьбанк открыл офис в Омске",
                       "text": "Банк сообщил об этом в понедельник."}, ensure_ascii=False) + "\n"
    plain = rows(runner.invoke(app, ["extract", "-"], input=line).stdout)[0]
    assert "Промсвязьбанк" not in {m.text for m in plain.mentions}
    result = runner.invoke(app, ["extract", "-", "--title-in-text"], input=line)
    assert result.exit_code == 0, result.output
    (article,) = rows(result.stdout)
    assert article.text.startswith("Промсвязьбанк открыл офис в Омске\n\n")
    found = {m.text: m for m in article.mentions}
    assert {"Промсвязьбанк", "Омске"} <= set(found), found
    assert all(article.text[m.start:m.stop] == m.text for m in article.mentions)
    assert found["Промсвязьбанк"].section == "header" and article.title == "Промсвязьбанк открыл офис в Омске"
