"""Closures: when a lokalisasi closed, from the decree that closed it."""

import pytest

from bot.answer import answer
from knowledge.index import KnowledgeBase, build_in_memory
from tests.bot.conftest import with_bundled

LEMBAH_HIJAU = """Pemkot Bitung Bongkar Bangunan Eks Lokalisasi Lembah Hijau

BITUNG - Sebanyak 12 bangunan di eks lokalisasi Lembah Hijau (LH), Kelurahan Girian, \
Kecamatan Girian, Kota Bitung, dibongkar Senin (5/3/2018).

Kepala Satpol PP Kota Bitung mengatakan aktivitas prostitusi di LH telah dihentikan \
berdasarkan Surat Keputusan Wali Kota Bitung Nomor 45 Tahun 2017 tertanggal 9 Agustus 2017.
"""


@pytest.fixture(scope="module")
def lembah_hijau() -> KnowledgeBase:
    return build_in_memory([("lembah_hijau", LEMBAH_HIJAU)])


@pytest.mark.parametrize(
    "question",
    [
        "kapan lokalisasi lembah hijau resmi ditutup",
        "kapan lokalisasi lembah hijau bitung ditutup? kan ada SK nya",
    ],
)
def test_the_closing_decree_dates_a_closure(lembah_hijau: KnowledgeBase, question: str) -> None:
    reply = answer(question, lembah_hijau)
    assert reply.found
    assert "9 Agustus 2017" in reply.summary
    assert reply.citations[0].article_id == "lembah_hijau"


PLANNED = """Pemkab Sumba Barat Rencanakan Penutupan Lokalisasi Km 4

WAIKABUBAK - Pemerintah Kabupaten Sumba Barat berencana menutup lokalisasi Km 4 di Kecamatan \
Kota Waikabubak pada Desember 2023.

Lokalisasi itu dihuni 23 pekerja seks.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # A plan is no date the closure happened: offered, but not as the answer.
        ("kapan lokalisasi km 4 resmi ditutup", False),
        ("kapan lokalisasi km 4 sudah ditutup", False),
        ("lokalisasi km 4 udh ditutup blm? tgl brp ditutupnya", False),
        # Asked plainly, the plan is where things stand.
        ("kapan lokalisasi km 4 ditutup", True),
        ("lokalisasi km 4 rencananya ditutup kpn", True),
        # The day asked, a plan for a month holds none: offered, not answered.
        ("kapan lokalisasi km 4 akan ditutup tanggal berapa", False),
        # The day it closed: a plan for a month holds none.
        ("tgl brp lokalisasi km 4 akhirnya ditutup", False),
        ("lokalisasi km 4 ditutup tanggal berapa", False),
        # A meeting about the closing is not the closing, and the story dates no meeting.
        ("rapat penutupan lokalisasi km 4 tanggal berapa", False),
    ],
)
def test_a_planned_closure_does_not_answer_when_it_closed(question: str, found: bool) -> None:
    reply = answer(question, build_in_memory([("planned", PLANNED)]))
    assert reply.found is found
    assert "Desember 2023" in reply.summary


DAY_SET = PLANNED.replace("pada Desember 2023", "pada Jumat (15/12/2023)")
UNDATED = PLANNED.replace(" pada Desember 2023", "")


@pytest.mark.parametrize(
    ("article", "question", "found"),
    [
        # A day set for the official closing is the date asked for, said as a plan.
        (DAY_SET, "lokalisasi km 4 resmi tutup tanggal berapa?", True),
        # No date at all: where things stand is said, but no date answers "kapan".
        (UNDATED, "kapan tepatnya lokalisasi km 4 ditutup?", False),
        (
            UNDATED.replace("berencana menutup", "sudah menutup"),
            "tgl brp lokalisasi km 4 resmi ditutup?",
            False,
        ),
    ],
)
def test_when_a_planned_closure_answers_when(article: str, question: str, found: bool) -> None:
    reply = answer(question, build_in_memory([("planned", article)]))
    assert reply.found is found
    assert "ditutup" in reply.summary


NATIONAL = """Mensos: 68 Lokalisasi Sudah Ditutup

