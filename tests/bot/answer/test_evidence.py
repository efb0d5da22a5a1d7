"""Sentence search: a sentence of the asked place's story answers when no fact does."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.answer import answer
from bot.answer.composed import Asked, Composed
from bot.answer.evidence import (
    _about_places,
    _facts_about,
    _narrowing_roots,
    _of_year,
    _year_ever_said,
    asked_events,
    asks_since_or_rank,
    compose_evidence,
    figure_pattern,
    gives_figure_of,
    may_count_all,
    states_a_date,
)
from bot.models import Slots
from bot.render import render_text
from bot.understand import read_question
from knowledge.index import KnowledgeBase, build_in_memory
from knowledge.paths import BUNDLED_ARTICLES as BUNDLED
from tests.bot.conftest import with_bundled

KETAPANG = """Pemkab Ketapang Hentikan Aktivitas di Lokalisasi Pantai Indah

KETAPANG - Pemerintah Kabupaten Ketapang menghentikan aktivitas di lokalisasi Pantai Indah (PI) \
di Kecamatan Delta Pawan, Kabupaten Ketapang.

Kepala Dinas Sosial Ketapang, Hendra, menjelaskan lokalisasi Pantai Indah sudah ada sejak 1985.

Aktivitas prostitusi di PI telah dihentikan berdasarkan Surat Keputusan Bupati Ketapang Nomor \
12 Tahun 2018 tertanggal 3 Mei 2018.

Sebanyak 40 pekerja seks komersial (PSK) dipulangkan.

Sebuah perusahaan sawit, PT Sawit Ketapang Lestari, memberikan modal usaha Rp3 juta kepada \
setiap PSK.

Pemerintah Kabupaten Ketapang menanggung biaya pemulangan Rp500 ribu per orang.
"""

PENAJAM = """Lokalisasi Km 9 Penajam Ditutup

PENAJAM - Pemerintah Kabupaten Penajam Paser Utara resmi menutup lokalisasi Km 9 di Kecamatan \
Penajam pada 3 Maret 2018.

Sebanyak 57 pekerja seks dipulangkan ke daerah asal masing-masing.

Para pekerja seks menerima bantuan dari Kementerian Sosial sebesar Rp5,05 juta per orang.

Bupati meminta warga ikut menjaga agar kawasan itu tidak kembali menjadi tempat prostitusi.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return build_in_memory([("ketapang", KETAPANG), ("penajam", PENAJAM)])


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "Since when" without "sejak" or "berdiri" in the question, nor "tahun" in the answer.
        ("lokalisasi pantai indah udh ada dr tahun brp", "sejak 1985"),
        ("pantai indah sudah ada sejak kapan", "sejak 1985"),
        # Who gives: the giver of the kind the question names.
        ("perusahaan apa yg kasih modal ke eks psk pantai indah", "PT Sawit Ketapang Lestari"),
        ("PT apa yg kasih bantuan ke psk pantai indah", "PT Sawit Ketapang Lestari"),
        ("siapa yg nanggung biaya pemulangan psk pantai indah", "Pemerintah Kabupaten Ketapang"),
    ],
)
def test_the_sentence_or_fact_that_answers_is_given(
    kb: KnowledgeBase, question: str, said: str
) -> None:
    reply = answer(question, kb)
    assert reply.found
    assert said in reply.summary
    assert reply.citations[0].article_id == "ketapang"


def test_a_giver_of_the_asked_kind_leaves_other_givers_out(kb: KnowledgeBase) -> None:
    reply = answer("PT apa yg kasih bantuan ke psk pantai indah", kb)
    assert "Pemerintah Kabupaten" not in reply.summary


def test_an_abstention_names_the_asked_topic_not_a_sentence_search() -> None:
    # The question names an abbreviation, so sentence search is tried first; when it finds
    # nothing, the abstention still says what was asked. (The story's decree would date the
    # closure: without it nothing does.)
    undated = KETAPANG.split("\nAktivitas prostitusi")[0] + "\n"
    reply = answer(
        "kapan lokalisasi PI resmi ditutup? kan ada SK nya",
        build_in_memory([("ketapang", undated), ("penajam", PENAJAM)]),
    )
    assert not reply.found
    assert "kapan lokalisasi ditutup" in reply.summary


KAPAL = """34 Penghuni Lokalisasi Karang Dempel Dipulangkan Naik Kapal

KUPANG - Sebanyak 34 penghuni lokalisasi Karang Dempel di Kota Kupang dipulangkan ke daerah \
asal naik kapal, Rabu (20/2/2019).

Di luar bantuan kementerian, Gubernur NTT juga menitipkan bantuan Rp 1 juta per orang dari \
Pemprov NTT bagi eks penghuni yang dipulangkan.

Selain tiket, setiap orang membawa bantuan dari Kementerian Sosial sebesar Rp 5,5 juta.
"""


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("bantuan kemensos utk penghuni karang dempel brp", "Rp 5,5 juta"),
        ("bantuan pemprov ntt utk penghuni karang dempel brp", "Rp 1 juta"),
    ],
)
def test_evidence_quotes_the_sentence_of_the_asked_giver(question: str, quoted: str) -> None:
    kb = build_in_memory([("kapal", KAPAL), ("penajam", PENAJAM), ("ketapang", KETAPANG)])
    reading = read_question(question, kb)
    composed = compose_evidence(Asked(reading, reading.slots), kb, "aid_amount")
    assert composed is not None
    assert quoted in composed.summary


PULANG = """Lokalisasi Karang Dempel Disegel, 41 PSK Dipulangkan

KUPANG - Pemerintah Kota Kupang menyegel lokalisasi Karang Dempel di Kota Kupang.

Ke-41 orang itu dipulangkan ke daerah asal.

Pemkot memberikan uang Rp1,5 juta per orang untuk biaya perjalanan pulang ke kampung.
"""


def test_evidence_for_a_kind_of_aid_reads_it_by_its_root() -> None:
    # "uang pulang" asks "pemulangan"; the article says "biaya perjalanan pulang".
    kb = build_in_memory(
        [("pulang", PULANG), ("penajam", PENAJAM), ("ketapang", KETAPANG), ("kapal", KAPAL)]
    )
    reading = read_question("uang pulang ke kampung dr pemkot karang dempel brp per orang", kb)
    assert reading.slots.aid_kind == "pemulangan"
    composed = compose_evidence(Asked(reading, reading.slots), kb, "aid_amount")
    assert composed is not None
    assert "Rp1,5 juta" in composed.summary


SEVERAL = """Enam Lokalisasi di Kabupaten Klaten Resmi Ditutup

KLATEN - Pemerintah Kabupaten Klaten resmi menutup enam lokalisasi pada Kamis (7/6/2018).

Penutupan dipusatkan di Lokalisasi Watu Gede, Desa Ngawen, Kecamatan Ngawen, Kabupaten Klaten.

Dari enam lokalisasi itu, sebanyak 318 PSK tercatat di dalamnya.

Di Jawa Tengah, PSK terbanyak berada di Kabupaten Semarang dengan jumlah 420 orang.
"""


