"""Aid: a package's parts added up, each cited."""

from bot.answer import answer
from knowledge.index import KnowledgeBase
from knowledge.numbers import format_number


def test_an_aid_package_is_added_up(bundled_kb: KnowledgeBase) -> None:
    reply = answer("PSK di Sampit dapat bantuan berapa?", bundled_kb)
    total = 5_050_000 + 250_000 + 1_800_000 + 3_000_000
    assert f"Rp{format_number(total)}" in reply.summary
    assert len(reply.citations) == 2  # the Kemensos sentence and the Pemkab sentence
