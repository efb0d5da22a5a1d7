"""The engine: answers cited, follow-ups, abstention, forced readings and "Maksud Anda…?"."""

from pathlib import Path

import pytest

from bot.answer import answer
from bot.answer.intents import COMPOSERS
from bot.models import Answer
from bot.phrasing import place_phrase
from bot.render import render_text
from bot.understand import read_question
from knowledge.index import KnowledgeBase, build_in_memory
from knowledge.paths import BUNDLED_ARTICLES as BUNDLED
from tests.bot.conftest import with_bundled


def test_an_answer_cites_title_outlet_date_and_sentence(bundled_kb: KnowledgeBase) -> None:
    reply = answer("Berapa bantuan Kemensos untuk eks PSK Kotim?", bundled_kb)
    assert reply.found
    assert reply.summary.startswith("Bantuan Rp5.050.000")
    (citation,) = reply.citations
    assert citation.article_id == "001_5da410170de9e204"
    assert citation.publisher == "Antara Kalteng"
    assert citation.published.isoformat() == "2017-10-29"
    assert "Rp5.050.000 dari Kementerian Sosial" in citation.quote
    assert citation.quote in render_text(reply)


def test_a_follow_up_keeps_the_intent_and_changes_the_place(bundled_kb: KnowledgeBase) -> None:
    first = answer("Berapa PSK di Kotim?", bundled_kb)
    assert "239" in first.summary
    follow = answer("kalau di Kaltara?", bundled_kb, first.context)
    assert follow.intent == "worker_count"
    assert "127" in follow.summary


def test_a_follow_up_to_a_count_of_closings_counts_closings(bundled_kb: KnowledgeBase) -> None:
    first = answer("Ada berapa lokalisasi yang ditutup di Kalimantan Timur?", bundled_kb)
    assert "22" in first.summary
    follow = answer("kalau di Kaltara?", bundled_kb, first.context)
    assert follow.found, follow.summary
    assert "3" in follow.summary


def test_a_follow_up_keeps_the_place_and_changes_the_intent(bundled_kb: KnowledgeBase) -> None:
    first = answer("Berapa PSK di Kotim?", bundled_kb)
    follow = answer("berapa bantuannya?", bundled_kb, first.context)
    assert follow.intent == "aid_amount"
    assert "Rp5.050.000" in follow.summary


def test_a_new_question_ignores_the_old_place(bundled_kb: KnowledgeBase) -> None:
    first = answer("Berapa PSK di Kotim?", bundled_kb)
    national = answer(
        "Berapa total PSK di lokalisasi yang tersisa di Indonesia?", bundled_kb, first.context
    )
    assert "36.000" in national.summary


@pytest.mark.parametrize(
    "question",
    [
        "Siapa gubernur DKI Jakarta?",
        "Berapa harga tiket pesawat ke Bali?",
        "Kapan lokalisasi Sunan Kuning di Semarang ditutup?",
        "Berapa bantuan untuk petani di Kaltara?",
        "zxcvbnm",
        "Berapa PSK di Malinau?",  # Malinau is known, but only its closure
        "Siapa wali kota Tarakan?",
        "Berapa jumlah penduduk Tarakan?",
        "",
        "   ",
        "🙂🙂",
    ],
)
def test_abstains_without_guessing(bundled_kb: KnowledgeBase, question: str) -> None:
    reply = answer(question, bundled_kb)
    assert not reply.found
    assert reply.citations == []
    assert reply.summary.startswith("Maaf")


def test_an_abstention_suggests_what_the_bot_knows(bundled_kb: KnowledgeBase) -> None:
    reply = answer("Berapa PSK di Malinau?", bundled_kb)
    assert reply.suggestions
    for suggestion in reply.suggestions:
        assert answer(suggestion, bundled_kb).found, suggestion


def test_a_forced_reading_answers_that_intent(bundled_kb: KnowledgeBase) -> None:
    reply = answer(
        "Jumlah PSK di lokalisasi Kaltim yang ditutup?", bundled_kb, intent="closure_count"
    )
    assert reply.intent == "closure_count"
    assert "22 lokalisasi" in reply.summary


