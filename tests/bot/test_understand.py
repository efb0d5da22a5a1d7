"""Reading chat questions: slang, typos, places with their hierarchy, slots and intents."""

import pytest

from bot.answer import answer
from bot.answer.cues import adjust
from bot.models import Slots
from bot.understand import _split_glued, read_question
from knowledge.index import KnowledgeBase, build_in_memory
from tests.bot.conftest import with_bundled


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("brp psk di kotim", ["berapa", "psk", "di", "kotim"]),
        ("kpn kaltara bebas lokalisasi", ["kapan", "kaltara", "bebas", "lokalisasi"]),
        (
            "bntuan kemensos utk eks psk",
            ["bantuan", "kementerian", "sosial", "untuk", "mantan", "psk"],
        ),
        ("Jmlh PSK  di\u00a0Sampit??", ["jumlah", "psk", "di", "sampit"]),
        ("psk sampit dibawa kmn", ["psk", "sampit", "dibawa", "ke", "mana"]),
        ("bantuannya drmn", ["bantuan", "dari", "mana"]),
        # A short word is a typo only one slip away: a letter swapped, left out or added.
        ("bantaun di sampit", ["bantuan", "di", "sampit"]),
        ("siapa yg tanda tangan di sampit", ["siapa", "yang", "tandatangan", "di", "sampit"]),
    ],
)
def test_words_are_normalised_and_typos_corrected(
    bundled_kb: KnowledgeBase, question: str, words: list[str]
) -> None:
    assert read_question(question, bundled_kb).words == words


@pytest.mark.parametrize(
    ("question", "place"),
    [
        ("berapa psk di sampit", "Kabupaten Kotawaringin Timur"),
        ("psk di Kotawaringin Timur", "Kabupaten Kotawaringin Timur"),
        ("psk di kotawaringn timur", "Kabupaten Kotawaringin Timur"),  # misspelt
        ("bantuan di kalimantan tengah", "Kalimantan Tengah"),
        ("lokalisasi juwata permai", "Juwata Permai"),
        ("psk di tarkan", "Kota Tarakan"),
        ("target kaltara", "Kalimantan Utara"),
    ],
)
def test_places(bundled_kb: KnowledgeBase, question: str, place: str) -> None:
    reading = read_question(question, bundled_kb)
    assert [bundled_kb.place_name(p) for p in reading.slots.places] == [place]


def test_places_the_articles_never_mention_are_noted(bundled_kb: KnowledgeBase) -> None:
    reading = read_question("Kapan lokalisasi di Semarang ditutup?", bundled_kb)
    assert reading.slots.places == ()
    assert reading.slots.unknown_places == ("semarang",)


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        # A regency named by an everyday word, in a question naming no other place.
        ("brp psk lorong indah pati yg dipulangin", ("pati",)),
        ("psk di bone ada brp", ("bone",)),
        # Beside a place the articles cover, the everyday word is not read as a place.
        ("brp psk di samarinda yg dibina di batu", ()),
    ],
)
def test_an_everyday_word_naming_a_regency_is_an_unknown_place_when_none_else_is_named(
    bundled_kb: KnowledgeBase, question: str, unknown: tuple[str, ...]
) -> None:
    assert read_question(question, bundled_kb).slots.unknown_places == unknown


