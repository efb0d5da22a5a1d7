"""Wiring and start-up: the command menu, a server without it, errors, how the bot runs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from telegram import Update
from telegram.error import NetworkError
from telegram.ext import Application

from bot.settings import Settings
from bot.telegram import app as telegram_app
from bot.telegram.app import ALLOWED_UPDATES, build_application, register_commands
from bot.telegram.errors import log_error
from bot.telegram.state import BotState
from tests.bot.telegram.conftest import (
    GROUP,
    TOKEN,
    EngineSpy,
    RecordingRequest,
    message,
    not_found,
)

Feed = Callable[..., Any]


async def test_command_menu_is_registered(app: Application, recorder: RecordingRequest) -> None:  # type: ignore[type-arg]
    await register_commands(app)
    [params] = recorder.sent("setMyCommands")
    assert [c["command"] for c in params["commands"]] == ["tanya", "sumber", "help", "start"]


async def test_server_without_set_my_commands_does_not_stop_the_bot(
    app: Application,  # type: ignore[type-arg]
    recorder: RecordingRequest,
    caplog: pytest.LogCaptureFixture,
) -> None:
    recorder.failures["setMyCommands"] = (404, "Not Found: method not found")
    await register_commands(app)
    assert "Could not register the command menu" in caplog.text


def broken(question: str, **_: Any) -> Any:
    """An engine that fails."""
    raise RuntimeError("engine exploded")


@pytest.mark.expects_bot_errors
async def test_a_failing_handler_is_logged_and_the_asker_told(
    feed: Feed, engine: EngineSpy, caplog: pytest.LogCaptureFixture
) -> None:
    engine.replies_with = broken
    sent: RecordingRequest = await feed(message=message("berapa?"))
    assert "Exception while handling an update" in caplog.text
    assert "engine exploded" in caplog.text
    [apology] = sent.sent()
    assert "kesalahan" in apology["text"]

    # The bot keeps going.
    engine.replies_with = not_found
    sent = await feed(message=message("berapa lagi?"))
    assert len(sent.sent()) == 1


@pytest.mark.expects_bot_errors
async def test_errors_in_groups_are_logged_but_not_announced(
    feed: Feed, engine: EngineSpy, caplog: pytest.LogCaptureFixture
) -> None:
    engine.replies_with = broken
    sent: RecordingRequest = await feed(message=message("/tanya berapa?", chat=GROUP))
    assert "engine exploded" in caplog.text
    assert sent.sent() == []


async def test_network_trouble_while_polling_is_a_warning(
    app: Application,  # type: ignore[type-arg]
    caplog: pytest.LogCaptureFixture,
) -> None:
    context = type("Ctx", (), {"error": NetworkError("connection reset"), "bot": app.bot})()
    await log_error(None, context)  # type: ignore[arg-type]
    [record] = [r for r in caplog.records if r.name == "bot.telegram.errors"]
    assert record.levelno == logging.WARNING


def test_base_url_points_the_bot_at_another_server(state: BotState) -> None:
    settings = Settings(
        telegram_bot_token=SecretStr(TOKEN),
        telegram_api_base_url="http://127.0.0.1:9/bot",
        _env_file=None,  # type: ignore[call-arg]
    )
    application = build_application(settings, state)
    assert application.bot.base_url == f"http://127.0.0.1:9/bot{TOKEN}"


def test_without_a_token_there_is_no_application(state: BotState) -> None:
    with pytest.raises(ValueError, match="TELEGRAM_BOT_TOKEN"):
        build_application(Settings(_env_file=None), state)  # type: ignore[call-arg]


def test_polling_by_default_webhook_when_asked(
    monkeypatch: pytest.MonkeyPatch, state: BotState, tmp_path: Path
) -> None:
    calls: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr(
        Application, "run_polling", lambda self, **kw: calls.append(("polling", kw))
    )
    monkeypatch.setattr(
        Application, "run_webhook", lambda self, **kw: calls.append(("webhook", kw))
    )
    polling = Settings(telegram_bot_token=SecretStr(TOKEN), _env_file=None)  # type: ignore[call-arg]
    telegram_app.run(build_application(polling, state), polling)
    webhook = Settings(
        telegram_bot_token=SecretStr(TOKEN),
        webhook_url="https://bot.example.org/hook/telegram",
        webhook_port=8444,
        _env_file=None,  # type: ignore[call-arg]
    )
    telegram_app.run(build_application(webhook, state), webhook)

    assert calls[0] == ("polling", {"allowed_updates": ALLOWED_UPDATES})
    kind, options = calls[1]
    assert kind == "webhook"
    assert options["url_path"] == "hook/telegram"
    assert options["webhook_url"] == "https://bot.example.org/hook/telegram"
    assert options["port"] == 8444
    assert options["listen"] == "127.0.0.1"
    assert len(options["secret_token"]) >= 32, "a random secret when none is configured"


def test_allowed_updates_are_the_handled_kinds() -> None:
    assert set(ALLOWED_UPDATES) == {Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY}