JAKARTA - Menteri Sosial Khofifah Indar Parawansa mengatakan sudah 68 lokalisasi ditutup.
"""


def test_an_official_of_another_story_did_not_come_to_this_closure() -> None:
    kb = build_in_memory([("planned", PLANNED), ("national", NATIONAL)])
    reply = answer("siapa menteri sosial yg dateng pas penutupan km 4", kb)
    assert not reply.found
    assert "Khofifah" not in reply.summary
    assert "Khofifah" in answer("siapa menteri sosial", kb).summary


VISIT = """Mucikari Tuntut Uang Saku Rp 10 Juta

Merdeka.com - Menteri Sosial (Mensos) Sulastri Dewi dijadwalkan menghadiri penutupan \
lokalisasi Gang Dahlia di Kelurahan Tambakasri, Kota Surabaya, hari ini.

Kepala Dinas (Dinsos) Surabaya, Purnomo Adi, mengatakan persiapan penutupan sudah rampung.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The minister is the country's official; the sentence naming the lokalisasi ties them.
        ("mensos siapa yg dijadwalkan dtg ke penutupan gang dahlia", "Sulastri Dewi"),
        # "Kepala Dinas (Dinsos)" is the head of the social office.
        ("siapa kepala dinsos surabaya", "Purnomo Adi"),
    ],
)
def test_an_official_whose_sentence_names_the_place(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("visit", VISIT)]))
    assert reply.found, reply.summary
    assert said in reply.summary


CLEARED = """PSK Pindahan Penuhi Eks Lokalisasi

BENGKULU - Penutupan lokalisasi Dolly di Kota Surabaya berimbas ke Bengkulu. Banyak PSK \
pendatang kini menghuni eks lokalisasi Pantai Jakat di Kota Bengkulu. Satpol PP menertibkan \
kawasan eks lokalisasi itu pada Senin.

Kepala Satpol PP Kota Bengkulu, Darmawan Saleh, mengatakan mereka didata dan dibina.
"""


@pytest.mark.parametrize(
    "question",
    [
        "siapa kepala satpol pp kota bengkulu yg nertibin eks lokalisasi pantai jakat",
        "siapa kepala satpol pp di eks lokalisasi pantai jakat",
    ],
)
def test_the_city_s_official_in_the_story_of_its_lokalisasi(question: str) -> None:
    # The head of the city's office, told of in the lokalisasi's story, is its official, though
    # the story tells of another city's too; a province's or the country's would need a
    # sentence naming it.
    reply = answer(question, build_in_memory([("cleared", CLEARED)]))
    assert reply.found, reply.summary
    assert "Darmawan Saleh" in reply.summary


REKAP_2016 = """Kemensos: 60 Lokalisasi Masih Beroperasi

Senin, 30 Mei 2016 10:00 WIB

JAKARTA - Kementerian Sosial mencatat masih ada 60 lokalisasi yang belum ditutup di Indonesia \
hingga Mei 2016.
"""
REKAP_2019 = """Kemensos: Tinggal 19 Lokalisasi di Indonesia

Rabu, 4 September 2019 19:22 WIB

JAKARTA - Kementerian Sosial mencatat masih ada 19 lokalisasi yang belum ditutup di Indonesia \
hingga awal September 2019.

Direktur Rehabilitasi Sosial merinci sebaran lokalisasi tersebut per provinsi. "Jawa Tengah 7, \
Lampung 4, Sumatera Utara 3, Jawa Timur 2, lalu Bengkulu dan Banten masing-masing 1," katanya.

Menurut dia, dari total 168 lokalisasi yang menjadi target sejak 2016, sudah 149 yang berhasil \
ditutup.
"""


VISIT_2017 = """Mensos: 45 Lokalisasi Lagi Ditutup Tahun Depan

Kamis, 12 Oktober 2017 14:05 WIB

KUPANG - Menteri Sosial menyebut masih ada 45 lokalisasi yang belum ditutup di Indonesia. Hal itu \
disampaikannya saat berkunjung ke Kupang, Kamis (12/10/2017).

Menurut dia, Nusa Tenggara Timur kini tinggal memiliki dua lokalisasi.
"""


REKAP_2015 = """Kemensos Catat 150 Lokalisasi

Selasa, 1 Desember 2015 09:00 WIB

JAKARTA - Menurut Kementerian Sosial, ada 150 lokalisasi yang tersebar di Indonesia. Dari jumlah \
itu tinggal 70 lokalisasi yang belum ditutup.
"""


