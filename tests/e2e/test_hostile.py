"""Hostile input over the Bot API: some 250 generated messages, updates and queries.

Each one goes to the real bot through the emulator, in a chat of its own, so that every reply can
be traced to what caused it. Then the bot must have:

- answered every private message with valid Telegram HTML of at most 4,096 characters;
- answered every group message addressed to it, in its thread, and nothing else in groups;
- kept silent at edits, channel posts and messages from bots;
- answered every inline query with valid cards and every button press, however forged;
- logged no error, one line per update, and none of the users' text (the harness checks the
  error part after every test; this test checks the rest).
"""

from __future__ import annotations

import re
import time
from typing import Any

import pytest

from tests.bot.telegram.telegram_html import telegram_html_text
from tests.e2e.checks import shown
from tests.e2e.harness import (
    STICKER,
    BotApiClient,
    BotMessage,
    BotProcess,
    Chat,
    new_group,
    new_user,
    private_chat,
)

SETTLE_TIMEOUT = 90.0
"""The bot answers some 250 updates one at a time, at most 30 messages a second (its rate
limiter): waiting this long for the last one leaves ample room on a slow machine."""
MARKER = "RAHASIAPENGGUNA7731"
"""Put in some inputs: the log must never show the user's text at INFO."""
TELEGRAM_TEXT_LIMIT = 4096
INLINE_QUERY_LIMIT = 256
CALLBACK_DATA_LIMIT = 64
QUESTION = "Berapa lokalisasi yang ditutup di Kaltim?"
SHORT = "brp psk di sampit"

CONTROL = [chr(code) for code in [*range(0, 32), 0x7F, 0x85]]
BIDI_AND_INVISIBLE = [
    "\u202e",  # right-to-left override
    "\u202d",  # left-to-right override
    "\u200f",  # right-to-left mark
    "\u200e",  # left-to-right mark
    "\u2066",  # left-to-right isolate
    "\u2067",  # right-to-left isolate
    "\u2069",  # pop directional isolate
    "\u061c",  # Arabic letter mark
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\ufeff",  # byte-order mark
]
EMOJI = [
    "🔥",
    "👍🏽",
    "🏳️‍🌈",
    "👨‍👩‍👧‍👦",
    "🇮🇩",
    "1️⃣",
    f"{SHORT} 😂😂😂",
    "😂" * 100,
    "🤔 kapan kaltara bebas lokalisasi? 🤔",
    "Z̷̢͓a̶̛l̸g̵o̷ l̷o̶k̵a̸l̷i̴s̵a̶s̷i̵",
    "e\u0301\u0301\u0301\u0301 lokalisasi",
    "𝐁𝐞𝐫𝐚𝐩𝐚 𝐥𝐨𝐤𝐚𝐥𝐢𝐬𝐚𝐬𝐢",
]
INJECTION = [
    "<b>berapa</b> psk di sampit",
    "<script>alert(1)</script>",
    "</code></pre></b></i>",
    '<a href="javascript:alert(1)">klik</a> lokalisasi kaltim',
    "<tg-spoiler>rahasia</tg-spoiler>",
    "&lt;b&gt; &amp; &quot; &#0; &#x110000; &nbsp; &bogus;",
    "&",
    "<",
    ">",
    "<<>>",
    "<b",
    "*tebal* _miring_ `kode` [tautan](http://example.org) lokalisasi",
    "```python\nprint('lokalisasi')\n```",
    "||spoiler|| ~~coret~~ __garis__",
    "<i>Kaltim</i> brp lokalisasi yg ditutup?",
    '"><img src=x onerror=alert(1)>',
    "${7*7} {{7*7}} %s %n %(x)s {0}",
    "'; DROP TABLE facts; --",
    "lokalisasi' OR '1'='1",
    "\\ \\\\ \\x00 \\u202e",
    '<pre><code class="language-<b>">x</code></pre>',
    f"<b>{MARKER}</b>",
    "https://example.org/?a=<b>&c=d",
    "<a href='tg://user?id=1'>admin</a>",
    "@admin @everyone #lokalisasi $kaltim",
]
BLANK = [" ", "   ", "\n", "\t", "\u3000", "\u00a0", "\u2028", " \n \t ", "\u200b", "\u200b \u200b"]
GARBAGE = [
    "<b>",
    "💥" * 50,
    "../../etc/passwd",
    "'; DROP TABLE articles; --",
    "\x00\x01\x02",
    "\u202e" + SHORT,
    "x" * 300,
    "0" * 80,
    "-1",
    "999999999999999999999999",
]
UNKNOWN_COMMANDS = [
    "/foo",
    "/entahlah apa ini",
    "/a" + "b" * 31,
    "/123",
    "/_",
    "/tanyaa lokalisasi",
    "/sumber_",
    "/start_",
    "/hapus_semua",
    "/x@SomeOtherBot",
]


