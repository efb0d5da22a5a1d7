"""The error handler: log the problem, tell the asker when it is safe to, and keep running."""

from __future__ import annotations

import logging

from telegram import Chat, Update
from telegram.error import NetworkError
from telegram.ext import ContextTypes

from bot.telegram import texts

logger = logging.getLogger(__name__)


async def log_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log an exception raised while handling an update, and apologise in private chats."""
    if update is None and isinstance(context.error, NetworkError):
        # Polling hiccups: python-telegram-bot retries by itself.
        logger.warning("Network problem talking to the Bot API: %s", context.error)
        return
    logger.error("Exception while handling an update:", exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query:
            # Telegram keeps the button spinning until the query is answered.
            await update.callback_query.answer(texts.ERROR_APOLOGY)
        elif update.effective_chat and update.effective_chat.type == Chat.PRIVATE:
            await context.bot.send_message(update.effective_chat.id, texts.ERROR_APOLOGY)
    except Exception:  # the apology is a courtesy: never fail over it
        logger.warning("Could not tell the user about the error", exc_info=True)
