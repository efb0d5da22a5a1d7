"""Aid: a package's parts added up, each cited."""

import pytest

from bot.answer import answer
from knowledge.index import KnowledgeBase, build_in_memory
from knowledge.numbers import format_number


def test_an_aid_package_is_added_up(bundled_kb: KnowledgeBase) -> None:
    reply = answer("PSK di Sampit dapat bantuan berapa?", bundled_kb)
    total = 5_050_000 + 250_000 + 1_800_000 + 3_000_000
    assert f"Rp{format_number(total)}" in reply.summary
    assert len(reply.citations) == 2  # the Kemensos sentence and the Pemkab sentence


KUPANG = """Lokalisasi Karang Dempel Kupang Resmi Ditutup

KUPANG - Pemerintah Kota Kupang menutup lokalisasi Karang Dempel di Kelurahan Alak, Kota \
Kupang, Senin (2/12/2019).

Sebanyak 60 pekerja seks komersial (PSK) dan 8 mucikari dipulangkan ke daerah asal.

Kementerian Sosial memberikan bantuan Rp5,05 juta untuk setiap PSK.

Pemerintah Provinsi Nusa Tenggara Timur juga memberikan tambahan Rp1 juta per orang.

Para mucikari tidak masuk daftar penerima bantuan kementerian. Untuk mereka, Wali Kota \
Kupang menyiapkan modal usaha Rp2 juta per orang.

Selain itu, para mucikari diikutkan pelatihan budidaya lele dari Dinas Perikanan.
"""


@pytest.fixture(scope="module")
def kupang() -> KnowledgeBase:
    return build_in_memory([("kupang", KUPANG)])


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # The giver and the recipient the question names decide the amount.
        ("psk karang dempel dapet tambahan brp dr pemprov ntt", "Rp1.000.000", "Rp2.000.000"),
        ("wali kota kupang kasih brp ke mucikari", "Rp2.000.000", "Rp5.050.000"),
        # The recipient is named a sentence before the amount ("Untuk mereka, …").
        ("mucikari karang dempel dapat bantuan brp", "Rp2.000.000", "Rp5.050.000"),
        ("bantuan utk mucikari karang dempel brp per org", "Rp2.000.000", "Rp1.000.000"),
        ("brp bantuan kemensos utk psk karang dempel", "Rp5.050.000", "Rp2.000.000"),
        # The story files the aid under the city: it is the lokalisasi's own answer.
        ("psk karang dempel dapat bantuan brp", "Rp5.050.000", "belum ada data"),
        # The kind of aid asked, for the recipient asked.
        ("mucikari karang dempel dapat bantuan apa", "Rp2.000.000", "Rp5.050.000"),
    ],
)
def test_the_asked_giver_and_recipient_decide_the_aid(
    kupang: KnowledgeBase, question: str, said: str, not_said: str
) -> None:
    reply = answer(question, kupang)
    assert reply.found
    assert said in reply.summary
    assert not_said not in reply.summary
    assert reply.citations[0].article_id == "kupang"


def test_aid_for_another_recipient_is_not_offered(kupang: KnowledgeBase) -> None:
    reply = answer("bantuan untuk nelayan karang dempel brp", kupang)
    assert not reply.found
    assert "Rp" not in reply.summary


PADANG_BESI = """Pemkot Bitung Tutup Lokalisasi Padang Besi

BITUNG - Pemerintah Kota Bitung menutup lokalisasi Padang Besi di Kecamatan Maesa, Kota \
Bitung, Kamis (5/9/2019).

Di lokalisasi itu tercatat 41 pekerja seks komersial (PSK) dan 6 mucikari.

Seluruh biaya pemulangan mantan PSK ke daerah asal ditanggung Pemerintah Kota Bitung.
"""


@pytest.fixture(scope="module")
def padang_besi() -> KnowledgeBase:
    return build_in_memory([("padang_besi", PADANG_BESI)])


