"""The site rule: each lokalisasi named, its address, and the largest one pointed back at."""

from __future__ import annotations

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

SITES = [
    pytest.param(
        "Lokalisasi di Sumber Rejeki Ponorogo akan ditutup tahun depan.",
        [
            # Known by a place no list holds, written right before its regency.
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:35.02:sumber-rejeki",
                "name": "Sumber Rejeki",
                "detail": "Ponorogo",
            }
        ],
        id="sites-known-by-their-place-before-the-regency",
    ),
    pytest.param(
        "Rapat penutupan lokalisasi di Aula Setda Kapuas digelar Selasa.",
        [],
        id="sites-a-hall-is-no-lokalisasi-s-place",
    ),
    pytest.param(
        "Lokalisasi yang terletak di Distrik Mimika Baru itu ditutup.",
        [],
        id="sites-a-district-s-level-word-is-no-name",
    ),
    pytest.param(
        "Pemkab Demak menutup lokalisasi Melati Jaya di Desa Tedunan, Kecamatan Wedung.\n"
        "Para penghuni lokalisasi Melati Jaya Wedung sudah pulang.",
        [
            # The district the story named ends the name written before it: one lokalisasi.
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:33.21.13:melati-jaya",
                "name": "Melati Jaya",
                "detail": "Desa Tedunan, Kecamatan Wedung",
            }
        ],
        id="sites-a-name-ends-before-the-district-the-story-named",
    ),
    pytest.param(
        "Lokalisasi terbesar di Kota Jambi, Lembah Sari atau Kebun Duku ditutup oleh Pemkot Jambi.",
        [
            # Told by where it is, then named after a comma (and by its other name).
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:15.71:lembah-sari",
                "name": "Lembah Sari",
                "detail": "Jambi",
            }
        ],
        id="sites-told-by-their-region-then-named",
    ),
    pytest.param(
        "Soal lokalisasi di Kota Jambi, Sekda Jambi Budi mengatakan semua sudah ditutup.",
        [],
        id="sites-an-official-after-the-region-is-no-name",
    ),
    pytest.param(
        "Lokalisasi Bukit Mesra terletak di Kelurahan Andai, Distrik Manokwari Selatan.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:92.02.15:bukit-mesra",
                "name": "Bukit Mesra",
                "detail": "Kelurahan Andai, Distrik Manokwari Selatan",
            }
        ],
        id="sites-in-papua-s-district-a-distrik",
    ),
    pytest.param(
        "Pemkab Serang akan menggusur lokalisasi Cikupa Indah, Kragilan, Kabupaten Serang.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:36.04.11:cikupa-indah",
                "name": "Cikupa Indah",
                "detail": "Kragilan, Kabupaten Serang",
            }
        ],
        id="sites-in-a-district-written-bare-before-its-regency",
    ),
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
        "Penutupan itu berdasar surat gubernur tentang penanganan lokalisasi WTS di Jawa Timur.",
        [],
        id="sites-the-workers-are-no-lokalisasi-s-name",
    ),
    pytest.param(
        "Satpol PP Kubu Raya mendata beberapa lokalisasi, termasuk Sinar Pagi Rasau Jaya, "
        "sebelum penertiban bulan depan.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:61.12.07:sinar-pagi",
                "name": "Sinar Pagi",
                "detail": "Rasau Jaya",
            }
        ],
        # Listed after "termasuk"; its name ends before a district of the story's regency.
        id="sites-listed-after-termasuk-before-their-district",
    ),
    pytest.param(
        "Satpol PP Kota Bengkulu mendatangi Kompleks Lokalisasi Mawar Indah Selebar Kota "
        "Bengkulu, Senin.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:17.71:mawar-indah",
                "name": "Mawar Indah",
                "detail": "Kota Bengkulu",
            }
        ],
        # Its name ends before a one-word district of the story's city, known only with its
        # "Kecamatan" prefix.
        id="sites-named-before-a-one-word-district",
    ),
    pytest.param(
        "Surat edaran Gubernur Kalimantan Timur tertanggal 2 Mei 2016 Tentang Penutupan "
        "Lokalisasi Prostitusi menjadi dasarnya.",
        [],
        id="sites-the-trade-is-no-lokalisasi-s-name",
    ),
    pytest.param(
        "Pemkab Kutai Timur menutup Lokalisasi Prostitusi Bukit Jaya di Kecamatan Sangatta Utara.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:64.08.04:bukit-jaya",
                "name": "Bukit Jaya",
                "detail": "Kecamatan Sangatta Utara",
            }
        ],
        id="sites-named-after-the-trade",
    ),
    pytest.param(
        "Kompleks lokalisasi itu milik sebuah yayasan sosial, yakni Yayasan Budi Luhur dan "
        "pemiliknya enggan disebut lokalisasi.",
        [],
        id="sites-the-owner-is-no-lokalisasi-s-name",
    ),
    pytest.param(
        "Foto Lokalisasi Sukamaju Magetan Ditutup, PSK Diberi Modal.\n"
        "Ironisnya, setelah lokalisasi PSK Sukamaju ditutup, warung di dekatnya tetap buka.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:35.20:sukamaju",
                "name": "Sukamaju",
                "detail": "Magetan",
            }
        ],
        # A headline's regency and verb end the name; the workers before it are no part of it.
        id="sites-a-name-ends-before-its-regency-and-a-headline-verb",
    ),
    pytest.param(
        "Lokalisasi Kramat Tunggak di Jakarta Utara sudah lama ditutup.\n"
        "Kramat Tunggak dulu bernama panti sosial Karya Harapan, yang letaknya berada di jalan "
        "Kramat Raya RW 05, Kecamatan Koja, Kotamadya Jakarta Utara.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:31.72:kramat-tunggak",
                "name": "Kramat Tunggak",
                "detail": "Jakarta Utara",
            },
            {
                "kind": "site",
                "sentence_id": 1,
                "place_id": "lok:31.72:kramat-tunggak",
                "name": "Kramat Tunggak",
                "detail": "Kecamatan Koja",
                "label": "alamat",
            },
        ],
        id="sites-the-address-its-sentence-says-it-lies-at-however-far",
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
    pytest.param(
        "Satpol PP merazia lokalisasi prostitusi di KM 8 Tanah Grogot, Kabupaten Paser.",
        [
            {
                "kind": "site",
                "sentence_id": 0,
                "place_id": "lok:64.01.04:km-8",
                "name": "Km 8",
                "detail": "Tanah Grogot, Kabupaten Paser",
            }
        ],
        id="sites-kilometre-in-capitals-after-lokalisasi-prostitusi-di",
    ),
    pytest.param("Warga Kota Bontang menggelar kerja bakti di pasar.", [], id="sites-none"),
]


