"""The allowance in front of the engine: handlers that answer are wrapped with `gated`.

`gated(callback)` asks the Allowance (bot/telegram/allowance.py) whether the sender, and the
group it asks in, may have an answer now, and runs the handler only if so. Beyond the allowance
the first update gets texts.SLOW_DOWN and the rest silence; both are marked `throttled=true` in
the update's log line (bot/telegram/logs.py), and neither reaches the engine.

Only updates a handler takes are counted: chatter in a group that is not meant for the bot, edits
and the like never reach a gated handler, so they never spend a group's budget. Admin commands are
not counted for admins. Button presses are not gated: each answers a question already allowed.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Awaitable, Callable, Iterable

from telegram import Chat, InlineQueryResultsButton, Update
from telegram.ext import BaseHandler, CallbackContext, ContextTypes

from bot.settings import Settings
from bot.telegram import inline, logs, texts
from bot.telegram.allowance import Allowance, Clock, Rate, Verdict
from bot.telegram.replies import reply_parts
from bot.telegram.state import state_of

ALLOWANCE_KEY = "allowance"
"""Where the Allowance lives in `application.bot_data`."""

HandlerCallback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Awaitable[None]]


def allowance_from(settings: Settings, clock: Clock = time.monotonic) -> Allowance:
    """The allowances the settings ask for (THROTTLE_*), timed by `clock`."""
    return Allowance(
        user=Rate(settings.throttle_user_per_second, settings.throttle_user_burst),
        group=Rate(settings.throttle_group_per_minute / 60, settings.throttle_group_burst),
        inline=Rate(settings.throttle_inline_per_second, settings.throttle_inline_burst),
        clock=clock,
    )


def allowance_of(context: CallbackContext) -> Allowance:  # type: ignore[type-arg]
    """The Allowance of the Application that is handling this update."""
    allowance = context.bot_data[ALLOWANCE_KEY]
    assert isinstance(allowance, Allowance)
    return allowance


def sender_of(update: Update) -> int | None:
    """Whose allowance an update spends: the user's, or the chat's it was sent on behalf of.

    Anonymous group admins and channels writing in a group all arrive as one user
    (GroupAnonymousBot, Channel_Bot); their `sender_chat` tells them apart.
    """
    message = update.effective_message
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id
    user = update.effective_user
    return user.id if user is not None else None


def verdict_for(update: Update, allowance: Allowance) -> Verdict:
    """Whether `update` is answered, gets the note, or gets silence."""
    sender = sender_of(update)
    if sender is None:
        return Verdict.ANSWER  # nobody to count it against (Telegram always says who asks)
    if update.inline_query is not None:
        return allowance.inline(sender)
    chat = update.effective_chat
    group = chat.id if chat is not None and chat.type != Chat.PRIVATE else None
    return allowance.question(sender, group)


async def send_note(update: Update) -> None:
    """Say, once, that the bot answers one question at a time."""
    if update.inline_query is not None:
        # No cards, the note on the button; not cached, so the same words work again later.
        button = InlineQueryResultsButton(texts.SLOW_DOWN, start_parameter=inline.START_PARAMETER)
        await update.inline_query.answer([], cache_time=0, is_personal=True, button=button)
    elif update.effective_message is not None:
        await reply_parts(update.effective_message, [texts.SLOW_DOWN])


def gated(callback: HandlerCallback, *, admins_exempt: bool = False) -> HandlerCallback:
    """`callback`, run only within the sender's allowance (always for admins if `admins_exempt`)."""

    @functools.wraps(callback)
    async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user = update.effective_user
        if admins_exempt and user is not None and state_of(context).is_admin(user.id):
            await callback(update, context)
            return
        verdict = verdict_for(update, allowance_of(context))
        if verdict is Verdict.ANSWER:
            await callback(update, context)
            return
        logs.note_throttled()
        if verdict is Verdict.NOTE:
            await send_note(update)

    return gate


def gate_handlers(
    handlers: Iterable[BaseHandler],  # type: ignore[type-arg]
    *,
    admins_exempt: bool = False,
) -> list[BaseHandler]:  # type: ignore[type-arg]
    """`handlers`, each with its callback gated."""
    gated_handlers = list(handlers)
    for handler in gated_handlers:
        handler.callback = gated(handler.callback, admins_exempt=admins_exempt)
    return gated_handlers
