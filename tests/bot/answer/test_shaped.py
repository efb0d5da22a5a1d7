"""Where, who, how long, which named thing: the sentence of the asked place's story that holds
an answer of the asked shape, when no fact does."""

from __future__ import annotations

import pytest

from bot.answer import answer
from bot.answer.composed import Asked
from bot.answer.shaped import Shape, answer_shape, compose_shaped
from bot.understand import read_question
from knowledge.index import KnowledgeBase, build_in_memory
from tests.bot.conftest import with_bundled

MAWAR = """Lokalisasi Tanjung Mawar Ditutup

KETAPANG - Pemerintah Kabupaten Ketapang menutup lokalisasi Tanjung Mawar di Kecamatan Delta \
Pawan pada 2 April 2019.

Sebanyak 35 pekerja seks komersial (PSK) dipulangkan ke daerah asal masing-masing.

Penyerahan bantuan bagi para mantan PSK digelar di Gedung Serbaguna Pawan Indah, Selasa (2/4).

Saat dipulangkan, mereka didampingi petugas dari Dinas Sosial Kalimantan Barat.

Sebagian dari mereka dipulangkan dengan kapal laut.

Rombongan itu berangkat dari Pelabuhan Ketapang menumpang kapal KM Lawit.

Para mucikari diberi waktu dua minggu untuk mengosongkan wisma mereka.

Lahan lokalisasi itu milik Yayasan Bumi Lestari sejak puluhan tahun lalu.

Lokalisasi Tanjung Mawar terletak di Jalan Pemuda, tak jauh dari pasar ikan.

Gedung serbaguna itu berdiri di Jalan Merdeka Timur sejak 2010.

Tim itu terdiri dari unsur Satpol PP, tokoh agama dan aparat keamanan.

"Wisma yang masih buka akan kami segel," ujar Rahmat Hidayat, Kepala Satpol PP Ketapang.

Wisma di Kalimantan Barat umumnya disewa dari warga.

Penyuluh agama Yusuf Rahman mendampingi mereka.

Yusuf Rahman, mantan penyuluh Lembaga Pemasyarakatan Ketapang yang kini bertugas di kantor \
kecamatan, juga datang setiap pekan ke balai warga untuk mengajar membaca Al Quran dan \
memberi nasihat kepada para perempuan yang tinggal di kawasan itu sejak bertahun-tahun lalu.

Wakil Bupati Ketapang Suryadi Anwar meminta para mucikari dan pemilik wisma menutup usahanya.

Penutupan itu dilakukan sesuai peraturan bupati tentang ketertiban umum.

Dua bulan sebelumnya, lokalisasi itu digerebek polisi pada 20 Februari 2019.

Dalam razia itu, 40 perempuan diamankan dan seluruhnya memiliki KTP dari luar Ketapang.

Camat Delta Pawan meminta warga melapor kepada tim terpadu jika menemukan praktik prostitusi.

Satpol PP melayangkan Surat Peringatan Pertama (SP1) kepada para mucikari pada Senin (11/3/2019).
"""

PENAJAM = """Lokalisasi Km 9 Penajam Ditutup

PENAJAM - Pemerintah Kabupaten Penajam Paser Utara resmi menutup lokalisasi Km 9 di Kecamatan \
Penajam pada 3 Maret 2018.

Sebanyak 57 pekerja seks dipulangkan ke daerah asal masing-masing.

Para pekerja seks menerima bantuan dari Kementerian Sosial sebesar Rp5,05 juta per orang.

Sebagian pekerja seks diserahkan kepada petugas di Balai Rehabilitasi Sosial untuk didata.
"""


