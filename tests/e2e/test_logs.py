"""The bot's log as an operator reads it: one structured line per update, no token, no user text."""

from __future__ import annotations

import re

from tests.e2e.harness import (
    STICKER,
    BotApiClient,
    BotMessage,
    BotProcess,
    new_group,
    new_user,
    private_chat,
)

SECRET_WORDS = "KATARAHASIA4242"
"""In every message below: the user's text must never reach the log at INFO."""
LINE = re.compile(
    r"^\S+ \S+ INFO bot\.telegram\.logs: update id=(?P<id>\d+) kind=(?P<kind>\S+) "
    r"chat=(?P<chat>\S+) command=(?P<command>\S+) intent=(?P<intent>\S+) found=(?P<found>\S+) "
    r"replies=(?P<replies>\d+) error=(?P<error>true|false) throttled=(?P<throttled>true|false) "
    r"ms=(?P<ms>\d+\.\d)$"
)


def _records(log: str) -> list[dict[str, str]]:
    records = []
    for line in log.splitlines():
        if " update id=" in line:
            match = LINE.match(line)
            assert match, f"not a well-formed update line: {line!r}"
            records.append(match.groupdict())
    return records


def test_one_line_per_update_with_its_kind_chat_intent_and_outcome(
    bot: BotProcess, client: BotApiClient
) -> None:
    mark = bot.log_mark()
    user = new_user()
    chat = private_chat(user)
    group = new_group()
    name = client.bot_username

    client.post(chat, user, f"Berapa lokalisasi yang ditutup di Kaltim? {SECRET_WORDS}")
    client.post(chat, user, f"siapa juara piala dunia {SECRET_WORDS}")
    client.post(chat, user, f"/sumber {SECRET_WORDS}")
    client.post(chat, user, f"/entahlah {SECRET_WORDS}")
    client.post(chat, user, sticker=STICKER)
    # Beyond the user's allowance (a burst of 5): the note once, then silence.
    client.post(chat, user, f"Berapa PSK di Tarakan? {SECRET_WORDS}")
    client.post(chat, user, f"Berapa PSK di Nunukan? {SECRET_WORDS}")
    member = new_user()
    client.post(group, member, f"obrolan biasa {SECRET_WORDS}")
    client.post(group, member, f"/tanya@{name} kapan Kaltara bebas lokalisasi? {SECRET_WORDS}")
    edited = {"message_id": 7, "date": 1, "edit_date": 2, "chat": chat.as_json()}
    client.send_update({"edited_message": {**edited, "from": user.as_json(), "text": "x"}})
    forged = BotMessage(message_id=1, chat_id=chat.id, text="", parse_mode=None, reply_to=None)
    client.press(chat, user, forged, f"pilih:{SECRET_WORDS}:0")
    client.inline_query(user, f"kaltim {SECRET_WORDS}")
    client.barrier()

    log = bot.log_since(mark)
    assert SECRET_WORDS not in log
    assert bot.token not in log
    records = _records(log)
    expected = [
        # kind, chat, command, found, replies > 0, throttled
        ("message", "private", "-", "true", True, "false"),
        ("message", "private", "-", "false", True, "false"),
        ("command", "private", "sumber", "-", True, "false"),
        ("command", "private", "other", "-", True, "false"),
        ("media", "private", "-", "-", True, "false"),
        ("message", "private", "-", "-", True, "true"),  # the note
        ("message", "private", "-", "-", False, "true"),  # silence
        ("message", "supergroup", "-", "-", False, "false"),
        ("command", "supergroup", "tanya", "true", True, "false"),
        ("edited", "private", "-", "-", False, "false"),
        ("callback", "private", "-", "-", False, "false"),
        ("inline", "sender", "-", "false", True, "false"),  # nothing found: a help button
        ("command", "private", "start", "-", True, "false"),  # the barrier
    ]
    seen = [
        (r["kind"], r["chat"], r["command"], r["found"], int(r["replies"]) > 0, r["throttled"])
        for r in records
    ]
    assert seen == expected, "\n".join(line for line in log.splitlines() if "update id" in line)
    assert all(r["error"] == "false" for r in records)
    assert records[0]["intent"] not in ("-", ""), "a found answer names its intent"
    ids = [int(r["id"]) for r in records]
    assert ids == sorted(set(ids)), "each update once, in order"