@pytest.mark.parametrize(
    ("question", "slot", "value"),
    [
        ("Berapa jatah hidup eks PSK?", "aid_kind", "jatah hidup"),
        ("berapa moda usaha dari pemkab", "aid_kind", "modal usaha"),
        ("berapa bantuan dari kemensos", "giver", "Kementerian Sosial"),
        # "jaman bupati X" says when, not who gave; "jaman" is no "jam" glued to "-an".
        ("dulu jaman bupati heru anggaran penutupan lokalisasi kotim brp", "giver", None),
        ("dulu jaman bupati heru anggaran penutupan lokalisasi kotim brp", "counted", "money"),
        ("siapa kepala dinsos kaltara", "role", "kepala dinas sosial"),
        ("siapa bupati kotim", "role", "bupati"),
        ("kapolda kaltara yg ngawal penutupan siapa namanya", "role", "kapolda"),
        ("siapa kapolresta samarinda", "role", "kapolresta"),
        ("siapa kasatpol pp kotim", "role", "kepala satpol pp"),
        ("siapa kepala satuan polisi pamong praja kotim", "role", "kepala satpol pp"),
        ("siapa ketua komisi I dprd kotim", "role", "ketua komisi"),
        ("siapa ketua dprd kotim", "role", "ketua dprd"),
        ("siapa sekda kotim", "role", "sekretaris daerah"),
        ("wabup kotim yg nutup lokalisasi siapa", "role", "wakil bupati"),
        ("siapa wawali palu", "role", "wakil wali kota"),
        ("apa kepanjangan PSKW", "term", "pskw"),
        ("sudah berapa lokalisasi ditutup pada Februari 2016", "year", 2016),
        ("sudah berapa lokalisasi ditutup pada Februari 2016", "month", 2),
        ("kota mana yang belum menutup", "status", "pending"),
        # "berapa hari" asks a span of time, though the question gives something ("dikasih").
        ("psk dikasih waktu brp hari buat pindah", "counted", "lama"),
        # "berapa tahun" asks how long; "tahun berapa" when; a year before "berapa" is no count.
        ("udah brp taun lokalisasi kotim beroperasi", "counted", "lama"),
        ("tahun berapa lokalisasi kotim ditutup", "counted", "when"),
        ("thn 2015 psk di kotim ada brp", "counted", "psk"),
        # A sum named after the giving word is asked, past the clause that says who gets it.
        ("psk yg dipulangkan dpt uang saku atau modal usaha brp", "counted", "money"),
        ("psk yang sudah menerima bantuan ada berapa", "counted", "psk"),
        # The amount said right before "berapa", though the workers are named first.
        ("eks psk kotim dipulangin dgn bantuan brp", "counted", "money"),
        ("bulan berapa lokalisasi kotim ditutup", "counted", "when"),
        # "sudah ditutup dari target 168": what was closed, out of a target.
        ("brp lokalisasi yg udh ditutup dr target 168", "status", "done"),
        ("brp lokalisasi yg ditargetkan ditutup", "status", "planned"),
        # "sudah … belum?" asks whether it is done; "yang belum" asks what is not.
        ("lokalisasi km 4 udh ditutup blm? tgl brp ditutupnya", "status", "done"),
        ("tarakan udah nutup lokalisasi belum", "status", "done"),
        ("lokalisasi yg sudah ditutup dan yg belum ditutup", "status", "pending"),
        ("yang udah didata tapi belum ditutup brp", "status", "pending"),
        # An island is its provinces the articles cover; a province keeps its own name.
        ("brp psk di pulau kalimantan", "places", ("62", "64", "65")),
        ("brp psk di kalimantan", "places", ("62", "64", "65")),
        ("brp psk di kalimantan timur", "places", ("64",)),
        # A company named like a regency names no place.
        ("brp dana csr pt kotawaringin lestari utk renovasi", "places", ()),
        ("brp dana csr pt kotawaringin lestari utk renovasi", "aid_kind", "renovasi"),
        ("psk terbanyak di provinsi apa", "superlative", "terbanyak"),
        ("nelayan di sekitar km 12 dapet bantuan brp", "recipient", "nelayan"),
        ("warga sekitar km 12 dapat bantuan brp", "recipient", "warga"),
        ("psk di km 12 dapet bantuan brp", "recipient", None),
        ("eks psk kotim dapat bantuan brp", "recipient", None),
        ("pemkab kotim kasih bantuan brp", "recipient", None),
        ("kemensos ada ngasih bantuan ga buat psk km 12", "recipient", None),
        ("pemkab siapin dana brp buat alih fungsi eks km 12", "recipient", None),
        ("anggaran brp untuk penataan lahan km 12", "recipient", None),
        ("dana brp yg disiapkan untuk pembinaan psk km 12", "recipient", None),
        # "Nomor berapa" asks which one, not how many of anything.
        ("perda nomor berapa yg dipakai untuk menutup lokalisasi km 12", "counted", None),
        # Who gives, named before "berapa": an amount.
        ("kalau dari pengusaha km 12 berapa", "counted", "money"),
        ("bantuan brp buat nelayan di kotim", "recipient", "nelayan"),
        ("pemkab siapin dana brp buat alih fungsi eks km 12", "counted", "money"),
        ("brp psk buat kotim", "counted", "psk"),
        # "Berapa orang" after a giving word counts people caught or sent, not money given.
        ("razia satpol pp di eks lokalisasi km 12 kemarin dapet brp org", "counted", "psk"),
        ("razia satpol pp di eks lokalisasi km 12 kemarin dapet brp org", "recipient", None),
        # "Eks lokalisasi" names where the workers are; "berapa orang" counts them.
        ("eks lokalisasi km 12 kabarnya masih ada psk, brp org", "counted", "psk"),
        ("bantuan kemensos buat psk kotim itu brp sih per orangnya", "counted", "money"),
        ("di kaltim psk plg banyak di kabupaten mana", "superlative", "terbanyak"),
        # A lokalisasi after "di" says where the counted things are.
        ("warung remang2 yg masih buka di lokalisasi km 12 tinggal brp", "counted", "warung"),
        ("psk di lokalisasi km 12 tinggal brp", "counted", "psk"),
        # What is left is no thing counted: the question before says what is.
        ("sekarang tinggal brp", "counted", None),
        ("sisanya brp", "counted", None),
        ("berapa sisa psk di km 12", "counted", "psk"),
        ("berapa lokalisasi di kotim yg sudah ditutup", "counted", "lokalisasi"),
        # "Berapa kali" counts times, even after a giving word: never an amount given.
        ("pemilik wisma km 12 udah dikasih surat peringatan brp kali", "counted", "kali"),
        # News and chat shorten an office's head: "Kabid", "Kabag".
        ("siapa kabid rehabilitasi sosial dinsos kotim", "role", "kepala bidang"),
        ("kabag kesra pemkab kotim namanya siapa", "role", "kepala bagian"),
    ],
)
def test_slots(bundled_kb: KnowledgeBase, question: str, slot: str, value: object) -> None:
    assert getattr(read_question(question, bundled_kb).slots, slot) == value


def test_unknown_words_are_reported(bundled_kb: KnowledgeBase) -> None:
    reading = read_question("Berapa bantuan untuk petani di Kaltara?", bundled_kb)
    assert reading.unknown_words == ["petani"]


@pytest.mark.parametrize(
    "question",
    [
        "halo min, mau tanya dong brp psk di kotim ya kak?",
        # "dkk" (and the others), "dll", "dsb": a list left open, not a name.
        "psk km 12 dkk dapet bantuan brp?",
        "nah yg di km 12 sekali dapet bantuan brp?",
    ],
)
def test_chat_fillers_are_not_unknown(bundled_kb: KnowledgeBase, question: str) -> None:
    reading = read_question(question, bundled_kb)
    assert reading.unknown_words == []


