"""Counts: disagreeing figures newest first, a city's lokalisasi added up, a stated total first."""

import pytest

from bot.answer import answer
from bot.render import render_text
from knowledge.index import KnowledgeBase, build_in_memory
from tests.bot.conftest import with_bundled


def test_disagreeing_figures_are_all_shown_newest_first(bundled_kb: KnowledgeBase) -> None:
    text = render_text(answer("Berapa pekerja di lokalisasi Nunukan?", bundled_kb))
    assert text.index("51") < text.index("39")  # 51 as of May 2018, 39 as of December 2016


def test_a_city_sum_adds_its_lokalisasi_and_cites_each(bundled_kb: KnowledgeBase) -> None:
    reply = answer("Berapa jumlah seluruh PSK di Kota Tarakan?", bundled_kb)
    assert "88" in reply.summary
    quotes = {c.quote for c in reply.citations}
    assert any("70 orang" in q for q in quotes)
    assert any("18 orang" in q for q in quotes)


def test_the_article_total_is_preferred_to_a_sum(bundled_kb: KnowledgeBase) -> None:
    assert "127" in answer("Total PSK di tiga lokalisasi Kaltara?", bundled_kb).summary


BLITAR = """Lokalisasi Jalan Kenanga Wlingi Ditutup

BLITAR - Pemerintah Kabupaten Blitar menutup lokalisasi Jalan Kenanga di Kecamatan Wlingi.

Saat ditutup, ada 29 pekerja seks yang tinggal di 11 wisma.
"""


@pytest.mark.parametrize(
    "question", ["total psk di indonesia ada brp", "jumlah psk di jawa timur brp"]
)
def test_a_regencys_figure_is_no_count_of_its_province_or_country(question: str) -> None:
    reply = answer(question, build_in_memory([("blitar", BLITAR)]))
    assert not reply.found
    assert "belum ada angka keseluruhannya" in reply.summary
    assert "29" in reply.summary  # offered as the figure of a place inside


SEBARAN = """Kemensos: Tinggal 16 Lokalisasi di Indonesia

Rabu, 4 September 2019 19:22 WIB

JAKARTA - Kementerian Sosial mencatat masih ada 16 lokalisasi yang belum ditutup di Indonesia.

Direktur Rehabilitasi Sosial merinci sebaran lokalisasi tersebut per provinsi. "Jawa Tengah 7, \
Lampung 4, Sumatera Utara 3, Jawa Timur 2," katanya.
"""


@pytest.mark.parametrize(
    ("question", "most"),
    [
        # The largest of one article's list of provinces, the list cited.
        ("provinsi mana yg paling bnyk lokalisasi tersisa", "Terbanyak di Jawa Tengah: 7"),
        ("provinsi mana yg lokalisasinya paling banyak", "Terbanyak di Jawa Tengah: 7"),
    ],
)
def test_the_most_lokalisasi_of_a_list_of_provinces(question: str, most: str) -> None:
    kb = build_in_memory([("sebaran", SEBARAN)])
    reply = answer(question, kb)
    assert reply.found
    assert reply.summary.startswith(most)
    assert reply.citations[0].article_id == "sebaran"


def test_the_most_workers_is_not_read_off_a_list_of_lokalisasi() -> None:
    kb = build_in_memory([("sebaran", SEBARAN)])
    assert "Jawa Tengah: 7" not in answer("lokalisasi dgn psk terbanyak", kb).summary


OVER_THE_YEARS = """Lokalisasi Gang Mawar Bontang Ditutup

BONTANG - Pemerintah Kota Bontang menutup Lokalisasi Gang Mawar di Kelurahan Loktuan, Rabu \
(27/11/2019).

Saat ditutup, ada 29 pekerja seks di sana.

Data Dinas Sosial mencatat, pada 2015 Gang Mawar dihuni 86 pekerja seks.
"""


@pytest.mark.parametrize(
    ("question", "first", "later"),
    [
        # The figure at the closure leads; the older one is said with its year.
        ("psk di gang mawar pas ditutup brp", "29 pekerja seks", "86"),
        ("thn 2015 gang mawar ada brp psk", "86 pekerja seks", "29"),
    ],
)
def test_counts_of_other_years_follow_the_latest(question: str, first: str, later: str) -> None:
    kb = build_in_memory([("bontang", OVER_THE_YEARS)])
    reply = answer(question, kb)
    assert reply.summary.startswith(first)
    assert later not in reply.summary


