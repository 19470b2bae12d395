"""``load()`` builds a ``spacy.blank("ru")`` with our tokenizer and stages; ``Pipeline``
runs it and converts each Doc to an :class:`~ru_newsner.records.Article` at the boundary.
"""

import re
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from datetime import date, datetime

from ..errors import InputError, StageOrderError
from ..link.structure import site_of
from ..records import Article
from . import extensions as ext
from .collector import collected_rarely

# "ru_newsner_model" (our NEREL-trained model, models/nerel_ner) is opt-in, load(model=True):
# it adds AGE/PERCENT mentions for about 8% of throughput and 60 MB (bench/RESULTS.md).
DEFAULT_STAGES = ("ru_newsner_structure", "ru_newsner_morph", "ru_newsner_slovnet", "ru_newsner_names",
                  "ru_newsner_dates", "ru_newsner_laws")

Item = str | tuple[str, dict]
MAX_CHARS = 20_000_000  # one article; dump readers stop rows at 10 MB before that
_SURROGATE = re.compile("[\ud800-\udfff]")
_SMALL = re.compile("[a-zа-яё]")
Published = date | datetime | str | None


def _check_order(names: Iterable[str]) -> None:
    from .stages import STAGES

    gives = {cls.name: cls for cls in STAGES}
    done: set[str] = set()
    for name in names:
        cls = gives.get(name)
        if cls is None:
            continue
        missing = [n for n in cls.needs if n not in done]
        if missing:
            raise StageOrderError(f"stage {name!r} needs {missing} from an earlier stage")
        done.update(cls.gives)


def _published(value: Published) -> str | None:
    if value is None or isinstance(value, str):
        if isinstance(value, str):
            try:
                datetime.fromisoformat(value)
            except ValueError as err:
                raise InputError(f"published_at {value!r} is not ISO 8601: {err}") from None
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    raise InputError(f"published_at must be a date, datetime or ISO string, not {type(value)}")


class Pipeline:
    """Call it on a text, or ``pipe()`` over many; records come back in input order."""

    def __init__(self, nlp, workplaces: bool = False):
        _check_order(nlp.pipe_names)
        self.nlp = nlp
        self.workplaces = workplaces

    @property
    def stages(self) -> list[str]:
        return list(self.nlp.pipe_names)

    def __call__(self, text: str, *, id: str | None = None,
                 published_at: Published = None) -> Article:
        article = next(collected_rarely(self._pipe([(text, {"id": id, "published_at": published_at})], 1)))
        self._refresh()
        return article

    def pipe(self, items: Iterable[Item], batch_size: int = 64) -> Iterator[Article]:
        """Texts, or ``(text, meta)`` pairs, to Articles, in order. ``meta`` may hold ``id``,
        ``published_at`` and the passive fields ``title``, ``url``, ``source``, ``location``.

        spaCy keeps every word it has seen in its vocabulary (about 0.5 KB each, for good):
        over an archive of millions of articles that grows by gigabytes. So the texts go in
        segments of ``SEGMENT`` articles, and after a segment whose vocabulary passed
        ``VOCAB_LIMIT`` words the spaCy pipeline is built again with a fresh one (the
        models, shared, stay loaded; records do not depend on it). While it computes, the
        garbage collector runs less often (:mod:`.collector`)."""
        items = iter(items)
        for first in items:  # segments read lazily, like the items themselves
            yield from collected_rarely(self._pipe(chain([first], islice(items, SEGMENT - 1)), batch_size))
            self._refresh()

    def _refresh(self) -> None:
        """A fresh spaCy pipeline once the vocabulary passed ``VOCAB_LIMIT`` words."""
        if len(self.nlp.vocab) > VOCAB_LIMIT:
            self.nlp = build_nlp(self.stages)

    def _pipe(self, items: Iterable[Item], batch_size: int) -> Iterator[Article]:
        nlp, metas = self.nlp, deque()  # one spaCy pipeline for the whole segment

        def docs():
            for item in items:
                text, meta = (item, {}) if isinstance(item, str) else item
                if not isinstance(text, str):
                    raise InputError(f"expected a str text, got {type(text).__name__}")
                text = _SURROGATE.sub("\ufffd", text)  # lone surrogates (from JSON) cannot be encoded
                meta = _meta(meta)
                view = readable(text)
                doc = nlp.make_doc(view)
                setattr(doc._, ext.TEXT, view)
                if view is not text:
                    setattr(doc._, ext.WRITTEN, text)
                setattr(doc._, ext.PUBLISHED, meta["published_at"])
                ext.mark(doc, "tokens")
                metas.append(meta)
                yield doc

        stream = docs()
        for _, proc in nlp.pipeline:
            stream = proc.pipe(stream, batch_size=batch_size)
        for doc in stream:
            yield to_article(doc, workplaces=self.workplaces, **metas.popleft())


SEGMENT = 1000          # articles per segment of pipe()
VOCAB_LIMIT = 100_000   # words in spaCy's vocabulary before it is built afresh (~50 MB)


PASSIVE = ("title", "url", "source", "location")


def readable(text: str) -> str:
    """What the stages read: ``text`` itself, or for a text in one case throughout, lower
    (RIA's dumps) or ALL CAPS, a recased copy of the same length
    (``text.truecase.recased_view``), so that the models and the rules see names as cased
    news writes them; the records point into, and quote, ``text`` (:func:`as_written`)."""
    from ..text.clean import cased

    if cased(text) is (_SMALL.search(text) is not None):
        return text  # capitals and small letters both (the usual text), or no letter with a case
    from ..text.truecase import recased_view
    from .resources import shared

    return recased_view(text, shared().parse)


