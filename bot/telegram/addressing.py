"""Which group messages are meant for the bot, and the question inside them."""

from __future__ import annotations

import re

from telegram import Message, MessageEntity
from telegram.ext.filters import MessageFilter

# What is left around a removed mention: "@bot, berapa …" or "berapa … @bot?"
_EDGE_PUNCTUATION = " \t\n,:;"


def mentions_bot(message: Message) -> bool:
    """Whether the message @mentions this bot (by username, or by a text mention of its id)."""
    bot = message.get_bot()
    username = f"@{bot.username}".lower()
    for entity, text in message.parse_entities().items():
        if entity.type == MessageEntity.MENTION and text.lower() == username:
            return True
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id:
            return True
    return False


def replies_to_bot(message: Message) -> bool:
    """Whether the message answers one of this bot's own messages."""
    replied = message.reply_to_message
    return bool(replied and replied.from_user and replied.from_user.id == message.get_bot().id)


class AddressedToBot(MessageFilter):
    """Group messages for the bot: replies to its messages and messages that @mention it.

    Commands are matched by CommandHandler, which already ignores `/cmd@anotherbot`.
    """

    def filter(self, message: Message) -> bool:
        """Whether the bot should answer `message`."""
        return replies_to_bot(message) or mentions_bot(message)


def without_bot_mention(message: Message) -> str:
    """The message's text with the bot's @username taken out."""
    text = message.text or ""
    username = message.get_bot().username
    text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE)
    return re.sub(r"[ \t]{2,}", " ", text).strip(_EDGE_PUNCTUATION)


def command_argument(message: Message) -> str:
    """The text after a leading command: '/tanya@bot  berapa …?' -> 'berapa …?'."""
    text = message.text or ""
    for entity, command in message.parse_entities([MessageEntity.BOT_COMMAND]).items():
        if entity.offset == 0:
            return text[len(command) :].strip()
    return text.strip()


class FromOtherBot(MessageFilter):
    """Messages a bot sent in its own name: they get silence.

    Telegram does not deliver them (two bots answering each other would never stop); should one
    arrive all the same, silence keeps it that way. Anonymous group admins write as
    GroupAnonymousBot on behalf of the group (`sender_chat` set): they are people, and answered.
    """

    def filter(self, message: Message) -> bool:
        """Whether `message` comes from a bot writing as itself."""
        sender = message.from_user
        return bool(sender and sender.is_bot and message.sender_chat is None)
