"""Our stages as spaCy components. Each declares what it needs and gives; a stage run
before what it needs raises :class:`StageOrderError` instead of producing ``None`` later.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from itertools import islice

import numpy
from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, MORPH, NORM, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.symbols import IDS, NUM
from spacy.tokens import Doc

from ..errors import StageOrderError
from . import extensions as ext
from .resources import shared


def require(doc: Doc, stage: str, needs: Iterable[str]) -> None:
    done = getattr(doc._, ext.STAGES) or set()
    missing = [n for n in needs if n not in done]
    if missing:
        raise StageOrderError(
            f"stage {stage!r} needs {missing} first; build the pipeline with "
            f"ru_newsner.load() or add the stages that assign them before {stage!r}"
        )


def batches(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    docs = iter(docs)
    while batch := list(islice(docs, size)):
        yield batch


def sentence_indices(doc: Doc) -> list[list[int]]:
    """Indices of the non-space tokens of each sentence; sentences of only whitespace are
    left out (computed once, kept on the doc)."""
    indices = getattr(doc._, ext.SENTS)
    if indices is None:
        from ..text.clean import tokenizer_view  # gaps of control characters are not words

        # spaCy rebuilds doc.text from every token on each access; the tokenizer's view keeps
        # every offset, so it is made once for the whole text, not once per token
        view = tokenizer_view(ext.text_of(doc))
        indices, sent = [], []
        for i, (start, length, space, sent_start) in enumerate(
                doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).tolist()):
            if sent_start == 1 and sent:
                indices.append(sent)
                sent = []
            if not space and view[start:start + length].strip():
                sent.append(i)
        indices = [s for s in indices + [sent] if s]
        setattr(doc._, ext.SENTS, indices)
    return indices


def word_spans(doc: Doc) -> list[list[tuple[int, int]]]:
    """``(start, stop)`` of :func:`sentence_indices`' tokens, read from the doc's offset arrays
    (no Token objects made)."""
    rows = doc.to_array([IDX, LENGTH]).tolist()
    return [[(rows[i][0], rows[i][0] + rows[i][1]) for i in sent] for sent in sentence_indices(doc)]


def texts_of(doc: Doc) -> list[list[str]]:
    """The texts of :func:`sentence_indices`' tokens."""
    text = ext.text_of(doc)
    return [[text[a:b] for a, b in sent] for sent in word_spans(doc)]


def words_of(doc: Doc) -> list[list]:
    """Non-space tokens of each sentence; sentences of only whitespace are left out."""
    return [[doc[i] for i in sent] for sent in sentence_indices(doc)]


class Stage:
    name = "stage"
    needs: tuple[str, ...] = ()  # our stage names, checked on every doc
    gives: tuple[str, ...] = ()
    assigns: tuple[str, ...] = (f"doc._.{ext.MENTIONS}",)  # spaCy's view of the same
    requires: tuple[str, ...] = ()

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in batches(docs, batch_size):
            for doc in batch:
                require(doc, self.name, self.needs)
            self.process(batch)
            for doc in batch:
                ext.mark(doc, *self.gives)
            yield from batch

    def process(self, docs: list[Doc]) -> None:
        raise NotImplementedError


class StructureStage(Stage):
    """Header, body and footer of a scraped page; the header's timestamp becomes the anchor
    for relative dates when the caller gave no ``published_at``."""

    name, gives = "ru_newsner_structure", ("structure",)
    assigns = (f"doc._.{ext.STRUCTURE}",)

    def process(self, docs):
        from ..link.structure import detect

        for doc in docs:
            found = detect(ext.written_of(doc))  # its title and source as written
            setattr(doc._, ext.STRUCTURE, found)
            if getattr(doc._, ext.PUBLISHED) is None and found.published_at:
                setattr(doc._, ext.PUBLISHED, found.published_at)


ATTRS = [NORM, POS, MORPH, LEMMA, TAG]


