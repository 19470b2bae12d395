"""Article structure of a scraped news page: header (site, title, timestamp, photo caption),
body, and the boilerplate footer (registration, founder, editor, copyright, contacts,
counters). Rules are small named predicates over lines; ``explain`` says which fired.
"""

import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from urllib.parse import urlsplit

# a month written out or cut ("29 февраля 2024", "29 фев. 2024"): its number by its first letters
_MONTH_STEMS = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_MONTH = (r"(?P<mon>января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря"
          r"|янв|фев|мар|апр|май|июн|июл|авг|сент|сен|окт|нояб|ноя|дек)\.?")
_DATE = (rf"(?:(?P<d>\d{{1,2}})[-./](?P<mo>\d{{1,2}})[-./](?P<y>\d{{4}})"  # 29-02-2024, 29.02.2024
         rf"|(?P<y2>\d{{4}})-(?P<mo2>\d{{2}})-(?P<d2>\d{{2}})"  # 2024-02-29
         rf"|(?P<d3>\d{{1,2}})\s+{_MONTH}\s+(?P<y3>\d{{4}}))(?:\s*(?:г\.|года))?")  # 29 февраля 2024 г.
_CLOCK = r"(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>\d{2}))?"
_SEP = r"\s*(?:,|в|\||/|T|—|-)?\s*"
# what may open a timestamp line: a label ("Опубликовано:", "Обновлено"), a weekday ("Четверг,")
_LABEL = (r"(?:(?:опубликовано|обновлено|дата(?:\s+публикации)?|размещено|published|updated)\s*:?\s*)?"
          r"(?:(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)\s*,?\s*)?")
# a date with its time after or before it, or alone: "29-02-2024 07:55:08", "14 марта 2024, 10:15",
# "10:15 | 14 марта 2024", "Опубликовано: 29.02.2024 | 07:55", "Четверг, 29 февраля 2024"
_STAMPS = (
    re.compile(rf"^\s*{_LABEL}{_DATE}(?:{_SEP}{_CLOCK})?\s*$", re.I),
    re.compile(rf"^\s*{_LABEL}{_CLOCK}{_SEP}{_DATE}\s*$", re.I),
)
_DOMAIN = re.compile(r"^\s*(?:https?://)?(?:www\.)?([a-zа-я0-9-]+(?:\.[a-zа-я0-9-]+)*\.(?:ru|рф|com|net|org|su|info|kz|by|ua))/?\s*$", re.I)
_CAPTION = re.compile(r"^\s*(?:фото|photo|фотография|иллюстрация|источник фото)\s*[:©]", re.I)
FOOTER_MARKERS = re.compile(
    r"регистрационный номер|свидетельство о регистрации|учредитель|главный редактор|"
    r"copyright|©|все права защищены|при (?:размещении|использовании|перепечатке|цитировании)|"
    r"перепечатка|e-?mail|тел\.|телефон|редакция|рекламный отдел|реклама:|яндекс\.метрика|"
    r"рейтинг@mail|liveinternet|сетевое издание|18\+|16\+|политика конфиденциальности|"
    r"\bэл\s*№|роскомнадзор", re.I)


@dataclass(frozen=True)
class Structure:
    header_end: int          # text[:header_end] is the header
    footer_start: int        # text[footer_start:] is the footer
    title: str | None = None
    source: str | None = None
    published_at: str | None = None

    def section(self, start: int) -> str:
        if start < self.header_end:
            return "header"
        return "footer" if start >= self.footer_start else "body"


def with_title_line(structure: Structure, text: str, title: str | None) -> Structure:
    """``structure`` with the caller's ``title`` as the header's first line when ``text``
    opens with it on a line of its own ("<title>\\n\\n<text>", ``io.title_first``): a
    headline over a one-sentence text is no less a header."""
    first = text.split("\n", 1)[0]
    line, end = " ".join(first.split()), len(first.rstrip())
    # spaces compared as spaces: the title may hold a line break or no-break spaces the line has not
    if not title or line != " ".join(title.split()) or structure.header_end >= end:
        return structure
    return replace(structure, header_end=end, footer_start=max(structure.footer_start, end),
                   title=structure.title or line)