PRABUMULIH = """Pemkot Prabumulih Siapkan Rp 4,5 Juta untuk Tiap Eks PSK

PRABUMULIH - Pemerintah Kota Prabumulih akan menutup tiga lokalisasi tahun ini.

Berdasarkan data Dinas Sosial Kota Prabumulih, lokalisasi pertama ada di Kilo Lima \
(Prabumulih Timur) dengan jumlah PSK 33 orang.

Lorong Duku (Cambai) dengan PSK 21 orang. Dan di Simpang Karet (Rambang Kapak Tengah) dengan \
PSK 12 orang. Total 66 orang.
"""


@pytest.mark.parametrize(
    ("question", "total"),
    [
        # Two districts, one with its lokalisasi's figure: the two figures added up.
        ("gabungan psk di kec prabumulih timur sama cambai brp org", "Jumlahnya 54"),
        ("psk di kecamatan cambai dan rambang kapak tengah brp", "Jumlahnya 33"),
    ],
)
def test_the_figures_of_two_places_named_in_a_list(question: str, total: str) -> None:
    reply = answer(question, build_in_memory([("prabumulih", PRABUMULIH)]))
    assert reply.found
    assert total in reply.summary


KONAWE = """Konawe Ditarget Bebas Lokalisasi

UNAAHA - Pemerintah Kabupaten Konawe menargetkan tahun ini tidak ada lagi lokalisasi.

Adapun sasaran berikutnya adalah Kecamatan Sampara. Di Sampara, penutupan ditargetkan dimulai \
Mei. Sasarannya 1 lokalisasi dengan jumlah pekerja sebanyak 42 orang.

Setelah Sampara, sasaran terakhir adalah Kecamatan Unaaha. Lokalisasi di Unaaha saat ini \
dihuni 27 pekerja dan 6 mucikari.
"""


@pytest.mark.parametrize(
    ("question", "found", "said"),
    [
        # One regency's lokalisasi are not all of its province's: offered, not added up.
        ("brp psk di sulawesi tenggara", False, "belum ada angka keseluruhannya"),
        ("brp pekerja di kecamatan unaaha", True, "27"),
    ],
)
def test_a_province_is_not_the_sum_of_one_story_s_lokalisasi(
    question: str, found: bool, said: str
) -> None:
    reply = answer(question, build_in_memory([("konawe", KONAWE)]))
    assert reply.found is found
    assert said in reply.summary


SENDANG = """Bekas Lokalisasi Sendang Asri Jadi Sentra Kuliner

Sabtu, 20 Juli 2019 10:00 WIB

GUNUNGKIDUL - Lokalisasi Sendang Asri ditutup Pemkab Gunungkidul pada 14 Juli 2017.

Saat itu tercatat 31 pekerja seks dan tujuh mucikari yang tinggal di 11 wisma.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # A count that says when it held is of that year, not of its article's.
        ("brp psk di gunungkidul thn 2019", False),
        ("brp psk di gunungkidul thn 2017", True),
    ],
)
def test_a_count_is_of_the_year_it_held(question: str, found: bool) -> None:
    reply = answer(question, build_in_memory([("sendang", SENDANG)]))
    assert reply.found is found


DEMO = """Ratusan Warga Datangi DPRD, Tolak Penutupan Lokalisasi Cibaduyut

BANDUNG - Sekitar 120 warga Kampung Cibaduyut mendatangi Gedung DPRD Kota Bandung, Rabu \
(4/10/2017), untuk menolak penutupan lokalisasi Cibaduyut.

Koordinator aksi, Dedi Kurnia (41), mengatakan warga menolak penutupan lokalisasi Cibaduyut \
karena lokalisasi itu menghidupi banyak pedagang.

Pemkot Bandung menargetkan lokalisasi Cibaduyut ditutup pada akhir 2017.
"""


def test_a_figure_of_the_thing_counted_beats_a_figure_beside_it() -> None:
    # "(41)" is the coordinator's age, beside "warga" but no count of them.
    kb = with_bundled(("demo", DEMO))
    reply = answer("brp warga yg demo menolak penutupan lokalisasi cibaduyut", kb)
    assert reply.found
    assert "120 warga" in reply.summary


GUARDED = """Lokalisasi Gang Anggrek Dijaga Ketat

