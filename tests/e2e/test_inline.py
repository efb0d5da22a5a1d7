"""Inline mode over the Bot API: `@bot kata kunci` from any chat gives result cards."""

from __future__ import annotations

from typing import Any

from tests.bot.telegram.telegram_html import telegram_html_text
from tests.e2e.checks import KALTIM_22, SOURCE_MARK, cites, numbers_in
from tests.e2e.harness import BotApiClient, new_user
from tests.e2e.scripted_bot import TWO_FINDINGS


def _card_text(card: dict[str, Any]) -> str:
    content = card["input_message_content"]
    assert content["parse_mode"] == "HTML"
    return telegram_html_text(content["message_text"])


def test_empty_query_offers_the_way_to_the_bot(client: BotApiClient) -> None:
    answer = client.inline_query(new_user(), "")
    assert answer["results"] == []
    assert answer["button"]["start_parameter"]


def test_unknown_words_get_no_cards_but_a_way_to_ask(client: BotApiClient) -> None:
    answer = client.inline_query(new_user(), "<b>harga tiket & pesawat</b>")
    assert answer["results"] == []
    assert answer["button"]["text"]


def test_found_answer_gives_a_card_per_statement_with_its_source(scripted: BotApiClient) -> None:
    answer = scripted.inline_query(new_user(), TWO_FINDINGS)
    cards = answer["results"]
    assert [card["id"] for card in cards] == ["0", "1", "2"]
    assert all(card["type"] == "article" for card in cards)
    assert all(card["description"].startswith("Sumber:") for card in cards)
    texts = [_card_text(card) for card in cards]
    assert all(SOURCE_MARK in text for text in texts)
    assert "Rp5.000.000" in cards[0]["title"]
    assert "Rp3.000.000" in texts[2]
    assert "Rp5.000.000" not in texts[2].split("\n", 1)[1]


def test_keywords_give_cards_with_the_figure_and_source(client: BotApiClient) -> None:
    answer = client.inline_query(new_user(), "lokalisasi ditutup di kaltim")
    [first, *_] = answer["results"]
    text = _card_text(first)
    assert 22 in numbers_in(first["title"] + " " + text)
    assert cites(text, KALTIM_22)
