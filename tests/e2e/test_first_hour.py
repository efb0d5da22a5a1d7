"""A newcomer's first hour over the Bot API: small talk answered kindly and kept out of the
unanswered inbox, English questions, a follow-up about another province."""

from __future__ import annotations

import sqlite3

from tests.e2e.checks import KALTIM_22, cites, numbers_in, shown_all
from tests.e2e.harness import BotApiClient, BotProcess, new_user, private_chat

SMALL_TALK = [
    ("halo", "Halo!"),
    ("selamat pagi", "Selamat pagi!"),
    ("terima kasih ya", "Sama-sama"),
    ("makasih", "Sama-sama"),
    ("bye", "Sampai jumpa"),
    ("siapa kamu", "Tanya Lokalisasi"),
    ("bisa apa", "bisa menjawab"),
]


def test_small_talk_gets_a_kind_reply_and_is_not_recorded(
    client: BotApiClient, bot: BotProcess
) -> None:
    for question, expected in SMALL_TALK:
        # One person each: seven messages in a row from one person are a flood (fair shares).
        user = new_user()
        chat = private_chat(user)
        client.send(chat, user, question)
        text = shown_all(client.replies(chat.id))
        assert expected in text, (question, text)
        assert "Maaf" not in text, (question, text)
    client.barrier()
    with sqlite3.connect(bot.kb_path) as db:
        tables = {row[0] for row in db.execute("select name from sqlite_master")}
        recorded = (
            {row[0] for row in db.execute("select question from unanswered")}
            if "unanswered" in tables
            else set()
        )
    assert recorded.isdisjoint(question for question, _ in SMALL_TALK)


def test_a_greeting_in_a_private_chat_offers_example_questions(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "halo")
    text = shown_all(client.replies(chat.id))
    examples = [line for line in text.splitlines() if line.startswith("• ") and "?" in line]
    assert 2 <= len(examples) <= 3, text


def test_an_english_question_is_answered_with_a_language_note(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "how many brothels were closed in east kalimantan?")
    text = shown_all(client.replies(chat.id))
    assert 22 in numbers_in(text), text
    assert cites(text, KALTIM_22), text
    assert "bahasa Indonesia" in text
    assert "I answer in Indonesian" in text


def test_a_follow_up_about_another_province_answers_the_same_question(
    client: BotApiClient,
) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "berapa lokalisasi yang ditutup di kaltara?")
    first = shown_all(client.replies(chat.id))
    assert "Kalimantan Utara" in first
    client.send(chat, user, "dan di kalteng?")
    follow_up = shown_all(client.replies(chat.id))
    assert "Maksud Anda" not in follow_up, follow_up
    assert "Kotawaringin Timur" in follow_up, follow_up
    assert 3 in numbers_in(follow_up), follow_up
