"""Messages and commands at handler level: who gets answered, how, and what is remembered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from sqlite_utils import Database

from bot.models import Answer, Context, Finding, Slots
from bot.telegram.state import BotState
from knowledge.models import Citation
from knowledge.unanswered import most_frequent
from tests.bot.telegram.conftest import (
    ALICE,
    BOT_USER,
    GROUP,
    PRIVATE,
    STICKER,
    EngineSpy,
    RecordingRequest,
    bot_message,
    message,
)
from tests.bot.telegram.telegram_html import telegram_html_text

Feed = Callable[..., Any]
ASKED_AT = 1000.0
BOT = f"@{BOT_USER['username']}"
CITATION = Citation(
    article_id="000_a4ac51ac81643967",
    title="22 Lokalisasi di <Kaltim> Resmi Ditutup",
    publisher="Tribun & Co",
    published=dt.date(2016, 6, 1),
    url="https://example.org/a?b=1&c=<2>",
    quote='"Dari 22 lokalisasi itu, sebanyak 1.315 PSK <bekerja>"',
)


def found(question: str, **_: Any) -> Answer:
    """A cited answer with HTML-hostile article text."""
    return Answer(
        question=question,
        found=True,
        intent="closure_count",
        summary="22 lokalisasi ditutup di Kaltim <2016>.",
        findings=(
            Finding(text="Kaltim menutup 22 lokalisasi & 1.315 PSK.", citations=(CITATION,)),
        ),
        context=Context(intent="closure_count", slots=Slots(places=("kaltim",)), asked_at=ASKED_AT),
    )


def texts_of(recorder: RecordingRequest) -> list[str]:
    """What the bot sent, as a person sees it (each checked as Telegram HTML)."""
    return [telegram_html_text(params["text"]) for params in recorder.sent()]


async def test_private_text_is_a_question_answered_in_html(feed: Feed, engine: EngineSpy) -> None:
    engine.replies_with = found
    sent = await feed(message=message("Berapa lokalisasi ditutup di Kaltim?"))
    [params] = sent.sent()
    assert params["parse_mode"] == "HTML"
    assert "reply_parameters" not in params, "no quote needed in a private chat"
    [text] = texts_of(sent)
    assert "22 lokalisasi ditutup di Kaltim <2016>." in text
    assert "📰 22 Lokalisasi di <Kaltim> Resmi Ditutup — Tribun & Co, 1 Juni 2016" in text
    assert engine.calls == [("Berapa lokalisasi ditutup di Kaltim?", None, None)]


async def test_group_command_for_this_bot_is_answered_in_thread(
    feed: Feed, engine: EngineSpy
) -> None:
    asked = message(f"/tanya{BOT} berapa  lokalisasi?\ndi Kaltim", chat=GROUP)
    sent = await feed(message=asked)
    [params] = sent.sent()
    assert params["reply_parameters"]["message_id"] == asked["message_id"]
    assert engine.calls[0][0] == "berapa  lokalisasi?\ndi Kaltim"


@pytest.mark.parametrize(
    "update_message",
    [
        pytest.param(message("berapa lokalisasi di Kaltim?", chat=GROUP), id="plain"),
        pytest.param(message("/tanya@AnotherBot berapa?", chat=GROUP), id="other-bot-command"),
        pytest.param(message("@someone_else berapa?", chat=GROUP), id="other-mention"),
        pytest.param(
            message("betul", chat=GROUP, reply_to_message={**bot_message(), "from": ALICE}),
            id="reply-to-a-person",
        ),
        pytest.param(message("/entahlah", chat=GROUP), id="unknown-command"),
        pytest.param(
            message(
                chat=GROUP,
                sticker=STICKER,
            ),
            id="sticker",
        ),
        pytest.param(
            message(
                chat=GROUP,
                photo=[{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}],
                caption=f"{BOT} foto ini?",
            ),
            id="photo-mentioning-the-bot",
        ),
        pytest.param(message(chat=GROUP, new_chat_members=[ALICE]), id="service-message"),
    ],
)
async def test_group_stays_silent_unless_addressed(
    feed: Feed, engine: EngineSpy, update_message: dict[str, Any]
) -> None:
    sent = await feed(message=update_message)
    assert sent.bot_calls() == []
    assert engine.calls == []


async def test_group_reply_to_the_bot_is_a_question(feed: Feed, engine: EngineSpy) -> None:
    asked = message("kalau di Kaltara?", chat=GROUP, reply_to_message=bot_message())
    sent = await feed(message=asked)
    assert sent.sent()[0]["reply_parameters"]["message_id"] == asked["message_id"]
    assert engine.calls[0][0] == "kalau di Kaltara?"


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (f"{BOT} berapa lokalisasi di Kaltim?", "berapa lokalisasi di Kaltim?"),
        (f"{BOT}, kapan ditutup?", "kapan ditutup?"),
        (f"Berapa bantuannya {BOT}?", "Berapa bantuannya ?"),
        (f"{BOT.upper()} halo", "halo"),
    ],
)
async def test_group_mention_is_a_question_without_the_mention(
    feed: Feed, engine: EngineSpy, text: str, question: str
) -> None:
    sent = await feed(message=message(text, chat=GROUP))
    assert len(sent.sent()) == 1
    assert engine.calls[0][0] == question


async def test_mention_by_text_mention_entity_counts(feed: Feed, engine: EngineSpy) -> None:
    text = "Bot, berapa lokalisasi?"
    entity = {"type": "text_mention", "offset": 0, "length": 3, "user": BOT_USER}
    sent = await feed(message={**message(text, chat=GROUP), "entities": [entity]})
    assert len(sent.sent()) == 1


@pytest.mark.parametrize("text", [f"/tanya{BOT}", "/tanya", BOT])
async def test_addressed_without_a_question_shows_how_to_ask(
    feed: Feed, engine: EngineSpy, text: str
) -> None:
    sent = await feed(message=message(text, chat=GROUP))
    [reply] = texts_of(sent)
    assert "/tanya" in reply
    assert engine.calls == []


@pytest.mark.parametrize("chat", [PRIVATE, GROUP], ids=["private", "group"])
async def test_inline_cards_posted_in_a_chat_are_not_questions(
    feed: Feed, engine: EngineSpy, chat: dict[str, Any]
) -> None:
    card = message(f"22 lokalisasi ditutup. {BOT}", chat=chat, via_bot=BOT_USER)
    sent = await feed(message=card)
    assert sent.bot_calls() == []
    assert engine.calls == []


async def test_edited_messages_are_not_answered_again(feed: Feed, engine: EngineSpy) -> None:
    edited = {**message("berapa lokalisasi?"), "edit_date": 1}
    sent = await feed(edited_message=edited)
    assert sent.bot_calls() == []


@pytest.mark.parametrize(
    "content",
    [
        {"sticker": STICKER},
        {"photo": [{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}]},
        {"voice": {"file_id": "v", "file_unique_id": "u", "duration": 3}},
        {"document": {"file_id": "d", "file_unique_id": "u", "file_name": "artikel.txt"}},
        {"location": {"latitude": -0.5, "longitude": 117.1}},
    ],
    ids=["sticker", "photo", "voice", "document", "location"],
)
async def test_private_non_text_gets_a_one_line_hint(
    feed: Feed, engine: EngineSpy, content: dict[str, Any]
) -> None:
    sent = await feed(message=message(**content))
    [hint] = texts_of(sent)
    assert "teks" in hint
    assert "\n" not in hint
    assert engine.calls == []
    assert [c.method for c in sent.calls if c.method.startswith("get")] == [], "no file download"


async def test_private_unknown_command_points_to_help(feed: Feed) -> None:
    [reply] = texts_of(await feed(message=message("/entahlah")))
    assert "/help" in reply


@pytest.mark.parametrize("command", ["/start", "/help", f"/help{BOT}", "/start inline"])
async def test_start_and_help_describe_the_bot(feed: Feed, command: str) -> None:
    text = "\n".join(texts_of(await feed(message=message(command))))
    assert "Contoh pertanyaan" in text
    assert "5 artikel" in text
    assert BOT in text


async def test_sources_list_and_one_article(feed: Feed) -> None:
    listing = "\n".join(texts_of(await feed(message=message("/sumber"))))
    assert "Sumber pengetahuan: 5 artikel" in listing
    assert "/sumber 000_a4ac51ac81643967" in listing
    article = "\n".join(texts_of(await feed(message=message("/sumber 000_a4ac51ac81643967"))))
    assert "Fakta dari artikel ini" in article
    unknown = "\n".join(texts_of(await feed(message=message("/sumber <i>&</i>"))))
    assert "<i>&</i>" in unknown
    assert "tidak ditemukan" in unknown


async def test_follow_up_gets_the_chats_context_until_it_expires(
    feed: Feed, engine: EngineSpy, state: BotState
) -> None:
    engine.replies_with = found
    now = [ASKED_AT]
    state.clock = lambda: now[0]
    await feed(message=message("Berapa lokalisasi ditutup di Kaltim?"))
    await feed(message=message("kalau di Kaltara?"))
    assert engine.calls[1][1] is not None
    assert engine.calls[1][1].intent == "closure_count"

    await feed(message=message("ada di grup?", chat=GROUP, reply_to_message=bot_message()))
    assert engine.calls[2][1] is None, "contexts are per chat"

    now[0] += state.contexts.ttl_seconds + 1
    await feed(message=message("kalau di Kaltim?"))
    assert engine.calls[3][1] is None, "the context expired"


async def test_unanswered_questions_are_recorded_without_identity(
    feed: Feed, state: BotState
) -> None:
    await feed(message=message("Siapa gubernur DKI Jakarta?"))
    await feed(message=message(f"siapa  gubernur DKI {BOT} jakarta?", chat=GROUP))
    await feed(message=message("obrolan biasa yang tidak ditujukan ke bot", chat=GROUP))
    db = Database(state.kb_path)
    assert db["unanswered"].columns_dict == {"question": str, "asked_at": str}
    [frequent] = most_frequent(db)
    assert frequent.times == 2
    assert str(ALICE["id"]) not in str(list(db["unanswered"].rows))


async def test_found_answers_are_not_recorded(
    feed: Feed, engine: EngineSpy, state: BotState
) -> None:
    engine.replies_with = found
    await feed(message=message("Berapa lokalisasi ditutup di Kaltim?"))
    assert most_frequent(Database(state.kb_path)) == []


async def test_long_answer_is_sent_in_parts_under_the_limit(feed: Feed, engine: EngineSpy) -> None:
    def long(question: str, **_: Any) -> Answer:
        findings = tuple(
            Finding(text=f"Temuan {n} <{n}> & " * 40, citations=(CITATION,)) for n in range(30)
        )
        return Answer(question=question, found=True, summary="Panjang.", findings=findings)

    engine.replies_with = long
    asked = message(f"/tanya{BOT} panjang", chat=GROUP)
    sent = await feed(message=asked)
    parts = sent.sent()
    assert len(parts) > 1
    assert all(p["reply_parameters"]["message_id"] == asked["message_id"] for p in parts)
    text = "".join(texts_of(sent))
    assert text.count("Temuan 29 <29>") == 40