@pytest.mark.parametrize(
    "question",
    [
        "psk di lokalisasi watu gede klaten ada brp org",
        "brp psk di watu gede",
    ],
)
def test_one_of_several_lokalisasi_gets_neither_the_regency_nor_another_place(
    question: str,
) -> None:
    # The regency's 318 are six lokalisasi's; the 420 are another regency's: neither is the
    # asked lokalisasi's own figure. The regency's may be offered as the regency's.
    kb = build_in_memory([("several", SEVERAL), ("penajam", PENAJAM)])
    reply = answer(question, kb)
    assert not reply.found
    assert reply.summary.startswith("Untuk Watu Gede belum ada data tentang jumlah PSK")
    assert "Yang ada untuk Kabupaten Klaten: 318 PSK" in reply.summary
    assert "420" not in reply.summary


def test_a_lokalisasi_alone_in_its_story_keeps_the_regency_figures() -> None:
    one = SEVERAL.replace("enam lokalisasi", "lokalisasi").replace("Enam Lokalisasi", "Lokalisasi")
    one = one.replace("Dari lokalisasi itu, sebanyak", "Sebanyak")
    kb = build_in_memory([("one", one), ("penajam", PENAJAM)])
    reply = answer("brp psk di watu gede", kb)
    assert reply.found
    assert "318" in reply.summary


HOME_TOWNS = """Lokalisasi Watu Gede Ditutup

KLATEN - Pemerintah Kabupaten Klaten menutup lokalisasi Watu Gede di Kecamatan Ngawen.

Hingga Senin, sudah 52 eks penghuni yang dipulangkan ke daerah asal, antara lain ke Kabupaten \
Jombang dan Kota Semarang.
"""


def test_regions_named_as_home_towns_do_not_take_the_sentence_elsewhere() -> None:
    kb = build_in_memory([("home", HOME_TOWNS), ("penajam", PENAJAM)])
    reply = answer("udah brp eks penghuni watu gede yg dipulangkan", kb)
    assert reply.found
    assert "52" in reply.summary


def test_evidence_never_quotes_another_givers_aid_for_the_asked_giver() -> None:
    kemensos_only = "\n\n".join(p for p in KAPAL.split("\n\n") if "Pemprov" not in p)
    kb = build_in_memory([("kapal", kemensos_only), ("penajam", PENAJAM)])
    reading = read_question("bantuan pemprov ntt utk penghuni karang dempel brp", kb)
    assert compose_evidence(Asked(reading, reading.slots), kb, "aid_amount") is None


INDRAMAYU = """27 Warga Indramayu Dipulangkan dari Lokalisasi di Jambi

INDRAMAYU - Sebanyak 27 perempuan asal Kabupaten Indramayu tiba di kampung halaman setelah \
dipulangkan dari Lokalisasi Pucuk Jambu, Kabupaten Batanghari, Provinsi Jambi.

Kepala Dinas Sosial Kabupaten Indramayu, Wahyu Sudrajat, menerima langsung rombongan tersebut.
"""


@pytest.mark.parametrize(
    "question",
    [
        # "warga X" names where the people counted come from, as "asal X" does.
        "brp warga indramayu yg dipulangkan dr lokalisasi di jambi",
        "berapa psk asal indramayu yang dipulangkan dari jambi",
    ],
)
def test_people_of_a_place_are_counted_by_the_sentence_that_names_it(question: str) -> None:
    kb = build_in_memory([("indramayu", INDRAMAYU), ("ketapang", KETAPANG)])
    assert read_question(question, kb).slots.origin == "indramayu"
    reply = answer(question, kb)
    assert reply.found
    assert "27 perempuan" in reply.summary


BY_SHIP = """Pemkab Sambas Pulangkan 40 PSK Lokalisasi Bukit Seroja

SAMBAS - Pemerintah Kabupaten Sambas memulangkan 40 PSK penghuni Lokalisasi Bukit Seroja ke \
daerah asal masing-masing, Selasa (3/4/2018).

Sebagian besar dari mereka dipulangkan ke Jawa Barat menggunakan kapal Pelni. Setiap PSK \
menerima uang saku Rp 2 juta per orang.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Asked anything but how many, the people's home is only who they are.
        ("psk bukit seroja yg dipulangkan ke jawa barat naik apa", "kapal Pelni"),
        ("psk bukit seroja asal jawa barat dpt uang saku brp", "2.000.000"),
        # "naik apa" asks the vehicle, not how many went.
        ("psk bukit seroja dipulangkan naik apa", "kapal Pelni"),
    ],
)
def test_people_sent_home_are_asked_about_by_their_lokalisasi(question: str, said: str) -> None:
    kb = with_bundled(("sambas", BY_SHIP))
    reply = answer(question, kb)
    assert reply.found, reply.summary
    assert said in reply.summary


GIFT = """Satpol PP Sintang Akan Tertibkan Lokalisasi Jerora

SINTANG - Satpol PP Kabupaten Sintang akan menertibkan Lokalisasi Jerora dalam waktu dekat.

Kepala Satpol PP, Senin (6/3/2017), mengatakan para PSK Lokalisasi Jerora pada 2016 lalu pernah \
diberi tali asih.

"Lima juta rupiah satu orang, tapi sebagian sudah kembali lagi," katanya.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The amount comes in the quote right after the sentence about the aid.
        ("psk lokalisasi jerora dapet tali asih brp per orang", "Rp5.000.000 per orang"),
        # The year the aid was given, though the aid question's facts do not say it.
        ("tali asih buat psk jerora dikasih tahun brp", "2016"),
    ],
)
def test_aid_told_over_two_sentences(question: str, said: str) -> None:
    reply = answer(question, with_bundled(("gift", GIFT)))
    assert reply.found, reply.summary
    assert said in reply.summary


def test_people_of_a_place_no_sentence_counts_are_not_answered() -> None:
    kb = build_in_memory([("indramayu", INDRAMAYU), ("ketapang", KETAPANG)])
    assert not answer("brp warga batanghari yg dipulangkan dr lokalisasi di jambi", kb).found


ASAL = """27 Warga Indramayu Dipulangkan dari Lokalisasi di Jambi

INDRAMAYU - Sebanyak 27 perempuan asal Kabupaten Indramayu tiba di kampung halaman.

Kepala Dinas Sosial Kabupaten Indramayu, Wahyu Sudrajat, menerima langsung rombongan tersebut. \
Ia menyebut ke-27 perempuan itu berasal dari lima kecamatan.

"Terbanyak dari Haurgeulis delapan orang, lalu Gabuswetan enam," katanya.

Dinsos akan melakukan pendampingan selama enam bulan ke depan.
"""


def test_the_sentence_after_the_passage_that_ranks_what_was_asked_is_quoted() -> None:
    kb = build_in_memory([("asal", ASAL), ("ketapang", KETAPANG)])
    question = "dr kecamatan mana paling bnyk perempuan indramayu yg dipulangkan itu"
    reply = answer(question, kb)
    assert reply.found
    assert "Haurgeulis" in reply.summary
    assert "pendampingan" not in reply.summary


