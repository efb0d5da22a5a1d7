"""The end-to-end harness: the Bot API emulator, the bot as a subprocess, and users who talk to it.

Every wait here is bounded, and every process started has a way to be stopped (and dies with the
test run even if pytest itself is killed).
"""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import json
import os
import re
import selectors
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

import httpx

from tests.conftest import BOT_SETTING_NAMES

REPO_ROOT = Path(__file__).resolve().parents[2]
EMULATOR_DIR = Path(__file__).resolve().parent / "emulator"
HOST = "127.0.0.1"

START_TIMEOUT = 20.0
REPLY_TIMEOUT = 5.0
STOP_TIMEOUT = 10.0
POLL_INTERVAL = 0.02

_ERROR_LINE = re.compile(r"^\S+ \S+ (ERROR|CRITICAL) |^Traceback ")

T = TypeVar("T")


class HarnessError(AssertionError):
    """The emulator or the bot did not do what the harness waited for."""


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = REPLY_TIMEOUT) -> T:
    """Call `probe` until it returns something other than None, for at most `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result is not None:
            return result
        if time.monotonic() > deadline:
            raise HarnessError(f"gave up after {timeout:.1f} s waiting for {what}")
        time.sleep(POLL_INTERVAL)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


def _die_with_parent() -> None:
    """Ask Linux to SIGTERM the child if the test run dies, even by SIGKILL."""
    with contextlib.suppress(OSError, AttributeError):
        pr_set_pdeathsig = 1
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)


def _stop(process: subprocess.Popen[bytes]) -> int:
    """SIGTERM, then SIGKILL if the process has not stopped in time; returns its exit code."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(STOP_TIMEOUT)
    return process.returncode


def error_lines(log: str) -> list[str]:
    """The lines of a bot log that report an error or start a traceback."""
    return [line for line in log.splitlines() if _ERROR_LINE.match(line)]


# --- the emulator -----------------------------------------------------------------------------


class Emulator:
    """telegram-test-api behind its compatibility layer (emulator/server.js), on a free port."""

    def __init__(self, log_path: Path) -> None:
        if not (EMULATOR_DIR / "node_modules" / "telegram-test-api").is_dir():
            raise HarnessError(
                f"the Bot API emulator is missing: run `make test` (or `npm ci` in {EMULATOR_DIR})"
            )
        self.log_path = log_path
        self._log: IO[bytes] = log_path.open("wb")
        self.process = subprocess.Popen(
            ["node", "server.js", "0"],
            cwd=EMULATOR_DIR,
            stdin=subprocess.PIPE,  # the server stops when this closes
            stdout=subprocess.PIPE,
            stderr=self._log,
            preexec_fn=_die_with_parent,
        )
        self.port = self._read_port()
        self.url = f"http://{HOST}:{self.port}"

    def _read_port(self) -> int:
        assert self.process.stdout is not None
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            if not selector.select(START_TIMEOUT):
                self.stop()
                raise HarnessError(f"the emulator did not start in {START_TIMEOUT} s")
        line = self.process.stdout.readline()
        try:
            return int(json.loads(line)["port"])
        except (ValueError, KeyError) as error:
            self.stop()
            log = self.log_path.read_text(errors="replace")
            raise HarnessError(f"the emulator did not start: {line!r}\n{log}") from error

    def stop(self) -> None:
        """Stop the emulator (closing its stdin asks it to) and wait for it."""
        if self.process.stdin:
            with contextlib.suppress(OSError):
                self.process.stdin.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(STOP_TIMEOUT)
        _stop(self.process)
        if self.process.stdout:
            self.process.stdout.close()
        self._log.close()


# --- users, chats and what the bot sent ---------------------------------------------------------

_ids = itertools.count(1000)

STICKER = {
    "file_id": "sticker",
    "file_unique_id": "sticker-unique",
    "type": "regular",
    "width": 512,
    "height": 512,
    "is_animated": False,
    "is_video": False,
}
"""A sticker, as a message carries it: a message without text."""


@dataclass(frozen=True)
class User:
    """A Telegram user of the tests."""

    id: int
    first_name: str
    username: str

    def as_json(self) -> dict[str, Any]:
        """The user as the Bot API writes it."""
        return {
            "id": self.id,
            "is_bot": False,
            "first_name": self.first_name,
            "username": self.username,
        }


