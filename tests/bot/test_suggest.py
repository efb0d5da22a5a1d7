"""Suggestions are questions the bot answers, whichever place an abstention was about."""

from __future__ import annotations

import pytest

from bot.answer import answer, suggestions
from bot.models import Slots
from bot.suggest import answerable_examples, varied_examples
from knowledge.index import KnowledgeBase


@pytest.fixture(params=["bundled_kb", "wider_kb"])
def kb(request: pytest.FixtureRequest) -> KnowledgeBase:
    return request.getfixturevalue(request.param)


def test_every_suggestion_for_every_covered_place_is_answered(kb: KnowledgeBase) -> None:
    offered: set[str] = set()
    for place_id in sorted(kb.covered):
        offered.update(suggestions(kb, Slots(places=(place_id,))))
    offered.update(answerable_examples(kb))
    offered.update(varied_examples(kb, 4))
    assert offered
    for question in sorted(offered):
        assert answer(question, kb).found, question