PANTI = """Lokalisasi Bukit Mas di Lembar Ditutup

LOMBOK BARAT - Lokalisasi Bukit Mas di Kecamatan Lembar, Kabupaten Lombok Barat, ditutup. \
Kawasan itu dihuni 38 pekerja seks komersial (PSK).

Pemkab menawarkan para PSK pembinaan di panti sosial selama tiga bulan.

"Nol. Tidak ada yang mau masuk panti. Semua memilih pulang kampung," ujar Kepala Dinas Sosial.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # A count of none, said in words, by a sentence sharing what the question narrows to.
        ("brp psk bukit mas yg daftar masuk panti", True),
        # "tidak ada" alone, about something else, counts nothing asked.
        ("brp psk bukit mas yg dapat modal usaha", False),
    ],
)
def test_a_count_of_none_said_in_words(question: str, found: bool) -> None:
    kb = build_in_memory([("panti", PANTI), ("ketapang", KETAPANG)])
    reply = answer(question, kb)
    assert reply.found is found
    if found:
        assert "Tidak ada yang mau masuk panti" in reply.summary


@pytest.mark.parametrize(
    ("words", "shape"),
    [
        ("lokalisasi itu berdiri sejak tahun berapa", "since"),
        ("sejak kapan lokalisasi itu ada", "since"),
        # "sejak 2010" bounds a span: how many since then, not since when.
        ("berapa lokalisasi yang sudah tutup sejak 2010", None),
        ("lokalisasi itu yang keberapa ditutup", "ordinal"),
    ],
)
def test_since_when_or_which_rank(words: str, shape: str | None) -> None:
    assert asks_since_or_rank(words.split()) == shape


MENETAP = """Eks Lokalisasi Bukit Pelangi Disulap Jadi Pusat UMKM

SEKAYU - Kepala Dinas Sosial Kabupaten Muba menjelaskan bantuan bagi 63 eks penghuni \
lokalisasi Bukit Pelangi disalurkan dalam dua tahap.

"Dari 63 orang tersebut, 41 orang sudah dipulangkan ke daerah asalnya. Sisanya 22 orang memilih \
menetap di Muba," jelasnya.
"""


LAIN = """Pemkot Tegal Tutup Lokalisasi Sumber Rejeki

TEGAL - Pemkot Tegal menutup lokalisasi Sumber Rejeki yang dihuni 40 pekerja seks.

Penutupan ditandai pemasangan papan larangan di gerbang kompleks.

Wali Kota meminta warga ikut mengawasi bekas kompleks itu.

Para mucikari diminta mengalihkan usahanya ke bidang lain.

Dinas Sosial akan mendampingi para mantan pekerja selama enam bulan.

Lahan bekas lokalisasi rencananya dijadikan taman kota.
"""


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # The figure of what the "yang …" clause narrows to, over one counting all.
        ("Berapa eks penghuni Bukit Pelangi yang sudah dipulangkan?", "41 "),
        ("berapa org yg milih menetap di muba", "22 "),
    ],
)
def test_a_count_narrowed_by_its_clause(question: str, figure: str) -> None:
    kb = build_in_memory([("menetap", MENETAP), ("lain", LAIN)])
    reply = answer(question, kb)
    assert reply.found
    assert figure in reply.summary


REQUESTED = """Lokalisasi Km 9 Penajam Ditutup

PENAJAM - Pemerintah Kabupaten Penajam Paser Utara resmi menutup lokalisasi Km 9 di Kecamatan \
Penajam pada 3 Maret 2018.

Camat Penajam mengingatkan penutupan merupakan program nasional dan permintaan banyak pihak.

Menurut camat, penutupan Km 9 diminta oleh warga tiga desa di sekitarnya melalui petisi.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Who asked for the closure: the sentence that names the requester, not the closer.
        ("siapa yg minta km 9 penajam ditutup", "diminta oleh warga tiga desa"),
        ("yg ngusulin km 9 penajam ditutup siapa", "diminta oleh warga tiga desa"),
        # Who closed it stays the closer.
        ("siapa yg menutup km 9 penajam", "Pemerintah Kabupaten Penajam Paser Utara"),
    ],
)
def test_who_asked_for_a_closure_is_the_sentence_naming_the_requester(
    question: str, said: str
) -> None:
    reply = answer(question, build_in_memory([("ketapang", KETAPANG), ("penajam", REQUESTED)]))
    assert reply.found
    assert said in reply.summary
    assert "banyak pihak" not in reply.summary


RAIDED = """Lokalisasi Km 9 Penajam Masih Beroperasi

PENAJAM - Lokalisasi Km 9 di Kecamatan Penajam, Kabupaten Penajam Paser Utara, sudah resmi \
ditutup sejak Desember 2016.

Dalam razia terakhir pada Jumat (26/4/2019), petugas hanya mengamankan empat perempuan dan dua \
laki-laki.
"""


@pytest.mark.parametrize(
    "question",
    [
        "razia terakhir di km 9 penajam brp perempuan yg diamankan",
        "razia km 9 penajam amankan brp perempuan",
        "brp perempuan yg terjaring razia di km 9 penajam",
    ],
)
def test_people_taken_in_a_raid_are_the_sentence_that_counts_them(question: str) -> None:
    reply = answer(question, build_in_memory([("ketapang", KETAPANG), ("penajam", RAIDED)]))
    assert reply.found
    assert "empat perempuan" in reply.summary


REOPENED = """Lokalisasi Km 21 Penajam Beroperasi Kembali

PENAJAM - Lokalisasi Km 21 di Kecamatan Penajam, Kabupaten Penajam Paser Utara, kembali ramai.

Seorang juru parkir memperkirakan jumlah perempuan yang bekerja di sana kini antara 30 hingga \
40 orang.

Menurut camat, sebagian besar perempuan yang kini bekerja di Km 21 bukan penghuni lama.
"""


def test_a_km_name_is_no_figure_of_a_count() -> None:
    kb = build_in_memory([("ketapang", KETAPANG), ("raided", RAIDED), ("penajam", REOPENED)])
    reply = answer("skrg brp perempuan yg bekerja di km 21 penajam", kb)
    assert reply.found
    assert "antara 30 hingga 40 orang" in reply.summary


PAID_FEW = """Bantuan Eks Penghuni Lokalisasi Km 6 Penajam Belum Cair

PENAJAM - Lokalisasi Km 6 di Kecamatan Penajam, Kabupaten Penajam Paser Utara, ditutup pada \
Selasa (24/7/2018).

Dari 41 perempuan yang terdata saat penutupan, baru delapan orang yang menerima bantuan dari \
Kementerian Sosial.

Bantuan Kemensos bernilai Rp 5.050.000 per orang.
"""


def test_how_many_received_aid_counts_people_not_the_aid() -> None:
    kb = build_in_memory([("ketapang", KETAPANG), ("raided", RAIDED), ("penajam", PAID_FEW)])
    reply = answer("yg udh nerima bantuan kemensos dr km 6 penajam baru brp org", kb)
    assert reply.found
    assert "delapan orang" in reply.summary


NABIRE = """Eks Penghuni Lokalisasi Km 60 Dipulangkan

NABIRE - Pemerintah Kabupaten Nabire memulangkan 72 perempuan dari lokalisasi Km 60 di \
Distrik Wanggar.

Pemkab Nabire menyiapkan sekitar Rp1,1 miliar dari APBD 2019 untuk biaya pemulangan. Selain \
itu, setiap perempuan diberi uang saku Rp2,5 juta saat naik kapal.

Sementara itu, dari APBD Nabire juga dialokasikan bantuan Rp 2 juta per orang.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("bantuan kemensos buat perempuan eks km 60 brp per org", False),
        ("uang saku dr pemkab nabire brp per org", True),
        # A region's budget is no ministry's money, whoever the sentence leaves unnamed.
        ("brp bantuan kemensos per org utk perempuan km 60", False),
    ],
)
def test_another_giver_s_aid_is_no_answer(question: str, found: bool) -> None:
    kb = build_in_memory([("nabire", NABIRE)])
    assert answer(question, kb).found is found


MALANG = """Eks Lokalisasi Km 10 Dialihfungsikan