@pytest.fixture(scope="module")
def rekap() -> KnowledgeBase:
    return build_in_memory(
        [
            ("rekap_2015", REKAP_2015),
            ("rekap_2016", REKAP_2016),
            ("rekap_2019", REKAP_2019),
            ("visit_2017", VISIT_2017),
        ]
    )


@pytest.mark.parametrize(
    ("question", "figure", "article"),
    [
        # The figure of the date asked, not an older one of what was left.
        ("sisa lokalisasi di indonesia per september 2019 ada brp", "19 lokalisasi", "rekap_2019"),
        ("sisa lokalisasi di indonesia per mei 2016 ada brp", "60 lokalisasi", "rekap_2016"),
        # An island is its provinces: one article's figures for them, added up.
        ("berapa lokalisasi yg tersisa di pulau sumatera", "Jumlahnya 8", "rekap_2019"),
        ("sisa lokalisasi di jawa brp", "Jumlahnya 10", "rekap_2019"),
        # "sudah ditutup dari target 168" asks what was closed.
        ("berapa lokalisasi yg udh ditutup dr target 168", "149", "rekap_2019"),
        # A total is all there were, not what is left.
        ("total lokalisasi se indonesia thn 2015 ada brp", "150 lokalisasi", "rekap_2015"),
        # Where it was said is the story datelined there, not the place asked about.
        ("kata mensos di kupang sisa lokalisasi di indonesia brp", "45 lokalisasi", "visit_2017"),
        ("pas di kupang mensos bilang masih ada brp lokalisasi", "45 lokalisasi", "visit_2017"),
    ],
)
def test_national_figures(rekap: KnowledgeBase, question: str, figure: str, article: str) -> None:
    reply = answer(question, rekap)
    assert reply.found
    assert figure in reply.summary
    assert reply.citations[0].article_id == article


def test_an_island_without_figures_is_not_answered_with_the_country(rekap: KnowledgeBase) -> None:
    assert not answer("berapa lokalisasi yg tersisa di kalimantan", rekap).found


def test_a_count_of_those_closed_is_not_how_many_a_place_has() -> None:
    kb = build_in_memory([("visit", VISIT_2017), ("closed", CLOSED_IN_BELU)])
    assert answer("brp lokalisasi yg sudah ditutup di belu", kb).found
    assert not answer("belu punya brp lokalisasi", kb).found


CLOSED_IN_BELU = """Dua Lokalisasi di Belu Ditutup

ATAMBUA - Pemerintah Kabupaten Belu menutup dua lokalisasi, Senin (2/7/2018).
"""


UNDATED = """Lokalisasi di Kutai Timur Resmi Ditutup

SANGATTA - Pemerintah Kabupaten Kutai Timur resmi menutup tiga lokalisasi pada 27 November 2017.

Dengan penutupan ini Kalimantan Timur kini tinggal menyisakan empat titik lokalisasi, semuanya di \
Kabupaten Paser, yang masih menunggu jadwal penutupan.

Saat ini terdata sebanyak 86 WTS di Wajo. Mereka tersebar di empat lokalisasi, yakni di \
Kecamatan Pammana, Kecamatan Tempe, Kecamatan Tanasitolo serta Kecamatan Majauleng.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # Where things stand, with no date of its own, is no answer to "kapan".
        ("lokalisasi di kabupaten paser ditutup kpn", False),
        ("kapan lokalisasi di kutai timur ditutup", True),
        # A count of lokalisasi of another year is no answer to the year asked.
        ("brp lokalisasi di wajo yg ditutup thn 2015", False),
        ("brp lokalisasi di wajo thn 2015", False),
        ("brp lokalisasi di wajo", True),
    ],
)
def test_what_the_story_does_not_say_is_not_answered(question: str, found: bool) -> None:
    reply = answer(question, build_in_memory([("undated", UNDATED)]))
    assert reply.found is found


BY_MONTH = """Nunukan Targetkan Penutupan Lokalisasi Juli

TANJUNG SELOR - Hal ini disampaikan Kepala Dinsos Provinsi Kaltara pada Rapat Koordinasi \
Penutupan Lokalisasi di Kabupaten Nunukan, Jumat (18/5/2018) lalu.

Di Nunukan, penutupan lokalisasi ditargetkan dimulai pada Juli 2018.

