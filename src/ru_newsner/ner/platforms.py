"""A social network named as the place of a post is no organization in NEREL: "написал в
Facebook", "опубликовал на YouTube", "в соцсети ВКонтакте" (NEREL train: 44 of 48 such uses
untagged), while the company itself stays one ("Facebook купил Instagram": 31 of 69 other
uses tagged, most of those we tag among them). Nor is a channel or an account on one
("Telegram-канал", "твиттер-аккаунт": NEREL train's 10 such words, none an organization).
"""

import re

# the networks of Russian news, in their usual Latin and Cyrillic spellings
_PLATFORM = re.compile(
    r"(?:Facebook|Фейсбук\w*|Twitter|Тв[иі]т+ер\w*|Instagram|Инстаграм\w*|YouTube|Ютуб\w*|"
    r"ВКонтакте|Вконтакте|Telegram|Телеграм\w*|WhatsApp|Ватсап\w*|LinkedIn|Skype|Скайп\w*|"
    r"Tumblr|Одноклассник\w*|Reddit|TikTok|Тик[- ]?[Тт]ок\w*)", re.IGNORECASE)
_BEFORE = re.compile(r"(?:^|\W)(?:в|во|на)[ \u00a0]+$", re.IGNORECASE)


_HIRED = re.compile(r"(?:работу|службу|работе|службе)[ \u00a0]+(?:в|во)[ \u00a0]+$", re.IGNORECASE)


def posted_on_platform(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` is a social network right after "в"/"на"; not where it is a
    workplace ("на работу в Facebook")."""
    return _PLATFORM.fullmatch(text, start, stop) is not None \
        and _BEFORE.search(text, max(0, start - 6), start) is not None \
        and _HIRED.search(text, max(0, start - 14), start) is None


_COMPOUND = re.compile(rf"{_PLATFORM.pattern}-[а-яё]+", re.IGNORECASE)


def platform_compound(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` is a network's name hyphen-joined to a common noun:
    "Telegram-канал", "YouTube-канале", "фейсбук-аккаунте"."""
    return _COMPOUND.fullmatch(text, start, stop) is not None
