"""The count rules: lokalisasi there are, workers, other counted things, lists per place."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.knowledge.test_kinds.conftest import stated_by

INVENTORY = [
    pytest.param(
        "Saat ini ada tiga lokalisasi di Kabupaten Kendal, yaitu di km 12 Jalan Soekarno, "
        "Kelurahan Pegulon, Kecamatan Kendal, km 7 Desa Kaliasin, Kecamatan Kaliwungu, dan Desa "
        "Sidomulyo, Kecamatan Patean.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "33.24",
                "number": 3,
                "unit": "lokalisasi",
            }
        ],
        id="inventory-of-the-place-after-the-figure-and-no-kilometre-marker",
    ),
    pytest.param(
        "Saat ini masih terdapat 6 lokalisasi yang tersebar di Kabupaten Kutai Timur.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "64.08",
                "number": 6,
                "unit": "lokalisasi",
            }
        ],
        id="inventory-how-many-there-are",
    ),
    pytest.param(
        "Pemkot Jambi menutup lokalisasi Kampung Sawah di Kelurahan Rawasari, Kecamatan Alam "
        "Barajo.\n\n"
        "Kepala dinas sosial mengatakan, di Provinsi Jambi masih ada tiga lokalisasi yang "
        "beroperasi, termasuk Kampung Sawah.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "15",
                "number": 3,
                "unit": "lokalisasi",
                "qualifier": "sisa",
            }
        ],
        id="inventory-a-lokalisasi-after-the-figure-is-one-of-them",
    ),
    pytest.param(
        "Pemkab Paser resmi menutup 4 lokalisasi yang ada di Kabupaten Paser.",
        [],
        id="inventory-not-in-a-closure",
    ),
    pytest.param(
        "Pemkab Kampar menargetkan Kabupaten Kampar bebas lokalisasi pada 2018.\n"
        "Kepala Dinas Sosial Provinsi Riau menyebutkan, di Riau saat ini tersisa 14 lokalisasi "
        "yang tersebar di tujuh kabupaten/kota.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "14",
                "number": 14,
                "unit": "lokalisasi",
                "qualifier": "sisa",
            }
        ],
        id="inventory-of-the-place-named-before-the-figure",
    ),
    pytest.param(
        "Sisa dua lokalisasi berada di Kecamatan Paiton dan Kecamatan Leces, Kabupaten "
        "Probolinggo.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "35.13",
                "number": 2,
                "unit": "lokalisasi",
                "qualifier": "sisa",
            }
        ],
        id="inventory-of-two-places-is-their-region-s",
    ),
]

COUNTS = [
    pytest.param(
        "Bantuan bagi 63 eks penghuni lokalisasi Kembang Sore disalurkan dalam dua tahap.\n"
        '"Dari 63 orang tersebut, 41 orang sudah dipulangkan. Sisanya 22 orang memilih menetap."',
        # The part of the people just counted, and the rest of them.
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "lok:ID:kembang-sore",
                "number": 63,
                "unit": "penghuni",
            },
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:ID:kembang-sore",
                "number": 41,
                "label": "dipulangkan",
                "unit": "penghuni",
            },
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:ID:kembang-sore",
                "number": 22,
                "unit": "penghuni",
            },
        ],
        id="counts-a-part-of-the-people-just-counted-and-the-rest",
    ),
    pytest.param(
        "Menurut kepala dinas, biaya pemulangan ditanggung pemerintah kabupaten.\n"
        "Hingga Senin, sudah 121 eks penghuni yang dipulangkan ke daerah asal.",
        # Former residents are a lokalisasi's, whether or not the sentence says "lokalisasi".
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "ID",
                "number": 121,
                "label": "dipulangkan",
                "unit": "penghuni",
            }
        ],
        id="counts-former-residents-anywhere",
    ),
    pytest.param(
        "Sebanyak 120 eks PSK dipulangkan.\nTercatat 60 bekas pekerja seks telah menerima bantuan.",
        # Former workers, as "mantan" ones are.
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "ID",
                "number": 120,
                "label": "dipulangkan",
                "unit": "PSK",
            },
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "ID",
                "number": 60,
                "label": "tercatat",
                "unit": "pekerja seks",
            },
        ],
        id="counts-former-workers-written-eks-or-bekas",
    ),
    pytest.param(
        "Sedikitnya 120 perempuan penghibur tinggal di lokalisasi Kembang Sore.",
        # News calls the workers "wanita/perempuan penghibur" too.
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "lok:ID:kembang-sore",
                "number": 120,
                "approximate": True,
                "unit": "perempuan penghibur",
            }
        ],
        id="counts-workers-called-entertainers",
    ),
    pytest.param(
        "Dari 120 PSK, baru 85 orang yang bersedia dipulangkan, sisanya 35 orang masih bertahan.\n"
        "Dari 60 PSK, 40 orang sudah dibina dan 10 orang mucikari ikut didata.",
        # The parts are of the workers the sentence opens with; mucikari are no workers.
        [
            {"kind": "count", "sentence_id": 0, "place_id": "ID", "number": 120, "unit": "PSK"},
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "ID",
                "number": 85,
                "label": "dipulangkan",
                "unit": "PSK",
            },
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "ID",
                "number": 35,
                "unit": "PSK",
            },
            {"kind": "count", "sentence_id": 1, "place_id": "ID", "number": 60, "unit": "PSK"},
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "ID",
                "number": 40,
                "label": "dibina",
                "unit": "PSK",
            },
        ],
        id="counts-parts-of-the-workers-a-sentence-opens-with",
    ),
    pytest.param(
        "Para mantan PSK sebanyak 58 yang dipulangkan ke daerah asal dibekali pelatihan menjahit.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "ID",
                "number": 58,
                "label": "dipulangkan",
                "unit": "PSK",
            }
        ],
        id="counts-workers-named-then-counted-with-no-unit-after-the-figure",
    ),
    pytest.param(
        "Jumlah PSK di lokalisasi Kembang Sore sebanyak 120 orang, sedangkan mucikari sebanyak 15 "
        "orang.",
        # The second figure's people are the mucikari named right before it.
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "lok:ID:kembang-sore",
                "number": 120,
                "unit": "PSK",
            }
        ],
        id="counts-not-the-people-of-another-thing-named-right-before",
    ),
    pytest.param(
        "Dinas Sosial mendata 40 pekerja seks komersial di lokalisasi Kembang Sore, Kabupaten "
        "Kapuas, Senin (2/3/2020).",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "lok:62.03:kembang-sore",
                "number": 40,
                "unit": "pekerja seks",
            }
        ],
        id="counts-at-a-lokalisasi-whose-regency-follows-it-as-its-address",
    ),
    pytest.param(
        "Dinsos Jawa Timur mencatat masih ada 140 PSK di Jawa Timur.\n"
        "Perinciannya, di Kabupaten Madiun tercatat 95 dan 45 lainnya di Kota Kediri.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "35",
                "number": 140,
                "unit": "PSK",
                "qualifier": "sisa",
            },
            # A bare figure before "dan 45 lainnya" counts the same people; the others are
            # those of the place named after them.
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "35.19",
                "number": 95,
                "label": "tercatat",
                "unit": "PSK",
            },
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "35.71",
                "number": 45,
                "label": "tercatat",
                "unit": "PSK",
            },
        ],
        id="counts-a-figure-and-the-others-each-of-its-place",
    ),
    pytest.param(
        "Terdapat 80 pekerja seks di dua lokalisasi di Kabupaten Pelalawan.\n"
        "Sebanyak 58 orang berada di lokalisasi Km 5, sedangkan 22 orang lainnya di lokalisasi "
        "Bukit Selasih.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "14.05",
                "number": 80,
                "unit": "pekerja seks",
            },
            # The workers of the sentence before, at the lokalisasi each figure's words name.
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:14.05:km-5",
                "number": 58,
                "unit": "pekerja seks",
            },
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:14.05:bukit-selasih",
                "number": 22,
                "unit": "pekerja seks",
            },
        ],
        id="counts-people-at-the-lokalisasi-named-after-them",
    ),
    pytest.param(
        "Di Kabupaten Kotawaringin Timur, 15 PSK mendaftar pulang dengan dana pemerintah.\n"
        "Sedangkan sekitar 60 lainnya memilih pulang dengan biaya sendiri.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "62.02",
                "number": 15,
                "unit": "PSK",
                "label": "mendaftar",
            },
            # "lainnya": more of the workers just counted.
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "62.02",
                "number": 60,
                "unit": "PSK",
                "approximate": True,
            },
        ],
        id="counts-others-of-those-just-counted",
    ),
    pytest.param(
        "Lokalisasi Bukit Jaya di Kabupaten Sintang akan ditutup besok.\n"
        "Ada enam kota asal 112 PSK yang ada di lokalisasi itu.\n"
        "Yang akan dipulangkan besok sebanyak 52 orang.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:61.05:bukit-jaya",
                "number": 112,
                "unit": "PSK",
            },
            {
                "kind": "count",
                "sentence_id": 2,
                "place_id": "lok:61.05:bukit-jaya",
                "number": 52,
                "unit": "PSK",
                "label": "dipulangkan",
            },
        ],
        # A figure after "asal" is no one's home; "Yang …" goes on with the same workers.
        id="counts-a-sentence-going-on-with-the-workers-before",
    ),
    pytest.param(
        "Pemerintah Provinsi Jawa Timur akan menutup lokalisasi Sumber Rejo di Kota Madiun.\n"
        '"Ini penutupan terakhir di Jatim," ujar Kepala Biro Kesra Setdaprov Jatim.\n'
        "Pemprov Jatim belum menyebut besaran kompensasi penutupan karena tergantung keputusan "
        "Gubernur Jatim.\n"
        "Untuk para PSK, pengurus yayasan menjelaskan terdapat sebanyak 57 orang di daerah "
        "tersebut.",
        [
            {
                "kind": "count",
                "sentence_id": 3,
                "place_id": "lok:35.77:sumber-rejo",
                "number": 57,
                "unit": "PSK",
            },
        ],
        # "di daerah tersebut" in a story about one lokalisasi is that lokalisasi.
        id="counts-there-are-the-lokalisasi-spoken-of",
    ),
    pytest.param(
        "Data Dinas Sosial juga menyebutkan, PSK terbanyak berada di lokalisasi Bukit Jaya, "
        "Kabupaten Sintang.\n"
        "Jumlahnya mencapai 74 orang.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:61.05:bukit-jaya",
                "number": 74,
                "unit": "PSK",
            },
        ],
        # "Jumlahnya" goes on with the workers the sentence before named.
        id="counts-a-sentence-opening-with-their-number",
    ),
    pytest.param(
        "Belasan PSK dijaring Satpol PP di warung remang-remang Kabupaten Sintang.\n"
        '"Jumlah yang berhasil kita amankan sekitar 17 orang," kata petugas.',
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "61.05",
                "number": 17,
                "approximate": True,
                "unit": "PSK",
            },
        ],
        id="counts-a-quote-opening-with-the-number-of-those-caught",
    ),
    pytest.param(
        "Lokalisasi Bukit Jaya di Kabupaten Sintang akan ditutup.\n"
        "Untuk para wanita tuna susila (WTS), pengurus yang akrab disapa Bu Sari ini menjelaskan"
        " terdapat sebanyak 61 orang di kompleks tersebut.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:61.05:bukit-jaya",
                "number": 61,
                "unit": "wanita tuna susila",
            },
        ],
        id="counts-the-sentence-opens-with-whom-it-counts",
    ),
    pytest.param(
        "Setelah Sampara, sasaran terakhir adalah Kecamatan Unaaha, Kabupaten Konawe.\n"
        "Lokalisasi di Unaaha saat ini dihuni 27 pekerja dan 6 mucikari.\n"
        "Para eks pekerja lokalisasi akan didampingi 12 pekerja sosial.",
        [
            # Plain "pekerja" of a lokalisasi are its workers; a district named with its level
            # word before is known by its bare name after.
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "74.02.02",
                "number": 27,
                "unit": "pekerja",
            },
        ],
        id="counts-plain-pekerja-of-a-district-named-bare",
    ),
    pytest.param(
        "Dinsos Sintang menggelar sosialisasi di lokalisasi Bukit Jaya, Kecamatan Sintang, "
        "Kabupaten Sintang.\n"
        "Bukit Jaya merupakan lokalisasi terbesar dari tiga lokalisasi yang ada di Kabupaten "
        "Sintang, dengan 64 pekerja seks komersial.\n"
        "Selain di Bukit Jaya, sisanya sebanyak 78 orang tinggal di lokalisasi Desa Nanga Sepauk "
        "Kecamatan Sepauk dan lokalisasi Desa Kebong Kecamatan Kelam Permai.",
        [
            # The figure after the ranking is the subject's, not the region's it ranks within.
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:61.05.01:bukit-jaya",
                "number": 64,
                "unit": "pekerja seks",
                "superlative": "terbesar",
            },
            # A place set aside is not the figure's; two places named for it are both's.
            {
                "kind": "count",
                "sentence_id": 2,
                "place_id": "61.05",
                "number": 78,
                "unit": "pekerja seks",
            },
        ],
        id="counts-of-the-ranked-subject-and-not-of-a-place-set-aside",
    ),
    pytest.param(
        "Lokalisasi Watugajah di perbatasan Desa Tanggungharjo dan Desa Ringinpitu, Kecamatan "
        "Tanggungharjo, Kabupaten Grobogan, resmi ditutup hari ini.\n\n"
        "Kompleks yang berdiri sejak 1982 itu memang membelah dua desa.\n"
        "Sebanyak 28 pekerja seks tinggal di wisma wilayah Desa Tanggungharjo, sedangkan 18 orang "
        "lainnya di sisi Desa Ringinpitu.\n"
        "Totalnya 46 pekerja seks dengan 19 mucikari.",
        [
            {
                "kind": "count",
                "sentence_id": 2,
                "place_id": "33.15.19/tanggungharjo",
                "number": 28,
                "unit": "pekerja seks",
            },
            {
                "kind": "count",
                "sentence_id": 3,
                "place_id": "lok:33.15.19:watugajah",
                "number": 46,
                "unit": "pekerja seks",
                "total": True,
            },
        ],
        id="counts-a-total-of-villages-parts-is-the-lokalisasi-s",
    ),
    pytest.param(
        "Pemkab Paser Tutup Lokalisasi Jalan Pelabuhan Lama Kuaro\n"
        "Berdasarkan data, di Pelabuhan Lama terdapat 34 pekerja seks.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:64.01:jalan-pelabuhan-lama",
                "number": 34,
                "unit": "pekerja seks",
            }
        ],
        id="counts-at-a-street-named-lokalisasi-called-without-jalan",
    ),
    pytest.param(
        "Pemkot Bontang menutup Lokalisasi Gang Mawar di Kelurahan Loktuan, Rabu (27/11/2019).\n\n"
        "Saat ditutup, ada 29 pekerja seks di sana.\n"
        "Data Dinas Sosial mencatat, pada 2015 Gang Mawar dihuni 86 pekerja seks.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:64.74:gang-mawar",
                "number": 29,
                "when": dt.date(2019, 11, 27),
                "when_text": "27 November 2019",
                "unit": "pekerja seks",
            },
            {
                "kind": "count",
                "sentence_id": 2,
                "place_id": "lok:64.74:gang-mawar",
                "number": 86,
                "when": dt.date(2015, 1, 1),
                "when_text": "tahun 2015",
                "unit": "pekerja seks",
            },
        ],
        id="counts-at-the-closure-and-in-an-earlier-year",
    ),
    pytest.param(
        "Lokalisasi Gang Mawar di Kota Bontang ditutup pada Juni 2016.\n"
        "Saat itu tercatat 87 pekerja seks.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:64.74:gang-mawar",
                "number": 87,
                "when": dt.date(2016, 6, 1),
                "when_text": "Juni 2016",
                "label": "tercatat",
                "unit": "pekerja seks",
            },
        ],
        id="counts-then-after-a-closure",
    ),
    pytest.param(
        "Dinas Sosial mencatat sebanyak 87 pekerja seks komersial di Kota Bontang.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "64.74",
                "number": 87,
                "unit": "pekerja seks",
            }
        ],
        id="counts-workers-after-figure",
    ),
    pytest.param(
        "Dua lokalisasi tersisa di Kota Bontang ditutup Desember.\n\n"
        '"Masih ada dua titik lagi.\nJumlah penghuninya 58 orang," kata Andi.',
        [
            {
                "kind": "count",
                "sentence_id": 2,
                "place_id": "64.74",
                "number": 58,
                "unit": "penghuni",
            }
        ],
        id="counts-inhabitants-a-quote-after-the-lokalisasi",
    ),
    pytest.param(
        "Lokalisasi di Kota Bontang dihuni pekerja seks 28 orang.\n"
        "Kabupaten Paser 33 orang dan Kabupaten Berau 17 orang.\nTotal 78 orang.",
        [
            {
                "kind": "count",
                "sentence_id": i,
                "place_id": place,
                "number": n,
                "unit": "pekerja seks",
            }
            for i, place, n in ((0, "64.74", 28), (1, "64.01", 33), (1, "64.03", 17))
        ]
        + [
            {
                "kind": "count",
                "sentence_id": 2,
                "place_id": "64",
                "number": 78,
                "unit": "pekerja seks",
                "total": True,
            }
        ],
        id="counts-a-list-going-on-from-the-sentence-before-and-its-total",
    ),
    pytest.param(
        "Pemkab Purwakarta mendata pekerja seks di tiga lokasi.\n"
        "Lokasi pertama ada di Cibening Hilir (Bungursari) dengan jumlah PSK 46 orang.\n"
        "Pasir Kuda (Bungursari) dengan PSK 31 orang.",
        [
            {"kind": "count", "sentence_id": i, "place_id": "32.14.13", "number": n, "unit": "PSK"}
            for i, n in ((1, 46), (2, 31))
        ],
        id="counts-a-district-of-the-story-written-bare-in-brackets",
    ),
    pytest.param(
        "Di Kota Bontang terdapat 71 WPS.",
        [{"kind": "count", "sentence_id": 0, "place_id": "64.74", "number": 71, "unit": "WPS"}],
        id="counts-workers-as-wanita-pekerja-seks",
    ),
    pytest.param(
        "Jumlah PSK di Kota Bontang mencapai 52 orang.",
        [{"kind": "count", "sentence_id": 0, "place_id": "64.74", "number": 52, "unit": "PSK"}],
        id="counts-workers-before-figure",
    ),
    pytest.param(
        "Di Kabupaten Paser ada 30 PSK.\nDi Kota Bontang ada 45 PSK.\nTotal 75 orang.",
        [
            {"kind": "count", "sentence_id": 0, "place_id": "64.01", "number": 30, "unit": "PSK"},
            {"kind": "count", "sentence_id": 1, "place_id": "64.74", "number": 45, "unit": "PSK"},
            {
                "kind": "count",
                "sentence_id": 2,
                "place_id": "64",
                "number": 75,
                "unit": "PSK",
                "total": True,
            },
        ],
        id="counts-total-of-a-run",
    ),
    pytest.param("Sebanyak 40 orang hadir dalam rapat itu.", [], id="counts-not-workers"),
    pytest.param(
        "Pemkab Serdang Bedagai akan menutup lokalisasi Simpang Rotan atau Kampung Biru.\n\n"
        "Menurut Dinas Sosial, penghuni Kampung Biru saat ini berjumlah 105 orang.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:12.18:simpang-rotan",
                "number": 105,
                "unit": "penghuni",
            }
        ],
        id="counts-residents-of-a-lokalisasi-named-before-the-figure",
    ),
    pytest.param(
        "Pemkot Bitung menutup lokalisasi Tanjung Merah.\n\n"
        "Menurut Dinas Sosial Kota Bitung, lokalisasi yang oleh warga disebut Kompleks TM itu "
        "dihuni 52 PSK.\n"
        "Di kawasan dekat pelabuhan perikanan itu tercatat 9 pekerja seks lain.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:71.72:tanjung-merah",
                "number": 52,
                "unit": "PSK",
            },
            {
                "kind": "count",
                "sentence_id": 2,
                "place_id": "lok:71.72:tanjung-merah",
                "number": 9,
                "unit": "pekerja seks",
                "label": "tercatat",
            },
        ],
        id="counts-at-the-lokalisasi-described-on-the-way",
    ),
    pytest.param(
        "Petugas mendata penghuni dua lokalisasi di Kabupaten Kendal.\n\n"
        "Di lokalisasi Gang Sawo tercatat 40 PSK, sedangkan di Kalibiru 25 orang.\n"
        "Di Kalibiru juga masih ada 3 PSK, sedangkan di Kecamatan Kaliwungu 2 PSK.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:33.24:gang-sawo",
                "number": 40,
                "unit": "PSK",
                "label": "tercatat",
            },
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:33.24:kalibiru",
                "number": 25,
                "unit": "PSK",
            },
            {
                "kind": "count",
                "sentence_id": 2,
                "place_id": "lok:33.24:kalibiru",
                "number": 3,
                "unit": "PSK",
                "qualifier": "sisa",
            },
            {
                "kind": "count",
                "sentence_id": 2,
                "place_id": "33.24.08",
                "number": 2,
                "unit": "PSK",
                "qualifier": "sisa",
            },
        ],
        id="counts-a-lokalisasi-set-against-another-not-yet-named",
    ),
    pytest.param(
        "Pemkab Lombok Barat mendata penghuni dua lokalisasi.\n\n"
        "Di lokalisasi Bukit Mas tercatat 40 PSK, sedangkan di lokalisasi Batu Layar 25 orang.\n"
        "Di Batu Layar juga tercatat 4 PSK baru.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:52.01:bukit-mas",
                "number": 40,
                "unit": "PSK",
                "label": "tercatat",
            },
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:52.01.14:batu-layar",
                "number": 25,
                "unit": "PSK",
            },
            {
                "kind": "count",
                "sentence_id": 2,
                "place_id": "lok:52.01.14:batu-layar",
                "number": 4,
                "unit": "PSK",
                "label": "tercatat",
            },
        ],
        id="counts-each-lokalisasi-of-a-regency-even-one-named-after-its-district",
    ),
    pytest.param(
        "Berdasarkan data Dinsos, jumlah WPS di Kabupaten Paser sebanyak 448.",
        [{"kind": "count", "sentence_id": 0, "place_id": "64.01", "number": 448, "unit": "WPS"}],
        id="counts-a-bare-figure-closing-the-phrase-that-names-the-workers",
    ),
    pytest.param(
        "Jumlah PSK di Kabupaten Paser mencapai 120 unit rumah.",
        [],
        id="counts-a-figure-with-another-thing-after-it-is-not-of-the-workers",
    ),
    pytest.param(
        "Sebanyak 405 mantan pekerja seks di Kabupaten Paser dipulangkan hari ini.\n"
        "Kebanyakan mereka pulang ke Jawa, yakni Jawa Timur sebanyak 149 orang.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "64.01",
                "number": 405,
                "unit": "pekerja seks",
                "label": "dipulangkan",
            }
        ],
        id="counts-former-workers-and-not-the-share-sent-home-to-a-region",
    ),
    pytest.param(
        "Di Kabupaten Paser, total penerima manfaat bantuan tercatat 104 eks PSK.",
        [],
        id="counts-the-recipients-named-before-are-not-counted-as-workers",
    ),
    pytest.param(
        "Lokalisasi Tanjung Harapan di Kota Bontang sudah ditutup.\n"
        "Adapun pekerja yang dulu terdata ada 64 orang.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "64.74",
                "number": 64,
                "label": "terdata",
                "unit": "pekerja",
            }
        ],
        # The workers named before "ada N orang", three words and "ada" between.
        id="counts-workers-there-are-n-of-named-before",
    ),
    pytest.param(
        "Petugas Dinas Sosial mendatangi lokalisasi Wisma Melati Sari Kenongo di Kabupaten "
        "Madiun.\nJumlah PSK di Lokalisasi Kenongo kini 60 orang.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:35.19:wisma-melati-sari-kenongo",
                "number": 60,
                "unit": "PSK",
            }
        ],
        # "Kenongo" is the last word of the lokalisasi's long name: one lokalisasi.
        id="counts-at-a-lokalisasi-called-by-the-end-of-its-long-name",
    ),
]

# A raid's story written out in its lead: what a sentence naming no place counts is counted
# there, not in the regency whose office made the raid.
SCENE_COUNTS = [
    pytest.param(
        "Satpol PP Kabupaten Tangerang merazia warung remang-remang di Desa Kemuning, Kecamatan "
        "Solear, Jumat malam.\n"
        "Kasatpol PP Kabupaten Tangerang mengatakan razia itu melibatkan personel gabungan.\n\n"
        "Dari warung itu, petugas menggiring 13 PSK untuk didata.",
        ["36.03.31"],  # Kecamatan Solear
        id="scene-the-district-written-in-the-lead",
    ),
    pytest.param(
        "Satpol PP Kabupaten Tangerang merazia warung remang-remang di Kecamatan Solear dan "
        "Kecamatan Cisoka, Jumat malam.\n\n"
        "Dari warung itu, petugas menggiring 13 PSK untuk didata.",
        ["36.03"],  # Kabupaten Tangerang
        id="scene-two-districts-are-the-regency-s",
    ),
]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lokalisasi Bukit Mawar di Kota Jambi sudah lama ditutup.\n"
        "Polisi merazia dua lokasi diskotik di kawasan lokalisasi itu.",
        "Lokalisasi Bukit Mawar di Kota Jambi sudah lama ditutup.\n"
        "Kini di kawasan lokalisasi itu berdiri tiga tempat hiburan malam.",
    ],
)
def test_places_of_another_kind_are_no_lokalisasi_count(sentence: str) -> None:
    assert stated_by("other_counts", sentence) == []


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        (
            "Di Kabupaten Paser, menurutnya, tidak ada lokalisasi, namun PSK bisa menyebar.",
            [
                {
                    "kind": "count",
                    "sentence_id": 0,
                    "place_id": "64.01",
                    "number": 0,
                    "unit": "lokalisasi",
                }
            ],
        ),
        ("Jika tidak ada lokalisasi, PSK akan menyebar ke Kabupaten Paser.", []),
        ("Kabupaten Paser tidak ada lagi lokalisasi sejak 2019.", []),
        ("Tidak ada lokalisasi yang ditutup di Kabupaten Paser tahun ini.", []),
    ],
)
def test_no_lokalisasi_there(sentence: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("none_there", sentence) == facts


@pytest.mark.parametrize(("article", "places"), SCENE_COUNTS)
def test_counts_of_a_story_s_scene(article: str, places: list[str]) -> None:
    assert [f["place_id"] for f in stated_by("counts", article)] == places


OTHER_COUNTS = [
    pytest.param(
        "Jumlah PSK di lokalisasi Kembang Sore sebanyak 120 orang, sedangkan mucikari sebanyak 15 "
        "orang.\nDi lokalisasi itu juga terdapat wisma sebanyak 30 buah.\nPSK yang menghuni wisma "
        "sebanyak 30 orang.",
        # "wisma sebanyak 30 orang" counts the people, not wisma.
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "lok:ID:kembang-sore",
                "number": 15,
                "unit": "mucikari",
            },
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:ID:kembang-sore",
                "number": 30,
                "unit": "wisma",
            },
        ],
        id="other-counts-a-thing-named-right-before-a-verb-of-counting",
    ),
    pytest.param(
        "Pemkab Barito Utara akan menutup lokalisasi Gading di Kecamatan Teweh Tengah.\n"
        "Data Dinas Sosial menyebut jumlah penghuni lokalisasi Gading 85 orang.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:62.05.05:gading",
                "number": 85,
                "unit": "penghuni",
            }
        ],
        # The figure and its unit after a name count its people: no lokalisasi "Gading 85".
        id="other-counts-a-figure-after-a-name-is-no-part-of-it",
    ),
    pytest.param(
        "Sebanyak 300 personel gabungan diturunkan ke lokalisasi Km 5 di Kabupaten Kotawaringin "
        "Timur.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "lok:62.02:km-5",
                "number": 300,
                "unit": "personel",
            }
        ],
        id="other-counts-officers-sent",
    ),
    pytest.param(
        "Pemkab Kendal menutup lokalisasi Kalibaru di Kecamatan Kaliwungu, Kabupaten Kendal.\n"
        "Di Kalibaru masih ada 15 bar yang aktif.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:33.24.08:kalibaru",
                "number": 15,
                "unit": "bangunan",
                "qualifier": "sisa",
            }
        ],
        id="other-counts-buildings-a-bar-or-a-house",
    ),
    pytest.param(
        "Lokalisasi Watugajah di perbatasan Desa Tanggungharjo dan Desa Ringinpitu, Kecamatan "
        "Tanggungharjo, Kabupaten Grobogan, resmi ditutup hari ini.\n\n"
        "Kompleks yang berdiri sejak 1982 itu memang membelah dua desa.\n"
        "Sebanyak 28 pekerja seks tinggal di wisma wilayah Desa Tanggungharjo, sedangkan 18 orang "
        "lainnya di sisi Desa Ringinpitu.\n"
        "Totalnya 46 pekerja seks dengan 19 mucikari.",
        [
            {
                "kind": "count",
                "sentence_id": 3,
                "place_id": "lok:33.15.19:watugajah",
                "number": 19,
                "unit": "mucikari",
            }
        ],
        id="other-counts-beside-the-workers-share-their-place",
    ),
    pytest.param(
        "Pemkab Kendal menutup lokalisasi Kalibaru di Kecamatan Kaliwungu, Kabupaten Kendal.\n"
        "Di Kalibaru juga tercatat 7 mucikari.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": "lok:33.24.08:kalibaru",
                "number": 7,
                "unit": "mucikari",
                "label": "tercatat",
            }
        ],
        id="other_counts-at-a-lokalisasi-named-like-a-district-elsewhere",
    ),
    pytest.param(
        "Di Kota Bontang petugas juga mendata 14 mucikari.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "64.74",
                "number": 14,
                "unit": "mucikari",
            }
        ],
        id="other_counts-thing-after-figure",
    ),
    pytest.param(
        "Di kompleks itu jumlah wisma mencapai 23 buah.",
        [{"kind": "count", "sentence_id": 0, "place_id": "ID", "number": 23, "unit": "wisma"}],
        id="other_counts-thing-before-figure",
    ),
    pytest.param(
        "Warga Kota Bontang menolak rencana penutupan lokalisasi.\n"
        "Terdapat 320 keluarga di sekitar kompleks itu yang hidup dari warung dan parkir.",
        [{"kind": "count", "sentence_id": 1, "place_id": "64.74", "number": 320, "unit": "KK"}],
        # Families counted as such are the households ("kepala keluarga") a question asks about.
        id="other_counts-families-are-households",
    ),
    pytest.param(
        "Di Kota Bontang petugas mendata 31 pramuria.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "64.74",
                "number": 31,
                "unit": "pramuria",
            }
        ],
        id="other_counts-hostesses",
    ),
    pytest.param(
        "Di Kota Bontang jumlah penghuni tiga kompleks lokalisasi mencapai 210 orang.",
        [
            {
                "kind": "count",
                "sentence_id": 0,
                "place_id": "64.74",
                "number": 210,
                "unit": "penghuni",
            }
        ],
        # "tiga kompleks lokalisasi" counts lokalisasi, though it follows "jumlah penghuni".
        id="other_counts-the-thing-after-a-figure-is-what-it-counts",
    ),
]

PLACE_LISTS = [
    pytest.param(
        "Hingga kini masih ada lokalisasi yang belum ditutup di sejumlah provinsi.\n"
        "Rinciannya Jawa Timur 5, Jawa Barat 3, Riau 2.",
        [
            {
                "kind": "count",
                "sentence_id": 1,
                "place_id": place,
                "number": number,
                "unit": "lokalisasi",
                "qualifier": "sisa",
            }
            for place, number in (("35", 5), ("32", 3), ("14", 2))
        ],
        id="place_lists-left-per-province",
    ),
    pytest.param(
        "Warga datang dari berbagai daerah.\nRinciannya Jawa Timur 5, Jawa Barat 3, Riau 2.",
        [],
        id="place_lists-not-about-lokalisasi",
    ),
]


@pytest.mark.parametrize(("article", "facts"), INVENTORY)
def test_inventory(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("inventory", article) == facts


@pytest.mark.parametrize(("article", "facts"), COUNTS)
def test_counts(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("counts", article) == facts


@pytest.mark.parametrize(("article", "facts"), OTHER_COUNTS)
def test_other_counts(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("other_counts", article) == facts


@pytest.mark.parametrize(("article", "facts"), PLACE_LISTS)
def test_place_lists(article: str, facts: list[dict[str, object]]) -> None:
    assert stated_by("place_lists", article) == facts


# Women the story says are the workers, an exact figure after a loose one, and a part of the
# figure the sentence before gave: (article, the (sentence, place, number, unit) counted).
WORKERS_TOLD_OTHERWISE = [
    pytest.param(
        "Petugas membongkar lokalisasi Km 4 di Kabupaten Bogor dan menjaring 27 perempuan yang "
        "diduga pekerja seks.",
        [(0, "lok:32.01:km-4", 27, "perempuan")],
        id="women-who-are-the-workers",
    ),
    pytest.param(
        "Petugas membongkar lokalisasi Km 4 di Kabupaten Bogor dan mendata 27 perempuan yang "
        "tinggal di sekitarnya.",
        [],
        id="women-who-are-not-said-to-be-workers",
    ),
    pytest.param(
        "Petugas menertibkan lokalisasi Km 14 di Kota Padang dan mendapati belasan perempuan "
        "yang diduga melayani tamu.\n"
        "Kepala Satpol PP Kota Padang menyebut jumlah pastinya 14 orang.",
        [(1, "lok:13.71:km-14", 14, "perempuan")],
        id="an-exact-figure-after-a-loose-one",
    ),
    pytest.param(
        "Sepanjang 2018 ada 212 pekerja seks yang terjaring razia di Sumatera Barat.\n"
        "Dari angka itu, 74 orang terjaring di Kota Padang.",
        [(0, "13", 212, "pekerja seks"), (1, "13.71", 74, "pekerja seks")],
        id="a-part-of-the-figure-before",
    ),
]


@pytest.mark.parametrize(("article", "counted"), WORKERS_TOLD_OTHERWISE)
def test_workers_told_otherwise(article: str, counted: list[tuple[int, str, int, str]]) -> None:
    assert [
        (f["sentence_id"], f["place_id"], f["number"], f["unit"])
        for f in stated_by("counts", article)
    ] == counted


def test_a_part_of_a_dated_count_holds_when_it_did() -> None:
    # The part has no date of its own; "Dari jumlah itu" makes it the 2021 figure's.
    article = (
        "Pendataan Dinas Sosial tahun 2021 menemukan 120 pekerja seks di Provinsi Jambi.\n"
        "Dari jumlah itu, 45 orang tinggal di Kota Jambi."
    )
    assert [(f["number"], f.get("when")) for f in stated_by("counts", article)] == [
        (120, dt.date(2021, 1, 1)),
        (45, dt.date(2021, 1, 1)),
    ]


def test_an_average_is_no_count_and_about_ninety_is_one() -> None:
    article = (
        "Lokalisasi Bukit Jaya di Kabupaten Sintang masih beroperasi.\n"
        "Kini hanya 20 wisma yang buka dan rata-rata hanya memiliki 5 orang PSK.\n"
        '"Kalau jumlah PSK nya paling hanya 90-an orang," kata warga.'
    )
    assert [(f["number"], f["unit"]) for f in stated_by("counts", article)] == [(90, "PSK")]


def test_workers_counted_after_a_count_of_wisma_are_no_wisma() -> None:
    facts = stated_by(
        "counts",
        "Ada sebanyak 69 wisma berkedok kafe di lokalisasi Gang Mawar, Kota Bontang.\n"
        "Jumlah total purel di lokalisasi Gang Mawar kurang lebih 100 orang.",
    )
    assert [(f["number"], f["unit"]) for f in facts if f["unit"] == "wisma"] == []


def test_lokalisasi_pointed_at_together_are_counted_in_the_region_they_share() -> None:
    facts = stated_by(
        "counts",
        "Pemkot Bontang menutup lokalisasi Gang Mawar dan lokalisasi Bukit Melati.\n\n"
        "Menjelang penutupan kedua lokalisasi tersebut, Pemkot melakukan pendataan.\n"
        "Pemkot juga memberikan pelatihan kepada 423 pekerja seks yang ada di lokalisasi tersebut.",
    )
    assert [(f["number"], f["place_id"]) for f in facts] == [(423, "64.74")]


def test_the_forces_guarding_a_closing_are_officers_not_lokalisasi() -> None:
    article = (
        "Pemkot Bontang menutup lokalisasi Gang Mawar, pascadeklarasi lokalisasi akan dijaga "
        "petugas gabungan.\nYakni, 709 kekuatan yang terdiri atas TNI, Polri, dan Satpol PP."
    )
    assert [f["name"] for f in stated_by("sites", article)] == ["Gang Mawar"]
    assert [(f["number"], f["unit"]) for f in stated_by("other_counts", article)] == [
        (709, "personel")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sebanyak 150 anggota kelompok gabungan dari Polres dan Satpol PP berjaga di lokasi.",
        "Sebanyak 150 anggota gabungan TNI dan Polri berjaga di lokasi.",
        "Sebanyak 150 aparat gabungan berjaga di lokasi.",
    ],
)
def test_members_of_a_joint_force_are_officers(sentence: str) -> None:
    article = f"Pemkot Bontang menutup lokalisasi Gang Mawar.\n{sentence}"
    assert [(f["number"], f["unit"]) for f in stated_by("other_counts", article)] == [
        (150, "personel")
    ]


def test_a_count_made_up_of_listed_lokalisasi_is_their_region_s() -> None:
    facts = stated_by(
        "counts",
        "Pemkot Bontang memulangkan para PSK ke daerah asal.\n"
        "Dari 57 PSK terdiri dari lokalisasi Gang Mawar sebanyak 37 orang, disusul lokalisasi "
        "Bukit Melati sebanyak 20 orang.",
    )
    assert [(f["number"], f["place_id"]) for f in facts] == [
        (57, "64.74"),
        (37, "lok:64.74:gang-mawar"),
        (20, "lok:64.74:bukit-melati"),
    ]


def test_a_count_a_change_is_told_from_is_of_the_same_people() -> None:
    facts = stated_by(
        "counts",
        "Dinas Sosial mencatat masih ada 85 PSK di lokalisasi Gang Mawar, Kota Bontang.\n"
        "Jumlah itu turun jauh dari semula 900 orang.",
    )
    assert [(f["number"], f["unit"], f["sentence_id"]) for f in facts] == [
        (85, "PSK", 0),
        (900, "PSK", 1),
    ]


def test_a_count_at_a_lokalisasi_and_the_village_after_it_is_the_lokalisasi_s() -> None:
    facts = stated_by(
        "counts",
        "Dinas Sosial mendata lokalisasi Km 9 di Desa Hampalit, Kecamatan Katingan Hilir, dan "
        "lokalisasi Bukit Hijau di Kecamatan Katingan Tengah, Kabupaten Katingan.\n"
        "Pekerja seks yang tinggal di Km 9 Desa Hampalit Raya Kecamatan Katingan Hilir tercatat "
        "40 orang, di Bukit Hijau Desa Samba Danum 25 orang.",
    )
    assert [(f["number"], f["place_id"]) for f in facts] == [
        (40, "lok:62.06.02:km-9"),
        (25, "lok:62.06.05:bukit-hijau"),
    ]


def test_where_people_are_sent_to_be_cared_for_is_not_where_they_were_counted() -> None:
    facts = stated_by(
        "counts",
        "Dinas Sosial mencatat di lokalisasi Gang Mawar, Kota Bontang, ada 90 PSK.\n"
        "Dari jumlah itu, 70 orang sudah dipulangkan ke daerah asal, sedangkan 20 orang memilih "
        "dibina di panti rehabilitasi di Kota Samarinda.",
    )
    assert [(f["number"], f["place_id"]) for f in facts] == [
        (90, "lok:64.74:gang-mawar"),
        (70, "lok:64.74:gang-mawar"),
        (20, "lok:64.74:gang-mawar"),
    ]


@pytest.mark.parametrize(
    ("article", "place"),
    [
        # A region a figure's place is ranked after ("kedua setelah …") or compared with is
        # not the figure's.
        (
            "Menurut dinsos, Jambi berada di urutan kedua setelah Provinsi Riau, dengan jumlah "
            "lokalisasi 17 lokasi.",
            "15",
        ),
        (
            "Menurut dinsos, Jambi lebih banyak dibandingkan Provinsi Riau, dengan jumlah "
            "lokalisasi 17 lokasi.",
            "15",
        ),
    ],
)
def test_a_place_compared_with_is_not_the_figure_s(article: str, place: str) -> None:
    assert [f["place_id"] for f in stated_by("other_counts", article)] == [place]


@pytest.mark.parametrize(
    ("rule", "sentence", "place"),
    [
        ("closures", "Secara nasional, masih tersisa 12 lokalisasi yang belum ditutup.", "ID"),
        ("counts", "Di tingkat nasional, tercatat 3.200 PSK yang sudah dipulangkan.", "ID"),
        # Describing a programme as national does not take the figure off the story's place.
        ("counts", "Program berskala nasional itu mendata 320 PSK.", "15.71.09"),
    ],
)
def test_a_figure_of_the_whole_country(rule: str, sentence: str, place: str) -> None:
    article = (
        "Pemkot Jambi menutup lokalisasi Kampung Sawah di Kelurahan Rawasari, Kecamatan Alam "
        f"Barajo.\n\n{sentence}"
    )
    facts = [fact for fact in stated_by(rule, article) if fact["sentence_id"] == 1]
    assert [fact["place_id"] for fact in facts] == [place]