MALANG - Pemerintah Kabupaten Malang menyiapkan anggaran Rp 2,7 miliar untuk membeli dan \
merenovasi bangunan eks lokalisasi Km 10 di Kecamatan Sumberpucung.

Seluruh pekerja seks menerima bantuan Kementerian Sosial sebesar Rp 5.050.000 per orang.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # A budget for buildings is no aid to the workers.
        ("pemkab malang kasih bantuan uang brp ke psk km 10", False),
        ("pemkab malang siapin anggaran brp buat eks lokalisasi km 10", True),
        ("bantuan kemensos buat psk km 10 brp", True),
    ],
)
def test_a_budget_for_buildings_is_no_aid(question: str, found: bool) -> None:
    kb = build_in_memory([("malang", MALANG)])
    assert answer(question, kb).found is found


@pytest.mark.parametrize(
    ("sentence", "town", "gives"),
    [
        ("sebanyak 12 pekerja seks di lokalisasi itu berasal dari banyuwangi.", "banyuwangi", True),
        ("asal lumajang ada 9 orang.", "lumajang", True),
        # 41 is of all from outside Jember; Lumajang is only where most come from.
        (
            "sebanyak 41 pekerja seks tercatat berasal dari luar jember, kebanyakan dari "
            "lumajang, bondowoso dan situbondo.",
            "lumajang",
            False,
        ),
        ("sebagian penghuni berasal dari lumajang.", "lumajang", False),
    ],
)
def test_a_home_town_s_figure_stands_in_its_clause(sentence: str, town: str, gives: bool) -> None:
    assert gives_figure_of(town, sentence) is gives


RELOKASI = "\n".join(
    [
        "Warga Eks Lokalisasi Bukit Kenanga Direlokasi ke Rusunawa",
        "SAMARINDA - Pemerintah Kota Samarinda membongkar lokalisasi Bukit Kenanga pada Senin"
        " (12/3/2018).",
        "Sebanyak 120 PSK di lokalisasi Bukit Kenanga dipulangkan ke daerah asal.",
        '"Ada sekitar 250 unit rusunawa yang sudah disiapkan untuk warga Bukit Kenanga," kata'
        " Kepala Dinas Perumahan Kota Samarinda, Rina Ayu.",
        "Pemkot juga akan mengirim surat teguran kepada pemilik wisma sebanyak tiga kali"
        " sebelum bangunan dibongkar.",
        "Para korban perdagangan orang didampingi oleh lembaga sosial.",
    ]
)


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        ("brp unit rusunawa yg disiapin buat warga bukit kenanga?", "250 unit rusunawa"),
        ("pemkot samarinda ngirim surat teguran brp kali?", "tiga kali"),
    ],
)
def test_a_figure_of_a_thing_no_fact_counts_is_quoted_from_the_places_story(
    question: str, quoted: str
) -> None:
    reply = answer(question, build_in_memory([("relokasi", RELOKASI), ("penajam", PENAJAM)]))
    assert reply.found
    assert quoted in reply.summary
    assert [c.article_id for c in reply.citations][:1] == ["relokasi"]


def test_a_sentence_naming_the_thing_but_no_figure_of_it_does_not_answer_how_many() -> None:
    reply = answer(
        "brp korban perdagangan orang di samarinda",
        build_in_memory([("relokasi", RELOKASI), ("penajam", PENAJAM)]),
    )
    assert not reply.found


SENT_HOME = "\n".join(
    [
        "405 Eks PSK Kaltim Dipulangkan",
        "BALIKPAPAN - Sebanyak 405 mantan pekerja seks di Kalimantan Timur dipulangkan hari ini.",
        "Kebanyakan mereka pulang ke Jawa, yakni Jawa Timur sebanyak 149 orang.",
    ]
)


def test_people_sent_home_to_a_region_are_counted_by_the_sentence_that_says_so() -> None:
    reply = answer(
        "yg dipulangin ke jawa timur ada brp org",
        build_in_memory([("sent_home", SENT_HOME), ("penajam", PENAJAM), ("ketapang", KETAPANG)]),
    )
    assert reply.found
    assert "149" in reply.summary


SUNGAI = "\n".join(
    [
        "Bupati Geram, Lokalisasi Ilegal Ditemukan Lagi",
        "PANGKALAN BUN - Terbongkarnya lokalisasi ilegal di Desa Sungai Rangit Jaya, Kecamatan"
        " Pangkalan Banteng, membuat Bupati Kotawaringin Barat geram.",
        "Ia mengatakan, masih ada 9 wisma di Desa Sungai Rangit Jaya dan sudah dalam target.",
        "Bupati meminta 12 PSK di Kabupaten Kotawaringin Barat dipulangkan.",
    ]
)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("desa sungai rangit jaya masuk kecamatan apa ya", "Kecamatan Pangkalan Banteng"),
        ("di sungai rangit jaya masih ada brp wisma?", "9 wisma"),
        ("kapan lokalisasi sungai rangit jaya ditutup", None),
    ],
)
def test_a_village_a_story_only_names_is_answered_from_its_sentences(
    question: str, said: str | None
) -> None:
    kb = build_in_memory([("sungai", SUNGAI), ("penajam", PENAJAM), ("ketapang", KETAPANG)])
    reply = answer(question, kb)
    assert reply.found is (said is not None)
    if said:
        assert said in render_text(reply)


def test_a_question_of_what_happened_in_a_district_is_not_told_where_it_lies() -> None:
    kb = build_in_memory([("sungai", SUNGAI), ("penajam", PENAJAM), ("ketapang", KETAPANG)])
    reply = answer("kapan lokalisasi di kecamatan pangkalan banteng ditutup", kb)
    assert "berada di" not in reply.summary


USULAN = """Polisi Amankan Penutupan Lokalisasi Talang Sari

TANGGAMUS - Polres Tanggamus mengamankan penutupan lokalisasi Talang Sari di Kecamatan Talang \
Padang, Kabupaten Tanggamus, Kamis (15/3/2018).

Petugas mendata 43 pekerja seks komersial (PSK).

Kepala Dinas Sosial Kabupaten Tanggamus menjelaskan, pihaknya sudah mengusulkan bantuan usaha \
ekonomi produktif Rp3 juta per orang kepada Kementerian Sosial bagi para PSK yang dipulangkan.

Paguyuban pedagang Talang Sari sudah mengajukan tambahan modal Rp150 juta kepada Pemkab \
Tanggamus untuk membangun kios.
"""