@pytest.mark.parametrize(
    ("question", "read", "month"),
    [
        ("lokalisasi kaltim ditutup jun 2016 ya?", "juni", 6),
        ("yg ditutup nov 2017 di kotim itu brp psk", "november", 11),
        ("eks psk kotim yg mau pulkam dpt brp", "pemulangan", None),
        # Papua's districts are "distrik".
        ("lokalisasi km 12 masuk distrik apa", "kecamatan", None),
    ],
)
def test_short_months_and_chat_words_are_read(
    bundled_kb: KnowledgeBase, question: str, read: str, month: int | None
) -> None:
    reading = read_question(question, bundled_kb)
    assert read in reading.words
    assert reading.unknown_words == []
    assert reading.slots.month == month


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Ada berapa lokalisasi yang ditutup di Kalimantan Timur?", "closure_count"),
        ("Tanggal berapa lokalisasi Kaltim ditutup?", "closure_when"),
        ("Kabupaten mana di Kaltara yang sudah menutup lokalisasi?", "closure_where"),
        ("Apakah Tarakan sudah menutup lokalisasi?", "closure_status"),
        ("Mengapa pemerintah menutup lokalisasi?", "closure_reason"),
        ("jmlh psk di kotawaringin timur", "worker_count"),
        ("PSK terbanyak ada di provinsi apa?", "worker_most"),
        ("kpn kaltara bebas lokalisasi", "target"),
        ("Berapa uang jatah hidup untuk eks PSK Kotim?", "aid_amount"),
        # "berapa" asks a number: neither which places nor who, though a closing is named.
        ("psk yg dipulangin pas penutupan lokalisasi di kaltim dpt duit brp sih", "aid_amount"),
        ("psk yg dipulangin pas penutupan lokalisasi di kotim dpt duit brp", "aid_amount"),
        ("Dana untuk eks pekerja lokalisasi berasal dari mana?", "aid_source"),
        ("Siapa bupati Kotawaringin Timur?", "person"),
        ("Di kelurahan mana lokalisasi Bayur?", "site"),
        ("lokalisasi bayur yg ditutup itu masuk kabupaten mana", "site"),
        ("Apa kepanjangan PSKW?", "definition"),
    ],
)
def test_intent_ranking(bundled_kb: KnowledgeBase, question: str, intent: str) -> None:
    from bot.answer import answer

    assert answer(question, bundled_kb).intent == intent


@pytest.mark.parametrize(
    ("question", "counted", "recipient"),
    [
        # A giving word just before "berapa" asks an amount; who receives is not counted.
        ("psk di sampit dapet tambahan brp dr pemprov", "money", None),
        # "dikasi": the chat spelling of "dikasih"; a clause after "berapa" counts nothing.
        ("psk sampit dikasi bekal brp sblm dipulangkan", "money", None),
        ("eks psk km 12 dapat pesangon brp", "money", None),
        # What is named right after "berapa" is counted, whatever was done to get it.
        ("razia di sampit dpt brp psk", "psk", None),
        ("wali kota kasih brp ke mucikari di sampit", "money", "mucikari"),
        ("gubernur ngasih brp ke eks penghuni lokalisasi", "money", None),
        ("mucikari di sampit dapat bantuan brp", "money", "mucikari"),
        # A giving word inside "yang …" names the counted people.
        ("psk yang menerima bantuan di sampit ada berapa", "psk", None),
        ("berapa psk di sampit", "psk", None),
        ("ada brp mucikari di sampit", "mucikari", None),
        # "ke" names a recipient only after a giving word.
        ("berapa psk yang pulang ke daerah asal", "psk", None),
        # A verb after "buat"/"untuk" is what the money pays for, not who gets it.
        ("brp biaya buat mulangin psk di sampit", "money", None),
        ("brp bantuan untuk nelayan di sampit", "money", "nelayan"),
        # A number after "buat" says how many, not who.
        ("semua bantuan buat 1 eks psk di sampit brp", "money", None),
        # "berapa orang": people are counted, not the aid they received.
        ("yg udh nerima bantuan di sampit baru brp org", "psk", None),
        ("mucikari yg nerima bantuan di sampit brp orang", "mucikari", "mucikari"),
        # What "berapa" asks decides over a "jumlah" naming the topic.
        ("jumlah psk di sampit turun brp persen", "persen", None),
        ("jumlah psk di sampit turun brp org dibanding tahun lalu", "psk", None),
        ("berapa orang mucikari di sampit", "mucikari", None),
        ("jumlah psk di sampit itu brp ya soalnya data sy beda", "psk", None),
        ("total bantuan utk semua psk di sampit brp kalau dijumlah", "money", None),
        ("total psk di sampit brp, di brp lokalisasi", "psk", None),
        # A closing word before the counted thing says when, not what is counted.
        ("sblm ditutup psk di sampit ada brp", "psk", None),
        ("lokalisasi di sampit yg ditutup ada brp", "lokalisasi", None),
        # The lokalisasi says where the counted workers are.
        ("lokalisasi km 12 di sampit itu psk nya ada brp", "psk", None),
        ("lokalisasi km 12 itu penghuninya ada brp org", "psk", None),
        # A bare verb after "untuk" too; what is bought is asked its price.
        ("anggaran pemkab kotim untuk beli dan renovasi wisma brp", "money", None),
        ("pemkab kotim beli lahan eks lokalisasi brp", "money", None),
        # "bekas wisma", "eks lokalisasi": the former thing is counted, not former workers.
        ("brp bekas wisma di sampit yg dialihfungsikan", "wisma", None),
        ("ada brp eks lokalisasi di kaltim", "lokalisasi", None),
        # "… brp yg direnovasi": the clause says which of the things named before.
        ("bangunan bekas wisma di sampit brp yg direnovasi", "wisma", None),
        # "berapa orang yang …" counts people.
        ("berapa org yg milih menetap di sampit", "psk", None),
        # A second question after "dan"/"atau" is not what the first counts.
        ("anggaran pemulangan psk sampit brp dan dr mana", "money", None),
        ("bantuan buat psk di sampit berapa atau gak ada", "money", None),
        ("psk di sampit brp dan mucikarinya", "psk", None),
    ],
)
def test_what_a_giving_question_counts_and_for_whom(
    bundled_kb: KnowledgeBase, question: str, counted: str, recipient: str | None
) -> None:
    slots = read_question(question, bundled_kb).slots
    assert (slots.counted, slots.recipient) == (counted, recipient)