SEMPAJA = """Lokalisasi Bukit Sempaja Masih Beroperasi

SAMARINDA - Lokalisasi Bukit Sempaja di Kota Samarinda masih beroperasi meski warga menolaknya.

Sosialisasi rencana penutupan digelar dua kali, pada 11 Maret dan 18 Maret 2019, di kantor \
kelurahan.

Sebanyak 40 pekerja seks masih tinggal di kawasan itu.

Sosialisasi yang melibatkan warga itu digelar oleh Dinas Sosial Samarinda.

Sosialisasi tersebut juga melibatkan Polresta Samarinda, Kantor Kementerian Agama, Satpol PP \
dan Majelis Ulama Indonesia.

Wali Kota Samarinda Budi Santoso mengatakan seluruh wisma akan dikosongkan sebelum Juni 2019.

Hal itu ia sampaikan usai menghadiri peringatan Hari Jadi Kabupaten di Tenggarong.
"""


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return build_in_memory([("mawar", MAWAR), ("penajam", PENAJAM), ("sempaja", SEMPAJA)])


@pytest.mark.parametrize(
    ("question", "shape"),
    [
        ("penyerahan bantuan eks psk diadain di mana", Shape("place", "di")),
        ("psk nya bakal dikirim kemana", Shape("place", "ke")),
        ("pas dipulangin didampingi siapa", Shape("who")),
        ("mucikari dikasih waktu brp lama", Shape("duration")),
        ("satpol pp patroli seberapa sering", Shape("often")),
        ("razia digelar brp kali seminggu", Shape("often")),
        ("ditutup pake aturan apa", Shape("named", "aturan")),
        ("direlokasi ke rusun mana aja", Shape("named", "rusun", which=True)),
        ("nama gedung yg dipake penyerahan bantuan apa", Shape("named", "gedung", which=True)),
        # Where a place lies is the site's to say; a figure is no shape of these.
        ("lokalisasi itu di kecamatan mana", None),
        ("berapa psk yang dipulangkan", None),
        ("kapan lokalisasi ditutup", Shape("when")),
        # A verb before "apa" asks what was done, not which thing is named.
        ("lokalisasinya mau dijadikan apa", None),
        ("sosialisasinya tgl brp", Shape("when")),
        ("dibiarkan terbengkalai dari tahun berapa", Shape("when")),
        ("psk asalnya dr mana aja", Shape("place", "dari")),
        ("psk yg dipulangkan asalnya dari daerah mana saja", Shape("place", "dari")),
        ("psk hasil razia dikirim ke kota mana", Shape("place", "ke", which=True)),
        ("razia psk itu di lokasi mana aja", Shape("place", "di")),
        ("digerebek jam brp", Shape("when", "jam")),
        ("razianya hari apa tgl brp", Shape("when")),
        ("bantuan itu dari mana", None),
        ("mensos ngomong gitu pas lg di kota mana", Shape("said_where")),
        # No place of the gazetteer is a street: the name a sentence gives after "Jalan".
        ("alamatnya di jalan apa", Shape("named", "jalan", which=True)),
    ],
)
def test_the_asking_word_says_the_shape_of_the_answer(
    kb: KnowledgeBase, question: str, shape: Shape | None
) -> None:
    reading = read_question(question, kb)
    assert answer_shape(reading.words, reading.content) == shape


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("penyerahan bantuan eks psk tanjung mawar diadain di mana", "Gedung Serbaguna"),
        # "Ke mana" is whither ("ke daerah asal"), not where something was held.
        ("psk tanjung mawar dipulangin ke mana", "ke daerah asal"),
        ("pas dipulangin psk tanjung mawar didampingi siapa", "Dinas Sosial Kalimantan Barat"),
        ("mucikari tanjung mawar dikasih waktu brp lama buat ngosongin wisma", "dua minggu"),
        ("mucikari tanjung mawar dikasih waktu brp minggu buat ngosongin wisma", "dua minggu"),
        ("lahan lokalisasi tanjung mawar itu punya siapa", "Yayasan Bumi Lestari"),
        ("tanjung mawar ditutup pake aturan apa", "peraturan bupati"),
        ("nama gedung penyerahan bantuan eks psk tanjung mawar apa", "Gedung Serbaguna"),
        # "Dulunya … apa": "mantan penyuluh …", not the post held now.
        ("yusuf rahman dulunya penyuluh apa", "Lembaga Pemasyarakatan"),
        # Where people come from is no fact of where the lokalisasi lies.
        ("cewek2 yg diamankan di tanjung mawar ktp nya dr mana", "luar Ketapang"),
        # … and whither: to whom a report goes.
        ("kalo nemu praktik psk di tanjung mawar lapornya ke mana", "tim terpadu"),
        # The site's facts say the city; the street only a sentence does.
        ("lokalisasi tanjung mawar lokasinya di jalan apa", "Jalan Pemuda"),
        # … asked with nothing else than the place and the street.
        ("lokalisasi tanjung mawar itu di jalan apa", "Jalan Pemuda"),
        # … and of what else the question names, the sentence about that.
        ("gedung serbaguna tanjung mawar ada di jalan apa", "Jalan Merdeka"),
        # A thing no intent names, however well the rest fits one ("lokalisasi X … apa").
        ("tim penutupan lokalisasi tanjung mawar terdiri dr unsur apa aja", "tokoh agama"),
        # Which ship: the name after "kapal" in the place's story, though its sentence shares
        # no other word with the question, before a sentence saying only "kapal laut".
        ("psk tanjung mawar dipulangin naik kapal apa", "KM Lawit"),
    ],
)
def test_the_sentence_holding_the_asked_shape_answers(
    kb: KnowledgeBase, question: str, said: str
) -> None:
    reply = answer(question, kb)
    assert reply.found
    assert said in reply.summary
    assert reply.citations[0].article_id == "mawar"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # A raid is dated by its sentence, before the closing's fact.
        ("tanjung mawar digrebek polisi tanggal berapa", "20 Februari"),
        # A code is said in capitals, and is no chat word.
        ("SP1 buat warga tanjung mawar dilayangin kapan", "11/3/2019"),
        # The closing is dated by its fact, never by the raid.
        ("tanjung mawar ditutup tanggal berapa", "2 April"),
    ],
)
def test_a_date_asked_of_something_besides_the_closing_is_that_thing_s(
    kb: KnowledgeBase, question: str, said: str
) -> None:
    reply = answer(question, kb)
    assert reply.found
    assert said in reply.summary


