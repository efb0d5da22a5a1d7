"""The decree rule: the regulation or decision a closure rests on, its number, signing day and
subject; and a decree's date is never read as the day of a closure."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

_LEAD = "Pemerintah Kabupaten Garut menutup lokalisasi Cibeber pada Senin (4/3/2019).\n\n"

DECREES = [
    pytest.param(
        "Pemerintah Kabupaten Kotawaringin Timur (Kotim) resmi menutup lokalisasi Kembang Sore "
        "di Kecamatan Baamang, Rabu (15/1/2020).\n\nMenurut Rudy, penutupan ini berdasarkan "
        "Surat Keputusan Bupati Kotim Nomor 188.45/12/2019 dan mendukung target Kalimantan "
        "Tengah bebas lokalisasi.",
        # The region of the closing pointed back at decrees, not the province of the target.
        [
            {
                "kind": "decree",
                "sentence_id": 1,
                "place_id": "62.02",
                "name": "Surat Keputusan Bupati Kotim Nomor 188.45/12/2019",
            }
        ],
        id="decree-of-the-closing-pointed-back-at",
    ),
    pytest.param(
        _LEAD + "Penutupan tertuang dalam SK Bupati Garut Nomor: 460/207/Hk/V/2019, Tanggal 3 Mei "
        "2019, Tentang Penutupan Lokalisasi Cibeber.",
        [
            {
                "kind": "decree",
                "sentence_id": 1,
                "place_id": "lok:32.05:cibeber",
                "when": dt.date(2019, 5, 3),
                "when_text": "3 Mei 2019",
                "name": "SK Bupati Garut Nomor: 460/207/Hk/V/2019",
                "label": "Penutupan Lokalisasi Cibeber",
            }
        ],
        # Written as a form's fields: "Tanggal" and "Tentang" capitalised after commas.
        id="decree-dated-and-about-in-capitalised-fields",
    ),
    pytest.param(
        "Lokalisasi itu musuh bersama.\n\n"
        "Hal ini sesuai dengan Peraturan Daerah (Perda) yang tertuang dalam Nomor 03 tahun 2016 "
        "tentang Penyandang Masalah Kesejahteraan Sosial.\nDitambah, SK Bupati Nomor 462/2013 "
        "tentang larangan kegiatan prostitusi di Kabupaten Paser.",
        [
            {
                "kind": "decree",
                "sentence_id": 1,
                "place_id": "64.01",
                "name": "Peraturan Daerah (Perda) Nomor 03 tahun 2016",
                "label": "Penyandang Masalah Kesejahteraan Sosial",
            },
            {
                "kind": "decree",
                "sentence_id": 2,
                "place_id": "64.01",
                "name": "SK Bupati Nomor 462/2013",
                "label": "larangan kegiatan prostitusi di Kabupaten Paser",
            },
        ],
        id="decree-named-with-the-next-and-its-number-led-to",
    ),
    pytest.param(
        _LEAD + "Penutupan itu merupakan pelaksanaan Surat Keputusan Bupati Garut Nomor "
        "460/207/2019 tanggal 3 Mei 2019 tentang Penutupan Lokalisasi Cibeber.",
        [
            {
                "kind": "decree",
                "sentence_id": 1,
                "place_id": "lok:32.05:cibeber",
                "name": "Surat Keputusan Bupati Garut Nomor 460/207/2019",
                "when": dt.date(2019, 5, 3),
                "when_text": "3 Mei 2019",
                "label": "Penutupan Lokalisasi Cibeber",
            }
        ],
        id="decrees-number-day-and-subject",
    ),
    pytest.param(
        _LEAD + "Penutupan itu berdasarkan Perda Nomor 5 Tahun 2018 tentang ketertiban umum.",
        [
            {
                "kind": "decree",
                "sentence_id": 1,
                "place_id": "32.05",
                "name": "Perda Nomor 5 Tahun 2018",
                "label": "ketertiban umum",
            }
        ],
        id="decrees-a-regulation-by-its-number",
    ),
    pytest.param(
        _LEAD + "Lokalisasi Cibeber ditutup berdasarkan Keputusan Bupati Garut Nomor "
        "460/215/DINSOS/2019 tentang Penutupan Lokalisasi yang ditandatangani pada 3 Mei 2019.",
        [
            {
                "kind": "decree",
                "sentence_id": 1,
                "place_id": "lok:32.05:cibeber",
                "name": "Keputusan Bupati Garut Nomor 460/215/DINSOS/2019",
                "when": dt.date(2019, 5, 3),
                "when_text": "3 Mei 2019",
                "label": "Penutupan Lokalisasi",
            }
        ],
        id="decrees-signed-after-its-subject",
    ),
    pytest.param(
        _LEAD + "Lokalisasi itu ditutup berdasarkan Peraturan Bupati Garut yang diteken pada "
        "9 Februari 2019.",
        [
            {
                "kind": "decree",
                "sentence_id": 1,
                "place_id": "lok:32.05:cibeber",
                "name": "Peraturan Bupati Garut",
                "when": dt.date(2019, 2, 9),
                "when_text": "9 Februari 2019",
            }
        ],
        id="decrees-named-without-a-number-but-signed",
    ),
    pytest.param(
        _LEAD + "Mucikari yang membandel akan ditindak sesuai peraturan daerah.\n"
        "Keputusan itu diambil dalam rapat pada 5 Februari 2019.",
        [],
        id="decrees-not-a-decree-named",
    ),
    pytest.param(
        "Penutupan lokalisasi ini berdasarkan surat keputusan Bupati Garut Nomor 188/03/HK/2017.",
        [
            {
                "kind": "decree",
                "sentence_id": 0,
                "place_id": "32.05",
                "name": "surat keputusan Bupati Garut Nomor 188/03/HK/2017",
            }
        ],
        id="decrees-named-in-lower-case",
    ),
    pytest.param(
        "Bupati Garut menegaskan akan menutup lokalisasi Cibeber.\n\n"
        "SK bernomor 460.12/2019 itu diterbitkan setelah desakan warga.",
        [
            {
                "kind": "decree",
                "sentence_id": 1,
                "place_id": "32.05",
                "name": "SK bernomor 460.12/2019",
            }
        ],
        id="decrees-numbered-with-bernomor-after-the-paragraph-naming-the-closing",
    ),
    pytest.param(
        _LEAD + "Kemudian terbit Surat keputusan bupati Nomor : 188.45/39/012/2019.",
        [
            {
                "kind": "decree",
                "sentence_id": 1,
                "place_id": "32.05",
                "name": "Surat keputusan bupati Nomor : 188.45/39/012/2019",
            }
        ],
        id="decrees-number-after-a-colon",
    ),
]

DECREE_DATES = [
    pytest.param(
        "Lokalisasi Cibeber di Kabupaten Garut ditutup berdasarkan SK Bupati Nomor 188/45/2017 "
        "tanggal 12 Oktober 2017.",
        id="the-day-a-decree-was-signed",
    ),
    pytest.param(
        "Pemkab Garut menutup lokalisasi Cibeber sesuai Perda Nomor 5 Tahun 2018.",
        id="the-year-in-a-decree-number",
    ),
    pytest.param(
        "Lokalisasi Cibeber di Kabupaten Garut ditutup berdasarkan Peraturan Bupati Garut yang "
        "diteken pada 9 Februari 2019.",
        id="the-day-a-regulation-was-signed",
    ),
]


@pytest.mark.parametrize(("article", "facts"), DECREES)
def test_decrees(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("decrees", article) == facts


@pytest.mark.parametrize("article", DECREE_DATES)
def test_a_decree_date_is_no_closure_date(article: str) -> None:
    closures = stated_by("closures", article)
    assert all("when" not in fact for fact in closures), closures
    assert [fact["name"] for fact in stated_by("decrees", article)]


# A decree signed on a day the next sentence tells, or "ditetapkan": (article, the decrees
# stated as (sentence, name, day signed)).
SIGNED = [
    pytest.param(
        "Pemulangan itu menyusul berlakunya Surat Keputusan Bupati Nabire tentang penutupan "
        "lokalisasi Km 60 sejak 1 Maret 2019. SK tersebut ditandatangani Bupati Nabire, Yakobus "
        "Kegou, pada 12 Februari 2019.".replace(". SK", ".\nSK"),
        [(1, "Surat Keputusan Bupati Nabire", "2019-02-12")],
        id="signed-the-sentence-after",
    ),
    pytest.param(
        "Penutupan mengacu pada Peraturan Bupati Lombok Timur Nomor 14 Tahun 2019 tentang "
        "Penertiban Tempat Prostitusi, yang ditetapkan pada 1 April 2019.",
        [(0, "Peraturan Bupati Lombok Timur Nomor 14 Tahun 2019", "2019-04-01")],
        id="signed-ditetapkan",
    ),
    pytest.param(
        "Lokalisasi itu ditutup pada 1 Maret 2019.\nSK tersebut ditandatangani pada 12 Februari "
        "2019.",
        [],
        id="signed-no-decree-named-before",
    ),
]


@pytest.mark.parametrize(("article", "decrees"), SIGNED)
def test_signed(article: str, decrees: list[tuple[int, str, str]]) -> None:
    stated = stated_by("decrees", article) + stated_by("signed_later", article)
    assert [(f["sentence_id"], f["name"], str(f.get("when"))) for f in stated] == decrees
