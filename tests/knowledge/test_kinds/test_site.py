"""The site rule: each lokalisasi named, its address, and the largest one pointed back at."""

from __future__ import annotations

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

SITES = [
    pytest.param(
        "Pemkab Morowali membongkar 27 wisma di kawasan prostitusi yang dikenal sebagai Kampung "
        "Lampu Merah di Desa Fatufia, Kecamatan Bahodopi.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:72.06.10:kampung-lampu-merah",
                "name": "Kampung Lampu Merah",
                "detail": "Desa Fatufia, Kecamatan Bahodopi",
            }
        ],
        id="sites-known-by-a-popular-name",
    ),
    pytest.param(
        "Pemkab Morowali menertibkan kawasan prostitusi di Desa Fatufia yang dikenal sebagai "
        "kawasan rawan.",
        [],
        id="sites-known-as-a-common-phrase-is-no-name",
    ),
    pytest.param(
        "Lokalisasi Gang Mawar di Kelurahan Loktuan, Kecamatan Bontang Utara, Kota Bontang, "
        "mulai sepi pengunjung.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:64.74.01:gang-mawar",
                "name": "Gang Mawar",
                "detail": "Kelurahan Loktuan, Kecamatan Bontang Utara, Kota Bontang",
            }
        ],
        id="sites-named-with-address",
    ),
    pytest.param(
        "Petugas mendata lokalisasi Km 7 di Kabupaten Paser.\n"
        "Lokalisasi ini menjadi yang terbesar di Kalimantan Timur.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:64.01:km-7",
                "name": "Km 7",
                "detail": "Kabupaten Paser",
            },
            {
                "kind": "site",
                "sentence_id": 1,
                "place_id": "lok:64.01:km-7",
                "name": "Km 7",
                "superlative": "terbesar",
            },
        ],
        id="sites-largest-pointed-back-at",
    ),
    pytest.param(
        "Sebanyak 27 perempuan asal Kabupaten Indramayu dipulangkan dari lokalisasi Pucuk Jambu, "
        "Kabupaten Batanghari, Provinsi Jambi.\n"
        "Kepala Dinas Sosial Kabupaten Indramayu menerima mereka.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:15.04:pucuk-jambu",
                "name": "Pucuk Jambu",
                "detail": "Kabupaten Batanghari, Provinsi Jambi",
            }
        ],
        id="sites-address-outside-the-story-s-province",
    ),
    pytest.param(
        "Pemerintah Kota Bontang menutup Lokalisasi Jalan Kenanga di Kelurahan Loktuan.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:64.74:jalan-kenanga",
                "name": "Jalan Kenanga",
                "detail": "Kelurahan Loktuan",
            }
        ],
        id="sites-named-by-its-street",
    ),
    pytest.param(
        "Pemkab Paser Tutup Lokalisasi Jalan Pelabuhan Lama Kuaro",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:64.01:jalan-pelabuhan-lama",
                "name": "Jalan Pelabuhan Lama",
            }
        ],
        id="sites-named-by-its-street-then-its-district",
    ),
    pytest.param(
        "Petugas mendata lokalisasi Jalan Sudirman Km 7 di Kabupaten Paser.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:64.01:km-7",
                "name": "Km 7",
                "detail": "Kabupaten Paser",
            }
        ],
        id="sites-street-with-its-kilometre-is-the-km",
    ),
    pytest.param(
        "Petugas menutup lokalisasi di Jalan Sudirman, Kabupaten Paser.",
        [],
        id="sites-street-as-address",
    ),
    pytest.param(
        "Dewan meminta penutupan lokalisasi di kawasan Km 5 Jalan Tobelo, Kabupaten Paser.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:64.01:km-5",
                "name": "Km 5",
                "detail": "Kabupaten Paser",
            }
        ],
        id="sites-kilometre-after-di-kawasan",
    ),
    pytest.param("Warga Kota Bontang menggelar kerja bakti di pasar.", [], id="sites-none"),
]


@pytest.mark.parametrize(("article", "facts"), SITES)
def test_sites(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("sites", article) == facts