KUPANG = """Lokalisasi Karang Dempel di Kupang Ditutup

KUPANG - Pemerintah Kota Kupang menutup lokalisasi Karang Dempel di Kelurahan Alak, Kota \
Kupang, Senin (2/12/2019).

Para penghuni Resosialisasi Karang Dempel (RKD) sudah didata sejak awal tahun.

Lokalisasi yang berada tak jauh dari pelabuhan Lorawutu itu dihuni 60 pekerja seks komersial \
(PSK).

Kementerian Sosial memberikan bantuan Rp5,05 juta untuk setiap PSK.
"""

PENAJAM = """Lokalisasi Km 9 Penajam Ditutup

PENAJAM - Pemerintah Kabupaten Penajam Paser Utara resmi menutup lokalisasi Km 9 di Kecamatan \
Penajam pada 3 Maret 2018.

Sebanyak 57 pekerja seks dipulangkan ke daerah asal masing-masing.

Para pekerja seks menerima bantuan dari Kementerian Sosial sebesar Rp7 juta per orang.
"""


@pytest.fixture(scope="module")
def two_stories() -> KnowledgeBase:
    return build_in_memory([("kupang", KUPANG), ("penajam", PENAJAM)])


@pytest.mark.parametrize(
    ("question", "place", "said", "not_said"),
    [
        # An abbreviation the articles spell out as a lokalisasi's name names that place.
        ("brp psk eks RKD", "lok:53.71:karang-dempel", "60 pekerja seks", "Rp"),
        ("bantuan kemensos utk psk RKD brp", "lok:53.71:karang-dempel", "Rp5.050.000", "Rp7"),
        # A town the region table lacks is the place of the one story that names it.
        ("brp psk di lorawutu", "lok:53.71:karang-dempel", "60", "57"),
        # … wherever the name stands in the question.
        ("lorawutu psknya ada brp", "lok:53.71:karang-dempel", "60", "57"),
        (
            "bantuan kemensos utk psk di lorawutu brp",
            "lok:53.71:karang-dempel",
            "Rp5.050.000",
            "Rp7",
        ),
    ],
)
def test_a_place_named_by_abbreviation_or_by_its_story(
    two_stories: KnowledgeBase, question: str, place: str, said: str, not_said: str
) -> None:
    assert read_question(question, two_stories).slots.places == (place,)
    reply = answer(question, two_stories)
    assert reply.found
    assert said in reply.summary
    assert not_said not in reply.summary


PARUNGPANJANG = """Puluhan Bangunan di Km 4 Parungpanjang Dibongkar

PARUNGPANJANG - Sebanyak 43 bangunan di kawasan lokalisasi Km 4, Desa Dago, Kecamatan \
Parungpanjang, Kabupaten Bogor, dibongkar petugas gabungan, Rabu (16/10/2019).

Pembongkaran dilakukan dengan biaya sekitar Rp 180 juta dari anggaran Satpol PP.
"""


BATUHITAM = """Pemkot Ambon Tutup Tanjung Batuhitam Usai Lebaran

AMBON - Pemerintah Kota Ambon akan menutup lokalisasi Tanjung Batuhitam di Desa Batu Hitam, \
Kecamatan Sirimau, Kota Ambon, usai Lebaran tahun ini. Sebanyak 35 penghuni akan dipulangkan.
"""


PANJANG = """Lokalisasi Pemandangan Ditutup

BANDAR LAMPUNG - Pemerintah Kota Bandar Lampung menutup lokalisasi Pemandangan di Kecamatan \
Panjang, Kota Bandar Lampung, Senin (5/11/2018).
"""


@pytest.mark.parametrize(
    ("question", "places"),
    [
        # A one-word name typed as two words is that name, not a place named by its second
        # word (Panjang, a district of Bandar Lampung).
        ("biaya pembongkaran di parung panjang brp", ("32.01.20",)),
        ("biaya pembongkaran di parungpanjang brp", ("32.01.20",)),
        ("brp bangunan dibongkar di km 4 parung panjang", ("lok:32.01.20:km-4",)),
        # The last word of a longer name typed as two, though the two words name a village.
        (
            "kapan lokalisasi tanjung batu hitam ditutup",
            ("lok:81.71.02/batu-hitam:tanjung-batuhitam",),
        ),
        (
            "kapan lokalisasi tanjung batuhitam ditutup",
            ("lok:81.71.02/batu-hitam:tanjung-batuhitam",),
        ),
    ],
)
def test_a_one_word_name_typed_as_two(question: str, places: tuple[str, ...]) -> None:
    kb = build_in_memory([("bogor", PARUNGPANJANG), ("lampung", PANJANG), ("ambon", BATUHITAM)])
    reading = read_question(question, kb)
    assert reading.slots.places == places
    assert not reading.slots.unknown_places


def test_a_common_word_after_di_is_no_place(two_stories: KnowledgeBase) -> None:
    # "pelabuhan" is in one story too, but written in lower case: not a name.
    assert read_question("brp psk di pelabuhan", two_stories).slots.places == ()


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("total bantuan untuk semua psk di sampit brp", True),
        ("kalo dijumlah semua bantuan buat 1 eks psk di sampit jadi brp", False),
        ("total bantuan per orang di sampit brp", False),
        ("total psk di sampit brp", True),
    ],
)
def test_a_total_of_one_persons_aid_is_not_everyones(
    bundled_kb: KnowledgeBase, question: str, total: bool
) -> None:
    assert read_question(question, bundled_kb).slots.total is total