def as_written(article: Article, written: str) -> Article:
    """``article`` read from a recased view of ``written``: its text, each mention's and
    role's text and a law's title as ``written`` has them (offsets are the same; the
    structure, and so the title it finds, is read from ``written``); the normal forms and
    entity names keep the view's capitals ("юлии тимошенко" → "Юлия Тимошенко")."""
    view = article.text

    def quoted(value: str, start: int, stop: int) -> str:
        at = view.find(value, start, stop)
        return written[at:at + len(value)] if at >= 0 else value

    mentions = [m.model_copy(update={"text": written[m.start:m.stop]} | (
        {"title": quoted(m.title, m.start, m.stop)} if getattr(m, "title", None) else {})) for m in article.mentions]
    relations = [r.model_copy(update={"text": written[r.start:r.stop]}) for r in article.relations]
    return article.model_copy(update={"text": written, "mentions": mentions, "relations": relations})


def _meta(meta: dict) -> dict:
    unknown = set(meta) - {"id", "published_at", *PASSIVE}
    if unknown:
        raise InputError(f"unknown metadata {sorted(unknown)}; allowed: id, published_at, {', '.join(PASSIVE)}")
    raw_id = meta.get("id")
    result = {"id": None if raw_id is None else str(raw_id),
              "published_at": _published(meta.get("published_at"))}
    result.update({k: meta[k] for k in PASSIVE if meta.get(k) is not None})
    if "source" not in result and (site := site_of(result.get("url"))):
        result["source"] = site  # the site of the article's URL, before the one its header names
    return result


def to_article(doc, workplaces: bool = False, **meta) -> Article:
    from ..link.entities import cluster_entities, gender_of, surname_of, with_entity, written_names
    from ..link.structure import with_title_line
    from ..ner.merge import merge
    from .stages import word_spans

    text = ext.text_of(doc)
    mentions = written_names(merge(getattr(doc._, ext.MENTIONS) or [], text))
    entity_of, entities, normals = cluster_entities(mentions, text)
    structure = getattr(doc._, ext.STRUCTURE)
    if structure is not None:
        structure = with_title_line(structure, text, meta.get("title"))
        found = {"title": structure.title, "source": structure.source,
                 "published_at": getattr(doc._, ext.PUBLISHED)}
        given = {k: v for k, v in meta.items() if v is not None}  # the caller's fields win
        meta = {**meta, **{k: v for k, v in found.items() if v is not None}, **given}
    mentions = [with_entity(  # one copy per mention: its entity, section and agreeing normal form
        m, entity_of.get(i, m.entity), normals.get(i), surname_of(entities, entity_of.get(i)),
        gender_of(entities, entity_of.get(i)),
        section=structure.section(m.start) if structure is not None else m.section,
    ) for i, m in enumerate(mentions)]
    relations = roles_of(text, mentions, lambda: word_spans(doc), workplaces)
    article = Article(text=text, mentions=mentions, entities=entities, relations=relations, **meta)
    written = getattr(doc._, ext.WRITTEN)
    return article if written is None else as_written(article, written)


def roles_of(text: str, mentions: list, sentences=None, workplaces: bool = False) -> list:
    """Roles found by the rules (and with ``workplaces`` the workplace classifier), with the
    entities of their person and organization; ``sentences()``: the word spans of each
    sentence (``text.segment``'s if None)."""
    from ..link.roles import find_roles
    from .resources import shared

    resources = shared()
    return [role.model_copy(update={
        "person_entity": mentions[role.person].entity,
        "organization_entity": None if role.organization is None else mentions[role.organization].entity,
    }) for role in find_roles(text, mentions, resources.parse, resources.syntax, sentences, workplaces)]


def load(stages: Iterable[str] = DEFAULT_STAGES, *, structure: bool = True,
         model: bool = False, workplaces: bool = False) -> Pipeline:
    """Build the pipeline (models load once per process and are shared). ``structure=False``
    switches off header/body/footer detection (and its timestamp as the date anchor);
    ``model=True`` adds our NEREL-trained model (AGE and PERCENT mentions; about 0.95x the
    default pipeline's speed, see bench/RESULTS.md); ``workplaces=True`` adds the workplace
    classifier's person→organization roles (``title`` None, ``score`` set: more workplaces
    found, about 60% of the added ones right out of fold on NEREL train, so off by default)."""
    from .resources import shared

    stages = [s for s in stages if structure or s != "ru_newsner_structure"]
    if model and "ru_newsner_model" not in stages:
        stages.insert(stages.index("ru_newsner_slovnet") + 1, "ru_newsner_model")
    _check_order(stages)
    nlp = build_nlp(stages)
    shared()
    return Pipeline(nlp, workplaces)


# spaCy computes some 20 attributes of every new word (shape, affixes, like_num, like_url, …);
# our stages read only these (the norm is also written per token), so the rest are never
# computed: 4-11% of a cold run's time, records identical on NEREL dev
LEX_ATTRS = ("IS_SPACE", "LOWER", "NORM")


def build_nlp(stages: Iterable[str]):
    """A spaCy pipeline of our ``stages`` with a fresh vocabulary and our tokenizer."""
    import spacy
    from spacy.attrs import IDS

    from .stages import register_factories
    from .tokenizer import razdel_config

    register_factories()
    ext.register()
    nlp = spacy.blank("ru", config=razdel_config())
    getters = nlp.vocab.lex_attr_getters
    nlp.vocab.lex_attr_getters = {k: v for k, v in getters.items() if k in {IDS[a] for a in LEX_ATTRS}}
    nlp.max_length = MAX_CHARS  # no parser here: memory grows linearly with the text
    for name in stages:
        nlp.add_pipe(name)
    return nlp


_DEFAULT: list[Pipeline] = []


def default_pipeline() -> Pipeline:
    if not _DEFAULT:
        _DEFAULT.append(load())
    return _DEFAULT[0]
