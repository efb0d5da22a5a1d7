"""The engine: answers cited, follow-ups, abstention, forced readings and "Maksud Anda…?"."""

import pytest

from bot.answer import answer
from bot.phrasing import place_phrase
from bot.render import render_text
from knowledge.index import KnowledgeBase


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
