"""Streaming readers: every shared sample read without options, plus small fixtures for
generic formats, compressions, malformed rows, HTML and ODS paragraph breaks."""

import bz2
import gzip
import json
import lzma
import os
from datetime import datetime
from pathlib import Path

import pytest

import ru_newsner.io as rio
from ru_newsner.io.formats.ods_breaks import fired, restore_breaks
from ru_newsner.io.html import html_to_text

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DUMPS = SHARED / "data" / "dumps"

SAMPLES = [  # file, format, articles (README table, checked against the files)
    ("lenta-ru-news.csv.gz", "lenta", 1),
    ("lenta-ru-news.csv.bz2", "lenta", 1),
    ("ria.json.gz", "ria", 10),
    ("buriy/lenta.tar.bz2", "buriy", 7),
    ("buriy/news-articles-2014.tar.bz2", "buriy", 9),
    ("buriy/news-articles-2015-part1.tar.bz2", "buriy", 10),
    ("buriy/news-articles-2015-part2.tar.bz2", "buriy", 10),
    ("buriy/webhose-2016.tar.bz2", "buriy", 9),
    *[(f"ods/{name}.csv.gz", "ods", 9) for name in ("gazeta", "interfax", "iz", "meduza", "ria", "rt", "tass-001")],
    ("taiga/Lenta.tar.gz", "taiga", 1),
    ("taiga/Interfax.tar.gz", "taiga", 1),
    ("taiga/Fontanka.tar.gz", "taiga", 1),
    ("taiga/KP.tar.gz", "taiga", 1),
    ("taiga/NPlus1.tar.gz", "taiga", 2),
]


def sample(name: str) -> Path:
    path = DUMPS / name
    if not path.is_file():
        pytest.skip(f"{path} is absent: ../shared (data/dumps) is not laid beside this checkout")
    return path


def read_all(path, **options) -> list[rio.RawArticle]:
    return list(rio.read(path, **options))


# ---- shared samples -------------------------------------------------------------------

@pytest.mark.parametrize("name,fmt,count", SAMPLES)
def test_sample_read_without_options(name, fmt, count):
    path = sample(name)
    assert rio.detect_format(path) == fmt
    articles = read_all(path)
    assert len(articles) == count
    for article in articles:
        assert article.error is None and article.text and article.text.strip()
        assert article.location.startswith(str(path) + ":")
    assert len({a.id for a in articles}) == count
    for article in articles:
        assert article.title
        if article.published_at is not None:
            datetime.fromisoformat(article.published_at)
    if fmt in ("buriy", "ods", "taiga"):
        assert all(a.published_at and a.url and a.url.startswith("http") for a in articles)


@pytest.mark.parametrize("name,fmt,count", SAMPLES)
def test_sample_on_bytes_and_stable_ids(name, fmt, count):
    path = sample(name)
    seen: list[int] = []
    first = read_all(path, on_bytes=seen.append)
    assert seen == sorted(seen) and seen[-1] == path.stat().st_size
    assert [a.id for a in first] == [a.id for a in read_all(path)]


def test_lenta_fields():
    v10, = read_all(sample("lenta-ru-news.csv.gz"))
    assert v10.id == v10.url == "https://lenta.ru/news/2018/12/14/cancer/"
    assert "\xa0" in v10.title and v10.meta == {"topic": "Россия", "tags": "Общество"}
    assert v10.published_at is None
    v11, = read_all(sample("lenta-ru-news.csv.bz2"))
    assert v11.published_at == "1914-09-16" and v11.title.endswith("Венгрии")


def test_ria_html_is_plain_text():
    articles = read_all(sample("ria.json.gz"))
    assert articles[0].id == "ria.json.gz:1"
    assert articles[0].text.startswith("москва, 31 янв - риа новости. ")
    for article in articles:
        assert "<" not in article.text and "&ndash;" not in article.text
        assert article.meta["case"] == "lower" and article.title
    assert any("\n" in a.text for a in articles)


def test_buriy_fields():
    articles = read_all(sample("buriy/news-articles-2015-part1.tar.bz2"))
    by_site = {a.location.split(":")[-2]: a for a in articles}
    charter = by_site["2015/2015-01-charter97.org.csv"]
    assert charter.published_at == "2015-01-01"
    assert articles[0].published_at == "2015-01-12T11:00:51" and articles[0].id.startswith("http://101.ru/")
    lenta = read_all(sample("buriy/lenta.tar.bz2"))
    assert lenta[0].published_at == "1914-09-16T12:00:00"
    assert lenta[0].meta["topics"] == "Библиотека / Первая мировая"