@pytest.mark.parametrize(("article", "facts"), SITES)
def test_sites(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("sites", article) == facts


# Lokalisasi named by a number, by "kompleks", or only in the headline: (title, article, the
# names of the lokalisasi the sites rule states, in order).
NAMED_SITES = [
    pytest.param(
        "",
        "Wali Kota Banjarbaru menutup tiga eks lokalisasi yakni Sungai Lais, Batu Merah dan Pal 7.",
        ["Sungai Lais", "Batu Merah", "Pal 7"],
        id="a-listed-lokalisasi-named-with-its-number",
    ),
    pytest.param(
        "",
        "Kemensos merinci jumlah lokalisasi yang ditutup, yakni Jawa Barat 3, Riau 2, dan Papua 1.",
        [],
        id="a-list-of-regions-each-with-its-figure-names-no-lokalisasi",
    ),
    pytest.param(
        "",
        "Tim gabungan menertibkan lokalisasi kolam yang berada di Desa Payak Kumang, Kecamatan "
        "Delta Pawan, Sabtu (20/1).",
        ["Kolam"],
        id="a-name-in-lower-case-before-its-address",
    ),
    pytest.param(
        "",
        "Lokalisasi Gang 3 di Kecamatan Ambulu, Kabupaten Jember, resmi ditutup.",
        ["Gang 3"],
        id="a-name-ending-in-a-number",
    ),
    pytest.param(
        "",
        "Bupati menutup lokalisasi Batu 8 di Desa Korleko, Kabupaten Lombok Timur.",
        ["Batu 8"],
        id="a-region-s-name-with-a-number-is-no-region",
    ),
    pytest.param(
        "",
        "Petugas menyegel kompleks Lorong 8 di Kelurahan Bajoe, Kabupaten Bone.",
        ["Lorong 8"],
        id="a-kompleks-named-by-a-number",
    ),
    pytest.param(
        "",
        "Petugas menertibkan penghuni kompleks Rumah Biru di Kota Padang.",
        ["Rumah Biru"],
        id="a-kompleks-named-by-two-words",
    ),
    pytest.param(
        "",
        "Rapat digelar di Kompleks Perkantoran Pemkab Bone, dekat lokalisasi yang ditutup.",
        [],
        id="offices-are-no-kompleks-of-lokalisasi",
    ),
    pytest.param(
        "",
        "Kompleks TM itu dihuni 52 pekerja seks di Kota Bitung.",
        [],
        id="a-kompleks-s-short-name-alone-is-not-learnt",
    ),
    pytest.param(
        "",
        "Sebanyak 31 rumah di kompleks lokalisasi Gang 12 atau yang biasa disingkat G12 di "
        "Kabupaten Cirebon disegel.\nKompleks G12 mulai ramai sejak 1990-an.",
        ["Gang 12"],
        id="a-short-name-given-with-disingkat",
    ),
    pytest.param(
        "43 Bangunan di Eks Lokalisasi Km 4 Parungpanjang Dibongkar",
        "Sebanyak 43 bangunan di kawasan Km 4, Desa Dago, Kabupaten Bogor, dibongkar.",
        ["Km 4"],
        id="a-numbered-name-in-the-headline",
    ),
    pytest.param(
        "",
        'Tim gabungan menertibkan kompleks yang dikenal warga sebagai "Rumah Biru" di Jalan By '
        "Pass Km 14, Kota Padang.\nKompleks Rumah Biru sendiri mulai beroperasi sekitar 2011.",
        ["Km 14"],
        id="a-nickname-before-its-address-is-the-same-lokalisasi",
    ),
    pytest.param(
        "",
        'Warga menyebut jalan itu "Jalan Biru" di Jalan By Pass Km 14, Kota Padang.',
        ["Km 14"],
        id="a-quoted-name-not-said-to-be-known-as",
    ),
    pytest.param(
        "Eks Lokalisasi Tanjung Kasuang Manado Dikosongkan",
        "Petugas mengosongkan bangunan di Kota Manado.",
        [],
        id="other-names-in-the-headline-are-left-to-the-sentences",
    ),
    pytest.param(
        "Jalan Lintas Sila, Lokalisasi yang Tak Pernah Benar-benar Tutup",
        'Di Kecamatan Bolo, Kabupaten Bima, ada satu ruas yang oleh warga disebut "Jalan Lintas '
        'Sila".',
        ["Jalan Lintas Sila"],
        id="a-name-the-headline-says-is-a-lokalisasi",
    ),
    pytest.param(
        "Saritem, Lokalisasi Tertua di Bandung yang Bertahan",
        "Warga Saritem di Kota Bandung menolak penggusuran.",
        ["Saritem"],
        id="a-name-the-headline-calls-the-oldest-lokalisasi",
    ),
    pytest.param(
        "",
        "Pada Minggu, lokalisasi yang berada di Kelurahan Kebon Jeruk, Kota Bandung itu masih "
        "ramai.",
        [],
        id="a-sentence-opening-with-a-time-names-no-lokalisasi",
    ),
    pytest.param(
        "Bandung, Lokalisasi Saritem Ditutup",
        "Pemkot Bandung menutup lokalisasi di Kota Bandung.",
        [],
        id="a-region-before-the-comma-is-no-lokalisasi",
    ),
    pytest.param(
        "",
        "Adapun ketiga lokalisasi itu yakni, Pungkuran di Desa Kecipir Kecamatan Losari, Blok "
        "Sawo di Desa Bulusari Kecamatan Bulakamba dan Gedangan Desa Jatibarang Kecamatan "
        "Jatibarang, Kabupaten Brebes.",
        ["Pungkuran", "Blok Sawo", "Gedangan"],
        id="lokalisasi-listed-after-a-marker-and-a-comma",
    ),
    pytest.param(
        "",
        '"Kami menolak prostitusi dan melayangkan surat kepada pemerintah yaitu Camat Cipunagara,"'
        " ujar Ryan, Kamis (1/9/2022).",
        [],
        id="an-office-and-the-day-after-a-quote-are-no-lokalisasi",
    ),
    pytest.param(
        "",
        "Razia menyasar lokalisasi yakni Gang Kenanga, kolong jembatan dan bypass Sanur yang "
        "justru tutup saat petugas Satpol PP dan Polri datang ke lokalisasi itu.",
        # A clause after the names ends the list: the police are no lokalisasi.
        ["Gang Kenanga"],
        id="a-clause-ends-a-list-of-lokalisasi",
    ),
    pytest.param(
        "",
        "Kompleks resosialisasi Rejo Mulyo atau biasa dikenal dengan Lokalisasi Gang Lima, Kota "
        "Semarang, resmi ditutup.\nPengelola Resos Rejo Mulyo menyerahkan kunci wisma.",
        # A resosialisasi is a lokalisasi, and the name it is known by is the same one.
        ["Rejo Mulyo"],
        id="a-resosialisasi-and-the-name-it-is-known-by",
    ),
    pytest.param(
        "Eks Lokalisasi Gunung Kelir Jadi Pesantren",
        "Kawasan eks lokalisasi Gunung Kelir di Kabupaten Tabalong mulai berubah.\n"
        "Lokalisasi yang dulu juga dikenal dengan nama Resos Km 7 itu ditutup pada 2016.",
        # The lokalisasi spoken of, by the other name it was known by: no second lokalisasi.
        ["Gunung Kelir"],
        id="the-lokalisasi-spoken-of-by-another-name",
    ),
    pytest.param(
        "",
        "Pemkab Tuban menutup lokalisasi Gang Mawar.\nDi antaranya PSK dan mucikari dipulangkan.\n"
        "Masing-masing PSK menerima Rp5 juta.",
        # Workers listed after a sentence about a lokalisasi name no lokalisasi.
        ["Gang Mawar"],
        id="workers-listed-after-a-lokalisasi-are-no-lokalisasi",
    ),
    pytest.param(
        "",
        "Pemkot Bontang akan menutup tiga lokalisasi.\nTiga lokalisasi tersebut adalah Gang "
        "Mawar, Bukit Asri, dan Tanjung Laut Indah, semuanya dalam pengawasan Kapolres Bontang, "
        "Yusran Hadi.",
        # Named after "lokalisasi tersebut adalah"; the list ends at its first lower-case item,
        # before the police chief's name.
        ["Gang Mawar", "Bukit Asri", "Tanjung Laut Indah"],
        id="lokalisasi-spoken-of-are-named-after-adalah",
    ),
    pytest.param(
        "",
        "Pemkab Jember mencatat sembilan lokalisasi yang kini tutup.\nAntara lain, di Gang "
        "Mawar, Kecamatan Puger.\nMasih ada pula di kawasan Bukit Asri, Kecamatan Kencong, dan "
        "Tanjung Indah yang berada di Kecamatan Ambulu.",
        # A list that goes on for a second sentence, after one that opened with "antara lain".
        ["Gang Mawar", "Bukit Asri", "Tanjung Indah"],
        id="a-list-of-lokalisasi-going-on-with-masih-ada-pula",
    ),
    pytest.param(
        "",
        "Di pinggir kota terdapat lokalisasi yang dikenal dengan nama Gang Mawar.",
        ["Gang Mawar"],
        id="a-lokalisasi-known-by-a-name",
    ),
]


@pytest.mark.parametrize(("title", "article", "names"), NAMED_SITES)
def test_sites_named(title: str, article: str, names: list[str]) -> None:
    assert [fact["name"] for fact in stated_by("sites", article, title)] == names


# Where a lokalisasi lies and which one a second name means: (title, article, (name, place)
# of each site stated, in order).
SITE_PLACES = [
    pytest.param(
        "",
        "Lokalisasi Kembang Sore yang terletak di Jalan Jenderal Sudirman Km 6, Kecamatan Baamang, "
        "Kotawaringin Timur, ditutup pada 5 Maret 2020.",
        # The kilometre post is where the named lokalisasi lies, not a second one.
        [("Kembang Sore", "lok:62.02.05:kembang-sore")],
        id="a-kilometre-said-as-where-a-named-lokalisasi-lies-is-its-address",
    ),
    pytest.param(
        "",
        "MUI Kota Manado meminta polisi menutup secara permanen lokasi prostitusi Tanjung Merah, "
        "di Jalan Sudirman, Kelurahan Tumumpa Dua, Kota Manado.",
        [("Tanjung Merah", "lok:71.71:tanjung-merah")],
        id="a-lokasi-prostitusi-named-is-a-lokalisasi",
    ),
    pytest.param(
        "",
        "Pemkot Bontang menutup lokalisasi Gang Mawar di Kelurahan Loktuan, dan Bukit Melati di "
        "Kelurahan Berbas Pantai.",
        [("Gang Mawar", "lok:64.74:gang-mawar"), ("Bukit Melati", "lok:64.74:bukit-melati")],
        id="a-name-beside-a-lokalisasi-with-its-own-address-is-another",
    ),
    pytest.param(
        "",
        "Di Kabupaten Kendal sejauh ini ada dua lokalisasi itu, Sidomulyo di Kecamatan Patean "
        "dan Km 7 Desa Kaliasin Kecamatan Kaliwungu.",
        [("Sidomulyo", "lok:33.24.04:sidomulyo"), ("Km 7", "lok:33.24.08:km-7")],
        id="lokalisasi-listed-after-their-count-and-a-comma",
    ),
    pytest.param(
        "",
        "Di Kabupaten Kendal masih ada dua lokalisasi, yakni Sidomulyo (sido) di Patean dan "
        "Kaliasin di Kaliwungu, yang dekat dengan Kota Semarang.",
        [("Sidomulyo", "lok:33.24.04:sidomulyo"), ("Kaliasin", "lok:33.24.08:kaliasin")],
        id="listed-lokalisasi-lie-in-the-districts-written-after-them",
    ),
    pytest.param(
        "",
        "Lokalisasi Bukit Indah di Kabupaten Paser ditutup.\n"
        "Lokalisasi Puspa Asri atau yang lebih dikenal dengan Bukit Indah kini sepi.",
        [("Bukit Indah", "lok:64.01:bukit-indah")],
        id="a-new-name-known-as-a-lokalisasi-met-before-is-that-lokalisasi",
    ),
    pytest.param(
        "Sehari Sebelum Lokalisasi Sunan Kuning Ditutup",
        "Sementara, untuk Lokalisasi Puspa Asri, penutupan masih disiapkan.",
        [("Puspa Asri", "lok:33.74:puspa-asri")],
        id="another-lokalisasi-of-the-story-lies-in-its-region-not-inside-the-first",
    ),
    pytest.param(
        "",
        "Lokalisasi Bukit Indah di Kota Bandung masih beroperasi.\n"
        "Lokalisasi yang berada di Kelurahan Kebon Jeruk, Kecamatan Andir itu masih ramai.\n"
        "Lokalisasi yang berada di Kabupaten Garut sudah ditutup.",
        [("Bukit Indah", "lok:32.73:bukit-indah"), ("Bukit Indah", "lok:32.73:bukit-indah")],
        id="the-address-of-the-lokalisasi-spoken-of-inside-its-region-only",
    ),
    pytest.param(
        "",
        "Satpol PP Kabupaten Bojonegoro, Jawa Timur, merazia bekas lokalisasi Sumber Rejo di "
        "Kecamatan Trucuk, yang kini didatangi pekerja seks asal lokalisasi Tuban.",
        # Trucuk of Jawa Timur, not its namesake in Klaten; "lokalisasi Tuban" is the regency's.
        [("Sumber Rejo", "lok:35.22.23:sumber-rejo")],
        id="a-district-of-two-provinces-is-the-one-of-the-province-named",
    ),
    pytest.param(
        "",
        "Kalau di Jawa orang mengenal lokalisasi Dolly, di Kota Jambi juga dikenal kawasan yang"
        " serupa, dengan nama Bukit Mawar.",
        # A famous lokalisasi stays where it is; the story's own goes by the name it gives.
        [("Dolly", "lok:35.78:dolly"), ("Bukit Mawar", "lok:15.71:bukit-mawar")],
        id="a-famous-lokalisasi-compared-and-a-place-of-that-kind-by-its-name",
    ),
    pytest.param(
        "",
        "Aktivitas hiburan malam masih ditemukan di eks lokalisasi Km 12 Kota Palembang.",
        # A lokalisasi named by its kilometre is the story's own: many places have a Km 12.
        [("Km 12", "lok:16.71:km-12")],
        id="a-kilometre-name-is-no-famous-lokalisasi",
    ),
    pytest.param(
        "",
        "Lokalisasi Bukit Cempaka Indah di Kota Ambon resmi ditutup.\n"
        "Ada enam kota asal PSK yang ada di Lokalisasi Bukit Cempaka.",
        # The story's short name of the lokalisasi it named in full: no other lokalisasi.
        [("Bukit Cempaka Indah", "lok:81.71:bukit-cempaka-indah")],
        id="a-short-name-is-the-lokalisasi-the-story-named-in-full",
    ),
    pytest.param(
        "",
        "Pramuria penghuni lokalisasi Kilometer 10 di Kabupaten Mimika kehilangan pendapatan.",
        [("Km 10", "lok:94.04:km-10")],
        id="a-road-s-kilometre-written-out-is-its-km",
    ),
    pytest.param(
        "",
        "Kawasan Lokalisasi Eks Bukit Senja di Kecamatan Merawang Kabupaten Bangka masih ramai.",
        [("Bukit Senja", "lok:19.01.03:bukit-senja")],
        id="a-former-lokalisasi-is-named-without-eks",
    ),
    pytest.param(
        "",
        "Lokalisasi yang berada di Kabupaten Tegal yakni Peleman dan Wandan akhirnya resmi "
        "ditutup permanen, Jumat 19 Mei 2017.",
        [("Peleman", "lok:33.28:peleman"), ("Wandan", "lok:33.28:wandan")],
        id="a-day-after-a-list-of-lokalisasi-is-none-of-them",
    ),
    pytest.param(
        "Penataan Tak Digubris",
        "Desa Bandar Baru, Kecamatan Sibolangit kembali ramai oleh pengunjung. Pihak Kecamatan "
        "Sibolangit sudah melakukan penataan.\n"
        "Penataan lokalisasi Bandar Baru ini melibatkan tim terpadu.\n"
        "Berdasarkan data Kecamatan Sibolangit, masih ada 80 PSK di sana.",
        # The village of the story's district, not the district of that name in Aceh.
        [("Bandar Baru", "lok:12.07.03/bandar-baru:bandar-baru")],
        id="a-lokalisasi-named-by-a-village-of-the-story-s-district",
    ),
    pytest.param(
        "Semua Lokalisasi di Kutim Tutup",
        "Pemerintah Kabupaten Kutai Timur menyebut semua lokalisasi sudah tutup.\n"
        "Mulai Lokalisasi Gang Mawar, Simpang Rindu di Teluk Pandan, hingga Bukit Pelangi di "
        "Sangkulirang.",
        [
            ("Gang Mawar", "lok:64.08.13:gang-mawar"),
            ("Simpang Rindu", "lok:64.08.13:simpang-rindu"),
            ("Bukit Pelangi", "lok:64.08.05:bukit-pelangi"),
        ],
        id="lokalisasi-listed-from-the-first-to-the-last",
    ),
    pytest.param(
        "Lokalisasi di Tangerang Sudah Sepi",
        "Pemkab Tangerang akan menggusur lokalisasi di Kampung Mawar, Kosambi, Kabupaten "
        "Tangerang.\nPenertiban lokalisasi Kampung Mawar dimulai pekan depan.",
        # The village written bare before its district is where the lokalisasi lies.
        [("Kampung Mawar", "lok:36.03.14/kampung-mawar:kampung-mawar")],
        id="a-village-written-bare-before-its-district-holds-the-lokalisasi",
    ),
    pytest.param(
        "Wali Kota Keluarkan SK Penutupan Lokalisasi",
        "BALIKPAPAN - Wali Kota Balikpapan, Kalimantan Timur, menegaskan pihaknya mengeluarkan "
        "SK penutupan lokalisasi Km 9.",
        # The province is the city's address, not where the lokalisasi lies instead.
        [("Km 9", "lok:64.71:km-9")],
        id="a-province-written-as-the-city-s-address",
    ),
    pytest.param(
        "Eks Lokalisasi Masih Ramai",
        "Pantai Mawar di Jalan Selat Malaka 2, Kecamatan Panjang, Kota Bandar Lampung, merupakan "
        "eks lokalisasi. Namun kawasan itu masih ramai.",
        [("Pantai Mawar", "lok:18.71:pantai-mawar")],
        id="a-sentence-saying-a-named-place-is-a-lokalisasi",
    ),
    pytest.param(
        "Daftar Lokalisasi di Jawa Timur",
        "SURABAYA - Lokalisasi yang masih buka masing-masing di Kabupaten Tuban (Gang Melati), "
        "Jombang (Kebon Pring, Watu Lanang) dan Kota Kediri (Pojok Asri).\n"
        "Kemudian Lamongan (Tegal Arum), Nganjuk (Ngrowo Indah) serta Ponorogo (Bukit Cemara).",
        # Each regency with its lokalisasi in brackets; a list going on in the next sentence
        # need not say "lokalisasi" again.
        [
            ("Gang Melati", "lok:35.23:gang-melati"),
            ("Kebon Pring", "lok:35.17:kebon-pring"),
            ("Watu Lanang", "lok:35.17:watu-lanang"),
            ("Pojok Asri", "lok:35.71:pojok-asri"),
            ("Tegal Arum", "lok:35.24:tegal-arum"),
            ("Ngrowo Indah", "lok:35.18:ngrowo-indah"),
            ("Bukit Cemara", "lok:35.02:bukit-cemara"),
        ],
        id="each-regency-with-its-lokalisasi-in-brackets",
    ),
    pytest.param(
        "Satpol PP Blora Kewalahan",
        "BLORA - Di Kabupaten Blora ada sejumlah lokalisasi.\n\n"
        "Di antaranya di Gedangsari dan Ngrejo yang berada di Cepu, kemudian di Kampung Anyar.",
        # A sentence opening with a list names the lokalisasi the sentence before spoke of;
        # two joined by "dan" lie where the second is said to be.
        [
            ("Gedangsari", "lok:33.16.05:gedangsari"),
            ("Ngrejo", "lok:33.16.05:ngrejo"),
            ("Kampung Anyar", "lok:33.16:kampung-anyar"),
        ],
        id="lokalisasi-listed-in-the-sentence-after",
    ),
]


def test_the_largest_said_right_after_its_name() -> None:
    facts = stated_by(
        "sites",
        "Pemkab Banyuwangi menutup lokalisasi Gunung Sari yang merupakan lokalisasi terbesar di "
        "Banyuwangi pada 30 April lalu.",
    )
    assert [(f["name"], f.get("superlative")) for f in facts] == [("Gunung Sari", "terbesar")]


@pytest.mark.parametrize(("title", "article", "sites"), SITE_PLACES)
def test_site_places(title: str, article: str, sites: list[tuple[str, str]]) -> None:
    assert [(f["name"], f["place_id"]) for f in stated_by("sites", article, title)] == sites
