"""The kinds of fact, and the rules that find each in an article's sentences.

One module per kind (`closure`, `count`, `target`, `aid`, `person`, `site`, `definition`,
`reason`), each holding only its kind's rules — plain functions `rule(ctx, view)` over one
sentence (`knowledge.extract.context`) — and exporting them as `RULES`. `RULES` below is the
one table of every kind and its rules in the order they read each sentence: later rules use
earlier ones' facts ("Dari 22 lokalisasi itu, sebanyak 1.315 PSK" places its workers where
the closure of the 22 was), so the order is part of what the rules mean, and a new rule goes
where it can read what it needs.

What a rule may use is in `knowledge.extract.context`: the `SentenceView` (text, places,
amounts, dates, `money()`, `usable_dates()`, `clause()`) and the `Context` (`fact`, `emit`,
`about`, `place_near`, `fallback_place`, `previous`, `facts`). What more than one kind reads is
in the extract package (`knowledge.extract.lokalisasi`), never here; how the stages before the
rules fit is in `knowledge.extract`'s docstring. Each rule has a table test in
`tests/knowledge/kinds/test_<kind>.py` (`Extraction.rules` says which rule stated each fact).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from knowledge.kinds import aid, closure, count, definition, person, reason, site, target

if TYPE_CHECKING:
    from knowledge.extract.context import Context, SentenceView

Rule = Callable[["Context", "SentenceView"], None]
"""A rule reads one sentence and emits the facts it states."""

RULES: tuple[tuple[str, Rule], ...] = (
    ("site", site.sites),
    ("person", person.people),
    ("definition", definition.definitions),
    ("closure", closure.closures),
    ("count", count.inventory),
    ("count", count.counts),
    ("count", count.other_counts),
    ("count", count.place_lists),
    ("closure", closure.closed_parts),
    ("target", target.targets),
    ("aid", aid.aid),
    ("reason", reason.reasons),
)
"""Every kind's rules as (kind, rule), in the order they read each sentence.

`count.inventory` reads only sentences `closure.closures` found no closure in; `closed_parts`
comes after the count rules, whose figures it must not take as closures."""

KINDS = {
    kind: module.RULES
    for kind, module in (
        ("closure", closure),
        ("count", count),
        ("target", target),
        ("aid", aid),
        ("person", person),
        ("site", site),
        ("definition", definition),
        ("reason", reason),
    )
}
"""Each kind's module's rules, by kind (the same rules as `RULES`, grouped)."""