@pytest.mark.parametrize(
    "question",
    [
        # A verb after "buat"/"untuk" says what the money pays for, in any register.
        "biaya buat mulangin psk padang besi siapa yg nanggung",
        "biaya buat memulangkan psk padang besi ke kampungnya siapa yg nanggung ya",
        "biaya untuk memulangkan psk padang besi siapa yang menanggung",
        "biaya pemulangan psk padang besi siapa yang menanggung",
    ],
)
def test_what_aid_pays_for_is_not_its_recipient(padang_besi: KnowledgeBase, question: str) -> None:
    reply = answer(question, padang_besi)
    assert reply.found
    assert "Pemerintah Kota Bitung" in reply.summary
    assert reply.citations[0].article_id == "padang_besi"


TELUK_BIRU = """Lokalisasi Teluk Biru Ditutup, 40 PSK Terima Bantuan

AMBON - Pemerintah Kota Ambon menutup lokalisasi Teluk Biru di Kecamatan Nusaniwe, Kota \
Ambon, Selasa (8/10/2019).

Kepala Dinas Sosial Kota Ambon menyebut di lokalisasi itu terdapat 40 pekerja seks komersial.

Setiap mantan PSK menerima bantuan dari Kementerian Sosial sebesar Rp4 juta per orang, yang \
terdiri atas Rp3 juta untuk usaha ekonomi produktif dan Rp1 juta untuk jaminan hidup.
"""

KALI_ASIN = """Lokalisasi Kali Asin Disegel

SORONG - Pemerintah Kota Sorong menyegel lokalisasi Kali Asin di Kecamatan Sorong Barat,
Kota Sorong, Rabu (6/11/2019).

Setiap penerima mendapat Rp2 juta sebagai bantuan stimulan usaha.

"Untuk Kali Asin kami alokasikan Rp150 juta dari APBD," kata Kepala Dinas Sosial.
"""


@pytest.fixture(scope="module")
def teluk_biru() -> KnowledgeBase:
    return build_in_memory([("teluk_biru", TELUK_BIRU), ("kali_asin", KALI_ASIN)])


@pytest.mark.parametrize(
    ("question", "said", "not_said"),
    [
        # A whole and the parts it "terdiri atas" are one package, not three amounts to add.
        ("bantuan kemensos utk psk teluk biru brp per org", "Total Rp4.000.000", "Rp8.000.000"),
        # A total for everyone: the share times the workers the same story counts.
        ("total bantuan kemensos utk semua psk teluk biru brp", "Rp160.000.000", "Rp8.000.000"),
        # A budget asked by its name, which the story calls an allocation.
        ("anggaran dinsos utk kali asin totalnya brp", "Rp150.000.000", "Rp2.000.000"),
    ],
)
def test_a_package_its_parts_and_its_total(
    teluk_biru: KnowledgeBase, question: str, said: str, not_said: str
) -> None:
    reply = answer(question, teluk_biru)
    assert reply.found
    assert said in reply.summary
    assert not_said not in reply.summary


KARANG_JATI = """Yayasan Beri Modal untuk Eks Penghuni Karang Jati

MATARAM - Sebuah yayasan di Mataram menyalurkan modal usaha kepada mantan pekerja seks \
dari lokalisasi Karang Jati, Kota Mataram, Senin (2/12/2019). Setiap orang menerima Rp 3 juta.

Pemerintah Kota Mataram menanggung biaya pemulangan mereka ke daerah asal.
"""


@pytest.mark.parametrize(
    "question",
    [
        # The kind asked is named a sentence before a plain amount.
        "modal usaha utk eks psk karang jati berapa per orang",
        "brp modal usaha yg diterima psk karang jati",
    ],
)
def test_a_plain_amount_takes_the_kind_its_story_names(question: str) -> None:
    reply = answer(question, build_in_memory([("karang_jati", KARANG_JATI)]))
    assert reply.found
    assert "Rp3.000.000" in reply.summary
    assert reply.citations[0].article_id == "karang_jati"