def test_the_date_of_what_no_fact_dates_is_the_dated_sentence_about_it(
    kb: KnowledgeBase,
) -> None:
    # No closing to date: the sentence dating what the question names besides it answers.
    reply = answer("sosialisasi penutupan lokalisasi bukit sempaja dilakuin tgl brp", kb)
    assert reply.found
    assert "11 Maret" in reply.summary
    assert reply.citations[0].article_id == "sempaja"


@pytest.mark.parametrize(
    "question",
    [
        # Another place's story holds a venue and a companion: never quoted for this place.
        "penyerahan bantuan eks psk km 9 penajam diadain di mana",
        "pas dipulangin psk km 9 penajam didampingi siapa",
        # An office asked for: only a name said after that office answers.
        "siapa menteri sosial yg nutup lokalisasi tanjung mawar",
    ],
)
def test_no_sentence_of_the_shape_about_the_place_means_no_answer(
    kb: KnowledgeBase, question: str
) -> None:
    reply = answer(question, kb)
    assert not reply.found or all(c.article_id != "mawar" for c in reply.citations)
    assert "Gedung Serbaguna" not in reply.summary
    assert "Dinas Sosial Kalimantan Barat" not in reply.summary


def test_who_all_took_part_is_the_sentence_naming_the_most(kb: KnowledgeBase) -> None:
    reply = answer("siapa aja yg dilibatkan sosialisasi penutupan lokalisasi bukit sempaja", kb)
    assert reply.found
    assert "Polresta Samarinda" in reply.summary


