"""Questions worth suggesting: only those the knowledge base really answers.

`bot.overview.example_questions` writes questions from what facts exist about a place; a
question written that way can still end in an abstention ("Kapan Kalimantan Timur ditargetkan
bebas lokalisasi?" when the only target is national). Each one is therefore asked of the engine
once per knowledge base snapshot, and only those it answers are offered.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from bot.models import Answer
from knowledge.index import KnowledgeBase

_checking = threading.local()
"""Set while this thread asks the examples: an example that abstains needs no suggestions of
its own, and asking for them would recurse."""


def answerable_examples(
    kb: KnowledgeBase, places: tuple[str, ...] | list[str] = (), limit: int | None = None
) -> list[str]:
    """Example questions about `places` (or the whole knowledge base) that the bot answers;
    the first `limit` of them (asking the rest would only cost time)."""
    asked = ("answerable_for", tuple(places), limit)
    if asked in kb.memo:
        return list(kb.memo[asked])  # type: ignore[call-overload]
    from bot.answer import answer
    from bot.overview import example_focus, example_questions

    # Places of one regency share its examples: checked once for all of them.
    places = example_focus(kb, places)
    key = ("answerable", places, limit)
    if key in kb.memo:
        kb.memo[asked] = kb.memo[key]  # the regions of these places found once
        return list(kb.memo[key])  # type: ignore[call-overload]
    if getattr(_checking, "active", False):
        return []
    _checking.active = True
    try:
        kept = []
        for question in example_questions(kb, places):
            if len(kept) == limit:
                break
            if _answers(question, kb, answer):
                kept.append(question)
    finally:
        _checking.active = False
    kb.memo[key] = kb.memo[asked] = kept
    return list(kept)


def prepare(kb: KnowledgeBase) -> KnowledgeBase:
    """Check the suggestions of every covered region once, as a snapshot is loaded.

    Checking a region's examples asks up to five questions of the engine: done on the question
    path, the first abstention about each region took several times as long as any other
    answer. Afterwards an abstention only looks its suggestions up. Suggestions for several
    regions at once, which are rare, are still checked when first asked.
    """
    from bot.answer.engine import SUGGESTIONS
    from bot.overview import example_focus

    focuses = dict.fromkeys(example_focus(kb, (place,)) for place in sorted(kb.covered))
    for places in (example_focus(kb, ()), *focuses):
        answerable_examples(kb, places, limit=SUGGESTIONS)
    return kb


def _answers(question: str, kb: KnowledgeBase, answer: Callable[..., Answer]) -> bool:
    """Whether the engine answers `question`; asked once per snapshot (places share examples)."""
    key = ("answers", question)
    if key not in kb.memo:
        kb.memo[key] = answer(question, kb).found
    return bool(kb.memo[key])


def varied_examples(kb: KnowledgeBase, count: int) -> list[str]:
    """`count` answerable questions about different places where the knowledge base has them:
    a greeting shows the range of what the bot knows, not four questions about one province."""
    from bot.overview import covered_regions

    key = ("varied", count)
    if key not in kb.memo:
        picked: list[str] = []
        regions: list[str] = []
        for region in covered_regions(kb, count * 3):
            if len(picked) == count:
                break
            # Kotawaringin Timur after Kalimantan Tengah would be the same corner again.
            if any(kb.contains(r, region) or kb.contains(region, r) for r in regions):
                continue
            fresh = [q for q in answerable_examples(kb, (region,)) if q not in picked]
            if fresh:
                picked.append(fresh[0])
                regions.append(region)
        for question in answerable_examples(kb):
            if len(picked) >= count:
                break
            if question not in picked:
                picked.append(question)
        kb.memo[key] = picked
    return list(kb.memo[key])  # type: ignore[call-overload]