def test_close_readings_are_offered_as_choices(bundled_kb: KnowledgeBase) -> None:
    ambiguous = [
        q
        for q in ("lokalisasi psk kaltim", "psk lokalisasi tutup kaltim", "lokalisasi kaltim")
        if answer(q, bundled_kb).choices
    ]
    assert ambiguous, "no ambiguous question found"
    reply = answer(ambiguous[0], bundled_kb)
    intents = [c.intent for c in reply.choices]
    assert len(intents) == 2
    assert reply.intent == intents[0]
    other = answer(ambiguous[0], bundled_kb, intent=intents[1])
    assert other.found
    assert other.intent == intents[1]


def test_unseen_article_answers(wider_kb: KnowledgeBase) -> None:
    assert "86" in answer("Berapa PSK di lokalisasi Sumber Rejeki?", wider_kb).summary
    assert "2020" in answer("Kapan Sulsel bebas lokalisasi?", wider_kb).summary
    assert not answer("Berapa PSK di Bone?", wider_kb).found


def test_a_place_named_twice_is_said_once(bundled_kb: KnowledgeBase) -> None:
    """A lokalisasi and the village it is named after have one name: "Untuk X", not "X dan X"."""
    place = next(iter(bundled_kb.places.values()))
    assert place_phrase((place.id, place.id), bundled_kb) == bundled_kb.place_name(place.id)
    two = [p.id for p in list(bundled_kb.places.values())[:2]]
    assert " dan " in place_phrase(two, bundled_kb)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # No intent fits well; a sentence sharing several of the question's own words does.
        ("setelah rakor nunukan ada rapat apa lg", "rapat teknis"),
        ("armin mustafa mau bentuk apa", "tim khusus"),
    ],
)
def test_a_loosely_fitting_intent_yields_to_a_sentence_sharing_the_question_s_words(
    bundled_kb: KnowledgeBase, question: str, said: str
) -> None:
    reply = answer(question, bundled_kb)
    assert reply.found
    assert said in reply.summary


def test_a_figure_asked_about_stays_with_its_intent(bundled_kb: KnowledgeBase) -> None:
    reply = answer("rincian bantuan kemensos 5,05 juta itu apa aja", bundled_kb)
    assert reply.intent == "aid_amount"


