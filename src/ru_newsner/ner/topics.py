"""A body's topic: "Комитет Сената США [по международным отношениям]", "сборной России [по
художественной гимнастике]", "комитета Госдумы [по природным ресурсам, собственности и земельным
отношениям]"; and a body attached to another: "Следственного комитета [при прокуратуре РФ]".

NEREL keeps the "по" phrase inside the name of a committee, commission, tribunal, agency or
national team (NEREL train: 20 such extensions of a shorter span of ours); a plain "по" phrase
after other names is an adverbial ("ФСБ по получению ключей", "Сенат Италии по результатам
выборов"). The phrase is read by grammar: "по", a noun phrase in the dative, its genitive
complements, a deverbal topic's object, and the phrases coordinated with it ("по вопросам
семьи, женщин и детей"). Three uses: an organization span named by a body noun is extended
(``topic_complements``); a body noun and its topic outside every organization is one
(``topic_bodies``: "думского комитета по обороне"); a body "при" a name is one
(``attached_bodies``). The same grammar extends a name over the complements coordinated with
its last one ("Союза писателей и журналистов России": ``coordinated_complements``).
"""

import re
from collections.abc import Callable, Iterator

from .institutions import relational
from .parts import common_abbreviation

Raw = tuple[str, int, int]

# the nouns that name a body by its remit (their lemmas, as pymorphy3 gives them)
HEADS = frozenset({
    "комитет", "комиссия", "совет", "агентство", "бюро", "управление", "департамент", "служба",
    "центр", "трибунал", "сборная", "сборный", "группа", "отдел", "дирекция", "инспекция",
    "организация", "штаб", "ассоциация", "министерство",
})
# "по" phrases that say how, not what for ("по делу", "по поводу", "по словам", "по пенальти")
ADVERBIAL = frozenset({
    "дело", "повод", "результат", "итог", "данные", "слово", "мнение", "информация", "подозрение",
    "представление", "специальность", "пенальти", "очко", "сравнение", "завершение", "требование",
    "просьба", "инициатива", "приглашение", "решение", "причина", "случай", "сообщение", "оценка",
    "подсчёт", "подсчет", "право", "телефон", "телевидение", "радио", "линия", "утверждение",
    "получение", "приказ", "указание", "распоряжение", "поручение", "согласие", "факт", "статья",
    "обвинение", "окончание", "истечение", "прибытие", "возвращение", "время", "месяц", "год",
    "желание", "состояние", "призыв", "рекомендация", "матч", "игра", "группа",  # "соперники по группе B"
    "поддержка", "участие", "посредничество", "содействие", "помощь",  # "при поддержке …"
    "город", "район", "область", "край", "республика",  # a territory: "УМВД по городу Омску"
})
# a deverbal topic takes its own object: "по борьбе [с коррупцией]", "по надзору [за следствием]",
# "по подготовке [к юбилею]"; "по управлению [зоной отчуждения]" has it in the instrumental
_OBJECT = re.compile(r"[ \u00a0]+(?:(?P<ins>с|со|за|над)|(?P<dat>к|ко))(?=[ \u00a0])")
_WORD = re.compile(r"[ \u00a0]+([А-ЯЁа-яё][а-яё]*(?:-[А-ЯЁа-яё][а-яё]*)*)")
_PO = re.compile(r"[ \u00a0]по(?=[ \u00a0])")
_REMIT = re.compile(r"[ \u00a0]+делам[ \u00a0]")  # "по делам молодёжи" is a remit, "по делу о …" no
_NUMBER = re.compile(r"[ \u00a0]+№[ \u00a0]*\d+")
_AND = re.compile(r"[ \u00a0]+и(?=[ \u00a0])")
_COMMA = re.compile(r",(?=[ \u00a0])")
_BEFORE = re.compile(r"([А-ЯЁа-яё]+(?:-[А-ЯЁа-яё]+)*)[ \u00a0]+$")  # the word before a span
_CASES = {"datv": ("datv",), "gent": ("gent", "gen2"), "ablt": ("ablt",), "loct": ("loct", "loc2")}

Parse = Callable[[str], list]