@pytest.mark.parametrize(
    ("question", "found", "said"),
    [
        # Aid asked for, proposed or demanded is what the story knows, not what was given.
        ("eks psk tanggamus dapet bantuan brp dr kemensos", False, "Rp3 juta"),
        ("brp tambahan modal yg dikasih pemkab tanggamus ke paguyuban pedagang", False, "Rp150"),
        # Asked about the proposal itself, it answers.
        ("brp bantuan yg diusulin dinsos tanggamus ke kemensos", True, "Rp3"),
    ],
)
def test_aid_only_proposed_is_offered_not_answered(question: str, found: bool, said: str) -> None:
    kb = build_in_memory([("usulan", USULAN), ("penajam", PENAJAM)])
    reply = answer(question, kb)
    assert reply.found is found
    assert said in reply.summary


NASIONAL = """Kemensos: Masih Ada Lokalisasi di Indonesia

JAKARTA - Secara nasional, Kementerian Sosial mencatat 27 lokalisasi masih beroperasi di \
Indonesia.
"""


@pytest.mark.parametrize(
    ("question", "intent", "quoted"),
    [
        # The country asked: one region's sentence is no answer; the region asked, it is.
        ("berapa psk yg dipulangkan di indonesia", "worker_count", None),
        ("bantuan kemensos buat psk di indonesia brp", "aid_amount", None),
        ("berapa psk yg dipulangkan di ketapang", "worker_count", "40 pekerja seks"),
        ("bantuan kemensos buat psk di penajam brp", "aid_amount", "Rp5,05 juta"),
    ],
)
def test_the_country_is_answered_only_by_a_national_sentence(
    question: str, intent: str, quoted: str | None
) -> None:
    kb = build_in_memory([("ketapang", KETAPANG), ("penajam", PENAJAM), ("nasional", NASIONAL)])
    reading = read_question(question, kb)
    evidence = compose_evidence(Asked(reading, reading.slots), kb, intent)
    if quoted is None:
        assert evidence is None
    else:
        assert evidence is not None
        assert quoted in evidence.summary


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # Who gives aid only proposed: no one yet.
        ("dari mana bantuan buat psk talang sari", False),
        ("bantuan buat psk talang sari diusulkan ke mana", True),
    ],
)
def test_the_giver_of_aid_only_proposed_is_offered(question: str, found: bool) -> None:
    kb = build_in_memory([("usulan", USULAN), ("penajam", PENAJAM)])
    assert answer(question, kb).found is found


@pytest.mark.parametrize(
    ("question", "origin"),
    [
        # The people of a lokalisasi live there: it is the place asked about, not a home town.
        ("warga pucuk jambu dapat bantuan brp", None),
        ("brp warga lokalisasi pucuk jambu yg dipulangkan", None),
        ("brp warga indramayu yg dipulangkan dr pucuk jambu", "indramayu"),
    ],
)
def test_a_lokalisasi_is_nobody_s_home_town(question: str, origin: str | None) -> None:
    kb = build_in_memory([("indramayu", INDRAMAYU), ("ketapang", KETAPANG)])
    slots = read_question(question, kb).slots
    assert slots.origin == origin
    assert "lok:15.04:pucuk-jambu" in slots.places


POROS_LIMBUNG = """Lokalisasi Poros Limbung Gowa Resmi Ditutup

GOWA - Pemerintah Kabupaten Gowa menutup Lokalisasi Poros Limbung di Kecamatan Bajeng, \
Kabupaten Gowa, Selasa (28/3/2017).

Kepala Dinas Sosial Kabupaten Gowa mengatakan saat penutupan tercatat 52 pekerja seks. Usia \
mereka antara 19 hingga 45 tahun.

Para pekerja seks menerima bantuan Kementerian Sosial masing-masing Rp 5.050.000.

Menurut warga, sebelum ditutup para PSK menerima bayaran Rp 100 ribu sekali kencan.

Pungutan liar uang parkir masih terjadi di kompleks itu. Tarif yang diminta Rp 3 ribu.

"Kalau penghasilan ya lumayan. Bisa Rp8 juta sebulan," kata seorang PSK.

Bila lokalisasi dibuka lagi, pengelola diancam denda Rp 25 juta.

Paket wisata kampung di eks lokalisasi itu dibanderol mulai Rp 30 ribu.

Balai latihan kerja kini dibangun di atas tanah 2.500 meter persegi milik pemkab.
"""


@pytest.mark.parametrize(
    ("question", "found", "said"),
    [
        # A measure no fact holds: the sentence stating it, in any of its words.
        ("umur psk poros limbung antara brp", True, "19 hingga 45"),
        ("usia psk di poros limbung berapa", True, "19 hingga 45"),
        # Not stated: no count, no amount of something else stands in for it.
        ("harga sewa kamar wisma di poros limbung brp", False, ""),
        ("gaji bupati gowa berapa", False, ""),
        # A price is said as what was paid; but the price of one thing is not another's.
        ("berapa tarif psk di poros limbung", True, "Rp 100 ribu"),
        # A levy is said as the fee asked.
        ("berapa pungutan parkir liar di poros limbung", True, "Rp 3 ribu"),
        # The measure named in one sentence, its figure in the next: both quoted.
        ("pendapatan psk poros limbung brp sebulan", True, "penghasilan ya lumayan. Bisa Rp8"),
        # A fine is a measure of its own, never aid.
        ("kalo dibuka lagi dendanya brp di poros limbung", True, "Rp 25 juta"),
        # A price news writes as what a thing is "dibanderol".
        ("paket wisata poros limbung harganya brp", True, "Rp 30 ribu"),
        # An area, said in square metres.
        ("luas tanah balai latihan kerja di poros limbung brp", True, "2.500 meter persegi"),
    ],
)
def test_a_measure_no_fact_holds_is_answered_only_by_a_sentence_stating_it(
    question: str, found: bool, said: str
) -> None:
    reply = answer(question, build_in_memory([("limbung", POROS_LIMBUNG)]))
    assert reply.found is found
    assert said in reply.summary
    if not found:
        assert "52" not in reply.summary
        assert "5.050.000" not in reply.summary
        assert "100 ribu" not in reply.summary


BUKIT_SENJA = """Lokalisasi Bukit Senja Masih Hidup

BATAM - Di lokalisasi Bukit Senja, Kota Batam, ratusan PSK masih bekerja. Sebagian besar \
berasal dari luar daerah.

Tarif kencan berkisar Rp200 ribu hingga Rp400 ribu sekali layanan.

Warga sekitar berharap pemerintah segera bertindak.

Satpol PP mengaku sudah beberapa kali menggelar razia di kawasan itu.
"""


def test_a_price_in_a_paragraph_of_its_own_is_the_workers_price() -> None:
    # "Tarif psk": the paragraph need not say whose price; the place's story is about them.
    reply = answer("tarif psk di bukit senja brp an", build_in_memory([("senja", BUKIT_SENJA)]))
    assert reply.found
    assert "Rp200 ribu" in reply.summary


KAPUAS_BODY = """

KUALA KAPUAS - Pemerintah Kabupaten Kapuas mulai menyiapkan penutupan Lokalisasi Km 8, \
Kecamatan Selat, Kabupaten Kapuas.

"Yang pertama kali mengusulkan secara resmi adalah Kemenag, didukung FKUB dan MUI," kata \
Sekda.

Pemkab juga mengusulkan tambahan bantuan Rp2 juta per orang dari APBD.

Lokalisasi Km 8 saat ini dihuni 44 pekerja seks yang tinggal di 16 wisma.

Sebagian besar berasal dari Jawa Timur dan Kalimantan Selatan.

Kepala Satpol PP Kapuas meminta tim tidak terburu-buru menertibkan kawasan itu.

Hasil pendataan akan dilaporkan kepada bupati sebelum Maret.

Lokalisasi Km 8 sudah ada sejak awal 1990-an.
"""


