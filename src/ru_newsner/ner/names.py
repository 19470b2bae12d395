"""slovnet's spans → PersonMention / OrganizationMention / LocationMention records."""

import re
from collections.abc import Callable
from functools import partial

from spacy.tokens import Doc

from ..link.role_words import professions
from ..records import LocationMention, OrganizationMention, PersonMention, ValueMention
from ..rules.amounts import value_amount
from ..rules.money import elided_currencies, money_spans
from ..text.clean import cased, casing, clean_word, needs_recasing, tokenizer_view
from ..text.morph import Analysis
from ..text.normalize import CASES, head_normal, render
from ..text.person_names import name_gender, person_gender, person_normal
from ..text.segment import Token
from ..text.yo import recover_case, respect_spelling
from .apposed_names import apposed, kind_quoted_names
from .boundaries import repair, split_gloss, split_pipe
from .combine import DEFAULT_POLICY, combine
from .compass_places import compass_places
from .compose import bracketed_abbreviation, compose
from .contracted_names import body, contractions_apart
from .coordinated_names import coordinated_organizations
from .dictionary_names import persons_not_places
from .dictionary_places import dateline_places, dictionary_places, places_not_persons
from .eponyms import disease_eponyms, eponym_spans, named_organizations
from .facilities import is_facility, street_name
from .inner_places import inner_places
from .institution_model import institution_spans
from .latin_names import latin_persons
from .latin_places import latin_places
from .name_join import joined_names
from .numbered_bodies import numbered_bodies
from .org_head_model import model_heads
from .parts import balance_quotes, person_parts, split_legal_form, wiki_quotes_dropped
from .places import capitals, place_adjective_mentions
from .platforms import platform_compound, posted_on_platform
from .regions import region_spans
from .repeats import (completed_extents, completed_persons, declined_quotes, majority_labels, repeated_names,
                      surname_labels)
from .relabel import dateline_place, designation, holiday, relabel
from .shared_heads import shared_heads
from .span_leads import (common_lead, common_word, kind_lead, lone_common_word, people_lead, saint_lead, title_lead,
                         verb_lead)
from .span_types import one_type_per_span
from .topics import name_complements, topic_bodies
from .two_part_places import two_part_places
from .wiki_quotes import wiki_quoted_orgs


def _analysis(token, parse) -> Analysis:
    parses = parse(token.norm_)
    index = next((i for i, p in enumerate(parses) if str(p.tag) == token.tag_), -1)
    feats = tuple(sorted(token.morph.to_dict().items()))
    return Analysis(token.pos_, feats, token.lemma_, token.tag_, index)


def _tokens(doc: Doc, start: int, stop: int) -> list:
    span = doc.char_span(start, stop, alignment_mode="expand")
    return [t for t in span if not t.is_space and tokenizer_view(t.text).strip()
            and t.idx < stop and start < t.idx + len(t)] if span else []


_GENDERS = {"Masc": "male", "Fem": "female"}
_EDITORS_BRACKETS = re.compile(r"[\[\]]")  # an editor's insertion, no part of a person's name
_NAME_START = re.compile(r"(?<![^\s-])\w")  # a word's or a hyphenated part's first letter


def _agreeing_verb(doc: Doc, tokens: list, parse) -> str | None:
    """"Masc"/"Fem" of a verb in the past tense right after or before a name in the nominative,
    its subject ("Дана Уайт заявил", "сообщила Тунберг"): the sentence says the person's gender
    where the name's words may not ("Дана" is a woman's name too). An undeclined last word
    ("М.Шапиро возглавляла") counts as a nominative whatever case the tagger guessed."""
    verbs = [doc[i] for i in (tokens[-1].i + 1, tokens[0].i - 1) if 0 <= i < len(doc) and doc[i].pos_ in ("VERB", "AUX")]
    if not verbs or tokens[-1].morph.get("Case") != ["Nom"] and not _undeclined(tokens[-1].text, parse):
        return None
    for verb in verbs:
        morph = verb.morph.to_dict()
        if morph.get("Tense") == "Past" and morph.get("Number") == "Sing" and morph.get("Gender") in ("Masc", "Fem"):
            return morph["Gender"]
    return None