def _fill(unit: str, limit: int = TELEGRAM_TEXT_LIMIT) -> str:
    """`unit` repeated to `limit` UTF-16 code units (what Telegram counts), never over."""
    size = len(unit.encode("utf-16-le")) // 2
    return unit * (limit // size)


def private_texts() -> list[str]:
    """Texts sent to the bot in private chats, one chat each."""
    texts = [
        _fill("a"),
        _fill("<"),
        _fill("&"),
        _fill("🔥"),
        _fill(QUESTION + " "),
        _fill("<b>"),
        "\n" * (TELEGRAM_TEXT_LIMIT - 1) + "x",
        "\u202e" * (TELEGRAM_TEXT_LIMIT - 1) + "a",
        _fill("\u200b"),
        _fill("لوكاليساسي "),
        _fill(f"{MARKER} "),
    ]
    texts += [f"{SHORT}{char}?" for char in CONTROL]
    texts.append("".join(CONTROL) + SHORT)
    for char in BIDI_AND_INVISIBLE:
        texts.append(f"{char}{SHORT}{char}")
        texts.append(char.join(QUESTION))
    texts += EMOJI + INJECTION + BLANK
    texts.append("مرحبا، كم عدد lokalisasi في كاليمانتان؟")
    texts.append("שלום lokalisasi בקלימנטן")
    texts += [f"/tanya {garbage}" for garbage in GARBAGE]
    texts += [f"/sumber {garbage}" for garbage in GARBAGE]
    texts += [
        "/sumber " + "x" * (TELEGRAM_TEXT_LIMIT - len("/sumber ")),
        "/sumber " + "<" * (TELEGRAM_TEXT_LIMIT - len("/sumber ")),
        "/tanya " + _fill("<b>", TELEGRAM_TEXT_LIMIT - len("/tanya ")),
        "/start " + "💥" * 100,
        "/help " + "<script>",
        "/tanya",
        "/tanya \u200b",
        "/TANYA " + SHORT,
    ]
    return texts + UNKNOWN_COMMANDS


def group_chatter() -> list[str]:
    """Group messages not meant for the bot: they must get silence."""
    return [
        QUESTION,
        _fill("a"),
        "<b>berapa</b>",
        f"{MARKER} {SHORT}",
        "@someone_else " + SHORT,
        "/tanya@SomeOtherBot " + SHORT,
        "/entahlah",
        "/sumber_",
        "\u202e" + SHORT,
        "🔥" * 10,
        " ",
        "".join(CONTROL),
    ]


def group_addressed(bot: str) -> list[str]:
    """Group messages meant for the bot: each must get a reply in its thread."""
    texts = [f"@{bot} {text}" for text in [SHORT, "<b>x</b>", "🔥" * 20, "\u202e" + QUESTION]]
    texts += [f"/tanya@{bot} {text}" for text in [QUESTION, "<script>", "", "&amp;", MARKER]]
    texts += [f"/tanya {text}" for text in ["\x00" + SHORT, _fill("<", 4000), "   "]]
    texts += [f"/sumber@{bot} {text}" for text in ["💥", "<b>", ""]]
    texts += [f"/help@{bot} garbage", f"/start@{bot}"]
    return texts


INLINE_QUERIES = [
    SHORT,
    QUESTION,
    "<b>kaltim</b>",
    "&",
    "🔥" * 20,
    "\u202e" + SHORT,
    "\x00" + SHORT,
    f"{MARKER} lokalisasi",
    "x" * INLINE_QUERY_LIMIT,
    "<" * INLINE_QUERY_LIMIT,
    "   ",
    "'; DROP TABLE facts; --",
    "bantuan kaltara",
    "psk",
    "\u200b",
]
CALLBACK_DATA = [
    "",
    "pilih:",
    "pilih:zzz:0",
    "pilih:abc:99999999999999999999",
    "pilih:../../:1",
    "x" * CALLBACK_DATA_LIMIT,
    "💥" * 16,
    "<b>",
    "\x00",
    "pilih:-1:-1",
]


def settle(client: BotApiClient, timeout: float = SETTLE_TIMEOUT) -> None:
    """Wait until the bot has handled everything sent so far (it handles updates in order)."""
    user = new_user("Akhir")
    chat = private_chat(user)
    client.post(chat, user, "/start")
    client.replies(chat.id, count=1, timeout=timeout)


def _check_reply(message: BotMessage, what: str) -> str:
    try:
        return shown(message)
    except AssertionError as error:
        raise AssertionError(
            f"broken reply to {what!r}: {error}\n{message.text[:500]!r}"
        ) from error


def _update_lines(log: str) -> list[str]:
    return [line for line in log.splitlines() if " update id=" in line]


@pytest.fixture
def fresh_log(bot: BotProcess) -> int:
    """Where the bot's log stood when the test began."""
    return bot.log_mark()


def test_private_hostile_text_gets_valid_replies(
    bot: BotProcess, client: BotApiClient, fresh_log: int
) -> None:
    texts = private_texts()
    chats: list[tuple[Chat, str]] = []
    for text in texts:
        user = new_user("Iseng")
        chat = private_chat(user)
        client.post(chat, user, text)
        chats.append((chat, text))
    # An empty text is a message Telegram never sends; the emulator can: it is not text.
    user = new_user("Kosong")
    empty = private_chat(user)
    client.post(empty, user, "")
    client.post(empty, user, sticker=STICKER)
    settle(client)

    silent = []
    for chat, text in chats:
        replies = client.drain(chat.id)
        if not replies:
            silent.append(text)
        for reply in replies:
            _check_reply(reply, text)
            assert reply.reply_to is None, "private answers need no quote"
    assert not silent, f"no reply to {len(silent)} private messages: {silent[:5]!r}"
    hints = client.drain(empty.id)
    assert len(hints) == 2, hints
    for hint in hints:
        _check_reply(hint, "a message without text")

    log = bot.log_since(fresh_log)
    lines = _update_lines(log)
    assert len(lines) >= len(texts) + 3, "one log line per update"
    assert MARKER not in log, "the user's text reached the log"
    assert all("error=false" in line for line in lines), [
        line for line in lines if "error=false" not in line
    ]


def test_groups_get_replies_only_when_addressed(
    bot: BotProcess, client: BotApiClient, fresh_log: int
) -> None:
    ignored: list[tuple[Chat, str]] = []
    for text in group_chatter():
        group, user = new_group(), new_user("Anggota")
        client.post(group, user, text)
        ignored.append((group, text))
    addressed: list[tuple[Chat, str, int]] = []
    for text in group_addressed(client.bot_username):
        group, user = new_group(), new_user("Penanya")
        addressed.append((group, text, client.send(group, user, text)))
    settle(client)

    for group, text in ignored:
        assert client.drain(group.id) == [], f"the bot spoke up at {text!r}"
    for group, text, message_id in addressed:
        replies = client.drain(group.id)
        assert replies, f"no reply to {text!r}"
        for reply in replies:
            _check_reply(reply, text)
            assert reply.reply_to == message_id, f"the reply to {text!r} is not in its thread"
    assert MARKER not in bot.log_since(fresh_log)


def _raw_message(
    chat: Chat, sender: dict[str, Any] | None, text: str, **extra: Any
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": 1 + int(time.time() * 1000) % 1_000_000,
        "date": int(time.time()),
        "chat": chat.as_json(),
        "text": text,
        **extra,
    }
    if sender is not None:
        message["from"] = sender
    command = re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text)
    mention = re.search(r"@[A-Za-z0-9_]{5,}", text)
    entities = []
    if command:
        entities.append({"type": "bot_command", "offset": 0, "length": len(command[0])})
    if mention and not command:
        entities.append({"type": "mention", "offset": mention.start(), "length": len(mention[0])})
    if entities:
        message["entities"] = entities
    return message