@pytest.mark.parametrize(
    ("title", "found"),
    [
        # The headline asks for the closing: the request the story quotes is that one.
        ("Kemenag Usul Lokalisasi Km 8 Ditutup, Pemkab Kapuas Bentuk Tim", True),
        ("Warga Desak Lokalisasi Km 8 Kapuas Segera Ditutup", True),
        # A headline of no request: a request of unknown object is no answer.
        ("Pemkab Kapuas Bentuk Tim Terpadu", False),
    ],
)
def test_a_request_in_a_story_headlined_with_it_names_who_asked(title: str, found: bool) -> None:
    # Beside the bundled articles, for the words' weights to be those of a real collection.
    bundled = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(BUNDLED.glob("*.txt"))]
    kb = build_in_memory([*bundled, ("kapuas", title + KAPUAS_BODY)])
    reply = answer("yg ngusulin lokalisasi km 8 kapuas ditutup siapa ya", kb)
    assert reply.found is found
    assert ("Kemenag" in reply.summary) is found
    assert "Rp2 juta" not in reply.summary


LINTAS_SILA = """Jalan Lintas Sila, Lokalisasi yang Tak Pernah Benar-benar Tutup

Di Kecamatan Bolo, Kabupaten Bima, ada satu ruas yang oleh warga disebut "Jalan Lintas Sila".

Kompleks itu pernah ditutup secara resmi pada 2016. Waktu itu Dinas Sosial Kabupaten Bima \
menyebut ada empat puluh satu perempuan yang dipulangkan, masing-masing membawa bantuan \
Kemensos lima juta lima puluh ribu rupiah.

Razia terbesar terjadi 12 Maret lalu, ketika polisi mengamankan tujuh perempuan dan tiga \
laki-laki.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # A count in a sentence that names money too, apart from it.
        ("brp perempuan yg dipulangkan dr jalan lintas sila", "41"),
        ("bantuan kemensos buat perempuan di jalan lintas sila brp", "5.050.000"),
    ],
)
def test_a_count_beside_an_amount_is_still_a_count(question: str, said: str) -> None:
    bundled = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(BUNDLED.glob("*.txt"))]
    reply = answer(question, build_in_memory([*bundled, ("bima", LINTAS_SILA)]))
    assert reply.found
    assert said in reply.summary


SUMBA = """Dinsos Sumba Barat Usulkan Bantuan untuk 23 Penghuni Lokalisasi Km 4

WAIKABUBAK - Dinas Sosial Kabupaten Sumba Barat sudah mengusulkan bantuan bagi 23 penghuni \
lokalisasi Km 4 di Kecamatan Kota Waikabubak, Kabupaten Sumba Barat.

Kepala Dinas Sosial menjelaskan usulan dikirim pada Desember 2018.

Kalau disetujui, tiap orang terima Rp 5.050.000.

Penutupan lokalisasi Km 4 direncanakan pada Juni 2019.

Pembongkaran warung di depan lokalisasi Km 4 dilakukan Satpol PP pada 5 Agustus 2019.
"""


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # The date of something no fact dates: the dated sentence about it, not an amount.
        ("usulan bantuan km 4 dikirim ke kemensos kpn", "Desember 2018", "5.050.000"),
        # A closing's date is its facts' to give.
        ("kapan lokalisasi km 4 ditutup", "Juni 2019", "Desember 2018"),
        # The asked event told with another form of its verb ("dibongkar", "pembongkaran").
        ("kpn km 4 dibongkar", "Agustus 2019", "Juni 2019"),
    ],
)
def test_when_something_no_fact_dates_happened(question: str, said: str, not_said: str) -> None:
    bundled = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(BUNDLED.glob("*.txt"))]
    kb = build_in_memory([*bundled, ("sumba", SUMBA)])
    reply = answer(question, kb)
    assert reply.found
    assert said in reply.summary
    assert not_said not in reply.summary


KARANGSARI = """Wabup Kebumen Temui Penghuni Lokalisasi Karangsari

KEBUMEN - Wakil Bupati Kebumen menemui puluhan penghuni lokalisasi Karangsari di Kecamatan \
Buluspesantren, Kabupaten Kebumen, Selasa (4/2/2025).

Pemkab Kebumen akan menutup lokalisasi Karangsari secara permanen.

"Mulai 1 Ramadan lokalisasi itu kami tutup total," kata Kepala Satpol PP Kebumen.
"""


def test_a_closing_no_fact_dates_is_dated_by_the_sentence_that_does() -> None:
    kb = with_bundled(("karangsari", KARANGSARI))
    reply = answer("lokalisasi karangsari kebumen ditutup permanen mulai kapan", kb)
    assert reply.found
    assert "1 Ramadan" in reply.summary
    assert reply.citations[0].article_id == "karangsari"


MELATI = """Razia Gang Melati Ujung, 23 Orang Diamankan

MEDAN - Satpol PP Kota Medan merazia kawasan lokalisasi Gang Melati di Kecamatan Medan \
Labuhan, Kota Medan, Rabu (3/10/2018) malam, dan mengamankan 23 orang.

Kepala Bidang Satpol PP yang memimpin razia menegaskan kegiatan malam itu bukan penutupan \
lokalisasi.

Warga berharap kawasan itu segera ditertibkan.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # No closure fact: what the story says of the closing answers.
        ("jd razia gang melati itu udh termasuk penutupan lokalisasi blm sih?", True),
        ("apakah razia di gang melati itu penutupan lokalisasi", True),
        # A sentence sharing only the topic says nothing of the place's closing.
        ("apakah gang melati sudah ditutup", False),
    ],
)
def test_what_a_story_says_of_a_closing_no_fact_states(question: str, found: bool) -> None:
    bundled = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(BUNDLED.glob("*.txt"))]
    reply = answer(question, build_in_memory([*bundled, ("melati", MELATI)]))
    assert reply.found is found
    assert ("bukan penutupan" in reply.summary) is found


PASSING_MENTION = """Lokalisasi Ditutup, PSK Malah Pindah Wilayah

KEDIRI - Jumlah PSK dan muncikari diindikasikan bertambah di Kabupaten Kediri, Jatim.
Data itu juga menyebutkan, jumlah PSK terbanyak berada di eks lokalisasi Sumber Asih di Desa \
Tertek, Kecamatan Pare. Jumlahnya mencapai 180 orang.
Penambahan itu dampak ditutupnya eks lokalisasi Bukit Sari di Kota Kediri.
"""


def test_a_paragraph_about_another_lokalisasi_is_not_about_the_asked_one() -> None:
    kb = build_in_memory([("kediri", PASSING_MENTION)])
    (figure,) = (s for s in kb.sentences.values() if s.text.startswith("Jumlahnya mencapai"))
    site = {kb.places[p].name: p for p in kb.places if p.startswith("lok:")}
    for name, about in (("Bukit Sari", False), ("Sumber Asih", True)):
        places = (site[name],)
        assert _about_places(figure, places, _facts_about(places, kb), kb) is about


