"""Structured logs: one INFO line per update the bot handles, with no token and no user text.

    update id=5021 kind=message chat=private command=- intent=count found=true replies=1 error=false
    throttled=false ms=7.9                                                  (one line in the log)

Every field is always there, '-' where it does not apply, so the lines can be read by `grep`,
`awk` or any logfmt parser:

- `kind`: message (text), command, media (a message without text), edited (an edited message),
  callback (a button press), inline (an inline query), channel (a channel post), other.
- `chat`: private, group, supergroup or channel; for an inline query, the type of chat it was
  typed in as Telegram reports it (sender, private, group, …).
- `command`: the name of a command the bot knows (`/tanya@bot …` → tanya), `other` for any other
  command. Never its arguments: they are the user's text.
- `intent`: what the engine took the question for; `found`: true, false, or `choice` when the
  bot asked "Maksud Anda…?". Both '-' when no question was answered (help, silence, …).
- `replies`: messages the bot sent or edited, and inline answers, for this update; 0 means it
  stayed silent (a group message not meant for it, an edit, …).
- `error`: true when a handler raised; the error handler logged the traceback just before.
- `throttled`: true when the update was beyond its sender's (or its group's) allowance
  (bot/telegram/allowance.py): it got the short note (`replies=1`) or silence (`replies=0`), and
  the engine never saw it.
- `ms`: from picking the update up to finishing with it, replies (and rate-limit waits) included.

The user's text is logged at DEBUG only (LOG_LEVEL=DEBUG), clipped.

How: `TracedApplication.process_update` wraps the handling of each update, so even updates no
handler takes get their line. The handlers note the engine's answer with `note_answer`, and the
rate limiter, through which python-telegram-bot sends every Bot API request, counts the replies.
Both find the update's trace in a context variable: python-telegram-bot awaits the handlers of
an update inside `process_update`, so they run in its context.
"""

from __future__ import annotations

import contextvars
import logging
import re
import time
from dataclasses import dataclass
from typing import Any

from telegram import Message, MessageEntity, Update
from telegram.ext import AIORateLimiter, Application, CommandHandler

from bot.models import Answer

logger = logging.getLogger(__name__)

REPLY_METHODS = frozenset(
    {"sendMessage", "editMessageText", "editMessageReplyMarkup", "answerInlineQuery"}
)
"""Bot API methods that show the user something: what `replies` counts."""
DEBUG_TEXT_CHARS = 200
"""At DEBUG the user's text is logged up to this length; a 4,096-character message is noise."""
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")
NONE = "-"


@dataclass
class UpdateTrace:
    """What the log line of one update says, filled in while the update is handled."""

    update_id: int | None
    kind: str
    chat: str
    command: str = NONE
    intent: str = NONE
    found: str = NONE
    replies: int = 0
    error: bool = False
    throttled: bool = False
    started: float = 0.0

    def line(self, elapsed_ms: float) -> str:
        """The log line: `key=value` pairs, values free of spaces."""
        return (
            f"update id={self.update_id if self.update_id is not None else NONE} "
            f"kind={self.kind} chat={self.chat} command={self.command} intent={self.intent} "
            f"found={self.found} replies={self.replies} error={str(self.error).lower()} "
            f"throttled={str(self.throttled).lower()} ms={elapsed_ms:.1f}"
        )


_current: contextvars.ContextVar[UpdateTrace | None] = contextvars.ContextVar(
    "update_trace", default=None
)


def _word(value: object) -> str:
    """A value as one logfmt word (chat types and intents are words already; be safe)."""
    text = str(value) if value is not None else ""
    return re.sub(r"[^\w.:-]", "_", text)[:40] or NONE


def _command_of(message: Message, known: frozenset[str]) -> str | None:
    """The name of the command the message starts with: a known one, 'other', or None."""
    for entity in message.entities:
        if entity.type == MessageEntity.BOT_COMMAND and entity.offset == 0:
            name = message.parse_entity(entity)[1:].split("@", 1)[0].lower()
            return name if name in known and _COMMAND_NAME.match(name) else "other"
    return None


