"""What every composer takes and gives: the asked question, and the answer it composes."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from bot.models import Finding, Slots
from bot.understand import Reading
from knowledge.index import KnowledgeBase

MAX_FINDINGS = 6
"""Findings an answer lists at most."""


class Asked(NamedTuple):
    """The question a composer answers: how it was read, and its slots.

    The slots are the reading's own, or, in a follow-up, filled in from the chat's previous
    question; one object keeps every composer's signature the same whatever it uses. (A named
    tuple: one is made for every answer, and it is the cheapest to make.)
    """

    reading: Reading
    slots: Slots

    @property
    def words(self) -> list[str]:
        """The question's words in one spelling."""
        return self.reading.words

    @property
    def content(self) -> list[str]:
        """The question's own words for sentence search (no question words or places)."""
        return self.reading.content


class Composed:
    """A composer's result: the summary line and its findings.

    `wider` names the places the figures are about when they lie outside the asked place (a
    province's or the country's figure for a city): such an answer is offered only as that,
    with `found` false, never as the asked place's own. `unconfirmed` marks an answer that says
    what the articles do know but not what was asked ("kapan resmi ditutup?" of a closure only
    planned): it too is given with `found` false. `about` names the place an answer found
    when the question asked which one ("lokalisasi terbesar di X"): a follow-up ("kapan
    ditutup?") is about it.
    """

    __slots__ = ("about", "findings", "summary", "unconfirmed", "wider")

    def __init__(
        self,
        summary: str,
        findings: list[Finding],
        wider: tuple[str, ...] = (),
        *,
        unconfirmed: bool = False,
        about: tuple[str, ...] = (),
    ) -> None:
        self.summary = summary
        self.findings = findings
        self.wider = wider
        self.unconfirmed = unconfirmed
        self.about = about


Composer = Callable[[Asked, KnowledgeBase], Composed | None]
"""An intent's composer: the answer from the facts, or None when no fact fits."""
