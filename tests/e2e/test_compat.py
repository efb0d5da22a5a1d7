"""The compatibility layer itself, spoken to over raw HTTP: each measured gap, and its fix.

No bot runs against the token used here, so the tests see exactly what a bot would.
"""

from __future__ import annotations

import base64
import json
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.e2e.harness import Emulator

TOKEN = "777:compat-tests"


@pytest.fixture
def api(emulator: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=emulator.url, timeout=10) as client:
        yield client


def bot_call(api: httpx.Client, method: str, **params: Any) -> dict[str, Any]:
    """A Bot API call the way python-telegram-bot makes it: form fields, nested ones as JSON."""
    form = {k: json.dumps(v) if isinstance(v, dict | list) else str(v) for k, v in params.items()}
    return dict(api.post(f"/bot{TOKEN}/{method}", data=form).json())


def user_message(chat: dict[str, Any], text: str) -> dict[str, Any]:
    return {
        "botToken": TOKEN,
        "date": int(time.time()),
        "from": {"id": 9, "is_bot": False, "first_name": "U"},
        "chat": chat,
        "text": text,
    }


def drain(api: httpx.Client) -> int:
    """Confirm every pending update; returns the next offset."""
    updates = bot_call(api, "getUpdates", timeout=0)["result"]
    offset = updates[-1]["update_id"] + 1 if updates else 0
    bot_call(api, "getUpdates", offset=offset, timeout=0)
    return offset


def test_get_me_says_it_is_a_bot(api: httpx.Client) -> None:
    me = bot_call(api, "getMe")["result"]
    assert me["is_bot"] is True
    assert me["username"] == "TestNameBot"


def test_sent_message_has_a_date_in_seconds_and_the_real_chat(api: httpx.Client) -> None:
    group = {"id": -100777, "type": "supergroup", "title": "G"}
    api.post("/sendMessage", json=user_message(group, "halo"))
    sent = bot_call(api, "sendMessage", chat_id=group["id"], text="hai")["result"]
    assert abs(sent["date"] - time.time()) < 60
    assert sent["chat"] == group


def test_edits_return_the_message_and_drop_a_keyboard_not_repeated(api: httpx.Client) -> None:
    keyboard = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    sent = bot_call(api, "sendMessage", chat_id=9, text="pilih", reply_markup=keyboard)["result"]
    edited = bot_call(api, "editMessageText", chat_id=9, message_id=sent["message_id"], text="ok")
    assert edited["result"]["text"] == "ok"
    assert "reply_markup" not in edited["result"]
    missing = bot_call(api, "editMessageText", chat_id=9, message_id=999_999, text="x")
    assert missing["ok"] is False
    assert missing["error_code"] == 400


def test_callback_updates_carry_a_chat_instance(api: httpx.Client) -> None:
    drain(api)
    chat = {"id": 9, "type": "private", "first_name": "U"}
    message = {"message_id": 1, "date": int(time.time()), "chat": chat, "text": "?"}
    query = {"botToken": TOKEN, "from": user_message(chat, "")["from"], "message": message}
    api.post("/sendCallback", json={**query, "data": "pilih:x:0"})
    [update] = bot_call(api, "getUpdates", timeout=0)["result"]
    assert update["callback_query"]["chat_instance"]


def test_updates_wait_for_confirmation_and_long_polls_wait(api: httpx.Client) -> None:
    offset = drain(api)
    api.post("/sendMessage", json=user_message({"id": 9, "type": "private"}, "satu"))
    first = bot_call(api, "getUpdates", offset=offset, timeout=0)["result"]
    again = bot_call(api, "getUpdates", offset=offset, timeout=0)["result"]
    assert first == again, "not lost before the bot confirms it"
    offset = first[-1]["update_id"] + 1

    started = time.monotonic()
    assert bot_call(api, "getUpdates", offset=offset, timeout=1)["result"] == []
    assert time.monotonic() - started >= 0.9, "an empty long poll waits for its timeout"

    def later() -> None:
        time.sleep(0.3)
        with httpx.Client(base_url=str(api.base_url)) as other:
            other.post("/sendMessage", json=user_message({"id": 9, "type": "private"}, "dua"))

    sender = threading.Thread(target=later)
    started = time.monotonic()
    sender.start()
    [update] = bot_call(api, "getUpdates", offset=offset, timeout=5)["result"]
    sender.join(5)
    assert update["message"]["text"] == "dua"
    assert time.monotonic() - started < 3, "a long poll returns as soon as an update arrives"


def test_missing_methods_are_there(api: httpx.Client) -> None:
    commands = [{"command": "tanya", "description": "Tanya"}]
    assert bot_call(api, "setMyCommands", commands=commands)["result"] is True
    assert bot_call(api, "getMyCommands")["result"] == commands
    assert bot_call(api, "sendChatAction", chat_id=9, action="typing")["result"] is True
    answered = bot_call(api, "answerInlineQuery", inline_query_id="q1", results=[])
    assert answered["result"] is True


