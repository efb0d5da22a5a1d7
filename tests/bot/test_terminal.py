"""The terminal chat: greeting, answers, follow-up context, picking a reading by number."""

from __future__ import annotations

import io
import time
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bot.models import Answer, Choice, Context, Slots
from bot.settings import Settings
from bot.terminal import TerminalChat, greeting, run_terminal
from knowledge.index import KnowledgeBase
from knowledge.unanswered import most_frequent

CHOICES = (Choice(label="Jumlah", intent="count"), Choice(label="Tanggal", intent="date"))


class Engine:
    """Scripted answers, and a record of what was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Context | None, str | None]] = []

    def __call__(
        self, question: str, kb: Any, context: Context | None = None, *, intent: str | None = None
    ) -> Answer:
        self.calls.append((question, context, intent))
        if question == "ambigu" and intent is None:
            return Answer(question=question, found=False, summary="Ambigu.", choices=CHOICES)
        if question in ("ambigu", "kaltim"):
            context = Context(intent=intent or "count", slots=Slots(), asked_at=time.time())
            return Answer(question=question, found=True, summary=f"Ok {intent}.", context=context)
        return Answer(question=question, found=False, summary="Maaf, belum ada informasi.")


def test_greeting_says_how_to_connect_telegram(kb: KnowledgeBase) -> None:
    text = greeting(kb)
    assert "TELEGRAM_BOT_TOKEN" in text
    assert "@BotFather" in text
    assert "Contoh pertanyaan" in text


def test_follow_up_gets_the_previous_context(kb: KnowledgeBase, kb_path: Path) -> None:
    engine = Engine()
    chat = TerminalChat(kb, kb_path, answer_fn=engine)
    chat.reply("kaltim")
    chat.reply("kalau di kaltara?")
    assert engine.calls[1][1] is not None
    assert engine.calls[1][1].intent == "count"


def test_choices_are_picked_by_number(kb: KnowledgeBase, kb_path: Path) -> None:
    engine = Engine()
    chat = TerminalChat(kb, kb_path, answer_fn=engine)
    prompt = chat.reply("ambigu")
    assert "Maksud Anda" in prompt
    assert "1. Jumlah" in prompt
    assert "2. Tanggal" in prompt
    assert "Ok date." in chat.reply("2")
    assert engine.calls[-1] == ("ambigu", None, "date")
    assert chat.reply("2").startswith("Maaf"), "the choice is used once; '2' is now a question"


def test_unanswered_questions_are_recorded(kb: KnowledgeBase, kb_path: Path) -> None:
    chat = TerminalChat(kb, kb_path, answer_fn=Engine())
    chat.reply("siapa gubernur?")
    assert [q.question for q in most_frequent(Database(kb_path))] == ["siapa gubernur?"]


def test_run_terminal_until_keluar(tmp_path: Path) -> None:
    out = io.StringIO()
    settings = Settings(kb_path=tmp_path / "kb.sqlite", _env_file=None)  # type: ignore[call-arg]
    code = run_terminal(settings, ["", "/help", "keluar", "tidak dibaca"], out)
    assert code == 0
    text = out.getvalue()
    assert text.count("Contoh pertanyaan") == 2
    assert text.endswith("Sampai jumpa!\n")