Sementara itu, lokalisasi Km 8 di Kabupaten Kapuas ditargetkan ditutup tahun 2018.
"""


@pytest.mark.parametrize(
    ("question", "found", "said"),
    [
        # "Tanggal berapa?" of a closure dated by its month or year only: no day to give.
        ("lokalisasi di kapuas ditutup tanggal brp", False, "2018"),
        ("lokalisasi di nunukan ditutup tgl brp", False, "Juli 2018"),
        ("kapan lokalisasi di nunukan ditutup", True, "Juli 2018"),
        # A sentence about what else the question names (the meeting) gives its day.
        ("rakor penutupan lokalisasi di nunukan tgl brp", True, "(18/5/2018)"),
    ],
)
def test_a_day_asked_is_a_day_told(question: str, found: bool, said: str) -> None:
    others = [("planned", PLANNED), ("lembah_hijau", LEMBAH_HIJAU), ("undated", UNDATED)]
    reply = answer(question, build_in_memory([("by_month", BY_MONTH), *others]))
    assert reply.found is found
    assert said in reply.summary


RAIDED = """Eks Lokalisasi Bukit Asri Digerebek

KUALA KAPUAS - Semua lokalisasi di Kabupaten Kapuas sudah ditutup pada April 2020 lalu.

Polres Kapuas bersama Satpol PP menggerebek eks lokalisasi Bukit Asri, Jumat (4/6/2021) malam.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The raid asked is told in another form of its word; the regency's closing is not it.
        ("penggerebekan eks lokalisasi bukit asri tgl brp", "(4/6/2021)"),
        ("kapan lokalisasi di kapuas ditutup", "April 2020"),
    ],
)
def test_an_event_named_in_the_question_is_the_one_dated(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("raided", RAIDED), ("undated", UNDATED)]))
    assert reply.found
    assert said in reply.summary


PLANNED_THREE = """Pemkab Sumba Barat Akan Tutup Tiga Lokalisasi

WAIKABUBAK - Pemerintah Kabupaten Sumba Barat akan menutup 3 lokalisasi pada Desember 2023.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # Closures only planned are no count of those already closed.
        ("brp lokalisasi yg sudah ditutup di sumba barat", False),
        ("brp lokalisasi yg akan ditutup di sumba barat", True),
    ],
)
def test_planned_closures_are_not_counted_as_done(question: str, found: bool) -> None:
    reply = answer(question, build_in_memory([("planned_three", PLANNED_THREE)]))
    assert reply.found is found
    assert "3 lokalisasi" in reply.summary


HOPED = """Wali Kota Tutup Lokalisasi Gang Kenari

Lokalisasi Gang Kenari di Kota Madiun resmi ditutup oleh Wali Kota.

Meski ditutup secara simbolis, sebagian wisma masih buka.

Wali kota yakin lokalisasi Gang Kenari akan bisa ditutup selamanya.
"""


def test_a_closing_the_story_reports_is_not_undone_by_a_hope_it_says_later() -> None:
    reply = answer("apakah lokalisasi gang kenari sudah ditutup", build_in_memory([("k", HOPED)]))
    assert reply.summary.startswith("Sudah ditutup.")


LISTED = """Lokalisasi Gladak Sari Dringu Resmi Ditutup

PROBOLINGGO - Pemerintah Kabupaten Probolinggo resmi menutup lokalisasi Gladak Sari di Desa \
Kedungdalem, Kecamatan Dringu, Selasa (22/5/2018).

Dua lokalisasi sebelumnya di Kecamatan Kraksaan dan Gending ditutup pada Desember 2017.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # A district named bare beside another is its own, not the one its sentence files.
        ("kapan lokalisasi di gending ditutup", False),
        ("brp psk di gending", False),
        ("kapan lokalisasi di kraksaan ditutup", True),
    ],
)
def test_a_district_named_bare_is_not_its_neighbour(question: str, found: bool) -> None:
    reply = answer(question, build_in_memory([("listed", LISTED), ("planned", PLANNED)]))
    assert reply.found is found
    if not found:
        assert "Kraksaan" not in reply.summary


def test_a_plan_for_a_day_answers_which_day() -> None:
    article = PLANNED.replace("pada Desember 2023", "pada 30 Desember 2023")
    reply = answer("lokalisasi km 4 ditutup tanggal berapa", build_in_memory([("day", article)]))
    assert reply.found
    assert "30 Desember 2023" in reply.summary


