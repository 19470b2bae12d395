"""One module per dump format; each has ``read(path, options) -> Iterator[RawArticle]``."""