def site_of(url: str | None) -> str | None:
    """The site an article's URL names, as a header names it: its host in lower case without
    "www." ("https://www.gazeta.ru/news/…" → "gazeta.ru"); None for no URL or no host."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip() if "//" in url else "//" + url.strip()).hostname
    except ValueError:
        return None
    return (host.removeprefix("www.") or None) if host else None


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return out


PROSE_WORDS = 25  # no header line is as long: a headline has about 6-15 words


def is_paragraph(line: str) -> bool:
    """A body sentence: long enough and reads like prose, or too long for any header line
    (a RIA paragraph cut where its HTML broke the line ends with no full stop)."""
    words = line.split()
    return len(words) >= PROSE_WORDS or len(words) >= 8 and bool(re.search(r"[.!?»…\"]\s*$", line.strip()))


def timestamp(line: str) -> str | None:
    """The publication time a header line gives, ISO 8601: a date in digits or in words (a month
    written out or cut), with its time after or before it, or alone, maybe after a label or a
    weekday ("29-02-2024 07:55:08", "14 марта 2024, 10:15" → "2024-03-14T10:15:00";
    "Опубликовано: 29.02.2024 | 07:55"; "Четверг, 29 февраля 2024" → "2024-02-29"); None for any
    other line."""
    for pattern in _STAMPS:
        m = pattern.match(line)
        if m:
            g = m.groupdict()
            if g["y3"]:
                month = next(i for i, stem in enumerate(_MONTH_STEMS, 1) if g["mon"].lower().startswith(stem))
                return _iso(g["y3"], month, g["d3"], g["hh"], g["mm"], g["ss"])
            if g["y2"]:
                return _iso(g["y2"], g["mo2"], g["d2"], g["hh"], g["mm"], g["ss"])
            return _iso(g["y"], g["mo"], g["d"], g["hh"], g["mm"], g["ss"])
    return None


def _iso(y, mo, d, hh, mm, ss) -> str | None:
    try:
        if hh is None:
            return date(int(y), int(mo), int(d)).isoformat()
        return datetime(int(y), int(mo), int(d), int(hh), int(mm), int(ss or 0)).isoformat()
    except ValueError:
        return None


def _header(lines) -> tuple[int, str | None, str | None, str | None]:
    end, title, source, published = 0, None, None, None
    for start, stop, line in lines:
        if is_paragraph(line):
            break
        if not line.strip():
            continue
        if published is None and (stamp := timestamp(line)):
            published = stamp
        elif source is None and (domain := _DOMAIN.match(line)):
            source = domain.group(1)
        elif not _CAPTION.match(line) and (title is None or len(line.strip()) > len(title)):
            title = " ".join(line.split())  # no-break spaces become plain ones
        end = stop
    return end, title, source, published


IMPRINT = re.compile(r"©|copyright|все права защищены|свидетельство о регистрации|регистрационный номер|\bэл\s*№", re.I)


def _imprint(line: str) -> bool:
    """A whole imprint on one line ("© 2024 НГС. Все права защищены. Сетевое издание … Главный
    редактор — …"): a copyright or a registration and two more markers, as good as two lines."""
    found = {m.group().lower() for m in FOOTER_MARKERS.finditer(line)}
    return len(found) >= 3 and bool(IMPRINT.search(line))


def _footer(lines, header_end: int, text_len: int) -> int:
    start, markers = text_len, 0
    for line_start, _, line in reversed(lines):
        if line_start < header_end:
            break
        if not line.strip():
            continue
        if FOOTER_MARKERS.search(line):
            markers += 1 + _imprint(line)
        elif is_paragraph(line) or len(line.strip()) > 70:
            break
        start = line_start
    return start if markers >= 2 else text_len


def detect(text: str) -> Structure:
    """Header, body and footer of ``text``; a plain article is all body."""
    lines = _lines(text)
    header_end, title, source, published = _header(lines)
    if header_end >= len(text.rstrip()):  # no body paragraph found: treat all as body
        return Structure(0, len(text))
    return Structure(header_end, _footer(lines, header_end, len(text)), title, source, published)