_FUNCTION = frozenset({"PREP", "CONJ", "PRCL", "INTJ"})
MAX_ADJECTIVES = 6  # before a noun; longer runs are no name (and the reading stays shallow)


def _noun_phrase(text: str, pos: int, case: str, parse: Parse,
                 adjectives: int = MAX_ADJECTIVES) -> tuple[int, str] | None:
    """The end and head lemma of the noun phrase at ``pos`` in ``case``: up to ``adjectives``
    agreeing adjectives, then a lower-case noun, or a proper name the dictionary knows ("по
    бывшей Югославии")."""
    match = _WORD.match(text, pos)
    if not match:
        return None
    word = match.group(1)
    if len(word) < 3:  # "по г. Москве": an abbreviation, not a topic
        return None
    parses = parse(word)
    if parses and parses[0].tag.POS in _FUNCTION:  # "при", not the archaic "пря" in the genitive
        return None
    readings = [p for p in parses if p.tag.case in _CASES[case]]
    if adjectives > 0 and any(p.tag.POS in ("ADJF", "PRTF") for p in readings):
        rest = _noun_phrase(text, match.end(), case, parse, adjectives - 1)
        if rest:
            return rest
    nouns = [p for p in readings if p.tag.POS == "NOUN"]
    if nouns and (word[0].islower() or "Geox" in nouns[0].tag):
        return match.end(), nouns[0].normal_form
    return None


_CAPITALS = re.compile(r"[ \u00a0]+([А-ЯЁ]{2,5})(?![А-ЯЁа-яё])")


def _coordinated(text: str, pos: int, case: str, parse: Parse) -> int | None:
    """The end of ", NP, NP и NP" (in ``case``) after ``pos``: a list closed by "и", its last
    item maybe an abbreviation of common nouns ("строительства, архитектуры и ЖКХ")."""
    end = pos
    while True:
        joint = _AND.match(text, end)
        if joint:
            found = _noun_phrase(text, joint.end(), case, parse)
            if found is None and (short := _CAPITALS.match(text, joint.end())) \
                    and common_abbreviation(short.group(1), parse):
                return short.end()
            return _tail(text, found[0], parse) if found else None
        joint = _COMMA.match(text, end)
        found = _noun_phrase(text, joint.end(), case, parse) if joint else None
        if not found:
            return None
        end = found[0]


def _tail(text: str, pos: int, parse: Parse) -> int:
    """``pos`` moved over genitive complements ("по делам [беженцев]"), numbers ("[№ 29]") and
    the object of a deverbal topic ("по связям [с общественностью]")."""
    obj = _OBJECT.match(text, pos)
    found = _noun_phrase(text, obj.end(), "ablt" if obj.group("ins") else "datv", parse) if obj else None
    if found or text[pos - 3:pos] in ("нию", "тву"):  # "по управлению [зоной отчуждения]"
        pos = (found or _noun_phrase(text, pos, "ablt", parse) or (pos,))[0]
    if text[pos - 6:pos] == " делам" and (short := _CAPITALS.match(text, pos)) \
            and any("Geox" in p.tag for p in parse(short.group(1))):
        return short.end()  # "по делам [СНГ]": the place is the remit
    while True:
        number = _NUMBER.match(text, pos)
        if number:
            pos = number.end()
            continue
        found = _noun_phrase(text, pos, "gent", parse)
        if not found:
            return pos
        pos = found[0]
        coordinated = _coordinated(text, pos, "gent", parse)
        if coordinated:
            return coordinated


def topic_end(text: str, pos: int, parse: Parse) -> int | None:
    """The end of the "по" topic phrase right after ``pos``, or None."""
    po = _PO.match(text, pos)
    found = _noun_phrase(text, po.end(), "datv", parse) if po else None
    if not found or found[1] in ADVERBIAL and not _REMIT.match(text, po.end()):
        return None
    end = _tail(text, found[0], parse)
    return _coordinated(text, end, "datv", parse) or end


def _head(text: str, start: int, stop: int, parse: Parse) -> bool:
    words = re.findall(r"[А-ЯЁа-яё]+", text[start:stop])[:3]
    return any(p.normal_form in HEADS for word in words for p in parse(word.lower()))