def test_where_someone_said_it_is_where_the_story_was_filed(kb: KnowledgeBase) -> None:
    reply = answer("wali kota ngomong wisma bakal dikosongkan itu pas lg di kota mana", kb)
    assert reply.found
    assert reply.summary.startswith("Disampaikan di Samarinda")
    assert reply.citations[0].article_id == "sempaja"


@pytest.mark.parametrize(
    "question",
    [
        # Who spoke a quote is not who the quote is about.
        "siapa yang akan menyegel wisma tanjung mawar",
        # A region is where, not who.
        "siapa yang menyewakan wisma tanjung mawar",
        # A name far before the asked word is who spoke to the owners, not who owns.
        "siapa pemilik wisma di tanjung mawar",
    ],
)
def test_a_quote_s_speaker_or_a_region_is_no_answer_to_who(
    kb: KnowledgeBase, question: str
) -> None:
    reading = read_question(question, kb)
    composed = compose_shaped(Asked(reading, reading.slots), kb, Shape("who"))
    assert composed is None


def test_where_aid_was_handed_over_is_said_by_a_sentence_about_aid(kb: KnowledgeBase) -> None:
    # "Pekerja seks diserahkan kepada petugas di Balai …" hands over people, not aid.
    reading = read_question("bantuan psk km 9 penajam diserahkan di mana", kb)
    composed = compose_shaped(Asked(reading, reading.slots), kb, Shape("place", "di"))
    assert composed is None


def test_a_place_no_fact_is_filed_under_is_searched_in_the_sentences_naming_it(
    kb: KnowledgeBase,
) -> None:
    reply = answer("wali kota menghadiri peringatan apa di tenggarong", kb)
    assert reply.found
    assert "Hari Jadi" in reply.summary


HOTEL = """Polisi Gerebek Dua Hotel di Mataram

MATARAM - Polresta Mataram menggerebek dua hotel, Sabtu (5/9/2020), dan mengamankan 12 PSK \
yang menunggu tamu.

Kedua hotel itu diduga menjadi tempat prostitusi terselubung sejak 2019.
"""


@pytest.mark.parametrize(
    "question",
    [
        "nama hotel tempat psk tanjung mawar ditampung apa",
        # Sentences about the raid share the question's words but name no hotel.
        "nama hotel di mataram yg digerebek polresta apa",
        # Nobody is named: neither a sentence about them nor who closed the lokalisasi answers.
        "siapa nama mucikari yg dikasih waktu dua minggu di tanjung mawar",
        "siapa nama psk yg dipulangkan dari tanjung mawar",
        # Which one by name: no sentence names it.
        "psk tanjung mawar yg dipulangkan itu dibina di panti mana",
    ],
)
def test_a_name_no_sentence_gives_is_not_answered_with_another_sentence(question: str) -> None:
    kb = build_in_memory([("mawar", MAWAR), ("penajam", PENAJAM), ("hotel", HOTEL)])
    assert not answer(question, kb).found


KAMPUNG = """Eks Lokalisasi Kampung Baru Kembali Ramai

PALEMBANG - Kawasan eks lokalisasi Kampung Baru di Kota Palembang kembali ramai meski sudah \
ditutup sejak 2006.

Warung remang-remang masih ditemukan di kawasan yang berada di KM 14 Palembang tersebut.
"""


def test_km_berapa_asks_the_number_of_a_name_not_a_count() -> None:
    kb = with_bundled(("mawar", MAWAR), ("kampung", KAMPUNG))
    question = "eks lokalisasi kampung baru palembang itu di km brp"
    reading = read_question(question, kb)
    assert answer_shape(reading.words, reading.content) == Shape("named", "km")
    reply = answer(question, kb)
    assert reply.found
    assert "KM 14" in reply.summary


