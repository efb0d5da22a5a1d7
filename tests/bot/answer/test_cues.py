"""Intent cues (bot/data/intents.toml, read by bot/answer/cues.py): a cue in the question makes
its intent the one chosen; the loader reads every kind of condition and refuses typos."""

from pathlib import Path

import pytest

from bot.answer.cues import adjust, cue_bonus, parse_cues
from bot.models import Slots
from bot.understand import read_question
from knowledge.index import KnowledgeBase


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("brp lokalisasi yg ditutup thn 2020", "closure_count"),  # counted: lokalisasi
        ("Tanggal berapa lokalisasi Kaltim ditutup?", "closure_when"),  # counted: when
        ("kapan penutupan lokalisasi di samarinda?", "closure_when"),
        ("samarinda ditutup tahun berapa", "closure_when"),  # no decree named
        ("Apakah Tarakan sudah menutup lokalisasi?", "closure_status"),
        ("Siapa yang menutup lokalisasi di Kaltim?", "closure_who"),
        ("Kenapa sih lokalisasi ditutup?", "closure_reason"),
        ("penyebab lokalisasi ditutup apa", "closure_reason"),
        ("Berapa PSK di lokalisasi Juwata Permai Tarakan?", "worker_count"),  # counted: psk
        ("mana yg lebih banyak PSK-nya, Juwata Permai atau Lingkas Ujung?", "worker_count"),
        ("PSK terbanyak ada di provinsi apa?", "worker_most"),
        ("kpn kaltara bebas lokalisasi", "target"),
        ("Berapa biaya pemulangan eks PSK ke daerah asal di Kotim?", "aid_amount"),
        ("Berapa modal usaha dari Pemkab Kotawaringin Timur?", "aid_amount"),  # a giver
        # Money of another name than "bantuan", asked of people who are no workers' count.
        ("mucikari di kotim dapat kompensasi berapa per orang", "aid_amount"),
        ("Dari mana anggaran untuk eks pekerja lokalisasi?", "aid_source"),
        ("siapa pemberi bantuan untuk eks psk kotim", "aid_source"),  # "siapa" with aid
        ("Siapa bupati Kotawaringin Timur?", "person"),
        ("sosialisasi di km 12 dihadiri siapa", "person"),
        ("km 12 itu lokalisasi terbesar ya di kotim?", "site"),
        ("Apa kepanjangan PSKW?", "definition"),
        ("eks psk di panti dapet konseling ga?", "statement"),  # ends in "tidak"
        ("bupati kotim harapannya apa utk mantan psk", "statement"),
        ("mantan psk km 12 kotim dibekali pelatihan apa aja", "statement"),  # no sum asked
        ("psk di kotim nanti mau diapain", "statement"),  # what is to be done with them
        ("perwali kota tarakan ttg penutupan diteken kpn", "decree"),  # perwali: peraturan
        ("keputusan bupati kotim soal penutupan ditetapkan tgl brp", "decree"),
        ("sk bupati kotim ditandatangani tgl brp", "decree"),
        # An amount asked, no decree named: aid, though the closing is spoken of at length.
        ("katanya psk yg lokalisasinya ditutup di kotim dapet dana mandiri brp?", "aid_amount"),
        ("psk eks lokalisasi km 12 pas ditutup dapet apa dr pemerintah?", "aid_amount"),
        # "brp" of money, the closing only when it is paid: an amount, not a date.
        ("brp pesangon per psk kalau lokalisasi di tarakan ditutup?", "aid_amount"),
    ],
)
def test_a_cue_in_the_question_chooses_its_intent(
    bundled_kb: KnowledgeBase, question: str, intent: str
) -> None:
    reading = read_question(question, bundled_kb)
    assert cue_bonus(reading.words, reading.slots).get(intent), "no cue of the intent fired"
    ranked = adjust(list(reading.intents), reading.words, reading.slots)
    assert ranked[0][0] == intent


def _bonus(cue: dict, words: str, **slots: object) -> dict[str, float]:
    return cue_bonus(words.split(), Slots(**slots), parse_cues({"x": {"cues": [cue]}}))


