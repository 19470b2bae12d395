"""Entities from clusters: canonical name, aliases, parts, counts, first position."""

import re
from collections import Counter
from functools import cache

from ..records import LegalAct, Location, Organization, Person
from ..text.morph import analyzer
from ..text.person_names import MASCULINE_CASE_ENDING
from ..text.segment import sentence_start
from ..text.yo import fold
from .aliases import location_aliases
from .clusters import clusters, org_base, same_surname, same_words
from .initials import is_abbreviation
from .place_kinds import cue_kind, place_kind

ENTITY_OF = {"person": Person, "organization": Organization, "location": Location, "law": LegalAct}


def _person(members):
    """A first name and a surname rather than a first name and patronymic ("Михаил Горбачев",
    not "Михаил Сергеевич"), written out rather than initialled ("Владимир Варнавский", not
    "Варнавский В. А."), then the fullest, in the article's Cyrillic rather than a Latin gloss, of
    the most words; of several, not a declined copy of another ("Ларри Пейдж", not "Ларри
    Пейджу"), one the article itself writes so (a nominative: "Хулио Иглесиас", not the "Хулио
    Иглесиаса" a case slovnet misread left), then the most frequent, then the longest."""
    written = {m.text for m in members}
    normals = Counter(m.normal for m in members)
    best = max(members, key=lambda m: (bool(m.first and m.last), not (m.first or "").endswith("."),
                                       sum(bool(p) for p in (m.first, m.middle, m.last)), not m.normal.isascii(),
                                       len(m.normal.split()), not _declined_copy(m.normal, written),
                                       m.normal in written, normals[m.normal], len(m.normal)))
    return best.normal, dict(first=best.first, middle=best.middle, last=best.last, gender=_gender(members))


def _gender(members) -> str | None:
    """Most of the mentions' genders, one with a first name written out counting three times
    (its words say most: "Мэри Шапиро" against eight of "М.Шапиро", which the tagger reads as a
    man's); None on a tie."""
    votes = sum((3 if m.first and not m.first.endswith(".") else 1) * {"male": 1, "female": -1}.get(m.gender, 0)
                for m in members)
    return "male" if votes > 0 else "female" if votes < 0 else None


_OBLIQUE_TAIL = re.compile(r"(?:а|я|у|ю|е|ом|ем)$")


def _declined_copy(normal: str, written) -> bool:
    """The article writes this name with a case ending dropped: "Ларри Пейджу", "Хулио
    Иглесиаса" (the tagger read a nominative) beside "Ларри Пейдж", "Хулио Иглесиас" (in one
    person's cluster, a woman's "Немцова" and a man's "Немцов" are not both written)."""
    words = normal.split()
    for other in written:
        theirs = other.split()
        if other != normal and len(theirs) == len(words) and all(
                a == b or a.startswith(b) and _OBLIQUE_TAIL.fullmatch(a[len(b):]) for a, b in zip(words, theirs)):
            return True
    return False


_CASE_ENDING = re.compile(r"(?<=[бвгджзклмнпрстфхцчшщ])(?:а|у|ом|е|ы|ой|ам|ами|ах)$")


def _organization(members):
    """The fullest name (no abbreviation where a full name is there), of the most words, then
    the longest; not a declined copy of another name the normalizer left in its case
    ("Аякса" beside "Аякс")."""
    full = [m for m in members if not is_abbreviation(org_base(m.normal, m.legal_form))] or members
    names = {m.normal for m in full}
    undeclined = [m for m in full if _CASE_ENDING.sub("", m.normal) == m.normal
                  or _CASE_ENDING.sub("", m.normal) not in names]
    best = max(undeclined, key=lambda m: (len(m.normal.split()), len(m.normal)))
    return best.normal, dict(legal_form=best.legal_form)


_ADJECTIVE = re.compile(r"(?:ий|ый|ой)$")  # a place adjective's normal form: "северокорейский"


def _place_name(adjective: str) -> str | None:
    """The place a place adjective names by the alias table, written as a name, when the table's
    name is a place in pymorphy3's dictionary: "британский" → "Великобритания", "американский"
    → "США", "нью-йоркский" → "Нью-Йорк"; None for others."""
    name = location_aliases().get(fold(adjective).lower())
    if not name or " " in name:
        return None  # the table also holds declined phrases ("южной кореи")
    parses = [p for p in analyzer().parse(name) if p.is_known and "Geox" in p.tag and p.normal_form == name]
    if not parses:
        return None
    if "Abbr" in parses[0].tag:
        return name.upper()
    return "-".join(part[:1].upper() + part[1:] if len(part) > 2 else part for part in name.split("-"))


