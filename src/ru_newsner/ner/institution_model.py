"""Organizations named by a common noun, judged in context: "полиция задержала", "власти
Москвы", "сенат США", "пресс-служба ФСБ" are organizations in NEREL; "к власти", "на
службе", "в суде присяжных" mostly are not.

The candidates are ``ner.institutions``' (a noun outside every ORG span, bare, with the
mention or common noun after it in the genitive, with the adjectives before it), of the nouns
that head an organization at least twice in NEREL train; each extent a candidate can take
(the noun alone, with a place adjective, with its relational or all its agreeing adjectives)
is described by words (the lemma with its form, extent, number and case, the word before and
after, whether a position noun precedes it, capitals, the adjective it starts with) and scored
by a logistic regression trained on NEREL train (``bench/train_institutions.py``, which writes
``data/institution_model.tsv``). A candidate's best extent is an organization when it scores
at least the table's threshold. It replaced a lexicon of lemma and form (``data/institutions.tsv``,
which still names the nouns ``ner.relabel`` reads as organizations' heads): out of fold on
train, ORG F1 of the whole pipeline 85.9 with the lexicon, 86.3 with the classifier.
"""

from collections.abc import Iterator
from functools import lru_cache
from importlib.resources import files

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from ..linear import Weights, read_weights, score
from ..link.role_words import professions
from ..text.yo import fold
from .institutions import Candidate, candidates, span_start

Raw = tuple[str, int, int]
EXTENTS = ("noun", "place", "adj", "rel")  # span_start's extents; the first of those that start alike names it


@lru_cache(maxsize=1)
def shipped() -> Weights:
    """The trained table shipped in ``ner/data/institution_model.tsv``."""
    return read_weights(files("ru_newsner.ner").joinpath("data", "institution_model.tsv").read_text("utf-8"),
                        "institution model")


@lru_cache(maxsize=4)
def _lemmas(words: str) -> frozenset[str]:
    return frozenset(words.split())


def model_lemmas(model: Weights) -> frozenset[str]:
    """The nouns whose candidates ``model`` judges (its ``lemmas`` note)."""
    return _lemmas(model.notes.get("lemmas", ""))


def _word(doc: Doc, i: int, step: int):
    """The token next to position ``i`` in direction ``step`` (-1, 1), across a blank token;
    None past the text's ends. Unlike ``institutions._next_word`` (which finds a candidate's
    complement) it also returns punctuation glued to the word: "," or "." after a candidate is
    context the classifier reads."""
    i += step
    if 0 <= i < len(doc) and doc[i].is_space:
        i += step
    return doc[i] if 0 <= i < len(doc) else None


def _lemma(token, edge: str) -> str:
    return fold(token.lemma_.lower()) if token is not None else edge


def features(doc: Doc, c: Candidate, start: int, extent: str, starts: dict, stops: dict) -> list[str]:
    """The words that describe candidate ``c`` taken from ``start`` (``starts``, ``stops``:
    the Doc's token indexes by their start and end offsets, :func:`token_offsets`)."""
    noun = doc[starts[c.noun_start]]
    first = doc[starts[start]] if start in starts else noun
    last = doc[stops[c.stop]] if c.stop in stops else None
    before = _word(doc, first.i, -1)
    after = _word(doc, last.i, 1) if last is not None else None
    prev, nxt = _lemma(before, "<s>"), _lemma(after, "</s>")
    number = "".join(noun.morph.get("Number"))
    words = [f"L={c.lemma}", f"LF={c.lemma}|{c.form}", f"F={c.form}", f"E={extent}", f"LE={c.lemma}|{extent}|{c.form}",
             f"P={prev}", f"LP={c.lemma}|{prev}", f"N={nxt}", f"PP={before.pos_ if before is not None else '-'}",
             f"NUM={number}", f"CASE={''.join(noun.morph.get('Case'))}", f"LNUM={c.lemma}|{number}",
             f"CAP={noun.text[:1].isupper()}", f"SS={noun.is_sent_start}"]
    if prev in professions():
        words.append("PPROF")  # "главы [администрации]": the post's body
    if start != c.noun_start:
        adjective = _lemma(first, "")
        words += [f"A={adjective}", f"LA={c.lemma}|{adjective}"]
    return words


def token_offsets(doc: Doc) -> tuple[dict[int, int], dict[int, int]]:
    """The Doc's token indexes by their start and by their end offsets (read from its arrays:
    no Token object made for every word)."""
    offsets = doc.to_array([IDX, LENGTH])
    indexes = range(len(doc))
    return dict(zip(offsets[:, 0].tolist(), indexes)), dict(zip(offsets.sum(axis=1).tolist(), indexes))


def candidate_rows(doc: Doc, spans: list[Raw], parse=None, lemmas: frozenset[str] | None = None,
                   text: str | None = None) -> Iterator[tuple[Candidate, tuple[int, int], list[str]]]:
    """(candidate, span, words) for every extent of every candidate of ``lemmas`` (all
    nouns if None) outside ``spans``' organizations (``text``: the Doc's, if held)."""
    offsets = None
    for c in candidates(doc, spans, lemmas, parse, text):
        if offsets is None:
            offsets = token_offsets(doc)
        extents: dict[int, str] = {}
        for extent in EXTENTS:
            extents.setdefault(span_start(c, extent), extent)
        for start, extent in extents.items():
            yield c, (start, c.stop), features(doc, c, start, extent, *offsets)


def institution_spans(doc: Doc, spans: list[Raw], parse=None, model: Weights | None = None,
                      text: str | None = None) -> list[Raw]:
    """ORG spans for the candidates whose best extent ``model`` (the shipped table by
    default) accepts (``text``: the Doc's, if held)."""
    model = model or shipped()
    best: dict[Candidate, tuple[float, tuple[int, int]]] = {}
    for c, span, words in candidate_rows(doc, spans, parse, model_lemmas(model), text):
        p = score(model, words)
        if c not in best or p > best[c][0]:
            best[c] = (p, span)
    return [("ORG", a, b) for p, (a, b) in best.values() if p >= model.threshold]
