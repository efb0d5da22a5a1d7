"""Where lokalisasi are: the sites named in a place, and which of them are left."""

from __future__ import annotations

import pytest

from bot.answer import answer
from bot.render import render_text
from knowledge.index import build_in_memory
from tests.bot.conftest import with_bundled

SULUT = """Eks Lokalisasi Tanjung Merah Manado Dikosongkan

MANADO - Kompleks lokalisasi Tanjung Merah di Kelurahan Tumumpa Dua, Kota Manado, akhirnya \
dikosongkan pada 9 Maret 2019.

Dinas Sosial Sulawesi Utara menyebut kini tinggal satu lokalisasi yang masih beroperasi di \
Sulawesi Utara, tanpa merinci lokasinya.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("lokalisasi yg masih tersisa satu di sulut itu namanya apa", False),
        ("lokalisasi di manado namanya apa", True),
    ],
)
def test_a_closed_lokalisasi_is_not_the_one_left(question: str, found: bool) -> None:
    kb = build_in_memory([("sulut", SULUT)])
    assert answer(question, kb).found is found


MELATI = """Lokalisasi Bukit Melati Tetap Beroperasi

BANDUNG - Lokalisasi Bukit Melati di Kota Bandung tetap beroperasi menjelang puasa.

Pada Minggu, lokalisasi yang berada di Kelurahan Kebon Jeruk, Kecamatan Andir, Kota Bandung \
itu masih ramai. Sebanyak 40 PSK masih bekerja di sana.
"""


@pytest.mark.parametrize(
    "question", ["lokalisasi bukit melati di kecamatan apa?", "bukit melati masuk kelurahan mana?"]
)
def test_the_address_a_later_sentence_gives_says_where_a_lokalisasi_is(question: str) -> None:
    reply = answer(question, build_in_memory([("melati", MELATI)]))
    assert reply.found
    assert "Kelurahan Kebon Jeruk, Kecamatan Andir, Kota Bandung" in reply.summary


LANANG = """Razia di Bekas Lokalisasi Gunung Lanang

SITUBONDO - Satpol PP Kabupaten Situbondo merazia bekas lokalisasi Gunung Lanang, Selasa \
(4/7/2023), dan menjaring lima PSK.

Kelima PSK itu berasal dari Desa Sumberejo, Kecamatan Banyuputih, dan Desa Kalianget, \
Kabupaten Banyuwangi.
"""

KILO = """Mensos Kunjungi Lokalisasi Kilo 14

TENGGARONG - Menteri Sosial berkunjung ke lokalisasi Kilo 14, di desa Margo Mulyo, kecamatan \
Tenggarong Seberang, Kutai Kartanegara, Sabtu (5/3/2016), sebelum lokalisasi itu ditutup.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The village the lokalisasi lies in, written in lower case; not its workers' homes.
        ("lokalisasi kilo 14 itu letaknya di desa apa", "Margo Mulyo"),
        ("bekas lokalisasi gunung lanang situbondo itu di desa apa", None),
    ],
)
def test_the_village_asked_is_the_one_a_sentence_naming_the_lokalisasi_gives(
    question: str, said: str | None
) -> None:
    reply = answer(question, with_bundled(("lanang", LANANG), ("kilo", KILO)))
    if said is None:
        assert not reply.found
    else:
        assert reply.found
        assert said in render_text(reply)  # said by the answer or the sentence it quotes


OTHER_NAME = """Sejarah Kampung Mawar, Dulu Tempat Lokalisasi

PALEMBANG - Dulunya kawasan Kampung Mawar Palembang kerap diidentikan dengan tempat hiburan.

Kampung Mawar Palembang juga biasa disebut dengan Lokalisasi Bunga Putih.

Kawasan lokalisasi Kampung Mawar sudah ada sejak tahun 1975-an.
"""


@pytest.mark.parametrize(
    "question",
    ["kampung mawar disebut jg lokalisasi apa?", "lokalisasi kampung mawar nama lainnya apa"],
)
def test_a_lokalisasi_s_other_name(question: str) -> None:
    kb = build_in_memory([("mawar", OTHER_NAME)])
    reply = answer(question, kb)
    assert reply.found, reply.summary
    assert "Bunga Putih" in reply.summary
    # One lokalisasi under two names, not two.
    assert len({f.place_id for f in kb.facts if f.kind == "site"}) == 1