def test_ods_fields():
    articles = read_all(sample("ods/tass-001.csv.gz"))
    first = articles[0]
    assert first.id == first.url == "https://tass.ru/proisshestviya/6751577"
    assert first.published_at == "2019-08-10T17:12:51"
    assert "Минобороны.\nКак" in first.text or ".\n" in first.text
    assert "reposts_fb" not in first.meta or first.meta["reposts_fb"] != "-"
    ria = read_all(sample("ods/ria.csv.gz"))
    assert all("РИА Новости.\n" in a.text for a in ria)


@pytest.mark.parametrize("name,textid,published,url", [
    ("taiga/Lenta.tar.gz", "20091231boeviks", "2010-01-01T02:43:00", "https://lenta.ru/news/2009/12/31/boeviks/"),
    ("taiga/Interfax.tar.gz", "business199005", "2011-07-12T18:56:00", "http://www.interfax.ru/business/199005"),
    ("taiga/Fontanka.tar.gz", "20070101001", "2007-01-01T12:04:00", "http://www.fontanka.ru/2007/01/01/001/"),
    ("taiga/KP.tar.gz", "10@2598286", "2016-12-13T10:50:00+03:00", "http://www.kp.ru/online/news/2598286/"),
    ("taiga/NPlus1.tar.gz", "20160915autonomous", "2016-09-15T16:25:00", "https://nplus1.ru/news/2016/09/15/autonomous"),
])
def test_taiga_joins_metadata(name, textid, published, url):
    article = read_all(sample(name))[0]
    assert (article.id, article.published_at, article.url) == (textid, published, url)
    assert article.title and "&quot;" not in article.title and "\r" not in article.text
    assert "metadata" not in article.meta


def test_taiga_fused_tags_and_source():
    article, = read_all(sample("taiga/Fontanka.tar.gz"))
    assert article.meta["tags"].endswith("особое мнение")


# ---- generic formats and field mapping ------------------------------------------------

ROWS = [
    {"doc": "a1", "body": "Путин прилетел в Москву.", "when": "2024-02-29", "title": "Один"},
    {"doc": "a2", "body": "Второй текст.", "when": "29.02.2024", "extra": 5},
]


def write_jsonl(path: Path, rows, opener=open) -> Path:
    with opener(path, "wt", encoding="utf-8") as file:
        for row in rows:
            file.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def check_mapped(articles):
    assert [a.id for a in articles] == ["a1", "a2"]
    assert [a.published_at for a in articles] == ["2024-02-29", "2024-02-29"]
    assert articles[0].text == "Путин прилетел в Москву." and articles[0].title == "Один"


MAPPING = {"text_field": "body", "id_field": "doc", "date_field": "when"}


def test_jsonl_with_mapping(tmp_path):
    path = write_jsonl(tmp_path / "dump.jsonl", ROWS)
    assert rio.detect_format(path) == "jsonl"
    articles = read_all(path, **MAPPING)
    check_mapped(articles)
    assert articles[1].meta == {"extra": "5"}


def test_csv_with_mapping(tmp_path):
    path = tmp_path / "dump.csv"
    path.write_text('doc,body,when,title\na1,Путин прилетел в Москву.,2024-02-29,Один\n'
                    'a2,"Второй текст.",29.02.2024,\n', encoding="utf-8")
    assert rio.detect_format(path) == "csv"
    check_mapped(read_all(path, **MAPPING))


def test_csv_missing_text_column_is_a_clear_error(tmp_path):
    path = tmp_path / "dump.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="text_field"):
        read_all(path)


