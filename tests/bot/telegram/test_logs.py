"""The structured update log at handler level: fields, the user's text only at DEBUG, errors."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest
from telegram.ext import Application

from bot.models import Answer
from bot.telegram.logs import TracedApplication, note_answer, trace_of
from tests.bot.telegram.conftest import GROUP, EngineSpy, message

Feed = Callable[..., Any]
SECRET = "kalimat rahasia pengguna"


def _lines(caplog: pytest.LogCaptureFixture, level: int = logging.INFO) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "bot.telegram.logs" and r.levelno == level
    ]


def found(question: str, **_: Any) -> Answer:
    """An answer the engine found, with its intent."""
    return Answer(question=question, found=True, intent="closure_count", summary="22 lokalisasi.")


def test_the_application_is_traced(app: Application) -> None:  # type: ignore[type-arg]
    assert isinstance(app, TracedApplication)


async def test_a_question_gets_one_line_with_intent_and_no_text(
    feed: Feed, engine: EngineSpy, caplog: pytest.LogCaptureFixture
) -> None:
    engine.replies_with = found
    await feed(message=message(SECRET))
    [line] = _lines(caplog)
    assert "kind=message chat=private command=- intent=closure_count found=true" in line
    assert "replies=1 error=false throttled=false ms=" in line
    assert SECRET not in caplog.text


async def test_debug_adds_the_text_clipped(feed: Feed, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="bot.telegram.logs")
    await feed(message=message(SECRET + " " + "x" * 1000))
    [debug] = _lines(caplog, logging.DEBUG)
    assert SECRET in debug
    assert len(debug) < 300
    assert all(SECRET not in line for line in _lines(caplog))


async def test_silence_in_a_group_is_a_line_with_no_replies(
    feed: Feed, caplog: pytest.LogCaptureFixture
) -> None:
    await feed(message=message("obrolan biasa", chat=GROUP))
    [line] = _lines(caplog)
    assert "kind=message chat=supergroup" in line
    assert "found=- replies=0" in line


async def test_unknown_command_names_are_not_logged(
    feed: Feed, caplog: pytest.LogCaptureFixture
) -> None:
    await feed(message=message("/rahasiaku argumen"))
    [line] = _lines(caplog)
    assert "kind=command chat=private command=other" in line
    assert "rahasiaku" not in caplog.text


def broken(question: str, **_: Any) -> Answer:
    """An engine that fails."""
    raise RuntimeError("engine exploded")


@pytest.mark.expects_bot_errors
async def test_a_failing_handler_is_marked(
    feed: Feed, engine: EngineSpy, caplog: pytest.LogCaptureFixture
) -> None:
    engine.replies_with = broken
    await feed(message=message("berapa?"))
    [line] = _lines(caplog)
    assert "error=true" in line
    assert "replies=1" in line, "the apology"


async def test_anything_not_an_update_is_logged_as_other(
    app: Application,  # type: ignore[type-arg]
    caplog: pytest.LogCaptureFixture,
) -> None:
    await app.process_update("not an update")
    [line] = _lines(caplog)
    assert line.startswith("update id=- kind=other chat=-")


def test_noting_an_answer_outside_an_update_does_nothing() -> None:
    note_answer(Answer(question="x", found=True, summary="y"))
    assert trace_of(object()).kind == "other"
