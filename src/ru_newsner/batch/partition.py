"""The pure "process one partition" function: input rows in, one output row each, in order.

Shared by the local process pool and distributed engines: it needs only a pipeline and a
list of :class:`~ru_newsner.io.raw.RawArticle`, and returns plain JSON-ready dicts.
"""

from collections.abc import Sequence

from ..io.raw import RawArticle
from ..records import Article, ArticleError

Row = dict  # Article.model_dump(mode="json")


def error_row(raw: RawArticle, code: str, message: str) -> Row:
    """An output row for an input that could not be processed; nothing is dropped."""
    return Article(
        id=raw.id, text=raw.text if isinstance(raw.text, str) else "", location=raw.location,
        title=raw.title, url=raw.url, error=ArticleError(code=code, message=message[:500]),
    ).model_dump(mode="json")


def _item(raw: RawArticle) -> tuple[str, dict]:
    meta = {"id": raw.id, "published_at": raw.published_at, "title": raw.title,
            "url": raw.url, "location": raw.location, "source": raw.meta.get("source")}
    return raw.text, meta


def _one(pipeline, raw: RawArticle) -> Row:
    try:
        return next(pipeline.pipe([_item(raw)])).model_dump(mode="json")
    except Exception as err:  # noqa: BLE001 - one article's failure is reported, not raised
        return error_row(raw, getattr(err, "code", None) or type(err).__name__, str(err))


def process_partition(pipeline, raws: Sequence[RawArticle], batch_size: int = 64) -> list[Row]:
    """Extract every readable row; unreadable or failing rows become error rows, in place."""
    rows: list[Row | None] = [None] * len(raws)
    good = []
    for i, raw in enumerate(raws):
        if raw.error is not None:
            rows[i] = error_row(raw, *raw.error)
        elif not isinstance(raw.text, str):
            rows[i] = error_row(raw, "no_text", "the row has no text")
        else:
            good.append(i)
    try:
        articles = list(pipeline.pipe([_item(raws[i]) for i in good], batch_size=batch_size))
        for i, article in zip(good, articles):
            rows[i] = article.model_dump(mode="json")
    except Exception:  # noqa: BLE001 - find the culprit one by one, keep the rest
        for i in good:
            rows[i] = _one(pipeline, raws[i])
    return rows  # type: ignore[return-value]
