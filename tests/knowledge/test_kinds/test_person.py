"""The person rule: officials named after their office, or before it after a comma."""

from __future__ import annotations

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

PEOPLE = [
    pytest.param(
        "Hal itu disampaikan Asisten II Provinsi Jambi.\nRudi Hartono menyebut penutupan sesuai "
        "target.",
        [],
        # The office's number is nobody's name, though a stray full stop cut off its holder.
        id="people-an-office-s-number-is-no-name",
    ),
    pytest.param(
        "Ketua RT setempat, Bujang Amran, menyambut rencana Pemkab Paser.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.01",
                "name": "Bujang Amran",
                "label": "Ketua RT setempat",
            }
        ],
        id="people-a-neighbourhood-head-is-no-one-called-rt",
    ),
    pytest.param(
        "Sebelumnya, Asisten I Setda Kabupaten Paser, Yusuf Hamdani memimpin rapat tim itu.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.01",
                "name": "Yusuf Hamdani",
                "label": "Asisten I Setda Kabupaten Paser",
            }
        ],
        id="people-an-assistant-to-the-regional-secretary",
    ),
    pytest.param(
        "Kasatpol PP Kabupaten Paser, Hendro Wicaksono membenarkan penertiban itu.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.01",
                "name": "Hendro Wicaksono",
                "label": "Kasatpol PP Kabupaten Paser",
            }
        ],
        id="people-an-office-by-its-short-name",
    ),
    pytest.param(
        "Pembongkaran dipimpin Kasat Pol. PP Paser, Sri Wahyuni, dan Wabup Paser Budi Santoso.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.01",
                "name": "Sri Wahyuni",
                "label": "Kasat Pol. PP Paser",
            },
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.01",
                "name": "Budi Santoso",
                "label": "Wabup Paser",
            },
        ],
        id="people-short-offices-with-a-stop-inside",
    ),
    pytest.param(
        "Kepala Dinas Perindustrian dan Perdagangan Paser, Hendro Wicaksono, mengatakan Pemkab "
        "menggelontorkan dana.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.01",
                "name": "Hendro Wicaksono",
                "label": "Kepala Dinas Perindustrian dan Perdagangan Paser",
            }
        ],
        id="people-office-s-full-name-up-to-the-comma",
    ),
    pytest.param(
        "Kepala Dinas Sosial PPPA Paser, Sri Wahyuni, menyampaikan hasil pendataan.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.01",
                "name": "Sri Wahyuni",
                "label": "Kepala Dinas Sosial PPPA Paser",
            }
        ],
        id="people-office-with-an-abbreviation",
    ),
    pytest.param(
        "Kepala Dinas Sosial Kabupaten Paser, Kalimantan Timur, Agus Tripurna mengingatkan "
        "para pekerja.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.01",
                "name": "Agus Tripurna",
                "label": "Kepala Dinas Sosial Kabupaten Paser, Kalimantan Timur",
            }
        ],
        id="people-a-province-after-the-comma-is-no-name",
    ),
    pytest.param(
        "Bupati Paser H. Mardiansyah mengatakan penertiban akan dimulai bulan depan.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.01",
                "name": "Mardiansyah",
                "label": "Bupati Paser",
            }
        ],
        id="people-office-then-name",
    ),
    pytest.param(
        "Rahmat Hidayat, Kepala Dinas Sosial Kota Bontang, menyebut pendataan sudah selesai.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.74",
                "name": "Rahmat Hidayat",
                "label": "Kepala Dinas Sosial Kota Bontang",
            }
        ],
        id="people-name-comma-office",
    ),
    pytest.param(
        "Kepala Satpol PP Kota Bontang, Drs Gusti Riduansyah, meminta tim tidak terburu-buru.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.74",
                "name": "Gusti Riduansyah",
                "label": "Kepala Satpol PP Kota Bontang",
            }
        ],
        id="people-office-with-capitals-comma-titled-name",
    ),
    pytest.param(
        "Ketua Komisi C DPRD Kota Bontang, Markus Dairo Tanggu SH, mendukung penutupan.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.74",
                "name": "Markus Dairo Tanggu",
                "label": "Ketua Komisi C DPRD Kota Bontang",
            }
        ],
        id="people-office-with-capitals-comma-name-with-degree",
    ),
    pytest.param(
        "Wali Kota Bontang Basri Rase, Senin (10/12), meninjau pasar.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.74",
                "name": "Basri Rase",
                "label": "Wali Kota Bontang",
            }
        ],
        id="people-name-then-comma-and-a-day-stays",
    ),
    pytest.param(
        "Jati Wibowo selaku Sekretaris Satpol PP Kota Bontang, mengatakan pemilik karaoke sudah"
        " mengerti.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "64.74",
                "name": "Jati Wibowo",
                "label": "Sekretaris Satpol PP Kota Bontang",
            }
        ],
        id="people-name-selaku-office-and-an-office-is-no-name",
    ),
    pytest.param("Warga Kota Bontang menggelar kerja bakti di pasar.", [], id="people-none"),
    pytest.param(
        "Pemkab Banyuwangi menutup lokalisasi Klopoan.\n"
        "Lokalisasi itu ditutup pada 2014 oleh bupati yang saat itu dijabat Abdullah Azwar Anas.",
        [
            {
                "kind": "person",
                "sentence_id": 1,
                "place_id": "35.10",
                "name": "Abdullah Azwar Anas",
                "label": "Bupati",
            }
        ],
        id="people-the-office-then-who-held-it",
    ),
    pytest.param(
        "Lokalisasi Klopoan ditutup oleh Bupati Banyuwangi yang kala itu dijabat oleh Abdullah "
        "Azwar Anas.",
        [
            {
                "kind": "person",
                "sentence_id": 0,
                "place_id": "35.10",
                "name": "Abdullah Azwar Anas",
                "label": "Bupati Banyuwangi",
            }
        ],
        id="people-the-office-of-a-place-then-who-held-it",
    ),
]


@pytest.mark.parametrize(("article", "facts"), PEOPLE)
def test_people(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("people", article) == facts
