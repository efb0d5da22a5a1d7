"""A group over the Bot API: the bot answers what is addressed to it, in thread, nothing else."""

from __future__ import annotations

from tests.e2e.checks import (
    KALTARA_TARGET,
    TARGET_2019,
    cites,
    numbers_in,
    shown_all,
)
from tests.e2e.harness import STICKER, BotApiClient, new_group, new_user

QUESTION = "Tahun berapa target Indonesia bebas lokalisasi?"


def test_only_addressed_messages_get_replies_in_thread(client: BotApiClient) -> None:
    group = new_group()
    alice, budi = new_user("Alice"), new_user("Budi")
    bot = client.bot_username
    other_message = {
        "message_id": 1,
        "date": 1,
        "chat": group.as_json(),
        "from": budi.as_json(),
        "text": "halo",
    }

    ignored = [
        client.send(group, alice, QUESTION),  # ordinary chat, even a question
        client.send(group, alice, f"/tanya@OtherBot {QUESTION}"),  # another bot's command
        client.send(group, alice, "@someone_else berapa lokalisasi?"),  # someone else mentioned
        client.send(group, alice, "betul", reply_to=other_message),  # a reply to a person
        client.send(group, alice, sticker=STICKER),  # not text
        client.send(group, alice, "/entahlah"),  # unknown command
    ]
    by_command = client.send(group, alice, f"/tanya@{bot} {QUESTION}")
    # Updates are handled in order: had any message above been answered, that reply came first.
    [answer] = client.replies(group.id)
    assert answer.reply_to == by_command
    addressed = [
        by_command,
        client.send(group, budi, f"/tanya {QUESTION}"),
        client.send(group, budi, f"@{bot} kapan Kaltara bebas lokalisasi?"),
        client.send(group, alice, "kalau di Kaltara?", reply_to=answer),
    ]
    ignored.append(client.send(group, budi, "makasih semua"))

    client.barrier()  # every message above has been handled
    replies = [answer, *client.drain(group.id)]
    shown_all(replies)
    answered = [message.reply_to for message in replies]
    assert sorted(set(answered)) == sorted(addressed), (answered, addressed, ignored)
    assert len(answered) == len(addressed), "one message per answer"


def test_each_addressed_message_gets_a_reply_to_it(client: BotApiClient) -> None:
    group = new_group()
    alice = new_user("Alice")
    bot = client.bot_username
    asked = client.send(group, alice, f"/tanya@{bot} {QUESTION}")
    [answer] = client.replies(group.id)
    assert answer.reply_to == asked
    mentioned = client.send(group, alice, f"Tolong @{bot}, kapan Kaltara bebas lokalisasi?")
    [answer_to_mention] = client.replies(group.id)
    assert answer_to_mention.reply_to == mentioned
    replied = client.send(group, alice, "kalau di Kaltim?", reply_to=answer)
    [answer_to_reply] = client.replies(group.id)
    assert answer_to_reply.reply_to == replied
    shown_all([answer, answer_to_mention, answer_to_reply])


def test_tanya_without_a_question_shows_how_to_ask(client: BotApiClient) -> None:
    group = new_group()
    alice = new_user("Alice")
    asked = client.send(group, alice, f"/tanya@{client.bot_username}")
    [reply] = client.replies(group.id)
    assert reply.reply_to == asked
    assert "/tanya" in shown_all([reply])


def test_group_question_gets_a_cited_answer(client: BotApiClient) -> None:
    group = new_group()
    alice = new_user("Alice")
    client.send(group, alice, f"/tanya@{client.bot_username} {QUESTION}")
    text = shown_all(client.replies(group.id))
    assert 2019 in numbers_in(text), text
    assert cites(text, TARGET_2019, KALTARA_TARGET), text