@pytest.mark.parametrize(
    ("question", "role"),
    [
        ("siapa gubernur kaltim yang mendampingi mensos", "gubernur"),
        ("mensos didampingi gubernur siapa", "menteri sosial"),
        ("kades sampit yg minta lokalisasi ditutup siapa", "kepala desa"),  # not any "kepala"
    ],
)
def test_the_office_asked_is_the_first_one_named(
    bundled_kb: KnowledgeBase, question: str, role: str
) -> None:
    assert read_question(question, bundled_kb).slots.role == role


G12 = """Lokalisasi Gang 12 Suranenggala Disegel

CIREBON - Sebanyak 31 rumah di kompleks lokalisasi Gang 12 atau yang biasa disingkat G12 di \
Desa Suranenggala Kidul, Kabupaten Cirebon, disegel petugas, Selasa 4 Desember 2018.

Sebelum penyegelan ada 57 pekerja seks yang tinggal di G12.
"""


@pytest.mark.parametrize(
    ("question", "term"),
    [("G12 singkatan apa", "g12"), ("g12 itu kepanjangannya apa", "g12"), ("g 12 itu apa", None)],
)
def test_a_short_form_with_digits_is_a_term(question: str, term: str | None) -> None:
    kb = build_in_memory([("g12", G12)])
    assert read_question(question, kb).slots.term == term


SINAR_KASIH = """Lokalisasi Sinar Kasih Ditutup

PASER - Lokalisasi Sinar Kasih (SK) di Kabupaten Paser resmi ditutup pada 3 Mei 2018.
"""


def test_an_everyday_abbreviation_one_story_gives_a_lokalisasi_is_not_that_place() -> None:
    kb = build_in_memory([("sinar_kasih", SINAR_KASIH)])
    assert read_question("nomor sk bupati paser apa", kb).slots.places == ("64.01",)


def test_a_level_word_shared_with_a_known_name_makes_no_typo_of_it() -> None:
    kb = build_in_memory([("sinar_kasih", SINAR_KASIH)])
    reading = read_question("lokalisasi sinar kasi di paser", kb)
    assert reading.slots.places == ("lok:64.01:sinar-kasih",)
    reading = read_question("lokalisasi sinar 6 di paser ditutup kapan", kb)
    assert "lok:64.01:sinar-kasih" not in reading.slots.places


@pytest.mark.parametrize(
    ("question", "origin"),
    [
        ("yg dipulangin ke jawa timur ada brp org", "jawa timur"),
        ("psk asal jawa timur ada brp", "jawa timur"),
        ("brp psk di jawa timur", None),
        ("satpol pp kotim pernah jaring psk asal sulawesi brp orang", "sulawesi"),
    ],
)
def test_where_people_are_sent_home_to_is_their_home(
    bundled_kb: KnowledgeBase, question: str, origin: str | None
) -> None:
    slots = read_question(question, bundled_kb).slots
    assert slots.origin == origin
    if origin == "sulawesi":
        assert slots.places == ("62.02",)  # the island's provinces are no place asked about


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("psk di kotim msh ada gak", "masih"),
        ("psk di kotim bnyk gak", "banyak"),
    ],
)
def test_a_word_typed_without_its_vowels_is_read(
    bundled_kb: KnowledgeBase, question: str, read: str
) -> None:
    reading = read_question(question, bundled_kb)
    assert read in reading.words
    assert reading.unknown_words == []


KAFE = """Satpol PP Gerebek Kafe KMB di Denpasar Barat

DENPASAR - Satuan Polisi Pamong Praja Kota Denpasar menggerebek Kafe KMB di Desa Pemecutan \
Kelod, Kecamatan Denpasar Barat, Jumat (4/6/2021) malam, karena diduga menjadi tempat \
prostitusi. Petugas mengamankan sembilan PSK.

Kafe KMB berada di dekat Pasar Kumbasari dan sudah tiga kali mendapat teguran.
"""

PEMULANGAN = """Pemkab Jember Pulangkan Eks Penghuni Lokalisasi ke Jawa Tengah

JEMBER - Dinas Sosial bersama Dinas Pemberdayaan Perempuan Kabupaten Jember memulangkan 23 \
mantan penghuni lokalisasi Gunung Sari ke daerah asal mereka, Senin (7/3/2016).
"""


@pytest.fixture(scope="module")
def raid_stories() -> KnowledgeBase:
    return with_bundled(("kafe", KAFE), ("pemulangan", PEMULANGAN))


@pytest.mark.parametrize(
    ("question", "read", "said"),
    [
        # Chat spellings of the articles' words: a dropped schwa, a flattened last vowel.
        ("kafe kmb yg digrebek satpol pp itu di desa mana", "digerebek", "Pemecutan Kelod"),
        ("kafe kmb itu deket pasar apa", "dekat", "Kumbasari"),
        # … and of a word the articles' words are read as ("ditangkap" is "diamankan").
        ("brp psk yg ditangkep di kafe kmb", "diamankan", "9 PSK"),
    ],
)
def test_a_chat_spelling_of_an_articles_word_does_not_sink_the_question(
    raid_stories: KnowledgeBase, question: str, read: str, said: str
) -> None:
    reading = read_question(question, raid_stories)
    assert read in reading.words
    assert reading.unknown_words == []
    reply = answer(question, raid_stories)
    assert reply.found
    assert said in reply.summary


@pytest.mark.parametrize(("question", "read"), [("petugas ke kafe kmb pake apa", "pakai")])
def test_everyday_words_no_article_uses_sink_no_question(
    raid_stories: KnowledgeBase, question: str, read: str
) -> None:
    reading = read_question(question, raid_stories)
    assert read in reading.words
    assert reading.unknown_words == []


def test_a_name_written_in_capitals_names_its_story(raid_stories: KnowledgeBase) -> None:
    # "KMB" is written in capitals only; the question types it in lower case.
    places = read_question("brp psk yg diamankan di kmb", raid_stories).slots.places
    assert places
    assert all(raid_stories.contains("51.71", place) for place in places)


