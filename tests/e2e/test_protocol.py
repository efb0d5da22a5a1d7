"""How the bot runs against a Bot API server: start-up, long polling, webhooks, honest checks."""

from __future__ import annotations

import os
import time
from pathlib import Path

import httpx
import pytest

from tests.e2e.checks import shown
from tests.e2e.harness import BotApiClient, BotProcess, error_lines, new_user, private_chat

IDLE_SECONDS = 1.0
IDLE_CPU_SECONDS = 0.2
"""An idle bot long-polls: a busy loop would use the whole second."""


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def test_command_menu_is_registered_in_indonesian(client: BotApiClient) -> None:
    commands = {c["command"]: c["description"] for c in client.bot_api("getMyCommands")}
    assert set(commands) == {"start", "help", "tanya", "sumber"}
    assert "pertanyaan" in commands["tanya"].lower()


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs Linux /proc")
def test_idle_bot_long_polls_instead_of_spinning(bot: BotProcess, client: BotApiClient) -> None:
    client.barrier()
    assert client.state()["waiting_polls"] >= 1
    before = _cpu_seconds(bot.process.pid)
    time.sleep(IDLE_SECONDS)
    assert _cpu_seconds(bot.process.pid) - before < IDLE_CPU_SECONDS


def test_token_is_never_logged(bot: BotProcess, client: BotApiClient) -> None:
    client.barrier()
    assert bot.token not in bot.log()
    assert bot.token.split(":")[1] not in bot.log()


@pytest.mark.expects_bot_errors
def test_a_handler_crash_after_sending_is_caught_by_the_log_check(
    bot: BotProcess, client: BotApiClient
) -> None:
    """Without the date fix the reply is stored, then python-telegram-bot fails to read it back.

    A test that looked only at the stored reply would pass; the log check must not.
    """
    user = new_user()
    chat = private_chat(user)
    mark = bot.log_mark()
    with client.without_fix("sendMessage"):
        client.send(chat, user, "/help")
        client.barrier()
    assert client.drain(chat.id), "the emulator stored the reply all the same"
    log = bot.log_since(mark)
    assert error_lines(log), "the crash went unnoticed"
    assert "out of range" in log


def test_webhook_mode_answers_and_rejects_posts_without_the_secret(
    webhook_bot: BotProcess,
) -> None:
    client = webhook_bot.client
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "/start")
    [reply] = client.replies(chat.id)
    assert "Contoh pertanyaan" in shown(reply)

    webhook_url = client.state()["webhook"]
    forged = {"update_id": 1, "message": {"message_id": 1, "date": 1, "chat": chat.as_json()}}
    response = httpx.post(webhook_url, json=forged, timeout=5)
    assert response.status_code == 403
    assert error_lines(webhook_bot.log()) == []