RAID = """Tim Gabungan Ringkus PSK di Kota Semarang

SEMARANG - Razia semalam menjaring 33 orang PSK di sejumlah hotel, Rabu (8/3/2017).
"""


@pytest.mark.parametrize(
    ("clause", "answers"),
    [
        # What was done to them all is no narrowing: the count of all answers.
        ("ketangkep", True),
        ("dipulangkan", True),
        # A clause the sentence says nothing of is: no count of all answers it.
        ("pura2 jadi tamu", False),
        ("ktp nya luar kota", False),
        # One the sentence says some of may be answered by it, as before.
        ("di hotel", True),
    ],
)
def test_a_count_of_all_answers_only_what_it_says(clause: str, answers: bool) -> None:
    kb = build_in_memory([("raid", RAID)])
    (sentence,) = (s for s in kb.sentences.values() if "33" in s.text)
    asked = Asked(read_question(f"brp psk yg {clause}", kb), read_question("psk", kb).slots)
    assert may_count_all(sentence, _narrowing_roots(asked)) is answers


SOTEK = """Satpol PP Bongkar Bangunan Mesum

PENAJAM - Satpol PP Kabupaten Penajam Paser Utara membongkar tiga bangunan yang dijadikan \
lokalisasi di Kelurahan Buluminung-Buluminung, Kecamatan Penajam, Selasa (3/5/2016).

Dua orang PSK diamankan dan dikembalikan ke daerah asal mereka.
"""

JUWANA = """Tempat Prostitusi di Desa Doropayung Juwana Ditertibkan

PATI - Tim gabungan Kabupaten Pati menertibkan tempat prostitusi di Desa Doropayung, Kecamatan \
Juwana, Kamis (4/3/2021).

Setidaknya ada 12 kamar yang digunakan untuk praktik prostitusi.

Kepala Satpol PP Kabupaten Pati Sugiarto mengatakan penertiban akan berlanjut.
"""


MIRIP = """Petugas Temukan Lokalisasi Mirip Dolly di Bangkalan

BANGKALAN - Satpol PP Kabupaten Bangkalan menemukan lokalisasi terselubung yang disebut mirip \
lokalisasi Dolly di Surabaya.

"Lokasinya terletak di Desa Kramat, Kecamatan Bangkalan," kata Kepala Satpol PP Bangkalan \
Hamid, Rabu (3/6/2015).

Di lokalisasi itu terdapat sembilan kamar yang disewakan per jam.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The figure in a story that happens in the village, though another city's lokalisasi
        # is named in comparison.
        ("brp kamar di lokalisasi kramat bangkalan", "sembilan kamar"),
        # A village written with a hyphen, its buildings counted in the sentence naming it.
        ("satpol pp penajam bongkar brp bangunan di buluminung buluminung", "3 bangunan"),
        # The figure in a story whose headline names the village.
        ("brp kamar prostitusi yg ditertibkan di doropayung juwana pati", "12 kamar"),
    ],
)
def test_a_village_no_fact_is_filed_under_is_read_in_the_sentences_about_it(
    question: str, said: str
) -> None:
    kb = with_bundled(("sotek", SOTEK), ("juwana", JUWANA), ("mirip", MIRIP))
    reply = answer(question, kb)
    assert reply.found
    assert said in reply.summary


WARUNG = """Warga Bongkar Warung Remang-Remang di Desa Sidomukti

LAMONGAN - Belasan warung yang dipakai untuk prostitusi di Desa Sidomukti, Kecamatan \
Brondong, Kabupaten Lamongan, Selasa (14/8/2018) dibongkar oleh warga.

Kepala Desa Sidomukti, Rahmat (52), mengatakan warga sudah beberapa kali memperingatkan pemilik \
warung.
"""


@pytest.mark.parametrize(
    "question",
    [
        "pas pembongkaran warung sidomukti ada brp psk yg diamankan",
        "brp warga yg ikut bongkar warung di sidomukti",
    ],
)
def test_a_date_or_an_age_beside_people_is_no_count_of_them(question: str) -> None:
    assert not answer(question, with_bundled(("warung", WARUNG))).found


@pytest.mark.parametrize(
    ("summary", "events", "dated"),
    [
        ("Warung itu akan dibongkar sebelum Ramadhan.", ["dibongkar"], True),
        ("Warung itu dibongkar pada 24 Oktober 2019.", ["dibongkar"], True),
        # The raid is dated, not the demolition asked about.
        (
            "Petugas menggerebek warung itu pada 8 Juni 2021. Warga minta dibongkar.",
            ["dibongkar"],
            False,
        ),
        ("Warung itu akan dibongkar.", ["dibongkar"], False),
        ("Lokalisasi itu ditutup pada 2014.", [], True),
    ],
)
def test_a_date_answers_only_when_said_of_the_asked_event(
    summary: str, events: list[str], dated: bool
) -> None:
    assert states_a_date(Composed(summary, []), events) is dated


@pytest.mark.parametrize("relation", ["in", "since"])
def test_a_year_no_sentence_may_be_of_is_known_before_any_sentence_is_looked_at(
    relation: str,
) -> None:
    """The shortcut says of every year exactly what looking at each sentence says: the years the
    articles name (in a date, a decree's number, a figure) and the years they were published."""
    kb = with_bundled(("warung", WARUNG))
    # A story dated to a year none of its sentences names.
    kb.articles["warung"] = kb.articles["warung"].model_copy(
        update={"published": dt.date(2003, 5, 1)}
    )
    said = []
    for year in range(1900, 2040):
        slots = Slots(year=year, year_relation=relation)
        any_sentence = any(_of_year(s, slots, kb) for s in kb.sentences.values())
        assert _year_ever_said(slots, kb) == any_sentence, year
        if any_sentence:
            said.append(year)
    # Only a year asked as "in" narrows anything; no article names or is of 2005.
    assert (2003 in said, 2016 in said, 2005 in said) == (True, True, relation != "in")


SEKAR_MULYO = """Pemkot Tegal Bebaskan Lahan Eks Lokalisasi Sekar Mulyo

TEGAL - Pemerintah Kota Tegal membebaskan 9 petak lahan di eks lokalisasi Sekar Mulyo, Senin \
(4/3/2019).

"Kami sepakat di situ nanti akan menjadi pusat kegiatan pemuda," kata Wali Kota Tegal.
"""


MADE_INTO = """Eks Lokalisasi Gang Melati Dikosongkan

PROBOLINGGO - Pemkot Probolinggo menargetkan eks lokalisasi Gang Melati kosong pada Juni.

Nantinya, pemkot bakal menjadikan bekas bisnis lendir itu, sebagai \
kebun bibit dan lapangan olahraga warga.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # No conversion fact: the plan is said in a quote about "di situ".
        ("eks sekar mulyo mau dijadiin apa", "pusat kegiatan pemuda"),
        # "bakal menjadikan … sebagai": the plan said with the active verb.
        ("eks gang melati probolinggo mau dijadiin apa", "kebun bibit"),
    ],
)
def test_what_a_former_lokalisasi_is_to_become_is_the_sentence_saying_it(
    question: str, said: str
) -> None:
    bundled = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(BUNDLED.glob("*.txt"))]
    kb = build_in_memory([*bundled, ("sm", SEKAR_MULYO), ("gm", MADE_INTO)])
    reply = answer(question, kb)
    assert reply.found
    assert said in reply.summary


POSTPONED = """Penutupan Lokalisasi Bukit Senja Ditunda

PALANGKA RAYA - Pemerintah Kota Palangka Raya menunda penutupan lokalisasi Bukit Senja.

Lokalisasi itu akan ditutup karena maraknya eksploitasi dan perdagangan orang.

Penundaan itu dilakukan hingga selesai pemilihan kepala daerah.

Satpol PP juga menutup lapak karaoke di sekitarnya. Kepala Satpol PP menjelaskan alasan \
mengapa lapak karaoke ditutup. Menurut dia, lapak itu menjadi tempat prostitusi terselubung.

Sebanyak 80 PSK masih tinggal di kawasan itu.

Sebagian PSK yang sudah menerima bantuan kembali ke kawasan itu karena kebutuhan ekonomi.

"Kalau kami tidak beroperasi, anak-anak makan apa," kata seorang pengelola karena sepi.

Dari 20 wisma yang ada, 3 wisma tidak lagi beroperasi karena terbakar pada 2015.

Belakangan, warung remang-remang di tepi jalan menuju Bukit Senja ramai lagi. Hal itu disebabkan \
razia yang makin jarang digelar.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # No reason fact is of the postponement; the sentence giving what it waits for is.
        ("knp penutupan lokalisasi bukit senja ditunda", "pemilihan kepala daerah"),
        # A sentence announcing a reason is quoted with the next, which gives it.
        ("kenapa lapak karaoke di bukit senja ditutup", "prostitusi terselubung"),
        # Why of something other than a closing: no closure's reason, the cause said of it.
        ("knp psk yg udh dpt bantuan balik lagi ke bukit senja", "kebutuhan ekonomi"),
        # Two causes of "beroperasi": the one of the thing asked of (the wisma).
        ("knp ada wisma di bukit senja yg udh ga beroperasi", "terbakar"),
        # "Hal itu disebabkan …": the cause of what the sentence before told.
        ("knp warung remang-remang di bukit senja ramai lg", "razia yang makin jarang"),
    ],
)
def test_why_is_answered_by_the_sentence_giving_the_cause(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("tunda", POSTPONED)]))
    assert reply.found, reply.summary
    assert said in reply.summary