def test_what_a_chat_word_is_read_as_is_no_name(raid_stories: KnowledgeBase) -> None:
    # "cewek" is read as "perempuan", which one story writes with a capital in an office's name.
    assert read_question("brp cewek yg dipulangkan", raid_stories).slots.places == ()


def test_a_word_that_is_a_name_with_a_letter_added_is_no_typo(
    raid_stories: KnowledgeBase,
) -> None:
    reading = read_question("apa jawab satpol pp soal kafe kmb", raid_stories)
    assert "jawab" in reading.words
    assert "jawa" not in reading.words


@pytest.mark.parametrize(
    "question",
    [
        "eks lokalisasi bayur itu letaknya di desa apa ya",
        "bekas lokalisasi bayur masuk kecamatan apa",
    ],
)
def test_where_a_lokalisasi_lies_is_asked_before_what_it_became(
    bundled_kb: KnowledgeBase, question: str
) -> None:
    # "eks lokalisasi" leans to what the place became; the level word asks where it lies.
    reading = read_question(question, bundled_kb)
    assert adjust(list(reading.intents), reading.words, reading.slots)[0][0] == "site"


NOWHERE = """Dewan Minta Perda Pencegahan Prostitusi

Anggota dewan dari Partai Amanat Nasional (PAN) meminta pemerintah segera membuat Peraturan \
Daerah (Perda) tentang tempat hiburan malam.
"""


def test_a_name_of_a_story_that_names_no_place_reads_no_place() -> None:
    kb = with_bundled(("dewan", NOWHERE))
    assert "dewan" in kb.article_places
    assert not kb.article_places["dewan"]
    reading = read_question("anggota dewan yg minta perda itu dr partai apa", kb)
    assert reading.slots.places == ()
    assert answer("anggota dewan yg minta perda itu dr partai apa", kb).question


SIDAK = """Razia PSK di Denpasar Sepi

DENPASAR, Warta Dewata

Satpol PP Kota Denpasar menggelar razia di kawasan Seminyak dan Tegalwangi, Sabtu (9/4) \
malam.

Razia itu untuk mengantisipasi PSK dari eks lokalisasi Dolly yang ditutup Pemkot Surabaya.

Kepala Satpol PP Denpasar, I Made Sura, memimpin razia itu.

Di kawasan Tegalwangi, petugas mendapati rumah-rumah kosong.
"""


def test_a_name_in_a_sentence_of_no_fact_is_in_its_story_s_dateline_region() -> None:
    # The story names Dolly in Surabaya too; its dateline says where its own places lie.
    kb = with_bundled(("sidak", SIDAK))
    reading = read_question("berapa psk yg ketangkep di Tegalwangi", kb)
    assert reading.slots.places == ("51.71",)
    assert not answer("berapa psk yg ketangkep di Tegalwangi", kb).found


BANGLI = """Satpol PP Bongkar Bangunan Liar Berkedok Warung

BEKASI - Satpol PP Kabupaten Bekasi membongkar bangunan liar (Bangli) yang dijadikan tempat \
prostitusi di sepanjang Kalimalang, Kamis (5/10/2017).

Untuk saat ini yang sudah dibongkar sebanyak 45 bangli.

Pemilik bangli sudah dua kali diberi surat teguran. Sebanyak 12 PSK diamankan petugas.
"""


def test_a_word_the_articles_write_as_a_thing_is_counted_not_a_region() -> None:
    # "bangli" (bangunan liar) shares its name with Kabupaten Bangli.
    kb = with_bundled(("bangli", BANGLI))
    reading = read_question("satpol pp bekasi bongkar brp bangli", kb)
    assert reading.slots.counted == "bangli"
    assert reading.slots.places == ("32.16",)
    assert "45 bangli" in answer("satpol pp bekasi bongkar brp bangli", kb).summary


@pytest.mark.parametrize(
    ("question", "places"),
    [
        ("selain juwata permai, lokalisasi apa aja yg udh ditutup di tarakan", ("65.71",)),
        ("lokalisasi di tarakan kecuali juwata permai apa aja", ("65.71",)),
        ("lokalisasi juwata permai di tarakan ditutup kapan", ("lok:65.71:juwata-permai",)),
        # The place after "selain" is the one named right after it, however far the question
        # goes on to name the place asked about.
        ("selain juwata permai di tarakan apa lagi yg ditutup", ("65.71",)),
    ],
)
def test_a_place_named_after_selain_is_left_out_of_the_question(
    bundled_kb: KnowledgeBase, question: str, places: tuple[str, ...]
) -> None:
    assert read_question(question, bundled_kb).slots.places == places


@pytest.mark.parametrize(
    "question", ["Berapa PSK di Kaltim?", "kapan lokalisasi di kotim ditutup", "halo apa kabar"]
)
def test_a_readings_slots_are_those_validation_gives(
    bundled_kb: KnowledgeBase, question: str
) -> None:
    """Readings share one set of given field names: the slots stay what validating the same
    values gives, and a follow-up's copy gets a set of its own."""
    slots = read_question(question, bundled_kb).slots
    validated = Slots(**slots.model_dump())
    assert slots == validated
    assert slots.model_fields_set == validated.model_fields_set
    copied = slots.model_copy(update={"year": 2016})
    assert copied.model_fields_set is not slots.model_fields_set
    assert (copied.year, slots.year) == (2016, validated.year)


PALANGKA_RAYA = """Pemkot Palangka Raya Data Penghuni Bukit Sungkai

PALANGKA RAYA - Pemerintah Kota Palangka Raya mendata 40 PSK di lokalisasi Bukit Sungkai, Senin \
(4/3/2019).
"""