@dataclass(frozen=True)
class Chat:
    """A private chat or a group of the tests."""

    id: int
    type: str
    title: str | None = None
    first_name: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The chat as the Bot API writes it."""
        chat: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title:
            chat["title"] = self.title
        if self.first_name:
            chat["first_name"] = self.first_name
        return chat


def new_user(name: str = "Uji") -> User:
    """A user nobody else in the test run is."""
    number = next(_ids)
    return User(id=number, first_name=f"{name}{number}", username=f"{name.lower()}{number}")


def private_chat(user: User) -> Chat:
    """The private chat between `user` and the bot."""
    return Chat(id=user.id, type="private", first_name=user.first_name)


def new_group(title: str = "Grup Uji") -> Chat:
    """A supergroup (their ids are negative)."""
    return Chat(id=-1_000_000_000_000 - next(_ids), type="supergroup", title=title)


@dataclass
class BotMessage:
    """A message the bot sent, as the emulator stored it."""

    message_id: int
    chat_id: int
    text: str
    parse_mode: str | None
    reply_to: int | None
    buttons: list[tuple[str, str]] = field(default_factory=list)
    raw: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_stored(cls, stored: dict[str, Any]) -> BotMessage:
        """Read an item of the emulator's bot-message storage."""
        message = stored["message"]
        reply = message.get("reply_parameters") or {}
        if isinstance(reply, str):
            reply = json.loads(reply)
        reply_to = reply.get("message_id") or message.get("reply_to_message_id")
        markup = message.get("reply_markup") or {}
        if isinstance(markup, str):
            markup = json.loads(markup)
        buttons = [
            (button["text"], button.get("callback_data", ""))
            for row in markup.get("inline_keyboard", [])
            for button in row
        ]
        return cls(
            message_id=int(stored["messageId"]),
            chat_id=int(message["chat_id"]),
            text=message.get("text", ""),
            parse_mode=message.get("parse_mode"),
            reply_to=int(reply_to) if reply_to else None,
            buttons=buttons,
            raw=message,
        )


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def entities_of(text: str) -> list[dict[str, Any]]:
    """The entities Telegram would attach: a leading /command and @mentions (UTF-16 offsets)."""
    entities = []
    command = re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text)
    if command:
        entities.append({"type": "bot_command", "offset": 0, "length": _utf16_len(command[0])})
    for mention in re.finditer(r"(?<![\w/])@[A-Za-z0-9_]{5,}", text):
        entities.append(
            {
                "type": "mention",
                "offset": _utf16_len(text[: mention.start()]),
                "length": _utf16_len(mention[0]),
            }
        )
    return entities


# --- the users' side of the emulator ------------------------------------------------------------


