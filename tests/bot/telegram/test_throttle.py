"""The fair shares at handler level: real Updates into the real Application, on a fake clock."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from telegram.ext import Application

from bot.models import Answer
from bot.render import render_html
from bot.settings import Settings
from bot.telegram import texts
from bot.telegram.state import BotState
from bot.telegram.throttle import ALLOWANCE_KEY, allowance_from
from knowledge.index import KnowledgeBase
from tests.bot.telegram.conftest import (
    ALICE,
    BOT_USER,
    GROUP,
    TOKEN,
    EngineSpy,
    bot_message,
    message,
)
from tests.bot.telegram.test_allowance import FakeClock

Feed = Callable[..., Any]
ADMIN = ALICE
BUDI = {"id": 777, "is_bot": False, "first_name": "Budi", "username": "budi"}
BUDI_CHAT = {"id": BUDI["id"], "type": "private", "first_name": "Budi"}
SECRET = "pertanyaan rahasia"
BURST = Settings(_env_file=None).throttle_user_burst  # type: ignore[call-arg]
GROUP_BURST = Settings(_env_file=None).throttle_group_burst  # type: ignore[call-arg]
INLINE_BURST = Settings(_env_file=None).throttle_inline_burst  # type: ignore[call-arg]


def found(question: str, **_: Any) -> Answer:
    """An answer the engine found."""
    return Answer(question=question, found=True, intent="closure_count", summary="22 lokalisasi.")


@pytest.fixture
def state(kb: KnowledgeBase, kb_path: Path, engine: EngineSpy) -> BotState:
    """The shared state, with Alice as the only admin and an engine that knows the answer."""
    engine.replies_with = found
    return BotState(kb=kb, kb_path=kb_path, answer=engine, admin_ids=frozenset({ADMIN["id"]}))


@pytest.fixture
def clock(app: Application) -> FakeClock:  # type: ignore[type-arg]
    """The allowance's clock, which moves only when the test says so."""
    fake = FakeClock()
    settings = Settings(telegram_bot_token=SecretStr(TOKEN), _env_file=None)  # type: ignore[call-arg]
    app.bot_data[ALLOWANCE_KEY] = allowance_from(settings, fake)
    return fake


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "bot.telegram.logs" and r.levelno == logging.INFO
    ]


ANSWERED = render_html(found("pertanyaan"))[0]
"""The message that answers a question (the stand-in engine finds the same for each)."""


async def _flood(feed: Feed, count: int, **fields: Any) -> list[list[str]]:
    """Send `count` messages; the texts of the bot's messages in answer to each."""
    sent = []
    for number in range(count):
        recorder = await feed(message=message(f"{SECRET} {number}", **fields))
        sent.append([params["text"] for params in recorder.sent()])
    return sent


