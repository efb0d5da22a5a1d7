"""Targets: when a place is to be free of lokalisasi."""

from __future__ import annotations

from bot.answer.composed import MAX_FINDINGS, Asked, Composed, Composer
from bot.answer.select import distinct, finding, national_first, newest_first, places_of
from bot.phrasing import target_text
from knowledge.index import KnowledgeBase


def compose_target(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Kapan Kaltara bebas lokalisasi?': the place's target, or a wider place's as such."""
    slots = asked.slots
    targets = kb.by_kind["target"]
    exact = [f for f in targets if f.place_id in slots.places] if slots.places else []
    # A city's target is not its province's; a province's or the country's does cover a city.
    # The country's target is not a province's own: "Kapan Jawa Tengah bebas lokalisasi?" is
    # not answered by Indonesia's 2019.
    ancestors = {a for p in slots.places for a in kb.lineage(p)[1:]}
    outer = [f for f in targets if f.place_id and f.place_id != "ID" and f.place_id in ancestors]
    facts = exact or (outer if slots.places else list(targets))
    if not facts:
        return None
    facts = national_first(facts, slots, kb)
    groups = distinct(newest_first(facts), lambda f: (f.place_id, f.number))
    findings = [finding(kb, target_text(g[0], kb), *g) for g in groups[:MAX_FINDINGS]]
    summary = target_text(groups[0][0], kb)
    if slots.places and not exact:
        return Composed(summary, findings, places_of(g[0] for g in groups))
    return Composed(summary, findings)


COMPOSERS: dict[str, Composer] = {"target": compose_target}