class BotApiClient:
    """Users talking to one bot through the emulator's client routes."""

    def __init__(self, emulator_url: str, token: str) -> None:
        self.token = token
        self.http = httpx.Client(base_url=emulator_url, timeout=REPLY_TIMEOUT)
        self._unseen: dict[int, list[BotMessage]] = {}
        me = self.bot_api("getMe")
        self.bot_user = {
            "id": me["id"],
            "is_bot": True,
            "first_name": me["first_name"],
            "username": me["username"],
        }
        self.bot_username: str = me["username"]

    def close(self) -> None:
        """Close the HTTP connection pool."""
        self.http.close()

    def _post(self, route: str, body: dict[str, Any]) -> Any:
        response = self.http.post(route, json=body)
        response.raise_for_status()
        payload = response.json()
        assert payload.get("ok"), payload
        return payload.get("result")

    def bot_api(self, method: str, **params: Any) -> Any:
        """Call a Bot API method as the bot would (to read what the bot registered)."""
        response = self.http.post(f"/bot{self.token}/{method}", data=params)
        payload = response.json()
        assert payload.get("ok"), payload
        return payload["result"]

    # what users do

    def send(
        self,
        chat: Chat,
        user: User,
        text: str | None = None,
        *,
        reply_to: BotMessage | dict[str, Any] | None = None,
        **content: Any,
    ) -> int:
        """Send a message as `user` in `chat`; returns its message id."""
        self.post(chat, user, text, reply_to=reply_to, **content)
        return self._last_user_message_id(chat)

    def post(
        self,
        chat: Chat,
        user: User,
        text: str | None = None,
        *,
        reply_to: BotMessage | dict[str, Any] | None = None,
        **content: Any,
    ) -> None:
        """Send a message like `send`, without looking its id up (fast, for many messages)."""
        message: dict[str, Any] = {
            "botToken": self.token,
            "date": int(time.time()),
            "from": user.as_json(),
            "chat": chat.as_json(),
            **content,
        }
        if text is not None:
            message["text"] = text
            if entities := entities_of(text):
                message["entities"] = entities
        if isinstance(reply_to, BotMessage):
            message["reply_to_message"] = self.as_message(reply_to, chat)
        elif reply_to is not None:
            message["reply_to_message"] = reply_to
        is_command = (
            bool(message.get("entities")) and message["entities"][0]["type"] == "bot_command"
        )
        self._post("/sendCommand" if is_command else "/sendMessage", message)

    def _last_user_message_id(self, chat: Chat) -> int:
        history = self._post("/getUpdatesHistory", {"token": self.token})
        ids = [
            int(item["messageId"])
            for item in history
            if isinstance(item.get("message", {}).get("chat"), dict)
            and item["message"]["chat"]["id"] == chat.id
        ]
        assert ids, "the emulator did not store the message"
        return max(ids)

    def send_update(self, update: dict[str, Any]) -> int:
        """Deliver any update as Telegram writes it (an edit, a channel post…); its update id."""
        sent = self._post("/compat/sendUpdate", {"token": self.token, "update": update})
        return int(sent["update_id"])

    def send_updates(self, updates: list[dict[str, Any]]) -> list[int]:
        """Deliver many updates in one request, in order: a flood, all there at once."""
        sent = self._post("/compat/sendUpdates", {"token": self.token, "updates": updates})
        return [int(update_id) for update_id in sent["update_ids"]]

    def as_message(self, sent: BotMessage, chat: Chat) -> dict[str, Any]:
        """A bot message the way Telegram embeds it in an update (reply_to_message, callbacks)."""
        return {
            "message_id": sent.message_id,
            "date": int(time.time()),
            "chat": chat.as_json(),
            "from": self.bot_user,
            "text": sent.text,
        }

    def press(self, chat: Chat, user: User, message: BotMessage, data: str) -> None:
        """Press the inline button with callback data `data` under `message`."""
        self._post(
            "/sendCallback",
            {
                "botToken": self.token,
                "date": int(time.time()),
                "from": user.as_json(),
                "message": self.as_message(message, chat),
                "data": data,
            },
        )

    def inline_query(self, user: User, query: str) -> dict[str, Any]:
        """Type `@bot query` in some chat; returns the bot's answerInlineQuery parameters."""
        sent = self._post(
            "/sendInlineQuery", {"token": self.token, "from": user.as_json(), "query": query}
        )

        def answer() -> dict[str, Any] | None:
            body = {"token": self.token, "inline_query_id": sent["inline_query_id"]}
            result = self._post("/getInlineQueryAnswer", body)
            return result if result else None

        return wait_for(f"an answer to the inline query {query!r}", answer)

    # what the bot did

    def _fetch(self, chat_id: int) -> None:
        stored = self._post("/getUpdates", {"token": self.token, "chatId": chat_id})
        self._unseen.setdefault(chat_id, []).extend(BotMessage.from_stored(s) for s in stored)

    def replies(
        self, chat_id: int, count: int = 1, timeout: float = REPLY_TIMEOUT
    ) -> list[BotMessage]:
        """The next `count` messages the bot sends to the chat, waiting at most `timeout` s."""

        def enough() -> list[BotMessage] | None:
            self._fetch(chat_id)
            unseen = self._unseen[chat_id]
            if len(unseen) < count:
                return None
            taken, self._unseen[chat_id] = unseen[:count], unseen[count:]
            return taken

        return wait_for(f"{count} message(s) from the bot in chat {chat_id}", enough, timeout)

    def replies_to(self, chat_id: int, message_id: int) -> list[BotMessage]:
        """Every message the bot sent in answer to `message_id` (after a barrier has passed)."""
        self._fetch(chat_id)
        return [m for m in self._unseen.get(chat_id, []) if m.reply_to == message_id]

    def drain(self, chat_id: int) -> list[BotMessage]:
        """Everything the bot sent to the chat that the test has not taken yet."""
        self._fetch(chat_id)
        unseen, self._unseen[chat_id] = self._unseen.get(chat_id, []), []
        return unseen

    def current(self, message: BotMessage) -> BotMessage:
        """The bot's message as it is now, after any edits."""
        for stored in self._post("/getUpdatesHistory", {"token": self.token}):
            inner = stored.get("message", {})
            if int(stored.get("messageId", -1)) == message.message_id and str(
                inner.get("chat_id")
            ) == str(message.chat_id):
                return BotMessage.from_stored(stored)
        raise HarnessError(f"message {message.message_id} is not stored")

    def state(self) -> dict[str, Any]:
        """What the compatibility layer recorded of the bot (commands, callback answers, …)."""
        response = self.http.get("/compat/state", params={"token": self.token})
        return response.json()["result"]

    def set_fix(self, fix: str, *, enabled: bool) -> None:
        """Switch one of the compatibility layer's fixes on or off."""
        self._post(f"/compat/{'enable' if enabled else 'disable'}", {"fix": fix})

    @contextlib.contextmanager
    def without_fix(self, fix: str) -> Iterator[None]:
        """Run a block with one fix of the compatibility layer switched off."""
        self.set_fix(fix, enabled=False)
        try:
            yield
        finally:
            self.set_fix(fix, enabled=True)

    def barrier(self) -> None:
        """Return once the bot has handled every update sent before this call.

        The bot handles updates one at a time, in order, so once it has answered a /start sent
        now, everything sent earlier has been handled (and any error in it logged).
        """
        user = new_user("Sawar")
        chat = private_chat(user)
        self.send(chat, user, "/start")
        self.replies(chat.id, count=1)
        self.drain(chat.id)