CLOSED_TWICE = """Lokalisasi Km 17 Gambut Ditutup Kedua Kalinya

MARTAPURA - Pemerintah Kabupaten Banjar menutup Lokalisasi Km 17 di Kecamatan Gambut, \
Kabupaten Banjar, Rabu (14/11/2018).

Kompleks yang namanya diambil dari patok kilometer 17 dari arah Banjarmasin itu sebelumnya \
sudah ditutup pada Mei 2015.
"""


@pytest.mark.parametrize(
    ("question", "date"),
    [
        ("km 17 gambut pertama kali ditutup kpn", "Mei 2015"),
        ("kapan lokalisasi km 17 mula-mula ditutup", "Mei 2015"),
        ("kapan lokalisasi km 17 ditutup", "14 November 2018"),
    ],
)
def test_the_first_of_two_closings(question: str, date: str) -> None:
    reply = answer(question, build_in_memory([("twice", CLOSED_TWICE)]))
    assert reply.found
    assert date in reply.summary


INHIL = """Pemkab Inhil Tutup Lokalisasi Jalan Pelabuhan Lama Tembilahan

TEMBILAHAN - Pemerintah Kabupaten Indragiri Hilir secara resmi menutup lokalisasi di Jalan \
Pelabuhan Lama, Kecamatan Tembilahan, Rabu (23/10/2019).

Penutupan ditandai dengan penandatanganan berita acara oleh Sekretaris Daerah Kabupaten \
Indragiri Hilir, Tengku Amrizal, disaksikan unsur Forkopimda.

Kepala Dinas Sosial Kabupaten Indragiri Hilir, Rosnaini, menjelaskan bantuan akan segera cair.

Sebelumnya, Asisten I Setda Indragiri Hilir, Rudi Hartawan memimpin rapat pembentukan tim \
penutupan bersama camat dan tokoh agama.

Koordinator Paguyuban Penghuni, Bahtiar Lubis, meminta waktu sebulan.

Polisi ikut mengawal penutupan itu. Tahun lalu kompleks itu beberapa kali dirazia.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # An official asked by what they did at the closing: the one whose sentence says it.
        ("siapa pejabat yg tanda tangan berita acara penutupan lokalisasi di inhil", "Amrizal"),
        # Asked only who closed it: the government that did.
        ("siapa yang menutup lokalisasi jalan pelabuhan lama", "Pemerintah Kabupaten"),
        ("siapa pejabat yang menutup lokalisasi jalan pelabuhan lama", "Pemerintah Kabupaten"),
        # An office the closing's lists of offices do not name ("Asisten I Setda …").
        ("siapa pejabat yg mimpin pembentukan tim penutupan lokalisasi di inhil", "Rudi Hartawan"),
    ],
)
def test_the_official_of_a_closing(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("inhil", INHIL)]))
    assert reply.found
    assert said in reply.summary


def test_an_office_asked_for_is_not_answered_with_the_government_that_closed() -> None:
    # No head of the closing team is named; that the regency closed it is no answer.
    reply = answer(
        "siapa ketua tim penutupan lokalisasi jalan pelabuhan lama",
        build_in_memory([("inhil", INHIL)]),
    )
    assert not reply.found, reply.summary


TWO_SPEAKERS = """Dua Angka Lokalisasi Nasional Beredar

JAKARTA - Direktur Jenderal Rehabilitasi Sosial, Hartono Wiryo, menyebut jumlah lokalisasi di \
seluruh Indonesia diperkirakan mencapai 140 tempat.

Sementara itu, Menteri Sosial Sulastri Dewi mengatakan ada 120 lokalisasi yang tersebar di \
berbagai daerah di Indonesia, dan tinggal 55 lokalisasi yang masih beroperasi.

