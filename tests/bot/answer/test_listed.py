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


DECREE_ARTICLE = """Pemkab Paser Tutup Lokalisasi Km 7

TANA PASER, KOMPAS.com - Pemerintah Kabupaten Paser resmi menutup lokalisasi Km 7 di \
Kecamatan Tanah Grogot, Senin (10/6/2019).

Penutupan itu berdasarkan Surat Keputusan Bupati Paser Nomor 188/45/2019 tanggal 3 Mei 2019 \
tentang Penutupan Lokalisasi Km 7.
"""


@pytest.fixture(scope="module")
def decree_kb() -> KnowledgeBase:
    return build_in_memory([("km7", DECREE_ARTICLE)])


@pytest.mark.parametrize(
    ("question", "intent", "said"),
    [
        ("sk penutupan lokalisasi km 7 nomor berapa", "decree", "Nomor 188/45/2019"),
        ("penutupan lokalisasi km 7 dasar hukumnya apa", "decree", "tanggal 3 Mei 2019"),
        # The decree's signing is not the closure: "kapan ditutup" keeps the closure's day.
        ("kapan lokalisasi km 7 ditutup", "closure_when", "10 Juni 2019"),
    ],
)
def test_a_decree_is_answered_apart_from_the_closure(
    decree_kb: KnowledgeBase, question: str, intent: str, said: str
) -> None:
    reply = answer(question, decree_kb)
    assert reply.found
    assert reply.intent == intent
    assert said in reply.summary
