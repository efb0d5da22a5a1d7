"""Sending what the bot has to say, and keeping note of what it could not answer."""

from __future__ import annotations

import asyncio
import logging

from telegram import Chat, InlineKeyboardMarkup, Message

from bot.models import Answer
from bot.telegram.state import BotState
from knowledge.unanswered import record_unanswered_in

logger = logging.getLogger(__name__)


async def reply_parts(
    message: Message, parts: list[str], reply_markup: InlineKeyboardMarkup | None = None
) -> None:
    """Send `parts` (HTML, each under the length limit) in answer to `message`.

    In groups each part replies to the asking message, so the answer stays in its thread; the
    keyboard, if any, goes with the last part.
    """
    in_group = message.chat.type != Chat.PRIVATE
    for number, part in enumerate(parts, start=1):
        await message.reply_text(
            part,
            do_quote=in_group,
            reply_markup=reply_markup if number == len(parts) else None,
        )


async def note_if_unanswered(state: BotState, reply: Answer) -> None:
    """Record a question the engine could not answer (its text and the time, nothing else)."""
    if not reply.unanswered:
        return
    # sqlite-utils blocks: run it beside the event loop, with a connection of its own.
    recorded = await asyncio.to_thread(record_unanswered_in, state.kb_path, reply.question)
    if not recorded:
        logger.debug(
            "No knowledge base file at %s: unanswered question not recorded", state.kb_path
        )
