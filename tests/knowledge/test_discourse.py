"""The story's own place: named most, the title counting thrice — but not a province named
only for its offices or to locate a regency, nor a district a lokalisasi is named after."""

from __future__ import annotations

import pytest

from knowledge.extract.article_places import ArticlePlaces
from knowledge.extract.context import SentenceView, lower
from knowledge.extract.discourse import Discourse
from knowledge.places import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.seeded()


def main_place(gazetteer: Gazetteer, title: str, dateline: str | None, article: str) -> str:
    # One sentence a line; with blank lines, the lines between them are one paragraph.
    blocks = [b for b in article.strip().split("\n\n") if b.strip()]
    if len(blocks) == 1:
        blocks = blocks[0].splitlines()
    sentences = [
        (paragraph, line.strip())
        for paragraph, block in enumerate(blocks)
        for line in block.splitlines()
        if line.strip()
    ]
    views = [
        SentenceView(index, paragraph, text, lower(text), position=index)
        for index, (paragraph, text) in enumerate(sentences)
    ]
    discourse = Discourse(ArticlePlaces(gazetteer), views)
    discourse.settle_main_place(title, dateline)
    return gazetteer.name(discourse.main_place)


MAIN_PLACES = [
    pytest.param(
        "Kemensos: 45 Lokalisasi Ditutup Sepanjang 2017",
        "Jakarta",
        """
        Kementerian Sosial mencatat 45 lokalisasi ditutup sepanjang 2017.
        Dengan demikian, dari 168 lokalisasi di seluruh Indonesia, kini tersisa 64 lokalisasi.

        Lokalisasi yang tersisa paling banyak berada di Jawa Timur, Kalimantan Timur dan Papua.

        Di Jawa Timur, lokalisasi yang masih beroperasi antara lain di Kabupaten Jember.
        """,
        # The country named in the lead's second sentence, then three provinces: a national
        # story, not one of the province named twice nor of where it was filed.
        "Indonesia",
        id="the-country-named-in-the-lead-paragraph",
    ),
    pytest.param(
        "Lokalisasi Bukit Asri Ditutup",
        "Samarinda",
        """
        Pemprov Kaltim menutup lokalisasi Bukit Asri.
        Secara nasional, PSK terbanyak berada di Provinsi Jawa Barat.
        """,
        # One mention of another province against the dateline: the story is the dateline's.
        "Kota Samarinda",
        id="a-tie-goes-to-the-dateline",
    ),
    pytest.param(
        "Mensos Pulangkan Puluhan PSK di Kotawaringin Barat Naik Kapal Laut",
        None,
        """
        Puluhan PSK Kotawaringin Barat dipulangkan oleh Kementerian Sosial Republik Indonesia.
        Dari Kotawaringin Barat, mereka dipulangkan menuju Jawa Timur, Jawa Barat dan Jawa Tengah.
        Per orang akan mendapat bantuan uang total Rp9,5 juta.
        """,
        # A ministry named with the country and the provinces people are sent home to: no story
        # about Indonesia as a whole.
        "Kabupaten Kotawaringin Barat",
        id="a-ministry-and-the-homes-workers-are-sent-to",
    ),
    pytest.param(
        "Lokalisasi Bukit Hijau di Sekotong Ditutup, PSK Pilih Pulang Kampung",
        "Lombok Barat",
        """
        Pemerintah Kabupaten Lombok Barat, Nusa Tenggara Barat (NTB), menutup lokalisasi itu.
        Penutupan dipimpin Bupati Lombok Barat.
        Biaya pemulangan ditanggung Pemerintah Provinsi NTB dan Pemprov NTB juga menyiapkan panti.
        """,
        "Kabupaten Lombok Barat",
        id="a-province-that-locates-the-regency",
    ),
    pytest.param(
        "Lokalisasi Bukit Asri Cikande Disegel, 40 Eks Penghuni Terima Bantuan Pemprov Banten",
        None,
        """
        Satpol PP Kabupaten Serang menyegel lokalisasi Bukit Asri di Kecamatan Cikande.
        Kepala Satpol PP Kabupaten Serang menyebut segel itu perintah Bupati Serang.
        Dinas Sosial Provinsi Banten menyerahkan bantuan kepada 40 eks penghuni.
        Bantuan itu program Gubernur Banten, kata Kepala Dinsos Banten.
        """,
        "Kabupaten Serang",
        id="a-province-named-only-for-its-offices",
    ),
    pytest.param(
        "Lokalisasi Pantai Indah Disegel, 30 PSK Dipulangkan",
        "Bengkulu",
        """
        Pemerintah Kota Bengkulu menyegel lokalisasi Pantai Indah, Rabu (24/7/2019).
        Sebanyak 30 PSK berasal dari luar Provinsi Bengkulu.
        Mereka yang warga Bengkulu dibina di panti sosial.
        """,
        "Kota Bengkulu",
        id="a-province-named-only-as-a-home",
    ),
    pytest.param(
        "Dua Lokalisasi di Lombok Barat Didata",
        None,
        """
        Di lokalisasi Batu Layar tercatat 25 PSK.
        Di lokalisasi Bukit Mas tercatat 40 PSK, sedangkan di Batu Layar 25 orang.
        """,
        "Kabupaten Lombok Barat",
        id="a-lokalisasi-named-after-its-district",
    ),
    pytest.param(
        "Lokalisasi Ditutup, Penghuni Dipulangkan",
        None,
        """
        Dinas Sosial mendata penghuni lokalisasi di Kabupaten Paser.
        Warga Kabupaten Berau ikut menonton penutupan itu.
        Dinas Sosial memulangkan penghuni ke Kabupaten Berau.
        Dinas Sosial memulangkan penghuni dari Kabupaten Paser.
        """,
        "Kabupaten Paser",
        id="a-place-an-office-works-in-is-not-whose-office-it-is",
    ),
    pytest.param(
        "Riwayat Lokalisasi Batu 8 Resmi Berakhir",
        None,
        """
        Riwayat lokalisasi Batu 8 di Desa Korleko, Kabupaten Lombok Timur, resmi berakhir.
        Batu 8 sudah ada sejak sekitar 1995.
        Bantuan untuk Batu 8 belum dialokasikan.
        """,
        "Kabupaten Lombok Timur",
        id="a-lokalisasi-named-by-a-region-and-a-number",
    ),
    pytest.param(
        "Pemkot Jambi Tutup Lokalisasi Sungai Lilin Jaya, 40 PSK Dipulangkan",
        None,
        """
        Pemkot Jambi menutup lokalisasi Sungai Lilin Jaya di Kecamatan Jambi Timur.
        Wali Kota Jambi meminta penghuni lokalisasi Sungai Lilin Jaya pulang kampung.
        """,
        "Kota Jambi",
        id="a-lokalisasi-whose-longer-name-starts-with-a-district-elsewhere",
    ),
    pytest.param(
        "Praktik Prostitusi di Eks Lokalisasi Ujung Harapan Tetap Eksis",
        "PALU",
        """
        Hasil penelusuran Radar Sulteng, beberapa tempat hiburan di kompleks itu tertutup.
        Sepekan lalu tim gabungan meringkus preman di kompleks itu.
        Pemkot Palu melarang kompleks itu beroperasi selama Ramadan.
        """,
        "Kota Palu",
        id="a-region-in-a-news-outlet-s-name-is-no-place-of-the-story",
    ),
    pytest.param(
        "Lokalisasi Muara Badak Diberi SP 2, Penutupan Menunggu Arahan Wali Kota",
        "BENGKULU",
        """
        Lokalisasi Muara Badak kembali diberi surat peringatan oleh Pemerintah Kota Bengkulu.
        Para pengelola Lokalisasi Muara Badak diminta mengosongkan wisma.
        Lokalisasi Muara Badak sudah beroperasi sejak 1990.
        """,
        # A lokalisasi named like a district of another province (Kutai Kartanegara's), in a
        # story filed from Bengkulu: the story is not about that district.
        "Kota Bengkulu",
        id="a-lokalisasi-named-like-a-district-of-another-province",
    ),
]


@pytest.mark.parametrize(("title", "dateline", "article", "place"), MAIN_PLACES)
def test_the_story_s_own_place(
    gazetteer: Gazetteer, title: str, dateline: str | None, article: str, place: str
) -> None:
    assert main_place(gazetteer, title, dateline, article) == place