def _after_head(text: str, start: int, parse: Parse) -> bool:
    """The span is the complement of a body noun before it ("комиссии [Совета федерации]")."""
    before = _BEFORE.search(text, max(0, start - 40), start)
    return bool(before) and any(p.normal_form in HEADS for p in parse(before.group(1).lower()))


def topic_complements(text: str, spans: list[Raw], parse: Parse) -> tuple[list[Raw], dict[Raw, Raw]]:
    """``spans`` with each organization named by a body noun extended over its "по" topic;
    and the extended spans by their originals."""
    extended = {}
    for span in spans:
        label, start, stop = span
        if label != "ORG" or not _head(text, start, stop, parse) or _after_head(text, start, parse):
            continue
        end = topic_end(text, stop, parse)
        if end is None and (inside := text.rfind(" по ", start, stop)) > start:
            end = topic_end(text, inside, parse)  # the span holds the topic's start: "Комитет по
            end = end if end and end > stop else None  # здравоохранению[, социальной политике и спорту]"
        if end:
            extended[span] = (label, start, end)
    return [extended.get(s, s) for s in spans], extended


_BODY = re.compile(r"(?i)(?:комитет|комисси|совет|агентств|бюро|управлени|департамент|служб|центр|трибунал|"
                   r"сборн|групп|отдел|дирекци|инспекци|организаци|штаб|ассоциаци)[а-яё]*")
_WORD_BEFORE = re.compile(r"(?<![А-ЯЁа-яё])[А-ЯЁа-яё]+$")


def _bodies(text: str, preposition: str) -> Iterator[re.Match]:
    """Matches of the body nouns right before " по " (or ``preposition``), found from the
    preposition back: a few per article, not a scan of every word."""
    needle = f" {preposition} "
    at = text.find(needle)
    while at >= 0:
        word = _WORD_BEFORE.search(text, max(0, at - 30), at)
        if word:
            match = _BODY.fullmatch(text, word.start(), at)
            if match:
                yield match
        at = text.find(needle, at + 1)



def _adjectives_before(text: str, start: int, case: str, parse: Parse) -> int:
    """``start`` moved back over the relational adjectives agreeing with the noun there ("[думского]
    комитета", not "прежнего")."""
    while True:
        match = _BEFORE.search(text, max(0, start - 40), start)
        word = match.group(1).lower() if match else ""
        if not word or not relational(word, parse) or not any(p.tag.case == case for p in parse(word)):
            return start
        start = match.start(1)


def topic_bodies(text: str, spans: list[Raw], parse: Parse) -> list[Raw]:
    """Bodies named by a common noun and their topic: "думского комитета по обороне", "Комиссия по
    ценным бумагам", "комиссию по борьбе с коррупцией" (outside every organization of ``spans``)."""
    organizations = [(a, b) for label, a, b in spans if label == "ORG"]
    found = []
    for match in _bodies(text, "по"):
        if any(a <= match.start() < b for a, b in organizations):
            continue
        heads = [p for p in parse(match.group().lower()) if p.normal_form in HEADS]
        end = topic_end(text, match.end(), parse) if heads else None
        if end:
            found.append(("ORG", _adjectives_before(text, match.start(), heads[0].tag.case, parse), end))
    return found


_PRI = re.compile(r"[ \u00a0]при(?=[ \u00a0])")


def attached_bodies(text: str, spans: list[Raw], parse: Parse) -> tuple[list[Raw], dict[Raw, Raw]]:
    """Bodies attached "при" another: "Следственного комитета при прокуратуре РФ",
    "Общественного совета при ГУ МВД России по Москве", "совета при президенте РФ" (NEREL train:
    7 of 7 such phrases inside one organization). The phrase after "при" ends with the name that
    starts there, or with the name right after a noun in the locative ("при главе [администрации
    Брянской области]"), not an adverbial one ("при поддержке"). Returns ``spans``
    with the bodies (the body alone, if a span, stays nested: "совета", "Нобелевским комитетом"
    are nested in NEREL train twice, not once) and the new spans by themselves."""
    names = _name_ends(spans)
    result, made = list(spans), {}
    for match in _bodies(text, "при"):
        heads = [p for p in parse(match.group().lower()) if p.normal_form in HEADS]
        pri = _PRI.match(text, match.end())
        if not heads or not pri:
            continue
        after = pri.end() + 1
        end = names.get(after)
        if end is None:
            found = _noun_phrase(text, pri.end(), "loct", parse)
            end = found and found[1] not in ADVERBIAL and names.get(found[0] + 1)
        if not end:
            continue
        new = ("ORG", _adjectives_before(text, match.start(), heads[0].tag.case, parse), end)
        result.append(new)
        made[new] = new
    return result, made


