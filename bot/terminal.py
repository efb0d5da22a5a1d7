"""`python -m bot` without a token: the same answer engine as a chat in the terminal."""

from __future__ import annotations

import html
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO

from bot.answer import answer
from bot.models import Answer, ChatContexts, Choice, Context
from bot.overview import describe
from bot.render import render_text
from bot.settings import Settings
from bot.suggest import prepare
from bot.telegram.texts import (
    UNKNOWN_COMMAND,
    article_html,
    ask_usage,
    overview_paragraphs,
    sources_html,
)
from knowledge.index import KnowledgeBase, load_kb
from knowledge.unanswered import record_unanswered_in

PROMPT = "Anda: "
EXIT_WORDS = frozenset({"keluar", "exit", "quit", "/keluar"})
HELP_WORDS = frozenset({"/help", "/start", "bantuan", "/bantuan"})
SOURCE_WORDS = frozenset({"/sumber"})
TAG = re.compile(r"<[^>]+>")
TERMINAL_CHAT = 0
"""The terminal is one chat: its context is kept under this id."""

CONNECT_HINT = (
    "Bot ini sedang berjalan di terminal karena TELEGRAM_BOT_TOKEN belum diatur.\n"
    "Untuk menghubungkannya ke Telegram: buat bot lewat @BotFather, lalu jalankan\n"
    "    TELEGRAM_BOT_TOKEN=123456:ABC... python -m bot\n"
    "atau tulis TELEGRAM_BOT_TOKEN=... di berkas .env."
)


def plain_text(html_text: str) -> str:
    """Telegram HTML as terminal text: tags dropped, entities read back."""
    return html.unescape(TAG.sub("", html_text))


def greeting(kb: KnowledgeBase) -> str:
    """What the terminal prints first: what the bot knows, how to use it, how to go online."""
    paragraphs = ["Tanya Lokalisasi", *overview_paragraphs(describe(kb))]
    paragraphs.append(
        "Ketik pertanyaan Anda, /sumber untuk daftar artikel sumber (/sumber ID untuk fakta "
        "satu artikel), /help untuk bantuan, atau 'keluar' untuk berhenti."
    )
    paragraphs.append(CONNECT_HINT)
    return "\n\n".join(paragraphs)


class TerminalChat:
    """One conversation: follow-up context, and the readings offered by the last answer."""

    def __init__(
        self,
        kb: KnowledgeBase,
        kb_path: Path,
        *,
        answer_fn: Callable[..., Answer] = answer,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._kb = kb
        self._kb_path = kb_path
        self._answer = answer_fn
        self._clock = clock
        self._contexts = ChatContexts()
        self._pending: tuple[str, Context | None, tuple[Choice, ...]] | None = None

    def reply(self, text: str) -> str:
        """What the bot says to one line typed by the user."""
        command, _, argument = text.partition(" ")
        if text.lower() in HELP_WORDS:
            return greeting(self._kb)
        if command.lower() in SOURCE_WORDS:
            # The same lists as Telegram's /sumber, without the HTML.
            key = argument.strip()
            parts = article_html(self._kb, key) if key else sources_html(self._kb)
            return plain_text("\n\n".join(parts))
        if command.lower() == "/tanya":
            if not argument.strip():
                return plain_text(ask_usage(describe(self._kb)))
            text = argument.strip()
        elif text.startswith("/"):
            return UNKNOWN_COMMAND
        choice = self._picked_choice(text)
        context = self._contexts.get(TERMINAL_CHAT, self._clock())
        if choice is not None and self._pending is not None:
            question, context, _ = self._pending
            reply = self._answer(question, self._kb, context, intent=choice.intent)
        else:
            question = text
            reply = self._answer(question, self._kb, context)
        self._pending = None
        if reply.choices:
            self._pending = (question, context, reply.choices)
            options = "\n".join(f"  {n}. {c.label}" for n, c in enumerate(reply.choices, start=1))
            pick = f"{options}\nKetik nomor pilihan Anda."
            if reply.found:
                # A complete answer first (with its sources), the other readings after it.
                self._contexts.put(TERMINAL_CHAT, reply.context)
                shown = render_text(reply.model_copy(update={"choices": ()}))
                return f"{shown}\n\nAtau maksud Anda:\n{pick}"
            # As in Telegram: only the question back, not a heading without its answer.
            return f"Maksud Anda…?\n{pick}"
        self._contexts.put(TERMINAL_CHAT, reply.context)
        if reply.unanswered:
            record_unanswered_in(self._kb_path, question)
        return render_text(reply)

    def _picked_choice(self, text: str) -> Choice | None:
        if self._pending is None or not text.isdigit():
            return None
        choices = self._pending[2]
        number = int(text)
        return choices[number - 1] if 1 <= number <= len(choices) else None


def typed_lines(prompt: str = PROMPT) -> Iterator[str]:
    """Lines typed at the terminal, until end of input or Ctrl-C."""
    while True:
        try:
            yield input(prompt)
        except (EOFError, KeyboardInterrupt):
            print()
            return


def run_terminal(
    settings: Settings, lines: Iterable[str] | None = None, out: TextIO | None = None
) -> int:
    """Chat in the terminal until the user leaves; returns the exit status."""
    out = out or sys.stdout
    kb = prepare(load_kb(settings.kb_path))
    chat = TerminalChat(kb, settings.kb_path)
    out.write(greeting(kb) + "\n\n")
    for line in typed_lines() if lines is None else lines:
        text = line.strip()
        if text.lower() in EXIT_WORDS:
            break
        if text:
            out.write(chat.reply(text) + "\n\n")
            out.flush()
    out.write("Sampai jumpa!\n")
    return 0
