"""Faults between the bot and the Bot API: an outage mid-conversation, and flood control (429).

These tests run their own emulator and bot, so that an outage troubles no other test's bot.

- Outage: the emulator's listener closes (every open connection dropped, new ones refused) and
  comes back on the same port a few seconds later, its stored state intact, as Telegram's would
  be. The bot must notice (a warning, no error), keep polling with python-telegram-bot's
  back-off, and answer the next question of the same conversation without being restarted.
- RetryAfter: the emulator answers 429 with `retry_after`, once for a reply (sendMessage) and
  once for polling (getUpdates). The bot must wait at least that long before trying again, then
  get through, logging no error. The waits are lower bounds the bot itself guarantees (it sleeps
  before it retries), so checking them cannot flake on a slow machine.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from tests.e2e.checks import numbers_in, shown_all
from tests.e2e.conftest import is_polling, running_bot
from tests.e2e.harness import (
    BotApiClient,
    BotProcess,
    Emulator,
    error_lines,
    new_user,
    private_chat,
    wait_for,
)

FAULTS_TOKEN = "464646:faults-SECRET-token"
OUTAGE_SECONDS = 3.0
RETRY_AFTER_SECONDS = 2
RECOVERY_TIMEOUT = 30.0
"""python-telegram-bot retries failed polls after 1, 1.5, 2.25, 3.4 … s (at most 30): after a
3 s outage it is back within about 5 s; 30 s is a generous bound."""
QUESTION = "Berapa lokalisasi yang ditutup di Kaltim?"
FOLLOW_UP = "kalau di Kaltara?"


@pytest.fixture(scope="module")
def faults_emulator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Emulator]:
    """An emulator of this module's own."""
    emulator = Emulator(tmp_path_factory.mktemp("faults-emulator") / "emulator.log")
    yield emulator
    emulator.stop()


@pytest.fixture(scope="module")
def faults_bot(
    faults_emulator: Emulator, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[BotProcess]:
    """`python -m bot`, long polling the module's emulator."""
    workdir = tmp_path_factory.mktemp("faults-bot")
    with running_bot(faults_emulator, FAULTS_TOKEN, workdir, is_polling) as bot:
        yield bot


def _listening(url: str) -> bool:
    try:
        httpx.get(f"{url}/compat/state", params={"token": "probe"}, timeout=1.0)
    except httpx.TransportError:
        return False
    return True


def _throttle(client: BotApiClient, method: str, count: int, retry_after: int) -> None:
    body = {"token": client.token, "method": method, "count": count, "retry_after": retry_after}
    response = client.http.post("/compat/throttle", json=body)
    response.raise_for_status()


def _calls(client: BotApiClient, method: str) -> list[dict[str, int]]:
    return [call for call in client.state()["throttled"] if call["method"] == method]


def _wait_after_refusal(calls: list[dict[str, int]]) -> float:
    """Seconds between the first 429 and the next call of the same method."""
    statuses = [call["status"] for call in calls]
    refused = statuses.index(429)
    assert refused + 1 < len(calls), f"the bot never called again: {calls}"
    return (calls[refused + 1]["at"] - calls[refused]["at"]) / 1000


def test_outage_mid_conversation_the_bot_recovers_without_a_restart(
    faults_bot: BotProcess, faults_emulator: Emulator, report_figure: Callable[[str], None]
) -> None:
    client = faults_bot.client
    user = new_user()
    chat = private_chat(user)
    client.post(chat, user, QUESTION)
    assert 22 in numbers_in(shown_all(client.replies(chat.id)))
    pid = faults_bot.process.pid
    mark = faults_bot.log_mark()

    started = time.monotonic()
    client.http.post("/compat/outage", json={"seconds": OUTAGE_SECONDS}).raise_for_status()
    url = faults_emulator.url
    wait_for("the listener to close", lambda: True if not _listening(url) else None)
    wait_for("the listener to return", lambda: True if _listening(url) else None, 15.0)

    def polling_again() -> bool | None:
        return True if client.state()["waiting_polls"] > 0 else None

    wait_for("the bot to poll again", polling_again, RECOVERY_TIMEOUT)
    recovered = time.monotonic() - started

    # The same conversation goes on: the follow-up needs the chat's context from before.
    client.post(chat, user, FOLLOW_UP)
    follow_up = shown_all(client.replies(chat.id, timeout=RECOVERY_TIMEOUT))
    assert 3 in numbers_in(follow_up), follow_up
    assert faults_bot.process.poll() is None, "the bot died"
    assert faults_bot.process.pid == pid
    log = faults_bot.log_since(mark)
    assert "Network problem talking to the Bot API" in log, "the outage went unnoticed"
    assert error_lines(log) == [], log
    report_figure(
        f"faults: Bot API listener down {OUTAGE_SECONDS:.0f} s; the bot long-polled again "
        f"{recovered:.1f} s after the outage began, no restart, follow-up answered"
    )


def test_retry_after_on_a_reply_is_waited_out(faults_bot: BotProcess) -> None:
    client = faults_bot.client
    mark = faults_bot.log_mark()
    _throttle(client, "sendMessage", count=1, retry_after=RETRY_AFTER_SECONDS)
    user = new_user()
    chat = private_chat(user)
    client.post(chat, user, QUESTION)
    answer = shown_all(client.replies(chat.id, timeout=RETRY_AFTER_SECONDS + 10))
    assert 22 in numbers_in(answer)

    waited = _wait_after_refusal(_calls(client, "sendMessage"))
    assert waited >= RETRY_AFTER_SECONDS, f"sent again after {waited:.2f} s"
    assert client.drain(chat.id) == [], "one answer, not two"
    log = faults_bot.log_since(mark)
    assert "Rate limit hit" in log
    assert error_lines(log) == [], log


def test_retry_after_on_polling_is_waited_out(faults_bot: BotProcess) -> None:
    client = faults_bot.client
    mark = faults_bot.log_mark()
    _throttle(client, "getUpdates", count=1, retry_after=RETRY_AFTER_SECONDS)
    user = new_user()
    chat = private_chat(user)
    # This question ends the long poll under way; the poll after it is refused.
    client.post(chat, user, QUESTION)
    assert 22 in numbers_in(shown_all(client.replies(chat.id)))
    client.post(chat, user, FOLLOW_UP)
    assert 3 in numbers_in(shown_all(client.replies(chat.id, timeout=RETRY_AFTER_SECONDS + 10)))

    waited = _wait_after_refusal(_calls(client, "getUpdates"))
    assert waited >= RETRY_AFTER_SECONDS, f"polled again after {waited:.2f} s"
    assert error_lines(faults_bot.log_since(mark)) == []