@cache
def _canonical_places() -> frozenset[str]:
    return frozenset(location_aliases().values())


def _location(members):
    """The place's own name the alias table knows ("Россия" for "РФ", "российский"), else the
    most frequent name that is no adjective ("Северная Корея", not "северокорейский"), else
    the place the adjectives name ("британские" → "Великобритания", :func:`_place_name`),
    else the most frequent; with the kind of place most of its forms are (``link.place_kinds``)."""
    canonical = _canonical_places()
    kind = {"place_kind": place_kind([m.normal for m in members])}
    nouns = [m for m in members if fold(m.normal) in canonical] \
        or [m for m in members if not _ADJECTIVE.search(m.normal)]
    if not nouns:
        named = Counter(filter(None, (_place_name(m.normal) for m in members))).most_common(1)
        if named:
            return named[0][0], kind
    best = Counter(m.normal for m in nouns or members).most_common(1)[0][0]
    return best, kind


def _law(members):
    return max((m.normal for m in members), key=len), {}


NAMERS = {"person": _person, "organization": _organization, "location": _location, "law": _law}


def _count(records) -> int:
    """Mentions not nested in another mention of the same entity."""
    return sum(not any(o is not m and o.start <= m.start and m.stop <= o.stop and (o.start, o.stop) != (m.start, m.stop)
                       for o in records) for m in records)


def written_names(mentions: list) -> list:
    """Mentions of a person written as the normal form another mention of the article was
    declined into taking that form and its parts: "Валерия Касамара", read as a man's genitive
    ("Валерий Касамар"), where "Валерией Касамарой" gives "Валерия Касамара" (so the written
    words are a nominative of a name of the article). Names of two words or more."""
    declined = {fold(m.normal): m for m in mentions
                if m.kind == "person" and m.normal != m.text and " " in m.normal}
    if not declined:
        return mentions
    out = []
    for m in mentions:
        same = declined.get(fold(m.text)) if m.kind == "person" else None
        out.append(m if same is None or fold(same.normal) == fold(m.normal) else m.model_copy(update={
            "normal": same.normal, "first": same.first, "middle": same.middle, "last": same.last}))
    return out


def build_entities(mentions: list, text: str = "") -> tuple[list, list]:
    """Return (mentions with ``entity`` set and their normal form agreeing with it, entities);
    mentions must be in text order."""
    mentions = written_names(mentions)
    entity_of, entities, normals = cluster_entities(mentions, text)
    linked = [with_entity(m, entity_of.get(i, m.entity), normals.get(i), surname_of(entities, entity_of.get(i)),
                          gender_of(entities, entity_of.get(i))) for i, m in enumerate(mentions)]
    return linked, entities


def surname_of(entities: list, index: int | None) -> str | None:
    """The surname of entity ``index`` if it is a person's."""
    return getattr(entities[index], "last", None) if index is not None else None


def gender_of(entities: list, index: int | None) -> str | None:
    """The gender of entity ``index`` if it is a person's and has one."""
    return getattr(entities[index], "gender", None) if index is not None else None


def with_entity(mention, entity: int | None, normal: str | None, surname: str | None = None,
                gender: str | None = None, **update):
    """The mention's copy with its entity and, where the entity corrects it, its normal form
    (and its surname, the same word; a lone word the tagger read as a first name that the
    entity's ``surname`` corrects is that surname: "Пейджу и [Брину]" of Сергей Брин). A lone
    word so corrected is read in the entity's ``gender``: "в Марше [Голунова]" of Иван Голунов
    is a man's genitive, not a woman's nominative."""
    if normal is not None:
        update["normal"] = normal
        if getattr(mention, "last", None) == mention.normal:
            update["last"] = normal
        if gender is not None and " " not in normal and getattr(mention, "gender", None) not in (None, gender):
            update["gender"] = gender
    word = update.get("normal", mention.normal)
    if surname is not None and word == surname and " " not in word and getattr(mention, "first", None) in (
            mention.normal, word) and not getattr(mention, "last", None):
        update.update(first=None, last=word)
    return mention.model_copy(update={"entity": entity, **update})


