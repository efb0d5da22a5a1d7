"""Who wrote a story: the byline of the story the question points at."""

from __future__ import annotations

import pytest

from bot.answer import answer
from bot.answer.byline import asks_byline
from bot.understand import read_question
from knowledge.index import KnowledgeBase


@pytest.mark.parametrize(
    ("question", "author"),
    [
        # By the outlet the question names, or by what the story is about.
        ("siapa penulis berita netralnews soal target 2019", "Firman Qusnulyakin"),
        ("siapa wartawan tribun yg nulis soal modal usaha 5 juta", "Muhammad Arfan"),
        ("siapa reporter netralnews yg menulis soal bebas lokalisasi", "Firman Qusnulyakin"),
    ],
)
def test_the_byline_of_the_story_asked_about(
    bundled_kb: KnowledgeBase, question: str, author: str
) -> None:
    reply = answer(question, bundled_kb)
    assert reply.found
    assert author in reply.summary
    assert reply.citations


@pytest.mark.parametrize(
    "question",
    [
        # A story with no byline: no official or figure of it stands in, nor another byline.
        # ("Kaltim" names the province there, not the outlet Tribun Kaltim.)
        "siapa penulis berita 22 lokalisasi kaltim ditutup",
        "siapa wartawan kompas yang nulis soal lokalisasi dolly",
    ],
)
def test_a_story_without_a_byline_is_not_answered(bundled_kb: KnowledgeBase, question: str) -> None:
    reply = answer(question, bundled_kb)
    assert not reply.found
    assert "Arfan" not in reply.summary
    assert "Firman" not in reply.summary


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("siapa penulis berita itu", True),
        ("siapa yg nulis berita soal modal usaha", True),
        ("siapa wartawan yang meliput penutupan", True),
        # Writing something else is no byline.
        ("siapa yg menulis surat ke bupati soal lokalisasi", False),
        ("penulis berita itu siapa ya", True),
        ("berapa psk di sampit", False),
    ],
)
def test_what_asks_who_wrote_a_story(bundled_kb: KnowledgeBase, question: str, asks: bool) -> None:
    assert asks_byline(read_question(question, bundled_kb).words) is asks