def trace_of(update: object, known_commands: frozenset[str] = frozenset()) -> UpdateTrace:
    """A new trace for `update`: its kind, chat type and command, nothing of its text."""
    if not isinstance(update, Update):
        return UpdateTrace(None, "other", NONE, started=time.perf_counter())
    trace = UpdateTrace(update.update_id, "other", NONE, started=time.perf_counter())
    if update.message is not None:
        message = update.message
        trace.chat = _word(message.chat.type)
        command = _command_of(message, known_commands)
        if command is not None:
            trace.kind, trace.command = "command", command
        else:
            trace.kind = "message" if message.text is not None else "media"
    elif update.edited_message is not None:
        trace.kind, trace.chat = "edited", _word(update.edited_message.chat.type)
    elif update.channel_post is not None or update.edited_channel_post is not None:
        trace.kind, trace.chat = "channel", "channel"
    elif update.callback_query is not None:
        trace.kind = "callback"
        query_message = update.callback_query.message
        trace.chat = _word(query_message.chat.type) if query_message is not None else NONE
    elif update.inline_query is not None:
        trace.kind = "inline"
        trace.chat = _word(update.inline_query.chat_type or NONE)
    return trace


def _user_text(update: object) -> str | None:
    """The text the user typed, for DEBUG only."""
    if not isinstance(update, Update):
        return None
    if update.effective_message is not None:
        return update.effective_message.text or update.effective_message.caption
    if update.inline_query is not None:
        return update.inline_query.query
    if update.callback_query is not None:
        return update.callback_query.data
    return None


def note_answer(reply: Answer) -> None:
    """Note what the engine made of the question being handled (its intent, whether found)."""
    trace = _current.get()
    if trace is None:
        return
    trace.intent = _word(reply.intent) if reply.intent else NONE
    trace.found = "choice" if reply.choices else str(reply.found).lower()


def note_throttled() -> None:
    """Note that the update being handled was beyond its allowance, and not answered."""
    trace = _current.get()
    if trace is not None:
        trace.throttled = True


def _known_commands(application: Application) -> frozenset[str]:  # type: ignore[type-arg]
    """Every command some CommandHandler of the application answers."""
    return frozenset(
        command
        for handlers in application.handlers.values()
        for handler in handlers
        if isinstance(handler, CommandHandler)
        for command in handler.commands
    )


class TracedApplication(Application):  # type: ignore[type-arg]
    """The Application, logging one line per update it processes (see the module docstring)."""

    async def process_update(self, update: object) -> None:
        """Process `update` as usual, inside a trace that becomes its log line."""
        trace = trace_of(update, _known_commands(self))
        if logger.isEnabledFor(logging.DEBUG):
            text = _user_text(update)
            if text is not None:
                logger.debug("update id=%s text=%r", trace.update_id, text[:DEBUG_TEXT_CHARS])
        token = _current.set(trace)
        try:
            await super().process_update(update)
        finally:
            _current.reset(token)
            elapsed_ms = (time.perf_counter() - trace.started) * 1000
            logger.info("%s", trace.line(elapsed_ms))

    async def process_error(
        self, update: object | None, error: Exception, *args: Any, **kwargs: Any
    ) -> bool:
        """Mark the update's trace as failed, then let the error handlers have the error."""
        trace = _current.get()
        if trace is not None and update is not None:
            trace.error = True
        return await super().process_error(update, error, *args, **kwargs)


class CountingRateLimiter(AIORateLimiter):
    """AIORateLimiter that also counts, per update, the Bot API requests that reply to the user.

    python-telegram-bot passes every request through the rate limiter, which makes it the one
    place that sees all of them, whichever handler (or error handler) sends.
    """

    async def process_request(  # type: ignore[override]
        self,
        callback: Any,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        """Send the request the rate-limited way; count it once it succeeded."""
        result = await super().process_request(
            callback, args, kwargs, endpoint, data, rate_limit_args
        )
        trace = _current.get()
        if trace is not None and endpoint in REPLY_METHODS:
            trace.replies += 1
        return result
