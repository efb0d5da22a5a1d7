"""The closure rules: closures per clause, going on from the sentence before, closed parts."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

CLOSURES = [
    pytest.param(
        "Pemerintah Kabupaten Paser menutup tiga lokalisasi sekaligus, Selasa (29/5/2018).\n"
        "Ketiganya yakni lokalisasi Km 5, lokalisasi Gunung Sabak dan lokalisasi Padang Pasir.",
        # Each of the three named after closes on the day the three closed.
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 3,
                "when": dt.date(2018, 5, 29),
                "when_text": "29 Mei 2018",
                "status": "done",
                "agent": "Pemerintah Kabupaten Paser",
            },
            {
                "kind": "closure",
                "sentence_id": 1,
                "place_id": "lok:64.01:km-5",
                "when": dt.date(2018, 5, 29),
                "when_text": "29 Mei 2018",
                "status": "done",
            },
            {
                "kind": "closure",
                "sentence_id": 1,
                "place_id": "lok:64.01:gunung-sabak",
                "when": dt.date(2018, 5, 29),
                "when_text": "29 Mei 2018",
                "status": "done",
            },
            {
                "kind": "closure",
                "sentence_id": 1,
                "place_id": "lok:64.01:padang-pasir",
                "when": dt.date(2018, 5, 29),
                "when_text": "29 Mei 2018",
                "status": "done",
            },
        ],
        id="closures-each-of-them-all-on-the-day-they-closed",
    ),
    pytest.param(
        "Pemprov Kalteng menutup tiga lokalisasi, yakni lokalisasi Kembang Sore di Kotawaringin "
        "Timur, lokalisasi Pal 9 di Kota Palangka Raya dan lokalisasi Bukit Asri di Kabupaten "
        "Kapuas.",
        # The three listed lie in three regencies: the count is their province's.
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "62",
                "number": 3,
                "status": "done",
                "agent": "Pemprov Kalteng",
            }
        ],
        id="closures-a-count-then-its-list-is-the-list-s-common-region",
    ),
    pytest.param(
        "Lokalisasi Km 9 di Kabupaten Paser ditutup oleh Pemkab Paser pada 12 Maret 2023.",
        [
            # When it was done is no part of who did it.
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:64.01:km-9",
                "when": dt.date(2023, 3, 12),
                "when_text": "12 Maret 2023",
                "status": "done",
                "agent": "Pemkab Paser",
            }
        ],
        id="closures-agent-by-without-the-day",
    ),
    pytest.param(
        "Pemerintah Kabupaten Paser, Minggu (12/3/2023) menutup lokalisasi Km 9.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:64.01:km-9",
                "when": dt.date(2023, 3, 12),
                "when_text": "12 Maret 2023",
                "status": "done",
                "agent": "Pemerintah Kabupaten Paser",
            }
        ],
        id="closures-agent-before-the-verb-without-the-day",
    ),
    pytest.param(
        "Sedangkan Kutim, tahun 2016 lalu sudah menetapkan penutupan lokalisasi.",
        [
            # The year said with the closing, in its own clause.
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "64.08",
                "when": dt.date(2016, 1, 1),
                "when_text": "tahun 2016",
                "status": "done",
            }
        ],
        id="closures-a-year-said-before-in-its-clause",
    ),
    pytest.param(
        "Jika empat lokalisasi ditutup, masih tersisa 95 lokalisasi di Indonesia.",
        [
            # A closing supposed is none that was, and the 95 left are not the four's.
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "ID",
                "number": 4,
                "status": "planned",
            }
        ],
        id="closures-supposed",
    ),
    pytest.param(
        "Sebanyak 69 lokalisasi yang tersisa di Indonesia akan ditutup pada 2019.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "ID",
                "number": 69,
                "when": dt.date(2019, 1, 1),
                "when_text": "tahun 2019",
                "status": "planned",
                "qualifier": "sisa",
            }
        ],
        id="closures-the-remaining-ones-planned",
    ),
    pytest.param(
        '"Kita harus hentikan," katanya usai menutup lokalisasi Gang Kenari secara simbolis di '
        "Kelurahan Nambangan Kidul, Kota Madiun, Minggu (28/4/2013) malam.",
        [
            # What was said right after closing it: the day it was said is the closing's.
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:35.77:gang-kenari",
                "when": dt.date(2013, 4, 28),
                "when_text": "28 April 2013",
                "status": "done",
            }
        ],
        id="closures-said-right-after-closing",
    ),
    pytest.param(
        "Pemerintah Kabupaten Paser diminta Pemerintah Provinsi Kalimantan Timur waspada dengan "
        "penutupan lokalisasi di seluruh wilayah Kaltim pada Juni 2023.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "64",
                "when": dt.date(2023, 6, 1),
                "when_text": "Juni 2023",
                "status": "planned",
            }
        ],
        id="closures-of-the-place-written-after-the-closing-not-of-who-is-told",
    ),
    pytest.param(
        "Pemkab Paser resmi menutup 4 lokalisasi pada 12 Maret 2023.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 4,
                "when": dt.date(2023, 3, 12),
                "when_text": "12 Maret 2023",
                "status": "done",
                "agent": "Pemkab Paser",
            }
        ],
        id="closures-number-date-agent",
    ),
    pytest.param(
        "Pemerintah Kabupaten Paser secara resmi menutup 4 lokalisasi pada 12 Maret 2023.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 4,
                "when": dt.date(2023, 3, 12),
                "when_text": "12 Maret 2023",
                "status": "done",
                "agent": "Pemerintah Kabupaten Paser",
            }
        ],
        id="closures-agent-without-its-adverbs",
    ),
    pytest.param(
        "Rencana Pemkab Paser untuk menutup lokalisasi Km 9 pada 12 Maret 2023 disambut warga.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:64.01:km-9",
                "when": dt.date(2023, 3, 12),
                "when_text": "12 Maret 2023",
                "status": "planned",
                "agent": "Pemkab Paser",
            }
        ],
        id="closures-agent-without-the-words-that-lead-to-the-verb",
    ),
    pytest.param(
        "Lokalisasi Km 21 di Kabupaten Langkat beroperasi kembali tiga bulan setelah ditutup "
        "pada Rabu (22/11/2017).",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:12.05:km-21",
                "when": dt.date(2017, 11, 22),
                "when_text": "22 November 2017",
                "status": "done",
            }
        ],
        id="closures-dated-after-setelah",
    ),
    pytest.param(
        "Tiga bulan setelah ditutup, Lokalisasi Km 21 di Kabupaten Langkat ramai lagi.",
        [],
        id="closures-undated-after-setelah-is-an-aside",
    ),
    pytest.param(
        "Saat penutupan lokalisasi Km 21 di Kabupaten Langkat pada 2017, ratusan warga "
        "berunjuk rasa.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:12.05:km-21",
                "when": dt.date(2017, 1, 1),
                "when_text": "tahun 2017",
                "status": "done",
            }
        ],
        # "Saat penutupan X pada 2017, …": the time clause dates the closing it names.
        id="closures-dated-by-saat",
    ),
    pytest.param(
        "Saat penutupan lokalisasi Km 21 di Kabupaten Langkat, ratusan warga berunjuk rasa "
        "pada 2018.",
        [],
        id="closures-a-date-after-the-aside-is-another-s",
    ),
    pytest.param(
        "Pemkab Langkat melakukan rapat tindak lanjut penutupan lokalisasi Km 21, Kamis "
        "(29/4/2021).",
        [],
        # A meeting that follows the closure up, on its own day: no closing that day.
        id="closures-a-follow-up-meeting-is-no-closing",
    ),
    pytest.param(
        "Setelah ditutupnya lokalisasi Km 21 di Kabupaten Langkat beberapa tahun yang lalu, "
        "para PSK menyebar ke tempat hiburan.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:12.05:km-21",
                "status": "done",
            }
        ],
        # An aside that says the closing lies years back states it, undated.
        id="closures-after-setelah-told-as-past",
    ),
    pytest.param(
        "Lokalisasi Km 21 di Kabupaten Langkat ditutup beberapa bulan silam.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:12.05:km-21",
                "status": "done",
            }
        ],
        id="closures-done-some-months-back",
    ),
    pytest.param(
        "Penutupan lokalisasi Gang Mawar di Kota Bontang dijadwalkan pada Desember 2023.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:64.74:gang-mawar",
                "when": dt.date(2023, 12, 1),
                "when_text": "Desember 2023",
                "status": "planned",
            }
        ],
        id="closures-planned-site",
    ),
    pytest.param(
        "Penutupan lokalisasi di Kabupaten Berau ditunda hingga Juni 2024.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "64.03",
                "when": dt.date(2024, 6, 1),
                "when_text": "Juni 2024",
                "status": "planned",
                "qualifier": "ditunda",
            }
        ],
        id="closures-postponed",
    ),
    pytest.param(
        "Pemkab Paser telah menutup lokalisasi Km 7 di Kabupaten Paser.\n"
        "Sisanya baru akan ditutup tahun depan di Kabupaten Berau.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:64.01:km-7",
                "status": "done",
                "agent": "Pemkab Paser",
            },
            {
                "kind": "closure",
                "sentence_id": 1,
                "place_id": "64.03",
                "when": dt.date(2024, 1, 1),
                "when_text": "tahun 2024",
                "status": "planned",
            },
        ],
        id="closures-next-sentence-goes-on",
    ),
    pytest.param(
        "Rapat itu membahas pendataan warga Kota Bontang.", [], id="closures-no-closing-verb"
    ),
    pytest.param(
        "Dinsos Kabupaten Ketapang mendata 44 PSK di lokalisasi Gang Rambutan menjelang rencana "
        "penutupan lokalisasi tersebut pada 31 Desember 2023.\n"
        "Hal itu disampaikan usai rapat koordinasi penutupan lokalisasi di Kantor Bupati "
        "Ketapang, Senin (8/5).",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:61.04:gang-rambutan",
                "when": dt.date(2023, 12, 31),
                "when_text": "31 Desember 2023",
                "status": "planned",
            }
        ],
        id="closures-planned-ahead-not-the-meeting",
    ),
    pytest.param(
        "Pemkab Paser menggelar rapat koordinasi persiapan penutupan lokalisasi Km 7 di "
        "Kabupaten Paser, Selasa (12/3/2019).",
        [],
        id="closures-a-meeting-to-prepare-is-no-closure",
    ),
    pytest.param(
        "Rapat lanjutan dijadwalkan pada pekan ketiga April 2019 untuk memastikan kesiapan teknis "
        "penutupan lokalisasi Km 7 di Kabupaten Paser.",
        [],
        id="closures-getting-ready-is-no-closure",
    ),
    pytest.param(
        "Pemkab Paser mulai persiapan penutupan lokalisasi Km 7 di Kabupaten Paser.",
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "lok:64.01:km-7",
                "status": "planned",
            }
        ],
        id="closures-being-prepared-is-planned",
    ),
    pytest.param(
        '"Penutupan kita mulai dari Bontang, paling lambat Agustus 2023," sebutnya.',
        [
            {
                "kind": "closure",
                "sentence_id": 0,
                "place_id": "64.74",
                "when": dt.date(2023, 8, 1),
                "when_text": "Agustus 2023",
                "status": "planned",
            }
        ],
        id="closures-a-quote-opening-with-penutupan",
    ),
    pytest.param(
        "Pemkot Bontang menggelar Rapat Koordinasi Penutupan Lokalisasi.",
        [],
        id="closures-a-meeting-named-penutupan",
    ),
    pytest.param(
        "Giliran selanjutnya adalah Kecamatan Parungkuda di Kabupaten Sukabumi.\n"
        "Di Parungkuda, penutupan ditargetkan dimulai pada Agustus 2023.\n"
        "Di sana ada 1 lokalisasi yang dihuni 64 pekerja.",
        [
            # "Di Parungkuda": the district the story named as "Kecamatan Parungkuda".
            {
                "kind": "closure",
                "sentence_id": 1,
                "place_id": "32.02.13",
                "when": dt.date(2023, 8, 1),
                "when_text": "Agustus 2023",
                "status": "planned",
            },
            {
                "kind": "closure",
                "sentence_id": 2,
                "place_id": "32.02.13",
                "number": 1,
                "status": "planned",
            },
        ],
        id="closures-going-on-in-the-tense-of-the-sentence-before",
    ),
    pytest.param(
        "Suasana rapat koordinasi rencana penutupan lokalisasi di Aula Setda Bontang, Selasa "
        "(30/1).",
        [],
        id="closures-the-day-of-a-meeting-on-the-closure",
    ),
    pytest.param(
        '"Lokalisasi di Kabupaten Paser sudah resmi ditutup," ujar Kepala Bidang Rehabilitasi'
        " Sosial Dinas Sosial Provinsi Kalimantan Timur Rina Ayu kepada wartawan di Samarinda,"
        " Selasa (3/5/2016).",
        [{"kind": "closure", "sentence_id": 0, "place_id": "64.01", "status": "done"}],
        id="closures-not-where-or-when-it-was-said-after-a-long-title",
    ),
    pytest.param(
        "Sisa dua lokalisasi berada di Kecamatan Paiton dan Kecamatan Leces, Kabupaten "
        "Probolinggo.\n"
        "Keduanya dijadwalkan ditutup pada Agustus 2018.",
        [
            {
                "kind": "closure",
                "sentence_id": 1,
                "place_id": "35.13.12",
                "when": dt.date(2018, 8, 1),
                "when_text": "Agustus 2018",
                "status": "planned",
            },
            {
                "kind": "closure",
                "sentence_id": 1,
                "place_id": "35.13.05",
                "when": dt.date(2018, 8, 1),
                "when_text": "Agustus 2018",
                "status": "planned",
            },
        ],
        id="closures-of-both-places-the-sentence-before-named",
    ),
]

CLOSED_PARTS = [
    pytest.param(
        "Dari total 40 lokalisasi di Jawa Tengah, sudah 31 yang berhasil ditutup.",
        [{"kind": "closure", "sentence_id": 0, "place_id": "33", "number": 31, "status": "done"}],
        id="closed_parts-part-of-a-whole",
    ),
    pytest.param(
        "Sebanyak 31 lokalisasi sudah ditutup di Jawa Tengah.", [], id="closed_parts-no-whole"
    ),
    pytest.param(
        "Bupati Kampar mengatakan, dari enam lokalisasi yang pernah ada di Kampar, sudah ditutup "
        "empat.",
        [{"kind": "closure", "sentence_id": 0, "place_id": "14.01", "number": 4, "status": "done"}],
        id="closed_parts-the-part-after-the-verb",
    ),
    pytest.param(
        "Dengan ditutupnya lokalisasi itu, sudah ditutup tiga dari lima lokalisasi di Kabupaten "
        "Probolinggo.",
        [{"kind": "closure", "sentence_id": 0, "place_id": "35.13", "number": 3, "status": "done"}],
        id="closed_parts-a-part-of-the-place-s-whole",
    ),
]


@pytest.mark.parametrize(("article", "facts"), CLOSURES)
def test_closures(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("closures", article) == facts


@pytest.mark.parametrize(("article", "facts"), CLOSED_PARTS)
def test_closed_parts(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("closed_parts", article) == facts


# Closed in other words: (article, the (place, status) of each closure stated).
CLOSED_OTHERWISE = [
    pytest.param(
        "Lokalisasi Tanjung Merah di Kota Manado ramai.\n"
        "Pemkot Manado bersama MUI Sulawesi Utara sudah berkoordinasi untuk melakukan penutupan "
        "lokalisasi tersebut pada bulan Juni mendatang.",
        [("lok:71.71:tanjung-merah", "planned")],
        id="closed-after-the-story-is-planned-though-something-was-done",
    ),
    pytest.param(
        "Kompleks lokalisasi Tanjung Merah di Kelurahan Tumumpa Dua, Kota Manado, akhirnya "
        "dikosongkan.",
        [("lok:71.71:tanjung-merah", "done")],
        id="closed-emptied-at-last",
    ),
    pytest.param(
        "Pemkot Manado akan mengosongkan lokalisasi Tanjung Merah di Kota Manado tahun depan.",
        [("lok:71.71:tanjung-merah", "planned")],
        id="closed-to-be-emptied",
    ),
    pytest.param(
        "Warga akhirnya pulang setelah rapat di Kota Manado.",
        [],
        id="closed-akhirnya-alone-is-no-closure",
    ),
    pytest.param(
        "Sosialisasi ini berdasarkan rapat koordinasi tim terpadu pembubaran lokalisasi "
        "Kota Manado, tanggal 6 Agustus 2019 di aula kantor wali kota.",
        [],
        id="closed-a-team-named-for-the-closure-is-no-closure",
    ),
    pytest.param(
        "Awal tahun ini Pemkot Bitung melakukan studi banding terkait rencana penutupan "
        "lokalisasi di Kota Manado.",
        [],
        id="closed-a-study-visit-about-a-closure-is-no-closure",
    ),
    pytest.param(
        "Tahapan dukungan pembubaran lokalisasi di Kota Manado tahun 2019 dimulai dengan "
        "sosialisasi.",
        [],
        id="closed-support-for-a-closure-is-no-closure",
    ),
]


@pytest.mark.parametrize(("article", "closures"), CLOSED_OTHERWISE)
def test_closed_otherwise(article: str, closures: list[tuple[str, str]]) -> None:
    assert [(f["place_id"], f["status"]) for f in stated_by("closures", article)] == closures


KM_17 = (
    "Pemkab Banjar menutup Lokalisasi Km 17 di Kecamatan Gambut, Kabupaten Banjar, "
    "pada 14 November 2018.\n"
)

# A closure told a sentence on, about the lokalisasi described or a place named only as a
# direction: (article, the (place, date) of each closure stated).
CLOSED_BEFORE = [
    pytest.param(
        KM_17 + "Kompleks yang namanya diambil dari patok kilometer 17 dari arah Banjarmasin itu "
        "sebelumnya sudah ditutup pada Mei 2015.",
        [
            ("lok:63.03.03:km-17", dt.date(2018, 11, 14)),
            ("lok:63.03.03:km-17", dt.date(2015, 5, 1)),
        ],
        id="closed-before-the-complex-described",
    ),
    pytest.param(
        KM_17 + "Lokalisasi di tepi jalan ke arah Banjarmasin itu sudah ditutup pada Mei 2015.",
        [
            ("lok:63.03.03:km-17", dt.date(2018, 11, 14)),
            ("lok:63.03.03:km-17", dt.date(2015, 5, 1)),
        ],
        id="closed-before-a-direction-is-no-place",
    ),
    pytest.param(
        KM_17 + "Lokalisasi di Kota Banjarmasin sudah ditutup pada Mei 2015.",
        [("lok:63.03.03:km-17", dt.date(2018, 11, 14)), ("63.71", dt.date(2015, 5, 1))],
        id="closed-before-a-place-named-as-such",
    ),
]


CLOSED_BEFORE += [
    pytest.param(
        KM_17 + "Kompleks itu pernah ditutup secara resmi.",
        [("lok:63.03.03:km-17", dt.date(2018, 11, 14)), ("lok:63.03.03:km-17", None)],
        id="closed-before-undated-the-complex-spoken-of",
    ),
    pytest.param(
        KM_17 + "Kompleks perumahan di Kabupaten Banjar itu pernah dibangun secara resmi.",
        [("lok:63.03.03:km-17", dt.date(2018, 11, 14))],
        id="closed-before-no-closing-verb",
    ),
]


@pytest.mark.parametrize(("article", "closures"), CLOSED_BEFORE)
def test_closed_before(article: str, closures: list[tuple[str, dt.date | None]]) -> None:
    assert [(f["place_id"], f.get("when")) for f in stated_by("closures", article)] == closures


KENANGA = (
    "Pemkab Blitar menutup Lokalisasi Jalan Kenanga di Kelurahan Beru, Kecamatan Wlingi, "
    "Kabupaten Blitar, pada 27 November 2019.\n"
)

# "Kompleks itu" after a sentence about another lokalisasi: (article, the place of the
# closure its last sentence states).
SPOKEN_OF = [
    pytest.param(
        KENANGA + "Satu lokalisasi yang tersisa berada di Kecamatan Kademangan.\n"
        "Bambang menyebut kompleks itu ditargetkan ditutup paling lambat pertengahan 2020.",
        "35.05.04",
        id="spoken-of-the-lokalisasi-left",
    ),
    pytest.param(
        KENANGA + "Pemkab membangun pos jaga di Kecamatan Kademangan.\n"
        "Bambang menyebut kompleks itu akan ditutup lagi paling lambat pertengahan 2020.",
        "lok:35.05.17:jalan-kenanga",
        id="spoken-of-the-lokalisasi-met-last",
    ),
]


@pytest.mark.parametrize(("article", "place"), SPOKEN_OF)
def test_the_lokalisasi_spoken_of(article: str, place: str) -> None:
    last = [f for f in stated_by("closures", article) if f["sentence_id"] == 2]
    assert [f["place_id"] for f in last] == [place]


LINTAS_SILA = (
    'Di Kecamatan Bolo, Kabupaten Bima, ada satu ruas yang oleh warga disebut "Jalan Lintas '
    'Sila".\n\nKompleks itu pernah ditutup secara resmi.\n'
)


@pytest.mark.parametrize(
    ("article", "dates"),
    [
        pytest.param(
            LINTAS_SILA + "Saya masih ingat upacaranya, karena murid-murid menonton dari "
            "pinggir jalan: Kamis, 15 Desember 2016.",
            [None, dt.date(2016, 12, 15)],
            id="dated-by-its-ceremony",
        ),
        pytest.param(
            LINTAS_SILA + "Saya masih ingat murid-murid pulang sekolah: Kamis, 15 Desember 2016.",
            [None],
            id="a-date-of-something-else",
        ),
    ],
)
def test_a_closing_dated_by_the_sentence_after(article: str, dates: list[dt.date | None]) -> None:
    title = "Jalan Lintas Sila, Lokalisasi yang Tak Pernah Benar-benar Tutup"
    facts = stated_by("closures", article, title)
    assert [f.get("when") for f in facts] == dates
    assert {f["place_id"] for f in facts} == {"lok:52.06:jalan-lintas-sila"}


PARUNGKUDA = (
    "Giliran selanjutnya adalah Kecamatan Parungkuda, Kabupaten Sukabumi.\n"
    "Setelah rakor ini, kami akan membahas teknis penutupan bersama camat.\n"
)


@pytest.mark.parametrize(
    ("article", "kinds"),
    [
        pytest.param(
            PARUNGKUDA + "Di sana ada 1 lokalisasi yang dihuni 64 pekerja, kata Iwan.",
            [("count", None)],
            id="going-on-there-is-one",
        ),
        pytest.param(
            PARUNGKUDA + "Di sana terdapat 1 lokalisasi yang dihuni 64 pekerja.",
            [("count", None)],
            id="going-on-there-stands-one",
        ),
    ],
)
def test_a_lokalisasi_there_is_not_one_closed(article: str, kinds: list[tuple[str, str]]) -> None:
    facts = [f for f in stated_by("closures", article) if f["sentence_id"] == 2]
    assert [(f["kind"], f.get("status")) for f in facts] == kinds


@pytest.mark.parametrize(
    ("article", "when"),
    [
        # The lead reports the closing as the day's news: the story's day dates it.
        ("Lokalisasi Cibeber di Kabupaten Garut akhirnya ditutup.", dt.date(2023, 5, 10)),
        ("Lokalisasi Cibeber di Kabupaten Garut hari ini resmi ditutup.", dt.date(2023, 5, 10)),
        ("Lokalisasi Cibeber di Kabupaten Garut pagi ini resmi ditutup.", dt.date(2023, 5, 10)),
        # "<agent> menutup …" in the lead: done (test_a_closing_on_a_reported_day_of_no_year),
        # but the story's day is no date of it; a later sentence may date the ceremony.
        (
            "Pemerintah Kabupaten Garut menutup lokalisasi Cibeber di Kecamatan Bayongbong.",
            None,
        ),
        # Told as past, or further down the story: no day of its own.
        ("Eks lokalisasi Cibeber di Kabupaten Garut akhirnya ditutup.", None),
        ("Lokalisasi Cibeber di Kabupaten Garut sudah lama ditutup.", None),
        (
            "Warga Kabupaten Garut resah.\nRazia digelar tiap pekan.\n"
            "Lokalisasi Cibeber akhirnya ditutup.",
            None,
        ),
    ],
)
def test_a_closing_reported_as_the_day_s_news(article: str, when: dt.date | None) -> None:
    (closure,) = [f for f in stated_by("closures", article) if f["kind"] == "closure"]
    assert closure.get("when") == when


@pytest.mark.parametrize(
    ("article", "statuses"),
    [
        # The weekday of the reported day beside the verb: done that day, year or no year.
        ("Pemerintah Kabupaten Paser, Kamis (9/4) menutup lokalisasi Km 9.", ["done"]),
        ("Lokalisasi Km 9 di Kabupaten Paser ditutup Pemkab Paser, Kamis (9/4).", ["done"]),
        ("Pemerintah Kabupaten Paser, Kamis (9/4) akan menutup lokalisasi Km 9.", ["planned"]),
        # No day, no word of its tense, past the lead: no closure is told.
        (
            "Warga Kabupaten Paser resah.\nRazia digelar tiap pekan.\n"
            "Pemerintah Kabupaten Paser menutup lokalisasi Km 9.",
            [],
        ),
        # In the lead, someone closing it is the story's news: done.
        ("Pemerintah Kabupaten Paser menutup lokalisasi Km 9.", ["done"]),
    ],
)
def test_a_closing_on_a_reported_day_of_no_year(article: str, statuses: list[str]) -> None:
    facts = stated_by("closures", article, published=None)
    assert [f["status"] for f in facts if f["kind"] == "closure"] == statuses


@pytest.mark.parametrize(
    ("article", "agents"),
    [
        # Who closed, named a sentence or two later without "oleh": the closing told again.
        (
            "Lokalisasi Km 9 di Kabupaten Paser resmi ditutup pada 12 Maret 2023.\n"
            "Ketiga puluh wisma di sana sudah kosong.\n"
            "Penutupan itu dipimpin langsung oleh Wakil Bupati Paser Rahmat Hidayat.",
            [None, "Wakil Bupati Paser Rahmat Hidayat"],
        ),
        # Said how, not by whom: no one closed it.
        (
            "Lokalisasi Km 9 di Kabupaten Paser resmi ditutup pada 12 Maret 2023.\n"
            "Penutupan dilakukan dengan pengawalan ketat.",
            [None],
        ),
    ],
)
def test_who_closed_named_after_the_closing(article: str, agents: list[str | None]) -> None:
    facts = stated_by("closures", article)
    assert [f.get("agent") for f in facts if f["kind"] == "closure"] == agents


@pytest.mark.parametrize(
    ("article", "status"),
    [
        # "sudah ditutup" right before the verb: done, whatever planning word follows.
        ("Sebanyak 40 lokalisasi sudah ditutup sejak programnya dimulai pada 2014.", "done"),
        ("Lokalisasi Km 9 di Kabupaten Paser telah resmi ditutup, dimulai dari pendataan.", "done"),
        # "sudah" before a plan is the plan's.
        ("Lokalisasi Km 9 di Kabupaten Paser sudah dijadwalkan akan ditutup pada 2030.", "planned"),
    ],
)
def test_said_done_right_before_the_verb(article: str, status: str) -> None:
    (closure,) = [f for f in stated_by("closures", article) if f["kind"] == "closure"]
    assert closure["status"] == status


@pytest.mark.parametrize(
    ("article", "closures"),
    [
        # Hurried along, or prepared for: still to come, and the list's region is the place.
        (
            "Percepatan penutupan kini disiapkan untuk tiga lokalisasi yang tersebar di Kota "
            "Jambi, Kabupaten Bungo dan Kabupaten Tebo.",
            [("15", 3, "planned")],
        ),
        (
            "Dana untuk penutupan lokalisasi sudah dianggarkan Kabupaten Bungo dan Kabupaten Tebo.",
            [("15.08", None, "planned"), ("15.09", None, "planned")],
        ),
        # A closing done, whatever else was prepared.
        (
            "Kabupaten Bungo sudah menutup lokalisasi dengan anggaran daerah.",
            [("15.08", None, "done")],
        ),
    ],
)
def test_a_closing_prepared_for_is_still_to_come(
    article: str, closures: list[tuple[str, int | None, str]]
) -> None:
    facts = [f for f in stated_by("closures", article) if f["kind"] == "closure"]
    assert [(f["place_id"], f.get("number"), f["status"]) for f in facts] == closures


def test_a_closing_of_something_else_and_a_later_clause_s_place() -> None:
    # Closing a mining company is no closing of a lokalisasi; the clause after "dan" that names
    # no place goes on about the country the clause before it counts.
    article = (
        "Gubernur Kalimantan Timur mengancam akan menutup perusahaan tambang yang punya "
        "lokalisasi liar.\n"
        "Pemprov Kalimantan Timur menargetkan semua lokalisasi di Kalimantan Timur tutup.\n"
        "Hingga kini pemerintah sudah menutup 40 lokalisasi di Tanah Air, dan masih ada 60 lagi "
        "yang akan ditutup pada 2019."
    )
    facts = stated_by("closures", article)
    assert [(f["sentence_id"], f["place_id"], f.get("number")) for f in facts] == [
        (1, "64", None),
        (2, "ID", 40),
        (2, "ID", None),
    ]


@pytest.mark.parametrize(
    ("sentence", "agent"),
    [
        (
            "Warga memuji langkah Wali Kota Jambi Ahmad Rifai yang menutup lokalisasi Kampung "
            "Sawah pada 3 Mei 2015.",
            "Wali Kota Jambi Ahmad Rifai",
        ),
        (
            "Pemerintah Kota Jambi sepakat menutup lokalisasi Kampung Sawah pada 3 Mei 2015.",
            "Pemerintah Kota Jambi",
        ),
        (
            "Pemkot Jambi memutuskan menutup lokalisasi Kampung Sawah pada 3 Mei 2015.",
            "Pemkot Jambi",
        ),
    ],
)
def test_who_closed_is_not_what_they_decided(sentence: str, agent: str) -> None:
    facts = stated_by("closures", sentence)
    assert {f.get("agent") for f in facts} == {agent}