def test_commands_are_kept_per_scope(api: httpx.Client) -> None:
    everyone = [{"command": "tanya", "description": "Tanya"}]
    admins = [*everyone, {"command": "batal", "description": "Batalkan"}]
    scope = {"type": "chat", "chat_id": 4242}
    assert bot_call(api, "setMyCommands", commands=everyone)["ok"]
    assert bot_call(api, "setMyCommands", commands=admins, scope=scope)["ok"]
    assert bot_call(api, "getMyCommands")["result"] == everyone
    assert bot_call(api, "getMyCommands", scope=scope)["result"] == admins
    assert bot_call(api, "getMyCommands", scope={"type": "chat", "chat_id": 1})["result"] == []
    assert bot_call(api, "deleteMyCommands", scope=scope)["result"] is True
    assert bot_call(api, "getMyCommands", scope=scope)["result"] == []
    assert bot_call(api, "getMyCommands")["result"] == everyone


def test_a_users_upload_is_fetched_with_get_file_and_downloaded(api: httpx.Client) -> None:
    data = "Artikel berita — UTF-8 ✓\n".encode()
    body = {"content": base64.b64encode(data).decode(), "file_name": "berita.txt"}
    document = api.post("/compat/uploadFile", json=body).json()["result"]
    assert document["file_size"] == len(data)
    assert document["file_name"] == "berita.txt"
    file = bot_call(api, "getFile", file_id=document["file_id"])["result"]
    assert file["file_size"] == len(data)
    assert api.get(f"/file/bot{TOKEN}/{file['file_path']}").content == data
    missing = api.post(f"/bot{TOKEN}/getFile", data={"file_id": "nope"})
    assert missing.status_code == 400
    assert api.get(f"/file/bot{TOKEN}/documents/nope").status_code == 404


def test_send_document_takes_a_multipart_upload_and_stores_it(api: httpx.Client) -> None:
    payload = json.dumps({"articles": [], "catatan": "ekspor ✓"}).encode()
    reply = {"message_id": 1}
    response = api.post(
        f"/bot{TOKEN}/sendDocument",
        data={"chat_id": "9", "caption": "<b>Ekspor</b>", "reply_parameters": json.dumps(reply)},
        files={"document": ("ekspor.json", payload, "application/json")},
    )
    sent = response.json()["result"]
    assert sent["document"]["file_name"] == "ekspor.json"
    assert sent["caption"] == "<b>Ekspor</b>"
    assert sent["chat"]["id"] == 9
    assert abs(sent["date"] - time.time()) < 60, "in seconds"
    file = bot_call(api, "getFile", file_id=sent["document"]["file_id"])["result"]
    assert api.get(f"/file/bot{TOKEN}/{file['file_path']}").content == payload
    stored = api.post("/getUpdatesHistory", json={"token": TOKEN}).json()["result"]
    assert any(
        ((item.get("message") or {}).get("document") or {}).get("file_id")
        == sent["document"]["file_id"]
        for item in stored
    )
    empty = api.post(f"/bot{TOKEN}/sendDocument", data={"chat_id": "9"})
    assert empty.status_code == 400


def test_sent_documents_come_back_byte_for_byte(api: httpx.Client) -> None:
    """Binary bytes, CRLFs and boundary-like lines inside the file survive the multipart parser."""
    payload = bytes(range(256)) + b"\r\n--\r\n--boundary\r\n\r\n" + "✓".encode() + b"\r\n"
    response = api.post(
        f"/bot{TOKEN}/sendDocument",
        data={"chat_id": "9"},
        files={"document": ("biner.bin", payload, "application/octet-stream")},
    )
    file_id = response.json()["result"]["document"]["file_id"]
    file = bot_call(api, "getFile", file_id=file_id)["result"]
    assert api.get(f"/file/bot{TOKEN}/{file['file_path']}").content == payload


def test_telegram_limits_on_text_are_enforced(api: httpx.Client) -> None:
    empty = bot_call(api, "sendMessage", chat_id=9, text="<b> </b>", parse_mode="HTML")
    assert empty["description"] == "Bad Request: message text is empty"
    long = bot_call(api, "sendMessage", chat_id=9, text="&lt;" * 4097, parse_mode="HTML")
    assert long["description"] == "Bad Request: message is too long"
    # The limit counts what a person sees: tags and entities do not count.
    fits = "<b>" + "&amp;" * 4096 + "</b>"
    assert bot_call(api, "sendMessage", chat_id=9, text=fits, parse_mode="HTML")["ok"]


def test_throttle_answers_429_with_retry_after_then_lets_calls_through(
    api: httpx.Client,
) -> None:
    token = "778:throttled"
    rule = {"token": token, "method": "getMe", "count": 1, "retry_after": 3}
    api.post("/compat/throttle", json=rule).raise_for_status()
    refused = api.post(f"/bot{token}/getMe")
    assert refused.status_code == 429
    assert refused.json()["parameters"] == {"retry_after": 3}
    assert api.post(f"/bot{token}/getMe").json()["ok"]
    recorded = api.get("/compat/state", params={"token": token}).json()["result"]["throttled"]
    assert [call["status"] for call in recorded] == [429, 200]


def test_any_update_can_be_delivered(api: httpx.Client) -> None:
    offset = drain(api)
    chat = {"id": -100999, "type": "channel", "title": "K"}
    post = {"message_id": 5, "date": int(time.time()), "chat": chat, "text": "halo"}
    sent = api.post("/compat/sendUpdate", json={"token": TOKEN, "update": {"channel_post": post}})
    [update] = bot_call(api, "getUpdates", offset=offset, timeout=0)["result"]
    assert update == {"channel_post": post, "update_id": sent.json()["result"]["update_id"]}
