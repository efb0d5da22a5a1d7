"""The aid rule: sums with their kind, giver, funding and recipient; costs borne; funding."""

from __future__ import annotations

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

AID = [
    pytest.param(
        "Pemkab Kendal mengalokasikan untuk di Kecamatan Kaliwungu Rp 2,5 juta per PSK.",
        [
            # A budget of so much per worker is each one's; "untuk di Kaliwungu" is where.
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "33.24.08",
                "number": 2500000,
                "label": "anggaran",
                "agent": "Pemerintah Kabupaten Kendal",
                "recipient": "PSK",
                "per_person": True,
            }
        ],
        id="aid-a-budget-per-worker",
    ),
    pytest.param(
        "Pemkab Tasikmalaya menyiapkan santunan Rp 25 juta per kepala keluarga.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "32.06",
                "number": 25000000,
                "label": "santunan",
                "agent": "Pemerintah Kabupaten Tasikmalaya",
                "recipient": "warga (per kepala keluarga)",
            }
        ],
        id="aid-per-household-is-no-one-s-each",
    ),
    pytest.param(
        "Lokalisasi di Kota Pangkalpinang resmi ditutup, bila masih ada kegiatan akan ada sanksi "
        "pidana dan denda Rp 50 juta.",
        [],
        id="a-fine-is-no-aid",
    ),
    pytest.param(
        "Lokalisasi Km 8 di Kabupaten Pelalawan ditutup.\n"
        "Renovasi bangunan didukung dana dari PT Kerinci Serat Nusantara sebesar Rp650 juta.",
        [
            {
                "kind": "aid",
                "sentence_id": 1,
                "place_id": "lok:14.05:km-8",
                "number": 650000000,
                "label": "renovasi",
                "agent": "PT Kerinci Serat Nusantara",
            }
        ],
        id="aid-renovation-by-a-company-named-like-a-regency",
    ),
    pytest.param(
        "Pola bantuan dari Kemensos tetap sama untuk PSK di Kabupaten Paser.\n"
        "Setiap PSK menerima Rp 5.050.000.",
        [
            {
                "kind": "aid",
                "sentence_id": 1,
                "place_id": "64.01",
                "number": 5050000,
                "label": "bantuan",
                "agent": "Kementerian Sosial",
                "recipient": "PSK",
                "per_person": True,
            }
        ],
        id="aid-giver-of-the-sentence-before",
    ),
    pytest.param(
        "Biaya pemulangan pekerja seks asal luar daerah ditanggung Pemkab Paser melalui APBD.\n"
        "Setiap pekerja seks juga akan menerima jaminan hidup sebesar Rp 1,8 juta.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "ID",
                "label": "pemulangan",
                "agent": "Pemerintah Kabupaten Paser",
                "detail": "ditanggung",
                "recipient": "pekerja seks",
            },
            {
                "kind": "aid",
                "sentence_id": 1,
                "place_id": "ID",
                "number": 1800000,
                "label": "jatah hidup",
                "agent": "Pemerintah Kabupaten Paser",
                "recipient": "pekerja seks",
                "per_person": True,
            },
        ],
        id="aid-bearer-of-the-cost-before-gives-the-next",
    ),
    pytest.param(
        "Kemensos meninjau lokalisasi di Kabupaten Paser.\nSetiap PSK menerima Rp 5.050.000.",
        [
            {
                "kind": "aid",
                "sentence_id": 1,
                "place_id": "64.01",
                "number": 5050000,
                "label": "bantuan",
                "recipient": "PSK",
                "per_person": True,
            }
        ],
        id="aid-an-organisation-before-that-gives-nothing-is-no-giver",
    ),
    pytest.param(
        "Pola bantuan dari Kemensos tetap sama untuk PSK di Kabupaten Paser.\n\n"
        "Setiap PSK menerima Rp 5.050.000.",
        [
            {
                "kind": "aid",
                "sentence_id": 1,
                "place_id": "64.01",
                "number": 5050000,
                "label": "bantuan",
                "recipient": "PSK",
                "per_person": True,
            }
        ],
        id="aid-a-giver-of-another-paragraph-is-not-inherited",
    ),
    pytest.param(
        "Setiap PSK menerima modal usaha Rp 4 juta dari Pemerintah Kabupaten Paser.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 4000000,
                "label": "modal usaha",
                "agent": "Pemerintah Kabupaten Paser",
                "recipient": "PSK",
                "per_person": True,
            }
        ],
        id="aid-sum-giver-recipient",
    ),
    pytest.param(
        "Pemkab Paser memberi modal usaha untuk setiap PSK sebesar Rp5 juta, sedangkan untuk "
        "pelayan kafe Rp500 ribu.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 5000000,
                "label": "modal usaha",
                "agent": "Pemerintah Kabupaten Paser",
                "recipient": "PSK",
                "per_person": True,
            },
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 500000,
                "label": "bantuan",
                "agent": "Pemerintah Kabupaten Paser",
                "recipient": "pelayan kafe",
                "per_person": True,
            },
        ],
        id="aid-other-recipient-for-its-own-sum",
    ),
    pytest.param(
        "Dinsos Kota Bontang: untuk lokalisasi Gang Mawar kami alokasikan Rp145 juta.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "lok:64.74:gang-mawar",
                "number": 145000000,
                "label": "anggaran",
                "agent": "Dinas Sosial Kota Bontang",
            }
        ],
        id="aid-allocated-is-a-budget",
    ),
    pytest.param(
        "Pemkot Bontang menutup lokalisasi Gang Mawar di Kelurahan Loktuan.\n"
        "Untuk itu Pemkot Bontang mengalokasikan anggaran Rp 1,2 miliar.",
        [
            {
                "kind": "aid",
                "sentence_id": 1,
                "place_id": "lok:64.74:gang-mawar",
                "number": 1200000000,
                "label": "anggaran",
                "agent": "Pemerintah Kota Bontang",
            }
        ],
        id="aid-of-the-city-in-a-story-of-one-lokalisasi",
    ),
    pytest.param(
        "Pemkot Bontang menutup lokalisasi Gang Mawar di Kelurahan Loktuan.\n"
        "Para PSK juga mendapatkan bantuan modal sebesar Rp 3 juta dari Pemprop Kaltim.",
        [
            {
                "kind": "aid",
                "sentence_id": 1,
                "place_id": "lok:64.74:gang-mawar",
                "number": 3000000,
                "label": "bantuan",
                "agent": "Pemerintah Provinsi Kalimantan Timur",
                "recipient": "PSK",
            }
        ],
        id="aid-giver-in-the-older-spelling-is-no-place",
    ),
    pytest.param(
        "Pemko Bontang menutup lokalisasi Gang Mawar di Kelurahan Loktuan.\n"
        "Sesuai data Dinas Sosial (Dinsos) Kaltim, eks PSK akan mendapatkan bantuan Rp 6 juta.",
        [
            {
                "kind": "aid",
                "sentence_id": 1,
                "place_id": "lok:64.74:gang-mawar",
                "number": 6000000,
                "label": "bantuan",
                "agent": "Dinas Sosial Kalimantan Timur",
                "recipient": "eks PSK",
            }
        ],
        id="aid-office-with-its-short-name-is-no-place",
    ),
    pytest.param(
        "Biaya pemulangan ditanggung Pemkab Paser bagi para PSK.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.01",
                "label": "pemulangan",
                "agent": "Pemerintah Kabupaten Paser",
                "detail": "ditanggung",
                "recipient": "PSK",
            }
        ],
        id="aid-cost-borne",
    ),
    pytest.param(
        "Bantuan tersebut bersumber dari APBD Provinsi Kalimantan Timur untuk membiayai "
        "penutupan lokalisasi.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64",
                "label": "pendanaan",
                "detail": "APBD Provinsi Kalimantan Timur",
            }
        ],
        id="aid-funding-without-sum",
    ),
    pytest.param("Warga Kota Bontang menggelar kerja bakti di pasar.", [], id="aid-none"),
    pytest.param(
        "Di Kabupaten Paser, PSK menerima Rp3 juta dan mucikari Rp2 juta per orang.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 3000000,
                "label": "bantuan",
                "recipient": "PSK",
                "per_person": True,
            },
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 2000000,
                "label": "bantuan",
                "recipient": "mucikari",
                "per_person": True,
            },
        ],
        id="aid-split-by-recipient-in-one-sentence",
    ),
    pytest.param(
        "Para mucikari di Kota Bontang tidak masuk daftar penerima bantuan kementerian.\n"
        "Untuk mereka, Pemkot Bontang menyiapkan modal usaha Rp 2 juta per orang.",
        [
            {
                "kind": "aid",
                "sentence_id": 1,
                "place_id": "64.74",
                "number": 2000000,
                "label": "modal usaha",
                "agent": "Pemerintah Kota Bontang",
                "recipient": "mucikari",
                "per_person": True,
            }
        ],
        id="aid-for-them-named-the-sentence-before",
    ),
    pytest.param(
        "Pemkot Bontang memberikan uang Rp1,5 juta per orang kepada PSK untuk biaya perjalanan "
        "pulang.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.74",
                "number": 1500000,
                "label": "pemulangan",
                "agent": "Pemerintah Kota Bontang",
                "recipient": "PSK",
                "per_person": True,
            }
        ],
        id="aid-the-fare-home",
    ),
    pytest.param(
        "Bantuan bagi setiap PSK di Kota Bontang terdiri atas Rp3 juta untuk usaha ekonomi "
        "produktif, Rp1,8 juta jaminan hidup, dan Rp700 ribu biaya transportasi pulang.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.74",
                "number": number,
                "label": label,
                "recipient": "PSK",
                "per_person": True,
            }
            for number, label in (
                (3000000, "usaha ekonomi produktif"),
                (1800000, "jatah hidup"),
                (700000, "pemulangan"),
            )
        ],
        id="aid-each-kind-named-after-its-own-sum",
    ),
    pytest.param(
        "Setiap eks PSK di Kota Bontang dibukakan rekening untuk menampung bantuan Rp5.050.000 "
        "dari Kementerian Sosial.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.74",
                "number": 5050000,
                "label": "bantuan",
                "agent": "Kementerian Sosial",
                "recipient": "eks PSK",
                "per_person": True,
            }
        ],
        id="aid-a-verb-after-untuk-is-no-recipient",
    ),
    pytest.param(
        "Pemkab Paser juga mengusulkan tambahan modal usaha Rp 2,5 juta per orang bagi PSK.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 2500000,
                "status": "planned",
                "label": "modal usaha",
                "agent": "Pemerintah Kabupaten Paser",
                "recipient": "PSK",
                "per_person": True,
            }
        ],
        id="aid-proposed-is-planned",
    ),
    pytest.param(
        "Paguyuban pedagang sudah mengajukan tambahan modal Rp150 juta kepada Pemkab Paser untuk "
        "membangun kios.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 150000000,
                "status": "planned",
                "label": "bantuan",
                "agent": "Pemerintah Kabupaten Paser",
            }
        ],
        id="aid-submitted-is-planned",
    ),
    pytest.param(
        "Pemkab Paser berencana memberi modal usaha Rp 3 juta kepada PSK.\n"
        "Namun bantuan tersebut masih diusulkan dalam APBD Perubahan.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 3000000,
                "status": "planned",
                "label": "modal usaha",
                "agent": "Pemerintah Kabupaten Paser",
                "recipient": "PSK",
            }
        ],
        id="aid-proposed-as-the-next-sentence-says",
    ),
    pytest.param(
        "Menanggapi tuntutan itu, Pemkab Paser berjanji memberikan modal usaha sebesar Rp 2,5 "
        "juta bagi warga yang terdampak.",
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 2500000,
                "label": "modal usaha",
                "agent": "Pemerintah Kabupaten Paser",
            }
        ],
        id="aid-promised-in-answer-to-a-demand-is-given",
    ),
    pytest.param(
        "Ganti rugi tanah di Kabupaten Paser Rp 500 ribu/meter bagi warga yang memiliki"
        " sertifikat, dan Rp200 ribu per meter bagi yang tidak.",
        [],
        id="aid-a-price-per-metre-is-no-aid",
    ),
    pytest.param(
        "Di lokalisasi Km 8 Kabupaten Pelalawan masih ada 40 PSK.\n"
        "Tarif kencan di sana berkisar Rp150 ribu hingga Rp300 ribu sekali layanan.\n"
        "Sebelum ditutup, para PSK menerima bayaran Rp 100 ribu sekali kencan.\n"
        "Pungutan parkir liar masih terjadi. Tarif yang diminta Rp 3 ribu.",
        [],
        id="aid-a-price-a-fee-or-earnings-is-no-aid",
    ),
    pytest.param(
        "Lokalisasi Km 8 di Kabupaten Pelalawan akan ditutup.\n"
        "Dengan uang Rp150 ribu, pria hidung belang sudah bisa dilayani di sana.",
        [],
        id="aid-what-customers-pay-is-no-aid",
    ),
    pytest.param(
        "Lokalisasi Km 8 di Kabupaten Pelalawan ditutup.\n"
        '"Biasanya Rp5 juta per orang, tapi kepastiannya belum ada," kata Rina.',
        [
            {
                "kind": "aid",
                "sentence_id": 1,
                "place_id": "lok:14.05:km-8",
                "number": 5000000,
                "label": "bantuan",
                "per_person": True,
                "status": "planned",
            }
        ],
        id="aid-not-yet-certain-is-only-planned",
    ),
    pytest.param(
        "Para PSK Lokalisasi Km 8 di Kabupaten Pelalawan pada 2016 pernah diberi tali asih.\n"
        '"Lima juta rupiah satu orang, tapi sebagian kembali lagi," katanya.',
        [
            {
                "kind": "aid",
                "sentence_id": 0,
                "place_id": "lok:14.05:km-8",
                "label": "santunan",
                "recipient": "PSK",
            },
            {
                "kind": "aid",
                "sentence_id": 1,
                "place_id": "lok:14.05:km-8",
                "number": 5000000,
                "label": "santunan",
                "per_person": True,
            },
        ],
        id="aid-a-sum-right-after-the-aid-it-is-of",
    ),
]


