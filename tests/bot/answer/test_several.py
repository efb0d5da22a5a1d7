"""Several questions in one message: where the message is cut, and each part answered with
the place of the one before."""

from __future__ import annotations

import pytest

from bot.answer import answer
from bot.answer.several import split_questions
from knowledge.index import KnowledgeBase, build_in_memory


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "bantuan kemensos per org buat psk gang 3 brp? trs jaminan hidupnya brp",
            ["bantuan kemensos per org buat psk gang 3 brp?", "jaminan hidupnya brp"],
        ),
        (
            "psk di jembatan tiga ada brp, rumah karaokenya brp",
            ["psk di jembatan tiga ada brp,", "rumah karaokenya brp"],
        ),
        (
            "razia di kotim dpt brp psk & brp waria?",
            ["razia di kotim dpt brp psk &", "brp waria?"],
        ),
        (
            "sumsel msh ada brp lokalisasi? kalo nasional?",
            ["sumsel msh ada brp lokalisasi?", "nasional?"],
        ),
        (
            "permisi min, itu yg nutup bupati siapa ya? trus nomor sk nya brp? thx",
            ["permisi min, itu yg nutup bupati siapa ya?", "nomor sk nya brp? thx"],
        ),
        (
            "gang 7 dulu ditutup tahun berapa dan oleh bupati siapa?",
            ["gang 7 dulu ditutup tahun berapa,", "oleh bupati siapa?"],
        ),
        (
            "lokalisasi terbesar di kotim apa namanya dan kapan ditutup?",
            ["lokalisasi terbesar di kotim apa namanya,", "kapan ditutup?"],
        ),
        (
            "sampe 2019 udah brp lokalisasi di jatim yg ditutup dan sisanya brp?",
            ["sampe 2019 udah brp lokalisasi di jatim yg ditutup,", "sisanya brp?"],
        ),
        # One question, however long, and chatter around it: whole.
        ("kapan dan di mana lokalisasi ditutup", None),
        ("brp psk dan mucikari di gang 7", None),
        ("halo kak, mau nanya, psk di kotim ada brp? makasih kak", None),
        ("brp psk di kotim, kalo di sampit?", None),
        ("di kotim, brp psk nya?", None),
        ("psk sm wisma di pal 9 brp", None),
        ("brp psk di pub & karaoke venice", None),
    ],
)
def test_where_a_message_is_cut(message: str, parts: list[str] | None) -> None:
    assert split_questions(message) == (parts or [message])


ARTICLE = """Lokalisasi Gang 7 Ditutup

KOMPAS.com - Pemerintah Kabupaten Jember menutup lokalisasi Gang 7 di Kecamatan Puger pada \
3 Maret 2018.

Di lokalisasi itu tercatat 57 pekerja seks dan 12 mucikari.

Setiap pekerja seks menerima bantuan Kementerian Sosial Rp5.050.000 per orang.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return build_in_memory([("gang7", ARTICLE)])


@pytest.mark.parametrize(
    ("message", "figures", "sentences"),
    [
        ("psk di gang 7 ada brp, mucikarinya brp", ["57", "12"], 1),
        ("gang 7 ditutup tahun berapa dan psk nya ada berapa?", ["2018", "57"], 2),
        ("psk di gang 7 ada brp? trus bantuan kemensos per orgnya brp", ["57", "5.050.000"], 2),
    ],
)
def test_each_question_answered(
    kb: KnowledgeBase, message: str, figures: list[str], sentences: int
) -> None:
    reply = answer(message, kb)
    assert reply.found
    for figure in figures:
        assert figure in reply.summary
    assert len(reply.citations) == sentences


def test_a_later_question_s_place_is_the_one_before_s(kb: KnowledgeBase) -> None:
    # "mucikarinya" has no place of its own: Gang 7's, not every place's figure.
    reply = answer("psk di kabupaten bogor ada brp, mucikarinya brp", kb)
    assert "12" not in reply.summary


@pytest.fixture(scope="module")
def kb_why() -> KnowledgeBase:
    why = "Lokalisasi itu ditutup agar anak-anak di Puger tumbuh di lingkungan yang sehat.\n"
    return build_in_memory([("gang7", ARTICLE + "\n" + why)])


def test_one_question_asked_twice_gets_one_answer(kb_why: KnowledgeBase) -> None:
    # "apa alasannya" asks again what "kenapa … menutup" asked: the reason, said once, and never
    # "no information" beside it. The summary names the purpose, not the word "alasan".
    reply = answer("kenapa pemkab jember menutup gang 7? apa alasannya", kb_why)
    assert reply.found
    assert reply.summary.count("Alasan penutupan") == 1
    assert "Maaf" not in reply.summary
    assert "anak-anak di puger tumbuh di lingkungan yang sehat" in reply.summary.lower()


EAST_JAVA_2018 = """Jatim Tutup 40 Lokalisasi

SURABAYA, 12 Maret 2018 - Dari 47 lokalisasi di Jawa Timur, 40 lokalisasi sudah ditutup; \
tersisa 7 lokalisasi lagi yang dijadwalkan tutup tahun ini.
"""

EAST_JAVA_2021 = """Tinggal Tiga Lokalisasi di Jatim

SURABAYA, 4 Mei 2021 - Dinas Sosial Jawa Timur mencatat masih tersisa 3 lokalisasi di Jawa \
Timur yang akan ditutup tahun depan.
"""


def test_a_short_second_question_counts_what_the_first_did_and_when() -> None:
    # "sisanya brp" after "udah brp lokalisasi yg ditutup": lokalisasi left, as of 2018 too.
    kb = build_in_memory([("jatim18", EAST_JAVA_2018), ("jatim21", EAST_JAVA_2021)])
    reply = answer("sampe 2018 udah brp lokalisasi di jatim yg ditutup dan sisanya brp?", kb)
    assert reply.found
    assert "40 lokalisasi" in reply.summary
    assert "7 lokalisasi" in reply.summary
    assert "3 lokalisasi" not in reply.summary
    assert "Maaf" not in reply.summary
