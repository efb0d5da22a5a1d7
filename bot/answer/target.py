"""Targets: when a place is to be free of lokalisasi."""

from __future__ import annotations

from operator import itemgetter

from bot.answer.composed import MAX_FINDINGS, Asked, Composed, Composer
from bot.answer.select import distinct, finding, national_first, newest_first, places_of
from bot.phrasing import target_text
from knowledge.index import KnowledgeBase
from knowledge.models import Fact


def _targets_at(places: set[str], kb: KnowledgeBase) -> list[Fact]:
    """The targets set for any of `places`, in the knowledge base's order. The targets are
    filed by place once per snapshot: a thousand stories each set their province's target,
    and looking through all of them for every question cost a millisecond."""
    by_place = kb.memo.get("targets_by_place")
    if by_place is None:
        filed: dict[str | None, list[tuple[int, Fact]]] = {}
        for position, fact in enumerate(kb.by_kind["target"]):
            filed.setdefault(fact.place_id, []).append((position, fact))
        by_place = kb.memo["targets_by_place"] = filed
    assert isinstance(by_place, dict)
    found = [pair for place in places for pair in by_place.get(place, ())]
    return [fact for _, fact in sorted(found, key=itemgetter(0))]


def compose_target(asked: Asked, kb: KnowledgeBase) -> Composed | None:
    """'Kapan Kaltara bebas lokalisasi?': the place's target, or a wider place's as such."""
    slots = asked.slots
    targets = kb.by_kind["target"]
    exact = _targets_at(set(slots.places), kb)
    # A city's target is not its province's; a province's or the country's does cover a city.
    # The country's target is not a province's own: "Kapan Jawa Tengah bebas lokalisasi?" is
    # not answered by Indonesia's 2019.
    ancestors = {a for p in slots.places for a in kb.lineage(p)[1:]}
    outer = _targets_at(ancestors - {"ID"}, kb)
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
