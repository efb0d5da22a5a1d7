"""Intent cues (bot/data/intents.toml, read by bot/answer/cues.py): a cue in the question makes
its intent the one chosen; the loader reads every kind of condition and refuses typos."""

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
        ("Dari mana anggaran untuk eks pekerja lokalisasi?", "aid_source"),
        ("siapa pemberi bantuan untuk eks psk kotim", "aid_source"),  # "siapa" with aid
        ("Siapa bupati Kotawaringin Timur?", "person"),
        ("sosialisasi di km 12 dihadiri siapa", "person"),
        ("km 12 itu lokalisasi terbesar ya di kotim?", "site"),
        ("Apa kepanjangan PSKW?", "definition"),
        ("eks psk di panti dapet konseling ga?", "statement"),  # ends in "tidak"
        ("bupati kotim harapannya apa utk mantan psk", "statement"),
        ("perwali kota tarakan ttg penutupan diteken kpn", "decree"),  # perwali: peraturan
        ("keputusan bupati kotim soal penutupan ditetapkan tgl brp", "decree"),
        ("sk bupati kotim ditandatangani tgl brp", "decree"),
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
