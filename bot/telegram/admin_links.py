"""Admins adding articles by link: `/artikel https://…`, and a link forwarded to the bot.

A link is never acted on silently: `/artikel <link>` is an explicit request, and a forwarded
message (or a bare link) only gets the question "Tambahkan artikel dari tautan ini?" with a
button. Only admins are asked, and the button checks its presser again.

Fetching takes up to FETCH_TIMEOUT seconds, so these handlers run beside the update queue
(`block=False`): other users' questions are answered meanwhile. The page is fetched and read
before the admin's turn at the store is taken, so a slow site holds up no other admin change.
"""

from __future__ import annotations

import contextlib
import logging
from collections import OrderedDict

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.error import BadRequest
from telegram.ext import CallbackContext, CallbackQueryHandler, ContextTypes

from bot.telegram import admin_texts
from bot.telegram.state import state_of
from knowledge import links
from knowledge.fetch import FetchSettings

logger = logging.getLogger(__name__)

FETCH_KEY = "fetch_settings"
"""bot_data: the FetchSettings of this bot (from Settings.fetch_settings)."""
OFFERS_KEY = "offered_links"
"""bot_data: links offered with a button, by (chat id, message id) of the question."""
MAX_OFFERS = 200
BUTTON_ADD, BUTTON_SKIP = "artikel:ya", "artikel:tidak"
BUTTON_PATTERN = r"^artikel:(?:ya|tidak)$"


class LinkButtonHandler(CallbackQueryHandler):  # type: ignore[type-arg]
    """The "Tambahkan" / "Tidak" buttons under an offered link.

    CallbackQueryHandler lets a button without data through whatever its pattern; such a press
    belongs to bot.telegram.choices, which answers every stray button.
    """

    def check_update(self, update: object) -> bool | object | None:
        """Only presses whose data matches the pattern."""
        if isinstance(update, Update) and update.callback_query and not update.callback_query.data:
            return None
        return super().check_update(update)


def fetch_settings_of(context: CallbackContext) -> FetchSettings:  # type: ignore[type-arg]
    """The bot's fetch settings; refusing private hosts when none were stored."""
    settings = context.bot_data.get(FETCH_KEY)
    if isinstance(settings, FetchSettings):
        return settings
    return FetchSettings(_env_file=None)  # type: ignore[call-arg]


def _offers(context: CallbackContext) -> OrderedDict[tuple[int, int], str]:  # type: ignore[type-arg]
    offers = context.bot_data.setdefault(OFFERS_KEY, OrderedDict())
    assert isinstance(offers, OrderedDict)
    return offers


def links_in(message: Message) -> list[str]:
    """The links a message holds: typed ones and those behind linked words, text or caption."""
    found: list[str] = []
    for text, entities in (
        (message.text, message.parse_entities([MessageEntity.TEXT_LINK])),
        (message.caption, message.parse_caption_entities([MessageEntity.TEXT_LINK])),
    ):
        found += [entity.url for entity in entities if entity.url]
        found += links.find_links(text or "")
    return [url for url in dict.fromkeys(found) if links.is_link(url)]


async def offer_link(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Ask an admin whether to add the article a forwarded message (or a bare link) names."""
    message = update.effective_message
    if message is None:
        return
    found = links_in(message)
    if not found:
        return
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("➕ Tambahkan", callback_data=BUTTON_ADD),
                InlineKeyboardButton("Tidak", callback_data=BUTTON_SKIP),
            ]
        ]
    )
    question = await message.reply_text(admin_texts.offer_link(found[0]), reply_markup=keyboard)
    offers = _offers(context)
    offers[(question.chat_id, question.message_id)] = found[0]
    while len(offers) > MAX_OFFERS:
        offers.popitem(last=False)


def offered_link(context: CallbackContext, message: Message) -> str | None:  # type: ignore[type-arg]
    """Take out the link offered by the bot's question `message` (a button is pressed once)."""
    return _offers(context).pop((message.chat_id, message.message_id), None)


async def link_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Add (or not) the offered article, in place of the question's buttons."""
    # Imported here: bot.telegram.admin wires this module's handlers.
    from bot.telegram.admin import add_offered_link, admin_command

    query = update.callback_query
    assert query is not None
    await query.answer()
    message = query.message
    if not isinstance(message, Message):
        return
    is_admin = state_of(context).is_admin(query.from_user.id if query.from_user else None)
    if query.data == BUTTON_SKIP and is_admin:
        offered_link(context, message)
        with contextlib.suppress(BadRequest):
            await query.edit_message_text(admin_texts.LINK_SKIPPED)
        return
    url = _offers(context).get((message.chat_id, message.message_id))
    if is_admin and url is not None:
        # The question becomes the progress note: the buttons go, nothing is sent twice.
        with contextlib.suppress(BadRequest):
            await query.edit_message_text(admin_texts.fetching(url))
    await admin_command("artikel", add_offered_link, changing=True)(update, context)
