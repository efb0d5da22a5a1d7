"""A newcomer's conversation through `python -m bot ask --json`: small talk, English questions,
and suggestions that the bot itself can answer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from bot.answer import suggestions
from bot.models import SMALL_TALK_INTENT, Slots
from bot.terminal import TerminalChat
from knowledge.index import KnowledgeBase
from knowledge.unanswered import most_frequent
from tests.conftest import BOT_SETTING_NAMES


def ask(kb_file: Path, *questions: str) -> list[dict[str, Any]]:
    """Every question through one `python -m bot ask --json`, one parsed reply each."""
    env = {k: v for k, v in os.environ.items() if k not in BOT_SETTING_NAMES}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json"],
        input="".join(f"{q}\n" for q in questions),
        env={**env, "KB_PATH": str(kb_file)},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(replies) == len(questions)
    return replies


SMALL_TALK = [
    ("halo", ["Halo!", "Coba tanyakan"]),
    ("Selamat pagi", ["Selamat pagi!", "Coba tanyakan"]),
    ("selamat malam kak", ["Selamat malam!"]),
    ("terima kasih ya", ["Sama-sama"]),
    ("makasih", ["Sama-sama"]),
    ("makasih banyak bot!", ["Sama-sama"]),
    ("bye", ["Sampai jumpa"]),
    ("siapa kamu?", ["Tanya Lokalisasi", "sumber"]),
    ("kamu bisa apa?", ["bisa menjawab", "Coba tanyakan"]),
    ("bisa apa", ["bisa menjawab"]),
    ("assalamualaikum", ["Waalaikumsalam"]),
]


def test_small_talk_is_answered_kindly(built_kb: Path) -> None:
    replies = ask(built_kb, *(question for question, _ in SMALL_TALK))
    for (question, expected), reply in zip(SMALL_TALK, replies, strict=True):
        assert reply["found"] is False, question
        assert reply["intent"] == SMALL_TALK_INTENT, question
        assert reply["citations"] == []
        for text in expected:
            assert text in reply["answer"], (question, reply["answer"])
        assert "Maaf" not in reply["answer"], question
        assert "belum ada informasi" not in reply["answer"], question


def test_a_greeting_offers_questions_the_bot_answers(built_kb: Path) -> None:
    [greeting] = ask(built_kb, "halo")
    examples = [line[2:] for line in greeting["answer"].splitlines() if line.startswith("• ")]
    assert 2 <= len(examples) <= 3
    assert all(reply["found"] for reply in ask(built_kb, *examples))


@pytest.mark.parametrize(
    "question",
    ["halo, berapa psk di kaltim?", "terima kasih, kapan lokalisasi kaltim ditutup?"],
)
def test_small_talk_around_a_question_still_answers_it(built_kb: Path, question: str) -> None:
    [reply] = ask(built_kb, question)
    assert reply["found"] is True
    assert reply["intent"] != SMALL_TALK_INTENT


def test_small_talk_stays_out_of_the_unanswered_inbox(kb: KnowledgeBase, kb_path: Path) -> None:
    chat = TerminalChat(kb, kb_path)
    for question, _ in SMALL_TALK:
        assert "Maaf" not in chat.reply(question)
    chat.reply("siapa gubernur dki jakarta?")
    assert [q.question for q in most_frequent(Database(kb_path))] == ["siapa gubernur dki jakarta?"]


def test_every_suggestion_for_every_place_is_answered(kb: KnowledgeBase, built_kb: Path) -> None:
    offered: set[str] = set(suggestions(kb, None))
    for place in sorted(kb.covered):
        offered.update(suggestions(kb, Slots(places=(place,))))
    # And what the bot offered after these abstentions, as a person would read it.
    after = ask(
        built_kb,
        "Kapan Kalimantan Timur ditargetkan bebas lokalisasi?",
        "Kapan Kotawaringin Timur ditargetkan bebas lokalisasi?",
        "Kapan Kota Samarinda ditargetkan bebas lokalisasi?",
        "siapa gubernur dki jakarta?",
    )
    for reply in after:
        offered.update(line[2:] for line in reply["answer"].splitlines() if line.startswith("• "))
    assert offered
    unanswered = [
        reply["question"] for reply in ask(built_kb, *sorted(offered)) if not reply["found"]
    ]
    assert unanswered == []


ENGLISH = [
    ("how many brothels were closed in east kalimantan?", 22),
    ("When was the Bayur brothel closed?", 2016),
    ("how many sex workers in kotawaringin timur?", 239),
]


def test_english_questions_are_answered_with_a_note(built_kb: Path) -> None:
    replies = ask(built_kb, *(question for question, _ in ENGLISH))
    for (question, figure), reply in zip(ENGLISH, replies, strict=True):
        assert reply["found"] is True, question
        assert reply["question"] == question
        assert str(figure) in reply["answer"], reply["answer"]
        assert "bahasa Indonesia" in reply["answer"]
        assert "I answer in Indonesian" in reply["answer"]
        assert reply["citations"], question


@pytest.mark.parametrize(
    "question",
    ["what is the weather like in samarinda today?", "what about the money?", "much money, east"],
)
def test_an_english_question_that_maps_onto_nothing_says_why(built_kb: Path, question: str) -> None:
    [reply] = ask(built_kb, question)
    assert reply["found"] is False
    assert "bahasa Indonesia" in reply["answer"]
    assert "Indonesian" in reply["answer"]
    assert "“weather”" not in reply["answer"]


def test_terminal_sources_command_lists_and_opens_articles(
    kb: KnowledgeBase, kb_path: Path
) -> None:
    chat = TerminalChat(kb, kb_path)
    listing = chat.reply("/sumber")
    assert f"Sumber pengetahuan: {len(kb.articles)} artikel" in listing
    assert "<" not in listing
    article_id = sorted(kb.articles)[0]
    assert f"/sumber {article_id}" in listing
    opened = chat.reply(f"/sumber {article_id}")
    assert "Fakta dari artikel ini" in opened
    assert "Contoh pertanyaan" in chat.reply("/start")
    assert "Contoh pertanyaan" in chat.reply("/help")
    assert "1.315" in chat.reply("/tanya brp psk di kaltim")
    assert "/help" in chat.reply("/entahlah")


# --------------------------------------------------------------- answers said once, carefully


def _lead(reply: dict[str, Any]) -> str:
    return reply["answer"].split("\n\n")[0]


def test_the_lead_is_not_repeated_as_the_first_line_of_the_body(built_kb: Path) -> None:
    [reply] = ask(built_kb, "Berapa bantuan Kemensos yang diterima eks PSK Kotim?")
    lines = reply["answer"].splitlines()
    assert "5.050.000" in lines[0]
    assert "Kementerian Sosial" in lines[0], "the fuller sentence leads"
    assert sum("Rp5.050.000" in line for line in lines if not line.startswith("“")) == 1


def test_a_date_is_said_once(built_kb: Path) -> None:
    [reply] = ask(built_kb, "kapan lokalisasi bayur ditutup")
    assert "pada 1 Juni 2016" in _lead(reply)
    assert "(per 1 Juni 2016)" not in reply["answer"]


def test_a_place_is_said_once(built_kb: Path) -> None:
    [reply] = ask(built_kb, "berapa bantuan untuk mantan psk di kotim?")
    assert "Pemerintah Kabupaten Kotawaringin Timur" in reply["answer"]
    assert "Kotawaringin Timur di Kabupaten Kotawaringin Timur" not in reply["answer"]


def test_quotes_are_balanced(built_kb: Path) -> None:
    [reply] = ask(built_kb, "berapa jumlah psk di kaltim")
    assert "“Dari 22 lokalisasi itu" in reply["answer"]
    for line in reply["answer"].splitlines():
        assert line.count('"') % 2 == 0, line


def test_acronyms_keep_their_capitals_inside_a_sentence(built_kb: Path) -> None:
    [reply] = ask(built_kb, "berapa psk di bulungan")
    assert reply["found"] is False
    assert "jumlah PSK" in reply["answer"]
    assert "jumlah psk" not in reply["answer"]


def test_other_readings_after_a_complete_answer_are_offered_as_such(built_kb: Path) -> None:
    [reply] = ask(built_kb, "bayur dmn sih")
    assert reply["found"] is True
    assert "Atau maksud Anda:" in reply["answer"]
    assert "\nMaksud Anda" not in reply["answer"]


# ------------------------------------------------------------------ places below a regency


@pytest.mark.parametrize(
    "question",
    [
        "kapan lokalisasi di parenggean ditutup?",
        "berapa psk di parenggean?",
        "lokalisasi di mentaya hulu kapan ditutup",
    ],
)
def test_a_district_an_article_names_is_never_answered_with_national_figures(
    built_kb: Path, question: str
) -> None:
    [reply] = ask(built_kb, question)
    assert "Indonesia" not in _lead(reply)
    assert "100 lokalisasi" not in reply["answer"]
    if "parenggean ditutup" in question:
        # The article that names Parenggean's lokalisasi dates the closure of them all.
        assert reply["found"] is True
        assert "akhir November 2017" in _lead(reply)
    if not reply["found"]:
        assert "belum ada informasi" in reply["answer"]
        assert "Parenggean" in _lead(reply) or "Mentaya Hulu" in _lead(reply)


# ---------------------------------------------------------------- answers on the articles


def test_when_kaltim_closed_gives_the_count_the_date_and_the_ceremony(built_kb: Path) -> None:
    [reply] = ask(built_kb, "kapan lokalisasi kaltim tutup?")
    lead = _lead(reply)
    assert "22 lokalisasi" in lead
    assert "1 Juni 2016" in lead
    assert "Bayur" in lead


def test_km_12_gets_its_date_from_the_same_article(built_kb: Path) -> None:
    [reply] = ask(built_kb, "lokalisasi km 12 sampit kapan ditutup")
    assert reply["found"] is True
    assert "akhir November 2017" in _lead(reply)


def test_what_is_left_is_not_broken_down_by_what_was_closed(built_kb: Path) -> None:
    [reply] = ask(built_kb, "berapa lokalisasi yg masih tersisa?")
    assert "69" in _lead(reply)
    assert "22 di Kalimantan Timur" not in reply["answer"]


def test_a_newer_article_on_closures_is_not_hidden_behind_an_older_plan(built_kb: Path) -> None:
    [reply] = ask(built_kb, "Berapa lokalisasi yang ditutup di Kalimantan Utara?")
    lead = _lead(reply)
    assert "Bulungan" in lead
    assert "Malinau" in lead
    assert "18 Mei 2018" in lead


def test_a_follow_up_about_another_province_in_the_terminal(
    kb: KnowledgeBase, kb_path: Path
) -> None:
    chat = TerminalChat(kb, kb_path)
    chat.reply("berapa lokalisasi yang ditutup di kaltara?")
    follow_up = chat.reply("dan di kalteng?")
    assert "Maksud Anda" not in follow_up
    assert "Kotawaringin Timur" in follow_up
    assert "Sumber:" in follow_up


def test_one_person_named_twice_is_listed_once(built_kb: Path, tmp_path: Path) -> None:
    kb_file = tmp_path / "kb.sqlite"
    kb_file.write_bytes(built_kb.read_bytes())
    article = Path(__file__).parents[1] / "fixtures" / "people" / "nunukan_bupati.txt"
    env = {k: v for k, v in os.environ.items() if k not in BOT_SETTING_NAMES}
    subprocess.run(
        [sys.executable, "-m", "knowledge", "ingest", str(article)],
        env={**env, "KB_PATH": str(kb_file)},
        capture_output=True,
        timeout=120,
        check=True,
    )
    [reply] = ask(kb_file, "siapa bupati nunukan?")
    assert reply["found"] is True
    assert _lead(reply).startswith("Yazid Mahfudz")
    body = [line for line in reply["answer"].splitlines() if not line.startswith(("“", "Sumber"))]
    assert sum("Yazid" in line for line in body) == 1, reply["answer"]
