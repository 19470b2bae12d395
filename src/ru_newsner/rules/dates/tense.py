"""The tense of the sentence around a date: a future cue ("будет", "состоится", "выступит") or
a perfective verb's present form ("достроят"), or a verb in the past tense, within ~60
characters, in the same sentence. It picks the side of the publication date a date written
without a year falls on (``resolve``), and a weekday's week."""

import re
from functools import lru_cache

FUTURE = re.compile(
    r"(?<!\w)(?:буд(?:ет|ут|у|ем|ете)|состоит?ся|состоятся|пройд(?:ет|ут)|начн(?:ет|ут)ся|откро(?:ет|ют)ся|"
    r"выступ(?:ит|ят)|планиру\w+|намерен\w*|собира\w+ся|ожида\w+ся|запланирован\w*|назначен\w*|"
    r"предстоит|намечен\w*|прибуд(?:ет|ут)|посет(?:ит|ят)|встрет(?:ит|ят)ся|рассмотр(?:ит|ят)|"
    r"объяв(?:ит|ят)|провед(?:ет|ут)|прим(?:ет|ут)|подпиш(?:ет|ут)|заверш(?:ит|ат)ся|стартует|"
    r"откро(?:ет|ют)|собер(?:ет|ут)ся|представ(?:ит|ят)|вступ(?:ит|ят)|обсуд(?:ит|ят)|проголосу(?:ет|ют)|"
    r"сможет|смогут|должн\w*|продолжится|возобновится|проведение)(?!\w)")


def _same_sentence(before: str, after: str) -> tuple[str, str]:
    """The ~60 characters on either side that are in the same sentence."""
    return re.split(r"[.!?\n]\s", before[-60:])[-1], re.split(r"[.!?\n]", after[:60])[0]


def future_context(before: str, after: str) -> bool:
    """A future-tense cue or verb in the same sentence, within ~60 characters on either side."""
    return "future" in _tenses(before, after)


def _tenses(before: str, after: str) -> set[str]:
    """"future" and "past" where the same sentence's ~60 characters on either side tell them: a
    future cue (``FUTURE``) or a verb's future form, a verb's past; each word read once."""
    found = set()
    for side in _same_sentence(before, after):
        if FUTURE.search(side):
            found.add("future")
        for word in _WORD.findall(side):
            found.update(_verb_tenses(word))
    return found


_WORD = re.compile(r"[а-я]{3,}")


@lru_cache(maxsize=20_000)
def _verb_tenses(word: str) -> frozenset:
    """The tense of pymorphy3's first reading of ``word`` if a verb's: the past ("получил",
    "прошли", "умер", "состоялась"; not "дела", "стали", read first as nouns) or the future, a
    perfective verb's present form ("завершат", "построят"; not the writer's "напомним",
    "отметим", which tell no time). Read once per word, through the parser the morphology
    stage filled."""
    from ...text.morph import parser

    tag = parser()(word)[0].tag
    if tag.POS != "VERB" or "futr" in tag and "1per" in tag:
        return frozenset()
    return frozenset({"past"} if "past" in tag else {"future"} if "futr" in tag else ())


# where a clause of the date's own begins: a comma and a subordinating word ("сообщил, что …")
_CLAUSE_START = re.compile(r",\s*(?:что|чтобы|где|когда|если|пока|как|котор\w+)\s")


def _own_clause(before: str, after: str) -> tuple[str, str]:
    """The date's clause: after the last subordinate clause's start before it, up to a comma after
    it; a "когда" clause right after the date tells of the date ("и 12 сентября, когда вождь намерен
    завершить голодовку, …")."""
    when = re.match(r",\s*когда\s+([^,]*)", after)
    if when:
        return "", when.group(1)
    starts = list(_CLAUSE_START.finditer(before))
    return (before[starts[-1].end():] if starts else before), after.split(",", 1)[0]


def sentence_tense(before: str, after: str) -> str | None:
    """"future" for a future cue (``FUTURE``, or a verb's future form) in the same sentence
    within ~60 characters, "past" for a verb in the past tense there; None for neither or both
    ("суд 24 апреля счел, что ему будет достаточно"). Where the sentence says both, the date's
    own clause may say one ("сообщил, что строительство завершится в декабре": the future)."""
    found = _tenses(before, after)
    if len(found) > 1:
        found = _tenses(*_own_clause(*_same_sentence(before, after)))
    return found.pop() if len(found) == 1 else None