BATU_PUTIH = """Lokalisasi Batu Putih Ditutup

TERNATE - Pemerintah Kota Ternate menutup lokalisasi Batu Putih di Kecamatan Ternate Selatan, \
Kota Ternate, Jumat (4/10/2019).

Untuk keperluan itu, Pemkot Ternate mengalokasikan anggaran Rp 600 juta dalam APBD 2019. \
Anggaran itu mencakup tiket pemulangan dan biaya pendampingan petugas.
"""


def test_a_budget_answers_for_the_kind_it_covers() -> None:
    kb = build_in_memory([("batu_putih", BATU_PUTIH)])
    reply = answer("pemkot ternate anggarkan brp utk pemulangan psk batu putih", kb)
    assert reply.found
    assert "Rp600.000.000" in reply.summary
    assert reply.citations[0].article_id == "batu_putih"


PROPOSED = """Dinsos Paser Usulkan Bantuan untuk Eks PSK Km 9

PASER - Pemerintah Kabupaten Paser mengusulkan tambahan modal usaha Rp 2,5 juta per orang bagi \
eks PSK lokalisasi Km 9 di Kecamatan Tanah Grogot.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # Aid only proposed is not aid received: offered as a proposal.
        ("eks psk km 9 udh terima modal usaha dr pemkab brp", False),
        # Asked as a proposal, the proposal answers.
        ("pemkab paser ngusulin tambahan modal usaha brp", True),
    ],
)
def test_proposed_aid_answers_only_a_question_about_the_proposal(
    question: str, found: bool
) -> None:
    reply = answer(question, build_in_memory([("proposed", PROPOSED)]))
    assert reply.found is found
    assert "Rp2.500.000" in reply.summary
    assert "diusulkan" in reply.summary


PELATIHAN = """Mucikari Eks Lokalisasi Bukit Indah Ikut Pelatihan Membatik

PASER - Pemerintah Kabupaten Paser mengalokasikan anggaran sebesar Rp 10 juta untuk pelatihan \
membatik bagi 14 mucikari eks lokalisasi Bukit Indah.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("anggaran pelatihan batik di paser itu tiap mucikari dapet brp?", False),
        ("brp anggaran pelatihan membatik buat mucikari per orang di paser", False),
        ("brp anggaran pelatihan membatik buat mucikari di paser", True),
    ],
)
def test_a_budget_for_all_is_no_ones_share(question: str, found: bool) -> None:
    reply = answer(question, build_in_memory([("pelatihan", PELATIHAN)]))
    assert reply.found is found
    assert "Rp10.000.000" in reply.summary


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # Aid of another year is no answer to the year asked; a budget may name its year.
        ("bantuan kemensos buat psk penajam tahun 2015 brp", False),
        ("bantuan kemensos buat psk penajam tahun 2018 brp", True),
        ("bantuan kemensos buat psk penajam brp", True),
        ("anggaran apbd 2019 buat pemulangan psk penajam brp", True),
    ],
)
def test_aid_of_the_year_asked(question: str, found: bool) -> None:
    reply = answer(question, build_in_memory([("tahun", TAHUN)]))
    assert reply.found is found


TAHUN = """Lokalisasi Km 9 Penajam Ditutup

PENAJAM - Pemerintah Kabupaten Penajam Paser Utara resmi menutup lokalisasi Km 9 di Kecamatan \
Penajam pada 3 Maret 2018.

Para pekerja seks menerima bantuan dari Kementerian Sosial sebesar Rp5,05 juta per orang.

Pemkab menyiapkan anggaran Rp200 juta dari APBD 2019 untuk biaya pemulangan.
"""


TWO_KINDS = """Lokalisasi Gunung Sari Ditutup, PSK Dipulangkan

TULUNGAGUNG - Sebanyak 18 PSK asal Kabupaten Tulungagung dipulangkan dari lokalisasi Gunung Sari.

Para PSK itu sudah menerima dana kompensasi dan bantuan permodalan usaha dari Kemensos sebesar \
Rp5,05 juta per orang.
"""


def test_one_sum_of_two_kinds_answers_either() -> None:
    reply = answer(
        "modal usaha dr kemensos buat psk gunung sari brp per orang",
        build_in_memory([("dua", TWO_KINDS)]),
    )
    assert reply.found, reply.summary
    assert "5.050.000" in reply.summary


