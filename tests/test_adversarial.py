"""Issue 10: adversarial articles, each with its expected outcome (fixtures written here).

Time and memory are bounded linearly in the text's length (bench/RESULTS.md measures a
5 MB article); these tests check outcomes, not timings."""

import gzip
import json
import subprocess
import sys

import pytest

from conftest import assert_offsets

def normals(article) -> set[str]:
    return {m.normal for m in article.mentions}


@pytest.mark.parametrize("text", ["", " ", "\n\n\t ", "а", ".", "\x00", "\ufeff", "\u2028"])
def test_empty_and_tiny(pipeline, text):
    article = pipeline(text)
    assert article.text == text and article.mentions == [] and article.error is None


@pytest.mark.parametrize("name, text, expected", [
    ("all caps", "ИВАН ПЕТРОВ ВЫСТУПИЛ В МОСКВЕ 5 МАРТА", {"Иван Петров", "Москва"}),
    ("lower case (RIA)", "вчера иван петров выступил в москве.", {"Иван Петров", "Москва"}),
    ("homoglyphs (Latin a, e, M)", "Вчера Ивaн Пeтров выступил в Mоскве.", {"Иван Петров", "Москва"}),
    # … but a Latin part of a hyphenated word is no look-alike: the normal form keeps its letters
    ("a Latin part", "Об этом сообщили в редакции Rambler-Новости в четверг.", {"Rambler-Новости"}),
    ("ё and е", "Пётр Семёнов и Петр Семенов приехали в Орёл.", {"Пётр Семёнов", "Петр Семенов", "Орёл"}),
    ("soft hyphen, zero width", "Вчера Ива\u00adн Пет\u200bров выступил в Москве.", {"Иван Петров", "Москва"}),
    ("stress marks", "Вчера Ива́н Петро́в выступил в Москве́.", {"Иван Петров", "Москва"}),
    ("controls", "Вчера\x00 Иван\x07 Петров\x1b выступил в Москве.\x0c", {"Иван Петров", "Москва"}),
])
def test_dirty_text_keeps_names(pipeline, name, text, expected):
    article = pipeline(text)
    assert_offsets(article)
    assert expected <= normals(article), normals(article)


@pytest.mark.parametrize("text", [
    "Президент України Володимир Зеленський відвідав Київ 24 серпня 2023 року.",
    "President Joe Biden visited Kyiv on February 20, 2023, and met Volodymyr Zelensky.",
    "<script>alert('Иван Петров')</script><p>Москва &amp; Казань &nbsp; &#x41F;</p>",
    "Москва " * 3000,
    "Иван Петров. " * 200 + "\n" * 5000 + "Москва",
    # a body's topic read by grammar: long runs of adjectives and of list items stay shallow
    "Комитет Госдумы по " + "новому " * 3000 + "вопросу.",
    "Комитет по делам " + "беженцев, " * 3000 + "и детей.",
    "Совет при " + "главе " * 3000 + "Москвы.",
    "Сэлис, один из " + "лучших " * 3000 + "актёров.",
])
def test_other_languages_and_markup_do_not_break(pipeline, text):
    article = pipeline(text)
    assert_offsets(article)
    assert article.error is None


def test_long_single_line(pipeline):
    text = ("Вчера в Москве Иван Петров встретился с АО «Ромашка», " * 2000)[:100_000]
    assert "\n" not in text
    article = pipeline(text)
    assert_offsets(article)
    assert sum(m.normal == "Иван Петров" for m in article.mentions) > 1000


def test_html_is_stripped_by_the_reader(tmp_path):
    """RIA-style HTML becomes plain text; scripts and entities never reach the output text."""
    from ru_newsner.io import read

    path = tmp_path / "ria.jsonl"
    row = {"title": "т", "text": "<p>москва, 31 янв &ndash; риа новости.</p><script>var x=1;</script>"
                                 "<p>иван петров &amp; компания</p>"}
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    (raw,) = list(read(path, fmt="ria"))
    assert "<" not in raw.text and "var x" not in raw.text and "&amp;" not in raw.text
    assert "москва, 31 янв – риа новости." in raw.text and "иван петров & компания" in raw.text