Menurut Sulastri, daerah dengan lokalisasi terbanyak selama ini adalah Jawa Tengah dengan 31 \
titik, dan kini tinggal 4 lokalisasi di Jawa Tengah yang belum ditutup.
"""


@pytest.fixture(scope="module")
def two_speakers() -> KnowledgeBase:
    return build_in_memory([("dua_angka", TWO_SPEAKERS)])


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        # The person asked about says whose figure it is.
        ("jumlah lokalisasi di seluruh indonesia brp menurut dirjen hartono", "140"),
        ("kata mensos sulastri lokalisasi di indonesia ada brp", "120"),
        # "Dulunya": the figure before closings began, not what is left.
        ("jateng dulunya punya brp titik lokalisasi", "31"),
        ("berapa lokalisasi yang tersisa di jawa tengah", "4"),
    ],
)
def test_the_figure_asked_for_is_the_one_given(
    two_speakers: KnowledgeBase, question: str, figure: str
) -> None:
    reply = answer(question, two_speakers)
    assert reply.found
    assert reply.summary.split()[0].strip("(:") == figure or f" {figure} " in f" {reply.summary} "
    assert reply.citations[0].article_id == "dua_angka"


def test_a_closure_only_planned_is_one_not_yet_done() -> None:
    kb = build_in_memory([("km4", PLANNED)])
    reply = answer("lokalisasi yg blm ditutup di ntt ada di mana aja", kb)
    assert reply.found
    assert "Km 4" in reply.summary or "Sumba Barat" in reply.summary
    assert reply.citations[0].article_id == "km4"


NONE_THERE = """Paser Diminta Waspada Penutupan Lokalisasi

TANA PASER - Pemerintah Provinsi Kalimantan Timur akan menutup lokalisasi di seluruh wilayah \
Kaltim pada Juni 2023.

Di Kabupaten Paser, menurutnya, tidak ada lokalisasi, namun PSK bisa menyebar ke daerah itu.
"""


def test_a_place_with_no_lokalisasi_is_told_so() -> None:
    reply = answer("di kab paser ada lokalisasi gak sih", build_in_memory([("paser", NONE_THERE)]))
    assert reply.found
    told = " ".join([reply.summary, *(f.text for f in reply.findings)])
    assert "Tidak ada lokalisasi di Kabupaten Paser" in told


def test_who_closed_answers_only_a_question_about_the_closing() -> None:
    # A raid's other agencies are no question of who closed the lokalisasi.
    reply = answer(
        "instansi apa yg ikut razia di inhil",
        build_in_memory([("inhil", INHIL)]),
    )
    assert "Yang menutup" not in reply.summary


ALL_CLOSED = """Semua Lokalisasi di Kutim Sudah Tutup

SANGATTA - Pemerintah Kabupaten Kutai Timur mengklaim semua lokalisasi sudah tutup.

Mulai Lokalisasi Gang Mawar, Simpang Rindu di Teluk Pandan, hingga Bukit Pelangi di \
Sangkulirang.
"""


def test_which_lokalisasi_are_closed_when_the_story_says_all_are() -> None:
    reply = answer(
        "lokalisasi apa saja di kutai timur yg sudah ditutup",
        build_in_memory([("kutim", ALL_CLOSED)]),
    )
    assert reply.found, reply.summary
    for name in ("Gang Mawar", "Simpang Rindu", "Bukit Pelangi"):
        assert name in reply.summary


DONE_BY = """Tiga Lokalisasi di Kabupaten Tegal Ditutup Permanen

SLAWI - Lokalisasi Peleman di Kabupaten Tegal akhirnya resmi ditutup permanen, Jumat 19 Mei 2017. \
Penutupan dilakukan langsung oleh Wakil Bupati Tegal Umi Azizah.

Kepala Badan Satpol PP Kabupaten Tegal, Bambang Irawan, mengatakan razia digelar rutin.

Kepala Dinas Sosial, Tenaga Kerja, dan Transmigrasi (Dinsosnakertrans) Kabupaten Tegal, Dewi \
Lestari, menyebut bantuan segera cair.

Pasca dirazia Minggu 14 Mei lalu, kawasan itu kini sepi.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Who did the closing, said in the sentence after it.
        ("siapa yg nutup lokalisasi di tegal", "Umi Azizah"),
        # An office said with its "Badan", or by its chat abbreviation.
        ("siapa kepala satpol pp kabupaten tegal", "Bambang Irawan"),
        ("siapa kadinsosnakertrans kab tegal", "Dewi Lestari"),
        # A raid dated by the sentence saying "dirazia".
        ("kapan razia di lokalisasi peleman dilakukan", "14 Mei"),
    ],
)
def test_who_and_when_said_around_the_closing(question: str, said: str) -> None:
    reply = answer(question, with_bundled(("tegal", DONE_BY)))
    assert reply.found, reply.summary
    assert said in reply.summary


