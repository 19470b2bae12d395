"""ru_newsner inside a user's own spaCy pipeline: ``nlp.add_pipe("ru_newsner")``.

The component runs our pipeline on ``doc.text`` and writes:
- ``doc.spans["ru_newsner"]``: every mention, nested ones kept;
- ``doc.ents``: a non-overlapping view (longest spans first);
- ``doc._.ru_newsner``: the typed ``Article`` record; ``span._.ru_newsner``: the mention record.
The Article is stored in ``doc.user_data`` as plain JSON data, so ``DocBin`` serializes it.
Spans follow the user's tokens (expanded to token bounds); the records keep exact offsets.
"""

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .records import Article

KEY = "ru_newsner"
DATA = "ru_newsner_article"
INDEX = "ru_newsner_index"


def _article(doc: Doc) -> Article | None:
    data = doc.user_data.get(DATA)
    return None if data is None else Article.model_validate(data)


def _mention(span: Span):
    article = _article(span.doc)
    index = span.doc.user_data.get(INDEX, {}).get(f"{span.start}:{span.end}:{span.label_}")
    return None if article is None or index is None else article.mentions[index]


def register_extensions() -> None:
    if not Doc.has_extension(KEY):
        Doc.set_extension(KEY, getter=_article)
    if not Span.has_extension(KEY):
        Span.set_extension(KEY, getter=_mention)


def annotate(doc: Doc, article: Article) -> Doc:
    """Write ``article`` onto ``doc`` (same text) as spans, ents and extension data."""
    if doc.text != article.text:
        raise ValueError("the Article's text differs from the Doc's text")
    spans, index = [], {}
    for i, m in enumerate(article.mentions):
        span = doc.char_span(m.start, m.stop, label=m.label, alignment_mode="expand")
        if span is None or not len(span):
            continue
        index.setdefault(f"{span.start}:{span.end}:{span.label_}", i)
        spans.append(span)
    doc.spans[KEY] = spans
    doc.ents = filter_spans(spans)
    doc.user_data[DATA] = article.model_dump(mode="json")
    doc.user_data[INDEX] = index
    return doc


def to_article(doc: Doc) -> Article:
    article = _article(doc)
    if article is None:
        raise ValueError("this Doc was not processed by the ru_newsner component")
    return article


def from_article(nlp: Language, article: Article) -> Doc:
    """A Doc of ``nlp``'s tokens carrying ``article`` (the reverse of :func:`to_article`)."""
    register_extensions()
    return annotate(nlp.make_doc(article.text), article)


class NewsNerComponent:
    def __init__(self, nlp: Language, name: str, published_at: str | None):
        from .pipeline import load

        register_extensions()
        self.pipeline = load()
        self.published_at = published_at

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc, self.pipeline(doc.text, published_at=self.published_at))

    def pipe(self, docs, batch_size: int = 32):
        from itertools import islice

        docs = iter(docs)
        while batch := list(islice(docs, batch_size)):
            items = [(d.text, {"published_at": self.published_at}) for d in batch]
            for doc, article in zip(batch, self.pipeline.pipe(items, batch_size=batch_size)):
                yield annotate(doc, article)


@Language.factory("ru_newsner", assigns=["doc.ents", "doc.spans", "doc._.ru_newsner"],
                  default_config={"published_at": None})
def make_component(nlp: Language, name: str, published_at: str | None):
    return NewsNerComponent(nlp, name, published_at)
