"""Counts: disagreeing figures newest first, a city's lokalisasi added up, a stated total first."""

from bot.answer import answer
from bot.render import render_text
from knowledge.index import KnowledgeBase


def test_disagreeing_figures_are_all_shown_newest_first(bundled_kb: KnowledgeBase) -> None:
    text = render_text(answer("Berapa pekerja di lokalisasi Nunukan?", bundled_kb))
    assert text.index("51") < text.index("39")  # 51 as of May 2018, 39 as of December 2016


def test_a_city_sum_adds_its_lokalisasi_and_cites_each(bundled_kb: KnowledgeBase) -> None:
    reply = answer("Berapa jumlah seluruh PSK di Kota Tarakan?", bundled_kb)
    assert "88" in reply.summary
    quotes = {c.quote for c in reply.citations}
    assert any("70 orang" in q for q in quotes)
    assert any("18 orang" in q for q in quotes)


def test_the_article_total_is_preferred_to_a_sum(bundled_kb: KnowledgeBase) -> None:
    assert "127" in answer("Total PSK di tiga lokalisasi Kaltara?", bundled_kb).summary
