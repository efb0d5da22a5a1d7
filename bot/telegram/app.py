"""The Telegram bot: every way an update reaches a handler, and how the bot runs.

TELEGRAM_BOT_TOKEN=… python -m bot                       long polling
TELEGRAM_BOT_TOKEN=… WEBHOOK_URL=https://… python -m bot  webhook (see bot/settings.py)
TELEGRAM_API_BASE_URL=http://127.0.0.1:8081/bot …        a local Bot API server or emulator
"""

from __future__ import annotations

import logging
import secrets

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.settings import Settings
from bot.suggest import prepare
from bot.telegram import admin, choices, errors, handlers, inline, texts, throttle
from bot.telegram.addressing import AddressedToBot, FromOtherBot
from bot.telegram.admin_links import FETCH_KEY
from bot.telegram.kb_sync import SYNC_KEY, KnowledgeSync, read_version, refresh_before_update
from bot.telegram.logs import CountingRateLimiter, TracedApplication
from bot.telegram.state import STATE_KEY, BotState
from knowledge.index import load_kb

logger = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY]
"""The update kinds the handlers below use; Telegram sends no others."""
RATE_LIMIT_RETRIES = 3
"""Times a request refused with 429 (RetryAfter) is sent again, each after the wait Telegram
asks for; python-telegram-bot's default, 0, would fail the reply instead."""


def build_application(
    settings: Settings, state: BotState, *, request: BaseRequest | None = None
) -> Application:  # type: ignore[type-arg]
    """The Application, with every way a message enters the bot wired to its handler.

    `request` replaces the HTTP client for the bot's calls (tests record them without a network).
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    builder = (
        Application.builder()
        .application_class(TracedApplication)  # one log line per update: bot/telegram/logs.py
        .token(settings.telegram_bot_token.get_secret_value())
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                # Citations link to their articles; previews of them would bury the answer.
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                allow_sending_without_reply=True,
            )
        )
        .rate_limiter(CountingRateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .post_init(register_commands)
    )
    if settings.telegram_api_base_url:
        builder = builder.base_url(settings.telegram_api_base_url)
        if file_url := file_base_url(settings.telegram_api_base_url):
            builder = builder.base_file_url(file_url)
    if request is not None:
        builder = builder.request(request)
    application = builder.build()
    application.bot_data[STATE_KEY] = state
    application.bot_data[SYNC_KEY] = KnowledgeSync(state)
    application.bot_data[throttle.ALLOWANCE_KEY] = throttle.allowance_from(settings)
    application.bot_data[FETCH_KEY] = settings.fetch_settings()
    # Before any handler: pick up changes other processes (python -m knowledge) made to the file;
    # and give an admin Telegram did not know at start-up the admin command menu.
    application.add_handler(TypeHandler(Update, refresh_before_update), group=-1)
    admins_private = filters.ChatType.PRIVATE & filters.User(user_id=state.admin_ids)
    application.add_handler(MessageHandler(admins_private, admin.menu_on_first_message), group=-2)

    # Edits of old questions are not asked again; bots get no answer (see FromOtherBot).
    new = filters.UpdateType.MESSAGE & ~FromOtherBot()
    private = new & filters.ChatType.PRIVATE
    groups = new & filters.ChatType.GROUPS
    # Inline cards a user posted are the bot's own answers, not new questions.
    text = filters.TEXT & ~filters.COMMAND & ~filters.VIA_BOT
    # Every handler that answers is gated by the sender's (and the group's) allowance, so no
    # one user or group can fill the queue everyone shares: see bot/telegram/throttle.py.
    gated = throttle.gated
    application.add_handlers(
        [
            # Commands, in any chat (in groups CommandHandler skips `/cmd@anotherbot`).
            CommandHandler(["start", "help"], gated(handlers.help_command), filters=new),
            CommandHandler("tanya", gated(handlers.ask_command), filters=new),
            CommandHandler("sumber", gated(handlers.sources_command), filters=new),
            # Admin commands (checked on every call: see bot/telegram/admin.py) and .txt uploads;
            # an admin's are never throttled.
            *throttle.gate_handlers(admin.admin_handlers(state.admin_ids, new), admins_exempt=True),
            # Private chats: any text is a question; anything else gets a hint.
            MessageHandler(private & text, gated(handlers.private_question)),
            MessageHandler(private & filters.COMMAND, gated(handlers.unknown_command)),
            MessageHandler(
                private & ~filters.TEXT & ~filters.StatusUpdate.ALL, gated(handlers.not_text)
            ),
            # Groups: only replies to the bot and @mentions; everything else gets silence.
            MessageHandler(groups & text & AddressedToBot(), gated(handlers.group_question)),
            # "Maksud Anda…?" buttons (each answers a question already allowed), and
            # `@bot kata kunci` typed in any chat (an allowance of its own).
            CallbackQueryHandler(choices.choose),
            InlineQueryHandler(gated(inline.answer_inline)),
        ]
    )
    application.add_error_handler(errors.log_error)
    return application


async def register_commands(application: Application) -> None:  # type: ignore[type-arg]
    """Register the command menu; a Bot API server without set_my_commands must not stop us."""
    try:
        await application.bot.set_my_commands([BotCommand(c, d) for c, d in texts.COMMANDS])
    except TelegramError as error:
        logger.warning("Could not register the command menu, continuing without it: %s", error)
    await admin.register_admin_menus(application)
    logger.info("Bot @%s is ready", application.bot.username)


def file_base_url(base_url: str) -> str | None:
    """Where a Bot API server at `base_url` serves files: '…/bot' -> '…/file/bot'."""
    head, sep, tail = base_url.rstrip("/").rpartition("/bot")
    return f"{head}/file/bot" if sep and not tail else None


def load_state(settings: Settings) -> BotState:
    """The knowledge base and everything else the handlers share."""
    path = settings.kb_path
    # Read before the snapshot, so a change made meanwhile shows as a newer version.
    version = read_version(path) if path.is_file() else None
    return BotState(
        kb=prepare(load_kb(path)),
        kb_path=path,
        admin_ids=settings.bot_admin_ids,
        kb_version=version,
    )


def run(application: Application, settings: Settings) -> None:  # type: ignore[type-arg]
    """Serve updates until SIGINT or SIGTERM: by webhook when WEBHOOK_URL is set, else polling."""
    if not settings.webhook_url:
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
        return
    # Telegram sends the secret back with every update, so strangers cannot post fake ones.
    secret = settings.webhook_secret_token
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=settings.webhook_path,
        webhook_url=settings.webhook_url,
        secret_token=secret.get_secret_value() if secret else secrets.token_urlsafe(32),
        allowed_updates=ALLOWED_UPDATES,
    )


def main(settings: Settings) -> int:
    """Run the Telegram bot with `settings`; returns the exit status."""
    run(build_application(settings, load_state(settings)), settings)
    return 0