class MorphStage(Stage):
    """UD POS and feats from slovnet; lemma and OpenCorpora tag from pymorphy3."""

    name, gives = "ru_newsner_morph", ("morph",)
    assigns = ("token.pos", "token.morph", "token.lemma", "token.tag", "token.norm")

    def process(self, docs):
        from ..text.tagger import tag_sentences

        from ..text.clean import cased, model_words

        res = shared()
        per_doc = []
        for doc in docs:
            capitals = cased(ext.text_of(doc))
            per_doc.append([model_words(texts, res.parse, capitals) for texts in texts_of(doc)])
        for doc, words in zip(docs, per_doc):  # the slovnet stage reads the same words
            setattr(doc._, ext.WORDS, words)
        tags = iter(tag_sentences(res.morph, [w for words in per_doc for w in words]))
        for doc, words in zip(docs, per_doc):
            # written through the doc's arrays, not token by token: the same values as
            # token.norm_/pos_/set_morph/lemma_/tag_, without a Token object per word
            known, table = self._rows_of(doc.vocab)
            positions, kept = [], []
            for sent, sent_words in zip(sentence_indices(doc), words):
                for i, word, (pos, feats) in zip(sent, sent_words, next(tags)):
                    row = known.get((word, pos, feats))
                    if row is None:
                        row = known[word, pos, feats] = len(known)
                        if row == len(table):  # one article of more new words than the table holds
                            table = numpy.concatenate([table, table])
                            self._rows = (doc.vocab, known, table)
                        table[row] = self._row(doc.vocab, res.analyze(word, pos, feats), word, pos)
                    positions.append(i)
                    kept.append(row)
            rows = doc.to_array(ATTRS)
            rows[positions] = table[kept]
            doc.from_array(ATTRS, rows)

    _ROWS_LIMIT = 50_000  # (word, UD tag) rows kept; news words repeat

    def _rows_of(self, vocab) -> tuple[dict, numpy.ndarray]:
        """The row cache of ``vocab`` (the strings of its rows are in that vocabulary's store):
        ``(word, pos, feats)`` → its row's index in the table, emptied when the vocabulary is
        another or the cache is full; one row of five uint64 per entry, not a tuple of Python ints."""
        cache = getattr(self, "_rows", None)
        if cache is None or cache[0] is not vocab or len(cache[1]) >= self._ROWS_LIMIT:
            table = cache[2] if cache is not None else numpy.zeros((self._ROWS_LIMIT, len(ATTRS)), dtype=numpy.uint64)
            cache = self._rows = (vocab, {}, table)
        return cache[1], cache[2]

    @staticmethod
    def _row(vocab, a, word: str, pos: str) -> tuple[int, ...]:
        strings = vocab.strings
        return (strings.add(word), IDS[pos], vocab.morphology.add(a.morph or ""), strings.add(a.lemma),
                strings.add(a.tag))


class SlovnetStage(Stage):
    """PER, ORG, LOC spans from slovnet's news NER into ``doc.spans``."""

    name, gives = "ru_newsner_slovnet", ("slovnet",)
    assigns = ("doc.spans",)

    def process(self, docs):
        from ..ner.slovnet import tag_sentences
        from ..text.clean import cased, model_words

        res = shared()
        per_doc = []
        for doc in docs:
            words = getattr(doc._, ext.WORDS) if "morph" in (getattr(doc._, ext.STAGES) or ()) else None
            if words is None:  # no morph stage before: repair the words here
                capitals = cased(ext.text_of(doc))
                words = [model_words([t.text for t in s], res.parse, capitals) for s in words_of(doc)]
            per_doc.append(words)
        spans = iter(tag_sentences(res.ner, [w for words in per_doc for w in words]))
        for doc, words in zip(docs, per_doc):
            group = []
            for sent, sent_spans in zip(getattr(doc._, ext.SENTS), (next(spans) for _ in words)):
                for label, first, last in sent_spans:
                    group.append(doc[sent[first]:sent[last - 1] + 1])
                    group[-1].label_ = label
            doc.spans[ext.SLOVNET_GROUP] = group


MODEL_BATCH = 4  # docs per forward pass: 32 at once raised the peak RSS from 573 to 925 MB
WINDOW_BATCH = 16  # value windows per forward pass (less transient memory than 64, as fast)


