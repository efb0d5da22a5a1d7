"""'Maksud Anda…?' at handler level: the buttons, the press, and every way a press can go wrong."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest

from bot.models import Answer, Choice, Context, Finding, Slots
from bot.telegram.state import BotState, PendingChoices, PendingQuestion
from tests.bot.telegram.conftest import (
    ALICE,
    BOT_USER,
    GROUP,
    PRIVATE,
    EngineSpy,
    RecordingRequest,
    message,
)
from tests.bot.telegram.telegram_html import telegram_html_text

Feed = Callable[..., Any]
CHOICES = (
    Choice(label="Jumlah lokalisasi yang ditutup", intent="closure_count"),
    Choice(label="Tanggal penutupan", intent="closure_date"),
)


def ambiguous(
    question: str, *, context: Context | None = None, intent: str | None = None
) -> Answer:
    """Choices for a fresh question; the picked reading's answer when an intent is forced."""
    if intent is None:
        return Answer(question=question, found=False, summary="Ambigu.", choices=CHOICES)
    return Answer(
        question=question,
        found=True,
        intent=intent,
        summary=f"Jawaban {intent} <ok> & rapi.",
        findings=(Finding(text="Satu temuan."),),
        context=Context(intent=intent, slots=Slots(), asked_at=time.time()),
    )


def press(prompt: dict[str, Any], data: str, chat: dict[str, Any] = PRIVATE) -> dict[str, Any]:
    """The callback query Telegram sends when a button under `prompt` is pressed."""
    return {
        "id": f"cq{time.monotonic_ns()}",
        "from": ALICE,
        "chat_instance": "instance-1",
        "data": data,
        "message": {
            "message_id": prompt["message_id"],
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER,
            "text": "Maksud Anda…?",
        },
    }


async def _ask(feed: Feed, chat: dict[str, Any] = PRIVATE) -> tuple[dict[str, Any], list[str]]:
    text = "tutup kaltim" if chat is PRIVATE else "/tanya tutup kaltim"
    sent: RecordingRequest = await feed(message=message(text, chat=chat))
    [prompt] = sent.sent()
    data = [row[0]["callback_data"] for row in prompt["reply_markup"]["inline_keyboard"]]
    return {**prompt, "message_id": 77}, data


@pytest.fixture(autouse=True)
def ambiguous_engine(engine: EngineSpy) -> None:
    engine.replies_with = ambiguous


async def test_ambiguous_question_asks_with_one_button_per_reading(feed: Feed) -> None:
    sent = await feed(message=message("tutup kaltim"))
    [prompt] = sent.sent()
    assert "Maksud Anda" in telegram_html_text(prompt["text"])
    rows = prompt["reply_markup"]["inline_keyboard"]
    assert [row[0]["text"] for row in rows] == [c.label for c in CHOICES]
    assert all(len(row[0]["callback_data"].encode()) <= 64 for row in rows)


async def test_press_answers_the_query_then_edits_the_prompt(
    feed: Feed, engine: EngineSpy, state: BotState
) -> None:
    prompt, data = await _ask(feed)
    sent: RecordingRequest = await feed(callback_query=press(prompt, data[1]))
    assert [c.method for c in sent.calls] == ["answerCallbackQuery", "editMessageText"]
    [edit] = sent.sent("editMessageText")
    assert edit["message_id"] == 77
    assert "reply_markup" not in edit, "the buttons go"
    assert "Jawaban closure_date <ok> & rapi." in telegram_html_text(edit["text"])
    assert engine.calls[-1] == ("tutup kaltim", None, "closure_date")
    assert state.contexts.get(PRIVATE["id"], time.time()) is not None


async def test_press_in_a_group_edits_the_prompt_there(feed: Feed) -> None:
    prompt, data = await _ask(feed, chat=GROUP)
    sent: RecordingRequest = await feed(callback_query=press(prompt, data[0], chat=GROUP))
    [edit] = sent.sent("editMessageText")
    assert int(edit["chat_id"]) == GROUP["id"]


async def test_a_pending_question_keeps_the_context_it_was_asked_in(
    feed: Feed, engine: EngineSpy, state: BotState
) -> None:
    earlier = Context(intent="aid_amount", slots=Slots(places=("kaltim",)), asked_at=time.time())
    state.contexts.put(PRIVATE["id"], earlier)
    prompt, data = await _ask(feed)
    assert state.contexts.get(PRIVATE["id"], time.time()) == earlier, "unchanged until a pick"
    await feed(callback_query=press(prompt, data[0]))
    assert engine.calls[-1][1] == earlier


@pytest.mark.parametrize(
    "data",
    ["pilih:tidakada:0", "pilih:{token}:9", "rusak", "", "pilih:{token}:x"],
    ids=["unknown-token", "index-out-of-range", "foreign", "empty", "bad-index"],
)
async def test_stale_or_broken_buttons_are_answered_and_removed(
    feed: Feed, engine: EngineSpy, data: str
) -> None:
    prompt, good = await _ask(feed)
    token = good[0].split(":")[1]
    calls_before = len(engine.calls)
    sent: RecordingRequest = await feed(callback_query=press(prompt, data.format(token=token)))
    [answered] = sent.sent("answerCallbackQuery")
    assert "kedaluwarsa" in answered["text"]
    assert sent.sent("editMessageReplyMarkup"), "the dead buttons are taken away"
    assert len(engine.calls) == calls_before


async def test_second_press_is_stale(feed: Feed) -> None:
    prompt, data = await _ask(feed)
    await feed(callback_query=press(prompt, data[0]))
    sent: RecordingRequest = await feed(callback_query=press(prompt, data[1]))
    [answered] = sent.sent("answerCallbackQuery")
    assert "kedaluwarsa" in answered["text"]


async def test_prompt_that_cannot_be_edited_any_more_still_answers(
    feed: Feed, recorder: RecordingRequest
) -> None:
    prompt, _ = await _ask(feed)
    recorder.failures["editMessageReplyMarkup"] = (400, "Bad Request: message can't be edited")
    sent: RecordingRequest = await feed(callback_query=press(prompt, "pilih:lama:0"))
    assert sent.sent("answerCallbackQuery")


def test_pending_choices_forget_the_oldest_when_full() -> None:
    pending = PendingChoices(limit=2)
    question = PendingQuestion("q", None, CHOICES)
    first, second, third = (pending.add(question) for _ in range(3))
    assert len(pending) == 2
    assert pending.pop(first) is None
    assert pending.pop(second) is question
    assert pending.pop(third) is question
    assert len({first, second, third}) == 3
