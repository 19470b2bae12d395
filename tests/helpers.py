"""Small helpers the NER tests share (imported as ``helpers``: pytest puts tests/ on the path)."""


def spans_of(text: str, *parts: tuple[str, str]) -> list[tuple[str, int, int]]:
    """(label, start, stop) of each (label, words) part, at the words' first place in ``text``."""
    out = []
    for label, words in parts:
        start = text.index(words)
        out.append((label, start, start + len(words)))
    return out


def texts_of(pipeline, text: str, label: str = "ORG") -> list[str]:
    """The texts of the ``label`` mentions ``pipeline`` finds in ``text``, in order."""
    return [m.text for m in pipeline(text).mentions if m.label == label]


def labelled(pipeline, text: str):
    """The article ``pipeline`` reads from ``text`` (its offsets checked) and its mentions as
    (label, text, normal) triples."""
    from conftest import assert_offsets

    article = pipeline(text)
    assert_offsets(article)
    return article, [(m.label, m.text, m.normal) for m in article.mentions]