def _said_before(doc: Doc, tokens: list, parse) -> str | None:
    """"Fem" where the word right before the name is a woman's position in the name's case, in
    apposition to it ("актриса Мия Фэрроу", "теннисистке Наоми Осаке"); "Fem"/"Masc" where it is
    an adjective of one gender in that case, on it ("57-летняя Дебби Рейнольдс", "65-летний
    Бинг"). The tagger calls a name it does not know a man's, or a lone surname a woman's."""
    i = tokens[0].i - 1
    if i < 0 or doc[i].whitespace_ == "" or not doc[i].text.replace("-", "").isalnum() or doc[i].text[:1].isupper() \
            and i > 0 and not doc[i - 1].is_sent_end and doc[i - 1].text not in ".!?\n":
        return None  # a capitalized word inside a sentence is a name's: "Российская [Федерация]"
    case = CASES.get((tokens[-1].morph.get("Case") or [None])[0])
    parses = [p for p in parse(doc[i].text.lower()) if "sing" in p.tag]
    titles = [p for p in parses if p.tag.POS == "NOUN" and p.normal_form in professions()]
    undeclined = _undeclined(tokens[-1].text, parse)
    if titles:  # a man's title is either's: "директор Анна Смирнова"
        womans = all(p.tag.gender == "femn" for p in titles) and (undeclined or any(p.tag.case == case for p in titles))
        return "Fem" if womans else None
    if any(p.tag.POS != "ADJF" for p in parses[:1]) or any(p.tag.POS == "PRTF" for p in parses):
        return None  # a participle takes the name as its agent: "созданной Чавесом", "принадлежащая Берлускони"
    genders = {p.tag.gender for p in parses if p.tag.POS == "ADJF" and (undeclined or p.tag.case == case)}
    return {"femn": "Fem", "masc": "Masc"}.get(genders.pop()) if len(genders) == 1 else None


_WHICH = {"которая": "Fem", "который": "Masc"}


def _relative_after(doc: Doc, tokens: list, parse) -> str | None:
    """"Masc"/"Fem" of "который"/"которая" right after a comma after a declined name in the
    nominative, the clause's subject: "Мия Фэрроу, которая …" (a name in another case may be
    the genitive of the noun the clause is on: "книга Мии Фэрроу, которая вышла")."""
    j = tokens[-1].i + 1
    if j + 1 >= len(doc) or doc[j].text != "," or tokens[-1].morph.get("Case") != ["Nom"] \
            or _undeclined(tokens[-1].text, parse):
        return None
    return _WHICH.get(doc[j + 1].lower_)


def _gender(doc: Doc, tokens: list, ours: list, analyses: list, parse, tagged: str | None) -> str | None:
    """A person mention's gender: an agreeing verb's, else a woman's title's or an adjective's
    right before it, else "который"/"которая" after it, else the name's words' where the
    dictionary gives them one (``text.person_names.name_gender``), else ``tagged`` (the
    tagger's, corrected), but for a lone undeclined surname; none for a plural ("Скрипалей": a
    family)."""
    if not tokens or tokens[-1].morph.get("Number") == ["Plur"]:
        return None
    words = _agreeing_verb(doc, tokens, parse) or _said_before(doc, tokens, parse) \
        or _relative_after(doc, tokens, parse) or name_gender(ours, analyses, parse)
    if words or len(tokens) == 1 and _undeclined(tokens[0].text, parse):
        return words  # a lone undeclined surname: the tagger says "Masc" of any ("Тимошенко", "Шапиро")
    return tagged


def _undeclined(word: str, parse) -> bool:
    """A word whose every name reading is indeclinable ("Шапиро", "Меркель" as hers)."""
    names = [p for p in parse(word) if p.tag.grammemes & {"Name", "Surn"}]
    return bool(names) and all("Fixd" in p.tag for p in names)


def _outside_cut(normal: str, text: str, tokens: list, start: int, stop: int) -> str:
    """``normal`` without what its first and last words hold outside the span: "[Сочи]-2014",
    "Мисс [Россия]-2017" read as one word each, their normal forms "Сочи", "Россия"."""
    if not tokens:
        return normal
    before, after = text[tokens[0].idx:start], text[stop:tokens[-1].idx + len(tokens[-1])]
    if after and normal.endswith(after) and len(normal) > len(after):
        normal = normal[:-len(after)]
    if before and normal.startswith(before) and len(normal) > len(before):
        normal = normal[len(before):]
    return normal