SCHEDULED = """Lokalisasi Km 9 Singkawang Ditutup Akhir Tahun

Jumat, 14 Desember 2018 10:00 WIB

SINGKAWANG - Wali Kota Singkawang menetapkan penutupan lokalisasi Km 9 akan dilakukan 30 \
Desember mendatang. Sebanyak 52 PSK akan dipulangkan ke daerah asal.
"""


@pytest.mark.parametrize(
    "question",
    [
        "tgl brp lokalisasi km 9 singkawang ditutup?",
        # A decree the story does not give is only how the date is known.
        "tgl brp lokalisasi km 9 singkawang ditutup sesuai SK walikota?",
    ],
)
def test_a_day_without_its_year_dates_a_planned_closing(question: str) -> None:
    reply = answer(question, with_bundled(("scheduled", SCHEDULED)))
    assert reply.found, reply.summary
    assert "30 Desember 2018" in reply.summary


TEAM_LED = """Pemkot Bentuk Tim Penutup Lokalisasi Gang Mawar

BONTANG - Rencana Pemkot Bontang menutup lokalisasi Gang Mawar ditunjukkan dengan terbentuknya \
tim untuk menutup lokalisasi tersebut.

Asisten I Setkot Bontang, Andi Sulaiman memimpin pembentukan tim penutupan Gang Mawar, yang \
akan ditutup secara resmi pada 1 Juli 2023.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("siapa yg mimpin tim penutupan lokalisasi gang mawar?", "Andi Sulaiman"),
        ("siapa yg menutup lokalisasi gang mawar?", "Pemkot Bontang"),
    ],
)
def test_who_did_what_was_asked_of_a_closing(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("bontang", TEAM_LED)]))
    assert reply.found
    assert said in reply.summary


CLOSED_AT_NOON = """Lokalisasi Gang Mawar Akhirnya Ditutup

BONTANG - Akhirnya, lokalisasi Gang Mawar di Kota Bontang ditutup oleh pemerintah kecamatan. \
Penutupan tersebut dilakukan Kamis (6/10/2016) tadi sekira pukul 12.00 Wita.
"""


@pytest.mark.parametrize(
    ("question", "hour"),
    [("penutupan gang mawar bontang itu jam brp?", True), ("kapan gang mawar ditutup?", False)],
)
def test_the_hour_of_a_closing_is_told_when_asked(question: str, hour: bool) -> None:
    reply = answer(question, build_in_memory([("bontang", CLOSED_AT_NOON)]))
    assert reply.found
    assert "6 Oktober 2016" in reply.summary
    assert ("pukul 12.00 Wita" in reply.summary) is hour


KUBAR = """Kaltim Tutup Lokalisasi Serentak

SAMARINDA - Pemprov Kalimantan Timur resmi menutup 22 lokalisasi pada 1 Juni 2016.

Menurut catatan Pemprov, lokalisasi yang masuk daftar antara lain Gang Mawar di Samarinda \
serta Bukit Pelangi dan Sungai Rindang di Kutai Barat.
"""


@pytest.mark.parametrize(
    ("question", "found", "said"),
    [
        # No closing filed per lokalisasi of Kutai Barat: those a closing story names there.
        ("lokalisasi di kutai barat yg disebut bakal ditutup apa aja", True, "Sungai Rindang"),
        # Regions asked for, not lokalisasi: no lokalisasi's name answers.
        ("daerah mana di kutai barat yg sudah menutup lokalisasi", False, ""),
    ],
)
def test_which_lokalisasi_a_closing_story_names(question: str, found: bool, said: str) -> None:
    reply = answer(question, with_bundled(("kubar", KUBAR)))
    assert reply.found is found, reply.summary
    assert said in reply.summary
    assert found or "Bukit Pelangi" not in reply.summary


CLOSING_2016 = """Gubernur Tutup Lokalisasi di Bontang

BONTANG - Lokalisasi Gang Mawar di Kota Bontang ditutup oleh Gubernur Kaltim Rahmat Sulaiman \
pada 1 Juni 2016.
"""

MEETING_2021 = """Pemkot Bontang Tindak Lanjuti Penutupan Eks Lokalisasi

