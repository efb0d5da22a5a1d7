"""Inline mode: `@bot kata kunci` in any chat offers result cards, each a figure with its source."""

from __future__ import annotations

from telegram import (
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.models import Answer
from bot.render import render_html, render_html_blocks, source_line, split_messages
from bot.telegram import logs, texts
from bot.telegram.state import state_of

MAX_CARDS = 10
CACHE_SECONDS = 30
"""Short: answers change when an admin changes the knowledge base."""
TITLE_CHARS = 100
DESCRIPTION_CHARS = 200
START_PARAMETER = "inline"
"""Opens the private chat with /start inline, which shows the help."""


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _card(number: int, title: str, description: str, message: str) -> InlineQueryResultArticle:
    return InlineQueryResultArticle(
        id=str(number),
        title=_shorten(title, TITLE_CHARS),
        description=_shorten(description, DESCRIPTION_CHARS),
        input_message_content=InputTextMessageContent(message, parse_mode=ParseMode.HTML),
    )


def cards(reply: Answer) -> list[InlineQueryResultArticle]:
    """The whole answer first, then one card per statement with its own source."""
    citations = reply.citations
    first_source = f"Sumber: {source_line(citations[0])}" if citations else ""
    results = [_card(0, reply.summary, first_source, render_html(reply)[0])]
    if len(reply.findings) > 1:
        summary, *finding_blocks = render_html_blocks(reply)
        for number, finding in enumerate(reply.findings, start=1):
            source = f"Sumber: {source_line(finding.citations[0])}" if finding.citations else ""
            message = split_messages([summary, finding_blocks[number - 1]])[0]
            results.append(_card(number, finding.text, source, message))
    return results[:MAX_CARDS]


async def answer_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Offer result cards for the words typed after the bot's username."""
    query = update.inline_query
    assert query is not None
    words = query.query.strip()
    results: list[InlineQueryResultArticle] = []
    button_text = texts.INLINE_HELP
    if words:
        state = state_of(context)
        # No chat context: inline queries come from any chat, one keystroke at a time, and are
        # not recorded as unanswered for the same reason.
        reply = state.answer(words, state.kb)
        logs.note_answer(reply)
        if reply.found:
            results = cards(reply)
        else:
            button_text = texts.INLINE_NOT_FOUND
    button = (
        None if results else InlineQueryResultsButton(button_text, start_parameter=START_PARAMETER)
    )
    await query.answer(results, cache_time=CACHE_SECONDS, button=button)