def make_mention(doc: Doc, text: str, label: str, start: int, stop: int, parse, source="slovnet"):
    tokens = _tokens(doc, start, stop)
    ours = [Token(t.idx, t.idx + len(t), t.norm_) for t in tokens]  # repaired words (text.clean)
    analyses = [_analysis(t, parse) for t in tokens]
    common = dict(start=start, stop=stop, text=text[start:stop], source=source)
    if label == "PER":
        tagged = person_gender(ours, analyses, parse) if ours else None  # the name's words decline by it
        normal = wiki_quotes_dropped(_outside_cut(person_normal(text, ours, analyses, parse, tagged), text, tokens,
                                                  start, stop) if ours else text[start:stop])
        gender = _gender(doc, tokens, ours, analyses, parse, tagged)
        normal = " ".join(_EDITORS_BRACKETS.sub(" ", normal).split())  # "[кандидат … Любовь] Соболь"
        if not any(c.isupper() for c in common["text"]):  # an uncased text: "патрисия варгас"
            normal = _NAME_START.sub(lambda m: m.group().upper(), normal)
        parts = person_parts(normal.split(), [t.tag_ for t in tokens], lambda w: common_word(w, parse))
        return PersonMention(normal=normal, gender=_GENDERS.get(gender), **parts, **common)
    if label == "ORG" and ours and apposed(text, start, stop, parse):
        normal = render(text, ours, {})  # "туроператор «Милана Тур»": said in the nominative
    elif label == "ORG" and len(ours) == 1 and (named := body(text[start:stop], parse)):
        normal = named  # "Мосбиржи": "Мосбиржа", declined as "биржа"
    else:
        normal = head_normal(text, ours, analyses, parse, titled_names=label == "LOC") if ours else text[start:stop]
    normal = wiki_quotes_dropped(_outside_cut(normal, text, tokens, start, stop))
    if label == "ORG":
        normal = balance_quotes(normal)
        legal_form, name = split_legal_form(normal)
        return OrganizationMention(normal=normal, legal_form=legal_form, name=name, **common)
    if len(tokens) == 1 and tokens[0].pos_ == "ADJ" and tokens[0].tag_.startswith(("ADJF", "PRTF")) \
            and common["text"].replace("-", "").isalpha():
        # "Британские" → "Британский", as the rules'; a name the tagger took for an adjective
        # that the dictionary reads no adjective ("на острове Роббенэйланд", "провинции Чубут")
        # keeps the head noun's normal
        normal = recover_case(common["text"], respect_spelling(common["text"], tokens[0].lemma_))
    return LocationMention(normal=normal, **common)


def lower_case(words: str, sentence: Callable[[], list[str]], parse, article: str) -> bool:
    """Cased letters, none of them capital, and no digit: no name ("e-mail" after a line of
    phone numbers, "нее", "в"; NEREL train: 4 such slovnet spans, none right). "58-й армии"
    and scripts without case ("木村 次郎右衛門") are names. An ``article`` with no capital at
    all (RIA's dumps) says nothing by case ("patricia vargas" is a name there); in a sentence
    (the words ``sentence()`` gives) the models read recased (``text.clean.needs_recasing``)
    a word the dictionary writes with a capital is a name."""
    if words != words.lower() or words == words.upper() or any(c.isdigit() for c in words) \
            or not cased(article):
        return False
    if not needs_recasing([clean_word(word) for word in sentence()], True):
        return True
    return all(casing(word, parse) == "lower" for word in re.findall(r"\w+", words))


def _sentence_words(span) -> list[str]:
    return [t.text for t in span.sent if not t.is_space]


