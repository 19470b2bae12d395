"""HTML to plain text with the standard library's ``html.parser``.

Tags are dropped, block tags and ``<br>`` become line breaks, entities are unescaped,
``<script>``/``<style>`` content is dropped, runs of spaces collapse but newlines stay
(one ``\\n`` between paragraphs).
"""

import re
from html.parser import HTMLParser

BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 "
    "h5 h6 header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
SKIP_TAGS = frozenset({"script", "style", "noscript", "template"})
SPACES = re.compile(r"[ \t\r\f\v]+")
BREAKS = re.compile(r"\s*\n\s*")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in SKIP_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data.replace("\n", " "))


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment.

    >>> html_to_text("<p>Один &amp; два</p>\\n<p>три<script>x()</script>  четыре</p>")
    'Один & два\\nтри четыре'
    """
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    text = SPACES.sub(" ", "".join(collector.parts))
    return BREAKS.sub("\n", text).strip()