BONTANG - Pemkot Bontang menggelar rapat tindak lanjut penutupan eks lokalisasi di Bontang, \
Kamis (29/4/2021). Rapat itu dipimpin Wakil Wali Kota Bontang, Yusran Hadi.
"""


def test_who_closed_it_years_before_did_not_lead_a_later_meeting() -> None:
    kb = with_bundled(("tutup", CLOSING_2016), ("rapat", MEETING_2021))
    reply = answer(
        "siapa yg mimpin rapat tindak lanjut penutupan eks lokalisasi bontang april 2021", kb
    )
    assert reply.found, reply.summary
    assert "Yusran Hadi" in reply.summary
    assert "Rahmat Sulaiman" not in reply.summary


SP3 = """Gang Mawar Terima Surat Peringatan Ketiga, Satpol PP: Ditutup Awal 2021

BONTANG, KOMPAS.com - Satpol PP Kota Bontang sudah melayangkan SP 3 kepada pengelola \
lokalisasi Gang Mawar, Rabu (30/12/2020).

"Perkiraan kami, penutupan di awal tahun," ujar Kepala Satpol PP Bontang.

Wali Kota Bontang akan menutup lokalisasi Gang Mawar.
"""


def test_a_headline_dates_a_closing_the_body_leaves_undated() -> None:
    reply = answer("gang mawar bontang rencananya ditutup kapan?", with_bundled(("sp3", SP3)))
    assert reply.found, reply.summary
    assert "Awal 2021" in reply.summary
    assert reply.findings[0].citations[0].quote.startswith("Gang Mawar Terima Surat Peringatan")


RULED_BY_LAW = """Razia di Lokalisasi Km 4 Sumba Barat

WAIKABUBAK - Satpol PP Kabupaten Sumba Barat merazia lokalisasi Km 4, Sabtu (3/6/2023).

Razia itu berdasarkan Perda No.7 Tahun 2019 tentang ketertiban umum.
"""


def test_a_decree_s_number_is_written_out() -> None:
    reply = answer(
        "razia di km 4 sumba barat berdasarkan perda nomor brp",
        build_in_memory([("law", RULED_BY_LAW)]),
    )
    assert reply.found
    assert "Perda Nomor 7 Tahun 2019" in reply.summary, reply.summary


LAST_IN_SULTENG = """Lokalisasi Terakhir di Sulawesi Tengah Ditutup

Senin, 4 Maret 2019 13:10 WIB

PALU - Pemerintah Provinsi Sulawesi Tengah resmi menutup lokalisasi Bukit Mawar di Kelurahan \
Tondo, Kecamatan Mantikulore, Kota Palu, Senin (4/3/2019).

Dengan begitu, sembilan lokalisasi di Sulawesi Tengah kini sudah ditutup semuanya, Bukit Mawar \
yang terakhir.

Di Kabupaten Poso sendiri masih ada dua lokalisasi yang beroperasi, kata Kepala Dinas Sosial.
"""


@pytest.mark.parametrize(
    ("question", "found", "said"),
    [
        # A lokalisasi holds no count of lokalisasi: the province named with it does.
        ("bukit mawar tuh yg terakhir ditutup dari brp lokalisasi di sulteng?", True, "sembilan"),
        ("brp lokalisasi yg ditutup di sulteng", True, "sembilan"),
        # A regency's count is not how many the province has.
        ("sulteng masih punya brp lokalisasi", False, None),
        ("brp lokalisasi yg masih ada di poso", True, "dua"),
    ],
)
def test_a_province_s_count_is_its_own(question: str, found: bool, said: str | None) -> None:
    reply = answer(question, build_in_memory([("sulteng", LAST_IN_SULTENG)]))
    assert reply.found is found, reply.summary
    if said:
        assert said in reply.summary.lower() or said in reply.findings[0].citations[0].quote
    else:
        assert "Poso" not in reply.summary


STOCK_2019 = """Penutupan Lokalisasi di Daerah Terus Berjalan

Kamis, 27 Juni 2019 16:08 WIB

MEDAN - Pemprov Sumatera Utara membahas penutupan lokalisasi bersama Kementerian Sosial.

Secara nasional, menurut data Kemensos, masih tersisa 19 lokalisasi yang belum ditutup.
"""


def test_what_is_left_is_the_newest_count_of_it() -> None:
    # The bundled stories of 2016 say how many were still to be closed.
    kb = with_bundled(("stock", STOCK_2019))
    reply = answer("secara nasional msh ada brp lokalisasi?", kb)
    assert reply.found, reply.summary
    assert reply.summary.startswith("19 lokalisasi"), reply.summary