BONTANG - Kepala Satpol PP Kota Bontang, dalam rapat di kantor camat, bilang personelnya hanya \
dua puluh orang untuk menjaga bekas lokalisasi Gang Anggrek.
"""


def test_a_count_written_a_few_words_after_its_thing_is_quoted_with_its_figure() -> None:
    reply = answer("personel satpol pp bontang cuma brp org", with_bundled(("jaga", GUARDED)))
    assert reply.found, reply.summary
    assert "dua puluh (20) orang" in reply.summary


FIRE = """Kebakaran di Eks Lokalisasi Gang Anggrek

BONTANG - Kebakaran melanda eks lokalisasi Gang Anggrek di Kota Bontang, Jumat (22/6/2018).

Kepala Damkar menyatakan personil yang diturunkan adalah 30 personil dari peleton Bontang Utara \
ditambah 21 personil dari peleton Bontang Selatan.
"""


def test_a_total_of_the_parts_one_sentence_adds() -> None:
    reply = answer(
        "total personil damkar yg diturunin ke kebakaran di bontang brp?",
        with_bundled(("api", FIRE)),
    )
    assert reply.found, reply.summary
    assert "51" in reply.summary
    assert "30 + 21" in reply.summary


ANGGREK = """Warga Tolak Penutupan Lokalisasi Gang Anggrek

BONTANG - Warga Tanjung Limau di sekitar lokalisasi Gang Anggrek, Kota Bontang, menolak \
rencana penutupan.

Terdapat 320 keluarga di kawasan itu yang hidup dari warung dan parkir.
"""


@pytest.mark.parametrize(
    "question",
    [
        # Being there ("tinggal") and where ("di …", a name no table knows) narrow nothing.
        "ada brp keluarga yg tinggal di kampung tanjung limau bontang",
        "brp kk yg menetap di sekitar lokalisasi bontang",
    ],
)
def test_a_clause_saying_where_they_live_narrows_no_count(question: str) -> None:
    reply = answer(question, with_bundled(("anggrek", ANGGREK)))
    assert reply.found
    assert "320" in reply.summary


SISI = """Lokalisasi Sumber Asri di Perbatasan Dua Desa Ditutup

GROBOGAN - Lokalisasi Sumber Asri di perbatasan Desa Karangrayung dan Desa Mangin, Kecamatan \
Karangrayung, Kabupaten Grobogan, resmi ditutup, Kamis (20/6/2019).

Sebanyak 31 pekerja seks tinggal di wisma wilayah Desa Karangrayung, sedangkan 14 orang lainnya \
di sisi Desa Mangin.

Totalnya 45 pekerja seks dengan 17 mucikari.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("brp psk sumber asri yg tinggal di sisi desa mangin", "14 orang"),
        # "di pinggir jalan raya" narrows who is counted: no figure says it.
        ("brp psk sumber asri yg mangkal di pinggir jalan raya", None),
    ],
)
def test_a_part_named_where_they_are_is_not_answered_with_the_total(
    question: str, said: str | None
) -> None:
    reply = answer(question, with_bundled(("sisi", SISI)))
    assert "45" not in reply.summary
    if said:
        assert said in render_text(reply)


KENARI = """Lokalisasi Gang Kenari Ditutup

MADIUN - Pemkot Madiun menutup lokalisasi Gang Kenari pada 3 Mei 2016.

Lokalisasi Gang Kenari dihuni 120 PSK dengan 30 mucikari yang tersebar di 25 wisma.
"""


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        ("berapa psk dan mucikari di gang kenari", "120 PSK dan 30 mucikari", "150"),
        # Asked as a total, and both count people: their sum too.
        ("psk sama mucikari gang kenari totalnya brp", "Jumlahnya 150 orang", ""),
        # PSK and wisma are no people to add up.
        ("total psk dan wisma di gang kenari brp", "120 PSK dan 25 wisma", "145"),
        ("berapa psk di gang kenari", "120 PSK", "mucikari"),
        # Joined by "ditambah" (read "di tambah") or by a sign the words leave out.
        ("total psk ditambah mucikari di gang kenari brp", "Jumlahnya 150 orang", ""),
        ("total org (psk + mucikari) di gang kenari brp", "Jumlahnya 150 orang", ""),
    ],
)
def test_two_things_counted_together(question: str, said: str, not_said: str) -> None:
    reply = answer(question, build_in_memory([("kenari", KENARI)]))
    assert reply.found
    assert said in reply.summary
    assert not not_said or not_said not in reply.summary


