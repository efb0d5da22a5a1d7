"""A strict check of Telegram's HTML parse mode, for the tests: what Telegram would refuse fails."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

TELEGRAM_LIMIT = 4096
ALLOWED_TAGS = frozenset(
    {
        "a",
        "b",
        "blockquote",
        "code",
        "del",
        "em",
        "i",
        "ins",
        "pre",
        "s",
        "span",
        "strike",
        "strong",
        "tg-emoji",
        "tg-spoiler",
        "u",
    }
)
NAMED_ENTITIES = frozenset({"lt", "gt", "amp", "quot"})
_TAG = re.compile(r"</?([a-z][a-z-]*)(\s[^<>]*)?>")
_AMPERSAND = re.compile(r"&(?!(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);)")


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ALLOWED_TAGS, f"Telegram does not support <{tag}>"
        if tag == "a":
            assert dict(attrs).get("href"), "<a> without href"
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open, f"</{tag}> closes nothing"
        assert self.open[-1] == tag, f"</{tag}> closes <{self.open[-1]}>"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        assert name in NAMED_ENTITIES, f"Telegram knows no &{name};"
        self.text.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.text.append(html.unescape(f"&#{name};"))


def telegram_html_text(message: str) -> str:
    """The text a person sees for `message`; fails if Telegram would reject the HTML."""
    bare = _TAG.sub("", message)
    assert "<" not in bare, f"unescaped < in {message!r}"
    assert ">" not in bare, f"unescaped > in {message!r}"
    assert not _AMPERSAND.search(message), f"unescaped & in {message!r}"
    checker = _Checker()
    checker.feed(message)
    checker.close()
    assert not checker.open, f"unclosed tags {checker.open} in {message!r}"
    text = "".join(checker.text)
    assert text.strip(), "empty message"
    utf16_length = len(text.encode("utf-16-le")) // 2
    assert utf16_length <= TELEGRAM_LIMIT, f"{utf16_length} characters, over Telegram's limit"
    return text