KM17 = """Ditutup Kedua Kalinya, Lokalisasi Km 17 Gambut Tak Buka Lagi

Rabu, 14 November 2018 10:00 WIB

MARTAPURA - Pemerintah Kabupaten Banjar kembali menutup lokalisasi Km 17 di Kecamatan Gambut.

Saat penutupan pertama pada 2015, Dinas Sosial mencatat 73 pekerja seks di Km 17.

Dalam pendataan Oktober 2018, jumlahnya 48 orang.

Tim gabungan merazia kawasan itu, Kamis (4/10/2018) malam.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # Two questions in one message: each answered, the second going on from the first.
        ("km 17 ada di kecamatan apa? psk nya brp", ("Gambut", "73")),
        ("km 17 ada di kecamatan apa, trs psk nya brp", ("Gambut", "73")),
        # When only one of them is answered, that one.
        ("kapan km 17 ditutup? psk nya brp", ("73",)),
    ],
)
def test_two_questions_in_one_message_are_both_answered(
    question: str, said: tuple[str, ...]
) -> None:
    kb = build_in_memory([("km17", KM17)])
    reply = answer(question, kb)
    assert reply.found
    assert all(part in render_text(reply) for part in said)


def test_a_dated_raid_is_no_closing_date() -> None:
    raid = KM17.replace("kembali menutup lokalisasi", "merazia lokalisasi")
    raid = "\n\n".join(p for p in raid.split("\n\n") if "penutupan" not in p)
    reply = answer("km 17 ditutup tgl brp", build_in_memory([("raid", raid)]))
    assert not reply.found


KOBAR = "\n\n".join(
    [
        "Setelah Penutupan Dua Lokalisasi di Kobar",
        "PANGKALAN BUN - Dua lokalisasi di Kabupaten Kotawaringin Barat resmi ditutup pada"
        " Senin (14/5/2018).",
        "Penutupan itu dihadiri Menteri Sosial Rina Wulandari dan Bupati Kotawaringin Barat.",
        "Sebanyak 60 PSK dipulangkan ke daerah asal.",
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        "siapa menteri sosial yg dateng pas penutupan lokalisasi di kobar",
        "siapa menteri sosial yg hadir di penutupan lokalisasi kotawaringin barat",
    ],
)
def test_the_office_asked_is_answered_by_its_holder_in_the_story_of_the_place(
    question: str,
) -> None:
    reply = answer(question, build_in_memory([("kobar", KOBAR)]))
    assert reply.found
    assert "Rina Wulandari" in reply.summary


def test_an_office_named_as_the_doer_does_not_make_the_question_ask_who() -> None:
    kobar = KOBAR + "\n\nBupati Kotawaringin Barat menyebutkan rencana bekas lokalisasi itu."
    reply = answer(
        "bekas lokalisasi di kobar itu mau dijadikan apa sama menteri sosial?",
        build_in_memory([("kobar", kobar)]),
    )
    assert "Rina Wulandari" not in reply.summary


@pytest.mark.parametrize(
    ("question", "found"),
    [
        # A chat verb in a question whose known words fix its topic does not sink it …
        ("mensos ngomongin target bebas lokalisasi thn brp", True),
        # … or its place.
        ("siapa gubernur kaltim yg mutusin itu", True),
        # … but an unknown thing asked about still does.
        ("brp harga sewa kamar di kaltim", False),
    ],
)
def test_chat_verbs_do_not_sink_a_clear_question(
    bundled_kb: KnowledgeBase, question: str, found: bool
) -> None:
    assert answer(question, bundled_kb).found is found


@pytest.mark.parametrize(
    ("question", "day"),
    [
        # The date the story quoting them gives, else the story's own date; where it was said
        # ("di Jakarta") is no place asked about.
        ("kapan khofifah ngomong soal target bebas lokalisasi 2019 di jakarta", "22 Februari 2016"),
        ("armin ngomong kpn soal rencana penutupan lokalisasi kaltara", "1 Desember 2016"),
        ("kapan armin mengatakan target 2018 kaltara bebas lokalisasi", "1 Desember 2016"),
    ],
)
def test_when_a_person_said_it(bundled_kb: KnowledgeBase, question: str, day: str) -> None:
    reply = answer(question, bundled_kb)
    assert reply.found
    assert day in reply.summary
    assert reply.citations


def test_when_said_by_someone_no_article_names_is_not_answered(bundled_kb: KnowledgeBase) -> None:
    reply = answer("kapan jokowi ngomong soal target bebas lokalisasi", bundled_kb)
    assert not reply.found


GAMBUT = """Lokalisasi Km 17 Gambut Ditutup Kedua Kalinya

MARTAPURA - Pemerintah Kabupaten Banjar menutup Lokalisasi Km 17 di Kecamatan Gambut, \
Kabupaten Banjar, Rabu (14/11/2018).

Saat penutupan pertama pada 2015, Dinas Sosial mencatat 73 pekerja seks di Km 17.

Sebelas orang di antaranya ternyata penghuni lama yang sudah pernah menerima bantuan saat \
penutupan 2015.

Kepala Dinas Sosial menegaskan sebelas orang itu tidak bisa lagi menerima bantuan dari \
Kementerian Sosial. "Aturannya bantuan hanya sekali," ujarnya.
"""


@pytest.mark.parametrize(
    "question",
    ["knp sebelas org di km 17 ga dapet bantuan lg", "mengapa 11 orang di km 17 tak dapat bantuan"],
)
def test_a_question_of_why_is_not_answered_with_a_figure(question: str) -> None:
    bundled = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(BUNDLED.glob("*.txt"))]
    reply = answer(question, build_in_memory([*bundled, ("gambut", GAMBUT)]))
    assert "73 pekerja seks" not in reply.summary
    assert reply.intent in (None, "statement", "closure_reason")


GANG_12 = """Puluhan Rumah di Lokalisasi Gang 12 Suranenggala Disegel

CIREBON - Pemerintah Kabupaten Cirebon menyegel 31 rumah di lokalisasi Gang 12, Kecamatan \
Suranenggala, Kabupaten Cirebon, Selasa (4/12/2018).