@pytest.mark.parametrize(
    ("cue", "words", "slots", "bonus"),
    [
        ({"weight": 5, "any": ["dari mana"]}, "dana dari mana", {}, 5.0),
        ({"weight": 5, "any": ["dari mana"]}, "mana dari dana", {}, 0.0),
        ({"weight": 5, "all": ["apakah", "sudah"]}, "apakah sudah", {}, 5.0),
        ({"weight": 5, "all": ["apakah", "sudah"]}, "apakah belum", {}, 0.0),
        ({"weight": 5, "any": ["a"], "and_any": ["b", "c"]}, "a c", {}, 5.0),
        ({"weight": 5, "any": ["a"], "and_any": ["b", "c"]}, "a d", {}, 0.0),
        ({"weight": 5, "any": ["a"], "none": ["berapa"]}, "a berapa", {}, 0.0),
        ({"weight": 5, "last": "tidak"}, "boleh tidak", {}, 5.0),
        ({"weight": 5, "last": "tidak"}, "tidak boleh", {}, 0.0),
        ({"weight": 5, "slots": {"role": True}}, "siapa", {"role": "bupati"}, 5.0),
        ({"weight": 5, "slots": {"role": False}}, "siapa", {"role": "bupati"}, 0.0),
        ({"weight": 5, "slots": {"counted": "psk"}}, "berapa", {"counted": "psk"}, 5.0),
        ({"weight": 5, "slots": {"counted": "psk"}}, "berapa", {"counted": "money"}, 0.0),
        ({"weight": 5, "min_places": 2}, "a", {"places": ("A", "B")}, 5.0),
        ({"weight": 5, "min_places": 2}, "a", {"places": ("A",)}, 0.0),
        ({"weight": 5, "either": [{"any": ["a"]}, {"any": ["b"]}]}, "a b", {}, 5.0),
        ({"weight": 5, "all": ["x"], "either": [{"any": ["a"]}]}, "a", {}, 0.0),
        ({"weight": 5, "each": ["a", "b", "c"]}, "a b", {}, 10.0),
    ],
)
def test_cue_conditions(cue: dict, words: str, slots: dict, bonus: float) -> None:
    assert _bonus(cue, words, **slots).get("x", 0.0) == bonus


@pytest.mark.parametrize(
    "cue",
    [{"any": ["a"]}, {"weight": 1, "anyy": ["a"]}, {"weight": 1, "slots": {"rol": True}}],
)
def test_a_malformed_cue_is_refused(cue: dict) -> None:
    with pytest.raises(ValueError, match="x cue 1"):
        parse_cues({"x": {"cues": [cue]}})


def test_questions_the_cues_see_alike_get_each_its_own_bonus(wider_kb: KnowledgeBase) -> None:
    """Bonuses are kept by what the cues can see of a question (bot.answer.cues._features):
    every training question, and questions that differ only in their place or year, get the
    bonus the cues give them when scored on their own."""
    import yaml

    from bot.answer.cues import clear_bonus_cache, load_cues
    from bot.bench import unique_questions

    root = Path(__file__).resolve().parents[2]
    questions = [
        q["q"]
        for name in ("dev.yaml", "own.yaml")
        for q in yaml.safe_load((root / "eval" / name).read_text(encoding="utf-8"))["questions"]
    ]
    clear_bonus_cache()
    for question in [*questions, *unique_questions(wider_kb, 300)]:
        reading = read_question(question, wider_kb)
        kept = cue_bonus(reading.words, reading.slots)
        assert kept == cue_bonus(reading.words, reading.slots, load_cues()), question
    # The same words with other slots: what each slot holds counts, as the cues ask it.
    changes = [
        {"role": "bupati"},
        {"giver": "Kementerian Sosial"},
        {"aid_kind": "modal usaha"},
        {"counted": "lokalisasi"},
        {"counted": "money"},
        {"superlative": "terbanyak"},
        {"term": "pskw"},
        {"places": ()},
        {"places": ("64", "65")},
    ]
    for question in (
        "siapa bupati kotim",
        "berapa psk di tarakan",
        "dana bantuan dari mana",
        "mana yg lebih banyak psk, juwata permai atau lingkas ujung",
    ):
        reading = read_question(question, wider_kb)
        for change in changes:
            slots = reading.slots.model_copy(update=change)
            kept = cue_bonus(reading.words, slots)
            assert kept == cue_bonus(reading.words, slots, load_cues()), (question, change)


@pytest.mark.parametrize(
    ("question", "no_decree"),
    [
        ("psk yg lokalisasinya ditutup dapet dana mandiri brp", True),
        ("sk bupati kotim soal dana pemulangan brp", False),  # a decree named with it
    ],
)
def test_an_amount_asked_is_no_decree_s_unless_one_is_named(
    bundled_kb: KnowledgeBase, question: str, no_decree: bool
) -> None:
    reading = read_question(question, bundled_kb)
    assert reading.slots.counted == "money"
    assert (cue_bonus(reading.words, reading.slots).get("decree", 0.0) < 0) is no_decree


@pytest.mark.parametrize(
    ("question", "site_named"),
    [
        ("lokalisasi yg masih tersisa itu namanya apa", True),
        # A person's name is asked with "siapa", though the lokalisasi is named with it.
        ("camat yg komentar soal lokalisasi itu namanya siapa", False),
    ],
)
def test_a_name_asked_with_siapa_is_no_lokalisasi_s(
    bundled_kb: KnowledgeBase, question: str, site_named: bool
) -> None:
    reading = read_question(question, bundled_kb)
    assert ("site" in cue_bonus(reading.words, reading.slots)) is site_named