def test_workers_written_out_are_people_a_total_adds_up() -> None:
    article = KENARI.replace("120 PSK", "120 pekerja seks komersial")
    reply = answer(
        "total pekerja seks dan mucikari di gang kenari brp", build_in_memory([("k", article)])
    )
    assert "Jumlahnya 150 orang (120 + 30)" in reply.summary


BANTUAN = """Belum Semua PSK Gang Kenari Ambil Bantuan

MADIUN - Pemkot Madiun menyalurkan bantuan bagi PSK lokalisasi Gang Kenari.

Dari 200 PSK yang terdata, baru 80 PSK yang mengambil bantuan itu.
"""


HOUSES = """Pemkot Madiun Baru Beli 30 Rumah di Gang Kenari

MADIUN - Dari 80 rumah di lokalisasi Gang Kenari yang luasnya mencapai 6.500 meter persegi, baru \
30 rumah yang dibeli oleh Pemkot Madiun.
"""


def test_a_measure_is_no_part_of_a_total() -> None:
    reply = answer(
        "brp rumah di gang kenari yg blm dibeli pemkot", build_in_memory([("h", HOUSES)])
    )
    assert reply.found, reply.summary
    assert "80 − 30 = 50" in reply.summary


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The rest of the total, worked out and shown as such.
        ("berapa psk gang kenari yg belum ambil bantuan", "120 PSK"),
        # A rest the sentence does not split by ("berasal"): no sum to do.
        ("berapa psk gang kenari yg tidak berasal dari jawa", None),
    ],
)
def test_the_rest_of_a_total_a_sentence_splits(question: str, said: str | None) -> None:
    reply = answer(question, build_in_memory([("bantuan", BANTUAN)]))
    if said is None:
        assert "120" not in reply.summary
    else:
        assert reply.found
        assert reply.summary.startswith(said)
        assert "200 − 80 = 120" in reply.summary


FEWER = """PSK Gang Kenari Terus Berkurang

MADIUN - Menurut data Dinas Sosial, pada tahun 2017 ada 150 PSK yang menetap di lokalisasi Gang \
Kenari, Kota Madiun. Data terakhir yang diambil 3 Maret 2019 mencatat 90 PSK.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Two counts of one story at two dates: their difference, shown as worked out.
        ("dr 2017 ke 2019 psk di gang kenari berkurang brp", "Berkurang 60 PSK"),
        ("psk gang kenari turun brp org", "Berkurang 60 PSK"),
        # Not asked as a change: the latest count.
        ("brp psk di gang kenari", "90 PSK"),
    ],
)
def test_how_much_a_count_changed(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("fewer", FEWER)]))
    assert reply.found
    assert reply.summary.startswith(said), reply.summary


LEFT_NOW = """Penghuni Gang Kenari Terus Berkurang

MADIUN - Lokalisasi Gang Kenari di Kota Madiun kian sepi, Senin (4/3/2019). Semula penghuninya \
90 PSK, sekarang tinggal 60 PSK.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # One sentence tells the count before and after: their difference, worked out.
        ("psk gang kenari udah berkurang brp", "Berkurang 30 PSK"),
        # Asked plainly, the count now.
        ("brp psk di gang kenari", "60 PSK"),
    ],
)
def test_a_change_one_sentence_tells(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("left", LEFT_NOW)]))
    assert reply.found
    assert reply.summary.startswith(said), reply.summary


GREW = """Penghuni Lokalisasi Tanjung Harapan Bertambah

SORONG - Penghuni lokalisasi Tanjung Harapan pada 2015 tercatat 70 PSK, dan pada 2016 dari 70 \
PSK itu bertambah menjadi 85 PSK, kata Dinas Sosial Kota Sorong.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "dari 70 PSK itu bertambah menjadi 85": 70 told again beside 2016 is the count it grew
        # from; asked plainly, or what it became, the 85.
        ("brp psk di tanjung harapan", "85 PSK"),
        ("psk tanjung harapan naik jadi brp", "85 PSK"),
        # By how much: the difference, in any word for it.
        ("psk di tanjung harapan nambah brp orang", "Bertambah 15 PSK"),
        ("psk tanjung harapan naik brp", "Bertambah 15 PSK"),
        # A "jadi" that only goes on talking asks no new figure.
        ("jadi psk tanjung harapan bertambah brp dari sebelumnya", "Bertambah 15 PSK"),
    ],
)
def test_a_change_from_a_count_told_twice(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("grew", GREW)]))
    assert reply.found
    assert reply.summary.startswith(said), reply.summary


SENT_BACK = """Pemkot Pulangkan PSK Dua Lokalisasi