def test_why_no_sentence_says_is_not_answered() -> None:
    reply = answer(
        "kenapa psk bukit senja dipindahkan ke panti", build_in_memory([("tunda", POSTPONED)])
    )
    assert not reply.found, reply.summary


RAID_AND_SINCE = """Razia Gabungan di Lokalisasi Bukit Senja

PALEMBANG - Sebanyak 300 personil tim gabungan diturunkan ke lokalisasi Bukit Senja, Kota \
Palembang.

Lurah setempat mengatakan lokalisasi Bukit Senja sudah ada semenjak tahun 90-an.

Dalam razia itu petugas mengamankan 12 PSK.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # A thing counted in another spelling ("personil"), and "semenjak" for "sejak".
        ("razia bukit senja nurunin brp personel gabungan", "300 person"),
        ("bukit senja udh jadi lokalisasi sejak kapan", "tahun 90-an"),
    ],
)
def test_spellings_news_uses_two_ways(question: str, said: str) -> None:
    reply = answer(question, with_bundled(("senja", RAID_AND_SINCE)))
    assert reply.found, reply.summary
    assert said in reply.summary


def test_a_figure_of_a_thing_in_another_spelling() -> None:
    assert figure_pattern("personel").search("sebanyak 300 personil tim gabungan")
    assert not figure_pattern("personel").search("sebanyak 300 PSK tim gabungan")


COMPLAINT = """Lokalisasi Ditutup, Prostitusi Tak Terkendali

BANYUWANGI - Pemkab Banyuwangi menutup lokalisasi Gunung Sari pada 30 April lalu.

Sejumlah pendamping PSK justru mengeluhkan banyak PSK yang kemudian pindah ke tempat lain.

Satpol PP mencatat 40 PSK masih bekerja di kawasan itu.
"""


def test_a_sentence_sharing_the_question_s_words_in_other_forms() -> None:
    kb = with_bundled(("keluh", COMPLAINT))
    reply = answer("apa keluhan pendamping psk setelah lokalisasi gunung sari ditutup", kb)
    assert reply.found, reply.summary
    assert "pindah ke tempat lain" in reply.summary


@pytest.mark.parametrize(
    ("question", "events"),
    [
        ("kapan menteri sosial meresmikan penutupan km 12", ["meresmikan"]),
        # An office that begins like a verb ("di-", "me-") is who, not what happened.
        ("dinas sosial dipanggil kemensos kapan", ["dipanggil"]),
        ("kapan warung dibongkar setelah musrenbang", ["dibongkar"]),
    ],
)
def test_the_events_a_question_dates(
    bundled_kb: KnowledgeBase, question: str, events: list[str]
) -> None:
    reading = read_question(question, bundled_kb)
    assert asked_events(Asked(reading, reading.slots)) == events


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # Since when it has been there: no sentence says it, and the closing's date is no
        # answer.
        ("km 9 penajam mulai jadi lokalisasi sejak tahun brp", False),
        # Since when it has been closed: the closing's own fact.
        ("sejak kapan lokalisasi km 9 penajam ditutup", True),
    ],
)
def test_since_when_a_place_was_there_is_not_told_by_its_closing(
    kb: KnowledgeBase, question: str, found: bool
) -> None:
    reply = answer(question, kb)
    assert reply.found is found
    assert ("3 Maret 2018" in reply.summary) is found


KEMUNING = """Bupati Banyumas: Gang Kemuning Baturraden Tutup Selamanya

BANYUMAS - Pemkab Banyumas memulangkan 60 PSK dari lokalisasi Gang Kemuning Baturraden, Senin.

Pemkab berencana membeli lahan di Gang Kemuning untuk dijadikan taman kota.
"""


def test_a_district_written_after_the_place_is_its_address_not_a_word_to_find() -> None:
    kb = with_bundled(("kemuning", KEMUNING))
    reply = answer("lahan di gang kemuning baturraden mau diapain sama pemkab banyumas?", kb)
    assert reply.found, reply.summary
    assert "taman kota" in reply.summary
    # Not the sentence that only shares the district's name with the question.
    assert "memulangkan" not in reply.summary


RANSACKED = """Satpol PP Datangi Lokalisasi Gang Mawar

PEKANBARU - Puluhan petugas Satpol PP Pekanbaru mendatangi lokalisasi Gang Mawar, Kamis \
(20/9/2018).

Warung-warung di tempat itu pernah diobrak-abrik petugas Satpol PP, awal Maret lalu.

Tepatnya, Kamis (14/3/2019).
"""


@pytest.mark.parametrize(
    "question",
    [
        "kapan gang mawar diobrak-abrik satpol pp?",
        "gang mawar diobrak abrik satpol pp tgl brp?",
        # "Sebelum itu" points back at the chat: it names no event the asked one is dated by.
        "sebelum itu gang mawar diobrak abrik satpol pp tgl brp?",
    ],
)
def test_an_event_dated_by_the_day_its_next_paragraph_gives(question: str) -> None:
    reply = answer(question, with_bundled(("obrak", RANSACKED)))
    assert reply.found, reply.summary
    assert "14/3/2019" in reply.summary