class ModelStage(Stage):
    """Our NER model trained on NEREL (models/), run on a copy of each doc's tokens, a few
    docs per forward pass (the spans do not depend on it; the peak memory does).

    Where the merge policy (``ner.combine.DEFAULT_POLICY``) takes no name type from the
    model, only its value types are used (AGE, PERCENT: ``ner.names.VALUE_LABELS``), so the
    model runs only on the words around a cue (:func:`value_windows`) and gives value spans
    alone."""

    name, gives = "ru_newsner_model", ("model",)
    assigns = (f"doc._.{ext.MODEL_SPANS}",)

    def process(self, docs):
        from ..ner.combine import DEFAULT_POLICY
        from ..ner.model import load_model

        model = load_model()
        if any(how != "slovnet" for how, _ in DEFAULT_POLICY.values()):
            spans = _model_spans(model, [(doc, 0, len(doc)) for doc in docs], MODEL_BATCH)
            for doc, found in zip(docs, spans):
                setattr(doc._, ext.MODEL_SPANS, found)
            if len(model.vocab) > MODEL_VOCAB_LIMIT:
                load_model.cache_clear()
            return
        from ..ner.names import VALUE_LABELS

        pieces = [piece for doc in docs for piece in value_windows(doc)]
        found = {id(doc): [] for doc in docs}
        for (doc, _, _), spans in zip(pieces, _model_spans(model, pieces, WINDOW_BATCH)):
            found[id(doc)] += [s for s in spans if s[0] in VALUE_LABELS]
        for doc in docs:
            setattr(doc._, ext.MODEL_SPANS, found[id(doc)])
        if len(model.vocab) > MODEL_VOCAB_LIMIT:  # every word seen stays in it: load afresh
            load_model.cache_clear()


MODEL_VOCAB_LIMIT = 100_000
# the stems that make "пятилетний", "столетие", "двухнедельный", "полуторагодовалый"
NUMERAL_STEM = r"(?:^сто|^полу|одно|дву|двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|дцати|сорока|девяноста|сот|тысяче|полутора)"
# a cue word: "%", "процентов", "возрасте", "годовщина", "несовершеннолетний", "лет" (the word
# itself), and "лет", "годовал", "месячн", "недельн" after a number, a hyphen or a numeral stem
# ("68-летний", "34-хлетний", "10-летия", "пятилетняя", "двухмесячный"); not "лето", "полет",
# "пистолет", "понедельник", "многолетний"
VALUE_CUE = re.compile(
    r"%|(?:^|[\d‐‑-])(?:процент|возраст|годовщин|годовал)|^лет$|совершеннолет"
    rf"|(?:[\d‐‑-](?:х|и|ти)?|{NUMERAL_STEM})(?:лет|годовал|месячн|недельн)", re.I)
# cues only after a small number: "21 год", "на 81-м году", "72-х летний", "11 летнего"
YEAR_WORD = re.compile(r"(?:год|года|году|годам|годами|годом|летн\w*|лети[еяюй]\w*)", re.I)
# where either can start: every position, overlapping (a zero-width lookahead consumes nothing)
CUE_START = re.compile(r"(?=%|процент|лет|возраст|год|месячн|недельн)", re.I)
SMALL_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d+)?(?:[-‐‑]\w+)?")  # "21", "1,5", "81-м"; not "2016"
# tokens before and after a cue: values reach further left of their cue ("более чем на 40 %",
# "в возрасте 68 лет") than right; on NEREL train 6 and 4 give the same AGE/PERCENT spans as
# 6 and 6 in 12% fewer words (5 and 4: a PERCENT fewer; 6 and 2: three AGE fewer)
VALUE_BEFORE, VALUE_AFTER = 6, 4


def _cue(text: str, rows: list, sent: list[int], j: int) -> bool:
    """A value cue (``VALUE_CUE``: "%", "процентов", "лет", "68-летний", "возрасте", …), or
    "год"/"года"/"летний" after a small number ("21 год", "на 81-м году", "72-х летний";
    not "в 2016 году"), in digits or words (slovnet's NUM)."""
    start, length, _ = rows[sent[j]]
    if VALUE_CUE.search(text[start:start + length]):
        return True
    if j == 0 or not YEAR_WORD.fullmatch(text, start, start + length):
        return False
    before_start, before_length, pos = rows[sent[j - 1]]
    before = text[before_start:before_start + before_length]
    return bool(SMALL_NUMBER.fullmatch(before)) or pos == NUM and not before[:1].isdigit()