Selain itu, PT Cahaya Pantura Semen melalui program tanggung jawab sosial perusahaan \
menggelontorkan Rp 300 juta. Dana CSR itu tidak dibagikan tunai, tetapi dipakai untuk \
pelatihan menjahit dan tata rias di Balai Latihan Kerja Kabupaten Cirebon.
"""


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # The number of a name ("Gang 12") is no figure the question reads.
        ("dana csr pt cahaya pantura semen di gang 12 dipake buat apa", "pelatihan"),
        # A figure of the question is still the intent's to read.
        ("dana csr rp 300 juta di gang 12 brp", "300.000.000"),
    ],
)
def test_a_lokalisasi_s_number_is_not_a_figure_asked(question: str, said: str) -> None:
    bundled = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(BUNDLED.glob("*.txt"))]
    reply = answer(question, build_in_memory([*bundled, ("gang12", GANG_12)]))
    assert reply.found
    assert said in reply.summary


BENCH_QUESTIONS = [
    q
    for q in (Path(__file__).parents[3] / "bot" / "data" / "bench_questions.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if q
]


def _bundled() -> KnowledgeBase:
    return build_in_memory([(p.stem, p.read_text(encoding="utf-8")) for p in BUNDLED.glob("*.txt")])


@pytest.fixture(scope="module")
def asked_often() -> KnowledgeBase:
    """A knowledge base the questions below are asked of again and again."""
    return _bundled()


@pytest.fixture(scope="module")
def never_asked() -> KnowledgeBase:
    """The same articles, asked each question only once."""
    return _bundled()


def _as_given(reply: Answer) -> dict[str, object]:
    """An answer without the moment it was given."""
    given = reply.model_dump()
    if given["context"]:
        given["context"]["asked_at"] = 0.0
    return given


@pytest.mark.parametrize("question", BENCH_QUESTIONS)
def test_a_question_asked_again_is_answered_as_the_first_time(
    question: str, asked_often: KnowledgeBase, never_asked: KnowledgeBase
) -> None:
    """From the third time on the intents' answers kept with the reading are given: they must
    be the answer composed afresh; a follow-up's slots are not the reading's, and its answer is
    never taken from them."""
    fresh = _as_given(answer(question, never_asked))
    assert all(_as_given(answer(question, asked_often)) == fresh for _ in range(4))
    if answer(question, asked_often).intent in COMPOSERS:
        assert read_question(question, asked_often).composed
    before = answer("Berapa PSK di Kaltara?", never_asked).context
    follow_up = _as_given(answer(question, asked_often, before))
    assert follow_up == _as_given(answer(question, never_asked, before))


INSPECTION = """Bupati Blusukan ke Eks Lokalisasi Gunung Sari

JEMBER - Bupati Jember blusukan ke eks lokalisasi Gunung Sari, Kecamatan Puger, Sabtu malam.

Padahal eks lokalisasi itu sudah ditutup sekitar tahun 2007.

Namun dalam sidak tersebut lokasi eks lokalisasi Gunung Sari tampak sepi dan listriknya padam.

Sebanyak 40 PSK disebut masih bekerja di sana.
"""


def test_how_things_were_is_told_by_the_sentence_about_what_the_question_names() -> None:
    kb = with_bundled(("sidak", INSPECTION))
    reply = answer("pas sidak bupati ke gunung sari kondisinya gimana", kb)
    assert reply.found, reply.summary
    assert "tampak sepi" in reply.summary


NEIGHBOURS = """Dua Warga Eks-Lokalisasi Gang Mawar Belum Pindah

BONTANG - Pasca pembongkaran awal Agustus lalu, kawasan lokalisasi Gang Mawar di Kota Bontang \
terlihat sepi.

Sementara itu, Ketua RW 16 Kelurahan Berbas Pantai Kecamatan Bontang Selatan, Sabarudin, \
mengatakan bahwa pasca pembongkaran kondisi Gang Mawar sangat sepi.
"""


def test_an_office_asked_at_a_lokalisasi_is_found_beside_it_in_its_story() -> None:
    reply = answer(
        "ketua RW 16 di gang mawar bontang namanya siapa?", with_bundled(("bontang", NEIGHBOURS))
    )
    assert reply.found, reply.summary
    assert "Sabarudin" in reply.summary