BONTANG - Pemkot Bontang memulangkan para PSK ke daerah asal, Sabtu (12/5/2018).

Dari 57 PSK terdiri dari lokalisasi Gang Mawar sebanyak 37 orang, disusul lokalisasi Bukit \
Melati sebanyak 20 orang.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "Lebih banyak berapa": by how many, not only where.
        ("psk gang mawar lebih banyak brp dibanding bukit melati?", "Lebih banyak 17 di"),
        ("mana yg lebih banyak psknya, gang mawar atau bukit melati?", "Lebih banyak di"),
    ],
)
def test_how_many_more_one_place_has(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("back", SENT_BACK)]))
    assert reply.found
    assert reply.summary.startswith(said), reply.summary
    assert "Gang Mawar 37, Bukit Melati 20" in reply.summary


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Sending home is told by the lead, not again by the count's sentence.
        ("brp psk bontang yg dipulangkan", "57 PSK"),
        # What no sentence of the story tells still narrows to nothing.
        ("brp psk bontang yg positif hiv", None),
    ],
)
def test_what_was_done_to_them_all_is_told_by_the_lead(question: str, said: str | None) -> None:
    reply = answer(question, build_in_memory([("back", SENT_BACK)]))
    if said is None:
        assert "57" not in reply.summary
    else:
        assert reply.found
        assert reply.summary.startswith(said), reply.summary


SHUT_WISMA = """Wisma di Gang Kenari Makin Sepi

MADIUN - Lokalisasi Gang Kenari di Kota Madiun kian sepi, Senin (4/3/2019).

Menurut lurah setempat, dari 30 wisma yang terdaftar, 6 wisma tidak beroperasi lagi sejak banjir \
pada 2017.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The part a sentence says "tidak" of: the rest does, worked out.
        ("wisma gang kenari yg masih beroperasi ada brp", "24 wisma: dihitung dari angka berita"),
        # Asked as the sentence says it: the part itself.
        ("brp wisma di gang kenari yg udah ga beroperasi", "6 wisma"),
        # Asked plainly: the total.
        ("ada brp wisma di gang kenari", "30 wisma"),
    ],
)
def test_the_part_a_sentence_says_not_of(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("wisma", SHUT_WISMA)]))
    assert reply.found
    assert reply.summary.startswith(said), reply.summary


FELL_FROM = """PSK Gang Kenari Tinggal Sedikit

MADIUN - Dinas Sosial Kota Madiun mencatat masih ada 85 PSK di lokalisasi Gang Kenari, Senin \
(4/3/2019).

Jumlah itu turun jauh dari semula 900 orang.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # "Jumlah itu turun dari semula 900 orang": the count before, of the same people.
        ("brp psk gang kenari", "85 PSK"),
        ("awalnya psk gang kenari ada brp", "900 PSK"),
        ("psk gang kenari udah berkurang brp", "Berkurang 815 PSK"),
    ],
)
def test_a_count_the_next_sentence_says_it_changed_from(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("fell", FELL_FROM)]))
    assert reply.found
    assert reply.summary.startswith(said), reply.summary


SPLIT_UP = """Lokalisasi Gang Kenari Ditutup

MADIUN - Lokalisasi Gang Kenari di Kota Madiun resmi ditutup, Selasa (12/3/2019).

Dinas Sosial mencatat di lokalisasi itu ada 90 PSK. Dari jumlah itu, 70 orang sudah dipulangkan \
ke daerah asal, sedangkan 20 orang memilih dibina di panti rehabilitasi di Kota Kediri.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Not sent home: the part beside those who were, not them, not the total.
        ("brp psk gang kenari yg ga dipulangin", "20 PSK di lokalisasi Gang Kenari"),
        ("brp psk gang kenari yg belum dipulangkan", "20 PSK di lokalisasi Gang Kenari"),
        ("psk gang kenari yg dipulangin brp", "70 PSK di lokalisasi Gang Kenari"),
        # Where some were sent to be cared for is not where they were counted.
        ("brp psk di gang kenari", "90 PSK di lokalisasi Gang Kenari"),
    ],
)
def test_the_part_not_done_to_is_the_other_part(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("split", SPLIT_UP)]))
    assert reply.found
    assert reply.summary.startswith(said), reply.summary


SENT_HOME = """Dua Lokalisasi di Bontang Ditutup

