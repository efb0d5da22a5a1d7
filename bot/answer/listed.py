"""Kinds whose facts answer as they are: every fact of the asked kind in the asked place, said
the way its kind describes it (`Kind.describe`), newest first.

A kind declared with `describe` and an intent in bot/data/intents.toml naming it (`kind =
"conversion"`) is answered here, with no composer of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.composed import MAX_FINDINGS, Asked, Composed, Composer
from bot.answer.evidence import compose_statement
from bot.answer.select import distinct, finding, newest_first, within
from bot.tables import intents
from knowledge.index import KnowledgeBase

if TYPE_CHECKING:
    from knowledge.kinds.spec import Describe


def listing(kind: str) -> Composer:
    """The composer answering with `kind`'s facts in the asked place."""

    def compose(asked: Asked, kb: KnowledgeBase) -> Composed | None:
        describe = _describe(kind)
        facts = newest_first(within(kind, asked.slots.places, kb))
        if not facts:
            # A use the rules did not read ("kini dipakai warga untuk …") may still be in a
            # sentence about the asked place that shares the question's telling words.
            return compose_statement(asked, kb, strict=True)
        groups = distinct(facts, lambda f: (f.place_id, (f.label or "").lower(), f.status))
        findings = [finding(kb, describe(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
        return Composed(findings[0].text, findings)

    compose.__name__ = f"compose_{kind}"
    return compose


def _describe(kind: str) -> Describe:
    """The kind's sentence, looked up when its first question comes: the table of kinds
    brings every extraction rule with it, which a question that lists no kind never needs."""
    from knowledge.kinds import KINDS

    describe = KINDS[kind].describe
    if describe is None:
        raise ValueError(f"kind {kind!r} declares no describe(); give it a composer instead")
    return describe


def listed_composers() -> dict[str, Composer]:
    """Intent -> composer for every intent in intents.toml that names a kind to list."""
    return {name: listing(entry["kind"]) for name, entry in intents().items() if "kind" in entry}