# --- the bot ------------------------------------------------------------------------------------


class BotProcess:
    """`python -m bot` (or another entry point) as a subprocess talking to the emulator."""

    def __init__(
        self,
        emulator: Emulator,
        token: str,
        workdir: Path,
        *,
        argv: list[str] | None = None,
        env: dict[str, str] | None = None,
    ) -> None:
        self.token = token
        self.workdir = workdir
        self.kb_path = workdir / "kb.sqlite"
        self.log_path = workdir / "bot.log"
        # Settings come from each test, never from the inherited environment.
        environment = {k: v for k, v in os.environ.items() if k not in BOT_SETTING_NAMES}
        environment.update(
            {
                "PYTHONPATH": os.pathsep.join(
                    filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])
                ),
                "PYTHONUNBUFFERED": "1",
                "TELEGRAM_BOT_TOKEN": token,
                "TELEGRAM_API_BASE_URL": f"{emulator.url}/bot",
                "KB_PATH": str(self.kb_path),
                **(env or {}),
            }
        )
        self._log = self.log_path.open("wb")
        # The working directory is the test's own, so no developer's .env is read.
        self.process = subprocess.Popen(
            argv or [sys.executable, "-m", "bot"],
            cwd=workdir,
            env=environment,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )
        self.client = BotApiClient(emulator.url, token)

    def log(self) -> str:
        """Everything the bot has logged so far."""
        return self.log_path.read_text(errors="replace")

    def log_mark(self) -> int:
        """A position in the log, for `log_since`."""
        return self.log_path.stat().st_size

    def log_since(self, mark: int) -> str:
        """What the bot logged after `mark`."""
        with self.log_path.open("rb") as log:
            log.seek(mark)
            return log.read().decode(errors="replace")

    def wait_ready(self, ready: Callable[[dict[str, Any]], bool]) -> None:
        """Wait until the compatibility layer's record of the bot satisfies `ready`."""

        def probe() -> bool | None:
            if self.process.poll() is not None:
                raise HarnessError(f"the bot exited with {self.process.returncode}:\n{self.log()}")
            return True if ready(self.client.state()) else None

        try:
            wait_for("the bot to start", probe, START_TIMEOUT)
        except HarnessError:
            self.stop()
            raise

    def stop(self) -> int:
        """Stop the bot as a service manager would (SIGTERM); returns its exit code."""
        code = _stop(self.process)
        self.client.close()
        self._log.close()
        return code
