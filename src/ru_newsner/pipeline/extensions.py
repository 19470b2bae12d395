"""The Doc attributes our stages write, registered once, on demand (never at import)."""

from spacy.tokens import Doc

MENTIONS = "ru_newsner_mentions"   # list of mention records, appended by each stage
STAGES = "ru_newsner_stages"       # names of what has been assigned so far
PUBLISHED = "ru_newsner_published_at"
SLOVNET_GROUP = "ru_newsner_slovnet"
SENTS = "ru_newsner_sents"           # token indices of each sentence, whitespace left out
WORDS = "ru_newsner_words"           # the repaired words of each sentence, as the models saw them
STRUCTURE = "ru_newsner_structure"   # header/body/footer bounds, title, source, timestamp
MODEL_SPANS = "ru_newsner_model_spans"  # (label, start, stop) from our trained model
TEXT = "ru_newsner_text"             # the text the stages read (spaCy rebuilds doc.text on each access)
WRITTEN = "ru_newsner_written"       # the input text where TEXT is a recased view of it, else None


def register() -> None:
    for name in (MENTIONS, STAGES, PUBLISHED, TEXT, WRITTEN, SENTS, WORDS, STRUCTURE, MODEL_SPANS):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def mark(doc: Doc, *done: str) -> None:
    stages = getattr(doc._, STAGES) or set()
    stages.update(done)
    setattr(doc._, STAGES, stages)


def add_mentions(doc: Doc, mentions) -> None:
    current = getattr(doc._, MENTIONS) or []
    current.extend(mentions)
    setattr(doc._, MENTIONS, current)


def written_of(doc: Doc) -> str:
    """The text as the input wrote it (``text_of`` may be a recased view of it)."""
    return getattr(doc._, WRITTEN) or text_of(doc)


def text_of(doc: Doc) -> str:
    text = getattr(doc._, TEXT)
    if text is None:
        text = doc.text
        setattr(doc._, TEXT, text)
    return text
