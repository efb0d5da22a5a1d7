"""Handler-level tests: the real Application fed real `Update`s, its Bot API calls recorded.

No network: a request class answers each call in memory, the way the Bot API would, and keeps a
list of what was called. For what the emulator cannot do (files, forwarded media, …) and for
engine answers that are not yet real (choices, long answers), this is where the bot is tested.
"""

from __future__ import annotations

import itertools
import json
import logging
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

from bot.models import Answer, Context
from bot.settings import Settings
from bot.telegram.app import build_application
from bot.telegram.state import BotState
from knowledge.index import KnowledgeBase
from tests.conftest import BOT_SETTING_NAMES

TOKEN = "123456:handler-tests"
BOT_USER = {
    "id": 123456,
    "is_bot": True,
    "first_name": "Tanya Lokalisasi",
    "username": "TanyaLokalisasiBot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
ALICE = {"id": 501, "is_bot": False, "first_name": "Alice", "username": "alice"}
GROUP = {"id": -1001234567890, "type": "supergroup", "title": "Grup Uji"}
PRIVATE = {"id": ALICE["id"], "type": "private", "first_name": "Alice"}
STICKER = {
    "file_id": "sticker",
    "file_unique_id": "sticker-unique",
    "type": "regular",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
}

_ids = itertools.count(1)


@dataclass
class Call:
    """One Bot API call the bot made."""

    method: str
    params: dict[str, Any]


@dataclass
class RecordingRequest(BaseRequest):
    """Answers Bot API calls in memory, as Telegram would, and records them."""

    calls: list[Call] = field(default_factory=list)
    failures: dict[str, tuple[int, str]] = field(default_factory=dict)
    """Methods to fail: method -> (HTTP status, description)."""

    def __post_init__(self) -> None:
        super().__init__()

    @property
    def read_timeout(self) -> float | None:
        """No real I/O, no timeout."""
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        """Record the call and answer it."""
        endpoint = url.rsplit("/", 1)[1]
        params = request_data.parameters if request_data else {}
        self.calls.append(Call(endpoint, dict(params)))
        if endpoint in self.failures:
            status, description = self.failures[endpoint]
            body = {"ok": False, "error_code": status, "description": description}
            return status, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": self._result(endpoint, params)}).encode()

    def _result(self, endpoint: str, params: dict[str, Any]) -> Any:
        if endpoint == "getMe":
            return BOT_USER
        if endpoint in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            chat_id = int(params["chat_id"])
            chat = PRIVATE if chat_id > 0 else GROUP
            message = {
                "message_id": int(params.get("message_id") or next(_ids) + 10_000),
                "date": int(time.time()),
                "chat": {**chat, "id": chat_id},
                "from": BOT_USER,
                "text": params.get("text", ""),
            }
            if params.get("reply_markup"):
                message["reply_markup"] = params["reply_markup"]
            return message
        return True

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        """The parameters of every call of `method`, in order."""
        return [call.params for call in self.calls if call.method == method]

    def bot_calls(self) -> list[str]:
        """The methods called after start-up (getMe left out)."""
        return [call.method for call in self.calls if call.method != "getMe"]


class EngineSpy:
    """A stand-in for bot.answer.answer that records its calls and returns scripted answers."""

    def __init__(self, reply: Callable[..., Answer] | None = None) -> None:
        self.calls: list[tuple[str, Context | None, str | None]] = []
        self.replies_with = reply or not_found
        """How the stand-in answers; tests set it to the answers they need."""

    def __call__(
        self,
        question: str,
        kb: KnowledgeBase,
        context: Context | None = None,
        *,
        intent: str | None = None,
    ) -> Answer:
        """Record the question and answer it the scripted way."""
        self.calls.append((question, context, intent))
        return self.replies_with(question, context=context, intent=intent)


def not_found(question: str, **_: Any) -> Answer:
    """The engine's 'I do not know'."""
    return Answer(question=question, found=False, summary="Maaf, belum ada informasi tentang itu.")


def message(
    text: str | None = None, *, chat: dict[str, Any] = PRIVATE, **fields: Any
) -> dict[str, Any]:
    """A message as the Bot API sends it; entities for a leading /command and @mentions."""
    data: dict[str, Any] = {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": chat,
        "from": ALICE,
        **fields,
    }
    if text is not None:
        data["text"] = text
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
        start = text.find("@")
        while start != -1:
            end = start + 1
            while end < len(text) and (text[end].isalnum() or text[end] == "_"):
                end += 1
            if end - start > 5 and (start == 0 or text[start - 1] == " "):
                entities.append({"type": "mention", "offset": start, "length": end - start})
            start = text.find("@", end)
        if entities:
            data["entities"] = entities
    return data


def bot_message(
    text: str = "Jawaban sebelumnya.", *, chat: dict[str, Any] = GROUP
) -> dict[str, Any]:
    """A message the bot sent earlier."""
    return {
        "message_id": next(_ids),
        "date": int(time.time()),
        "chat": chat,
        "from": BOT_USER,
        "text": text,
    }


@pytest.fixture(autouse=True)
def no_bot_settings_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings come from each test, never from the developer's environment."""
    for name in BOT_SETTING_NAMES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def engine() -> EngineSpy:
    """The answer engine stand-in; tests give it the answers they need."""
    return EngineSpy()


@pytest.fixture
def recorder() -> RecordingRequest:
    """The bot's Bot API calls."""
    return RecordingRequest()


@pytest.fixture
def state(kb: KnowledgeBase, kb_path: Path, engine: EngineSpy) -> BotState:
    """The handlers' shared state, with the engine stand-in."""
    return BotState(kb=kb, kb_path=kb_path, answer=engine)


@pytest.fixture
async def app(state: BotState, recorder: RecordingRequest) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """The bot's Application, initialised (getMe answered), not polling."""
    settings = Settings(telegram_bot_token=SecretStr(TOKEN), _env_file=None)  # type: ignore[call-arg]
    application = build_application(settings, state, request=recorder)
    await application.initialize()
    yield application
    await application.shutdown()


@pytest.fixture
def feed(app: Application, recorder: RecordingRequest) -> Callable[..., Any]:  # type: ignore[type-arg]
    """Feed one update (as the Bot API writes it) to the Application."""

    async def feed(**update: Any) -> RecordingRequest:
        recorder.calls.clear()
        await app.process_update(Update.de_json({"update_id": next(_ids), **update}, app.bot))
        return recorder

    return feed


@pytest.fixture(autouse=True)
def no_errors_logged(
    request: pytest.FixtureRequest, caplog: pytest.LogCaptureFixture
) -> Iterator[None]:
    """Fail a test in which the bot logged an error (a handler raised)."""
    caplog.set_level(logging.INFO)
    yield
    if request.node.get_closest_marker("expects_bot_errors"):
        return
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert not errors, [r.getMessage() for r in errors]


def pytest_configure(config: pytest.Config) -> None:
    """Register this directory's marker."""
    config.addinivalue_line("markers", "expects_bot_errors: the test makes a handler fail")