def slovnet_raw(text: str, spans, parse) -> list[tuple[str, int, int]]:
    """slovnet's spans with NEREL's boundaries (repaired, split, composed) as (label, start, stop)."""
    raw = []
    for span in spans:
        start, stop = verb_lead(text, *repair(text, span.label_, span.start_char, span.end_char), parse)
        if span.label_ == "PER":
            start, stop = title_lead(text, *common_lead(text, start, stop, parse), parse, professions())
        elif span.label_ == "ORG":
            start, stop = kind_lead(text, *people_lead(text, start, stop, parse), parse)
        if span.label_ != "PER" and lone_common_word(text, span.label_, start, stop, parse):
            continue
        if stop > start:
            for a, b in (g for piece in split_pipe(text, start, stop) for g in split_gloss(text, span.label_, *piece)):
                a, b = repair(text, span.label_, a, b)  # "[Касперского»] (ЛК)": the name's own quotes
                if b > a and not lower_case(text[a:b], partial(_sentence_words, span), parse, text):
                    raw.append((span.label_, a, b))
    raw = joined_names(text, contractions_apart(text, raw, parse), parse)
    raw = places_not_persons(text, persons_not_places(text, raw, parse), parse)  # labels by the dictionary
    return bracketed_abbreviation(text, compose(text, raw, parse), parse)