def test_a_lokalisasi_outside_the_city_asked_about_is_not_the_one_asked() -> None:
    # The bundled Km 12 lies in Kotawaringin Timur; one "Km 12" of Palangka Raya is another.
    kb = with_bundled(("pky", PALANGKA_RAYA))
    question = "brp psk di lokalisasi km 12 palangka raya?"
    assert read_question(question, kb).slots.places == ("62.71",)
    assert read_question("brp psk di km 12 kotim", kb).slots.places == ("lok:62.02:km-12",)
    assert "239" not in answer(question, kb).summary


def test_a_person_said_by_a_short_name_is_no_unknown_word() -> None:
    kb = build_in_memory(
        [
            (
                "kremil",
                "Mucikari Tagih Janji Wali Kota\n\nSURABAYA - Wali Kota Surabaya Tri Rismaharini "
                "berjanji memberi tali asih Rp 10 juta per orang kepada mucikari Kremil.\n",
            )
        ]
    )
    assert read_question("tali asih yg dijanjikan wali kota risma brp", kb).unknown_words == []
    # A short word is no short name; nor is a word no name begins with.
    assert read_question("tali asih yg dijanjikan wali kota rismo brp", kb).unknown_words == [
        "rismo"
    ]


def test_the_people_of_a_lokalisasi_s_village_are_no_home_town() -> None:
    kb = build_in_memory(
        [
            (
                "mawar",
                "Lokalisasi Kampung Mawar Sepi\n\nTANGERANG - Pemkab Tangerang akan menggusur "
                "lokalisasi di Kampung Mawar, Kosambi, Kabupaten Tangerang.\n\nPenertiban "
                "lokalisasi Kampung Mawar dimulai pekan depan. Sebanyak 40 PSK masih tinggal "
                "di sana.\n",
            )
        ]
    )
    reading = read_question("SP1 buat warga kampung mawar dilayangin kapan", kb)
    assert reading.slots.origin is None
    assert reading.slots.places


def test_a_lokalisasi_named_in_a_story_is_that_story_s_place() -> None:
    # Its words are other places' too ("Bukit Jaya", "Taman Indah"); the phrase is one story's.
    stories = [
        (
            f"other{n}",
            f"Razia Prostitusi di Bukit {hill}\n\nSatpol PP Kota {city} merazia kafe di Bukit "
            f"{hill} dan Taman {park} Indah yang diduga menjadi tempat prostitusi.\n",
        )
        for n, (hill, park, city) in enumerate(
            [("Jaya", "Sari", "Pontianak"), ("Mas", "Kota", "Samarinda"), ("Hijau", "Asri", "Palu")]
        )
    ] + [
        (
            "bukit",
            "Bangunan Liar di Jember Dibongkar\n\nJEMBER - Pemkab Jember membongkar puluhan "
            "bangunan di kawasan Bukit Indah, Kecamatan Puger.\n\nKawasan Bukit Indah dikenal "
            "sebagai tempat prostitusi. Satpol PP mencatat 40 PSK masih bekerja di Bukit Indah.\n",
        ),
    ]
    kb = with_bundled(*stories)
    reading = read_question("berapa psk di lokalisasi bukit indah", kb)
    assert reading.slots.places == ("35.09.08",)
    assert "40" in answer("berapa psk di lokalisasi bukit indah", kb).summary


def test_a_thing_counted_in_capitals_is_no_place_a_story_names() -> None:
    story = (
        "Eks Penghuni Lokalisasi Bukit Senja Belum Ambil Bantuan\n\nKEDIRI - Sebanyak 258 KK "
        "eks penghuni lokalisasi Bukit Senja, Kota Kediri, belum mengambil bantuan.\n"
    )
    kb = with_bundled(("senja", story))
    assert read_question("berapa KK?", kb).slots.places == ()


SAID_IN_KUPANG = """Mensos: 45 Lokalisasi Lagi Ditutup Tahun Depan

KUPANG - Menteri Sosial menyebut masih ada 45 lokalisasi yang belum ditutup di Indonesia.
"""


@pytest.mark.parametrize(
    ("question", "venue"),
    [
        ("kata mensos di kupang brp lokalisasi", "kupang"),
        ("menurut menteri sosial di kupang, sisa lokalisasi brp", "kupang"),
        ("waktu di kupang mensos bilang apa", "kupang"),
        # Asked about the place itself: no saying word, or one said elsewhere.
        ("brp lokalisasi di kupang", None),
        ("kata mensos lokalisasi di kupang ada brp", None),
    ],
)
def test_where_it_was_said_is_not_the_place_asked(question: str, venue: str | None) -> None:
    kb = build_in_memory([("kupang", SAID_IN_KUPANG)])
    slots = read_question(question, kb).slots
    assert slots.venue == venue
    asked = any(kb.contains("53.71", p) for p in slots.places) or "kupang" in slots.unknown_places
    assert asked != bool(venue)


BANYUWANGI = """Eks Lokalisasi Sumber Rejo Kini Jadi Pasar

BANYUWANGI - Eks lokalisasi Sumber Rejo di Kecamatan Sempu, Kabupaten Banyuwangi, kini menjadi \
pasar desa.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("eks lokalisasi sumber rejo banyuwangi skrg jadi apa", True),
        # A lokalisasi named after a place no story covers: not Banyuwangi's other one.
        ("eks lokalisasi padang bulan banyuwangi skrg jadi apa", False),
    ],
)
def test_a_lokalisasi_named_after_an_unknown_place_is_not_its_region_s(
    question: str, found: bool
) -> None:
    reply = answer(question, build_in_memory([("bwi", BANYUWANGI)]))
    assert reply.found == found, reply.summary


SAID_IN_PALEMBANG = """Mensos Bicara Lokalisasi di Palembang