@pytest.mark.parametrize(("article", "facts"), AID)
def test_aid(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("aid", article) == facts


# Who gives each amount: (article, the (number, agent) of every aid fact in order).
GIVERS = [
    pytest.param(
        "Pemkab Nabire menyiapkan sekitar Rp1,1 miliar dari APBD 2019 untuk biaya pemulangan.",
        [(1100000000, "Pemerintah Kabupaten Nabire")],
        id="givers-the-subject-pays-from-its-budget",
    ),
    pytest.param(
        "Setiap PSK menerima Rp 750 ribu dari APBD Provinsi Lampung.",
        [(750000, None)],
        id="givers-a-budget-is-no-giver",
    ),
    pytest.param(
        "Pemkab Nabire menyiapkan Rp1,1 miliar untuk biaya pemulangan. Selain itu, setiap "
        "perempuan diberi uang saku Rp2,5 juta.".replace(". ", ".\n"),
        [(1100000000, "Pemerintah Kabupaten Nabire"), (2500000, "Pemerintah Kabupaten Nabire")],
        id="givers-go-on-in-the-paragraph",
    ),
    pytest.param(
        "Warga terdampak mendapat bantuan dari Pemerintah Provinsi Jawa Timur.\n"
        "Bantuan senilai Rp 1,5 juta diberikan kepada setiap kepala keluarga.",
        [(1500000, "Pemerintah Provinsi Jawa Timur")],
        id="givers-named-for-aid-the-sentence-before",
    ),
    pytest.param(
        "Pemkab Nabire menyiapkan Rp1,1 miliar untuk biaya pemulangan.\n\n"
        "Setiap perempuan diberi uang saku Rp2,5 juta.",
        [(1100000000, "Pemerintah Kabupaten Nabire"), (2500000, None)],
        id="givers-not-past-the-paragraph",
    ),
]


@pytest.mark.parametrize(("article", "givers"), GIVERS)
def test_givers(article: str, givers: list[tuple[int | None, str | None]]) -> None:
    assert [(f.get("number"), f.get("agent")) for f in stated_by("aid", article)] == givers


def test_an_amount_broken_down_is_the_total_of_the_kinds_listed_after_it() -> None:
    article = (
        "Lokalisasi Km 8 di Kabupaten Pelalawan ditutup.\n"
        "Dana dari Kementerian Sosial Rp 5 juta lebih per orang itu secara rinci terbagi untuk "
        "usaha ekonomi produktif Rp 3 juta, jatah hidup Rp 1,8 juta, dan uang transportasi "
        "pulang Rp 250.000."
    )
    assert [(f["number"], f["label"]) for f in stated_by("aid", article)] == [
        (5000000, "total bantuan"),
        (3000000, "usaha ekonomi produktif"),
        (1800000, "jatah hidup"),
        (250000, "pemulangan"),
    ]