def test_parquet_with_mapping(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "dump.parquet"
    pq.write_table(pa.Table.from_pylist([{**r, "extra": str(r.get("extra", ""))} for r in ROWS]), path)
    assert rio.detect_format(path) == "parquet"
    seen: list[int] = []
    check_mapped(read_all(path, on_bytes=seen.append, **MAPPING))
    assert seen == sorted(seen) and seen[-1] == path.stat().st_size


def test_txt_folder_and_single_file(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Второй.\r\nАбзац.", encoding="utf-8")
    (tmp_path / "one.txt").write_text("Первый.", encoding="utf-8")
    (tmp_path / "skip.md").write_text("не статья", encoding="utf-8")
    assert rio.detect_format(tmp_path) == "txt-dir"
    articles = read_all(tmp_path)
    # sorted, a folder's own files before its sub-folders
    assert [(a.id, a.text) for a in articles] == [("one.txt", "Первый."), ("b/two.txt", "Второй.\nАбзац.")]
    assert rio.detect_format(tmp_path / "one.txt") == "txt"
    single, = read_all(tmp_path / "one.txt")
    assert single.id == "one.txt" and single.text == "Первый."


COMPRESSIONS = [("gzip", gzip.open, ".gz"), ("bz2", bz2.open, ".bz2"), ("xz", lzma.open, ".xz")]


@pytest.mark.parametrize("name,opener,suffix", COMPRESSIONS)
def test_every_compression(tmp_path, name, opener, suffix):
    path = write_jsonl(tmp_path / f"dump{suffix}", ROWS, opener)  # no .jsonl: told by content
    assert rio.detect_format(path) == "jsonl"
    seen: list[int] = []
    check_mapped(read_all(path, on_bytes=seen.append, **MAPPING))
    assert seen == sorted(seen) and seen[-1] == path.stat().st_size


def test_zstd(tmp_path):
    path = tmp_path / "dump.jsonl.zst"
    try:
        import zstandard
    except ImportError:
        path.write_bytes(b"\x28\xb5\x2f\xfd" + b"\0" * 16)
        with pytest.raises(ImportError, match="zstandard"):
            read_all(path, fmt="jsonl")
        return
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS).encode()
    path.write_bytes(zstandard.ZstdCompressor().compress(data))
    check_mapped(read_all(path, **MAPPING))


# ---- nothing lost ---------------------------------------------------------------------

def test_corrupted_rows_become_error_articles(tmp_path):
    lines, bad = [], {}
    for i in range(1, 501):
        if i % 100 == 7:
            lines.append(b'{"text": "broken'); bad[i] = "bad-json"
        elif i % 100 == 37:
            lines.append(b'{"title": "no text"}'); bad[i] = "no-text"
        elif i % 100 == 67:
            lines.append(b'{"text": "\xff\xfe\xfd\xfc\xfb\xfa"}'); bad[i] = "undecodable"
        elif i % 100 == 97:
            lines.append(json.dumps({"text": 5}).encode()); bad[i] = "no-text"
        else:
            lines.append(json.dumps({"text": f"Статья {i}."}, ensure_ascii=False).encode())
    lines.append('{"text": "Почти целая \u0441'.encode()[:-1] + b'\xff"}')  # one bad byte: kept
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    articles = read_all(path)
    assert len(articles) == 501
    for number, article in enumerate(articles, 1):
        assert article.location == f"{path}:{number}" and article.id == f"dump.jsonl:{number}"
        if number in bad:
            assert article.text is None and article.error[0] == bad[number], article
        elif number <= 500:
            assert article.text == f"Статья {number}." and article.error is None
    last = articles[-1]
    assert last.error is None and last.text.startswith("Почти целая") and "\ufffd" in last.text
    assert "decode" in last.meta


def test_csv_row_with_wrong_field_count(tmp_path):
    path = tmp_path / "dump.csv"
    path.write_text("id,text\n1,один\n2,два,лишнее\n3,три\n", encoding="utf-8")
    articles = read_all(path)
    assert [a.text for a in articles] == ["один", None, "три"]
    assert articles[1].error[0] == "bad-row" and articles[1].location == f"{path}:2"


def test_truncated_gzip_yields_one_error_for_the_rest(tmp_path):
    rows = [{"text": f"Статья номер {i} " + os.urandom(8).hex() * 40} for i in range(2000)]
    whole = write_jsonl(tmp_path / "whole.jsonl.gz", rows, gzip.open).read_bytes()
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(whole[: len(whole) * 2 // 3])
    articles = read_all(path)
    good, last = articles[:-1], articles[-1]
    assert 0 < len(good) < 2000 and all(a.error is None for a in good)
    assert last.text is None and last.error[0] == "corrupt-stream"
    assert last.location == f"{path}:rest-after-{len(good)}"


def test_oversized_row(tmp_path):
    path = tmp_path / "dump.jsonl"
    write_jsonl(path, [{"text": "малая"}, {"text": "я" * 5000}, {"text": "снова малая"}])
    articles = read_all(path, max_article_bytes=1000)
    assert [a.text for a in articles] == ["малая", None, "снова малая"]
    assert articles[1].error[0] == "too-large" and articles[1].location == f"{path}:2"
    csv_path = tmp_path / "dump.csv"
    csv_path.write_text("text\nмалая\n" + "я" * 5000 + "\nснова\n", encoding="utf-8")
    assert [a.text for a in read_all(csv_path, max_article_bytes=1000)] == ["малая", None, "снова"]


def test_unknown_format_names_the_formats(tmp_path):
    path = tmp_path / "blob.bin"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ValueError, match="jsonl"):
        rio.detect_format(path)
    with pytest.raises(ValueError, match="lenta"):
        read_all(tmp_path / "blob.bin", fmt="nope")


def test_repeated_url_gets_a_row_suffix(tmp_path):
    path = tmp_path / "dump.csv"
    path.write_text("url,text\nhttp://x/1,а\nhttp://x/1,б\n", encoding="utf-8")
    assert [a.id for a in read_all(path)] == ["http://x/1", "http://x/1#2"]


# ---- HTML and ODS breaks --------------------------------------------------------------

def test_html_to_text():
    markup = ('<p><strong></strong></p>\n<p><strong>москва, 31 янв -   риа новости.</strong> '
              'один&nbsp;&ndash; <a href="x">два</a></p><script>var a = "<p>";</script>'
              '<style>p {}</style><p>три<br>четыре &amp; пять</p>')
    assert html_to_text(markup) == "москва, 31 янв - риа новости. один\xa0– два\nтри\nчетыре & пять"


@pytest.mark.parametrize("glued,restored", [
    ("сообщили в Минобороны.nКак сообщили", "сообщили в Минобороны.\nКак сообщили"),
    ("Обама.nКак", "Обама.\nКак"),
    ("РИА Новости.nВосемнадцать", "РИА Новости.\nВосемнадцать"),
    ("месяца.nnДля", "месяца.\n\nДля"),
    ("безопасно».n«Мы", "безопасно».\n«Мы"),
    ("вторник.n\"Федерация", "вторник.\n\"Федерация"),
    ("люди?nПосле", "люди?\nПосле"),
    ("клуба.n2:0", "клуба.\n2:0"),
    ("Ранееnсообщалось,nчто", "Ранее сообщалось, что"),
    ("агентствуnИТАР-ТАССn.nПо", "агентству ИТАР-ТАСС.\nПо"),
    ("сообщает агентство Reutersn. Ранее", "сообщает агентство Reuters. Ранее"),
    ("сообщает газетаnThe Timesn.nКак", "сообщает газета The Times.\nКак"),
    ("Он (Джонс. —nRTn) превосходил", "Он (Джонс. — RT) превосходил"),
    ("в Iran. В Japan, как и в Lenin.", "в Iran. В Japan, как и в Lenin."),
    ("сообщает изданиеnABC Colorn.nСекретное", "сообщает издание ABC Color.\nСекретное"),
    ("газетаnLa Razónn.nРанее", "газета La Razón.\nРанее"),
    ("с компаниейnBuy Liken, которая", "с компанией Buy Like, которая"),
    ("на сайтеnGreenpeacen— более", "на сайте Greenpeace — более"),
    ("в журналеnThe Astrophysical Journaln.", "в журнале The Astrophysical Journal."),
    ("по данным Greenpeace, и", "по данным Greenpeace, и"),  # no break before it: no link
    # real words keep their n
    ("Lenin", "Lenin"), ("nasa", "nasa"), ("Lenin.nasa", "Lenin.nasa"), ("Japan, USA", "Japan, USA"),
    ("Они сказали: «nВидео» — нет", "Они сказали: «Видео» — нет"),
    ("канал CNN.", "канал CNN."), ("Nokia.nokia", "Nokia.nokia"), ("e.g. n.b.", "e.g. n.b."),
])
def test_ods_breaks(glued, restored):
    assert restore_breaks(glued) == restored


def test_ods_breaks_say_which_rule_fired():
    assert [name for name, _, _ in fired("Обама.nКак")] == ["after-sentence"]


def test_doctests_of_pure_helpers():
    import doctest

    from ru_newsner.io import dates, html
    from ru_newsner.io.formats import ods_breaks

    for module in (dates, html, ods_breaks):
        assert doctest.testmod(module).failed == 0


def test_title_in_text_opens_each_text_with_its_title():
    path = sample("ods/rt.csv.gz")
    plain, titled = read_all(path), read_all(path, title_in_text=True)
    assert [a.id for a in titled] == [a.id for a in plain]
    for before, after in zip(plain, titled):
        assert after.text == f"{before.title.strip()}\n\n{before.text}" and after.title == before.title