BONTANG - Pemkot Bontang menutup lokalisasi Gang Mawar dan lokalisasi Bukit Melati.

"Ada 20 pekerja yang akan dipulangkan hari ini, dari 129 pekerja yang terdata di 2 lokalisasi \
tersebut," kata Kepala Dinas Sosial Kota Bontang.
"""


def test_a_count_of_lokalisasi_is_no_part_of_the_people_split() -> None:
    reply = answer(
        "dari pekerja yg terdata di 2 lokalisasi bontang, brp yg ga ikut dipulangin?",
        build_in_memory([("bontang", SENT_HOME)]),
    )
    assert reply.found, reply.summary
    assert "129 − 20 = 109" in reply.summary


STILL_OPEN = """Bisnis di Eks Lokalisasi Gang Mawar Meredup

BONTANG - Sebelum ditutup tahun 2008 jumlah wisma di lokalisasi Gang Mawar mencapai 30.

Warga sekitar mengeluhkan sepinya pembeli di warung mereka sejak tambang timah meredup.

Namun kini jumlah wisma yang beroperasi hanya 20 wisma.
"""


@pytest.mark.parametrize(
    "question",
    [
        "skrg wisma yg msh buka di eks lokalisasi gang mawar brp?",
        "wisma yg masih aktif di gang mawar brp",
    ],
)
def test_open_is_said_as_operating(question: str) -> None:
    reply = answer(question, build_in_memory([("bontang", STILL_OPEN)]))
    assert reply.found, reply.summary
    assert reply.summary.startswith("20 wisma")


STAGES = """Penutupan Lokalisasi Batu Besar Bertahap

BATAM - {}
"""


@pytest.mark.parametrize(
    "told",
    [
        # Only a form made of the asked word ("tahapan" for "tahap") names the thing.
        "Dinas Sosial Kota Batam menyusun penutupan lokalisasi Batu Besar dalam 8 tahapan.",
        # The figure stands by a later mention of the thing, not by the first.
        "Penutupan lokalisasi Batu Besar kini memasuki tahap kelima, dari seluruhnya 8 tahapan "
        "yang disusun Dinas Sosial Kota Batam.",
    ],
)
def test_a_thing_counted_in_a_form_made_of_the_asked_word(told: str) -> None:
    kb = with_bundled(("tahap", STAGES.format(told)))
    reply = answer("penutupan lokalisasi batu besar ada brp tahap", kb)
    assert reply.found, reply.summary
    assert "8 tahapan" in reply.summary


IN_RAMADAN = """Jelang Ramadan, 300 PSK di Kabupaten Blitar Pulang Kampung

Senin, 9 Agustus 2010 10:00 WIB

BLITAR - Pemkab Blitar memastikan lima eks lokalisasi di wilayahnya tutup sepanjang Ramadan. \
Akibatnya, sekitar 300 PSK memilih pulang ke kampung halaman.

Sumini, penghuni salah satu wisma di eks lokalisasi Kali Mati, mengaku akan pulang ke Tulungagung.

Di eks lokalisasi itu, tercatat 60 PSK dan 8 mucikari yang menghuni 12 rumah.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The year asked says when, not which of the people are counted.
        ("brp psk blitar yg pulang kampung thn 2010?", "300"),
        # "salah satu wisma" is one of them, no figure of them.
        ("brp jumlah wisma di eks lokalisasi kali mati blitar?", None),
        # The people of a lokalisasi are counted, not lokalisasi.
        ("total penghuni lokalisasi kali mati, psk ditambah mucikari, ada brp orang?", "68"),
    ],
)
def test_what_a_count_of_people_is_asked_with(question: str, said: str | None) -> None:
    reply = answer(question, build_in_memory([("blitar", IN_RAMADAN)]))
    assert reply.found is (said is not None), reply.summary
    if said:
        assert said in reply.summary
