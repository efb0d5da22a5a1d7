"""Kinds answered with their facts as they are (bot.answer.listed): conversions."""

from __future__ import annotations

import pytest

from bot.answer import answer
from knowledge.index import KnowledgeBase, build_in_memory

ARTICLE = """Eks Lokalisasi Km 9 Kini Jadi Pasar Rakyat

PENAJAM, KOMPAS.com - Pemerintah Kabupaten Penajam Paser Utara resmi menutup lokalisasi Km 9 \
di Kecamatan Penajam pada 3 Maret 2018.

Sebanyak 57 pekerja seks dipulangkan ke daerah asal masing-masing.

Dua tahun kemudian, eks lokalisasi Km 9 kini menjadi pasar rakyat yang ramai dikunjungi warga.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return build_in_memory([("km9", ARTICLE)])


@pytest.mark.parametrize(
    "question",
    [
        "eks lokalisasi km 9 skrg jadi apa",
        "bekas lokalisasi di penajam paser utara dijadikan apa ya",
        "Lokalisasi Km 9 setelah ditutup berubah jadi apa?",
    ],
)
def test_a_conversion_is_answered_with_its_sentence(kb: KnowledgeBase, question: str) -> None:
    reply = answer(question, kb)
    assert reply.found
    assert reply.intent == "conversion"
    assert "kini menjadi pasar rakyat" in reply.summary
    assert reply.citations[0].article_id == "km9"
    assert "pasar rakyat" in reply.citations[0].quote


def test_another_places_conversion_is_not_offered(kb: KnowledgeBase) -> None:
    reply = answer("bekas lokalisasi di kota samarinda dijadikan apa", kb)
    assert not reply.found
    assert "pasar rakyat" not in reply.summary