PALEMBANG - Menteri Sosial menyebut masih ada 99 lokalisasi di Indonesia. Setiap mantan PSK \
mendapat dana mandiri Rp5.050.000 dari Kemensos.

Di Palembang, lokalisasi Teratai belum ditutup.
"""


@pytest.mark.parametrize(
    ("question", "venue"),
    [
        # A national office speaking there, the story filing its figures wider too.
        ("pas mensos khofifah di palembang, psk dapet dana brp?", "palembang"),
        ("kata mensos di palembang lokalisasi ada brp", "palembang"),
        ("data kemensos yg disebut di palembang, lokalisasi ada brp", "palembang"),
        ("dari data mensos di palembang itu, lokalisasi ada brp", "palembang"),
        # The city's own matters, with no national office speaking.
        ("pas lokalisasi di palembang ditutup psk dapet brp", None),
        ("brp lokalisasi di palembang", None),
    ],
)
def test_a_national_office_speaking_at_a_place_names_where_it_spoke(
    question: str, venue: str | None
) -> None:
    kb = build_in_memory([("palembang", SAID_IN_PALEMBANG)])
    assert read_question(question, kb).slots.venue == venue


@pytest.mark.parametrize(
    ("question", "recipient"),
    [
        ("pas mensos di palembang, katanya psk yg lokalisasinya ditutup dapet dana brp?", None),
        ("pedagang lapak di sekitar km 3 dapet bantuan brp", "pedagang"),
    ],
)
def test_workers_named_right_before_a_giving_word_are_who_receives(
    question: str, recipient: str | None
) -> None:
    kb = build_in_memory([("palembang", SAID_IN_PALEMBANG)])
    assert read_question(question, kb).slots.recipient == recipient


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        # What they got, however "total" names the workers first.
        ("totalnya psk palembang dapet brp kalo ditambah transport", "money"),
        # The workers a raid got.
        ("razia di palembang dapet brp psk", "psk"),
    ],
)
def test_berapa_after_dapet_asks_what_was_got(question: str, counted: str) -> None:
    kb = build_in_memory([("palembang", SAID_IN_PALEMBANG)])
    assert read_question(question, kb).slots.counted == counted


def test_a_clause_opened_after_berapa_is_no_counted_thing() -> None:
    kb = build_in_memory([("palembang", SAID_IN_PALEMBANG)])
    slots = read_question("lokalisasi di indonesia ada brp, kalo 4 ditutup sisa brp?", kb).slots
    assert slots.counted == "lokalisasi"


@pytest.mark.parametrize(
    ("question", "counted"),
    [
        # The comma ends what is counted: the words after it say which parts.
        ("total personil damkar yg diturunin brp, peleton satu ditambah peleton dua?", "personel"),
        ("psk ada brp kamar", "kamar"),  # right after "berapa", in its clause: rooms
    ],
)
def test_what_is_counted_is_said_in_the_counting_clause(question: str, counted: str) -> None:
    kb = build_in_memory([("palembang", SAID_IN_PALEMBANG)])
    assert read_question(question, kb).slots.counted == counted


def test_chat_words_for_so_that_and_make_are_known(bundled_kb: KnowledgeBase) -> None:
    reading = read_question("eks lokalisasi km 12 dibikin apa biar rapi", bundled_kb)
    assert {"biar", "dibikin"}.isdisjoint(reading.unknown_words)
    assert {"agar", "dibuat"} <= set(reading.words)


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("pskdi", ["psk", "di"]),
        ("kesamarinda", ["ke", "samarinda"]),
        # A suffix is no word: "jaman" (era) is not "jam" and the "-an" of "90-an".
        ("jaman", None),
    ],
)
def test_two_known_words_typed_without_their_space(word: str, pieces: list[str] | None) -> None:
    vocabulary = {"psk", "di", "ke", "samarinda", "jam", "an"}
    assert _split_glued(word, vocabulary) == pieces


SENT_HOME_BY_SEA = """Bupati Bengkalis Pulangkan 20 PSK Hasil Razia

Selasa, 3 Mei 2016 10:00 WIB

BENGKALIS - Satpol PP Kabupaten Bengkalis mengamankan 20 PSK dari sejumlah rumah kos di \
Kelurahan Damon, Selasa (3/5/2016).

"Mereka kami temukan di rumah kos di Kelurahan Damon dan Desa Senggoro," kata Kepala Satpol PP \
Bengkalis, Rudi Hartono.

Para PSK itu dipulangkan langsung oleh Bupati Bengkalis, Irwan Saputra, melalui Pelabuhan Tanjung \
Harapan.
"""


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # The way they went is not the place asked about.
        ("siapa bupati bengkalis yg mulangin psk lewat pelabuhan damon?", True),
        ("siapa bupati bengkalis yg mulangin psk melalui damon?", True),
        # A village named as the place asked about, of which the story says nothing.
        ("siapa bupati bengkalis yg mulangin psk di damon?", False),
    ],
)
def test_a_place_passed_through_is_not_the_one_asked_about(question: str, found: bool) -> None:
    kb = build_in_memory([("bengkalis", SENT_HOME_BY_SEA)])
    reply = answer(question, kb)
    assert reply.found is found, reply.summary
    if found:
        assert "Irwan Saputra" in reply.summary


def test_alias_joins_two_names_of_one_place() -> None:
    # "X alias Y" is how a place's other name is given, not a word nobody knows.
    kb = with_bundled(
        (
            "tondo",
            "Pesangon Penghuni Bukit Mawar Dipangkas\n\nPALU - Lokalisasi Bukit Mawar atau "
            "Resosialisasi Tondo Indah di Kota Palu resmi ditutup pada 18 Oktober 2019.\n",
        )
    )
    question = "siapa pengelola resosialisasi tondo indah alias bukit mawar?"
    assert "alias" not in read_question(question, kb).unknown_words
    assert "alias" not in answer(question, kb).summary
