"""A private conversation over the Bot API: help, questions, follow-ups, sources, odd input."""

from __future__ import annotations

import sqlite3

from tests.e2e.checks import (
    KALTARA_CAPITAL,
    KALTARA_TARGET,
    KALTIM_22,
    KOTIM_AID,
    SOURCE_MARK,
    cites,
    numbers_in,
    shown,
    shown_all,
)
from tests.e2e.harness import STICKER, BotApiClient, BotProcess, new_user, private_chat

KALTIM_QUESTION = "Berapa lokalisasi yang ditutup di Kaltim?"


def test_start_says_what_the_bot_knows_in_indonesian(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "/start")
    [reply] = client.replies(chat.id)
    text = shown(reply)
    assert "Contoh pertanyaan" in text
    assert "/tanya" in text
    assert "/sumber" in text
    assert f"@{client.bot_username}" in text
    assert reply.reply_to is None, "private answers need no quote"


def test_help_gives_examples(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "/help")
    text = shown_all(client.replies(chat.id))
    examples = [line for line in text.splitlines() if line.startswith("• ") and "?" in line]
    assert examples, text


def test_help_lists_four_to_six_examples_and_the_places_covered(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "/help")
    text = shown_all(client.replies(chat.id))
    examples = [line for line in text.splitlines() if line.startswith("• ") and "?" in line]
    assert 4 <= len(examples) <= 6, examples
    assert "5 artikel" in text
    assert "Kalimantan" in text or "Kaltim" in text


def test_any_text_is_a_question_and_gets_one_html_answer(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, KALTIM_QUESTION)
    replies = client.replies(chat.id)
    text = shown_all(replies)
    assert text.strip()
    assert all(reply.reply_to is None for reply in replies)
    assert client.drain(chat.id) == [], "one answer, not several"


def test_private_question_then_follow_up_get_cited_figures(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, KALTIM_QUESTION)
    first = shown_all(client.replies(chat.id))
    assert 22 in numbers_in(first), first
    assert cites(first, KALTIM_22), first

    client.send(chat, user, "kalau di Kaltara?")
    follow_up = shown_all(client.replies(chat.id))
    assert 3 in numbers_in(follow_up), follow_up
    assert cites(follow_up, KALTARA_CAPITAL, KALTARA_TARGET), follow_up


def test_follow_up_about_aid_uses_the_previous_place(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "Berapa PSK yang terdata di Kotawaringin Timur?")
    first = shown_all(client.replies(chat.id))
    assert 239 in numbers_in(first), first

    client.send(chat, user, "berapa bantuannya?")
    follow_up = shown_all(client.replies(chat.id))
    assert 5_050_000 in numbers_in(follow_up), follow_up
    assert cites(follow_up, KOTIM_AID), follow_up


def test_html_hostile_question_is_answered_with_valid_html(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    hostile = '<b>Kaltim</b> & <script>alert("x")</script> lokalisasi &amp; <a href="x">?'
    client.send(chat, user, hostile)
    shown_all(client.replies(chat.id))  # whatever the answer echoes, it is valid Telegram HTML


def test_html_hostile_source_id_is_escaped(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "/sumber <b>&x</b>")
    [reply] = client.replies(chat.id)
    text = shown(reply)  # valid HTML although the id is markup
    assert "<b>&x</b>" in text
    assert "tidak ditemukan" in text


def test_sources_command_answers(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "/sumber")
    assert shown_all(client.replies(chat.id)).strip()


def test_sources_list_the_articles_and_open_one_with_its_facts(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "/sumber")
    listing = shown_all(client.replies(chat.id))
    assert "5 artikel" in listing
    assert KALTIM_22.lower() in listing.lower()
    assert "/sumber 000_a4ac51ac81643967" in listing

    client.send(chat, user, "/sumber 000_a4ac51ac81643967")
    article = shown_all(client.replies(chat.id))
    assert KALTIM_22.lower() in article.lower()
    assert "Fakta dari artikel ini" in article
    assert "1.315" in article


def test_sticker_gets_a_one_line_hint(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, sticker=STICKER)
    [reply] = client.replies(chat.id)
    text = shown(reply)
    assert "teks" in text
    assert "\n" not in text.strip()


def test_unknown_command_points_to_help(client: BotApiClient) -> None:
    user = new_user()
    chat = private_chat(user)
    client.send(chat, user, "/entahlah")
    [reply] = client.replies(chat.id)
    assert "/help" in shown(reply)


def test_unanswered_question_is_recorded_with_text_and_time_only(
    client: BotApiClient, bot: BotProcess
) -> None:
    user = new_user()
    chat = private_chat(user)
    question = f"Siapa gubernur DKI Jakarta tahun {user.id}?"
    client.send(chat, user, question)
    [reply] = client.replies(chat.id)
    assert SOURCE_MARK not in shown(reply)
    client.barrier()
    with sqlite3.connect(bot.kb_path) as db:
        columns = [row[1] for row in db.execute("pragma table_info(unanswered)")]
        assert columns == ["question", "asked_at"]
        rows = db.execute("select question from unanswered where question = ?", [question])
        assert rows.fetchall() == [(question,)]