def _bot_sender(name: str) -> dict[str, Any]:
    user = new_user(name)
    return {**user.as_json(), "is_bot": True, "username": f"{user.username}_bot"}


def silent_updates(name: str) -> list[tuple[str, Chat, dict[str, Any] | None, str]]:
    """Edits, channel posts and messages from bots: (update kind, chat, sender, text)."""
    updates: list[tuple[str, Chat, dict[str, Any] | None, str]] = []
    for text in [QUESTION, f"/tanya {SHORT}", f"{MARKER} {SHORT}", "<b>", "/start"]:
        user = new_user("Penyunting")
        updates.append(("edited_message", private_chat(user), user.as_json(), text))
        updates.append(("edited_message", new_group(), user.as_json(), f"@{name} {text}"))
    for text in [QUESTION, f"/tanya@{name} {SHORT}", f"@{name} {SHORT}", "/start", "<b>"]:
        updates.append(("channel_post", _channel(), None, text))
    updates.append(("edited_channel_post", _channel(), None, QUESTION))
    for text in [QUESTION, "/start", f"/tanya {SHORT}", "/sumber", "/entahlah"]:
        robot = _bot_sender("Robot")
        updates.append(("message", Chat(id=robot["id"], type="private"), robot, text))
        updates.append(("message", new_group(), _bot_sender("Robot"), f"@{name} {text}"))
    updates.append(("message", new_group(), _bot_sender("Robot"), f"/tanya@{name} {SHORT}"))
    return updates


