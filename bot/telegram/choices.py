"""'Maksud Anda…?': buttons for the readings of an ambiguous question, and the press of one."""

from __future__ import annotations

import contextlib
import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.models import Choice
from bot.render import render_html
from bot.telegram import logs, texts
from bot.telegram.replies import note_if_unanswered
from bot.telegram.state import state_of

DATA = re.compile(r"^pilih:(?P<token>[\w-]+):(?P<index>\d+)$")
"""Callback data of a choice button: 'pilih:<token>:<index>', well under Telegram's 64 bytes."""


def keyboard(token: str, choices: tuple[Choice, ...]) -> InlineKeyboardMarkup:
    """One button per reading, one reading per row."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(choice.label, callback_data=f"pilih:{token}:{index}")]
            for index, choice in enumerate(choices)
        ]
    )


async def choose(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the question the way the pressed button reads it, in place of the prompt.

    Every button press comes here, so that no callback query ever goes unanswered.
    """
    query = update.callback_query
    assert query is not None
    state = state_of(context)
    match = DATA.match(query.data or "")
    pending = state.pending.pop(match["token"]) if match else None
    index = int(match["index"]) if match else -1
    if pending is None or not 0 <= index < len(pending.choices):
        # Buttons from before a restart, or pressed twice: say so, and take them away.
        await query.answer(texts.CHOICE_EXPIRED)
        with contextlib.suppress(BadRequest):
            await query.edit_message_reply_markup(reply_markup=None)
        return

    # Answered first, so the button stops spinning whatever happens next.
    await query.answer()
    chat_id = update.effective_chat.id if update.effective_chat else query.from_user.id
    reply = state.choose(chat_id, pending, pending.choices[index])
    logs.note_answer(reply)
    first, *rest = render_html(reply)
    await query.edit_message_text(first)
    for part in rest:
        await context.bot.send_message(chat_id, part)
    await note_if_unanswered(state, reply)
