"""Rendering: plain text for batch and terminal, escaped and split HTML for Telegram."""

import html
import re

from bot.models import Answer, Finding
from bot.render import TELEGRAM_LIMIT, render_html, render_text, split_messages
from knowledge.models import Citation

HOSTILE = '<script>alert("x")</script> & <b>tebal</b>'


def _answer(quote: str = HOSTILE, findings: int = 1) -> Answer:
    citation = Citation(article_id="a", title="Judul <i>", publisher="Media & Co", quote=quote)
    return Answer(
        question="?",
        found=True,
        summary=f"Ringkasan {HOSTILE}",
        findings=tuple(
            Finding(text=f"Temuan {i} {HOSTILE}", citations=(citation,)) for i in range(findings)
        ),
    )


def _strip_known_tags(text: str) -> str:
    return re.sub(r"</?(?:b|i|a)(?: href=\"[^\"]*\")?>", "", text)


def test_html_escapes_everything_from_users_and_articles() -> None:
    (message,) = render_html(_answer())
    leftover = _strip_known_tags(message)
    assert "<" not in leftover
    assert ">" not in leftover
    assert html.unescape(leftover).count('<script>alert("x")</script>') == 3


def test_plain_text_keeps_the_text_as_is() -> None:
    text = render_text(_answer())
    assert HOSTILE in text
    assert "Sumber: Judul <i> — Media & Co" in text


def test_long_answers_are_split_under_the_limit_at_paragraphs() -> None:
    messages = render_html(_answer(quote="kata " * 300, findings=12))
    assert len(messages) > 1
    assert all(len(m) <= TELEGRAM_LIMIT for m in messages)
    assert all(not m.startswith("\n") for m in messages)


def test_a_paragraph_longer_than_the_limit_is_cut_with_tags_balanced() -> None:
    block = "<b>" + ("x" * 50 + " ") * 200 + "</b>"
    messages = split_messages([block], limit=1000)
    assert all(len(m) <= 1000 for m in messages)
    for message in messages:
        assert message.count("<b>") == message.count("</b>")