BUDGET_USES = """Ratusan PSK Dipulangkan, Disediakan Anggaran Rp 296 Juta

BONTANG - Pemerintah mengalokasikan anggaran Rp 296 juta untuk memulangkan ratusan PSK dari \
lokalisasi Gang Mawar, Kota Bontang.

Proses pemulangan itu berkoordinasi dengan dinas kesehatan.

Kepala Dinas Sosial Bontang mengatakan, anggaran yang disediakan meliputi tiket transportasi dan \
konsumsi selama karantina.
"""


@pytest.mark.parametrize(
    ("question", "uses"),
    [
        ("dana 296 juta pemulangan psk gang mawar dipake buat apa aja?", True),
        ("berapa anggaran pemulangan psk gang mawar?", False),
    ],
)
def test_what_money_covers_is_told_when_asked(question: str, uses: bool) -> None:
    reply = answer(question, build_in_memory([("bontang", BUDGET_USES)]))
    assert reply.found
    assert "Rp296.000.000" in reply.summary
    assert ("tiket transportasi" in reply.summary) is uses


SENT_HOME = """Belasan PSK Eks Lokalisasi Gunung Sari Dipulangkan ke Blitar

BLITAR - Dinas Sosial Kabupaten Blitar menerima 14 PSK yang dipulangkan dari lokalisasi Gunung \
Sari, Kabupaten Kediri, Senin (4/5/2015).

Para PSK itu sudah menerima santunan dari Kementerian Sosial sebesar Rp 5,05 juta per orang.
"""


@pytest.mark.parametrize(
    "question",
    ["bantuan kemensos buat psk gunung sari brp per orang", "psk gunung sari dapet brp duit"],
)
def test_a_lokalisasi_s_story_gives_its_workers_aid_wherever_it_is_filed(question: str) -> None:
    # The story speaks from Blitar, where the aid is filed; the workers are Gunung Sari's.
    reply = answer(question, build_in_memory([("sent_home", SENT_HOME)]))
    assert reply.found
    assert "5.050.000" in reply.summary


FROM_AFAR = """Pemprov Kaltim Beri Modal Usaha Eks PSK

SAMARINDA - Pemprov Kaltim memberi modal usaha Rp3 juta kepada setiap eks PSK di Kalimantan \
Timur. Sementara itu, jumlah PSK di Jawa Barat mencapai 21 ribu orang.
"""


def test_a_region_named_in_another_place_s_story_is_not_given_its_aid() -> None:
    # The story counts West Java's workers, but its aid is East Kalimantan's.
    reply = answer(
        "modal usaha buat eks psk di jawa barat brp", build_in_memory([("afar", FROM_AFAR)])
    )
    assert not reply.found


PACKAGE = """Eks PSK Gang Kenari Terima Bantuan

BLITAR - Setiap eks PSK lokalisasi Gang Kenari, Kabupaten Blitar, menerima bantuan usaha ekonomi \
produktif Rp3 juta dan jaminan hidup Rp1,8 juta dari Kementerian Sosial.
"""
CAPITAL = """Pemkot Beri Modal Usaha Eks PSK Tanjung Sari

KEDIRI - Pemerintah Kota Kediri memberi bantuan modal usaha Rp2,5 juta kepada setiap eks PSK \
lokalisasi Tanjung Sari.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("modal usaha buat psk gang kenari blitar brp", "3.000.000"),
        ("bantuan usaha ekonomi produktif eks psk tanjung sari kediri brp", "2.500.000"),
    ],
)
def test_business_capital_is_one_kind_under_its_two_names(question: str, said: str) -> None:
    kb = build_in_memory([("package", PACKAGE), ("capital", CAPITAL)])
    reply = answer(question, kb)
    assert reply.found
    assert said in reply.summary


RAISED = """Bantuan Eks PSK Naik

PALANGKA RAYA - Pemerintah Kota Palangka Raya terus menyiapkan penutupan lokalisasi Pal 9.

