"""Questions about a place no fact is filed under, answered from the stories about it."""

from __future__ import annotations

import pytest

from bot.answer import answer
from knowledge.index import KnowledgeBase, build_in_memory

COUNCIL = """DPRD Desak Perda Larangan Prostitusi di Kota Palu

PALU - Anggota Komisi A DPRD Kota Palu, Rahmat Saleh, meminta pemerintah kota segera menyusun \
Peraturan Daerah (Perda) tentang larangan praktik prostitusi.

Menurut dia, warung remang-remang di sepanjang Jalan Diponegoro kerap dijadikan tempat transaksi.

"Petugas kesulitan menertibkan warung itu karena belum ada payung hukum," kata politisi Partai \
Hanura tersebut.

Para perempuan yang bekerja di warung tersebut sebagian besar berasal dari Makassar dan Manado.
"""

ELSEWHERE = """Satpol PP Segel Lokalisasi Bukit Jati

MAMUJU - Satpol PP Kabupaten Mamuju menyegel lokalisasi Bukit Jati pada 4 Mei 2020.

Sebanyak 21 pekerja seks komersial (PSK) dipulangkan ke daerah asal.

Lokalisasi Bukit Jati dihuni 21 PSK yang bekerja di sembilan wisma.

Kepala Satpol PP Mamuju mengatakan pihaknya belajar dari kota lain, seperti Kota Palu, yang \
kesulitan menertibkan warung karena belum ada payung hukum.
"""

RAID = """Satpol PP Bongkar Dua Bangunan Mesum di Penajam

PENAJAM - Satpol PP Kabupaten Penajam Paser Utara membongkar dua bangunan yang dijadikan \
tempat prostitusi di Kelurahan Nenang, Kecamatan Penajam, Selasa (12/3) pukul 10.00 Wita.

Pembongkaran itu dilakukan sesuai Peraturan Daerah (Perda) Nomor 7 Tahun 2012 tentang \
ketertiban umum.

Petugas juga mengamankan tiga orang perempuan, dua di antaranya dari Kediri dan satu dari \
Banyuwangi.

Pemilik bangunan tidak melawan, dan polisi masih memburu mucikari yang diduga mengelola \
tempat itu sejak pukul 10.00 Wita.
"""


VILLAS = """Polres Malang Gerebek Dua Vila di Pujon

MALANG - Jajaran Polres Malang menggerebek dua vila di Kecamatan Pujon yang dijadikan tempat \
prostitusi, Sabtu (4/5) malam.

Sebanyak 12 wanita yang diduga PSK diamankan dalam penggerebekan itu.

Dua muncikari yang ikut diamankan adalah RS (45), warga Kecamatan Dau, dan TN (38).
"""


HOTELS = """Razia Pekat, 21 Perempuan Diamankan di Karangploso dan Singosari

MALANG - Satpol PP Kabupaten Malang mengamankan 21 perempuan yang diduga PSK dalam razia di \
Kecamatan Karangploso dan Kecamatan Singosari, Jumat (7/5/2021) malam.

Petugas lebih dulu menyasar sebuah hotel di kawasan Karangploso.

"Di dalam kamar kami mendapatkan 9 orang wanita bersama pasangan yang bukan suaminya," kata \
Kepala Satpol PP.

Usai di Karangploso, petugas bergerak ke Singosari dan mengamankan 12 wanita lainnya.
"""


# No fact of a kind the extraction types: no closure, no count, no aid; kept because it is
# plainly about the subject (knowledge.topic).
CAFE = """Polisi Gerebek Kafe Remang-remang di Baruga, Diduga Jadi Tempat Prostitusi

KENDARI - Jajaran Satuan Reserse Kriminal Polresta Kendari menggerebek sebuah kafe di \
Kecamatan Baruga, Kota Kendari, Sabtu (14/9/2024) malam.

Kafe yang buka hingga dini hari itu diduga menjadi tempat praktik prostitusi terselubung.

Pemilik kafe, seorang pria berinisial HS, kini ditahan di Mapolresta Kendari.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return build_in_memory(
        [
            ("council", COUNCIL),
            ("elsewhere", ELSEWHERE),
            ("raid", RAID),
            ("villas", VILLAS),
            ("hotels", HOTELS),
            ("cafe", CAFE),
        ]
    )


def test_a_story_is_about_the_place_its_headline_or_lead_names(kb: KnowledgeBase) -> None:
    palu = kb.names["palu"]
    assert "palu" in kb.names_of(palu)
    # The Mamuju story names Palu once, in passing: it is no story about Palu.
    assert kb.stories_about(kb.names_of(palu)) == ("council",)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("siapa anggota dprd palu yg minta perda larangan prostitusi", "Rahmat Saleh"),
        ("perempuan di warung palu itu asalnya dari mana", "Makassar"),
        ("knp petugas kesulitan menertibkan warung di palu", "payung hukum"),
        ("psk yg diamankan di nenang penajam asalnya dr mana", "Kediri"),
        ("pembongkaran di kelurahan nenang sesuai perda nomor berapa", "Nomor 7 Tahun 2012"),
        # The count is filed under the regency; the headline says where it happened, and the
        # age is written in brackets after each pimp's initials.
        ("mucikari yg diamankan di pujon umurnya berapa", "RS (45)"),
        # The figure comes a sentence after the hotel it was found in.
        ("di hotel karangploso brp cewek yg diamankan", "9 orang"),
        # A story with no typed fact at all.
        ("kafe di baruga digerebek kapan?", "14/9/2024"),
        ("pemilik kafe di baruga ditahan di mana", "Mapolresta Kendari"),
    ],
)
def test_a_place_with_no_facts_is_answered_from_its_stories(
    kb: KnowledgeBase, question: str, expected: str
) -> None:
    reply = answer(question, kb)
    assert reply.found, reply.summary
    assert expected in reply.summary
    quoted = reply.findings[0].citations[0]
    assert quoted.article_id in ("council", "raid", "villas", "hotels", "cafe")
    assert expected in quoted.quote


@pytest.mark.parametrize(
    "question",
    [
        "berapa jumlah warung remang-remang di palu",  # no figure is given
        "kapan warung di palu ditutup",  # no date either
        "pemilik bangunan di nenang yg dibongkar dapat berapa",  # no sum of money
        "brp mucikari yg diamankan di nenang",  # a date, a time and women, no pimp counted
        "berapa psk yg diamankan di baruga",  # no one is counted
    ],
)
def test_what_the_stories_do_not_say_is_not_answered(kb: KnowledgeBase, question: str) -> None:
    reply = answer(question, kb)
    assert not reply.found, reply.summary
