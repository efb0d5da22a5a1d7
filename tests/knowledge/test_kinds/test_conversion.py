"""The conversion rule: what a closed lokalisasi becomes, done or planned."""

from __future__ import annotations

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

CONVERSIONS = [
    pytest.param(
        "Wali kota menyebut bangunan lokalisasi Rumah Biru di Kota Padang tidak akan dibongkar, "
        "tetapi rencananya akan dialihfungsikan menjadi rumah tahfiz.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "lok:13.71:rumah-biru",
                "label": "rumah tahfiz",
                "status": "planned",
            }
        ],
        id="conversions-a-clause-without-its-own-subject",
    ),
    pytest.param(
        "Bupati Paser menyebutkan bekas Lokalisasi Bukit Indah di Kabupaten Paser akan dijadikan"
        " tempat wisata dan pusat kuliner.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "lok:64.01:bukit-indah",
                "label": "tempat wisata dan pusat kuliner",
                "status": "planned",
            }
        ],
        id="conversions-what-an-official-says-is-a-clause-of-its-own",
    ),
    pytest.param(
        "Adapun lokalisasi Bukit Indah di Kecamatan Tanah Grogot, Kabupaten Paser akan dijadikan"
        " pusat industri rumah tangga.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "lok:64.01.04:bukit-indah",
                "label": "pusat industri rumah tangga",
                "status": "planned",
            }
        ],
        id="conversions-a-comma-inside-an-address-starts-no-clause",
    ),
    pytest.param(
        "Lokalisasi Bukit Indah di Kabupaten Paser sudah ditutup.\n"
        "Namun, dia mengakui lokalisasi itu berubah menjadi tempat hiburan malam (THM).",
        [
            {
                "kind": "conversion",
                "sentence_id": 1,
                "place_id": "lok:64.01:bukit-indah",
                "label": "tempat hiburan malam",
                "status": "done",
            }
        ],
        id="conversions-what-an-official-admits-is-a-clause-of-its-own",
    ),
    pytest.param(
        "Wali kota menyebut bangunan kantor di Kota Padang tidak akan dibongkar, tetapi "
        "rencananya akan dialihfungsikan menjadi rumah tahfiz.",
        [],
        id="conversions-no-lokalisasi-before-the-clause",
    ),
    pytest.param(
        "Eks lokalisasi Km 7 di Kabupaten Paser mulai berubah. Sebagian bangunannya kini "
        "dialihfungsikan menjadi pondok pesantren, sebagian lagi menjadi balai latihan kerja.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "lok:64.01:km-7",
                "label": label,
                "status": "done",
            }
            for label in ("pondok pesantren", "balai latihan kerja")
        ],
        id="conversions-its-buildings-and-the-rest",
    ),
    pytest.param(
        "Bangunan bekas lokalisasi di Kota Bontang dijadikan sentra UMKM, sebagian lagi tetap "
        "kosong.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "64.74",
                "label": "sentra UMKM",
                "status": "done",
            }
        ],
        id="conversions-the-rest-without-a-new-use",
    ),
    pytest.param(
        "Eks lokalisasi Km 7 di Kabupaten Paser kini menjadi sentra kerajinan rotan.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "lok:64.01:km-7",
                "label": "sentra kerajinan rotan",
                "status": "done",
            }
        ],
        id="conversions-done",
    ),
    pytest.param(
        "Lokalisasi Km 7 di Kabupaten Paser resmi ditutup.\n\n"
        "Pemkab Paser berencana mengalihfungsikan lahan bekas lokalisasi itu.\n"
        "Lahan tersebut akan dijadikan taman kota yang terbuka untuk warga.",
        [
            {
                "kind": "conversion",
                "sentence_id": 2,
                "place_id": "lok:64.01:km-7",
                "label": "taman kota",
                "status": "planned",
            }
        ],
        id="conversions-planned-points-back",
    ),
    pytest.param(
        "Bangunan bekas lokalisasi di Kota Bontang dialihfungsikan sebagai pusat pelatihan kerja, "
        "sementara lahannya ditanami pohon.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "64.74",
                "label": "pusat pelatihan kerja",
                "status": "done",
            }
        ],
        id="conversions-region",
    ),
    pytest.param(
        "Lima tahun setelah lokalisasi di Kota Bontang ditutup, sebanyak 24 bekas wisma telah "
        "dialihfungsikan menjadi sentra batik, kuliner dan konveksi.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "64.74",
                "label": "sentra batik, kuliner dan konveksi",
                "status": "done",
            }
        ],
        id="conversions-counted-buildings",
    ),
    pytest.param(
        "Tanah eks lokalisasi Gang Mawar di Kota Bontang kini disulap jadi kebun sayur.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "lok:64.74:gang-mawar",
                "label": "kebun sayur",
                "status": "done",
            }
        ],
        id="conversions-its-land",
    ),
    pytest.param(
        "Eks PSK lokalisasi Km 7 kini menjadi penjahit dan pedagang kue.",
        [],
        id="conversions-not-people",
    ),
    pytest.param(
        "Penutupan lokalisasi di Kota Bontang kini menjadi perhatian DPRD.",
        [],
        id="conversions-not-a-place-changed",
    ),
]


