"""Fixtures of the end-to-end suite: one emulator for the run, bots as subprocesses against it."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.harness import (
    BotApiClient,
    BotProcess,
    Emulator,
    error_lines,
    free_port,
)

POLLING_TOKEN = "424242:polling-SECRET-token"
SCRIPTED_TOKEN = "434343:scripted-SECRET-token"
WEBHOOK_TOKEN = "454545:webhook-SECRET-token"
SCRIPTED_BOT = Path(__file__).with_name("scripted_bot.py")

_running: list[BotProcess] = []


def pytest_configure(config: pytest.Config) -> None:
    """Register this suite's marker."""
    config.addinivalue_line(
        "markers",
        "expects_bot_errors: the test makes the bot log errors on purpose and checks them itself",
    )


@pytest.fixture(scope="session")
def emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """telegram-test-api with its compatibility layer, on a free port of 127.0.0.1."""
    emulator = Emulator(tmp_path_factory.mktemp("emulator") / "emulator.log")
    yield emulator
    emulator.stop()


@contextlib.contextmanager
def running_bot(
    emulator: Emulator,
    token: str,
    workdir: Path,
    ready: Callable[[dict[str, Any]], bool],
    **options: Any,
) -> Iterator[BotProcess]:
    """A bot process, ready when `ready(compat state)`; stopped by SIGTERM, checked on the way."""
    bot = BotProcess(emulator, token, workdir, **options)
    try:
        bot.wait_ready(ready)
        _running.append(bot)
        yield bot
    finally:
        with contextlib.suppress(ValueError):
            _running.remove(bot)
        code = bot.stop()
    log = bot.log()
    assert token not in log, "the bot logged its token"
    assert code == 0, f"the bot exited with {code} on SIGTERM:\n{log}"


def is_polling(state: dict[str, Any]) -> bool:
    """Ready: the bot holds a long poll open."""
    return int(state["waiting_polls"]) > 0


@pytest.fixture(scope="session")
def bot(emulator: Emulator, tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotProcess]:
    """`python -m bot` with a token, long polling the emulator, on the real answer engine."""
    with running_bot(emulator, POLLING_TOKEN, tmp_path_factory.mktemp("bot"), is_polling) as bot:
        yield bot


@pytest.fixture(scope="session")
def client(bot: BotProcess) -> BotApiClient:
    """Users of the `bot` fixture's bot."""
    return bot.client


@pytest.fixture(scope="session")
def scripted_bot(
    emulator: Emulator, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BotProcess]:
    """The same bot with scripted answers for a few trigger phrases (tests/e2e/scripted_bot.py)."""
    workdir = tmp_path_factory.mktemp("scripted")
    argv = [sys.executable, str(SCRIPTED_BOT)]
    with running_bot(emulator, SCRIPTED_TOKEN, workdir, is_polling, argv=argv) as bot:
        yield bot


@pytest.fixture(scope="session")
def scripted(scripted_bot: BotProcess) -> BotApiClient:
    """Users of the scripted bot."""
    return scripted_bot.client


@pytest.fixture(scope="session")
def webhook_bot(
    emulator: Emulator, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BotProcess]:
    """`python -m bot` in webhook mode: the emulator posts updates to it."""
    port = free_port()
    env = {
        "WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram-webhook",
        "WEBHOOK_LISTEN": "127.0.0.1",
        "WEBHOOK_PORT": str(port),
    }
    workdir = tmp_path_factory.mktemp("webhook")

    def webhook_set(state: dict[str, Any]) -> bool:
        return state["webhook"] == env["WEBHOOK_URL"]

    with running_bot(emulator, WEBHOOK_TOKEN, workdir, webhook_set, env=env) as bot:
        yield bot


@pytest.fixture(autouse=True)
def bots_log_no_errors(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test if a bot logged an error while handling its updates.

    The emulator stores a reply even when the handler crashes right after sending it, so a reply
    alone proves little: the log must be clean too.
    """
    marks = [(bot, bot.log_mark()) for bot in _running]
    yield
    if request.node.get_closest_marker("expects_bot_errors"):
        return
    for bot, mark in marks:
        bot.client.barrier()  # everything the test sent has been handled and logged
        errors = error_lines(bot.log_since(mark))
        assert not errors, "the bot logged errors:\n" + bot.log_since(mark)