# a company's noun before a name the relabel table drops as a service ("Twitter", "YouTube")
_COMPANY = re.compile(r"(?<![\w-])(?:компани|корпораци|концерн|холдинг|фирм)[а-яё]{0,3}[ \u00a0]+[«\"]?$",
                      re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+[«\"]?$")


def _after_position(text: str, start: int, parse) -> bool:
    """A position's word stands right before ``start``: "глава Twitter", "сооснователя «Twitter»"
    (NEREL train: a company's Latin name after a position is an organization 12 times in 13;
    a common word the table drops is not: "председатель совета")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and any(p.normal_form in professions() for p in parse(before.group(1).lower()))


_COPYRIGHT = re.compile(r"(?:copyright|copyleft|\(c\)|©)\W*", re.IGNORECASE)
NAME_LABELS = ("PER", "ORG", "LOC")
# shipped from the model (dev F1 above 70); MONEY comes from rules.money, which beat the model
# on the held-out split of train (85.7 vs 71.7)
VALUE_LABELS = ("AGE", "PERCENT")


def value_mention(text: str, label: str, start: int, stop: int, source: str) -> ValueMention:
    """A MONEY/AGE/PERCENT mention with its amount, unit and qualifier (``rules.amounts``)."""
    return ValueMention(start=start, stop=stop, text=text[start:stop], label=label, source=source,
                        normal=" ".join(text[start:stop].split()),
                        **value_amount(label, text[start:stop])._asdict())


def _money_mentions(text: str, sums: list[tuple[int, int]]) -> list[ValueMention]:
    """MONEY mentions of ``sums``; an elliptical one takes the currency of the sum its sentence
    gave before it ("140,5 млрд рублей, дефицит — около 8 млрд": RUB)."""
    out = [value_mention(text, "MONEY", a, b, "rules") for a, b in sums]
    for i, j in elided_currencies(text, sums).items():
        if out[i].unit is None:
            out[i] = out[i].model_copy(update={"unit": out[j].unit})
    return out


def relabeled(doc: Doc, text: str, mentions: list, parse, table=None) -> list:
    """Mentions after ``ner.relabel``: dropped ("СМИ") or rebuilt under the label NEREL gives
    their normal form ("Кремль": ORG); organizations and places that name a facility
    (``ner.facilities``: "Исаакиевский собор", "Новодевичьем кладбище") and designations
    (``ner.relabel.designation``: "COVID-19", "ЕГЭ-2013") dropped."""
    out = []
    for m in mentions:
        before = text[max(0, m.start - 40):m.start]  # a quoted name's noun: "стадионе «Маракана»"
        if m.label in ("ORG", "LOC") and is_facility(m.label, m.text, parse, before=before):
            continue
        if m.label == "LOC" and street_name(text, m.start, parse):
            continue  # "на улице [Челюскинцев]"
        if posted_on_platform(text, m.start, m.stop) or platform_compound(text, m.start, m.stop):
            continue  # "написал в Facebook", "наш Telegram-канал"
        if _COPYRIGHT.fullmatch(m.text):
            continue  # a footer's "CopyRight © 2008-2014 БК55": the owner after it is the name
        if designation(m.text) or holiday(m.text):
            continue  # "COVID-19", "ЕГЭ-2013": a disease, a product, an event; "Хэллоуин", a holiday
        label = "LOC" if m.label in ("ORG", "PER") and dateline_place(text, m.start, m.stop, parse) \
            else relabel(m.label, m.normal, table)
        if label is None and m.label == "ORG" and (_COMPANY.search(text, max(0, m.start - 16), m.start)
                                                   or m.text.isascii() and _after_position(text, m.start, parse)):
            label = "ORG"  # "в отношении компании Twitter", "глава Twitter": the company, not the network
        if label == m.label:
            out.append(m)
        elif label is not None:
            out.append(make_mention(doc, text, label, m.start, m.stop, parse, m.source))
    return out


def _saints(text: str, spans: list) -> list:
    """PER spans with "святой" before them taken in (``span_leads.saint_lead``)."""
    return [(label, *saint_lead(text, a, b)) if label == "PER" else (label, a, b) for label, a, b in spans]


def _read_across(doc: Doc, text: str, mentions: list, parse, relabels) -> list:
    """Mentions with what the article's other uses of each name say (``ner.repeats``): cut
    organizations and persons completed, a name's type by most of its uses, a quoted
    organization's declined uses, its missed uses added (through the same drops as the first
    ones)."""
    stops, labels = completed_extents(text, mentions), {**majority_labels(mentions), **surname_labels(mentions, parse)}
    starts = completed_persons(text, mentions)
    if quotes := declined_quotes(text, mentions):
        at = {(m.start, m.stop): i for i, m in enumerate(mentions)}
        named = {}  # the organization's name as the article writes it in the nominative, not "Уральская стали"
        for a, b, known in quotes:
            m = make_mention(doc, text, "ORG", a, b, parse, mentions[at[a, b]].source if (a, b) in at else "rules")
            named[a, b] = m.model_copy(update={k: getattr(mentions[known], k) for k in ("normal", "legal_form", "name")})
        mentions = [named.pop((m.start, m.stop), m) for m in mentions] + list(named.values())
    mentions = [m if i not in stops and i not in labels and i not in starts else
                make_mention(doc, text, labels.get(i, m.label), starts.get(i, m.start), stops.get(i, m.stop),
                             parse, m.source)
                for i, m in enumerate(mentions)]
    return mentions + relabeled(doc, text, [make_mention(doc, text, label, a, b, parse, "rules")
                                            for label, a, b in repeated_names(text, mentions, parse)],
                                parse, relabels)


def _two_part_places(doc: Doc, text: str, mentions: list, parse) -> list:
    """Mentions with each two-part place name ("Тринидад и Тобаго", ``ner.two_part_places``)
    one location: the names inside it dropped, the whole added."""
    spans = two_part_places(text)
    if not spans:
        return mentions
    kept = [m for m in mentions if m.kind == "value"
            or not any(a <= m.start and m.stop <= b and (m.start, m.stop) != (a, b) for a, b in spans)]
    taken = {(m.start, m.stop) for m in kept if m.label == "LOC"}
    return kept + [make_mention(doc, text, "LOC", a, b, parse, "rules") for a, b in spans if (a, b) not in taken]


def _coordinated(text: str, mentions: list, parse) -> list:
    """Mentions with each organization named by adjectives coordinated before one head added
    whole ("Ленинградского и Волховского фронтов", ``ner.coordinated_names``), and each of those
    adjectives taken alone for an organization ("Оксфордском") dropped."""
    found = coordinated_organizations(text, [(m.label, m.start, m.stop) for m in mentions], parse)
    if not found:
        return mentions
    alone = {span for c in found for span in c.adjectives}
    kept = [m for m in mentions if m.label != "ORG" or (m.start, m.stop) not in alone]
    taken = {(m.start, m.stop) for m in kept if m.label == "ORG"}
    return kept + [OrganizationMention(start=c.start, stop=c.stop, text=text[c.start:c.stop], source="rules",
                                       normal=c.normal, name=c.normal)
                   for c in found if (c.start, c.stop) not in taken]


def _compass_places(doc: Doc, text: str, mentions: list, parse) -> list:
    """Mentions with the place inside each compass part of a place ("Восточной [Европы]") and
    each lower-case one ("[восточной Украины]") added (``ner.compass_places``)."""
    spans = compass_places(text, [(m.start, m.stop) for m in mentions if m.label == "LOC"], parse)
    taken = {(m.start, m.stop) for m in mentions}
    return mentions + [make_mention(doc, text, "LOC", a, b, parse, "rules") for a, b in spans if (a, b) not in taken]


def name_mentions(doc: Doc, text: str, spans, parse, model_spans=None, policy=None, relabels=None,
                  nationality=None, latin_place=None) -> list:
    """Typed records for the NER spans of slovnet (boundaries repaired, NEREL composition),
    of our span rules (common-noun organizations and heads inside organization names, each judged by a trained
    classifier; Latin names in wiki italics, parts of places, eponyms, places inside organization names,
    persons named in Latin script, "британской столице": source ``rules``) and, when given, of our model, combined per type by ``policy``; then
    relabeled by NEREL's conventions (``relabels``: a table for ``ner.relabel``, its data by
    default); place adjectives before nouns ``nationality`` accepts are no places
    (``ner.nationality``); Latin words ``latin_place`` accepts are places inside Latin
    organization names (``ner.latin_places``)."""
    raw = slovnet_raw(text, spans, parse)
    ruled = institution_spans(doc, raw, parse, text=text) + region_spans(doc, raw, parse, text) + eponym_spans(text, raw, parse)
    ruled += wiki_quoted_orgs(text, raw + ruled, parse) + kind_quoted_names(text, raw + ruled, parse)
    ruled += topic_bodies(text, raw + ruled, parse) + numbered_bodies(text, raw + ruled, parse)
    raw, became = name_complements(text, compose(text, raw + ruled, parse), parse)
    mine = set(ruled)
    ruled = [became.get(s, s) for s in ruled] + [s for o, s in became.items() if o not in mine]
    ruled += inner_places(text, raw, parse)
    if latin_place is not None:
        ruled += latin_places(text, raw + ruled, latin_place)
    ruled += model_heads(text, sorted(set(raw + ruled)), parse)
    ruled += latin_persons(text, raw + ruled)
    ruled += dictionary_places(text, raw + ruled, parse)
    ruled += dateline_places(text, raw + ruled, parse)
    raw, ruled = _saints(text, raw), _saints(text, ruled)
    raw = sorted(set(raw + ruled), key=lambda s: (s[1], -s[2]))
    if model_spans is None:
        sourced = [(*r, "slovnet") for r in raw]
    else:
        model = [s for s in model_spans if s[0] in NAME_LABELS]
        sourced = combine(raw, model, policy or DEFAULT_POLICY)
    sourced = named_organizations(text, sourced)  # "[ОмГУ] им. Ф.М. Достоевского": the whole name
    ruled = set(ruled)  # our rules' own spans say so in their source
    sourced = [(*s[:3], "rules") if s[:3] in ruled and s[3] == "slovnet" else s for s in sourced]
    mentions = relabeled(doc, text, [make_mention(doc, text, label, start, stop, parse, source)
                                     for label, start, stop, source in sourced], parse, relabels)
    mentions = _read_across(doc, text, mentions, parse, relabels)
    diseases = disease_eponyms(text, mentions)
    mentions = _two_part_places(doc, text, [m for i, m in enumerate(mentions) if i not in diseases], parse)
    mentions = _coordinated(text, _compass_places(doc, text, mentions, parse), parse)
    mentions += [value_mention(text, label, a, b, "model")
                 for label, a, b in model_spans or () if label in VALUE_LABELS]
    mentions += _money_mentions(text, money_spans(text, parse))
    inside = [(start, stop) for label, start, stop, _ in sourced if label in ("LOC", "PER")]
    organizations = [(start, stop) for label, start, stop, _ in sourced if label == "ORG"]
    adjectives = place_adjective_mentions(doc, inside, parse, text, nationality, organizations)
    taken = {(m.start, m.stop) for m in mentions}
    return one_type_per_span(text, shared_heads(text, mentions + adjectives + [
        make_mention(doc, text, "LOC", a, b, parse, "rules")
        for a, b in capitals(text, [(m.start, m.stop) for m in adjectives], parse) if (a, b) not in taken], parse))