def _surname_agreeing(m, last: str | None, first: str | None = None) -> str:
    """A lone surname's normal form as the person's full name has it: "Солженицына" (read as
    a woman's nominative) of Александр Солженицын is "Солженицын", "Абрамов" of Микелла
    Абрамова "Абрамова"; also a lone word the tagger read as a first name, where it is the
    person's surname up to an ending and not the first name ("Брину" of Сергей Брин)."""
    if not last or len(m.normal.split()) != 1 or len(last.split()) != 1:
        return m.normal
    mine, theirs = fold(m.normal), fold(last)
    if m.first and (not same_surname(mine, theirs) or first and same_surname(mine, fold(first))
                    or fold(m.text) != theirs and (len(mine) <= len(theirs) or mine[-1:] in "иеоё")):
        return m.normal  # a first name alone; or not written as the surname, nor its declined form
    if MASCULINE_CASE_ENDING.search(theirs) and not MASCULINE_CASE_ENDING.search(mine):
        return m.normal  # the full name's surname left declined ("Ковингтоном"): not the form to spread
    return last if mine != theirs and same_surname(mine, theirs) else m.normal


def _first_agreeing(m, first: str | None, last: str | None) -> str:
    """A lone first name's normal form as the person's full name has it: "Серены" of Серена
    Уильямс is "Серена" (a word the dictionary does not know stays as the tagger read it)."""
    if not first or len(m.normal.split()) != 1 or len(first.split()) != 1 or first.endswith("."):
        return m.normal
    mine, theirs = fold(m.normal), fold(first)
    if mine == theirs or not same_surname(mine, theirs) or last and same_surname(mine, fold(last)) \
            or _OBLIQUE_FIRST.search(theirs):  # the full name's first name left declined: "Нааму"
        return m.normal
    return first


_OBLIQUE_FIRST = re.compile(r"(?:у|ю|ом|ем|ой|ей)$")


def _name_agreeing(m, name: str, written: set[str]) -> str | None:
    """A person's name of two words or more as the entity's name has it, where that name is
    written so in the article and the two differ only by case endings: "Хулио Иглесиаса" (a
    case the tagger misread) of Хулио Иглесиас, "Ким Чон Наму" of Ким Чон Нам; None otherwise."""
    mine, theirs = fold(m.normal), fold(name)
    return name if mine != theirs and name in written and same_words(mine, theirs) else None


def _sentence_cased(records, text: str) -> list[str]:
    """Normal forms with a capital that only a sentence's start gave them written as the
    entity's other mentions have them: "Полиция задержала …" → "полиция" where the article
    also writes "сотрудники полиции", "Российские власти" → "российские власти"."""
    normals = [m.normal for m in records]
    lowered = {n for n, m in zip(normals, records) if n[:1].islower() and not sentence_start(text, m.start, lines=True)}
    return [n[:1].lower() + n[1:] if n[:1].isupper() and n[:1].lower() + n[1:] in lowered
            and sentence_start(text, m.start, lines=True) else n for n, m in zip(normals, records)]


def cluster_entities(mentions: list, text: str = "") -> tuple[dict[int, int], list, dict[int, str]]:
    """Return ({mention index: entity index}, entities, {mention index: corrected normal
    form}); mentions must be in text order."""
    entities, entity_of, corrected = [], {}, {}
    for kind, members in clusters(text, mentions):
        records = [mentions[i] for i in members]
        if kind in ("organization", "location") and text:
            normals = _sentence_cased(records, text)
            records = [m.model_copy(update={"normal": n}) if n != m.normal else m for m, n in zip(records, normals)]
        name, extra = NAMERS[kind](records)
        if kind == "location" and extra.get("place_kind") is None and text:
            extra = {**extra, "place_kind": cue_kind(text, [m.start for m in records])}  # "в городе Тулун"
        if kind == "person":
            written = {m.text for m in records}
            normals = [_name_agreeing(m, name, written) or _surname_agreeing(m, extra.get("last"), extra.get("first"))
                       for m in records]
            normals = [_first_agreeing(m, extra.get("first"), extra.get("last")) if n == m.normal else n
                       for m, n in zip(records, normals)]
        else:
            normals = [m.normal for m in records]
        aliases = sorted(set(normals) - {name})
        for i, normal in zip(members, normals):
            entity_of[i] = len(entities)
            if normal != mentions[i].normal:
                corrected[i] = normal
        entities.append(ENTITY_OF[kind](name=name, aliases=aliases, mentions=members,
                                        count=_count(records), first_start=records[0].start, **extra))
    return entity_of, entities, corrected
