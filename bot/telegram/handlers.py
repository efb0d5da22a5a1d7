"""Commands and messages: each handler finds the question, and `respond` does the rest."""

from __future__ import annotations

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.overview import describe
from bot.render import render_html
from bot.telegram import choices, logs, texts
from bot.telegram.addressing import command_argument, without_bot_mention
from bot.telegram.replies import note_if_unanswered, reply_parts
from bot.telegram.state import state_of


def _message(update: Update) -> Message:
    message = update.effective_message
    assert message is not None, "the handler's filters admit only updates with a message"
    return message


async def respond(message: Message, question: str, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer `question` asked in `message`: the cited answer, or 'Maksud Anda…?' buttons."""
    state = state_of(context)
    if not question:
        await reply_parts(message, [texts.ask_usage(describe(state.kb))])
        return
    reply, choice_token = state.ask(message.chat_id, question)
    logs.note_answer(reply)
    if choice_token is not None:
        markup = choices.keyboard(choice_token, reply.choices)
        await reply_parts(message, [texts.CHOICE_PROMPT], reply_markup=markup)
        return
    await reply_parts(message, render_html(reply))
    await note_if_unanswered(state, reply)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Say what the bot knows, how to ask it, and which questions to try (/start, /help)."""
    overview = describe(state_of(context).kb)
    await reply_parts(_message(update), texts.help_html(overview, context.bot.username))


async def sources_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the articles (/sumber), or show one article and its facts (/sumber ID)."""
    kb = state_of(context).kb
    key = " ".join(context.args or [])
    await reply_parts(
        _message(update), texts.article_html(kb, key) if key else texts.sources_html(kb)
    )


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer `/tanya …`, the way to ask in a group."""
    message = _message(update)
    await respond(message, command_argument(message), context)


async def private_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer any text sent in a private chat."""
    message = _message(update)
    await respond(message, (message.text or "").strip(), context)


async def group_question(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer a group message meant for the bot: a reply to it, or one that @mentions it."""
    message = _message(update)
    await respond(message, without_bot_mention(message), context)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell a private chat that only text questions are understood (stickers, photos, …)."""
    overview = describe(state_of(context).kb)
    await reply_parts(_message(update), [texts.not_text_hint(overview)])


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point a private chat that sent an unknown command to /help."""
    await reply_parts(_message(update), [texts.UNKNOWN_COMMAND])