WARUNG = """Satpol PP Gerebek Warung Remang-remang di Tulang Bawang

MENGGALA - Satpol PP Kabupaten Tulang Bawang menggerebek warung remang-remang di Kecamatan \
Banjar Agung, Selasa (8/6/2021) malam.

Menurut Kasat Pol PP Hendra Saputra, petugas mengamankan tujuh pekerja seks komersial (PSK).

Razia itu dimulai sekitar pukul 22.00 WIB.

Pada penggerebekan itu petugas juga mengamankan pemilik warung, kata Suwarno.

Malam itu Kapolsek Budi Santoso memimpin petugas yang mengamankan ketujuh PSK.

Warga sudah lama meminta warung-warung itu dibongkar.

Permintaan itu dibahas dalam musyawarah perencanaan pembangunan di kantor bupati, Senin \
(14/6/2021).
"""


@pytest.mark.parametrize(
    "question",
    [
        # A count of the raid, or a sentence about it, says no year.
        "penggerebekan yg dapet 7 psk di tulang bawang itu tahun brp",
        # "kata Suwarno" names who told it, not the owner taken.
        "siapa nama pemilik warung yg diamankan di tulang bawang",
        # The raid and the meeting are dated; the demolition (after the meeting) is not.
        "kapan warung di tulang bawang dibongkar",
        "jadi kapan warung di tulang bawang akhirnya dibongkar setelah musyawarah itu",
        # The raid's time is no time of the demolition.
        "warung di tulang bawang dibongkar jam berapa",
    ],
)
def test_what_a_story_does_not_date_or_name_is_not_answered(question: str) -> None:
    reply = answer(question, build_in_memory([("warung", WARUNG)]))
    assert not reply.found, reply.summary


def test_a_time_of_day_is_asked_with_jam_berapa() -> None:
    reply = answer(
        "razia di tulang bawang dimulai jam berapa", build_in_memory([("warung", WARUNG)])
    )
    assert reply.found, reply.summary
    assert "pukul 22.00" in reply.summary


SIGNED = """Sejarah Lokalisasi Gunung Sari

SURABAYA - Lokalisasi Gunung Sari di Kota Surabaya ditutup pada 2014.

Pada tanggal 27 April 1970, tempat ini resmi ditetapkan sebagai lokalisasi melalui Surat \
Keputusan Gubernur Jawa Timur yang ditandatangani oleh Hendra Wiratama.

Kini kawasan itu menjadi pusat kegiatan warga.
"""


def test_who_signed_is_the_name_after_the_signing() -> None:
    kb = with_bundled(("signed", SIGNED))
    reply = answer("siapa gubernur yg tanda tangan SK lokalisasi gunung sari", kb)
    assert reply.found, reply.summary
    assert "Hendra Wiratama" in reply.summary


def test_a_lokalisasi_no_fact_is_filed_under_is_not_answered_from_another_place() -> None:
    story = SIGNED.replace(
        "Lokalisasi Gunung Sari di Kota Surabaya ditutup pada 2014.",
        "Gunung Sari dulunya adalah sebuah lokalisasi yang ramai.",
    )
    kb = with_bundled(("signed", story))
    reply = answer("siapa gubernur yg tanda tangan SK lokalisasi gunung sari", kb)
    # Not the governor of a province another story names.
    assert "Gubernur Kaltim" not in reply.summary
    assert not reply.found or "Hendra Wiratama" in reply.summary


def test_a_thing_named_is_answered_before_the_country_s_aid_for_a_place_with_none() -> None:
    # Aid is the intent "ditampung" leans to; Tanjung Mawar has none, and the country's is no
    # answer to which home they go to when the story names it.
    story = MAWAR + "\nPara mantan PSK akan dibina di Panti Sosial Karya Wanita Harapan Kasih.\n"
    reply = answer("eks psk tanjung mawar mau ditampung di panti apa", with_bundled(("m", story)))
    assert reply.found
    assert "Harapan Kasih" in reply.summary


