"""Definitions: what an abbreviation or term stands for."""

from __future__ import annotations

from bot.answer.composed import Asked, Composed, Composer
from bot.answer.select import distinct, finding
from bot.phrasing import definition_text
from knowledge.index import KnowledgeBase


def compose_definition(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Apa kepanjangan PSKW?': what the articles say an abbreviation stands for."""
    slots = asked.slots
    if not slots.term:
        return None
    facts = kb.definitions.get(slots.term, [])
    if not facts:
        return None
    groups = distinct(facts, lambda f: (f.detail or "").lower())
    findings = [finding(kb, definition_text(g[0]), *g) for g in groups[:2]]
    return Composed(definition_text(groups[0][0]), findings)


COMPOSERS: dict[str, Composer] = {"definition": compose_definition}
