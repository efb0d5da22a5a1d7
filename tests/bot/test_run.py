"""`python -m bot`: terminal chat without a token, Telegram with one, the token never logged."""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import SecretStr

from bot import run
from bot.settings import Settings

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_without_a_token_the_terminal_chat_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[Settings] = []
    monkeypatch.setattr("bot.terminal.run_terminal", lambda s: started.append(s) or 0)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert run.run_bot(settings) == 0
    assert started == [settings]


def test_with_a_token_telegram_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[Settings] = []
    monkeypatch.setattr("bot.telegram.app.main", lambda s: started.append(s) or 0)
    settings = Settings(telegram_bot_token=SecretStr("1:x"), _env_file=None)  # type: ignore[call-arg]
    assert run.run_bot(settings) == 0
    assert started == [settings]


def test_secrets_are_redacted_from_every_log_line() -> None:
    formatter = run.RedactingFormatter("%(message)s", ["123:ab/c", ""])
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "POST %s failed", ("https://x/bot123:ab/c/getMe",), None
    )
    assert formatter.format(record) == f"POST https://x/bot{run.REDACTED}/getMe failed"
    encoded = logging.LogRecord("x", logging.ERROR, __file__, 1, "url bot123%3Aab/c", (), None)
    assert "123" not in formatter.format(encoded)


def test_run_command_gives_a_terminal_chat_without_a_token(tmp_path: Path) -> None:
    """What the README's run command does on a fresh clone: greet, answer, say goodbye."""
    environment = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(REPO_ROOT),
        "KB_PATH": str(tmp_path / "kb.sqlite"),
        "HOME": str(tmp_path),
    }
    finished = subprocess.run(
        [sys.executable, "-m", "bot"],
        input="Berapa lokalisasi yang ditutup di Kaltim?\nkeluar\n",
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environment,
        timeout=60,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert "TELEGRAM_BOT_TOKEN" in finished.stdout
    assert "Contoh pertanyaan" in finished.stdout
    assert "Sampai jumpa!" in finished.stdout
    assert "Traceback" not in finished.stderr


def test_terminal_logging_stays_quiet() -> None:
    run.configure_logging(logging.WARNING, [])
    stream = io.StringIO()
    logging.getLogger().handlers[0].setStream(stream)  # type: ignore[attr-defined]
    logging.getLogger("telegram").info("noise")
    assert stream.getvalue() == ""


def test_telegram_logs_at_the_level_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    levels: list[int] = []
    monkeypatch.setattr("bot.telegram.app.main", lambda s: 0)
    monkeypatch.setattr(run, "configure_logging", lambda level, secrets: levels.append(level))
    settings = Settings(telegram_bot_token=SecretStr("1:x"), log_level="DEBUG", _env_file=None)  # type: ignore[call-arg]
    assert run.run_bot(settings) == 0
    assert levels == [logging.DEBUG]