def _channel() -> Chat:
    return Chat(id=new_group().id, type="channel", title="Kanal Uji")


def test_edits_channel_posts_and_bots_get_silence(
    bot: BotProcess, client: BotApiClient, fresh_log: int
) -> None:
    updates = silent_updates(client.bot_username)
    for kind, chat, sender, text in updates:
        extra = {"edit_date": int(time.time())} if kind.startswith("edited") else {}
        client.send_update({kind: _raw_message(chat, sender, text, **extra)})
    settle(client)

    for kind, chat, _sender, text in updates:
        assert client.drain(chat.id) == [], f"the bot answered {kind} {text!r} in a {chat.type}"
    lines = _update_lines(bot.log_since(fresh_log))
    kinds = [re.search(r"kind=(\S+)", line)[1] for line in lines]  # type: ignore[index]
    assert kinds.count("edited") == sum(kind == "edited_message" for kind, *_ in updates)
    assert kinds.count("channel") == sum("channel" in kind for kind, *_ in updates)
    assert sum("replies=0" in line for line in lines) >= len(updates)
    assert MARKER not in bot.log_since(fresh_log)


def test_hostile_inline_queries_get_valid_cards(client: BotApiClient, fresh_log: int) -> None:
    for query in INLINE_QUERIES:
        answer = client.inline_query(new_user("Sebaris"), query)
        assert "results" in answer, answer
        for result in answer["results"]:
            assert 0 < len(result["title"]) <= 100, result
            content = result["input_message_content"]
            assert content["parse_mode"] == "HTML"
            try:
                telegram_html_text(content["message_text"])
            except AssertionError as error:
                raise AssertionError(f"broken card for {query!r}: {error}") from error


def test_forged_button_presses_are_answered(client: BotApiClient) -> None:
    before = len(client.state()["callback_answers"])
    for data in CALLBACK_DATA:
        user = new_user("Penekan")
        chat = private_chat(user)
        forged = BotMessage(
            message_id=999_999, chat_id=chat.id, text="lama", parse_mode=None, reply_to=None
        )
        client.press(chat, user, forged, data)
    settle(client)
    answers = client.state()["callback_answers"][before:]
    assert len(answers) == len(CALLBACK_DATA), "every press gets its spinner stopped"
    assert all("kedaluwarsa" in answer.get("text", "") for answer in answers), answers


def test_there_are_at_least_200_hostile_inputs(client: BotApiClient) -> None:
    """The issue asks for 200 or more: count them, so that trimming the lists cannot go unseen."""
    total = (
        len(private_texts())
        + 2
        + len(group_chatter())
        + len(group_addressed(client.bot_username))
        + len(silent_updates(client.bot_username))
        + len(INLINE_QUERIES)
        + len(CALLBACK_DATA)
    )
    assert total >= 200, total
