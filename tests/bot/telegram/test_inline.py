"""Inline mode at handler level: cards for what the engine knows, a way to the bot otherwise."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.models import Answer, Finding
from knowledge.models import Citation
from tests.bot.telegram.conftest import ALICE, EngineSpy, RecordingRequest
from tests.bot.telegram.telegram_html import telegram_html_text

Feed = Callable[..., Any]
CITATION = Citation(
    article_id="a1",
    title="Judul <berita> & lainnya",
    publisher="Media",
    published=dt.date(2018, 5, 18),
    quote="kutipan",
)


def inline_query(query: str) -> dict[str, Any]:
    """An inline query as Telegram sends it."""
    return {"id": "iq1", "from": ALICE, "query": query, "offset": "", "chat_type": "group"}


def two_findings(question: str, **_: Any) -> Answer:
    """A found answer with two statements from two articles."""
    other = CITATION.model_copy(update={"article_id": "a2", "title": "Berita kedua"})
    return Answer(
        question=question,
        found=True,
        summary="Ringkasan " * 30,
        findings=(
            Finding(text="Pertama <1>.", citations=(CITATION,)),
            Finding(text="Kedua & terakhir.", citations=(other,)),
        ),
    )


async def test_cards_for_a_found_answer(feed: Feed, engine: EngineSpy) -> None:
    engine.replies_with = two_findings
    sent: RecordingRequest = await feed(inline_query=inline_query("  bantuan kaltara "))
    [params] = sent.sent("answerInlineQuery")
    cards = params["results"]
    assert [card["id"] for card in cards] == ["0", "1", "2"]
    assert len(cards[0]["title"]) <= 100
    assert cards[1]["title"] == "Pertama <1>."
    assert cards[1]["description"] == "Sumber: Judul <berita> & lainnya — Media, 18 Mei 2018"
    assert cards[2]["description"].startswith("Sumber: Berita kedua")
    texts = [telegram_html_text(card["input_message_content"]["message_text"]) for card in cards]
    assert "Kedua & terakhir." in texts[2]
    assert "Pertama" not in texts[2]
    assert "button" not in params
    assert engine.calls == [("bantuan kaltara", None, None)]


async def test_empty_query_offers_the_help(feed: Feed, engine: EngineSpy) -> None:
    sent: RecordingRequest = await feed(inline_query=inline_query(""))
    [params] = sent.sent("answerInlineQuery")
    assert params["results"] == []
    assert params["button"]["start_parameter"] == "inline"
    assert engine.calls == []


async def test_unknown_query_gets_no_cards_and_is_not_recorded(
    feed: Feed, engine: EngineSpy, state: Any
) -> None:
    sent: RecordingRequest = await feed(inline_query=inline_query("harga tiket"))
    [params] = sent.sent("answerInlineQuery")
    assert params["results"] == []
    assert "Belum ada jawaban" in params["button"]["text"]
    assert state.kb_path.stat().st_size == 0, "keystrokes are not unanswered questions"