def test_lone_surrogates_in_json_input(tmp_path):
    """A JSON row with a lone surrogate gives one output row per input row, and valid UTF-8."""
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"id": "s", "text": "Иван Петров \\ud800 в Москве"}\n'
                    '{"id": "ok", "text": "Вчера в Казани."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, "-m", "ru_newsner.cli", "extract", str(dump), "-o", str(out),
                    "--workers", "1", "--no-progress"], check=True, capture_output=True, timeout=300)
    rows = [json.loads(line) for line in out.read_bytes().decode("utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["s", "ok"]
    assert "\ud800" not in rows[0]["text"]


def test_decompression_bomb_is_stopped(tmp_path):
    """300 MB of one JSON line in a 300 KB gzip: an error row, and the next row still read."""
    from ru_newsner.io import read

    bomb = tmp_path / "bomb.jsonl.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as f:
        f.write(b'{"id": "big", "text": "')
        for _ in range(300):
            f.write(b"a" * 2**20)
        f.write('"}\n{"id": "next", "text": "Москва"}\n'.encode("utf-8"))
    rows = list(read(bomb))
    assert rows[0].text is None and rows[0].error[0] == "too-large"
    assert rows[1].id == "next" and rows[1].text == "Москва"


@pytest.mark.parametrize(("words", "in_cased_text", "expected"), [
    ("вчера иван петров выступил в москве .", False, True),
    ("вчера иван петров выступил в москве .", True, True),  # opens with a letter: written lower case
    ("ИВАН ПЕТРОВ ВЫСТУПИЛ В МОСКВЕ", True, True),
    ("31-летний мужчина принял в 2009 году ислам .", True, False),  # a number opens it: nothing to capitalize
    ("5 января путин подписал указ .", False, True),  # the whole text is lower case (RIA)
    ("Вчера Иван Петров выступил .", True, False),
])
def test_which_sentences_are_recased(words, in_cased_text, expected):
    from ru_newsner.text.clean import needs_recasing

    assert needs_recasing(words.split(), in_cased_text) is expected


def test_number_opening_a_sentence_makes_no_names(pipeline):
    """"у нее рак": a sentence opening with a number has no capitals to lose; read as it is,
    no "Нее" comes out as a person."""
    text = "Врачи пришли к заключению. 58-летняя президент перенесла операцию, у нее рак щитовидной железы."
    assert [m.text for m in pipeline(text).mentions if m.label == "PER"] == []


def test_lower_case_article_is_still_recased(pipeline):
    """An article in lower case throughout (RIA's dumps) is read recased even where a number
    opens a sentence."""
    article = pipeline("вчера прошли выборы. 5 января владимир путин подписал указ в москве.")
    assert {"Владимир Путин", "Москва"} <= {m.normal for m in article.mentions}


@pytest.mark.parametrize(("word", "expected"), [
    ("с", "lower"), ("в", "lower"), ("по", "lower"), ("из", "lower"), ("со", "lower"),  # rare readings: abbreviations, a name's form
    ("мчс", "upper"), ("сша", "upper"), ("москве", "title"), ("иван", "title"), ("гаити", "title"),
    ("правительство", "lower"),
])
def test_how_the_dictionary_writes_a_word(word, expected):
    from ru_newsner.pipeline.resources import shared
    from ru_newsner.text.clean import casing

    assert casing(word, shared().parse) == expected


def test_lower_case_article_prepositions_stay_words(pipeline):
    """RIA's lower-case text, recased: "с", "из", "со" are prepositions, not initials or abbreviations."""
    article = pipeline("москва, 31 янв - риа новости. глава мчс встретился с коллегами из гаити "
                       "и обсудил со специалистами помощь пострадавшим.")
    texts = {m.text for m in article.mentions}
    assert not {"с", "из", "со", "из гаити"} & texts, texts
    assert {"гаити", "мчс"} <= texts, texts