def test_a_date_asked_with_a_chat_verb_is_of_the_sentence_saying_it() -> None:
    # "dibebasin" is the story's "dibebaskan": the year of that, not of the closing.
    story = (
        MAWAR
        + "\nKawasan itu sudah dibebaskan Pemkab Ketapang dari praktik prostitusi pada 2009.\n"
    )
    reply = answer(
        "kawasan tanjung mawar dibebasin pemkab ketapang tahun brp", with_bundled(("m", story))
    )
    assert reply.found, reply.summary
    assert "2009" in reply.summary


def test_how_often_is_the_sentence_saying_how_often() -> None:
    story = (
        MAWAR
        + "\nSatpol PP mengaku kesulitan karena penghuni selalu tahu akan didatangi petugas.\n"
        + "\nSatpol PP Ketapang menggelar patroli di bekas lokalisasi Tanjung Mawar dua kali "
        + "seminggu.\n"
    )
    reply = answer("satpol pp patroli ke tanjung mawar seberapa sering", with_bundled(("m", story)))
    assert reply.found
    assert "dua kali seminggu" in reply.summary


def test_how_long_is_the_sentence_saying_how_long() -> None:
    story = MAWAR + "\nSelama bulan puasa, lokalisasi Tanjung Mawar akan tutup selama seminggu.\n"
    reply = answer("selama bulan puasa tanjung mawar tutup berapa lama", with_bundled(("m", story)))
    assert reply.found
    assert "seminggu" in reply.summary


PROGRAM = """Dinsos Kota Kupang Bina Mantan PSK Karang Dempel

KUPANG - Dinas Sosial Kota Kupang membina para mantan PSK lokalisasi Karang Dempel.

Menurut Kepala Dinas Sosial, untuk mantan PSK ada anggaran pembinaan dari kementerian, salah \
satu programnya adalah pemberian bantuan Usaha Ekonomi Produktif (UEP).
"""


def test_what_a_thing_is_may_follow_a_copula() -> None:
    reply = answer(
        "bantuan kemensos buat mantan psk di kota kupang programnya apa namanya",
        with_bundled(("program", PROGRAM)),
    )
    assert reply.found, reply.summary
    assert "Usaha Ekonomi Produktif" in reply.summary


MUSALA = """Eks Lokalisasi Sumber Rejo Kini Religius

BANYUWANGI - Eks lokalisasi Sumber Rejo di Kecamatan Sempu, Kabupaten Banyuwangi, kini berubah.

Tidak hanya mengurus musala, Hasan juga mengajar mengaji anak-anak kampung.

Setelah lokalisasi itu ditutup, warga membangun Musala Nurul Huda di tengah kampung.
"""


def test_a_name_after_a_comma_is_not_the_thing_s() -> None:
    reply = answer("nama musala di eks sumber rejo apa", with_bundled(("musala", MUSALA)))
    assert reply.found, reply.summary
    assert "Nurul Huda" in reply.summary


CLEARED = """Tim Gabungan Tertibkan Lokalisasi Bunga Tanjung

BENGKAYANG - Tim gabungan melakukan penertiban lokalisasi Bunga Tanjung di Kecamatan \
Bengkayang, Kamis (8/3/2018).
"""

DEADLINE_ONLY = """Tim Gabungan Tertibkan Lokalisasi Bunga Tanjung

BENGKAYANG - Tim gabungan menertibkan lokalisasi Bunga Tanjung di Kecamatan Bengkayang.

Kepala Satpol PP mengatakan, penertiban belum dengan pembongkaran karena pemilik diberi waktu \
membongkar sendiri hingga Senin (12/3).
"""


LAUNCH = """Mensos Isyaratkan Lokalisasi Bunga Tanjung Ditutup

BENGKAYANG - Lokalisasi Bunga Tanjung akan ditutup tahun depan, ujar Menteri Sosial Sulastri \
Dewi usai peluncuran Balai Usaha Rakyat di Bengkayang, Sabtu (10/9/2016).
"""