def value_windows(doc: Doc) -> list[tuple[Doc, int, int]]:
    """``(doc, first token, stop token)`` pieces that can hold an AGE or PERCENT: the
    ``VALUE_BEFORE`` words before a cue word (:func:`_cue`) and ``VALUE_AFTER`` after it,
    overlapping windows joined, within a sentence. On NEREL train they hold 98.6% of the AGE
    and PERCENT mentions in about 6.5% of the words (whole sentences with a digit or a cue: 99.9% in
    45%); the rest are bare numbers ("Ковалев, 73, …").

    Only the words where a cue can start are looked at (found in the text by one regex),
    not every word."""
    text = ext.text_of(doc)
    starts = [m.start() for m in CUE_START.finditer(text)]
    if not starts:
        return []
    rows = doc.to_array([IDX, LENGTH, POS]).tolist()
    sents = sentence_indices(doc)
    firsts = [sent[0] for sent in sents]
    token_starts = [row[0] for row in rows]
    pieces, seen = [], set()
    for at in starts:
        token = bisect_right(token_starts, at) - 1
        if token in seen:
            continue
        seen.add(token)
        s = bisect_right(firsts, token) - 1
        if s < 0:
            continue
        sent = sents[s]
        j = bisect_left(sent, token)
        if j == len(sent) or sent[j] != token or not _cue(text, rows, sent, j):
            continue
        lo, hi = max(0, j - VALUE_BEFORE), min(len(sent), j + VALUE_AFTER + 1)
        if pieces and pieces[-1][0] is sent and lo <= pieces[-1][2]:
            pieces[-1][2] = hi
        else:
            pieces.append([sent, lo, hi])
    return [(doc, sent[lo], sent[hi - 1] + 1) for sent, lo, hi in pieces]


def _model_spans(model, pieces: list[tuple[Doc, int, int]], batch: int) -> list[list[tuple[str, int, int]]]:
    """The model's (label, start, stop) spans, in the doc's character offsets, for each
    ``(doc, first token, stop token)`` piece, run on a copy of the piece's tokens."""
    copies, offsets, arrays = [], [], {}
    for doc, a, b in pieces:
        if id(doc) not in arrays:  # offsets from the doc's arrays: no Token object per word
            arrays[id(doc)] = doc.to_array([IDX, LENGTH, SPACY]).tolist()
        rows, text = arrays[id(doc)][a:b], ext.text_of(doc)
        words = [text[start:start + length] for start, length, _ in rows]
        copies.append(Doc(model.vocab, words=words, spaces=[bool(space) for _, _, space in rows]))
        offsets.append(rows[0][0] if rows else 0)
    for _, proc in model.pipeline:
        copies = list(proc.pipe(copies, batch_size=batch))
    return [[(e.label_, start + e.start_char, start + e.end_char) for e in copy.ents]
            for copy, start in zip(copies, offsets)]


class NamesStage(Stage):
    """slovnet spans → typed mention records with repaired boundaries and normal forms."""

    name, needs, gives = "ru_newsner_names", ("morph", "slovnet"), ("names",)
    requires = ("token.pos", "token.morph", "token.lemma", "token.tag")

    def process(self, docs):
        from ..ner.names import name_mentions

        res = shared()
        for doc in docs:
            spans = doc.spans[ext.SLOVNET_GROUP]
            model = getattr(doc._, ext.MODEL_SPANS) if "model" in (getattr(doc._, ext.STAGES) or ()) else None
            ext.add_mentions(doc, name_mentions(doc, ext.text_of(doc), spans, res.parse, model,
                                              nationality=res.nationality, latin_place=res.latin_place))


class DatesStage(Stage):
    """DATE and TIME mentions, resolved against the doc's ``published_at``."""

    name, gives = "ru_newsner_dates", ("dates",)

    def process(self, docs):
        from ..rules.dates import find_dates

        for doc in docs:
            ext.add_mentions(doc, find_dates(ext.text_of(doc), getattr(doc._, ext.PUBLISHED)))


class LawsStage(Stage):
    """LAW mentions: acts, codes and references into them."""

    name, gives = "ru_newsner_laws", ("laws",)

    def process(self, docs):
        from ..rules.laws import find_laws

        for doc in docs:
            ext.add_mentions(doc, find_laws(ext.text_of(doc)))


STAGES = (StructureStage, MorphStage, SlovnetStage, ModelStage, NamesStage, DatesStage, LawsStage)


def _factory(cls):
    @Language.factory(cls.name, assigns=list(cls.assigns), requires=list(cls.requires))
    def make(nlp: Language, name: str):
        ext.register()
        return cls()

    return make


def register_factories() -> None:
    """Make our stages known to spaCy (idempotent)."""
    for cls in STAGES:
        if not Language.has_factory(cls.name):
            _factory(cls)