_LOWER_WORD = re.compile(r"[а-яё][а-яё-]*")


def coordinated_complements(text: str, spans: list[Raw], parse: Parse) -> tuple[list[Raw], dict[Raw, Raw]]:
    """``spans`` with each organization whose name ends in a genitive complement extended over
    the complements coordinated with it, and the name right after them: "Союза писателей [и
    журналистов России]", "Федерацию лесбиянок[, геев, бисексуалов и транссексуалов
    Аргентины]", "Норвежская академия наук [и литературы]"; and the extended spans by their
    originals. Only a name of two words or more ending in a lower-case word, and only lower-case
    complements: "правительства и силовых структур", "Госдумы и фракций", "Военно-воздушных сил
    и Морского флота" name two bodies (NEREL train: 4 names extended right, 1 wrong, "Общественного
    совета и полпредства"; of 14 lists of two bodies none taken). "управления" takes its object
    first: "департаментом управления [программами и конкурсных процедур Минобрнауки]"."""
    names = _name_ends(spans)
    extended = {}
    for span in spans:
        label, start, stop = span
        words = _LOWER_WORD.fullmatch(text, *_last_word(text, start, stop)) if label == "ORG" else None
        if not words or len(text[start:stop].split()) < 2:
            continue
        if not any(p.tag.case in _CASES["gent"] for p in parse(words.group())):
            continue
        managed = _noun_phrase(text, stop, "ablt", parse) if words.group() == "управления" else None
        after = managed[0] if managed else stop  # "департамента управления [имуществом]"
        end = _coordinated(text, after, "gent", parse) or (managed and after)
        upper = next((w for w in re.finditer(r"(?<![А-ЯЁа-яё])[А-ЯЁ][А-ЯЁа-яё]*", text[stop:end])
                      if not common_abbreviation(w.group(), parse)), None) if end else None
        if upper and names.get(stop + upper.start(), -1) >= end \
                and not re.search(r"(?:[ \u00a0]и|,)[ \u00a0]*$", text[stop:stop + upper.start()]):
            end = names[stop + upper.start()]  # the list's last complement took the name in: "… Аргентины";
            # a name after "и" is a second body: "Военно-воздушных сил и Морского флота"
        elif not end or upper:
            continue
        elif text[end:end + 1] == " " and end + 1 in names:
            end = names[end + 1]
        extended[span] = (label, start, end)
    return [extended.get(s, s) for s in spans], extended


def _last_word(text: str, start: int, stop: int) -> tuple[int, int]:
    space = max(text.rfind(" ", start, stop), text.rfind("\u00a0", start, stop))
    return (space + 1 if space >= 0 else start), stop


def _name_ends(spans: list[Raw]) -> dict[int, int]:
    """The end of the longest ORG or LOC span starting at each offset."""
    ends: dict[int, int] = {}
    for label, a, b in spans:
        if label in ("ORG", "LOC") and b > ends.get(a, -1):
            ends[a] = b
    return ends


def name_complements(text: str, spans: list[Raw], parse: Parse) -> tuple[list[Raw], dict[Raw, Raw]]:
    """``spans`` after ``topic_complements``, ``attached_bodies`` and ``coordinated_complements``
    in turn; and what each span of ``spans`` became (an extended span by its original, through
    all three steps; a new span by itself)."""
    became: dict[Raw, Raw] = {}
    for step in (topic_complements, attached_bodies, coordinated_complements):
        spans, made = step(text, spans, parse)
        for old, new in made.items():
            first = next((origin for origin, now in became.items() if now == old), old)
            became[first] = new
    return spans, became
