"""The order the articles of one batch are read in.

The gazetteer learns a lokalisasi from the article that names it ("lokalisasi Kembang Sore,
Kabupaten X"); a story that only mentions it in lower case ("Taman Asri yang akrab disebut
kembang sore") finds it only if that article was read first. An admin's batch comes in any
order, so the batch is read once on a scratch gazetteer to see which article first names which
lokalisasi, and an article that names one goes before the earlier articles that mention it.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress

from knowledge.errors import KnowledgeError
from knowledge.intake import ArticleInput
from knowledge.pipeline import parse_article
from knowledge.places import Gazetteer
from knowledge.text import key


def _sites_named(items: Sequence[ArticleInput], gazetteer: Gazetteer) -> list[set[str]]:
    """For each article, the names (lookup form) of the lokalisasi it is the first to name."""
    scratch = gazetteer.copy()
    named: list[set[str]] = []
    for item in items:
        known = set(scratch.places)
        # A story refused for having no fact still names its lokalisasi rightly.
        with suppress(KnowledgeError):
            parse_article(item.text, item.article_id, scratch, item.meta)
        new = {
            pid
            for pid, place in scratch.places.items()
            if pid not in known and place.level == "lokalisasi"
        }
        named.append(
            {
                alias.alias
                for found in scratch.aliases.values()
                for alias in found
                if alias.place_id in new
            }
        )
    return named


def reading_order(items: Sequence[ArticleInput], gazetteer: Gazetteer) -> list[int]:
    """Positions of `items` in the order to read them: the given order, except that an article
    goes before the earlier ones whose text mentions a lokalisasi it is the first to name."""
    if len(items) < 2:
        return list(range(len(items)))
    named = _sites_named(items, gazetteer)
    texts = [f" {key(item.text)} " for item in items]
    needs: list[set[int]] = [
        {
            later
            for later in range(at + 1, len(items))
            if any(f" {name} " in texts[at] for name in named[later])
        }
        for at in range(len(items))
    ]
    order: list[int] = []
    waiting = list(range(len(items)))
    while waiting:
        placed = set(order)
        # The first article whose namers are all read; in a cycle, the first one left.
        ready = next((at for at in waiting if needs[at] <= placed), None)
        if ready is None:
            ready = waiting[0]
        waiting.remove(ready)
        order.append(ready)
    return order