async def test_a_private_flood_gets_the_burst_one_note_and_silence(
    feed: Feed, engine: EngineSpy, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    sent = await _flood(feed, 20, chat=BUDI_CHAT, **{"from": BUDI})
    assert len(engine.calls) == BURST, "the engine never sees what is beyond the allowance"
    assert sent[:BURST] == [[ANSWERED]] * BURST
    assert sent[BURST] == [texts.SLOW_DOWN]
    assert sent[BURST + 1 :] == [[]] * (20 - BURST - 1)
    lines = _lines(caplog)
    assert len(lines) == 20
    assert all("throttled=false" in line for line in lines[:BURST])
    assert "replies=1 error=false throttled=true" in lines[BURST]
    assert all("replies=0 error=false throttled=true" in line for line in lines[BURST + 1 :])
    assert all("intent=- found=-" in line for line in lines[BURST:])
    assert SECRET not in caplog.text


async def test_a_throttled_user_who_waits_is_answered_again(
    feed: Feed, engine: EngineSpy, clock: FakeClock
) -> None:
    await _flood(feed, BURST + 3, chat=BUDI_CHAT, **{"from": BUDI})
    clock.advance(1.0)
    [[text]] = await _flood(feed, 1, chat=BUDI_CHAT, **{"from": BUDI})
    assert text == ANSWERED
    assert len(engine.calls) == BURST + 1


async def test_other_users_are_answered_while_one_floods(
    feed: Feed, engine: EngineSpy, clock: FakeClock
) -> None:
    await _flood(feed, 50, chat=BUDI_CHAT, **{"from": BUDI})
    sent = await _flood(feed, BURST)  # Alice, in her own chat
    assert sent == [[ANSWERED]] * BURST


async def test_commands_spend_the_allowance_too(feed: Feed, clock: FakeClock) -> None:
    sent = []
    for command in ["/start", "/help", "/sumber", "/tanya psk", "/halo", "/start", "/start"]:
        recorder = await feed(message=message(command, chat=BUDI_CHAT, **{"from": BUDI}))
        sent.append([params["text"] for params in recorder.sent()])
    assert all(texts_ for texts_ in sent[:BURST])
    assert sent[BURST:] == [[texts.SLOW_DOWN], []]


async def test_a_group_is_answered_within_its_budget_and_told_once(
    feed: Feed, engine: EngineSpy, clock: FakeClock
) -> None:
    # Chatter not meant for the bot costs the group nothing.
    for number in range(100):
        sent = await feed(message=message(f"obrolan {number}", chat=GROUP))
        assert sent.sent() == []
    sent = []
    for number in range(40):
        member = {"id": 2000 + number, "is_bot": False, "first_name": f"Anggota{number}"}
        text = f"@{BOT_USER['username']} {SECRET} {number}"
        recorder = await feed(message=message(text, chat=GROUP, **{"from": member}))
        sent.append(recorder.sent())
    answered = GROUP_BURST - 1
    assert len(engine.calls) == answered
    assert [len(params) for params in sent] == [1] * GROUP_BURST + [0] * (40 - GROUP_BURST)
    note = sent[answered][0]
    assert note["text"] == texts.SLOW_DOWN
    assert note["reply_parameters"], "the note answers its message, in the group's thread"
    # A quiet private chat is not held up by the group.
    assert await _flood(feed, 1, chat=BUDI_CHAT, **{"from": BUDI}) == [[ANSWERED]]
    # The group's budget refills with time: one question every three seconds.
    clock.advance(6.0)
    member = {"id": 3000, "is_bot": False, "first_name": "Sabar"}
    reply = bot_message()
    recorder = await feed(
        message=message("dan kapan?", chat=GROUP, reply_to_message=reply, **{"from": member})
    )
    assert [params["text"] for params in recorder.sent()] == [ANSWERED]


async def test_anonymous_admins_and_channels_each_have_their_own_share(
    feed: Feed, engine: EngineSpy, clock: FakeClock
) -> None:
    anonymous = {
        "id": 1087968824,
        "is_bot": True,
        "first_name": "Group",
        "username": "GroupAnonymousBot",
    }
    text = f"@{BOT_USER['username']} pertanyaan"
    for sender in ({"id": -1001, "type": "channel"}, {"id": -1002, "type": "channel"}):
        for _ in range(BURST):
            await feed(message=message(text, chat=GROUP, sender_chat=sender, **{"from": anonymous}))
    assert len(engine.calls) == 2 * BURST


async def test_admin_commands_are_not_throttled_for_admins(feed: Feed, clock: FakeClock) -> None:
    for _ in range(3 * BURST):
        recorder = await feed(message=message("/admin"))
        [params] = recorder.sent()
        assert params["text"] != texts.SLOW_DOWN
    # Not so for someone else, who is refused and then told to slow down.
    sent = []
    for _ in range(BURST + 2):
        recorder = await feed(message=message("/admin", chat=BUDI_CHAT, **{"from": BUDI}))
        sent.append([params["text"] for params in recorder.sent()])
    assert sent[BURST:] == [[texts.SLOW_DOWN], []]
    # An admin's questions are counted like everyone's.
    asked = await _flood(feed, BURST + 1)
    assert asked[BURST] == [texts.SLOW_DOWN]


async def test_inline_queries_have_their_own_allowance(
    feed: Feed, engine: EngineSpy, clock: FakeClock
) -> None:
    answers = []
    for number in range(INLINE_BURST + 3):
        query = {"id": f"q{number}", "from": ALICE, "query": f"psk {number}", "offset": ""}
        recorder = await feed(inline_query=query)
        answers.append(recorder.sent("answerInlineQuery"))
    assert len(engine.calls) == INLINE_BURST
    assert all(len(sent) == 1 for sent in answers[:INLINE_BURST])
    [note] = answers[INLINE_BURST]
    assert note["results"] == []
    assert texts.SLOW_DOWN in str(note["button"])
    assert int(note["cache_time"]) == 0
    assert answers[INLINE_BURST + 1 :] == [[], []]
    # Questions are counted apart: Alice still has her whole allowance.
    assert await _flood(feed, BURST) == [[ANSWERED]] * BURST