@pytest.mark.parametrize(("article", "facts"), CONVERSIONS)
def test_conversions(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("conversions", article) == facts


BUILT_ON = [
    pytest.param(
        "Gedung Olahraga Bhakti ialah gelanggang yang dibangun di atas bekas kawasan prostitusi"
        " Kramat Tunggak, Jakarta Utara.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "lok:31.72:kramat-tunggak",
                "label": "Gedung Olahraga Bhakti",
                "status": "done",
            }
        ],
        id="built-on-named-before",
    ),
    pytest.param(
        "Puskesmas Pembantu Teluk Lerong yang berdiri di lahan eks Lokalisasi Gang Mawar, Kota "
        "Bontang mulai melayani warga.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "lok:64.74:gang-mawar",
                "label": "Puskesmas Pembantu Teluk Lerong",
                "status": "done",
            }
        ],
        id="built-in-the-area-of",
    ),
    pytest.param(
        "Lokalisasi Gang Mawar di Kota Bontang ditutup pada 2016.\n"
        "Kini di atas lahan bekas lokalisasi itu telah berdiri masjid dan taman baca.",
        [
            {
                "kind": "conversion",
                "sentence_id": 1,
                "place_id": "lok:64.74:gang-mawar",
                "label": "masjid dan taman baca",
                "status": "done",
            }
        ],
        id="built-on-named-after",
    ),
    pytest.param(
        "Lokalisasi Gang Mawar di Kota Bontang ditutup pada 2016.\n"
        "Di lokasi yang dulu menjadi tempat praktik prostitusi itu kini berdiri panti asuhan.",
        [
            {
                "kind": "conversion",
                "sentence_id": 1,
                "place_id": "lok:64.74:gang-mawar",
                "label": "panti asuhan",
                "status": "done",
            }
        ],
        id="built-where-it-once-was",
    ),
    pytest.param(
        "Rumah warga yang dibangun di atas tanah milik desa itu dibongkar.",
        [],
        id="built-on-not-a-former-lokalisasi",
    ),
    pytest.param(
        "Pemkot Bontang memulai pembangunan taman kota di kawasan eks-lokalisasi Gang Mawar "
        "pekan depan.",
        [
            {
                "kind": "conversion",
                "sentence_id": 0,
                "place_id": "lok:64.74:gang-mawar",
                "label": "taman kota",
                "status": "planned",
            }
        ],
        id="being-built-in-the-area-of",
    ),
    pytest.param(
        "Pembangunan jalan di Kelurahan Loktuan dimulai pekan depan.",
        [],
        id="being-built-not-on-a-former-lokalisasi",
    ),
]


@pytest.mark.parametrize(("article", "facts"), BUILT_ON)
def test_built_on(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("built_on", article) == facts