def test_the_event_asked_by_acara_apa_is_named_by_its_own_noun() -> None:
    reply = answer(
        "mensos ngomongin bunga tanjung itu dlm acara apa", with_bundled(("luncur", LAUNCH))
    )
    assert reply.found, reply.summary
    assert "peluncuran Balai Usaha Rakyat" in reply.summary


def test_hari_apa_asks_the_day_a_sentence_dates() -> None:
    reply = answer(
        "penertiban lokalisasi bunga tanjung hari apa tgl brp", with_bundled(("tertib", CLEARED))
    )
    assert reply.found, reply.summary
    assert "8/3/2018" in reply.summary


def test_a_deadline_is_not_when_the_thing_was_done() -> None:
    kb = with_bundled(("tertib", DEADLINE_ONLY))
    reply = answer("penertiban lokalisasi bunga tanjung tanggal berapa", kb)
    assert "12/3" not in reply.summary
    # Asked until when, the deadline answers.
    assert (
        "12/3"
        in answer("pemilik di bunga tanjung dikasih waktu bongkar sampai tgl brp", kb).summary
    )


SENT_HOME = """Eks PSK Gang Teratai Dipulangkan

KUDUS - Sebanyak 60 eks PSK lokalisasi Gang Teratai, Kabupaten Kudus, dipulangkan ke daerah asal \
masing-masing, Senin (3/8/2020).

Setiap eks PSK menerima bantuan Rp5.050.000 dari Kementerian Sosial.
"""


@pytest.mark.parametrize(
    "question",
    [
        "eks psk gang teratai kudus dipulangin ke provinsi mana aja",
        "psk gang teratai kudus dipulangkan ke kabupaten mana",
    ],
)
def test_whither_no_sentence_says_is_not_answered_with_an_amount(question: str) -> None:
    # "ke daerah asal" names no place, and the aid or the count says none either.
    reply = answer(question, with_bundled(("teratai", SENT_HOME)))
    assert not reply.found, reply.summary


NATIONAL = """Kemensos: 45 Lokalisasi Ditutup Sepanjang 2017

Jakarta, warta-nasional.id -- Kementerian Sosial mencatat 45 lokalisasi ditutup sepanjang 2017. \
Dari 168 lokalisasi di seluruh Indonesia, kini tersisa 64 lokalisasi.

Lokalisasi yang tersisa paling banyak berada di Jawa Timur, Kalimantan Timur dan Papua.

Di Jawa Timur, lokalisasi yang masih beroperasi antara lain di Kabupaten Banyuwangi.
"""


def test_a_place_no_fact_is_filed_under_is_found_by_any_of_its_names() -> None:
    # The national story files nothing under East Java; its sentence names it in full.
    reply = answer("lokalisasi di jatim yg masih buka dimana aja", with_bundled(("nas", NATIONAL)))
    assert reply.found, reply.summary
    assert "Banyuwangi" in reply.summary


RAIDED_AT_NIGHT = """Satpol PP Ketapang Ancam Bongkar Bangunan Eks Lokalisasi

KETAPANG - Satpol PP Kabupaten Ketapang mengancam membongkar bangunan di eks lokalisasi jika \
masih beroperasi.

Satpol PP Ketapang sebelumnya telah menangkap lima orang PSK pada Rabu (13/4) malam di Bukit \
Jambu, Kecamatan Delta Pawan.

Kelima PSK itu diserahkan ke Dinas Sosial untuk dibina.
"""


@pytest.mark.parametrize(
    "question",
    [
        "satpol pp ketapang nangkep psk di bukit jambu itu tgl brp?",
        "kapan psk di bukit jambu ketapang ditangkap satpol pp?",
    ],
)
def test_a_chat_verb_dates_what_the_story_says_with_its_own(question: str) -> None:
    # "nangkep" and "ditangkap" are read "diamankan"; the story says "menangkap".
    reply = answer(question, build_in_memory([("ketapang", RAIDED_AT_NIGHT)]))
    assert reply.found, reply.summary
    assert "13/4" in reply.summary