Tunjangan alih profesi dari Kementerian Sosial bagi setiap PSK kini naik menjadi Rp4,2 juta per \
orang. Semula tunjangan itu hanya Rp3.800.000 per orang.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The amount a story says was raised replaces the one before it; nothing is added up.
        ("brp tunjangan buat psk di palangka raya", "Bantuan Rp4.200.000 per orang."),
        ("tunjangan utk palangka raya naik jadi brp per orang", "Bantuan Rp4.200.000 per orang."),
        # By how much: worked out and shown as such.
        (
            "tunjangan alih profesi di palangka raya naiknya brp rupiah dibanding sebelumnya",
            "Naik Rp400.000: dihitung dari angka berita, Rp3.800.000 menjadi Rp4.200.000.",
        ),
    ],
)
def test_an_amount_raised_replaces_the_one_before(question: str, said: str) -> None:
    reply = answer(question, build_in_memory([("raised", RAISED)]))
    assert reply.found
    assert reply.summary == said


FARE_HOME = """Eks PSK Pal 9 Dapat Modal dan Ongkos Pulang

PALANGKA RAYA - Setiap eks PSK lokalisasi Pal 9 menerima modal usaha Rp 3 juta dari Kementerian \
Sosial, ditambah biaya transportasi Rp 400 ribu dari Pemkot Palangka Raya, Rabu (2/5/2018).
"""


@pytest.mark.parametrize(
    "question",
    ["biaya transport buat eks psk pal 9 brp", "ongkos transportasi eks psk pal 9 brp"],
)
def test_the_fare_home_is_asked_in_many_words(question: str) -> None:
    reply = answer(question, build_in_memory([("fare", FARE_HOME)]))
    assert reply.found
    assert reply.summary == "Pemulangan Rp400.000 per orang.", reply.summary


BUKIT_MERAH = """Pemkab Siapkan Pesangon untuk PSK Bukit Merah

SUKADANA - Pemkab Lampung Timur dan Kementerian Sosial menyiapkan anggaran untuk pesangon \
pekerja seks di kompleks Bukit Merah. Setiap pekerja seks akan diberi dana Rp 9 juta ketika \
kompleks itu ditutup.

Kepala Dinas Sosial Lampung Timur Rina Marlina mengatakan, dana Rp 9 juta itu bersumber dari \
Kementerian Sosial Rp 6 juta dan APBD Lampung Timur Rp 3 juta.
"""


@pytest.mark.parametrize(
    "question",
    [
        "brp pesangon tiap psk bukit merah",
        "kalo lokalisasi bukit merah jadi ditutup, psk dapet pesangon brp?",
    ],
)
def test_a_whole_told_twice_and_where_it_comes_from(question: str) -> None:
    # Rp9 juta is the whole, told again with the two purses it comes from: Rp9 juta per
    # person, never the three amounts (or four) added up.
    reply = answer(question, build_in_memory([("bukit_merah", BUKIT_MERAH)]))
    assert reply.found, reply.summary
    assert reply.intent == "aid_amount"
    assert "Total Rp9.000.000 per orang" in reply.summary


KARANG_ASEM = """Eks PSK Karang Asem Terima Bantuan

SINGARAJA - Setiap eks pekerja seks lokalisasi Karang Asem di Kabupaten Buleleng menerima \
bantuan Rp5.050.000 dari Kementerian Sosial.
"""


@pytest.mark.parametrize(
    ("question", "articles", "said"),
    [
        # Aid given is no sum a proposal asked for.
        (
            "brp bantuan kemensos yg diajukan di proposal utk psk karang asem",
            [("ka", KARANG_ASEM)],
            None,
        ),
        # A sum proposed answers it.
        ("brp modal usaha yg diusulkan pemkab paser", [("proposed", PROPOSED)], "Rp2.500.000"),
    ],
)
def test_a_sum_proposed_is_answered_only_by_a_proposal(
    question: str, articles: list[tuple[str, str]], said: str | None
) -> None:
    reply = answer(question, build_in_memory(articles))
    assert reply.found is (said is not None), reply.summary
    if said:
        assert said in reply.summary
