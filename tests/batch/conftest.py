"""Generated articles for batch tests (written here, nothing copied from ../shared)."""

import json

import pytest

from ru_newsner.io.raw import RawArticle

PEOPLE = ["Иван Петров", "Анна Смирнова", "Михаил Лабудин", "Ольга Козлова", "Пётр Семёнов"]
PLACES = ["Омске", "Казани", "Томске", "Москве", "Новосибирске"]
ORGS = ["ПАО «Сбербанк»", "АО «Омсктрансмаш»", "Минпромторг России", "ООО «Ромашка»"]


def article_text(i: int) -> str:
    return (f"Новость номер {i}\n\n{i % 28 + 1} марта в {PLACES[i % 5]} {PEOPLE[i % 5]} "
            f"встретился с руководством {ORGS[i % 4]}. Вчера стороны обсудили статью "
            f"{100 + i % 50} УК РФ и планы на {2020 + i % 5} год. Генеральный директор {ORGS[(i + 1) % 4]} "
            f"{PEOPLE[(i + 1) % 5]} поддержал проект.")


def make_raws(n: int, bad_every: int = 0) -> list[RawArticle]:
    raws = []
    for i in range(n):
        where = f"gen:{i + 1}"
        if bad_every and i % bad_every == bad_every - 1:
            raws.append(RawArticle(id=where, location=where, text=None, error=("bad_json", "broken")))
        else:
            raws.append(RawArticle(id=f"a{i:05d}", location=where, text=article_text(i),
                                   published_at=f"2024-03-{i % 28 + 1:02d}"))
    return raws


def write_jsonl(path, n: int, bad_every: int = 0) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            if bad_every and i % bad_every == bad_every - 1:
                f.write('{"id": "broken", "text": \n')
            else:
                f.write(json.dumps({"id": f"a{i:05d}", "text": article_text(i),
                                    "published_at": f"2024-03-{i % 28 + 1:02d}"},
                                   ensure_ascii=False) + "\n")


@pytest.fixture
def raws():
    return make_raws(40, bad_every=10)
