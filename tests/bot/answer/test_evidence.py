"""Sentence search: a sentence of the asked place's story answers when no fact does."""

from __future__ import annotations

import pytest

from bot.answer import answer
from bot.answer.composed import Asked
from bot.answer.evidence import compose_evidence, gives_figure_of
from bot.understand import read_question
from knowledge.index import KnowledgeBase, build_in_memory

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
